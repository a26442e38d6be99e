// A minimal device for server tests: builds mutations with realistic arguments and
// pushes/pulls them through app.inject, keeping its own mid counter and cookie the way
// the phone's engine does. Not a model of the client engine: just the wire protocol.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { MutationArgs } from '../../domain/mutations';
import { makeFakeBankAccount, makeFakeIdNumber } from '../../domain/fixtures-id';
import { uuidv7 } from '../../domain/uuid';
import {
  PROTOCOL_VERSION,
  type PullCookie,
  type PullResponse,
  type PullRow,
  type PushMutation,
  type PushResponse,
} from '../../sync/protocol';

export function batchArgs(
  villageCode: string,
  overrides: Partial<MutationArgs<'batch.put'>> = {},
): MutationArgs<'batch.put'> {
  return {
    id: uuidv7(),
    villageCode,
    year: 2025,
    item: '耕地地力保护补贴',
    basis: '赣财农〔2025〕12号',
    rateText: '107.5元/亩',
    unit: '亩',
    department: '石城县财政局',
    paidOn: '2025-06-30',
    publisher: '小松村村民委员会',
    hotline: '0797-5712345',
    state: 'draft',
    authorId: uuidv7(),
    submittedAt: null,
    returnedReason: null,
    correctsId: null,
    ...overrides,
  };
}

export function lineArgs(
  batch: { id: string; villageCode: string },
  overrides: Partial<MutationArgs<'line.put'>> = {},
): MutationArgs<'line.put'> {
  return {
    id: uuidv7(),
    batchId: batch.id,
    villageCode: batch.villageCode,
    group: '第三组',
    name: '曾国华',
    namePinyin: 'zeng guo hua|zgh',
    idNumber: makeFakeIdNumber('360735', '1965-05-12', 13),
    account: makeFakeBankAccount(18),
    quantityCenti: 520,
    unit: '亩',
    rateFen: 10750,
    amountFen: 55900,
    paidOn: '2025-06-30',
    remark: '',
    adjusted: false,
    adjustReason: '',
    ...overrides,
  };
}

export function noticeArgs(
  villageCode: string,
  overrides: Partial<MutationArgs<'notice.put'>> = {},
): MutationArgs<'notice.put'> {
  return {
    id: uuidv7(),
    villageCode,
    category: 'finance',
    type: 'finance-statement',
    title: '2025年第三季度财务收支公开',
    body: '本季度收入合计 12,500.00 元，支出合计 9,830.50 元。',
    periodStart: '2025-10-15',
    periodEnd: '2025-10-24',
    attachments: [],
    state: 'draft',
    authorId: uuidv7(),
    submittedAt: null,
    returnedReason: null,
    correctsId: null,
    ...overrides,
  };
}

/** 200 PushResponse, 409 PushGapResponse or a 4xx `{ error }`, read loosely by tests. */
export type PushAnswer = PushResponse & { error?: string; expectedMid?: number };

export interface InjectResult<T> {
  statusCode: number;
  body: T;
}

export class TestDevice {
  readonly clientId: string = randomUUID();
  private nextMid = 1;
  cookie: PullCookie | null = null;
  /** the server's rows as this device last saw them, by table and key */
  readonly rows = new Map<string, PullRow>();

  /** `server` may be a TestServer: the device then follows it across restarts. */
  constructor(
    private readonly server: FastifyInstance | { app: FastifyInstance },
    public auth: string,
  ) {}

  private get app(): FastifyInstance {
    return 'inject' in this.server ? this.server : this.server.app;
  }

  /** Gives the next mid to a mutation, like a save into the outbox. */
  mutation(name: string, args: unknown, baseVersion = 0): PushMutation {
    return { mid: this.nextMid++, name, args, baseVersion };
  }

  async push(mutations: PushMutation[]): Promise<InjectResult<PushAnswer>> {
    return this.post('/api/sync/push', {
      protocol: PROTOCOL_VERSION,
      clientId: this.clientId,
      mutations,
    });
  }

  async pullPage(): Promise<InjectResult<PullResponse>> {
    return this.post('/api/sync/pull', {
      protocol: PROTOCOL_VERSION,
      clientId: this.clientId,
      cookie: this.cookie,
    });
  }

  /** Pulls until hasMore is false, applying rows; returns the number of pages. */
  async pullAll(): Promise<{ pages: number; lastMid: number }> {
    for (let pages = 1; ; pages++) {
      const { statusCode, body } = await this.pullPage();
      if (statusCode !== 200)
        throw new Error(`pull answered ${statusCode}: ${JSON.stringify(body)}`);
      if (body.resetRequired) {
        this.cookie = null;
        this.rows.clear();
        continue;
      }
      for (const row of body.rows) this.rows.set(`${row.table}/${row.key}`, row);
      this.cookie = body.cookie;
      if (!body.hasMore) return { pages, lastMid: body.lastMid };
    }
  }

  value<T = Record<string, unknown>>(table: string, key: string): T | undefined {
    const row = this.rows.get(`${table}/${key}`);
    return row && !row.deleted ? (row.value as T) : undefined;
  }

  private async post<T>(url: string, payload: unknown): Promise<InjectResult<T>> {
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { authorization: this.auth },
      payload: payload as object,
    });
    return { statusCode: response.statusCode, body: response.json() as T };
  }
}
