import { capitalise } from './helpers/lists.js';
import { markdownInline } from './helpers/markdown.js';

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

/** RUNS with SEPARATOR (plain text) between them. */
export const joined = (runs: readonly TextRun[], separator: string): TextRun[] => merged(runs.flatMap((run, i) => (i ? [plain(separator), run] : [run])));

/** "Internat, två dagar. <the plan's own words>": the facts in words, then the plan's text, as sentences. */
export function sentences(parts: readonly string[], md: string | undefined): { runs: TextRun[] } | undefined {
  const runs = [...(parts.length ? [plain(capitalise(parts.join(', ')))] : []), ...(md ? [markdown(md)] : [])];
  return runs.length ? { runs: joined(runs, '. ') } : undefined;
}
