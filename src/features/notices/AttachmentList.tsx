import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data';
import type { AttachmentRef } from '../../domain/attachment';
import { prepareAttachment, type AttachmentRefusal } from './attachment-files';
import { storeAttachmentBlob } from './notice-commands';

const formatKb = (bytes: number) => String(Math.max(1, Math.round(bytes / 1024)));

/**
 * Photos and PDFs of a notice. A photo is compressed on the phone to at most 300 KB
 * before it is kept, so attaching works offline and the later upload stays small; the
 * bytes wait on the device under their SHA-256 until the sync engine uploads them.
 */
export function AttachmentList({
  attachments,
  onChange,
  isDisabled = false,
}: {
  attachments: AttachmentRef[];
  onChange: (next: AttachmentRef[]) => void;
  isDisabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<'working' | 'added' | null>(null);
  const [refusal, setRefusal] = useState<AttachmentRefusal | 'failed' | null>(null);

  async function handleFiles(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setStatus('working');
    setRefusal(null);
    const added: AttachmentRef[] = [];
    try {
      for (const file of files) {
        const prepared = await prepareAttachment(file);
        if (!prepared.ok) {
          setRefusal(prepared.code);
          continue;
        }
        await storeAttachmentBlob(getDatabase(), {
          sha256: prepared.ref.sha256,
          mime: prepared.ref.mime,
          size: prepared.ref.size,
          data: prepared.data,
        });
        added.push(prepared.ref);
      }
    } catch {
      setRefusal('failed');
    }
    const known = new Set(attachments.map((a) => a.sha256));
    onChange([...attachments, ...added.filter((a) => !known.has(a.sha256))]);
    setStatus(added.length > 0 ? 'added' : null);
  }

  return (
    <fieldset className="attachments">
      <legend>{t('notices.attachments.legend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('notices.attachments.hint')}
      </p>
      {attachments.length === 0 ? (
        <p>{t('notices.attachments.none')}</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.sha256}>
              {t('notices.attachments.item', { name: a.name, size: formatKb(a.size) })}{' '}
              {!isDisabled && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange(attachments.filter((x) => x.sha256 !== a.sha256))}
                >
                  {t('notices.attachments.remove', { name: a.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!isDisabled && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-file`}>
            {t('notices.attachments.add')}
          </label>
          <input
            id={`${id}-file`}
            className="field__input"
            type="file"
            accept="image/*,application/pdf"
            multiple
            aria-describedby={`${id}-hint`}
            onChange={(e) => void handleFiles(e)}
          />
        </div>
      )}
      <p role="status">
        {status === 'working' && t('notices.attachments.working')}
        {status === 'added' && t('notices.attachments.added')}
      </p>
      {refusal && <p className="text-error">{t(`notices.attachments.refused.${refusal}`)}</p>}
    </fieldset>
  );
}
