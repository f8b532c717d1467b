import { codeFrameColumns } from '@babel/code-frame';
import type { ChalkInstance } from 'chalk';

/** Lines shown above and below the marked one. */
const AROUND = 2;
/** Lines longer than this are cut to a window around the marked column. */
const MAX_WIDTH = 120;
/** Characters kept before the marked column when a long line is cut. */
const LEAD = 40;

/**
 * The text's lines, split as the YAML parser counts them (LF, with CR of CRLF dropped), so the
 * line numbers of the diagnostics and of the frame agree.
 */
export function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * Control characters (binary data, a stray CR or form feed) would garble the terminal and the
 * line splitting of @babel/code-frame; each becomes one U+FFFD, so columns stay where they were.
 */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '\uFFFD');
}

/**
 * A Babel code frame of LINE with columns COLUMN..END_COLUMN (end exclusive) marked by `^`.
 * Only a few lines are framed and long lines are cut around the mark (a one-line file of
 * megabytes stays one readable line). A range over several lines is marked to the end of its
 * first line: that is where the problem starts, and a frame of fifty marked lines helps no one.
 * Colours are added here rather than by Babel, whose highlighter reads the text as JavaScript.
 * Returns '' when the line is not in the text (an empty or unreadable file).
 */
export function codeFrame(lines: readonly string[], line: number, column: number, endLine: number, endColumn: number, chalk: ChalkInstance): string {
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - AROUND);
  const last = Math.min(lines.length, line + AROUND);
  const marked = lines[line - 1]!;
  let start = Math.min(Math.max(1, column), marked.length + 1);
  let end = endLine > line ? marked.length + 1 : Math.min(Math.max(start, endColumn), marked.length + 1);
  // Cut all framed lines at the same place so they stay aligned.
  const longest = Math.max(...lines.slice(first - 1, last).map((l) => l.length));
  let from = 0;
  if (longest > MAX_WIDTH) from = Math.max(0, start - 1 - LEAD);
  const window = lines.slice(first - 1, last).map((l) => {
    if (longest <= MAX_WIDTH) return printable(l);
    const cut = l.slice(from, from + MAX_WIDTH);
    return printable(`${from > 0 && cut ? '…' : ''}${cut}${from + MAX_WIDTH < l.length ? '…' : ''}`);
  });
  if (from > 0) {
    // The leading '…' takes the place of the `from` characters cut.
    start = start - from + 1;
    end = Math.min(end - from + 1, MAX_WIDTH + 2);
  } else if (longest > MAX_WIDTH) {
    end = Math.min(end, MAX_WIDTH + 1);
  }
  // startLine (the number of the window's first line) is in @babel/code-frame 7.x but not in its types.
  const frameOptions = { startLine: first, linesAbove: AROUND, linesBelow: AROUND, highlightCode: false, forceColor: false };
  const frame = codeFrameColumns(window.join('\n'), { start: { line, column: start }, end: { line, column: end } }, frameOptions);
  if (!chalk.level) return frame;
  return frame
    .split('\n')
    .map((l) => {
      const m = /^([> ]) ( *\d* \|)(.*)$/.exec(l);
      if (!m) return l;
      const [, lead, gutter, rest] = m;
      const marker = lead === '>' ? chalk.red.bold('>') : ' ';
      // The marker line is the only one whose gutter has no number.
      const isMarkerLine = !/\d/.test(gutter!);
      return `${marker} ${chalk.gray(gutter)}${isMarkerLine ? rest!.replace(/\^+/, (s) => chalk.red.bold(s)) : rest}`;
    })
    .join('\n');
}
