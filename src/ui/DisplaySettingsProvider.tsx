import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import {
  applyDisplaySettings,
  loadDisplaySettings,
  storeDisplaySettings,
  type DisplaySettings,
} from './display-settings';
import { DisplaySettingsContext, type DisplaySettingsValue } from './display-settings-context';
import type { TextSize } from './tokens';

/** Holds the display settings, reading the remembered ones on mount and applying every change to <html>. */
export function DisplaySettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<DisplaySettings>(loadDisplaySettings);

  // Layout effect: the new size applies before the browser paints, so the page never jumps twice.
  useLayoutEffect(() => {
    applyDisplaySettings(settings);
    storeDisplaySettings(settings);
  }, [settings]);

  // Stable setters: a screen that sets a mode once on mount (the kiosk) must not re-run
  // its effect, and undo the person's own choice, whenever a setting changes.
  const setElderMode = useCallback(
    (isElderMode: boolean) => setSettings((s) => ({ ...s, isElderMode })),
    [],
  );
  const setTextSize = useCallback(
    (textSize: TextSize) => setSettings((s) => ({ ...s, textSize })),
    [],
  );

  const value = useMemo<DisplaySettingsValue>(
    () => ({ ...settings, setElderMode, setTextSize }),
    [settings, setElderMode, setTextSize],
  );
  return (
    <DisplaySettingsContext.Provider value={value}>{children}</DisplaySettingsContext.Provider>
  );
}
