import './rich-text.css';

/**
 * Rich text (notices, help pages, information reports) as the server stored it. The server
 * sanitizes every body on save (lib/html.ts: no scripts, styles, images or handlers), which is
 * why inserting it as HTML is safe here. Typography is in rich-text.css.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={className ? `rich-text ${className}` : 'rich-text'}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the server on save, see above
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
