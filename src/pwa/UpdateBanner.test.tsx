// The update notice never lets a reload happen while records wait to sync.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { UpdateBanner } from './UpdateBanner';

beforeAll(async () => {
  await initI18n();
  await changeLanguage('zh-CN');
});

describe('UpdateBanner', () => {
  it('keeps the update unavailable, with the reason in words, while records wait to sync', async () => {
    const user = userEvent.setup();
    const onApplyUpdate = vi.fn();
    render(<UpdateBanner pendingCount={2} onApplyUpdate={onApplyUpdate} />);
    expect(screen.getByText('有新版本可用。')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: '重新加载以更新' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(expect.stringContaining('还有 2 条记录没有同步'));
    await user.click(button);
    expect(onApplyUpdate).not.toHaveBeenCalled();
  });

  it('waits while the outbox count is still unknown', async () => {
    const user = userEvent.setup();
    const onApplyUpdate = vi.fn();
    render(<UpdateBanner pendingCount={null} onApplyUpdate={onApplyUpdate} />);
    await user.click(screen.getByRole('button', { name: '重新加载以更新' }));
    expect(onApplyUpdate).not.toHaveBeenCalled();
  });

  it('applies the update only when the person asks and nothing waits', async () => {
    const user = userEvent.setup();
    const onApplyUpdate = vi.fn();
    render(<UpdateBanner pendingCount={0} onApplyUpdate={onApplyUpdate} />);
    const button = screen.getByRole('button', { name: '重新加载以更新' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(onApplyUpdate).not.toHaveBeenCalled();
    await user.click(button);
    expect(onApplyUpdate).toHaveBeenCalledTimes(1);
  });
});
