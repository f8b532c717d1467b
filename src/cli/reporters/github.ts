import type { Severity } from '../../diagnostics/diagnostic.js';
import { printable } from '../../diagnostics/printable.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a workflow command's message, as @actions/core's escapeData does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value, as @actions/core's escapeProperty does. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `--format github`: one GitHub Actions workflow command per diagnostic, which the Actions runner
 * turns into an annotation on the file and line:
 * `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::message`. The hint follows the
 * message on a line of its own (an escaped newline). Paths use forward slashes, as in the repo.
 */
export const github: Reporter = (reports) => {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${escapeProperty(printable(d.file.split('\\').join('/')))}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(printable(d.ruleId))}`,
      ].join(',');
      // CR and LF are escaped below as the runner reads them (a message may have lines); ESC and
      // the rest would reach the log raw.
      const text = (s: string) => printable(s, '\r\n');
      const message = d.hint ? `${text(d.message)}\n${text(d.hint)}` : text(d.message);
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
