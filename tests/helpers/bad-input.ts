import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT, TEST_LOCALE } from './cli.js';

/**
 * The bad-input table's runner and checks (tests/helpers/bad-input-table.ts; its largest case, the
 * 1 MB plan of unknown keys, is in tests/cli/bad-input-largest.test.ts in the slow project).
 */
const bin = path.join(ROOT, 'bin/studyplan.js');

export interface Case {
  name: string;
  /** The file under plans/ (a folder when it ends in /). */
  file: string;
  /** Writes the case into the project; fixtures are copied, big or binary ones generated here. */
  make: (target: string) => void;
  lint: number;
  build: number;
  /** What the message says (both commands; English). */
  says: RegExp;
  /** "line:column" of the problem, when it has a place. */
  at?: string;
  /** Extra build arguments (a missing template). */
  buildArgs?: string[];
  /** The file the message names, when it is not the plan (the template). */
  names?: string;
}

interface Seen {
  code: number | null;
  output: string;
  seconds: number;
  maxRssMb: number | undefined;
}

/** Runs the CLI with a 256 MB heap; /usr/bin/time reports the peak resident memory when present. */
export function studyplan(project: string, args: string[]): Seen {
  const node = [process.execPath, '--max-old-space-size=256', bin, ...args];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = spawnSync(timed ? '/usr/bin/time' : node[0]!, timed ? ['-f', 'MAXRSS %M', ...node] : node.slice(1), {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1' },
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = /MAXRSS (\d+)\s*$/.exec(r.stderr ?? '');
  const stderr = (r.stderr ?? '').replace(/MAXRSS \d+\s*$/, '').replace(/^Command exited with non-zero status \d+\n/m, '');
  return { code: r.status, output: `${r.stdout}\n${stderr}`, seconds, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : undefined };
}

/**
 * Runs COMMAND on case C in PROJECT and checks the answer: the exit code; no stack trace; the
 * file named, the message, and the place. Returns the line of figures for the log.
 */
export function checkCase(project: string, command: 'lint' | 'build', c: Case): string {
  const planArg = `plans/${c.file}`;
  const args = command === 'lint' ? ['lint', planArg] : ['build', '--format', 'html', '--out', `out-${c.file.replace(/\W/g, '_')}`, ...(c.buildArgs ?? []), planArg];
  const seen = studyplan(project, args);
  const expected = command === 'lint' ? c.lint : c.build;
  expect(seen.code, seen.output).toBe(expected);
  // No stack trace, no "unexpected error" (a bug), for anything a user can write.
  expect(seen.output).not.toMatch(/^\s+at /m);
  expect(seen.output).not.toMatch(/unexpected error|RangeError|TypeError/);
  if (expected !== 0) {
    // The file is named, and the problem's place where it has one.
    expect(seen.output).toContain(c.names ?? c.file.replace(/\/$/, ''));
    expect(seen.output).toMatch(c.says);
    if (c.at) {
      const stylish = new RegExp(`^\\s+${c.at}\\s`, 'm');
      const compact = `${planArg}:${c.at}`;
      expect(command === 'lint' ? stylish.test(seen.output) : seen.output.includes(compact), seen.output).toBe(true);
    }
  }
  return `${command}\t${c.name}\t${seen.code}\t${seen.seconds.toFixed(2)}\t${seen.maxRssMb ?? '?'}`;
}

/** A plan of unknown keys `k0: v`, `k1: v`, ... after HEADER, cut to BYTES. */
export const HEADER = 'title: Studieplan 2022\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\n';
export const manyKeys = (count: number, bytes: number): string =>
  `${HEADER}${Array.from({ length: count }, (_, i) => `k${i}: v\n`)
    .join('')
    .slice(0, bytes - HEADER.length - 100)}`;
