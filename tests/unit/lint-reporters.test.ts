import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FileReport } from '../../src/lint/index.js';
import { rules } from '../../src/lint/index.js';
import { codeFrame, splitLines } from '../../src/cli/reporters/code-frame.js';
import { escapeData, escapeProperty, github } from '../../src/cli/reporters/github.js';
import { loadReporter, type ReporterOptions } from '../../src/cli/reporters/index.js';
import { json } from '../../src/cli/reporters/json.js';
import { sarif } from '../../src/cli/reporters/sarif.js';
import { stylish } from '../../src/cli/reporters/stylish.js';

const reporters = { json, github, sarif, stylish };
import { Chalk } from 'chalk';
import { useColor } from '../../src/cli/commands/lint.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

const TEXT = ['title: Studieplan', 'titel: fel', 'period:', '  term: autumn', 'sections: []', ''].join('\n');

function diag(over: Partial<Diagnostic>): Diagnostic {
  return { file: 'plans/a.yaml', line: 2, column: 1, endLine: 2, endColumn: 6, severity: 'error', ruleId: 'schema/unknown-key', message: 'Unknown key `titel`.', ...over };
}

const reports: FileReport[] = [
  {
    file: 'plans/a.yaml',
    text: TEXT,
    diagnostics: [diag({ hint: 'Did you mean `title`?' }), diag({ line: 4, column: 9, endLine: 4, endColumn: 15, severity: 'warning', ruleId: 'schema/enum', message: 'Odd term.' })],
  },
  { file: 'plans/b.yaml', text: 'title: x\n', diagnostics: [] },
  {
    file: 'plans/c.yaml',
    text: 'title: x\n',
    diagnostics: [diag({ file: 'plans/c.yaml', line: 1, column: 1, endLine: 1, endColumn: 6, severity: 'info', ruleId: 'plan/course-without-audience', message: 'Info.' })],
  },
];

const options = (over: Partial<ReporterOptions> = {}): ReporterOptions => ({ lang: 'en', color: false, cwd: '/work/project', version: '9.8.7', rules, ...over });

/** The 1-based column of the `^` run under the `>` line of a plain code frame, and its length. */
function markerOf(frame: string): { line: number; column: number; length: number } {
  const lines = frame.split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith('>'));
  const source = lines[at]!;
  const marker = lines[at + 1]!;
  const textStart = source.indexOf('|') + 2;
  const run = /\^+/.exec(marker)!;
  return { line: Number(/(\d+) \|/.exec(source)![1]), column: run.index - textStart + 1, length: run[0].length };
}

test('loadReporter gives each format its reporter (stylish loaded on demand)', async () => {
  for (const [format, reporter] of Object.entries(reporters)) expect(await loadReporter(format as keyof typeof reporters)).toBe(reporter);
});

describe('json reporter', () => {
  test('one flat array of diagnostics with fixed keys; hint only when there is one', () => {
    const out = JSON.parse(reporters.json(reports, options())) as Record<string, unknown>[];
    expect(out).toHaveLength(3);
    expect(Object.keys(out[0]!)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message', 'hint']);
    expect(out[0]).toMatchObject({ file: 'plans/a.yaml', line: 2, column: 1, endLine: 2, endColumn: 6, severity: 'error', ruleId: 'schema/unknown-key', hint: 'Did you mean `title`?' });
    expect('hint' in out[1]!).toBe(false);
    expect(out[2]).toMatchObject({ file: 'plans/c.yaml', severity: 'info' });
  });
  test('no problems is an empty array', () => {
    expect(JSON.parse(reporters.json([reports[1]!], options()))).toEqual([]);
  });
});

describe('github reporter', () => {
  test('one workflow command per diagnostic, error/warning/notice, hint after an escaped newline', () => {
    const lines = reporters.github(reports, options()).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=plans/a.yaml,line=2,col=1,endLine=2,endColumn=6,title=schema/unknown-key::Unknown key `titel`.%0ADid you mean `title`?',
      '::warning file=plans/a.yaml,line=4,col=9,endLine=4,endColumn=15,title=schema/enum::Odd term.',
      '::notice file=plans/c.yaml,line=1,col=1,endLine=1,endColumn=6,title=plan/course-without-audience::Info.',
    ]);
  });
  test('escapes % CR LF in the message and also : , in properties, as @actions/core does', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
    const [line] = reporters.github([{ file: 'plans/x: y,z.yaml', text: '', diagnostics: [diag({ file: 'plans/x: y,z.yaml', message: '50% klart\r\nrad två' })] }], options()).split('\n');
    expect(line).toBe('::error file=plans/x%3A y%2Cz.yaml,line=2,col=1,endLine=2,endColumn=6,title=schema/unknown-key::50%25 klart%0D%0Arad två');
    // Exactly two "::" separators are left unescaped: the command's and the message's.
    expect(line!.split('::')).toHaveLength(3);
  });
  test('no problems prints nothing', () => {
    expect(reporters.github([reports[1]!], options())).toBe('');
  });
});

describe('sarif reporter', () => {
  const log = JSON.parse(reporters.sarif(reports, options())) as {
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      }[];
    }[];
  };
  const run = log.runs[0]!;
  test('one run; the driver lists every rule with its description and default level', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'studyplan', version: '9.8.7' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const placeholder = run.tool.driver.rules.find((r) => r.id === 'yaml/syntax')!;
    expect(placeholder.shortDescription.text).toBe(rules.find((r) => r.id === 'yaml/syntax')!.docs.en);
    expect(placeholder.defaultConfiguration.level).toBe('error');
  });
  test('results point at their rule by id and index, with level, message and region', () => {
    expect(run.results).toHaveLength(3);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[0]!.message.text).toBe('Unknown key `titel`.\nDid you mean `title`?');
    expect(run.results[1]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/a.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 15 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe('file:///work/project/');
  });
  test('paths are percent-encoded URIs; absolute paths become file: URIs; Swedish descriptions with --lang sv', () => {
    const odd = JSON.parse(
      reporters.sarif(
        [
          { file: 'plans/skåne hösten#1.yaml', text: '', diagnostics: [diag({ file: 'plans/skåne hösten#1.yaml' })] },
          { file: '/elsewhere/b.yaml', text: '', diagnostics: [diag({ file: '/elsewhere/b.yaml', ruleId: 'made/up' })] },
        ],
        options({ lang: 'sv' }),
      ),
    ) as typeof log;
    const [a, b] = odd.runs[0]!.results;
    expect(a!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'plans/sk%C3%A5ne%20h%C3%B6sten%231.yaml', uriBaseId: '%SRCROOT%' });
    expect(b!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/b.yaml' });
    // A rule id the registry does not know is added to the driver, so ruleIndex stays valid.
    expect(odd.runs[0]!.tool.driver.rules[b!.ruleIndex]!.id).toBe('made/up');
    const syntax = odd.runs[0]!.tool.driver.rules.find((r) => r.id === 'yaml/syntax')!;
    expect(syntax.shortDescription.text).toBe(rules.find((r) => r.id === 'yaml/syntax')!.docs.sv);
  });
});

describe('stylish reporter', () => {
  test('file heading, aligned `line:col  severity  message  rule`, hint, code frame, summary', () => {
    const out = reporters.stylish(reports, options());
    expect(out).not.toMatch(ANSI);
    const lines = out.split('\n');
    expect(lines).toContain('plans/a.yaml');
    expect(lines).toContain('  2:1  error    Unknown key `titel`.  schema/unknown-key');
    expect(lines).toContain('  4:9  warning  Odd term.  schema/enum');
    expect(lines).toContain('    hint: Did you mean `title`?');
    expect(lines).not.toContain('plans/b.yaml');
    expect(out).toContain('    > 2 | titel: fel\n        | ^^^^^');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
  });
  test('the code frame marks the reported columns', () => {
    const out = reporters.stylish([reports[0]!], options());
    const frames = out.split('\n\n').filter((b) => b.includes(' | '));
    const second = frames.find((f) => f.includes('> 4 |'))!;
    expect(markerOf(second)).toEqual({ line: 4, column: 9, length: 6 });
  });
  test('Swedish headings and summary with lang sv', () => {
    const out = reporters.stylish(reports, options({ lang: 'sv' }));
    expect(out).toContain('  2:1  fel      Unknown key `titel`.  schema/unknown-key');
    expect(out).toContain('  4:9  varning  Odd term.');
    expect(out).toContain('    tips: Did you mean `title`?');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problem (1 fel, 1 varning, 1 info)');
  });
  test('no problems: one line saying how many plans were checked', () => {
    expect(reporters.stylish([reports[1]!], options())).toBe('✔ 1 plan checked, no problems\n');
    expect(reporters.stylish([reports[1]!, reports[1]!], options({ lang: 'sv' }))).toBe('✔ 2 planer granskade, inga problem\n');
  });
  test('colours only when asked for', () => {
    expect(reporters.stylish(reports, options({ color: true }))).toMatch(ANSI);
    expect(reporters.stylish(reports, options({ color: false }))).not.toMatch(ANSI);
  });
});

describe('code frame', () => {
  const plain = new Chalk({ level: 0 });
  test('marks start..end on the line, with the lines around it numbered', () => {
    const frame = codeFrame(splitLines(TEXT), 4, 9, 4, 15, plain);
    expect(frame).toContain('  3 | period:');
    expect(frame).toContain('> 4 |   term: autumn');
    expect(markerOf(frame)).toEqual({ line: 4, column: 9, length: 6 });
  });
  test('CRLF line ends count as one line break; an empty range gets one ^', () => {
    const frame = codeFrame(splitLines('a: 1\r\nb: 2\r\n'), 2, 4, 2, 4, plain);
    expect(frame).not.toContain('\r');
    expect(markerOf(frame)).toEqual({ line: 2, column: 4, length: 1 });
  });
  test('a range over several lines is marked to the end of its first line', () => {
    const frame = codeFrame(splitLines(TEXT), 3, 1, 5, 13, plain);
    expect(markerOf(frame)).toEqual({ line: 3, column: 1, length: 'period:'.length });
    expect(frame.split('\n').filter((l) => l.includes('^'))).toHaveLength(1);
  });
  test('a tab before the mark is kept in the marker line, so the ^ stays under the place', () => {
    const frame = codeFrame(['\tkey: value'], 1, 2, 1, 5, plain);
    const lines = frame.split('\n');
    expect(lines[1]).toMatch(/\| \t\^\^\^$/);
  });
  test('a very long line is cut around the mark, which stays under the right characters', () => {
    const line = `${'x'.repeat(5000)}BAD${'y'.repeat(5000)}`;
    const frame = codeFrame([line], 1, 5001, 1, 5004, plain);
    expect(frame.length).toBeLessThan(400);
    const source = frame.split('\n')[0]!;
    const m = markerOf(frame);
    expect(m.length).toBe(3);
    expect(source.slice(source.indexOf('|') + 2).slice(m.column - 1, m.column + 2)).toBe('BAD');
  });
  test('control characters of binary data are shown as U+FFFD, columns unchanged', () => {
    const frame = codeFrame(['a\u0000b\u001bc: 1'], 1, 5, 1, 6, plain);
    // eslint-disable-next-line no-control-regex -- no NUL or ESC may reach the terminal
    expect(frame).not.toMatch(/[\u0000\u001b]/);
    expect(frame).toContain('a\uFFFDb\uFFFDc: 1');
    expect(markerOf(frame).column).toBe(5);
  });
  test('no frame for a line that is not in the text', () => {
    expect(codeFrame([''], 3, 1, 3, 1, plain)).toBe('');
    expect(codeFrame([], 1, 1, 1, 1, plain)).toBe('');
  });
  test('colours the marker when colours are on', () => {
    expect(codeFrame(splitLines(TEXT), 2, 1, 2, 6, new Chalk({ level: 1 }))).toMatch(ANSI);
  });
});

describe("useColor (the command's choice of colours)", () => {
  const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}) => ({ stdout: () => undefined, stderr: () => undefined, isTTY, env, cwd: '/' });
  test('on at a terminal, off when not a terminal or writing a file', () => {
    expect(useColor(io(true), false)).toBe(true);
    expect(useColor(io(false), false)).toBe(false);
    expect(useColor(io(true), true)).toBe(false);
  });
  test('NO_COLOR and FORCE_COLOR=0 turn them off at a terminal; FORCE_COLOR=1 turns them on in a pipe, not in a file', () => {
    expect(useColor(io(true, { NO_COLOR: '1' }), false)).toBe(false);
    expect(useColor(io(true, { FORCE_COLOR: '0' }), false)).toBe(false);
    expect(useColor(io(false, { FORCE_COLOR: '1' }), false)).toBe(true);
    expect(useColor(io(false, { FORCE_COLOR: '1' }), true)).toBe(false);
    expect(useColor(io(true, { FORCE_COLOR: '1', NO_COLOR: '1' }), false)).toBe(false);
    // An empty NO_COLOR does not count, as no-color.org says.
    expect(useColor(io(true, { NO_COLOR: '' }), false)).toBe(true);
  });
});
