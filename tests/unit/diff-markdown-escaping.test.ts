import MarkdownIt from 'markdown-it';
import { expect, test } from 'vitest';
import { escapeMarkdown } from '../../src/diff/format.js';

/**
 * Issue 28: `diff --format md` put a title with a line break into its output as it was, so the
 * next line could be a real heading (or a list, a fence, a table); a leading "1." became `\1.`,
 * which shows the backslash. Read back by a CommonMark parser, each hostile title is one line of
 * plain text in its heading or list item, nothing else.
 */
const md = new MarkdownIt({ html: true, linkify: false });
const HOSTILE = [
  'Kurs\n# Forged heading',
  'Kurs\r\n\r\n```\ncode\n```',
  'Kurs\n===',
  '# heading',
  '1. numbered',
  '2) numbered',
  '- item',
  '+ item',
  '---',
  '> quote',
  '    four spaces: code',
  '*em* __strong__ `code` ~~strike~~',
  '[link](https://evil.example) ![img](https://evil.example/x.png)',
  '<script>alert(1)</script> <b>bold</b>',
  '&amp; &#35; &lt;',
  '| a | b |\n|---|---|\n| c | d |',
  'trailing backslash \\',
  'Kurs\u2028# via separator',
];
const MARKUP = new Set(['em_open', 'strong_open', 'link_open', 'image', 'code_inline', 'html_inline', 's_open', 'softbreak', 'hardbreak']);

test.each(HOSTILE)('%j stays one line of text in a heading and in a list item', (title) => {
  for (const [prefix, block] of [
    ['## ', 'heading_open'],
    ['- ', 'bullet_list_open'],
  ] as const) {
    const tokens = md.parse(`${prefix}${escapeMarkdown(title)}\n`, {});
    expect(tokens.map((t) => t.type).filter((t) => t.endsWith('_open') || t === 'fence' || t === 'hr' || t === 'code_block' || t === 'html_block')).toEqual(
      block === 'heading_open' ? ['heading_open'] : ['bullet_list_open', 'list_item_open', 'paragraph_open'],
    );
    const inline = tokens.find((t) => t.type === 'inline')!;
    expect(inline.children!.filter((c) => MARKUP.has(c.type)).map((c) => c.type)).toEqual([]);
    // The text reads as the title did, its line breaks shown as \n.
    const text = inline.children!.map((c) => c.content).join('');
    expect(text).toBe(
      title
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
});
