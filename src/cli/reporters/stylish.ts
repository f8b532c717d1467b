import { Chalk, type ChalkInstance } from 'chalk';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { printable } from '../../diagnostics/printable.js';
import { codeFrame, splitLines } from './code-frame.js';
import type { Reporter } from './types.js';
import { words as catalogue } from '../../i18n/index.js';

const paint = (chalk: ChalkInstance): Record<Severity, (s: string) => string> => ({
  error: (s) => chalk.red(s),
  warning: (s) => chalk.yellow(s),
  info: (s) => chalk.blue(s),
});

/**
 * `--format stylish` (the default), for people at a terminal: ESLint's stylish layout (the file
 * as a heading, then `line:col  severity  message  rule-id`, aligned per file), each problem
 * followed by its hint and a Babel code frame with the place marked, and a summary line. Files
 * without problems are not listed; when nothing is found one line says so.
 */
export const stylish: Reporter = (reports, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const words = catalogue(options.lang).reporter;
  const colour = paint(chalk);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  for (const report of reports) {
    if (!report.diagnostics.length) continue;
    const lines = splitLines(report.text);
    const positions = report.diagnostics.map((d) => `${d.line}:${d.column}`);
    const posWidth = positions.reduce((w, p) => Math.max(w, p.length), 0);
    const sevWidth = report.diagnostics.reduce((w, d) => Math.max(w, words.severity[d.severity].length), 0);
    out.push('', chalk.underline(printable(report.file)));
    report.diagnostics.forEach((d, i) => {
      counts[d.severity]++;
      const severity = words.severity[d.severity];
      out.push(`  ${chalk.dim(positions[i]!.padEnd(posWidth))}  ${colour[d.severity](severity.padEnd(sevWidth))}  ${printable(d.message)}  ${chalk.dim(printable(d.ruleId))}`);
      // Messages quote plan text: escaped, so that it cannot move the cursor or fake a line.
      if (d.hint) out.push(`    ${chalk.cyan(`${words.hint}:`)} ${printable(d.hint)}`);
      const frame = codeFrame(lines, d.line, d.column, d.endLine, d.endColumn, chalk);
      if (frame) out.push(indent(frame, '    '), '');
    });
  }
  const total = counts.error + counts.warning + counts.info;
  if (!total) return `${chalk.green(words.clean(reports.length))}\n`;
  const summary = words.summary(counts);
  if (out[out.length - 1] !== '') out.push('');
  out.push(counts.error ? chalk.red.bold(summary) : counts.warning ? chalk.yellow.bold(summary) : chalk.blue.bold(summary));
  return `${out.join('\n')}\n`;
};

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}
