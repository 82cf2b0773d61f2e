import { describe, expect, it } from 'vitest';
import { htmlToText, sanitizeRichText } from './html.ts';

describe('sanitizeRichText', () => {
  it('keeps the editor formatting', () => {
    const html =
      '<h2>标题</h2><p><strong>加粗</strong><em>斜体</em><u>下划线</u><s>删除</s></p><ul><li>一</li></ul><ol><li>二</li></ol><blockquote>引用</blockquote>';
    expect(sanitizeRichText(html)).toBe(html);
  });

  it('drops scripts, handlers, styles and images', () => {
    const out = sanitizeRichText(
      '<p onclick="x()" style="color:red" class="c">正文<script>alert(1)</script><img src="x" onerror="y()"></p><style>p{}</style>',
    );
    expect(out).toBe('<p>正文</p>');
  });

  it('keeps http(s) and mailto links, forcing a new tab without opener', () => {
    expect(sanitizeRichText('<a href="https://yjglj.beijing.gov.cn/" target="_self">应急局</a>')).toBe(
      '<a href="https://yjglj.beijing.gov.cn/" target="_blank" rel="noopener noreferrer nofollow">应急局</a>',
    );
    expect(sanitizeRichText('<a href="mailto:a@b.cn">信</a>')).toContain('href="mailto:a@b.cn"');
    expect(sanitizeRichText('<a href="javascript:alert(1)">x</a>')).not.toContain('javascript');
    expect(sanitizeRichText('<a href="//evil.example/">x</a>')).not.toContain('evil');
  });

  it('keeps tables and renames b/i/h1', () => {
    expect(sanitizeRichText('<table><tbody><tr><td colspan="2" style="x">格</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td colspan="2">格</td></tr></tbody></table>',
    );
    expect(sanitizeRichText('<h1>大</h1><b>粗</b><i>斜</i>')).toBe(
      '<h2>大</h2><strong>粗</strong><em>斜</em>',
    );
  });
});

describe('htmlToText', () => {
  it('gives one line per block with entities decoded', () => {
    expect(
      htmlToText(
        '<h2>第一条</h2><p>为了加强&nbsp;安全生产工作&amp;防止事故</p><ul><li>甲</li><li>乙</li></ul>',
      ),
    ).toBe('第一条\n为了加强 安全生产工作&防止事故\n甲\n乙');
  });

  it('separates table cells and drops script text', () => {
    expect(htmlToText('<table><tr><td>姓名</td><td>电话</td></tr></table><script>x()</script>')).toBe(
      '姓名 电话',
    );
    expect(htmlToText('a<br>b &#x4e2d;&#25991; &lt;tag&gt;')).toBe('a\nb 中文 <tag>');
  });
});
