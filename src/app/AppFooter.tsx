import { ExportUnsyncedButton } from './ExportUnsyncedButton';
import { SyncStatusText } from './SyncStatusText';

/** Sync status and the export escape hatch, on every page. */
export function AppFooter() {
  return (
    <footer className="app-footer">
      <SyncStatusText />
      <ExportUnsyncedButton />
    </footer>
  );
}
