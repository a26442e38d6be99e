// The village page behind the QR code: its notices are requested by the route's loader
// (alongside the page's code), shown once they arrive; with no network the resident reads
// why in words and can try again without reloading.
import { renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicVillageResponse } from '../../domain/public-view';
import { ApiError } from '../../sync/api-client';
import { renderApp, resetAppState } from '../../app/test-render-app';
import { loadPublicVillage } from './public-village-loader';
import { usePublicVillage } from './usePublicVillage';

const VILLAGE = '360735101200';

const village: PublicVillageResponse = {
  village: { code: VILLAGE, name: '小松村委会' },
  today: '2025-11-20',
  notices: [
    {
      id: 'n1',
      category: 'village',
      type: 'project',
      title: '通组道路硬化完工公示',
      body: '第三组至第五组通组道路硬化已完工。',
      period: { start: '2025-11-18', end: '2025-11-24', status: 'open', remainingWorkingDays: 3 },
      correctsId: null,
    },
  ],
  batches: [],
};

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(resetAppState);
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('public village page', () => {
  it('asks for this village once and shows its notices', async () => {
    const fetchMock = vi.fn(async (_input: string) => answer(village));
    vi.stubGlobal('fetch', fetchMock);
    renderApp(`/v/${VILLAGE}`);
    expect(await screen.findByText('通组道路硬化完工公示')).toBeInTheDocument();
    expect(screen.queryByText(i18next.t('publicView.loading'))).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/public/villages/${VILLAGE}`);
  });

  it('says there is no network, and shows the notices after trying again', async () => {
    const fetchMock = vi.fn(async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    renderApp(`/v/${VILLAGE}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(i18next.t('publicView.offline'));

    fetchMock.mockImplementation(async () => answer(village));
    await userEvent.click(screen.getByRole('button', { name: i18next.t('publicView.retry') }));
    expect(await screen.findByText('通组道路硬化完工公示')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a village with no public page apart from a failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer({ error: 'not-found' }, 404)),
    );
    renderApp(`/v/${VILLAGE}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(i18next.t('publicView.notFound'));
    expect(screen.queryByRole('button', { name: i18next.t('publicView.retry') })).toBeNull();
  });
});

describe('loadPublicVillage and usePublicVillage', () => {
  it('turns failures into a state, never a rejected promise', async () => {
    const load = loadPublicVillage(VILLAGE, () => Promise.reject(new ApiError(0, 'timeout')));
    await expect(load.settled).resolves.toEqual({ status: 'error', code: 'timeout' });
    expect(load.result).toEqual({ status: 'error', code: 'timeout' });
  });

  it('shows an answer that came before the page in its first render (no loading flash)', async () => {
    const load = loadPublicVillage(VILLAGE, () => Promise.resolve(village));
    await load.settled;
    const rendered: string[] = [];
    renderHook(() => {
      const state = usePublicVillage(load);
      rendered.push(state.status);
      return state;
    });
    expect(rendered[0]).toBe('ready');
  });

  it('is loading until a pending answer arrives', async () => {
    let resolve: (value: PublicVillageResponse) => void = () => undefined;
    const load = loadPublicVillage(
      VILLAGE,
      () => new Promise<PublicVillageResponse>((r) => (resolve = r)),
    );
    const { result, rerender } = renderHook(() => usePublicVillage(load));
    expect(result.current).toEqual({ status: 'loading' });
    resolve(village);
    await load.settled;
    rerender();
    expect(result.current).toMatchObject({ status: 'ready', value: { today: '2025-11-20' } });
  });
});
