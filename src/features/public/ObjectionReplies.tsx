import { useTranslation } from 'react-i18next';
import type { PublicObjectionReply } from '../../domain/objection';

/**
 * The village's published replies to objections about one item, under that item. They
 * come from the server's allow-list: the dates and the reply, nothing about the resident.
 */
export function ObjectionReplies({ replies }: { replies: PublicObjectionReply[] }) {
  const { t } = useTranslation();
  if (replies.length === 0) return null;
  return (
    <div className="objection-replies">
      <p className="objection-replies__heading">{t('publicView.replies.heading')}</p>
      <ul>
        {replies.map((reply) => (
          <li key={reply.id}>
            <p>
              {t('publicView.replies.item', {
                raisedOn: reply.raisedOn,
                repliedOn: reply.repliedOn,
              })}
              {reply.isAboutLine && ` ${t('publicView.replies.aboutLine')}`}
            </p>
            <p className="objection-replies__text">{reply.reply}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
