// Years the township summary can be made for, live from this device's data.
import { useDbQuery } from '../../data/useDbQuery';
import { listTownshipYears } from './export-queries';

export function useTownshipExportYears(townshipCode: string): number[] | undefined {
  return useDbQuery((db) => listTownshipYears(db, townshipCode), [townshipCode]);
}
