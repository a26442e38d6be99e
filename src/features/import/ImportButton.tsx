// Entry point of the spreadsheet import on a batch screen. The panel, its commands and
// (through its worker) the spreadsheet library are downloaded only when the cadre taps
// the button, so the screens themselves stay as light as before.
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutBatch } from '../../domain/payout';
import { loadFeatureStrings } from '../../i18n/feature-strings';
import type { ImportPanelProps } from './ImportPanel';

let panelLoad: Promise<ComponentType<ImportPanelProps>> | null = null;

function loadPanel(): Promise<ComponentType<ImportPanelProps>> {
  panelLoad ??= Promise.all([import('./ImportPanel'), loadFeatureStrings(['import'])]).then(
    ([module]) => module.ImportPanel,
    (error: unknown) => {
      // Lost signal on a first visit: let a later tap try again.
      panelLoad = null;
      throw error;
    },
  );
  return panelLoad;
}

export function ImportButton({ batch }: { batch: PayoutBatch }) {
  const { t } = useTranslation();
  const [hasStrings, setHasStrings] = useState(false);
  const [isOpening, setIsOpening] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<ImportPanelProps> | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // The button's own words are in the feature's strings (a small file).
    void loadFeatureStrings(['import']).then(() => {
      if (isCurrent) setHasStrings(true);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (!hasStrings) return null;
  if (Panel) return <Panel batch={batch} onClose={() => setPanel(null)} />;

  async function open() {
    setIsOpening(true);
    try {
      const component = await loadPanel();
      // A component is a function: wrap it so React stores it rather than calling it.
      setPanel(() => component);
    } finally {
      setIsOpening(false);
    }
  }

  return (
    <button type="button" className="button" onClick={() => void open()} aria-busy={isOpening}>
      {isOpening ? t('import.opening') : t('import.open')}
    </button>
  );
}
