// Who may see and touch what, on top of the domain's isInScope(user, villageCode):
// village roles see their village, a township reviewer the villages of the township, the
// county administrator the whole county (read only). Kiosks never sync.
import { isInScope, type Role, type User } from '../../domain/user';
import { ApiError } from '../errors';

/** Lowest and highest 12-digit village code inside a region, for indexed range queries. */
export function villageCodeRange(regionCode: string): { low: string; high: string } {
  return { low: regionCode.padEnd(12, '0'), high: regionCode.padEnd(12, '9') };
}

/** A region is shown to a user when it is their region, inside it, or one of its parents. */
export function isRegionVisible(user: Pick<User, 'regionCode'>, regionCode: string): boolean {
  return regionCode.startsWith(user.regionCode) || user.regionCode.startsWith(regionCode);
}

export { isInScope };

/** Roles that see the rejected mutations of others in their scope, to help resolve them. */
const CONFLICT_READERS: readonly Role[] = [
  'village-supervisor',
  'township-reviewer',
  'county-admin',
];

export function seesOthersConflicts(role: Role): boolean {
  return CONFLICT_READERS.includes(role);
}

/** Sync and blob uploads are for the people who keep the board; a kiosk only reads public pages. */
export function assertCanSync(user: User): void {
  if (user.role === 'kiosk') throw new ApiError(403, 'wrong-role');
}
