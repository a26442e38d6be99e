import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadLastVillageCode } from '../village/last-village';
import { listTownshipGroups, listVillageOptions, townshipOf } from './division-options';

/**
 * Township → village, with native selects (large and familiar on every phone), then
 * links to the village's workspace and public page. Starts at the last village used.
 */
export function VillagePicker() {
  const { t } = useTranslation();
  const townshipId = useId();
  const villageId = useId();
  const groups = useMemo(() => listTownshipGroups(), []);
  const [villageCode, setVillageCode] = useState<string>(() => loadLastVillageCode() ?? '');
  const [townshipCode, setTownshipCode] = useState<string>(() =>
    villageCode ? townshipOf(villageCode) : '',
  );
  const villages = useMemo(
    () => (townshipCode ? listVillageOptions(townshipCode) : []),
    [townshipCode],
  );
  const isChosen = villages.some((v) => v.code === villageCode);

  return (
    <div className="village-picker">
      <div className="setting">
        <label className="setting__label" htmlFor={townshipId}>
          {t('home.township')}
        </label>
        <select
          id={townshipId}
          className="setting__select"
          value={townshipCode}
          onChange={(event) => {
            setTownshipCode(event.target.value);
            setVillageCode('');
          }}
        >
          <option value="">{t('home.chooseTownship')}</option>
          {groups.map((group) => (
            <optgroup key={group.code} label={group.name}>
              {group.townships.map((township) => (
                <option key={township.code} value={township.code}>
                  {township.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="setting">
        <label className="setting__label" htmlFor={villageId}>
          {t('home.village')}
        </label>
        <select
          id={villageId}
          className="setting__select"
          value={isChosen ? villageCode : ''}
          onChange={(event) => setVillageCode(event.target.value)}
        >
          <option value="">
            {townshipCode ? t('home.chooseVillage') : t('home.chooseTownship')}
          </option>
          {villages.map((village) => (
            <option key={village.code} value={village.code}>
              {village.name}
            </option>
          ))}
        </select>
      </div>
      {isChosen && (
        <ul className="link-list">
          <li>
            <Link className="button" to={`/village/${villageCode}`}>
              {t('home.openWorkspace')}
            </Link>
          </li>
          <li>
            <Link className="button button--secondary" to={`/v/${villageCode}`}>
              {t('home.openPublic')}
            </Link>
          </li>
        </ul>
      )}
    </div>
  );
}
