import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandError, getDatabase } from '../../data';
import type { ReviewItemKind } from '../../domain/review';
import { loadFeatureStrings } from '../../i18n/feature-strings';
import { formatClockTime } from '../../ui/format-time';
import { prepareAttachment, type JpegEncoder } from '../notices/attachment-files';
import { addProofOfPosting } from './proof-commands';
import './proof.css';
import { useObjectUrl } from './useObjectUrl';
import { useProofState } from './useProofState';

type Refusal = 'unsupported-type' | 'photo-too-large' | 'not-published' | 'failed';

export interface ProofOfPostingProps {
  itemKind: ReviewItemKind;
  itemId: string;
  /** the village cadre may add a photo; everyone else only sees the state */
  canAdd: boolean;
  /** tests pass a fake encoder: jsdom has no canvas */
  makeEncoder?: (file: Blob) => Promise<JpegEncoder>;
}

/**
 * Proof of posting (张贴凭证) on a published notice or batch: the cadre photographs the
 * paper notice on the board, the photo is compressed and kept on the phone (works with no
 * signal), and the state says in words whether the server has stamped it with its own
 * time ("已上传张贴照片 · 服务器时间 10:42") or it still waits (待同步). Brings its own
 * strings (publishing feature), so both the notice and the batch screen can mount it.
 */
export function ProofOfPosting({ itemKind, itemId, canAdd, makeEncoder }: ProofOfPostingProps) {
  const { t } = useTranslation();
  const id = useId();
  const [hasStrings, setHasStrings] = useState(false);
  const [working, setWorking] = useState<'working' | 'saved' | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const state = useProofState(itemKind, itemId);
  const thumbnailUrl = useObjectUrl(state?.thumbnail ?? null);

  useEffect(() => {
    let isCurrent = true;
    void loadFeatureStrings(['publishing']).then(() => {
      if (isCurrent) setHasStrings(true);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setWorking('working');
    setRefusal(null);
    try {
      const prepared = await prepareAttachment(file, makeEncoder);
      if (!prepared.ok) {
        setRefusal(prepared.code === 'photo-too-large' ? 'photo-too-large' : 'unsupported-type');
        setWorking(null);
        return;
      }
      const { mime } = prepared.ref;
      if (mime !== 'image/jpeg' && mime !== 'image/png' && mime !== 'image/webp') {
        setRefusal('unsupported-type');
        setWorking(null);
        return;
      }
      await addProofOfPosting(getDatabase(), {
        itemKind,
        itemId,
        photo: { ...prepared.ref, mime },
        data: prepared.data,
        // The phone's clock, shown as "taken at" only; the server stamps the posting time.
        takenAt: file.lastModified > 0 ? file.lastModified : null,
      });
      setWorking('saved');
    } catch (error) {
      setRefusal(error instanceof CommandError ? 'not-published' : 'failed');
      setWorking(null);
    }
  }

  if (!hasStrings || state === undefined) return null;
  const isPending = state.pending.length > 0;
  const status =
    state.latestPostedAt !== null
      ? t('publishing.proof.uploaded', { time: formatClockTime(state.latestPostedAt) })
      : isPending
        ? t('publishing.proof.pending')
        : t('publishing.proof.missing');

  return (
    <section className="proof-of-posting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('publishing.proof.heading')}</h2>
      <p role="status">
        {status}
        {state.latestPostedAt !== null && isPending && ` · ${t('publishing.proof.pending')}`}
      </p>
      <p className="field__hint" id={`${id}-hint`}>
        {t('publishing.proof.serverTime')}
      </p>
      {thumbnailUrl && (
        <img
          className="proof-of-posting__photo"
          src={thumbnailUrl}
          alt={t('publishing.proof.thumbnailAlt')}
        />
      )}
      {canAdd && (
        <div className="field">
          <p>{t('publishing.proof.intro')}</p>
          <label className="field__label button" htmlFor={`${id}-file`}>
            {t('publishing.proof.take')}
          </label>
          <input
            id={`${id}-file`}
            className="field__input"
            type="file"
            accept="image/*"
            capture="environment"
            aria-describedby={`${id}-hint`}
            disabled={working === 'working'}
            onChange={(e) => void handleFile(e)}
          />
        </div>
      )}
      <p role="status">
        {working === 'working' && t('publishing.proof.working')}
        {working === 'saved' && t('publishing.proof.saved')}
      </p>
      {refusal && <p className="text-error">{t(`publishing.proof.refused.${refusal}`)}</p>}
    </section>
  );
}
