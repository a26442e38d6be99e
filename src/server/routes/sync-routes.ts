// The sync endpoints (SYNC.md "Wire protocol"). Authentication and the kiosk rule run
// before anything is parsed; the push body is capped at 256 KB by Fastify itself, so an
// oversized request is refused with 'too-large' before it is read into memory.
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { User } from '../../domain/user';
import {
  MAX_PUSH_BYTES,
  PROTOCOL_VERSION,
  pullRequestSchema,
  type PullResponse,
} from '../../sync/protocol';
import { requireUser } from '../auth/authenticate';
import { assertCanSync } from '../auth/scope';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { handlePull } from '../sync/pull';
import { handlePush, parsePushRequest } from '../sync/push';
import { recordDeviceSync } from '../review/device-activity-queries';

/**
 * Stamps the device's last successful sync for the township dashboard. Best effort: the
 * sync already succeeded, and a failed stamp must not turn it into an error the phone
 * would retry.
 */
async function stampDeviceSync(
  storage: Storage,
  user: User,
  clientId: string,
  log: FastifyBaseLogger,
): Promise<void> {
  try {
    await recordDeviceSync(storage.db, user, clientId, storage.now());
  } catch (error) {
    log.error({ err: error }, 'device activity not recorded');
  }
}

export async function registerSyncRoutes(app: FastifyInstance, storage: Storage): Promise<void> {
  app.post('/api/sync/push', { bodyLimit: MAX_PUSH_BYTES }, async (request, reply) => {
    const user = await requireUser(storage, request);
    assertCanSync(user);
    const pushRequest = parsePushRequest(request.body);
    const outcome = await handlePush(storage, user, pushRequest, (error, mutation) =>
      request.log.error(
        { err: error, mid: mutation.mid, name: mutation.name },
        'mutation handler failed',
      ),
    );
    if (outcome.statusCode === 200) {
      await stampDeviceSync(storage, user, pushRequest.clientId, request.log);
    }
    return reply.code(outcome.statusCode).send(outcome.body);
  });

  app.post('/api/sync/pull', async (request): Promise<PullResponse> => {
    const user = await requireUser(storage, request);
    assertCanSync(user);
    const body = request.body as { protocol?: unknown } | null;
    if (typeof body?.protocol === 'number' && body.protocol !== PROTOCOL_VERSION) {
      throw new ApiError(400, 'protocol-mismatch');
    }
    const parsed = pullRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    const pulled = await handlePull(storage, user, parsed.data);
    await stampDeviceSync(storage, user, parsed.data.clientId, request.log);
    return pulled;
  });
}
