// The footer's sync line says, in words, how many records wait, when the server last
// confirmed everything and what sync is doing now (never a colour alone).
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import type { SyncStatus } from '../sync/useSyncStatus';
import { SyncStatusText } from './SyncStatusText';

beforeAll(() => initI18n('zh-CN'));

const at = (hours: number, minutes: number) => new Date(2025, 5, 3, hours, minutes).getTime();
const base: SyncStatus = { phase: 'idle', pendingCount: 0, lastSyncAt: null, isLoaded: true };

describe('sync status text', () => {
  it.each<[string, Partial<SyncStatus>, string]>([
    ['idle, never synced', {}, '0 条待同步 · 尚未同步'],
    ['idle after a sync', { pendingCount: 2, lastSyncAt: at(9, 5) }, '2 条待同步 · 上次同步 09:05'],
    ['syncing', { phase: 'syncing', pendingCount: 1 }, '1 条待同步 · 尚未同步 · 同步中'],
    [
      'offline',
      { phase: 'offline', pendingCount: 3, lastSyncAt: at(8, 0), lastError: 'offline' },
      '3 条待同步 · 上次同步 08:00 · 离线',
    ],
    [
      'failed with a retry due',
      { phase: 'error', lastError: 'server-error', nextRetryAt: at(10, 42), lastSyncAt: at(10, 1) },
      '0 条待同步 · 上次同步 10:01 · 同步失败，将于 10:42 重试 · 服务器出了问题，请稍后再试。本机记录不会丢失。',
    ],
    [
      'failed without a retry time',
      { phase: 'error', lastError: 'storage-full' },
      '0 条待同步 · 尚未同步 · 同步失败 · 手机存储空间已满，这条记录没有保存。请清理手机空间后再试；之前保存的记录都还在。',
    ],
    [
      'nobody signed in',
      { phase: 'signed-out', pendingCount: 1 },
      '1 条待同步 · 尚未同步 · 未登录',
    ],
    [
      'sign-in expired',
      { phase: 'session-expired', pendingCount: 4, lastSyncAt: at(7, 30) },
      '4 条待同步 · 上次同步 07:30 · 登录已过期',
    ],
  ])('%s', (_case, status, text) => {
    render(<SyncStatusText status={{ ...base, ...status }} />);
    expect(screen.getByRole('status')).toHaveTextContent(text, { normalizeWhitespace: true });
    // The whole line, not just a part of it.
    expect(screen.getByRole('status').textContent?.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  it('says it is still reading instead of a false "0"', () => {
    render(<SyncStatusText status={{ ...base, isLoaded: false }} />);
    expect(screen.getByRole('status')).toHaveTextContent('正在读取同步状态…');
    expect(screen.getByRole('status')).not.toHaveTextContent(/条待同步/);
  });
});
