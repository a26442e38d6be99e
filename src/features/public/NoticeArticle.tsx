import { useTranslation } from 'react-i18next';
import type { PublicNotice } from '../../domain/public-view';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { periodRangeText, periodStatusText } from './period-text';
import { PeriodStatus } from './PeriodStatus';

interface NoticeArticleProps {
  notice: PublicNotice;
  headingLevel: 2 | 3;
}

/** One published notice: category, title, period, body paragraphs, read-aloud. */
export function NoticeArticle({ notice, headingLevel }: NoticeArticleProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const paragraphs = notice.body.split(/\n+/).filter((p) => p.trim() !== '');
  return (
    <article className="public-item">
      <p className="public-item__category">{t(`publicView.category.${notice.category}`)}</p>
      <Heading className="public-item__title">{notice.title}</Heading>
      {notice.correctsId && <p className="public-item__note">{t('publicView.correction')}</p>}
      <PeriodStatus period={notice.period} />
      <ReadAloudButton
        label={notice.title}
        parts={() => [
          notice.title,
          periodStatusText(t, notice.period),
          periodRangeText(t, notice.period),
          ...paragraphs,
        ]}
      />
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </article>
  );
}
