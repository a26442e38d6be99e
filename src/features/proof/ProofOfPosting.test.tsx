// The cadre photographs the posted paper notice on a phone with no signal: the photo is
// kept and shown, the state says 待同步 until the server has stamped it, then
// "已上传张贴照片 · 服务器时间 HH:mm" with the server's time (never the phone's clock).
// Only a cadre gets the camera control; the notice screen offers it once published.
import { screen, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase, renderApp, resetAppState } from '../../app/test-render-app';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import { signInOnDevice, testUser } from '../../../test/helpers/signed-in-device';
import { listOutbox, type AppDatabase } from '../../data';
import type { JpegEncoder } from '../notices/attachment-files';
import { ProofOfPosting } from './ProofOfPosting';
import { PROOF_VILLAGE, proofTestNotice } from '../../../test/fixtures/proof-fixtures';

const fakeEncoder = async (): Promise<JpegEncoder> => async () =>
  new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });

let db: AppDatabase;
beforeEach(async () => {
  await resetAppState();
  db = freshDatabase();
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
  Object.assign(URL, { createObjectURL: () => 'blob:test/photo', revokeObjectURL: () => {} });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('proof of posting', { timeout: 30_000 }, () => {
  it('keeps the photo offline and says it waits for sync', async () => {
    const notice = proofTestNotice();
    await db.notices.add(notice);
    const user = userEvent.setup();
    render(
      <ProofOfPosting itemKind="notice" itemId={notice.id} canAdd makeEncoder={fakeEncoder} />,
    );
    expect(await screen.findByText('未上传张贴照片')).toBeInTheDocument();

    const photo = new File([new Uint8Array(2048)], 'IMG_0042.jpg', { type: 'image/jpeg' });
    await user.upload(screen.getByLabelText('拍照上传张贴照片'), photo);

    expect(await screen.findByText('张贴照片已保存在本机，待同步')).toBeInTheDocument();
    expect(screen.getByText('照片已保存，联网后会自动上传。')).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: '张贴照片' })).toHaveAttribute(
      'src',
      'blob:test/photo',
    );
    const outbox = await listOutbox(db);
    expect(outbox.map((e) => e.name)).toEqual(['proof.add']);
    expect(outbox[0]?.args).toMatchObject({ itemKind: 'notice', itemId: notice.id });
  });

  it('shows the server time once the server has stamped the proof', async () => {
    const postedAt = new Date(2025, 10, 20, 10, 42).getTime();
    const notice = proofTestNotice({
      proofs: [{ id: crypto.randomUUID(), sha256: 'b'.repeat(64), postedAt }],
    });
    await db.notices.add(notice);
    render(<ProofOfPosting itemKind="notice" itemId={notice.id} canAdd={false} />);

    expect(await screen.findByText('已上传张贴照片 · 服务器时间 10:42')).toBeInTheDocument();
    expect(screen.queryByText(/待同步/)).not.toBeInTheDocument();
    // Not a cadre: no camera control, and no thumbnail without the bytes on this device.
    expect(screen.queryByLabelText('拍照上传张贴照片')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('is offered on a published notice and not on a draft', async () => {
    const published = proofTestNotice();
    const draft = proofTestNotice({ state: 'draft', title: '草稿公告' });
    await db.notices.bulkAdd([published, draft]);

    const page = renderApp(`/village/${PROOF_VILLAGE}/notices/${published.id}`, db);
    const section = await screen.findByRole('region', { name: '张贴照片' });
    expect(within(section).getByLabelText('拍照上传张贴照片')).toHaveAttribute(
      'capture',
      'environment',
    );
    page.unmount();

    renderApp(`/village/${PROOF_VILLAGE}/notices/${draft.id}`, db);
    expect(await screen.findByDisplayValue('草稿公告')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '张贴照片' })).not.toBeInTheDocument();
  });

  it('is offered to the cadre on a published batch, not to the supervisor', async () => {
    const batch = draftBatch({ villageCode: PROOF_VILLAGE, state: 'published' });
    await db.batches.add(batch);
    const page = renderApp(`/village/${PROOF_VILLAGE}/batch/${batch.id}`, db);
    const section = await screen.findByRole('region', { name: '张贴照片' });
    expect(within(section).getByText('未上传张贴照片')).toBeInTheDocument();
    expect(within(section).getByLabelText('拍照上传张贴照片')).toBeInTheDocument();
    page.unmount();

    await signInOnDevice(db, testUser('village-supervisor', { regionCode: PROOF_VILLAGE }));
    renderApp(`/village/${PROOF_VILLAGE}/batch/${batch.id}`, db);
    const seen = await screen.findByRole('region', { name: '张贴照片' });
    expect(within(seen).getByText('未上传张贴照片')).toBeInTheDocument();
    expect(within(seen).queryByLabelText('拍照上传张贴照片')).not.toBeInTheDocument();
  });
});
