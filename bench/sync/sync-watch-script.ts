// A tiny script installed in the page before the app's own code runs (an init script,
// which the app's Content Security Policy does not apply to). It notes, on the page's
// clock, when the first pull request left and when the sync status line first reads
// exactly the done text ("0 条待同步 · 上次同步 …" and no phase after it), so the app's
// own sync is timed without polling from outside. Plain JavaScript in a string: the
// page must run it as written, with nothing added by the TypeScript loader.

export interface SyncWatch {
  firstPullAt: number | null;
  statusAt: number | null;
  statusText: string;
  /** per pull request: start, and the wait until the first byte of the answer */
  pulls: { startedAt: number; waitMs: number }[];
}

export const SYNC_WATCH_GLOBAL = '__cunwuSyncWatch';

export function syncWatchScript(donePattern: string): string {
  return `(() => {
  const done = new RegExp(${JSON.stringify(donePattern)});
  const watch = { firstPullAt: null, statusAt: null, statusText: '', pulls: [] };
  window[${JSON.stringify(SYNC_WATCH_GLOBAL)}] = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.name.endsWith('/api/sync/pull')) continue;
      watch.pulls.push({ startedAt: entry.startTime, waitMs: entry.responseStart - entry.startTime });
      if (watch.firstPullAt === null || entry.startTime < watch.firstPullAt) watch.firstPullAt = entry.startTime;
    }
  }).observe({ type: 'resource', buffered: true });
  new MutationObserver(() => {
    if (watch.statusAt !== null) return;
    const element = document.querySelector('[role="status"].sync-status');
    const text = element && element.textContent ? element.textContent.trim() : '';
    watch.statusText = text;
    if (done.test(text)) watch.statusAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}
