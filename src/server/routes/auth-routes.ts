// Sign-in, sign-out and "who am I". Signing in (throttling, the queued password check, the
// session) is auth/sign-in.ts; a wrong username and a wrong password get the same answer
// after the same time, so accounts cannot be discovered by guessing.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { User } from '../../domain/user';
import { bearerToken, requireUser } from '../auth/authenticate';
import { revokeSession } from '../auth/sessions';
import { signIn } from '../auth/sign-in';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';

const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export interface LoginResponse {
  token: string;
  user: User;
}

export async function registerAuthRoutes(app: FastifyInstance, storage: Storage): Promise<void> {
  app.post('/api/auth/login', async (request, reply): Promise<LoginResponse> => {
    const parsed = loginSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    // A phone that gives up while its password check waits in line closes the connection;
    // its check is then dropped so the phones behind it get theirs sooner.
    const gaveUp = new AbortController();
    const onClose = (): void => {
      if (!reply.raw.writableFinished) gaveUp.abort();
    };
    reply.raw.once('close', onClose);
    const result = await signIn(storage, { ...parsed.data, ip: request.ip }, gaveUp.signal).finally(
      () => reply.raw.off('close', onClose),
    );
    // Nobody reads this answer; it only ends the request for the logs.
    if (result.status === 'abandoned') throw new ApiError(408, 'invalid');
    if (result.status === 'rate-limited') throw new ApiError(429, 'rate-limited');
    if (result.status === 'bad-credentials') throw new ApiError(401, 'bad-credentials');
    return { token: result.token, user: result.user };
  });

  app.get('/api/auth/me', async (request): Promise<{ user: User }> => {
    return { user: await requireUser(storage, request) };
  });

  app.post('/api/auth/logout', async (request): Promise<{ ok: true }> => {
    await requireUser(storage, request);
    const token = bearerToken(request);
    if (token) await revokeSession(storage.db, token, storage.now());
    return { ok: true };
  });
}
