// Objections (异议) from residents, on the public endpoints (no sign-in): raise one against
// an item in its notice period, and look it up again by its reference. The text is
// checked for personal numbers and refused with 'personal-data-found' if it holds one,
// because objections and replies are shown back publicly. Raising is budgeted per IP on
// top of the public budget, so a script cannot flood a village's list. Replying is done
// by the village on its own screens (not here). An objection may name one subsidy line of
// the batch: the line must be a live line of that very batch, else it is bad input.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { chinaDateOf } from '../../domain/dates';
import {
  objectionReplyDue,
  objectionRequestSchema,
  type PublicObjection,
} from '../../domain/objection';
import { scanPersonalData } from '../../domain/privacy-scan';
import { uuidv7 } from '../../domain/uuid';
import type { ObjectionsTable } from '../db/schema';
import type { Storage } from '../db/storage';
import { ApiError } from '../errors';
import { buildVillageView, readPublishedContent } from './public-queries';
import { createRateLimiter, type RateLimiter } from './public-rate-limit';

/** Objections one address may raise per minute window (a family may raise a few). */
export const OBJECTIONS_PER_MINUTE = 5;

function toPublic(row: ObjectionsTable): PublicObjection {
  return {
    id: row.id,
    itemKind: row.item_kind === 'notice' ? 'notice' : 'batch',
    itemId: row.item_id,
    isAboutLine: row.line_id !== null,
    text: row.text,
    raisedOn: row.raised_on,
    replyDueOn: row.reply_due_on,
    state: row.state === 'replied' ? 'replied' : 'open',
    reply: row.reply,
  };
}

type PublishedContent = NonNullable<Awaited<ReturnType<typeof readPublishedContent>>>;

function hasLine(content: PublishedContent, batchId: string, lineId: string): boolean {
  const batch = content.batches.find((b) => b.record.id === batchId);
  return batch?.lines.some((line) => line.id === lineId) ?? false;
}

function villageParam(request: FastifyRequest): string {
  const code = (request.params as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^\d{12}$/.test(code)) throw new ApiError(404, 'not-found');
  return code;
}

export function registerObjectionRoutes(
  scope: FastifyInstance,
  storage: Storage,
  limiter: RateLimiter = createRateLimiter(OBJECTIONS_PER_MINUTE),
): void {
  scope.post('/api/public/villages/:code/objections', async (request, reply) => {
    const code = villageParam(request);
    if (!limiter.take(request.ip, storage.now())) throw new ApiError(429, 'rate-limited');
    const parsed = objectionRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid');
    const { itemKind, itemId, lineId, text, phone } = parsed.data;
    if (scanPersonalData(text).length > 0) throw new ApiError(400, 'personal-data-found');

    const now = storage.now();
    const today = chinaDateOf(now);
    const content = await readPublishedContent(storage.db, code);
    if (!content) throw new ApiError(404, 'not-found');
    const view = buildVillageView(content, 'phone', today);
    const item =
      itemKind === 'notice'
        ? view.notices.find((n) => n.id === itemId)
        : view.batches.find((b) => b.id === itemId);
    if (!item) throw new ApiError(404, 'not-found');
    // Objections belong to the notice period; afterwards the village committee is the place.
    if (item.period.status !== 'open') throw new ApiError(409, 'wrong-state');
    // Only lines of this published batch (deleted ones are not read): a line of another
    // batch or village is the same bad input as a malformed request.
    if (lineId !== undefined && !hasLine(content, itemId, lineId)) {
      throw new ApiError(400, 'invalid');
    }

    const row: ObjectionsTable = {
      id: uuidv7(now),
      village_code: code,
      item_kind: itemKind,
      item_id: itemId,
      text,
      raised_at: now,
      raised_on: today,
      reply_due_on: objectionReplyDue(today, content.settings.objectionReplyWorkingDays),
      state: 'open',
      reply: null,
      replied_at: null,
      replied_by: null,
      phone: phone ?? null,
      line_id: lineId ?? null,
    };
    await storage.db.insertInto('objections').values(row).execute();
    return reply.code(201).send(toPublic(row));
  });

  scope.get('/api/public/villages/:code/objections/:id', async (request) => {
    const code = villageParam(request);
    const id = (request.params as { id?: unknown }).id;
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new ApiError(404, 'not-found');
    const row = await storage.db
      .selectFrom('objections')
      .selectAll()
      .where('id', '=', id)
      .where('village_code', '=', code)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, 'not-found');
    return toPublic(row);
  });
}
