import sanitizeHtml from 'sanitize-html';

/**
 * What rich text may hold (notices, content pages, information reports): the editor's own
 * formatting and tables pasted from Word. No images, styles, classes or scripts: pages are read
 * by every user, so nothing an editor types may run, track or restyle the console.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'u',
    's',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // The editor writes <b>/<i>; keep their meaning under the allowed names.
  transformTags: {
    b: 'strong',
    i: 'em',
    h1: 'h2',
    strike: 's',
    del: 's',
    // A link always opens in a new tab and gives the target no handle on this window.
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' },
    }),
  },
  // Script and style bodies are dropped whole, not kept as text.
  nonTextTags: ['script', 'style', 'textarea', 'noscript', 'title'],
};

/** The stored form of rich text: only the tags and links above survive. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, options).trim();
}

const BLOCK = /<\/(p|h2|h3|h4|li|blockquote|tr|h1|div)>|<br\s*\/?>/gi;
const CELL = /<\/(td|th)>/gi;

/**
 * Plain text of rich text, for search, e-mail bodies and previews: blocks become lines, table
 * cells are separated by a space, entities are decoded and runs of blank space collapsed.
 */
export function htmlToText(html: string): string {
  const marked = html.replace(BLOCK, (m) => `${m}\n`).replace(CELL, (m) => `${m} `);
  const text = sanitizeHtml(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: options.nonTextTags!,
  });
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return NAMED[code.toLowerCase()] ?? m;
  });
}
