// A cadre finds a mistake in a published notice: the notice offers "发布更正" only to the
// village cadre and only while no correction exists; once one is under way or published,
// the page links to it instead. The new draft names the version it replaces, with a link.
// Real Dexie on fake-indexeddb, the whole app on a memory router.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signInOnDevice, testUser } from '../../../test/helpers/signed-in-device';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { listOutbox, type AppDatabase } from '../../data';
import type { Notice } from '../../domain/notice';
import { uuidv7 } from '../../domain/uuid';
import { formatDateTime } from '../../ui/format-time';

const VILLAGE_CODE = '360735101200';
const PUBLISHED_AT = new Date(2025, 10, 12, 9, 30).getTime();
let db: AppDatabase;

beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
});

function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: uuidv7(),
    version: 3,
    createdAt: PUBLISHED_AT,
    updatedAt: PUBLISHED_AT,
    villageCode: VILLAGE_CODE,
    category: 'village',
    type: 'assembly-resolution',
    title: '村民代表会议决议公开',
    body: '经村民代表会议表决通过。',
    periodStart: '2025-11-12',
    periodEnd: '2025-11-20',
    attachments: [],
    state: 'published',
    authorId: uuidv7(),
    submittedAt: PUBLISHED_AT,
    returnedReason: null,
    correctsId: null,
    publishedAt: PUBLISHED_AT,
    ...overrides,
  };
}

async function openNotice(id: string) {
  const app = renderApp(`/village/${VILLAGE_CODE}/notices/${id}`, db);
  await screen.findByRole('heading', { level: 1 });
  return app;
}

describe('correcting a published notice', { timeout: 30_000 }, () => {
  it('lets the cadre start a correction that opens in the editor and names what it replaces', async () => {
    const user = userEvent.setup();
    const published = notice();
    await db.notices.add(published);
    const { router } = await openNotice(published.id);

    await user.click(await screen.findByRole('button', { name: '发布更正' }));

    expect(await screen.findByRole('heading', { level: 1, name: '修改公告' })).toBeInTheDocument();
    const draftId = router.state.location.pathname.split('/').pop() ?? '';
    expect(draftId).not.toBe(published.id);
    expect(screen.getByLabelText('标题')).toHaveValue('村民代表会议决议公开');
    const note = await screen.findByText(/更正：替代/);
    expect(note).toHaveTextContent(
      `更正：替代 村民代表会议决议公开（发布于 ${formatDateTime(PUBLISHED_AT)}）`,
    );
    expect(within(note).getByRole('link', { name: '村民代表会议决议公开' })).toHaveAttribute(
      'href',
      `/village/${VILLAGE_CODE}/notices/${published.id}`,
    );
    expect((await listOutbox(db)).map((e) => e.name)).toEqual(['notice.put']);

    // Back on the published notice the button gave way to a link to the draft.
    await user.click(within(note).getByRole('link'));
    expect(await screen.findByRole('link', { name: '继续编辑这条公告的更正草稿' })).toHaveAttribute(
      'href',
      `/village/${VILLAGE_CODE}/notices/${draftId}`,
    );
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();
  });

  it.each([
    {
      name: 'a replaced notice links to the version that replaced it',
      source: { supersededById: 'replacement' },
      correction: { state: 'published' as const },
      link: '这条公告已被更正，查看更正后的一版',
    },
    {
      name: 'a notice whose correction is under review links to it',
      source: {},
      correction: { state: 'submitted' as const },
      link: '查看这条公告的更正（审核中）',
    },
  ])('$name, without the button', async ({ source, correction, link }) => {
    const publishedId = uuidv7();
    const replacement = notice({
      ...correction,
      correctsId: publishedId,
      title: '决议公开（更正）',
    });
    const published = notice({
      id: publishedId,
      ...('supersededById' in source ? { supersededById: replacement.id } : {}),
    });
    await db.notices.bulkAdd([published, replacement]);
    await openNotice(published.id);

    expect(await screen.findByRole('link', { name: link })).toHaveAttribute(
      'href',
      `/village/${VILLAGE_CODE}/notices/${replacement.id}`,
    );
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();
  });

  it('offers the correction to the village cadre only, not to a township reviewer', async () => {
    const published = notice();
    await db.notices.add(published);
    await signInOnDevice(db, testUser('township-reviewer'));
    await openNotice(published.id);
    expect(await screen.findByRole('link', { name: '去审核这条公告' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '发布更正' })).not.toBeInTheDocument();

    // The same screen once the village's cadre signs in on this device.
    await signInOnDevice(db, testUser('village-cadre', { regionCode: VILLAGE_CODE }));
    expect(await screen.findByRole('button', { name: '发布更正' })).toBeInTheDocument();
  });
});
