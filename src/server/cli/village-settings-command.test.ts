// `npm run admin -- village-settings <code> …` as the county administrator uses it: it
// shows the settings with their defaults named, changes them within the domain's bounds,
// says plainly what is wrong, and leaves the same audit record as the reviewer's screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VillageSettingsResponse } from '../../domain/village-settings';
import { VILLAGE_A, VILLAGE_B } from '../auth/test-accounts';
import { startTestServer, type TestServer } from '../sync/test-server';
import { runAdminCommand } from './admin-commands';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const run = (...argv: string[]) => runAdminCommand(server.storage, argv);

describe('village-settings', () => {
  it('shows a village that never chose, every value marked as the default', async () => {
    expect(await run('village-settings', VILLAGE_B)).toEqual([
      'Settings of 罗源村委会 (360735101201):',
      '  --phone-names  masked (default)',
      '  --grace-days   30 (default)',
      '  --reply-days   5 (default)',
    ]);
  });

  it('changes settings, says what changed, and records it for the reviewer’s screen', async () => {
    const lines = await run(
      'village-settings',
      VILLAGE_A,
      '--phone-names',
      'full',
      '--grace-days',
      '0',
      '--reply-days',
      '3',
    );
    expect(lines).toEqual([
      'Changed --phone-names: masked → full.',
      'Changed --grace-days: 30 → 0.',
      'Changed --reply-days: 5 → 3.',
      'Settings of 小松村委会 (360735101200):',
      '  --phone-names  full',
      '  --grace-days   0',
      '  --reply-days   3',
    ]);
    const answer = (
      await server.app.inject({
        method: 'GET',
        url: `/api/villages/${VILLAGE_A}/settings`,
        headers: { authorization: server.accounts.reviewer.auth },
      })
    ).json<VillageSettingsResponse>();
    expect(answer.settings).toEqual({
      phoneNames: 'full',
      phoneGraceDays: 0,
      objectionReplyWorkingDays: 3,
    });
    expect(answer.changes).toHaveLength(3);
    for (const change of answer.changes) expect(change.changedBy).toMatch(/^admin-cli/);

    expect(await run('village-settings', VILLAGE_A, '--grace-days', '0')).toEqual([
      'Nothing changed: the village already has these settings.',
      ...lines.slice(3),
    ]);
    // Back to the defaults: each line says so again.
    const reset = await run('village-settings', VILLAGE_A, '--phone-names', 'masked');
    expect(reset[0]).toBe('Changed --phone-names: full → masked.');
    expect(reset[2]).toBe('  --phone-names  masked (default)');
  });

  it.each([
    [['village-settings'], /^Give the 12-digit code of a village/],
    [['village-settings', '360735101'], /^Give the 12-digit code of a village/],
    [['village-settings', '360735101999'], /^Give the 12-digit code of a village/],
    [['village-settings', VILLAGE_B, '--phone-names', 'partly'], /must be one of masked, full/],
    [['village-settings', VILLAGE_B, '--grace-days', '366'], /from 0 to 365, got "366"/],
    [['village-settings', VILLAGE_B, '--grace-days', '-1'], /from 0 to 365/],
    [['village-settings', VILLAGE_B, '--reply-days', '0'], /from 1 to 15, got "0"/],
    [['village-settings', VILLAGE_B, '--reply-days', '2.5'], /from 1 to 15/],
    [['village-settings', VILLAGE_B, '--grace-days'], /--grace-days needs a value/],
    [['village-settings', VILLAGE_B, '--show-ids', 'yes'], /Unknown option --show-ids/],
  ])('%j is refused: %s', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(message);
  });

  it('changed nothing while refusing', async () => {
    expect((await run('village-settings', VILLAGE_B)).slice(1)).toEqual([
      '  --phone-names  masked (default)',
      '  --grace-days   30 (default)',
      '  --reply-days   5 (default)',
    ]);
  });
});
