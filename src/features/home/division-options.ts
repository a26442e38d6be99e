// The choices of the home page's village picker, from the division data in src/domain:
// townships grouped by county, then the villages of one township.
import { listCounties, listTownships, listVillages } from '../../domain/divisions';

export interface DivisionOption {
  code: string;
  name: string;
}

export interface TownshipGroup extends DivisionOption {
  townships: DivisionOption[];
}

export function listTownshipGroups(): TownshipGroup[] {
  return listCounties().map(({ code, name }) => ({
    code,
    name,
    townships: listTownships(code).map((township) => ({
      code: township.code,
      name: township.name,
    })),
  }));
}

export function listVillageOptions(townshipCode: string): DivisionOption[] {
  return listVillages(townshipCode).map(({ code, name }) => ({ code, name }));
}

/** The 9-digit township code a 12-digit village code belongs to. */
export function townshipOf(villageCode: string): string {
  return villageCode.slice(0, 9);
}
