import { useTranslation } from 'react-i18next';
import { useDbQuery } from '../../data/useDbQuery';
import { formatFen } from '../../domain/money';
import { getBatchTotal } from '../subsidies/batch-queries';

/**
 * Households and total of one batch in the village's list. Each row reads its own lines, so
 * saving a new batch or editing one batch's lines re-reads only that row.
 */
export function BatchRowTotal({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const total = useDbQuery((db) => getBatchTotal(db, batchId), [batchId]);
  return (
    <>
      <div>
        <dt>{t('batch.list.households')}</dt>
        <dd>{total ? t('batch.list.householdCount', { count: total.households }) : null}</dd>
      </div>
      <div>
        <dt>{t('batch.list.total')}</dt>
        <dd>{total ? t('batch.list.amount', { amount: formatFen(total.amountFen) }) : null}</dd>
      </div>
    </>
  );
}
