// Turns `Authorization: Bearer <token>` into the signed-in user, or a typed 401:
// 'unauthenticated' when no usable token was sent, 'session-expired' when it was valid
// once (expired, revoked, account disabled) so the phone knows to ask for a new sign-in.
import type { FastifyRequest } from 'fastify';
import type { User } from '../../domain/user';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { resolveSession } from './sessions';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  return BEARER.exec(header)?.[1] ?? null;
}

export async function requireUser(storage: Storage, request: FastifyRequest): Promise<User> {
  const token = bearerToken(request);
  if (!token) throw new ApiError(401, 'unauthenticated');
  const session = await resolveSession(storage.db, token, storage.now());
  if (session.status === 'unknown') throw new ApiError(401, 'unauthenticated');
  if (session.status === 'expired') throw new ApiError(401, 'session-expired');
  return session.user;
}
