// GET/PUT /api/villages/:code/settings, signed in with the bearer session. The county
// administrator and the township reviewer of the village may change its settings (they
// answer for what the village puts on the internet); the village cadre and supervisor may
// read their own village's; a kiosk, or anyone else, is refused. Every change is recorded
// with who, when, old → new (village-settings-queries.ts). The public views read the
// settings on every request, so a change shows on the phone page at its next revalidation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role, User } from '../../domain/user';
import {
  villageSettingsUpdateSchema,
  type VillageSettingsResponse,
} from '../../domain/village-settings';
import { requireUser } from '../auth/authenticate';
import { isInScope } from '../auth/scope';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { regionExists } from '../seed/region-seed';
import {
  StaleSettingsError,
  updateVillageSettings,
  villageSettingsResponse,
} from './village-settings-queries';

const READ_ROLES: readonly Role[] = [
  'county-admin',
  'township-reviewer',
  'village-cadre',
  'village-supervisor',
];
const CHANGE_ROLES: readonly Role[] = ['county-admin', 'township-reviewer'];

const VILLAGE_CODE = /^\d{12}$/;

function villageParam(request: FastifyRequest): string {
  const code = (request.params as { code?: unknown }).code;
  if (typeof code !== 'string' || !VILLAGE_CODE.test(code)) throw new ApiError(404, 'not-found');
  return code;
}

/** Role first, then scope, then existence: a code outside the scope reveals nothing. */
async function authorize(
  storage: Storage,
  request: FastifyRequest,
  roles: readonly Role[],
): Promise<{ user: User; villageCode: string }> {
  const user = await requireUser(storage, request);
  const villageCode = villageParam(request);
  if (!roles.includes(user.role)) throw new ApiError(403, 'wrong-role');
  if (!isInScope(user, villageCode)) throw new ApiError(403, 'out-of-scope');
  if (!(await regionExists(storage.db, villageCode))) throw new ApiError(404, 'not-found');
  return { user, villageCode };
}

export async function registerVillageSettingsRoutes(
  app: FastifyInstance,
  storage: Storage,
): Promise<void> {
  app.get('/api/villages/:code/settings', async (request): Promise<VillageSettingsResponse> => {
    const { villageCode } = await authorize(storage, request, READ_ROLES);
    return villageSettingsResponse(storage.db, villageCode);
  });

  app.put('/api/villages/:code/settings', async (request): Promise<VillageSettingsResponse> => {
    const { user, villageCode } = await authorize(storage, request, CHANGE_ROLES);
    const parsed = villageSettingsUpdateSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    try {
      await updateVillageSettings(
        storage.db,
        villageCode,
        parsed.data,
        { id: user.id, name: user.displayName },
        storage.now(),
      );
    } catch (error) {
      if (error instanceof StaleSettingsError) throw new ApiError(409, 'stale-version');
      throw error;
    }
    return villageSettingsResponse(storage.db, villageCode);
  });
}
