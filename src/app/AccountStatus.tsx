import { useTranslation } from 'react-i18next';
import type { DeviceSession } from '../data/session-store';
import { SignOutButton } from './SignOutButton';

/** Who is signed in on this device, in words, with the way out. */
export function AccountStatus({
  session,
  pendingCount,
}: {
  session: DeviceSession;
  pendingCount: number;
}) {
  const { t } = useTranslation();
  const { displayName, role } = session.user;
  return (
    <section className="account-status" aria-label={t('account.label')}>
      <p className="account-status__who">
        {t('account.signedInAs', { name: displayName, role: t(`roles.${role}`) })}
      </p>
      <SignOutButton pendingCount={pendingCount} />
    </section>
  );
}
