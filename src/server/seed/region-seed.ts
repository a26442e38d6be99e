// Creates the regions of a county (the county, its townships and villages) from the
// bundled division table. Existing regions are left as they are, so running it again, or
// after a newer table adds villages, only adds what is missing.
import { divisionName, listTownships, listVillages } from '../../domain/divisions';
import type { Region } from '../../domain/region';
import type { Executor } from '../db/schema';
import { allocateVersions } from '../db/server-state';

export class UnknownCountyError extends Error {}

export function countyRegions(countyCode: string): Region[] {
  const countyName = /^\d{6}$/.test(countyCode) ? divisionName(countyCode) : undefined;
  if (!countyName) {
    throw new UnknownCountyError(`County ${countyCode} is not in the bundled division table.`);
  }
  const regions: Region[] = [
    { code: countyCode, name: countyName, level: 'county', parentCode: null },
  ];
  for (const township of listTownships(countyCode)) {
    regions.push({
      code: township.code,
      name: township.name,
      level: 'township',
      parentCode: countyCode,
    });
    for (const village of listVillages(township.code)) {
      regions.push({
        code: village.code,
        name: village.name,
        level: 'village',
        parentCode: township.code,
        rural: village.rural ?? false,
      });
    }
  }
  return regions;
}

/** Inserts the county's missing regions inside `trx`; returns how many were added. */
export async function createCountyRegions(trx: Executor, countyCode: string): Promise<number> {
  const regions = countyRegions(countyCode);
  const existing = new Set(
    (
      await trx
        .selectFrom('regions')
        .select('code')
        .where('code', 'like', `${countyCode}%`)
        .execute()
    ).map((row) => row.code),
  );
  const missing = regions.filter((region) => !existing.has(region.code));
  if (missing.length === 0) return 0;
  const first = await allocateVersions(trx, missing.length);
  const rows = missing.map((region, index) => ({
    code: region.code,
    name: region.name,
    level: region.level,
    parent_code: region.parentCode,
    version: first + index,
    deleted: 0,
    record: JSON.stringify(region),
  }));
  for (let start = 0; start < rows.length; start += 200) {
    await trx
      .insertInto('regions')
      .values(rows.slice(start, start + 200))
      .execute();
  }
  return missing.length;
}

export async function regionExists(db: Executor, code: string): Promise<boolean> {
  const row = await db
    .selectFrom('regions')
    .select('code')
    .where('code', '=', code)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}
