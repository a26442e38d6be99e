import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ReviewState } from '../../domain/review';
import type coreStrings from '../../i18n/locales/zh-CN.json';
import { formatDateTime } from '../../ui/format-time';

/** What the links need of a notice or a payout batch (DOMAIN.md §6, 更正). */
export interface CorrectableVersion {
  id: string;
  state: ReviewState;
  correctsId: string | null;
  supersededById?: string | null;
  publishedAt?: number | null;
}

/** The sentence for a refused command: every code's words live under `errors`. */
export type ErrorSentenceKey = `errors.${Extract<keyof (typeof coreStrings)['errors'], string>}`;

/** Each item has its own wording ("这一批" / "这条公告") under the same keys. */
export type CorrectionTexts = 'lines.correction' | 'notices.correction';

export interface CorrectionLinksProps<V extends CorrectableVersion> {
  item: V;
  /** the published version item corrects, when it is a correction and that one is here */
  corrected: V | null;
  /** the version that replaced item, or the correction of it under way, when here */
  correction: V | null;
  texts: CorrectionTexts;
  /** the address of a version's page */
  pathOf: (id: string) => string;
  /** how the link to the corrected version names it */
  titleOf: (version: V) => string;
  /** a village cadre (or this device's local author before sign-in) */
  isCadre: boolean;
  /** false while the author of the new draft is not known yet: the button waits */
  canStart: boolean;
  /** copies item into a linked draft (one local command); resolves with the draft's id */
  startCorrection: () => Promise<string>;
  /** the i18n key of the sentence for a failed start */
  errorKeyOf: (error: unknown) => ErrorSentenceKey;
}

/**
 * How a published item is linked to its corrections: a correction names the published
 * version it replaces; a published version links to the one that replaced it or to the
 * correction under way, and otherwise offers the cadre to start one. A published item is
 * never edited: this is the only way to fix a mistake in it.
 */
export function CorrectionLinks<V extends CorrectableVersion>({
  item,
  corrected,
  correction,
  texts,
  pathOf,
  titleOf,
  isCadre,
  canStart,
  startCorrection,
  errorKeyOf,
}: CorrectionLinksProps<V>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [error, setError] = useState<ErrorSentenceKey | null>(null);
  // Stops a double tap from copying the item twice while the first copy is written.
  const isBusy = useRef(false);

  async function start() {
    if (isBusy.current || !canStart) return;
    isBusy.current = true;
    setError(null);
    try {
      await navigate(pathOf(await startCorrection()));
    } catch (e) {
      setError(errorKeyOf(e));
    } finally {
      isBusy.current = false;
    }
  }

  const replacedId =
    item.supersededById ?? (correction?.state === 'published' ? correction.id : null);
  return (
    <>
      {item.correctsId && (
        <p>
          {corrected ? (
            <>
              {t(`${texts}.replaces`)} <Link to={pathOf(corrected.id)}>{titleOf(corrected)}</Link>
              {corrected.publishedAt &&
                t(`${texts}.publishedOn`, { date: formatDateTime(corrected.publishedAt) })}
            </>
          ) : (
            t(`${texts}.replacesMissing`)
          )}
        </p>
      )}
      {item.state === 'published' &&
        (replacedId ? (
          <p>
            <Link to={pathOf(replacedId)}>{t(`${texts}.openReplacement`)}</Link>
          </p>
        ) : correction ? (
          isCadre && (
            <p>
              <Link to={pathOf(correction.id)}>
                {correction.state === 'draft'
                  ? t(`${texts}.openDraft`)
                  : t(`${texts}.openUnderReview`)}
              </Link>
            </p>
          )
        ) : (
          isCadre && (
            <div>
              <p>{t(`${texts}.hint`)}</p>
              <button
                type="button"
                className="button"
                disabled={!canStart}
                onClick={() => void start()}
              >
                {t(`${texts}.start`)}
              </button>
            </div>
          )
        ))}
      {error && (
        <p className="text-error" role="alert">
          {t(error)}
        </p>
      )}
    </>
  );
}
