import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  graceDaysSchema,
  isSwitchingToFullNames,
  PHONE_NAME_MODES,
  replyDaysSchema,
  settingChanges,
  type PhoneNameMode,
  type VillageSettings,
  type VillageSettingsResponse,
  type VillageSettingsUpdate,
} from '../../domain/village-settings';
import { isApiError } from '../../sync';
import './village-settings.css';

interface VillageSettingsFormProps {
  value: VillageSettingsResponse;
  /** county administrator and township reviewer; the village itself only reads */
  canChange: boolean;
  /** saves the changed settings; rejects with the server's ApiError */
  onSave: (update: VillageSettingsUpdate) => Promise<void>;
}

const STATUS_KEYS = {
  saved: 'reviewer.villageSettings.saved',
  unchanged: 'reviewer.villageSettings.unchanged',
  fixErrors: 'reviewer.villageSettings.fixErrors',
  offline: 'reviewer.villageSettings.saveFailed.offline',
  stale: 'reviewer.villageSettings.saveFailed.stale',
  invalid: 'reviewer.villageSettings.saveFailed.invalid',
  notAllowed: 'reviewer.villageSettings.saveFailed.notAllowed',
  failed: 'reviewer.villageSettings.saveFailed.failed',
} as const;
type Status = keyof typeof STATUS_KEYS;

function failureOf(error: unknown): Status {
  const code = isApiError(error) ? error.code : 'unknown';
  if (code === 'offline' || code === 'timeout') return 'offline';
  if (code === 'stale-version') return 'stale';
  if (code === 'invalid') return 'invalid';
  if (code === 'wrong-role' || code === 'out-of-scope') return 'notAllowed';
  return 'failed';
}

/** A whole number typed into a box, checked against the domain's bounds; null if not one. */
function wholeNumber(text: string, schema: typeof graceDaysSchema): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const parsed = schema.safeParse(Number(trimmed));
  return parsed.success ? parsed.data : null;
}

/**
 * The settings of one village as a plain form: each setting explained in words with its
 * default named. Switching the phone page to full names asks first, in words, because
 * it puts residents' names on the internet. A failed save keeps everything typed.
 */
export function VillageSettingsForm({ value, canChange, onSave }: VillageSettingsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [phoneNames, setPhoneNames] = useState<PhoneNameMode>(value.settings.phoneNames);
  const [graceText, setGraceText] = useState(String(value.settings.phoneGraceDays));
  const [replyText, setReplyText] = useState(String(value.settings.objectionReplyWorkingDays));
  const [isGraceInvalid, setGraceInvalid] = useState(false);
  const [isReplyInvalid, setReplyInvalid] = useState(false);
  const [pending, setPending] = useState<VillageSettings | null>(null);
  const [isSaving, setSaving] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const { defaults } = value;

  // New settings from the server (a save, or someone else's change found on a refused
  // save): a field the reviewer has not touched takes the new value, a field they typed
  // in keeps it. Re-saving then never quietly undoes another person's change.
  const [base, setBase] = useState({ version: value.version, settings: value.settings });
  if (base.version !== value.version) {
    const next = value.settings;
    if (phoneNames === base.settings.phoneNames) setPhoneNames(next.phoneNames);
    if (graceText === String(base.settings.phoneGraceDays))
      setGraceText(String(next.phoneGraceDays));
    if (replyText === String(base.settings.objectionReplyWorkingDays))
      setReplyText(String(next.objectionReplyWorkingDays));
    setBase({ version: value.version, settings: next });
  }

  // The question takes the focus, so a screen reader user hears it before anything else.
  useEffect(() => {
    if (pending) confirmHeading.current?.focus();
  }, [pending]);

  const send = async (typed: VillageSettings) => {
    // A second tap while the first is on its way must not save twice.
    if (isSaving) return;
    const update: VillageSettingsUpdate = { baseVersion: value.version };
    for (const change of settingChanges(value.settings, typed)) {
      Object.assign(update, { [change.setting]: typed[change.setting] });
    }
    setSaving(true);
    setStatus(null);
    try {
      await onSave(update);
      setStatus('saved');
    } catch (error) {
      setStatus(failureOf(error));
    } finally {
      setSaving(false);
      setPending(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const grace = wholeNumber(graceText, graceDaysSchema);
    const reply = wholeNumber(replyText, replyDaysSchema);
    setGraceInvalid(grace === null);
    setReplyInvalid(reply === null);
    if (grace === null || reply === null) {
      setStatus('fixErrors');
      return;
    }
    const typed: VillageSettings = {
      phoneNames,
      phoneGraceDays: grace,
      objectionReplyWorkingDays: reply,
    };
    if (settingChanges(value.settings, typed).length === 0) {
      setStatus('unchanged');
      return;
    }
    if (isSwitchingToFullNames(value.settings, typed)) {
      setStatus(null);
      setPending(typed);
      return;
    }
    void send(typed);
  };

  const defaultMark = t('reviewer.villageSettings.defaultMark');
  return (
    <form className="village-settings" onSubmit={submit} noValidate>
      {/* Read-only for the village, and held still while the confirmation is asked. */}
      <fieldset className="village-settings__fields" disabled={!canChange || pending !== null}>
        <fieldset className="field village-settings__fields" aria-describedby={`${id}-names-hint`}>
          <legend className="field__label">
            {t('reviewer.villageSettings.phoneNames.legend')}
          </legend>
          <p id={`${id}-names-hint`} className="field__hint">
            {t('reviewer.villageSettings.phoneNames.help')}
          </p>
          <div className="radios">
            {PHONE_NAME_MODES.map((mode) => (
              <label key={mode} className="radio">
                <input
                  type="radio"
                  name={`${id}-phone-names`}
                  value={mode}
                  checked={phoneNames === mode}
                  onChange={() => setPhoneNames(mode)}
                />
                <span>
                  {t(`reviewer.villageSettings.phoneNames.${mode}`)}
                  {mode === defaults.phoneNames && defaultMark}
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-grace`} className="field__label">
            {t('reviewer.villageSettings.graceDays.label')}
          </label>
          <p id={`${id}-grace-hint`} className="field__hint">
            {t('reviewer.villageSettings.graceDays.help', { default: defaults.phoneGraceDays })}
          </p>
          <input
            id={`${id}-grace`}
            className="field__input field__input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={`${id}-grace-hint${isGraceInvalid ? ` ${id}-grace-error` : ''}`}
            aria-invalid={isGraceInvalid}
            value={graceText}
            onChange={(event) => setGraceText(event.target.value)}
          />
          {isGraceInvalid && (
            <p id={`${id}-grace-error`} className="field__error">
              {t('reviewer.villageSettings.graceDays.invalid')}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-reply`} className="field__label">
            {t('reviewer.villageSettings.replyDays.label')}
          </label>
          <p id={`${id}-reply-hint`} className="field__hint">
            {t('reviewer.villageSettings.replyDays.help', {
              default: defaults.objectionReplyWorkingDays,
            })}
          </p>
          <input
            id={`${id}-reply`}
            className="field__input field__input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-describedby={`${id}-reply-hint${isReplyInvalid ? ` ${id}-reply-error` : ''}`}
            aria-invalid={isReplyInvalid}
            value={replyText}
            onChange={(event) => setReplyText(event.target.value)}
          />
          {isReplyInvalid && (
            <p id={`${id}-reply-error`} className="field__error">
              {t('reviewer.villageSettings.replyDays.invalid')}
            </p>
          )}
        </div>

        {canChange && (
          <button type="submit" className="button" aria-disabled={isSaving}>
            {t(isSaving ? 'reviewer.villageSettings.saving' : 'reviewer.villageSettings.save')}
          </button>
        )}
      </fieldset>

      {pending && (
        <section className="village-settings__confirm" aria-labelledby={`${id}-confirm`}>
          <h2 id={`${id}-confirm`} ref={confirmHeading} tabIndex={-1}>
            {t('reviewer.villageSettings.confirm.heading')}
          </h2>
          <p>{t('reviewer.villageSettings.confirm.body')}</p>
          <p>
            <button type="button" className="button" onClick={() => void send(pending)}>
              {t('reviewer.villageSettings.confirm.yes')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setPending(null)}>
              {t('reviewer.villageSettings.confirm.no')}
            </button>
          </p>
        </section>
      )}

      <p role="status">{status && t(STATUS_KEYS[status])}</p>
    </form>
  );
}
