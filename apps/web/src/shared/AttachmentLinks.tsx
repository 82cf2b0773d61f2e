import type { AttachmentRef } from '@ancha/contracts';
import { useTranslation } from 'react-i18next';
import { attachmentUrl, formatSize } from '../api/attachments.ts';
import './rich-text.css';

/**
 * A record's attachments as plain download links (the server sends them as downloads), so the
 * same list works in the console and on a phone without either UI kit.
 */
export function AttachmentLinks({ items }: { items: readonly AttachmentRef[] }) {
  const { t } = useTranslation('help');
  if (items.length === 0) return null;
  return (
    <section className="attachment-links" aria-label={t('attachments.title')}>
      <div className="attachment-links-title">{t('attachments.title')}</div>
      <ul>
        {items.map((a) => (
          <li key={a.id}>
            <a href={attachmentUrl(a.id)} download={a.name}>
              {a.name}
            </a>
            <span className="attachment-links-size">{formatSize(a.sizeBytes)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
