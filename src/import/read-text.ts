import MarkdownIt from 'markdown-it';
import { block, type Block } from './blocks.js';
import { readHtml } from './read-html.js';

/** Markdown through markdown-it with raw HTML off (a <script> in the text stays text), read as HTML. */
export function readMarkdown(text: string): Block[] {
  return readHtml(new MarkdownIt({ html: false, linkify: false }).render(text));
}

/** A text that uses Markdown's headings or bold lines (a .txt copied from a Markdown export). */
const looksLikeMarkdown = (text: string) => /^#{1,6}\s+\S/m.test(text) || /^\*\*[^*\n]+\*\*\s*$/m.test(text);

const BULLET = /^\s*[•◦▪●*–-]\s+/;
const ENDS_SENTENCE = /[.!?:;,)"”]$/;
/** A heading may end in a parenthesis or a quotation mark ("Pedagogisk handledarutveckling (studieportalen)"), not in a full stop. */
const ENDS_PHRASE = /[.!?:;,]$/;

/**
 * A plain text's blocks. A line is a paragraph; a line that starts in lower case continues the
 * line before it (a paragraph broken by hand); a short line without a full stop, before a longer
 * one, is a heading; the first line is the title; a line that starts with a bullet is a list item.
 */
export function readText(text: string): Block[] {
  if (looksLikeMarkdown(text)) return readMarkdown(text);
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const prev = lines[lines.length - 1];
    if (line && prev && /^\p{Ll}/u.test(line) && !ENDS_SENTENCE.test(prev) && !BULLET.test(line)) lines[lines.length - 1] = `${prev} ${line}`;
    else lines.push(line);
  }
  const out: Block[] = [];
  const nonEmpty = lines.filter(Boolean);
  nonEmpty.forEach((line, i) => {
    const next = nonEmpty[i + 1];
    if (i === 0) out.push(...block({ kind: 'heading', level: 1, text: line }));
    else if (BULLET.test(line)) out.push(...block({ kind: 'item', text: line.replace(BULLET, '') }));
    else if (line.length <= 90 && !ENDS_PHRASE.test(line) && next !== undefined && (next.length > line.length || BULLET.test(next))) out.push(...block({ kind: 'heading', level: 2, text: line }));
    else out.push(...block({ kind: 'paragraph', text: line }));
  });
  return out;
}
