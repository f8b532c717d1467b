import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt('commonmark', { html: false });
md.disable(['heading', 'lheading', 'hr', 'html_block', 'html_inline']);

/**
 * A plan's Markdown as plain text, for calendars and open data: the words as written, emphasis
 * and link markup gone (a link keeps its text), paragraphs and list items on lines of their own.
 */
export function markdownToText(text: string): string {
  const blocks: string[] = [];
  let prefix = '';
  for (const t of md.parse(text, {})) {
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') prefix = '- ';
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') prefix = '';
    else if (t.type === 'inline') blocks.push(prefix + inlineText(t.children ?? []));
  }
  return blocks.join('\n').trim();
}

function inlineText(tokens: Token[]): string {
  let s = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code_inline') s += t.content;
    else if (t.type === 'softbreak') s += ' ';
    else if (t.type === 'hardbreak') s += '\n';
    else if (t.type === 'image') s += t.content;
  }
  return s;
}
