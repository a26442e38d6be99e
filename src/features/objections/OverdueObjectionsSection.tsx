import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { divisionName } from '../../domain/divisions';
import type { OverdueCountsResponse } from '../../domain/objection';
import { fetchOverdueObjectionCounts } from '../../sync/objections-api';
import './objections.css';

type Loaded =
  { status: 'loading' } | { status: 'ready'; value: OverdueCountsResponse } | { status: 'error' };

/**
 * 逾期未答复异议 on the township dashboard: per village, how many residents' objections
 * are past their 5-working-day reply date. Counted on the server (objections are not
 * synced to the reviewer's device), so it needs the network.
 */
export function OverdueObjectionsSection({ token }: { token: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ token: string; value: Loaded } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    fetchOverdueObjectionCounts(token).then(
      (value) => isCurrent && setLoaded({ token, value: { status: 'ready', value } }),
      () => isCurrent && setLoaded({ token, value: { status: 'error' } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [token]);

  const state: Loaded = loaded?.token === token ? loaded.value : { status: 'loading' };
  return (
    <section className="overdue-objections" aria-labelledby="overdue-objections-heading">
      <h2 id="overdue-objections-heading">{t('objections.overdue.heading')}</h2>
      <p>{t('objections.overdue.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('objections.overdue.loading')}</p>}
      {state.status === 'error' && <p role="status">{t('objections.overdue.failed')}</p>}
      {state.status === 'ready' && state.value.villages.length === 0 && (
        <p>{t('objections.overdue.none')}</p>
      )}
      {state.status === 'ready' && state.value.villages.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('objections.overdue.village')}</th>
              <th scope="col">{t('objections.overdue.count')}</th>
              <th scope="col">{t('objections.overdue.open')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.villages.map((row) => {
              const name = divisionName(row.villageCode) ?? row.villageCode;
              return (
                <tr key={row.villageCode}>
                  <th scope="row">{name}</th>
                  <td>{row.overdueCount}</td>
                  <td>
                    <Link
                      to={`/village/${row.villageCode}/objections`}
                      aria-label={t('objections.overdue.openLabel', { name })}
                    >
                      {t('objections.overdue.open')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
