// The service-worker glue, with the build-time virtual module replaced: registration
// waits for the page load, and another tab's update never reloads this one.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

const registered: { options?: RegisterSWOptions; updateServiceWorker: ReturnType<typeof vi.fn> } = {
  updateServiceWorker: vi.fn(() => Promise.resolve()),
};
let needRefresh = false;

vi.mock('./register-sw', () => ({
  useRegisterSW: (options: RegisterSWOptions) => {
    registered.options = options;
    return {
      needRefresh: [needRefresh, () => undefined],
      offlineReady: [false, () => undefined],
      updateServiceWorker: registered.updateServiceWorker,
    };
  },
}));

const { useUpdatePrompt } = await import('./useUpdatePrompt');

beforeEach(() => {
  needRefresh = false;
  registered.updateServiceWorker.mockClear();
});

describe('useUpdatePrompt', () => {
  it('registers after the page has loaded, not during the first screen', () => {
    renderHook(() => useUpdatePrompt());
    expect(registered.options?.immediate).toBe(false);
  });

  it('reports a waiting version and activates it only when asked', () => {
    needRefresh = true;
    const { result } = renderHook(() => useUpdatePrompt());
    expect(result.current.isUpdateWaiting).toBe(true);
    expect(registered.updateServiceWorker).not.toHaveBeenCalled();
    act(() => result.current.applyUpdate());
    expect(registered.updateServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('does not reload when another tab activated the new version; it shows the notice instead', () => {
    const reload = vi.fn();
    const location = window.location;
    vi.stubGlobal('location', { ...location, reload });
    try {
      const { result } = renderHook(() => useUpdatePrompt());
      expect(result.current.isUpdateWaiting).toBe(false);
      act(() => registered.options?.onNeedReload?.());
      expect(reload).not.toHaveBeenCalled();
      expect(result.current.isUpdateWaiting).toBe(true);
      act(() => result.current.applyUpdate());
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
