// A cadre opens the village workspace once with a signal, saves a draft, then loses the signal
// (the usual case in the fields): the app must still open from the service worker with the
// draft listed and the sync status saying it is waiting to be sent.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './helpers/launch-browser';
import { startServer, type RunningServer } from './helpers/start-server';
import { VillagePage } from './pages/village-page';

const VILLAGE_CODE = '360735101200';

describe('offline start', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a draft saved on the phone is still there when the app is reopened with no signal', async () => {
    const context = await browser.newContext();
    const village = new VillagePage(await context.newPage(), server.url);
    const draft = { year: '2025', item: '耕地地力保护补贴', unit: '亩', rateText: '112.5元/亩' };

    await village.openVillage(VILLAGE_CODE);
    await village.waitUntilReadyOffline();
    await village.saveDraft(draft);

    await context.setOffline(true);
    await village.reload();

    // reload() waited for the heading: the shell came from the service worker.
    expect(await village.heading.isVisible()).toBe(true);
    await village.listedBatch(draft).waitFor();
    expect(await village.listedBatch(draft).count()).toBe(1);
    await village.syncSummary(1).waitFor();
    expect(await village.syncSummary(1).isVisible()).toBe(true);
    await context.close();
  });
});
