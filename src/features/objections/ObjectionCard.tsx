import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskPhone } from '../../domain/masking';
import type { StaffObjection } from '../../domain/objection';
import { ObjectionReplyForm } from './ObjectionReplyForm';

interface ObjectionCardProps {
  objection: StaffObjection;
  /** true for the roles that answer (village cadre, township reviewer) */
  canReply: boolean;
  onReply: (objectionId: string, text: string) => Promise<void>;
}

/**
 * One objection as staff see it: what the resident wrote, about which item (and which line
 * of a list, by group and full name: staff audience), the state in
 * words with its due date, and the call-back number masked until asked for (DOMAIN.md §5:
 * staff see phone numbers masked; the full one only by an explicit "show").
 */
export function ObjectionCard({ objection, canReply, onReply }: ObjectionCardProps) {
  const { t } = useTranslation();
  const [isPhoneShown, setPhoneShown] = useState(false);
  const heading = t('objections.item.heading', { date: objection.raisedOn });
  const ref = objection.itemId.slice(-6);

  return (
    <article className={`objection-card objection-card--${objection.state}`}>
      <h3>{heading}</h3>
      <p className="objection-card__state">
        {t(`objections.state.${objection.state}`, { date: objection.replyDueOn })}
      </p>
      <p>{t(`objections.item.${objection.itemKind}`, { ref })}</p>
      {objection.line !== null && (
        <p className="objection-card__line">
          {t('objections.item.line', { group: objection.line.group, name: objection.line.name })}
        </p>
      )}
      {objection.lineId !== null && objection.line === null && (
        <p className="objection-card__line">{t('objections.item.lineRemoved')}</p>
      )}
      <p>{t('objections.item.reference', { ref: objection.id.slice(-8) })}</p>
      <blockquote className="objection-card__text">{objection.text}</blockquote>
      {objection.phone === null ? (
        <p>{t('objections.item.noPhone')}</p>
      ) : (
        <p>
          {t('objections.item.phone', {
            phone: isPhoneShown ? objection.phone : maskPhone(objection.phone, 'staff'),
          })}{' '}
          {!isPhoneShown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPhoneShown(true)}
            >
              {t('objections.item.showPhone')}
            </button>
          )}
        </p>
      )}
      {objection.reply !== null && (
        <>
          <p>{t('objections.item.reply')}</p>
          <blockquote className="objection-card__reply">{objection.reply}</blockquote>
        </>
      )}
      {objection.reply === null && canReply && (
        <ObjectionReplyForm
          objectionLabel={heading}
          onSubmit={(text) => onReply(objection.id, text)}
        />
      )}
    </article>
  );
}
