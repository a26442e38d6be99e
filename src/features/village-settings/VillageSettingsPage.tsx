import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import type { VillageSettingsUpdate } from '../../domain/village-settings';
import type { Role } from '../../domain/user';
import { ApiError, isApiError, type ApiErrorCode } from '../../sync';
import { saveVillageSettings } from '../../sync/village-settings-api';
import { useDivisionName } from '../village/useDivisionName';
import { SettingsHistory } from './SettingsHistory';
import { useIsOnline } from './useIsOnline';
import { useVillageSettings } from './useVillageSettings';
import { VillageSettingsForm } from './VillageSettingsForm';

const CHANGING_ROLES: readonly Role[] = ['county-admin', 'township-reviewer'];

function loadFailedKey(code: ApiErrorCode | 'unknown') {
  if (code === 'offline' || code === 'timeout')
    return 'reviewer.villageSettings.loadFailed.offline' as const;
  if (code === 'wrong-role' || code === 'out-of-scope')
    return 'reviewer.villageSettings.loadFailed.notAllowed' as const;
  if (code === 'not-found') return 'reviewer.villageSettings.loadFailed.notFound' as const;
  return 'reviewer.villageSettings.loadFailed.failed' as const;
}

/**
 * 村设置: the per-village rules of DOMAIN.md (names on the phone page, how long named
 * rows stay there, the objection reply period) for the township reviewer and the county
 * administrator to change, and for the village to read. The settings live on the server,
 * so the page says plainly that it needs the network; a save that fails keeps the form.
 */
export function VillageSettingsPage() {
  const { t } = useTranslation();
  const villageCode = useParams().villageCode ?? '';
  const village = useDivisionName(villageCode);
  const title = t('reviewer.villageSettings.title', { village });
  usePageTitle(title);
  const session = useSession();
  const token = session?.state === 'active' ? session.token : null;
  const canChange = session ? CHANGING_ROLES.includes(session.user.role) : false;
  const { result, retry, refresh, replace } = useVillageSettings(token, villageCode);
  const isOnline = useIsOnline();

  const save = async (update: VillageSettingsUpdate) => {
    if (!token) throw new ApiError(401, 'unauthenticated');
    try {
      replace(await saveVillageSettings(token, villageCode, update));
    } catch (error) {
      // Someone saved in between: show their change (the history and the version the
      // next save starts from) while the form keeps what this reviewer typed.
      if (isApiError(error) && error.code === 'stale-version') await refresh().catch(() => {});
      throw error;
    }
  };

  return (
    <>
      <h1>{title}</h1>
      <p>
        {canChange ? (
          <Link to="/review/dashboard">{t('reviewer.villageSettings.backToDashboard')}</Link>
        ) : (
          <Link to={`/village/${villageCode}`}>{t('reviewer.villageSettings.backToVillage')}</Link>
        )}
      </p>
      <p>{t('reviewer.villageSettings.intro')}</p>
      <p>{t('reviewer.villageSettings.needsNetwork')}</p>
      {!isOnline && <p role="status">{t('reviewer.villageSettings.offlineNow')}</p>}
      {session === undefined && <p role="status">{t('reviewer.villageSettings.loading')}</p>}
      {session !== undefined && token === null && (
        <p>
          {t('reviewer.villageSettings.signInFirst')}{' '}
          <Link to="/login">{t('reviewer.villageSettings.signIn')}</Link>
        </p>
      )}
      {token !== null && result.status === 'loading' && (
        <p role="status">{t('reviewer.villageSettings.loading')}</p>
      )}
      {token !== null && result.status === 'error' && (
        <div role="alert">
          <p>{t(loadFailedKey(result.code))}</p>
          <button type="button" className="button" onClick={retry}>
            {t('reviewer.villageSettings.retry')}
          </button>
        </div>
      )}
      {token !== null && result.status === 'ready' && (
        <>
          {!canChange && <p>{t('reviewer.villageSettings.readOnly')}</p>}
          <VillageSettingsForm value={result.value} canChange={canChange} onSave={save} />
          <SettingsHistory changes={result.value.changes} />
        </>
      )}
    </>
  );
}
