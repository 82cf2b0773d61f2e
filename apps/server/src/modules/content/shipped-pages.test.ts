import { describe, expect, it } from 'vitest';
import { loadShippedPages, parseShippedPage } from './shipped-pages.ts';

describe('shipped content pages', () => {
  const pages = loadShippedPages();

  it('parse, each with a title, a body and a category', () => {
    expect(pages.filter((p) => p.category === 'help').length).toBeGreaterThanOrEqual(12);
    for (const p of pages) {
      expect(p.title.length, p.slug).toBeGreaterThan(1);
      expect(p.bodyText.length, p.slug).toBeGreaterThan(50);
      expect(p.bodyHtml, p.slug).not.toMatch(/<!--|<script|style=/);
    }
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
  });

  it('keep the file order among undated pages, newest first', () => {
    const help = pages.filter((p) => p.category === 'help');
    const times = help.map((p) => p.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(help[0]!.title).toBe('登录与首页');
  });

  it('refuse a file without its header or with an unknown category', () => {
    expect(() => parseShippedPage('a.html', '<p>x</p>', 0)).toThrow(/header/);
    expect(() => parseShippedPage('a.html', '<!--\ntitle: x\ncategory: blog\n-->\n<p>x</p>', 0)).toThrow();
  });

  it('date a page by its date line, in Beijing time', () => {
    const p = parseShippedPage(
      'law.html',
      '<!--\ntitle: 法\ncategory: policy\ndate: 2021-06-10\n-->\n<p>正文</p>',
      3,
    );
    expect(p.publishedAt.toISOString()).toBe('2021-06-09T16:00:00.000Z');
    expect(p.slug).toBe('law');
  });
});
