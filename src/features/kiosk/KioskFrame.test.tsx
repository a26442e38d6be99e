// The kiosk as a resident at the touch screen sees it: a screen of its own with none of the
// staff frame (navigation, account, sync status, export), a slim bar with 长辈模式 (on) and
// the language, and real full screen asked for on the first tap, again after it was left,
// with a refusal changing nothing.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, resetAppState } from '../../app/test-render-app';

let fullscreenElement: Element | null = null;
const requestFullscreen = vi.fn<(options?: FullscreenOptions) => Promise<void>>();

beforeEach(async () => {
  await resetAppState();
  fullscreenElement = null;
  requestFullscreen.mockReset();
  // jsdom has no Fullscreen API: a browser that allows it, for these tests.
  Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
  Object.defineProperty(document, 'fullscreenElement', {
    configurable: true,
    get: () => fullscreenElement,
  });
  document.documentElement.requestFullscreen = requestFullscreen;
});

afterEach(() => {
  Reflect.deleteProperty(document, 'fullscreenEnabled');
  Reflect.deleteProperty(document, 'fullscreenElement');
  Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
});

describe('kiosk frame', () => {
  it('shows no staff navigation, account, sync status or export; 长辈模式 is on in its bar', async () => {
    renderApp('/kiosk');
    expect(await screen.findByRole('heading', { level: 1, name: /村务公开查询/ })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: '主导航' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '跳到主要内容' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /导出/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/条待同步/)).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toHaveValue('zh-CN');
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: '长辈模式' })).toHaveAttribute(
        'aria-checked',
        'true',
      ),
    );
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('asks for full screen on the first tap, and again only once full screen was left', async () => {
    const user = userEvent.setup();
    requestFullscreen.mockImplementation(() => {
      fullscreenElement = document.documentElement;
      return Promise.resolve();
    });
    renderApp('/kiosk');
    const heading = await screen.findByRole('heading', { level: 2, name: '登记这台触摸屏' });
    expect(requestFullscreen).not.toHaveBeenCalled();

    await user.click(heading);
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    await user.click(heading);
    expect(requestFullscreen).toHaveBeenCalledTimes(1);

    fullscreenElement = null; // the resident pressed Esc, or a system dialog took over
    await user.click(heading);
    expect(requestFullscreen).toHaveBeenCalledTimes(2);
  });

  it('keeps working in its window when the browser refuses full screen', async () => {
    const user = userEvent.setup();
    requestFullscreen.mockRejectedValue(new TypeError('Permissions check failed'));
    renderApp('/kiosk');
    const input = await screen.findByLabelText('触摸屏登记码');
    await user.click(input);
    await user.type(input, 'abc');
    expect(requestFullscreen).toHaveBeenCalled();
    expect(input).toHaveValue('abc');
    expect(screen.getByRole('button', { name: '登记' })).toBeEnabled();
  });
});
