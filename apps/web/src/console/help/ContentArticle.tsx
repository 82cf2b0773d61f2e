import type { ContentPageView } from '@ancha/contracts';
import { useTranslation } from 'react-i18next';
import { AttachmentLinks } from '../../shared/AttachmentLinks.tsx';
import { RichText } from '../../shared/RichText.tsx';
import { formatDate } from '../../shared/user-labels.ts';

/**
 * One page as a reader sees it: title, source and date, body, attachments. Plain elements, so
 * the phone can show the same article inside its own layout.
 */
export function ContentArticle({ page }: { page: ContentPageView }) {
  const { t, i18n } = useTranslation('help');
  const date = (iso: string) => formatDate(i18n.language, iso);
  return (
    <article aria-labelledby={`content-${page.id}`}>
      <h2 id={`content-${page.id}`} style={{ fontSize: 22, margin: '0 0 8px', lineHeight: 1.4 }}>
        {page.title}
      </h2>
      <div
        style={{
          color: 'rgba(0,0,0,0.45)',
          fontSize: 13,
          marginBottom: 16,
          display: 'flex',
          gap: 16,
          flexWrap: 'wrap',
        }}
      >
        {page.source && <span>{t('source', { source: page.source })}</span>}
        <span>
          {page.category === 'help'
            ? t('updatedAt', { at: date(page.updatedAt) })
            : t('publishedAt', { at: date(page.publishedAt) })}
        </span>
      </div>
      <RichText html={page.bodyHtml} />
      <AttachmentLinks items={page.attachments} />
    </article>
  );
}
