// The import worker: parses and checks the spreadsheet off the main thread, so the screen
// keeps answering taps while a 5,000-row sheet is read on a cheap phone. The spreadsheet
// library and the pinyin dictionary load here, never with the app's screens.
// Messages: 'analyse' (bytes → preview or mapping question), then 'map' (the cadre's
// answer → preview) for the sheet kept from the last 'analyse'.
import { analyseFile, previewSheet, type LoadedSheet } from './import-analysis';
import type { WorkerRequest, WorkerResponse } from './import-worker-protocol';

let lastSheet: LoadedSheet | null = null;

function answer(request: WorkerRequest): WorkerResponse {
  const startedAt = performance.now();
  try {
    if (request.type === 'analyse') {
      const { result, sheet } = analyseFile(request.fileName, new Uint8Array(request.bytes), {
        remembered: request.remembered,
        context: request.context,
      });
      lastSheet = sheet;
      return { id: request.id, ok: true, result, busyMs: performance.now() - startedAt };
    }
    if (!lastSheet) return { id: request.id, ok: false };
    const result = previewSheet(lastSheet, request.mapping, request.context);
    return { id: request.id, ok: true, result, busyMs: performance.now() - startedAt };
  } catch {
    return { id: request.id, ok: false };
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(answer(event.data));
};
