// Live proof-of-posting state of one item; undefined while loading.
import { useDbQuery } from '../../data';
import type { ReviewItemKind } from '../../domain/review';
import { loadProofState, type ProofState } from './proof-queries';

export function useProofState(itemKind: ReviewItemKind, itemId: string): ProofState | undefined {
  return useDbQuery((db) => loadProofState(db, itemKind, itemId), [itemKind, itemId]);
}
