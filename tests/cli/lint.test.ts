import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMainWithEnv } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
const fixtures = path.join(root, 'tests/fixtures/lint-cli');
let project: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of every run: an English locale, no colour settings, plus ENV. */
function neutralEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete base[k];
  return { ...base, LANG: 'en_US.UTF-8', ...env };
}

/** Runs the CLI's main() in this process, in the temporary project (tests/helpers/cli.ts: runMain). */
const studyplan = (args: string[], env: Record<string, string> = {}): Promise<Run> => runMainWithEnv(project, args, neutralEnv(env));

/**
 * Runs the real bin, for bad input: every run is killed after 20 s, so a hang fails the test
 * instead of stalling it, and the heap is capped at 128 MB, so an input that needs unbounded
 * memory fails.
 */
function studyplanBin(args: string[]): Run {
  const r = spawnSync(process.execPath, ['--max-old-space-size=128', bin, ...args], { cwd: project, encoding: 'utf8', env: neutralEnv({}), timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const lint = (...args: string[]) => studyplan(['lint', ...args]);
const inProject = (...p: string[]) => path.join(project, ...p);

/** The line number, 1-based column and length of the `^` run under the `>` line of a code frame. */
function marker(output: string): { line: number; column: number; length: number } {
  const lines = output.split('\n');
  const at = lines.findIndex((l) => /^\s*> \d+ \|/.test(l));
  expect(at).toBeGreaterThanOrEqual(0);
  const source = lines[at]!;
  const mark = lines[at + 1]!;
  const run = /\^+/.exec(mark)!;
  return { line: Number(/> (\d+) \|/.exec(source)![1]), column: run.index - (source.indexOf('|') + 2) + 1, length: run[0].length };
}

const noStack = (r: Run) => expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-lint-'));
  cpSync(fixtures, inProject('cases'), { recursive: true });
  mkdirSync(inProject('plans'));
  cpSync(path.join(fixtures, 'valid.yaml'), inProject('plans/valid.yaml'));
  cpSync(path.join(fixtures, 'warning.yaml'), inProject('plans/warning.yaml'));
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('studyplan lint: exit codes and the stylish report', () => {
  test('a valid plan: exit 0, one line saying so', async () => {
    const r = await lint('cases/valid.yaml');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('✔ 1 plan checked, no problems\n');
    expect(r.code).toBe(0);
  });

  test('an invalid plan: exit 1; file, line:col, severity, message, rule, hint, code frame marked at the key', async () => {
    const r = await lint('cases/error.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain('cases/error.yaml');
    expect(lines).toContain('  12:9  error  Unknown key `audiense` in the course `Medlemsutbildning del 1`. Did you mean `audience`?  schema/unknown-key');
    expect(r.stdout).toMatch(/\n {4}hint: Keys allowed here: .*audience/);
    expect(marker(r.stdout)).toEqual({ line: 12, column: 9, length: 'audiense'.length });
    expect(r.stdout).toContain('> 12 |         audiense: Nya medlemmar');
    expect(lines.at(-2)).toBe('✖ 1 problem (1 error, 0 warnings)');
  });

  test('warnings only: exit 0; --max-warnings 0 makes it 1 and says why; --max-warnings 1 does not', async () => {
    const r = await lint('cases/warning.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  10:7  warning  ');
    expect(r.stdout).toContain('plan/clause-without-att');
    const strict = await lint('cases/warning.yaml', '--max-warnings', '0');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('studyplan lint found too many warnings (1; maximum: 0).\n');
    expect((await lint('cases/warning.yaml', '--max-warnings', '1')).code).toBe(0);
  });

  test('--quiet reports errors only; the warnings still count for --max-warnings', async () => {
    const quietWarn = await lint('cases/warning.yaml', '--quiet');
    expect(quietWarn).toEqual({ code: 0, stdout: '', stderr: '' });
    const both = await lint('cases/warning.yaml', 'cases/error.yaml', '--quiet');
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('schema/unknown-key');
    expect(both.stdout).not.toContain('plan/clause-without-att');
    expect(both.stdout).not.toContain('warning.yaml');
    const json = JSON.parse((await lint('cases/warning.yaml', 'cases/error.yaml', '--quiet', '--format', 'json')).stdout) as { severity: string }[];
    expect(json.map((d) => d.severity)).toEqual(['error']);
    expect((await lint('cases/warning.yaml', '--quiet', '--max-warnings', '0')).code).toBe(1);
  });

  test("no paths: the plans/ folder, or the config's `plans`", async () => {
    const r = await lint();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plans/warning.yaml');
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    const dir = inProject('other');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'plans: ../cases/error.yaml\n');
    const r2 = spawnSync(process.execPath, [bin, 'lint'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LANG: 'en_US.UTF-8' } });
    expect(r2.status).toBe(1);
    expect(r2.stdout).toContain('schema/unknown-key');
  });

  test('globs and several paths, files in order', async () => {
    const r = await lint('cases/*.yaml', '--format', 'json');
    const files = [...new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file))];
    expect(files).toEqual(['cases/error.yaml', 'cases/warning.yaml']);
    expect(r.code).toBe(1);
  });
});

describe('studyplan lint: could not run (exit 2, one line, no stack)', () => {
  test.each([
    ['a missing file', ['cases/nope.yaml'], /no plan file matches cases\/nope\.yaml/],
    ['an unknown option', ['--bogus', 'cases/valid.yaml'], /unknown option --bogus/],
    ['a bad --format', ['--format', 'xml', 'cases/valid.yaml'], /`xml` is not a valid value of -f, --format <format>; choose stylish, json, github, sarif/],
    ['a bad --lang', ['--lang', 'de', 'cases/valid.yaml'], /`de` is not a valid value of --lang <lang>/],
    ['a bad --max-warnings', ['--max-warnings', '-1', 'cases/valid.yaml'], /--max-warnings/],
    [
      'a config naming an unknown rule',
      ['--config', 'cases/config/unknown-rule.config.yaml', 'cases/valid.yaml'],
      /cases\/config\/unknown-rule\.config\.yaml:2:3: unknown rule plan\/clause-without-at; did you mean plan\/clause-without-att\?/,
    ],
    ['a config that is not YAML', ['--config', 'cases/config/broken.config.yaml', 'cases/valid.yaml'], /cases\/config\/broken\.config\.yaml:\d+:\d+: /],
    ['a missing config', ['--config', 'cases/none.yaml', 'cases/valid.yaml'], /cases\/none\.yaml: no such config file/],
    ['an output folder that does not exist', ['--output', 'no/such/dir/report.json', 'cases/valid.yaml'], /cannot write no\/such\/dir\/report\.json: it does not exist/],
  ])('%s', async (_name, args, message) => {
    const r = await lint(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    noStack(r);
  });

  test('a config file changes severities: the warning turned off is gone', async () => {
    const r = await lint('--config', 'cases/config/off.config.yaml', 'cases/warning.yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 plan checked, no problems\n');
  });
});

describe('studyplan lint | head', () => {
  test('a reader that stops reading early is no error: no stack, the exit code of the findings', async () => {
    mkdirSync(inProject('many'), { recursive: true });
    const text = readFileSync(path.join(fixtures, 'error.yaml'), 'utf8');
    // Enough output (about 150 kB) to fill the pipe after `head` has gone.
    for (let i = 0; i < 150; i++) writeFileSync(inProject('many', `plan-${i}.yaml`), text);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" lint many/ 2>err.txt | head -c 100 >/dev/null; echo \${PIPESTATUS[0]}`], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LANG: 'en_US.UTF-8' },
      timeout: 30_000,
    });
    expect(readFileSync(inProject('err.txt'), 'utf8')).toBe('');
    expect(r.stdout.trim()).toBe('1');
  });
});

describe('studyplan lint --output', () => {
  test('writes the report to the file, nothing to stdout, no colours even when forced', async () => {
    const r = await studyplan(['lint', 'cases/error.yaml', '--output', 'report.txt'], { FORCE_COLOR: '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const text = readFileSync(inProject('report.txt'), 'utf8');
    expect(text).toContain('12:9  error');
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b\[/);
  });

  test('replaces an earlier report whole; a run that cannot run leaves it as it was', async () => {
    writeFileSync(inProject('report.json'), 'old');
    expect((await lint('cases/warning.yaml', '--format', 'json', '--output', 'report.json')).code).toBe(0);
    const good = readFileSync(inProject('report.json'), 'utf8');
    expect(JSON.parse(good)).toHaveLength(1);
    expect((await lint('cases/missing.yaml', '--format', 'json', '--output', 'report.json')).code).toBe(2);
    expect(readFileSync(inProject('report.json'), 'utf8')).toBe(good);
  });
});

describe('studyplan lint: colours', () => {
  // eslint-disable-next-line no-control-regex
  const ansi = /\u001b\[/;
  test('none when the output is not a terminal, with NO_COLOR or FORCE_COLOR=0; FORCE_COLOR=1 forces them', async () => {
    expect((await lint('cases/error.yaml')).stdout).not.toMatch(ansi);
    expect((await studyplan(['lint', 'cases/error.yaml'], { FORCE_COLOR: '1' })).stdout).toMatch(ansi);
    expect((await studyplan(['lint', 'cases/error.yaml'], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(ansi);
    expect((await studyplan(['lint', 'cases/error.yaml'], { FORCE_COLOR: '0' })).stdout).not.toMatch(ansi);
  });
});

describe('studyplan lint: Swedish and English', () => {
  test('--lang sv: Swedish messages, headings and summary', async () => {
    const r = await lint('cases/warning.yaml', '--lang', 'sv');
    const message = (out: string) => /10:7 {2}\S+ {2}(.*) {2}plan\/clause-without-att/.exec(out)![1];
    expect(r.stdout).toContain('  10:7  varning  ');
    // The engine's message itself is Swedish too, not only the report's words.
    expect(message(r.stdout)).not.toBe(message((await lint('cases/warning.yaml', '--lang', 'en')).stdout));
    expect(r.stdout).toContain('    tips: ');
    expect(r.stdout).toContain('✖ 1 problem (0 fel, 1 varning)');
  });
  test('LANG=sv_SE.UTF-8 chooses Swedish; --lang en wins over it; LC_ALL wins over LANG', async () => {
    expect((await studyplan(['lint', 'cases/warning.yaml'], { LANG: 'sv_SE.UTF-8' })).stdout).toContain('varning');
    const en = (await studyplan(['lint', 'cases/warning.yaml', '--lang', 'en'], { LANG: 'sv_SE.UTF-8' })).stdout;
    expect(en).toContain('  10:7  warning  ');
    expect(en).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect((await studyplan(['lint', 'cases/warning.yaml'], { LANG: 'sv_SE.UTF-8', LC_ALL: 'en_US.UTF-8' })).stdout).toContain('warning');
    const sv = await studyplan(['lint', 'cases/valid.yaml'], { LANG: 'sv_SE.UTF-8' });
    expect(sv.stdout).toBe('✔ 1 plan granskad, inga problem\n');
    expect((await studyplan(['lint', 'cases/warning.yaml', '--max-warnings', '0'], { LANG: 'sv_SE.UTF-8' })).stderr).toContain('för många varningar');
  });
});

describe('studyplan lint: formats', () => {
  test('json: an array of diagnostics with their positions', async () => {
    const r = await lint('cases/error.yaml', 'cases/warning.yaml', '--format', 'json');
    expect(r.code).toBe(1);
    const all = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ file: 'cases/error.yaml', line: 12, column: 9, endLine: 12, endColumn: 17, severity: 'error', ruleId: 'schema/unknown-key' });
    expect(all[1]).toMatchObject({ file: 'cases/warning.yaml', line: 10, column: 7, severity: 'warning', ruleId: 'plan/clause-without-att' });
  });

  test('github: one workflow command per problem', async () => {
    const r = await lint('cases/error.yaml', 'cases/warning.yaml', '--format', 'github');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=cases\/error\.yaml,line=12,col=9,endLine=12,endColumn=17,title=schema\/unknown-key::Unknown key `audiense` in the course `Medlemsutbildning del 1`\. Did you mean `audience`\?%0AKeys allowed here: /,
    );
    expect(lines[1]).toMatch(/^::warning file=cases\/warning\.yaml,line=10,col=7,endLine=10,endColumn=\d+,title=plan\/clause-without-att::/);
  });

  // The same report through the SARIF 2.1.0 schema (verify-sarif.mjs): tests/cli/verify-harness.test.ts (slow).
  test('sarif: one result per problem, in order', async () => {
    const r = await lint('cases/error.yaml', 'cases/warning.yaml', 'plans/', '--format', 'sarif', '--output', 'report.sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(inProject('report.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(['schema/unknown-key', 'plan/clause-without-att', 'plan/clause-without-att']);
  });
});

describe('studyplan lint: bad input gets a message naming the file and the right exit code', () => {
  const valid = () => readFileSync(path.join(fixtures, 'valid.yaml'), 'utf8');
  const cases: [name: string, file: string, make: () => string | Buffer, code: number, expected: RegExp][] = [
    ['a UTF-8 byte order mark (fine)', 'bom.yaml', () => `\uFEFF${valid()}`, 0, /✔ 1 plan checked, no problems/],
    ['CRLF line ends (fine)', 'crlf.yaml', () => valid().replace(/\n/g, '\r\n'), 0, /✔ 1 plan checked, no problems/],
    ['an empty file', 'empty.yaml', () => '', 1, /bad\/empty\.yaml\n {2}1:1 {2}error {2}.*plan\/empty/],
    ['tabs for indentation', 'tabs.yaml', () => valid().replace('  name:', '\tname:'), 1, /bad\/tabs\.yaml\n {2}4:1 {2}error {2}.*yaml\/tab-indent/],
    ['binary data', 'binary.yaml', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 1, /bad\/binary\.yaml\n.*error.*yaml\/encoding/],
    ['Latin-1 instead of UTF-8', 'latin1.yaml', () => Buffer.from(valid(), 'latin1'), 1, /bad\/latin1\.yaml\n {2}4:\d+ +error {2}.*Latin-1.*yaml\/encoding/],
    ['a top-level list', 'list.yaml', () => '- title: a\n- title: b\n', 1, /bad\/list\.yaml\n {2}1:1 {2}error {2}.*list.*schema\/type/],
    ['several YAML documents', 'docs.yaml', () => `${valid()}---\n${valid()}`, 1, /bad\/docs\.yaml\n {2}7:1 {2}error {2}.*yaml\/multiple-documents/],
    [
      'an alias bomb',
      'bomb.yaml',
      () => {
        let s = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
        for (let i = 1; i < 12; i++)
          s += `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]\n`;
        return s;
      },
      1,
      /bad\/bomb\.yaml\n.*error.*yaml\/alias-limit/,
    ],
    ['very deep nesting', 'deep.yaml', () => `title: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 1, /bad\/deep\.yaml\n.*error.*yaml\/too-deep/],
    [
      'a file of tens of megabytes',
      'huge.yaml',
      () => `title: x\ndescription: |\n${'  lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(600_000)}`,
      1,
      /bad\/huge\.yaml\n.*error.*yaml\/too-large/,
    ],
  ];
  test.each(cases)('%s', async (_name, file, make, code, expected) => {
    mkdirSync(inProject('bad'), { recursive: true });
    writeFileSync(inProject('bad', file), make());
    const r = studyplanBin(['lint', `bad/${file}`]);
    expect(r.stdout).toMatch(expected);
    expect(r.code).toBe(code);
    noStack(r);
    // The stylish report of a bad file stays readable: short lines, no raw control characters.
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(400);
  });

  test('a directory given as a plan file: exit 2, naming it', async () => {
    mkdirSync(inProject('bad', 'folder.yaml'), { recursive: true });
    const r = await lint('bad/folder.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\/folder\.yaml/);
    noStack(r);
  });
});
