// Messages between the import panel and the import worker. Types only, so the panel's
// code does not pull in what the worker runs.
import type { ColumnMapping, ImportContext } from '../../domain/import/import-types';
import type { AnalysisResult } from './import-analysis';

export type WorkerRequest =
  | {
      type: 'analyse';
      id: number;
      fileName: string;
      bytes: ArrayBuffer;
      remembered: Record<string, ColumnMapping>;
      context: ImportContext;
    }
  | { type: 'map'; id: number; mapping: ColumnMapping; context: ImportContext };

/** busyMs: the worker's own time on the request (DevTools cannot slow a worker down). */
export type WorkerResponse =
  { id: number; ok: true; result: AnalysisResult; busyMs: number } | { id: number; ok: false };
