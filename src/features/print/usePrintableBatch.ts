// Live batch and lines for the print screen: undefined while loading, null when absent.
import { useDbQuery } from '../../data/useDbQuery';
import { loadPrintableBatch, type PrintableBatchData } from './print-queries';

export function usePrintableBatch(batchId: string): PrintableBatchData | null | undefined {
  return useDbQuery((db) => loadPrintableBatch(db, batchId), [batchId]);
}
