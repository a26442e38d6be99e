// The panel's side of the import worker: one worker per open panel, requests answered in
// order by id. The worker is created only when the cadre chooses a file, so the
// spreadsheet library is downloaded then and never with a screen.
import type { ColumnMapping, ImportContext } from '../../domain/import/import-types';
import type { AnalysisResult } from './import-analysis';
import type { WorkerRequest, WorkerResponse } from './import-worker-protocol';

/** Thrown when the worker could not read the file at all (it crashed or failed to load). */
export class ImportWorkerError extends Error {}

export interface ImportWorkerClient {
  analyse(
    fileName: string,
    bytes: ArrayBuffer,
    remembered: Record<string, ColumnMapping>,
    context: ImportContext,
  ): Promise<AnalysisResult>;
  map(mapping: ColumnMapping, context: ImportContext): Promise<AnalysisResult>;
  close(): void;
}

type Pending = { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void };

export function createImportWorkerClient(): ImportWorkerClient {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if (event.data.ok) {
      // A user-timing mark, seen in a phone's DevTools profile and read by the benchmark.
      performance.mark('import-worker-busy', { detail: event.data.busyMs });
      waiting.resolve(event.data.result);
    } else waiting.reject(new ImportWorkerError('import worker failed'));
  };
  worker.onerror = () => {
    for (const waiting of pending.values())
      waiting.reject(new ImportWorkerError('import worker crashed'));
    pending.clear();
  };

  function send(request: WorkerRequest, transfer: Transferable[] = []): Promise<AnalysisResult> {
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request, transfer);
    });
  }

  return {
    analyse(fileName, bytes, remembered, context) {
      // Transferred, not copied: a 20 MB file is not duplicated in memory.
      return send({ type: 'analyse', id: nextId++, fileName, bytes, remembered, context }, [bytes]);
    },
    map(mapping, context) {
      return send({ type: 'map', id: nextId++, mapping, context });
    },
    close() {
      worker.terminate();
      for (const waiting of pending.values()) waiting.reject(new ImportWorkerError('closed'));
      pending.clear();
    },
  };
}
