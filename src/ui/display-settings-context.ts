// React access to the display settings; the provider is DisplaySettingsProvider.tsx.
import { createContext, useContext } from 'react';
import { DEFAULT_DISPLAY_SETTINGS, type DisplaySettings } from './display-settings';
import type { TextSize } from './tokens';

export interface DisplaySettingsValue extends DisplaySettings {
  setElderMode: (isElderMode: boolean) => void;
  setTextSize: (textSize: TextSize) => void;
}

export const DisplaySettingsContext = createContext<DisplaySettingsValue>({
  ...DEFAULT_DISPLAY_SETTINGS,
  setElderMode: () => undefined,
  setTextSize: () => undefined,
});

export function useDisplaySettings(): DisplaySettingsValue {
  return useContext(DisplaySettingsContext);
}
