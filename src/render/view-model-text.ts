import { capitalise } from './helpers/lists.js';
import { isOneParagraph, markdownInline, markdownToHtml } from './helpers/markdown.js';

/**
 * A piece of a fact's text: plain text, which the template escapes (`{{text}}`), or the plan's
 * own Markdown, rendered and sanitised (`{{{html}}}`). Never both; plain text is never HTML.
 */
export type TextRun = { text: string } | { html: string };

export const plain = (text: string): TextRun => ({ text });
export const markdown = (md: string): TextRun => ({ html: markdownInline(md) });

/** RUNS with adjacent plain runs joined into one. */
export function merged(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && 'text' in last && 'text' in run) out[out.length - 1] = plain(last.text + run.text);
    else out.push(run);
  }
  return out;
}

/**
 * RUNS with SEPARATOR (plain text) between them. A full stop that ends a run already ("500 kr.",
 * the Danish krone) is not doubled by a separator that starts with one.
 */
export const joined = (runs: readonly TextRun[], separator: string): TextRun[] =>
  merged(
    runs.flatMap((run, i) => {
      if (!i) return [run];
      const before = runs[i - 1];
      const stop = separator.startsWith('.') && before !== undefined && 'text' in before && before.text.endsWith('.');
      return [plain(stop ? separator.slice(1) : separator), run];
    }),
  );

/**
 * A labelled text's body: RUNS on the label's line, then the plan's Markdown. A text of one
 * paragraph continues the line after SEPARATOR ("Kostnad: 200 kr. Betalas på plats."); a longer
 * one (a list, several paragraphs) stands as blocks under it, never flattened into the line.
 */
export interface TextBody {
  runs?: TextRun[];
  blocksHtml?: string;
}

export function withMarkdown(runs: readonly TextRun[], md: string | undefined, separator: string): TextBody | undefined {
  const body: TextBody = {};
  if (md && !isOneParagraph(md)) {
    if (runs.length) body.runs = merged(runs);
    body.blocksHtml = markdownToHtml(md);
  } else {
    const all = [...runs, ...(md ? [markdown(md)] : [])];
    if (all.length) body.runs = joined(all, separator);
  }
  return body.runs || body.blocksHtml ? body : undefined;
}

/**
 * "Internat, två dagar. <the plan's own words>": the facts in words, then the plan's text, as
 * sentences; the document's own words for the facts (AS_WRITTEN) stand instead of the tool's, as written.
 */
export function sentences(parts: readonly string[], md: string | undefined, asWritten?: string): TextBody | undefined {
  if (asWritten) return withMarkdown([plain(asWritten)], md, /[.!?:;]$/.test(asWritten) ? ' ' : '. ');
  return withMarkdown(parts.length ? [plain(capitalise(parts.join(', ')))] : [], md, '. ');
}

/** The plan's Markdown where it may continue a line: one paragraph as inline HTML, anything longer as blocks. */
export function flowHtml(md: string): { inline: boolean; html: string } {
  return isOneParagraph(md) ? { inline: true, html: markdownInline(md) } : { inline: false, html: markdownToHtml(md) };
}
