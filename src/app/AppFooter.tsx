import type { SyncStatus } from '../sync/useSyncStatus';
import { ExportUnsyncedButton } from './ExportUnsyncedButton';
import { SyncStatusText } from './SyncStatusText';

/** Sync status and the export escape hatch, on every page. */
export function AppFooter({ syncStatus }: { syncStatus: SyncStatus }) {
  return (
    <footer className="app-footer">
      <SyncStatusText status={syncStatus} />
      <ExportUnsyncedButton />
    </footer>
  );
}
