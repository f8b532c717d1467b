import MarkdownIt from 'markdown-it';
import { block, type Block } from './blocks.js';
import { labelled, stepLine } from './labelled.js';
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
const ENDS_PHRASE = /[.!?:;,]$|^[”"“„«].*[”"“»]$/u;

/** An att-sats among others ("Att … fastställs", "Att … får i uppdrag"), not a course called "Att leda ett möte". */
const isClauseRun = (lines: string[], i: number) => /^Att\s/.test(lines[i]!) && (/^Att\s/.test(lines[i - 1] ?? '') || /^Att\s/.test(lines[i + 1] ?? ''));

/**
 * A plain text's blocks. A line is a paragraph; a line that starts in lower case continues the
 * line before it (a paragraph broken by hand); a short line without a full stop, before a longer
 * one, is a heading (unless it is a labelled line or a step); the first line is a heading; a line that starts with a bullet is a list item.
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
  const nonEmpty = lines.filter(Boolean);
  // From the end: a short line is a heading before a longer line, a list or another heading.
  const heading: boolean[] = [];
  for (let i = nonEmpty.length - 1; i >= 0; i--) {
    const line = nonEmpty[i]!;
    const next = nonEmpty[i + 1];
    const candidate = i > 0 && line.length <= 90 && !ENDS_PHRASE.test(line) && !BULLET.test(line) && !labelled(line) && !stepLine(line) && !isClauseRun(nonEmpty, i);
    heading[i] = candidate && next !== undefined && (next.length > line.length || BULLET.test(next) || heading[i + 1] === true);
  }
  const out: Block[] = [];
  nonEmpty.forEach((line, i) => {
    if (i === 0) out.push(...block({ kind: 'heading', level: 1, text: line }));
    else if (BULLET.test(line)) out.push(...block({ kind: 'item', text: line.replace(BULLET, '') }));
    else out.push(...block(heading[i] ? { kind: 'heading', level: 2, text: line } : { kind: 'paragraph', text: line }));
  });
  return out;
}
