// Objections (异议) on the staff side, signed in with the bearer session: the village
// cadre and supervisor list their village's objections, the township reviewer those of
// every village in the township (with the resident's call-back number, which no public
// answer carries); the cadre, or the reviewer, replies once. The reply is stamped with
// the server's time (never a device clock) and refused with the scanner's findings when
// it holds a personal number, because it is published under the item on the phone page.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { chinaDateOf } from '../../domain/dates';
import {
  OBJECTION_STAFF_STATES,
  objectionReplyRequestSchema,
  type ObjectionStaffState,
  type OverdueCountsResponse,
  type StaffObjection,
  type StaffObjectionsResponse,
} from '../../domain/objection';
import { scanPersonalData } from '../../domain/privacy-scan';
import type { Role, User } from '../../domain/user';
import { requireUser } from '../auth/authenticate';
import { isInScope } from '../auth/scope';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import {
  countOverdueByVillage,
  listObjections,
  readLineLabels,
  staffObjectionOf,
} from './objection-queries';

const LIST_ROLES: readonly Role[] = ['village-cadre', 'village-supervisor', 'township-reviewer'];
/** The supervisor checks the village's work but does not answer for it. */
const REPLY_ROLES: readonly Role[] = ['village-cadre', 'township-reviewer'];

const VILLAGE_CODE = /^\d{12}$/;
const OBJECTION_ID = /^[0-9a-f-]{36}$/;

function requireRole(user: User, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new ApiError(403, 'wrong-role');
}

/** The region to list: the asked village when it is in scope, else the user's own region. */
function regionToList(user: User, query: unknown): string {
  const villageCode = (query as { villageCode?: unknown } | null)?.villageCode;
  if (villageCode === undefined || villageCode === '') return user.regionCode;
  if (typeof villageCode !== 'string' || !VILLAGE_CODE.test(villageCode)) {
    throw new ApiError(400, 'invalid');
  }
  if (!isInScope(user, villageCode)) throw new ApiError(403, 'out-of-scope');
  return villageCode;
}

function stateFilter(query: unknown): ObjectionStaffState | undefined {
  const state = (query as { state?: unknown } | null)?.state;
  if (state === undefined || state === '') return undefined;
  const known = OBJECTION_STAFF_STATES.find((s) => s === state);
  if (!known) throw new ApiError(400, 'invalid');
  return known;
}

function idParam(request: FastifyRequest): string {
  const id = (request.params as { id?: unknown }).id;
  if (typeof id !== 'string' || !OBJECTION_ID.test(id)) throw new ApiError(404, 'not-found');
  return id;
}

export async function registerObjectionStaffRoutes(
  app: FastifyInstance,
  storage: Storage,
): Promise<void> {
  app.get('/api/objections', async (request): Promise<StaffObjectionsResponse> => {
    const user = await requireUser(storage, request);
    requireRole(user, LIST_ROLES);
    const region = regionToList(user, request.query);
    const state = stateFilter(request.query);
    const today = chinaDateOf(storage.now());
    return { today, objections: await listObjections(storage.db, region, state, today) };
  });

  // The township dashboard's "逾期未答复异议" column: counts only, per village.
  app.get('/api/objections/overdue-counts', async (request): Promise<OverdueCountsResponse> => {
    const user = await requireUser(storage, request);
    requireRole(user, LIST_ROLES);
    const today = chinaDateOf(storage.now());
    return { today, villages: await countOverdueByVillage(storage.db, user.regionCode, today) };
  });

  app.post('/api/objections/:id/reply', async (request, reply) => {
    const user = await requireUser(storage, request);
    requireRole(user, REPLY_ROLES);
    const id = idParam(request);
    const parsed = objectionReplyRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    const text = parsed.data.text;
    const findings = scanPersonalData(text);
    if (findings.length > 0) {
      // Where, not what: the cadre sees the places to fix; the number is not echoed back.
      return reply.code(400).send({
        error: 'personal-data-found',
        findings: findings.map(({ kind, start, end }) => ({ kind, start, end })),
      });
    }

    const row = await storage.db
      .selectFrom('objections')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'not-found');
    if (!isInScope(user, row.village_code)) throw new ApiError(403, 'out-of-scope');
    if (row.reply !== null) throw new ApiError(409, 'wrong-state');

    const now = storage.now();
    // `reply is null` in the update too: of two staff replying at once, only one wins.
    const updated = await storage.db
      .updateTable('objections')
      .set({ reply: text, replied_at: now, replied_by: user.id, state: 'replied' })
      .where('id', '=', id)
      .where('reply', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ApiError(409, 'wrong-state');
    const lines = row.line_id
      ? await readLineLabels(storage.db, [{ villageCode: row.village_code, id: row.line_id }])
      : new Map<string, never>();
    const answered: StaffObjection = staffObjectionOf(
      { ...row, reply: text, replied_at: now, replied_by: user.id, state: 'replied' },
      chinaDateOf(now),
      row.line_id ? (lines.get(row.line_id) ?? null) : null,
    );
    return answered;
  });
}
