import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { useSession } from '../../data';
import {
  OBJECTION_STAFF_STATES,
  type ObjectionStaffState,
  type StaffObjection,
} from '../../domain/objection';
import type { Role } from '../../domain/user';
import { replyToObjection } from '../../sync/objections-api';
import { useDivisionName } from '../village/useDivisionName';
import { ObjectionCard } from './ObjectionCard';
import { useStaffObjections, type StaffObjectionsState } from './useStaffObjections';
import './objections.css';

const REPLYING_ROLES: readonly Role[] = ['village-cadre', 'township-reviewer'];

function loadFailedKey(code: string) {
  if (code === 'offline' || code === 'timeout') return 'objections.loadFailed.offline' as const;
  if (code === 'wrong-role' || code === 'out-of-scope')
    return 'objections.loadFailed.notAllowed' as const;
  return 'objections.loadFailed.failed' as const;
}

function ObjectionList({
  result,
  canReply,
  onReply,
}: {
  result: StaffObjectionsState;
  canReply: boolean;
  onReply: (objectionId: string, text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  if (result.status === 'loading') return <p role="status">{t('objections.loading')}</p>;
  if (result.status === 'error') return <p role="alert">{t(loadFailedKey(result.code))}</p>;
  return (
    <>
      <p>{t('objections.today', { date: result.today })}</p>
      <p>{t('objections.count', { count: result.objections.length })}</p>
      {result.objections.length === 0 && <p>{t('objections.empty')}</p>}
      <ul className="objection-list">
        {result.objections.map((objection) => (
          <li key={objection.id}>
            <ObjectionCard objection={objection} canReply={canReply} onReply={onReply} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * 村民异议 for the village cadre (and the supervisor, read only): what residents raised
 * during notice periods, the reply due in 5 working days, and a form to publish the reply
 * under the notice. Needs the network; the list is not kept on the phone.
 */
export function ObjectionsPage() {
  const { t } = useTranslation();
  const villageCode = useParams().villageCode ?? '';
  const name = useDivisionName(villageCode);
  const title = `${name} · ${t('objections.title')}`;
  usePageTitle(title);
  const filterId = useId();
  const session = useSession();
  const [filter, setFilter] = useState<ObjectionStaffState | ''>('');
  const [announcement, setAnnouncement] = useState('');
  const token = session?.state === 'active' ? session.token : null;
  const { result, replace } = useStaffObjections(token, villageCode, filter || undefined);
  const canReply = session ? REPLYING_ROLES.includes(session.user.role) : false;

  const reply = async (objectionId: string, text: string) => {
    if (!token) return;
    const answered: StaffObjection = await replyToObjection(token, objectionId, { text });
    replace(answered);
    setAnnouncement(t('objections.reply.sent'));
  };

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to={`/village/${villageCode}`}>{t('objections.back')}</Link>
      </p>
      <p>{t('objections.intro')}</p>
      {session === undefined && <p role="status">{t('objections.loading')}</p>}
      {session !== undefined && token === null && (
        <p>
          {t('objections.signInFirst')} <Link to="/login">{t('objections.signIn')}</Link>
        </p>
      )}
      {token !== null && (
        <>
          <div className="field">
            <label htmlFor={filterId} className="field__label">
              {t('objections.filter.label')}
            </label>
            <select
              id={filterId}
              className="field__input"
              value={filter}
              onChange={(event) => {
                const value = OBJECTION_STAFF_STATES.find((s) => s === event.target.value);
                setFilter(value ?? '');
              }}
            >
              <option value="">{t('objections.filter.all')}</option>
              {OBJECTION_STAFF_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`objections.filter.${state}`)}
                </option>
              ))}
            </select>
          </div>
          <p role="status">{announcement}</p>
          <ObjectionList result={result} canReply={canReply} onReply={reply} />
        </>
      )}
    </>
  );
}
