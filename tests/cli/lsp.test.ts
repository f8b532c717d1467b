import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { LspClient } from '../helpers/lsp-client.js';

const PLAN = `# yaml-language-server: $schema=../schemas/studyplan.schema.json
title: Studieplan 2022
publisher:
  name: Socialdemokraterna i Jämtland
period:
  year: 2022
proposal:
  clauses:
    - Att studieplanen fastställs
    - uppdra åt styrelsen att genomföra planen
sections:
  - kind: courses
    title: Utbildningar
    courses:
      - id: medlemsutbildning-del-1
        title: Medlemsutbildning del 1
        audience: Nya medlemmar
      - id: medlemsutbildning-del-2
        title: Medlemsutbildning del 2
        audience: Medlemmar som gått del 1
        prerequisites:
          courses:
            - medlemsutbilding-del-1
`;

/** A plans project in a temp folder: plans/x.yaml, and a config when given. */
function project(config?: string): { dir: string; plan: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-lsp-'));
  mkdirSync(path.join(dir, 'plans'));
  if (config !== undefined) writeFileSync(path.join(dir, 'studyplan.config.yaml'), config);
  const plan = path.join(dir, 'plans', 'x.yaml');
  writeFileSync(plan, PLAN);
  return { dir, plan };
}

const brief = (ds: { code?: unknown; range: { start: { line: number; character: number } }; severity?: number }[]) =>
  ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.severity}`);

describe('studyplan lsp over stdio', () => {
  let client: LspClient;
  let dir: string;
  let plan: string;
  beforeAll(async () => {
    ({ dir, plan } = project());
    client = new LspClient(dir, { LANG: 'C.UTF-8' });
    await client.initialize({ debounceMs: 20 }, dir);
  });
  afterAll(async () => {
    expect(await client.close()).toBe(0);
  });

  test('an open plan gets the lint findings at their ranges, with rule id and link, in Swedish', async () => {
    const uri = await client.open(plan, PLAN);
    const ds = await client.diagnostics(uri);
    expect(brief(ds)).toEqual(['10:7 plan/clause-without-att 2', '23:15 plan/unknown-prerequisite 1']);
    const unknown = ds[1]!;
    expect(unknown.range).toEqual({ start: { line: 22, character: 14 }, end: { line: 22, character: 36 } });
    expect(unknown.source).toBe('studyplan');
    expect(unknown.codeDescription?.href).toMatch(/^file:.*docs\/lint-rules\.md$/);
    expect(unknown.message).toContain('medlemsutbilding-del-1');
    expect(unknown.message).toMatch(/[Mm]enade du/);
  });

  test('an edit that mends the plan clears its findings; one that breaks it brings them back', async () => {
    const uri = await client.open(plan, PLAN);
    await client.diagnostics(uri);
    const mended = PLAN.replace('medlemsutbilding-del-1', 'medlemsutbildning-del-1').replace('- uppdra', '- Att uppdra');
    expect(await client.diagnostics(uri, await client.change(uri, mended))).toEqual([]);
    const broken = mended.replace('year: 2022', 'year: tjugotjugotvå');
    expect(brief(await client.diagnostics(uri, await client.change(uri, broken)))).toEqual(['6:9 schema/type 1']);
  });

  test('the quick fixes: did-you-mean and the missing att; applied, the plan is lint clean', async () => {
    const uri = await client.open(plan, PLAN);
    const ds = await client.diagnostics(uri);
    const doc = TextDocument.create(uri, 'yaml', 1, PLAN);
    const edits = [];
    for (const d of ds) {
      const [action] = await client.codeActions(uri, d.range, [d]);
      expect(action?.kind).toBe('quickfix');
      edits.push(...action!.edit!.changes![uri]!);
    }
    expect(edits.map((e) => e.newText)).toEqual(['Att ', 'medlemsutbildning-del-1']);
    const fixed = TextDocument.applyEdits(doc, edits);
    expect(fixed).toContain('- Att uppdra åt styrelsen');
    expect(checkPlan(parsePlan(fixed, 'x.yaml'))).toEqual([]);
    expect(await client.diagnostics(uri, await client.change(uri, fixed))).toEqual([]);
  });

  test('a source action inserts the schema line when the plan has none', async () => {
    const bare = PLAN.split('\n').slice(1).join('\n');
    const uri = await client.open(plan, bare);
    await client.diagnostics(uri);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source']);
    const edit = actions.find((a) => a.kind === 'source')!.edit!.changes![uri]![0]!;
    const schema = path.relative(path.dirname(plan), path.join(ROOT, 'schemas/studyplan.schema.json')).split(path.sep).join('/');
    expect(edit.newText).toBe(`# yaml-language-server: $schema=${schema}\n`);
    // With the line there, none is offered.
    const again = await client.open(plan, PLAN);
    await client.diagnostics(again);
    const withLine = await client.codeActions(again, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source']);
    expect(withLine.filter((a) => a.kind === 'source')).toEqual([]);
  });

  test('hover on a prerequisite shows that course; on a misspelt one, that there is none', async () => {
    const mended = PLAN.replace('medlemsutbilding-del-1', 'medlemsutbildning-del-1');
    const uri = await client.open(plan, mended);
    await client.diagnostics(uri);
    const hover = await client.hover(uri, 22, 20);
    expect(hover?.contents).toEqual({ kind: 'markdown', value: '**Medlemsutbildning del 1**  \nKurs `medlemsutbildning-del-1` i avsnittet Utbildningar' });
    expect(await client.hover(uri, 3, 3)).toBeNull();
    await client.diagnostics(uri, await client.change(uri, PLAN));
    expect((await client.hover(uri, 22, 20))?.contents).toMatchObject({ value: 'Ingen kurs i planen har id `medlemsutbilding-del-1`.' });
  });

  test('a YAML file that is not a plan gets no findings', async () => {
    const other = path.join(dir, 'notes.yaml');
    writeFileSync(other, 'titel: x\n');
    expect(await client.diagnostics(await client.open(other, 'titel: x\n'))).toEqual([]);
  });
});

describe('the project config', () => {
  test('a rule turned off in studyplan.config.yaml is not reported; changed on disk, it is again', async () => {
    const { dir, plan } = project('rules:\n  plan/clause-without-att: off\n');
    const client = new LspClient(dir);
    await client.initialize({ debounceMs: 20, lang: 'en' });
    const uri = await client.open(plan, PLAN);
    expect(brief(await client.diagnostics(uri))).toEqual(['23:15 plan/unknown-prerequisite 1']);
    expect((await client.diagnostics(uri))[0]!.message).toContain('Did you mean');
    writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'rules:\n  plan/unknown-prerequisite: warning\n');
    await client.notifyWatchedFilesChanged(path.join(dir, 'studyplan.config.yaml'));
    const version = await client.change(uri, PLAN);
    expect(brief(await client.diagnostics(uri, version))).toEqual(['10:7 plan/clause-without-att 2', '23:15 plan/unknown-prerequisite 2']);
    await client.close();
  });

  test('a broken config is one finding on the plan that names its line and column', async () => {
    const { dir, plan } = project('format: pdf\n');
    const client = new LspClient(dir);
    await client.initialize({ lang: 'en' });
    const [first] = await client.diagnostics(await client.open(plan, PLAN));
    expect(first).toMatchObject({ code: 'config/invalid', severity: 1 });
    expect(first!.message).toMatch(/studyplan\.config\.yaml:1:1/);
    await client.close();
  });

  test('beside yaml-language-server (schemaDiagnostics: false) the schema findings are left to it', async () => {
    const { dir, plan } = project();
    const client = new LspClient(dir);
    await client.initialize({ schemaDiagnostics: false });
    const text = PLAN.replace('title: Medlemsutbildning del 2', 'titel: Medlemsutbildning del 2');
    const codes = (await client.diagnostics(await client.open(plan, text))).map((d) => d.code);
    expect(codes).toEqual(['plan/clause-without-att', 'plan/unknown-prerequisite']);
    await client.close();
  });
});

test('for every invalid fixture the server finds what `studyplan lint --format json` finds', async () => {
  const folder = path.join(ROOT, 'tests/fixtures/invalid');
  // Each fixture as a plan of one project (plans/, where every YAML file is a plan), for both.
  const { dir } = project();
  const plans = path.join(dir, 'plans');
  rmSync(path.join(plans, 'x.yaml'));
  const sources = readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f));
  expect(sources.length).toBeGreaterThanOrEqual(28);
  const files = sources.map((f) => {
    const target = path.join(plans, f.split(path.sep).join('--'));
    copyFileSync(path.join(folder, f), target);
    return target;
  });
  const lint = runCli(dir, ['lint', '--format', 'json', '--lang', 'sv', 'plans/']);
  const expected = new Map<string, string[]>();
  for (const d of JSON.parse(lint.stdout) as { file: string; line: number; column: number; ruleId: string; severity: string }[]) {
    const key = path.resolve(dir, d.file);
    expected.set(key, [...(expected.get(key) ?? []), `${d.line}:${d.column} ${d.ruleId} ${d.severity}`]);
  }
  const client = new LspClient(dir);
  await client.initialize({ lang: 'sv' });
  const names = ['', 'error', 'warning', 'info'];
  let compared = 0;
  for (const file of files) {
    // An editor holds text: a file that is not UTF-8 cannot be opened as the same text lint reads.
    const text = readFileSync(file, 'utf8');
    if (!Buffer.from(text, 'utf8').equals(readFileSync(file))) continue;
    const got = (await client.diagnostics(await client.open(file, text))).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${names[d.severity!]}`);
    expect({ file: path.basename(file), got }).toEqual({ file: path.basename(file), got: expected.get(file) ?? [] });
    compared++;
  }
  expect(compared).toBeGreaterThanOrEqual(28);
  await client.close();
});
