// Sign-in, sign-out and "who am I". Login is throttled per username and per IP in the
// database (auth/rate-limit.ts); a wrong username and a wrong password get the same answer
// after the same time, so accounts cannot be discovered by guessing.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { User } from '../../domain/user';
import { bearerToken, requireUser } from '../auth/authenticate';
import { burnPasswordCheck, verifyPassword } from '../auth/password';
import { isLoginAllowed, recordLoginAttempt } from '../auth/rate-limit';
import { createSession, revokeSession } from '../auth/sessions';
import { findUserByUsername, toUser } from '../auth/users';
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
  app.post('/api/auth/login', async (request): Promise<LoginResponse> => {
    const parsed = loginSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    const { username, password } = parsed.data;
    const now = storage.now();
    if (!(await isLoginAllowed(storage.db, username, request.ip, now))) {
      throw new ApiError(429, 'rate-limited');
    }
    const row = await findUserByUsername(storage.db, username);
    // Kiosks have no password and disabled accounts may not sign in; both still pay the
    // full hashing time so the answer does not reveal which accounts exist.
    const canSignIn = row !== undefined && row.password_hash !== null && row.disabled === 0;
    const isValid = canSignIn
      ? await verifyPassword(password, row.password_hash ?? '')
      : await burnPasswordCheck(password);
    await recordLoginAttempt(storage.db, { username, ip: request.ip, succeeded: isValid }, now);
    if (!isValid || !row) throw new ApiError(401, 'bad-credentials');
    const token = await createSession(storage.db, row.id, now);
    return { token, user: toUser(row) };
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
