import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicObjection } from '../../domain/objection';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';

interface KioskObjectionSentProps {
  objection: PublicObjection;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The reference residents quote at the village committee: the last 8 of the id. */
export function objectionReference(objection: PublicObjection): string {
  return objection.id.slice(-8);
}

/**
 * Received: the reference and the reply-by date in very large text, to copy onto a slip
 * of paper or say out loud, and a read-aloud button for those who cannot read it.
 */
export function KioskObjectionSent({ objection, headingRef }: KioskObjectionSentProps) {
  const { t } = useTranslation();
  const reference = objectionReference(objection);
  const heading = t('kioskView.objection.sent.heading');
  const referenceText = t('kioskView.objection.sent.reference', { reference });
  const dueText = t('kioskView.objection.sent.due', { date: objection.replyDueOn });
  const note = t('kioskView.objection.sent.note');
  return (
    <div className="kiosk-objection__step">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <div role="status">
        <p className="kiosk-objection__big">{referenceText}</p>
        <p className="kiosk-objection__big">{dueText}</p>
      </div>
      <p>{note}</p>
      <ReadAloudButton
        label={heading}
        // Letter by letter, so the listener can write the reference down.
        parts={() => [
          heading,
          t('kioskView.objection.sent.reference', { reference: reference.split('').join(' ') }),
          dueText,
          note,
        ]}
      />
    </div>
  );
}
