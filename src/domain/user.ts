// Roles, users and the scope rule: a user acts only inside the region their code names.
import { z } from 'zod';
import { idSchema, regionCodeSchema } from './common';

export const ROLES = [
  'county-admin',
  'township-reviewer',
  'village-supervisor',
  'village-cadre',
  'kiosk',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const userSchema = z.object({
  id: idSchema,
  username: z.string().min(1).max(64),
  displayName: z.string().min(1).max(64),
  role: roleSchema,
  /** county code for an admin, township code for a reviewer, village code otherwise */
  regionCode: regionCodeSchema,
});
export type User = z.infer<typeof userSchema>;

/** Length of the region code each role is bound to. */
export const ROLE_REGION_LENGTH: Record<Role, 6 | 9 | 12> = {
  'county-admin': 6,
  'township-reviewer': 9,
  'village-supervisor': 12,
  'village-cadre': 12,
  kiosk: 12,
};

/** True when `villageCode` lies inside the region the user is bound to. */
export function isInScope(user: Pick<User, 'regionCode'>, villageCode: string): boolean {
  return villageCode.length === 12 && villageCode.startsWith(user.regionCode);
}
