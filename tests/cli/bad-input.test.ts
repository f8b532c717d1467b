import { spawnSync } from 'node:child_process';
import { TEST_LOCALE } from '../helpers/cli.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * The table of bad inputs (issue 7): each file through the real `studyplan lint` and
 * `studyplan build --format html`. Every answer has the expected exit code, names the file (with
 * line:column where the problem has a place), shows no stack trace, and comes from a process
 * whose heap is capped at 256 MB (so "bounded memory" is a fact, not a hope). Times and peak
 * memory are printed (docs/hardening.md), not asserted: the machine's load is not the tool's.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const fixtures = path.join(root, 'tests/fixtures/bad-input');
let project: string;

const HEADER = 'title: Studieplan 2022\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\n';

interface Case {
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

const copy = (name: string) => (target: string) => cpSync(path.join(fixtures, name), target);
const write = (data: string | Buffer) => (target: string) => writeFileSync(target, data);

const CASES: Case[] = [
  { name: 'empty file', file: 'empty.yaml', make: copy('empty.yaml'), lint: 1, build: 1, says: /empty/i, at: '1:1' },
  {
    name: 'BOM and CRLF (valid)',
    file: 'bom-crlf.yaml',
    make: write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFileSync(path.join(fixtures, 'valid.yaml'), 'utf8').replace(/\n/g, '\r\n'))])),
    lint: 0,
    build: 0,
    says: /./,
  },
  { name: 'tabs as indentation', file: 'tabs.yaml', make: copy('tabs.yaml'), lint: 1, build: 1, says: /tab/i, at: '3:1' },
  {
    name: 'binary data',
    file: 'binary.yaml',
    make: write(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
    lint: 1,
    build: 1,
    says: /binary/i,
    at: '1:1',
  },
  {
    name: 'Latin-1',
    file: 'latin1.yaml',
    make: write(Buffer.from('title: Studieplan för 2022\npublisher:\n  name: Socialdemokraterna i Jämtland\nperiod:\n  year: 2022\n', 'latin1')),
    lint: 1,
    build: 1,
    says: /not UTF-8.*Latin-1/,
    at: '1:20',
  },
  { name: 'a top-level list', file: 'top-level-list.yaml', make: copy('top-level-list.yaml'), lint: 1, build: 1, says: /object|mapping/i, at: '1:1' },
  { name: 'several documents', file: 'several-documents.yaml', make: copy('several-documents.yaml'), lint: 1, build: 1, says: /document/i, at: '6:1' },
  { name: 'alias bomb (9^9)', file: 'alias-bomb.yaml', make: copy('alias-bomb.yaml'), lint: 1, build: 1, says: /alias.*100/i },
  { name: '20 000 levels of [ nesting', file: 'deep-flow.yaml', make: write(`${HEADER}x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), lint: 1, build: 1, says: /deeper than 64/, at: '6:68' },
  { name: '20 000 levels of - nesting', file: 'deep-block.yaml', make: write(`${HEADER}x:\n  ${'- '.repeat(20_000)}x\n`), lint: 1, build: 1, says: /deeper than 64/, at: '7:1' },
  {
    name: 'a 24 MB file',
    file: 'huge.yaml',
    make: write(`${HEADER}description: |\n${`  ${'lorem ipsum dolor sit amet '.repeat(3)}\n`.repeat(300_000)}`),
    lint: 1,
    build: 1,
    says: /24\.\d MB; plans may be at most 1\.0 MB/,
    at: '1:1',
  },
  {
    name: '100 000 unknown keys (1 MB)',
    file: 'many-keys.yaml',
    make: write(
      `${HEADER}${Array.from({ length: 100_000 }, (_, i) => `k${i}: v\n`)
        .join('')
        .slice(0, 1024 * 1024 - HEADER.length - 100)}`,
    ),
    lint: 1,
    build: 1,
    says: /unknown key|k0/i,
    at: '6:1',
  },
  { name: 'duplicate keys', file: 'duplicate-keys.yaml', make: copy('duplicate-keys.yaml'), lint: 1, build: 1, says: /unique|duplicate/i, at: '4:1' },
  { name: 'a folder named like a plan', file: 'folder.yaml/', make: (t) => mkdirSync(t), lint: 2, build: 2, says: /no plan files.*folder\.yaml/ },
  {
    name: 'a template that does not exist',
    file: 'valid.yaml',
    make: copy('valid.yaml'),
    lint: 0,
    build: 2,
    says: /template not found: no-such-template/,
    names: 'no-such-template',
    buildArgs: ['--template', 'no-such-template'],
  },
];

interface Seen {
  code: number | null;
  output: string;
  seconds: number;
  maxRssMb: number | undefined;
}

/** Runs the CLI with a 256 MB heap; /usr/bin/time reports the peak resident memory when present. */
function studyplan(args: string[]): Seen {
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

const measured: string[] = [];

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-bad-input-'));
  mkdirSync(path.join(project, 'plans'));
  for (const c of CASES) c.make(path.join(project, 'plans', c.file));
}, 180_000);

afterAll(() => {
  if (measured.length) console.log(`bad inputs (command, case, exit, seconds, peak MB):\n${measured.join('\n')}`);
  if (project) rmSync(project, { recursive: true, force: true });
});

describe.each(['lint', 'build'] as const)('studyplan %s on bad input', (command) => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const planArg = `plans/${c.file}`;
    const args = command === 'lint' ? ['lint', planArg] : ['build', '--format', 'html', '--out', `out-${c.file.replace(/\W/g, '_')}`, ...(c.buildArgs ?? []), planArg];
    const seen = studyplan(args);
    measured.push(`${command}\t${c.name}\t${seen.code}\t${seen.seconds.toFixed(2)}\t${seen.maxRssMb ?? '?'}`);
    const expected = command === 'lint' ? c.lint : c.build;
    expect(seen.code, seen.output).toBe(expected);
    // No stack trace, no "unexpected error" (a bug), for anything a user can write.
    expect(seen.output).not.toMatch(/^\s+at /m);
    expect(seen.output).not.toMatch(/unexpected error|RangeError|TypeError/);
    if (expected === 0) return;
    // The file is named, and the problem's place where it has one.
    expect(seen.output).toContain(c.names ?? c.file.replace(/\/$/, ''));
    expect(seen.output).toMatch(c.says);
    if (c.at) {
      const stylish = new RegExp(`^\\s+${c.at}\\s`, 'm');
      const compact = `${planArg}:${c.at}`;
      expect(command === 'lint' ? stylish.test(seen.output) : seen.output.includes(compact), seen.output).toBe(true);
    }
  });
});

test('a refused plan keeps its earlier good output', () => {
  const out = path.join(project, 'out-keep');
  const plan = path.join(project, 'plans', 'kept.yaml');
  cpSync(path.join(fixtures, 'valid.yaml'), plan);
  expect(studyplan(['build', '--format', 'html', '--out', out, plan]).code).toBe(0);
  const before = readFileSync(path.join(out, 'kept.html'));
  writeFileSync(plan, Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256)));
  expect(studyplan(['build', '--format', 'html', '--out', out, plan]).code).toBe(1);
  expect(readFileSync(path.join(out, 'kept.html')).equals(before)).toBe(true);
});
