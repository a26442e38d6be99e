import type { ReactNode } from 'react';
import { DisplaySettingsProvider } from '../ui/DisplaySettingsProvider';
import { AppErrorBoundary } from './AppErrorBoundary';

/** Everything every screen needs around it; the router goes inside. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <AppErrorBoundary>
      <DisplaySettingsProvider>{children}</DisplaySettingsProvider>
    </AppErrorBoundary>
  );
}
