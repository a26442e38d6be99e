import { useTranslation } from 'react-i18next';
import type { PublicItem } from '../public/archive-filter';
import { KioskHighlights } from './KioskHighlights';
import type { KioskView } from './kiosk-view';

interface KioskHomeProps {
  highlights: PublicItem[];
  onGo: (view: KioskView) => void;
  onOpen: (item: PublicItem) => void;
}

/** Start screen: four big tiles and what is in its notice period now. */
export function KioskHome({ highlights, onGo, onOpen }: KioskHomeProps) {
  const { t } = useTranslation();
  const tiles: [string, KioskView][] = [
    [t('kioskView.tiles.party'), { kind: 'list', topic: 'party' }],
    [t('kioskView.tiles.village'), { kind: 'list', topic: 'village' }],
    [t('kioskView.tiles.finance'), { kind: 'list', topic: 'finance' }],
    [t('kioskView.tiles.lookup'), { kind: 'lookup' }],
  ];
  return (
    // Tiles and highlights side by side on the landscape screen, so the start screen fits
    // without scrolling; stacked on a narrow one.
    <div className="kiosk-home">
      <nav aria-label={t('kioskView.tiles.label')}>
        <ul className="kiosk-tiles">
          {tiles.map(([label, view]) => (
            <li key={label}>
              <button type="button" className="kiosk-tile" onClick={() => onGo(view)}>
                {label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="kiosk-highlights">
        <h2 id="kiosk-highlights">{t('kioskView.highlights.heading')}</h2>
        <KioskHighlights items={highlights} onOpen={onOpen} />
      </section>
    </div>
  );
}
