import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkPlan, rules } from '../../src/lint/index.js';
import { planRules } from '../../src/lint/rules/index.js';
import { parsePlan } from '../../src/plan/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));
const invalid = yamlIn('tests/fixtures/invalid');
const valid = [...yamlIn('plans'), ...yamlIn('tests/fixtures/valid')];

function lint(rel: string, lang: 'sv' | 'en' = 'en') {
  const text = readFileSync(join(root, rel), 'utf8');
  return { text, diagnostics: checkPlan(parsePlan(text, rel), { lang }) };
}

const expectedLines = (text: string) => [...text.matchAll(/^# expect: (\d+)$/gm)].map((m) => Number(m[1]));

describe('every invalid fixture', () => {
  test.each(invalid)('%s: its rule fires at the lines `# expect:` names, and nowhere else', (rel) => {
    const { text, diagnostics } = lint(rel);
    const name = rel
      .split('/')
      .pop()!
      .replace(/\.yaml$/, '');
    const lines = expectedLines(text);
    expect(lines.length, `${rel} needs "# expect: LINE" comments`).toBeGreaterThan(0);
    if (name.startsWith('schema-')) {
      const schemaLines = diagnostics.filter((d) => d.ruleId.startsWith('schema/')).map((d) => d.line);
      for (const line of lines) expect(schemaLines).toContain(line);
      return;
    }
    const ruleId = name.replace('-', '/');
    const fired = diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.line);
    expect(fired).toEqual(lines);
    // The fixture breaks only this rule: the schema and the other rules accept it.
    expect(diagnostics.filter((d) => d.ruleId !== ruleId)).toEqual([]);
  });

  test('each rule beyond the schema has its fixture, plan-NAME.yaml', () => {
    const names = invalid.map((f) => f.split('/').pop()!);
    for (const rule of planRules) expect(names).toContain(`${rule.id.replace('/', '-')}.yaml`);
  });
});

describe('valid plans', () => {
  test.each(valid)('%s has no errors', (rel) => {
    expect(lint(rel).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('the valid fixtures have no findings at all', () => {
    for (const rel of valid.filter((f) => f.startsWith('tests/'))) expect(lint(rel).diagnostics, rel).toEqual([]);
  });

  test('the seeds warn only where it is true: a contact printed without a way to reach her', () => {
    const found = valid.filter((f) => f.startsWith('plans/')).flatMap((rel) => lint(rel).diagnostics.filter((d) => d.severity === 'warning'));
    expect(found.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['plans/skane-hosten-2021.yaml:360 plan/unreachable-contact']);
    expect(found[0]!.message).toContain('Susanne Asserfors');
  });
});

describe('the rule list', () => {
  test('has every rule once, with a severity and a doc line in Swedish and English', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.docs.sv.length, r.id).toBeGreaterThan(5);
      expect(r.docs.en.length, r.id).toBeGreaterThan(5);
      expect(r.docs.sv).not.toBe(r.docs.en);
    }
    for (const rule of planRules) expect(ids).toContain(rule.id);
    expect(ids).toEqual(expect.arrayContaining(['yaml/syntax', 'yaml/duplicate-key', 'schema/unknown-key', 'schema/required', 'schema/type', 'schema/enum']));
  });

  test.each(invalid.filter((f) => f.includes('/plan-')))('%s is worded in both languages, differently', (rel) => {
    const en = lint(rel, 'en').diagnostics;
    const sv = lint(rel, 'sv').diagnostics;
    expect(sv.map((d) => d.ruleId)).toEqual(en.map((d) => d.ruleId));
    sv.forEach((d, i) => {
      expect(d.message).not.toBe(en[i]!.message);
      expect(d.message).not.toMatch(/undefined|\[object/);
      expect(en[i]!.message).not.toMatch(/undefined|\[object/);
    });
  });
});

describe('plan/deadline-after-start words an application as the card does', () => {
  const FOLK = readFileSync(join(root, 'tests/fixtures/words/ansokan.yaml'), 'utf8').replace('deadline: 2025-09-05', 'deadline: 2025-10-20');
  test.each([
    ['sv', 'Sista ansökningsdag 2025-10-20 är efter kursstart'],
    ['en', 'The application deadline 2025-10-20 is after the course starts'],
    ['nb', 'Søknadsfristen 2025-10-20 er etter kursstart'],
    ['da', 'Sidste ansøgningsdag, 2025-10-20, er efter kursusstart'],
  ] as const)('%s', (lang, message) => {
    const found = checkPlan(parsePlan(FOLK, 'plan.yaml'), { lang }).filter((d) => d.ruleId === 'plan/deadline-after-start');
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining(message)]);
  });
});

describe('plan/opens-after-deadline words an application as the card does', () => {
  const PLAN = readFileSync(join(root, 'tests/fixtures/words/ansokan.yaml'), 'utf8').replace('deadline: 2025-09-05', 'deadline: 2025-09-05\n          opens: 2025-09-20');
  test.each([
    ['sv', 'Ansökan öppnar 2025-09-20, efter sista ansökningsdag 2025-09-05.'],
    ['en', 'Application opens 2025-09-20, after its deadline 2025-09-05.'],
    ['nb', 'Søknaden åpner 2025-09-20, etter søknadsfristen 2025-09-05.'],
    ['da', 'Ansøgningen åbner 2025-09-20, efter sidste ansøgningsdag 2025-09-05.'],
  ] as const)('%s', (lang, message) => {
    const found = checkPlan(parsePlan(PLAN, 'plan.yaml'), { lang }).filter((d) => d.ruleId === 'plan/opens-after-deadline');
    expect(found.map((d) => d.message)).toEqual([message]);
  });
});
