import { printable, printableJson } from '../diagnostics/printable.js';
import { escapeHtml } from '../render/helpers/markdown.js';
import type { DiffDocument, DocItem } from './document.js';
import { spaced, type Line } from './values.js';
import type { PlanDiff } from './types.js';

export type DiffFormat = 'text' | 'json' | 'html' | 'md';

/** The data as it is, for scripts. */
export function formatJson(diff: PlanDiff): string {
  return `${printableJson(JSON.stringify(diff, null, 2))}\n`;
}

/**
 * For the terminal: the heading, the summary, then each group with its items indented. Words
 * removed from a text are shown [-so-], words added {+so+} (as git's word diff shows them).
 */
export function formatText(doc: DiffDocument, internalLabel: string): string {
  // Plan text, escaped: a title with ESC or CR cannot rewrite the terminal.
  const p = (x: string | Line): string => (typeof x === 'string' ? printable(x) : x.map((w) => marked(printable(w.text), w.change, ['[-', '-]'], ['{+', '+}'])).join(''));
  const lines = [p(doc.title), p(doc.sources), p(doc.summary)];
  for (const g of doc.groups) {
    lines.push('', p(g.heading));
    for (const item of g.items) {
      lines.push(`  - ${p(item.text)}${mark(item, internalLabel)}`);
      for (const d of item.details) lines.push(`      ${p(d)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** TEXT (already escaped) between the marks of its change, its spaces outside them; as it is when unchanged or blank. */
function marked(text: string, change: 'added' | 'removed' | undefined, removed: [string, string], added: [string, string]): string {
  if (!change || !text.trim()) return text;
  const [lead, body, trail] = spaced(text);
  const [open, close] = change === 'removed' ? removed : added;
  return `${lead}${open}${body}${close}${trail}`;
}

const mark = (item: DocItem, label: string) => (item.internal ? ` [${label}]` : '');

/**
 * Markdown text: plan text stays text, one line of it. Line breaks and every control character
 * become visible escapes (`\n`), so a title cannot end its line and start a real heading, list or
 * fence on the next; runs of spaces become one (four would start a code block); the characters
 * that form inline markup (emphasis, code, links and images, HTML, entities, tables, strikethrough)
 * are backslash-escaped everywhere, and those that start a block (`#`, `+`, `-`, `1.`) at the start.
 */
export function escapeMarkdown(text: string | Line): string {
  const line = typeof text === 'string' ? [{ text }] : text;
  return line
    .map((w) => {
      const inner = printable(w.text)
        .replace(/\s+/gu, ' ')
        .replace(/[\\`*_[\]<>|~{}&!=]/g, (c) => `\\${c}`);
      // Emphasis must touch its words: the spaces around stay outside it.
      return marked(inner, w.change, ['~~', '~~'], ['**', '**']);
    })
    .join('')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[#+-]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Markdown to paste into a proposal or an issue: a level-2 heading, then a list per group. */
export function formatMarkdown(doc: DiffDocument, internalLabel: string): string {
  const md = escapeMarkdown;
  const out = [`## ${md(doc.title)}`, '', `*${md(doc.sources)}* · ${md(doc.summary)}`];
  for (const g of doc.groups) {
    out.push('', `### ${md(g.heading)}`, '');
    for (const item of g.items) {
      const text = item.details.length ? `**${md(item.text)}**` : md(item.text);
      out.push(`- ${text}${item.internal ? ` *(${md(internalLabel)})*` : ''}`);
      for (const d of item.details) out.push(`  - ${md(d)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const CSS = `body { font-family: 'Source Sans 3', 'Helvetica Neue', Arial, sans-serif; color: #1b1b1f; background: #fff; line-height: 1.5; margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.6rem; color: #8a0c22; margin: 0 0 0.5rem; line-height: 1.2; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 2px solid #b3122e; padding-bottom: 0.2rem; }
.sources { color: #4a4a55; margin: 0; }
.summary { font-weight: 700; }
ul { padding-left: 1.25rem; }
li { margin: 0.3rem 0; }
li ul { margin: 0.2rem 0 0.5rem; }
del { color: #8a0c22; }
ins { color: #0a5c36; text-decoration: none; font-weight: 700; }
.internal { display: inline-block; font-size: 0.85em; font-weight: 700; background: #fff4c2; color: #4d3b00; border: 1px solid #c9a400; padding: 0 0.35rem; margin-left: 0.35rem; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } li { break-inside: avoid; } }`;

/** A self-contained HTML page (no requests), to print or attach beside the proposal. */
export function formatHtml(doc: DiffDocument, internalLabel: string): string {
  const e = (x: string | Line): string => (typeof x === 'string' ? escapeHtml(x) : x.map((w) => marked(escapeHtml(w.text), w.change, ['<del>', '</del>'], ['<ins>', '</ins>'])).join(''));
  const body: string[] = [];
  for (const g of doc.groups) {
    body.push(`<section>`, `<h2>${e(g.heading)}</h2>`, '<ul>');
    for (const item of g.items) {
      const text = item.details.length ? `<strong>${e(item.text)}</strong>` : e(item.text);
      const flag = item.internal ? `<span class="internal">${e(internalLabel)}</span>` : '';
      const details = item.details.length ? `\n<ul>\n${item.details.map((d) => `<li>${e(d)}</li>`).join('\n')}\n</ul>\n` : '';
      body.push(`<li>${text}${flag}${details}</li>`);
    }
    body.push('</ul>', '</section>');
  }
  return `<!DOCTYPE html>
<html lang="${e(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
<h1>${e(doc.title)}</h1>
<p class="sources">${e(doc.sources)}</p>
<p class="summary">${e(doc.summary)}</p>
${body.join('\n')}
</main>
</body>
</html>
`;
}
