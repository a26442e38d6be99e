// Cuts the outbox into push requests the server accepts: at most 100 mutations and
// 256 KB of JSON each (SYNC.md), always in mid order. Pure; the engine sends them.
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, PROTOCOL_VERSION } from './protocol-limits';
import type { PushMutation, PushRequest } from './protocol';

export interface QueuedForPush {
  mid: number;
  name: string;
  args: unknown;
  baseVersion: number;
}

export interface BatchLimits {
  maxMutations?: number;
  maxBytes?: number;
}

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

export function toPushMutation(entry: QueuedForPush): PushMutation {
  return { mid: entry.mid, name: entry.name, args: entry.args, baseVersion: entry.baseVersion };
}

/**
 * The first request to send for `entries` (already in mid order). A single mutation
 * larger than the byte limit still goes alone: the server then answers 'too-large',
 * which the user sees, rather than the queue stalling without a word.
 */
export function firstPushBatch(
  clientId: string,
  entries: readonly QueuedForPush[],
  limits: BatchLimits = {},
): PushRequest {
  const maxMutations = limits.maxMutations ?? MAX_PUSH_MUTATIONS;
  const maxBytes = limits.maxBytes ?? MAX_PUSH_BYTES;
  const mutations: PushMutation[] = [];
  let bytes = byteLength(JSON.stringify({ protocol: PROTOCOL_VERSION, clientId, mutations: [] }));
  for (const entry of entries) {
    if (mutations.length >= maxMutations) break;
    const mutation = toPushMutation(entry);
    // +1 for the comma between array items
    const size = byteLength(JSON.stringify(mutation)) + (mutations.length > 0 ? 1 : 0);
    if (mutations.length > 0 && bytes + size > maxBytes) break;
    mutations.push(mutation);
    bytes += size;
  }
  return { protocol: PROTOCOL_VERSION, clientId, mutations };
}
