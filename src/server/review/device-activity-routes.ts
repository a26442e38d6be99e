// GET /api/review/device-activity: for the township reviewer, when the devices of each
// village of the township last synced and how many there are; for a village cadre or
// supervisor, the same for their own village. Other roles are refused ('wrong-role'); a
// region outside the user's own is never listed because the region is the user's own.
import type { FastifyInstance } from 'fastify';
import type { DeviceActivityResponse } from '../../domain/device-activity';
import type { Role } from '../../domain/user';
import { requireUser } from '../auth/authenticate';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { listDeviceActivity } from './device-activity-queries';

const READER_ROLES: readonly Role[] = ['township-reviewer', 'village-cadre', 'village-supervisor'];

export async function registerDeviceActivityRoutes(
  app: FastifyInstance,
  storage: Storage,
): Promise<void> {
  app.get('/api/review/device-activity', async (request): Promise<DeviceActivityResponse> => {
    const user = await requireUser(storage, request);
    if (!READER_ROLES.includes(user.role)) throw new ApiError(403, 'wrong-role');
    return { now: storage.now(), villages: await listDeviceActivity(storage.db, user.regionCode) };
  });
}
