// Per-batch household counts and totals of one year in the township, for the charts.
import { useDbQuery } from '../../data';
import { loadTownshipBatchStats } from '../export/export-queries';
import type { BatchStats } from '../export/township-summary';

export function useSubsidyStats(townshipCode: string, year: number): BatchStats[] | undefined {
  return useDbQuery((db) => loadTownshipBatchStats(db, townshipCode, year), [townshipCode, year]);
}
