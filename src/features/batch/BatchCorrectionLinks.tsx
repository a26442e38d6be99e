import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import type { PayoutBatch } from '../../domain/payout';
import { CorrectionLinks } from '../corrections/CorrectionLinks';
import type { BatchCorrectionLinks as Links } from '../subsidies/batch-correction-queries';
import { commandErrorKey } from './command-error-key';

interface Props {
  batch: PayoutBatch;
  links: Links;
  /** a village cadre (or this device's local author before sign-in) */
  isCadre: boolean;
  /** who the new draft belongs to; null while unknown (the button waits for it) */
  authorId: string | null;
}

/**
 * A payout batch's links to its corrections (更正). Starting one copies the header and
 * every line into a linked draft; the copy code loads only when a cadre asks for it.
 */
export function BatchCorrectionLinks({ batch, links, isCadre, authorId }: Props) {
  const { t } = useTranslation();
  return (
    <CorrectionLinks
      item={batch}
      corrected={links.corrected}
      correction={links.correction}
      texts="lines.correction"
      pathOf={(id) => `/village/${batch.villageCode}/batch/${id}`}
      titleOf={(version) => t('batch.title', { year: version.year, item: version.item })}
      isCadre={isCadre}
      canStart={authorId !== null}
      startCorrection={async () => {
        const { startBatchCorrection } = await import('../subsidies/batch-correction-commands');
        return (await startBatchCorrection(getDatabase(), batch.id, authorId ?? '')).id;
      }}
      errorKeyOf={commandErrorKey}
    />
  );
}
