import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import * as formats from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parsePlan } from '../../src/plan/load.js';
import { pointerToPath, type PathSegment } from '../../src/plan/source-map.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaPath = join(root, 'schemas/studyplan.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as FormatsPlugin;

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const yamlIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(dir, f));

const validFiles = [...yamlIn('plans'), ...yamlIn('tests/fixtures/valid')];
// Only the schema-*.yaml fixtures break the schema; plan-*.yaml ones break a lint rule (tests/unit/lint-rules.test.ts).
const invalidFiles = yamlIn('tests/fixtures/invalid').filter((f) => f.split('/').pop()!.startsWith('schema-'));

function load(rel: string) {
  const text = readFileSync(join(root, rel), 'utf8');
  const plan = parsePlan(text, rel);
  expect(plan.diagnostics, `${rel} reads as YAML`).toEqual([]);
  return { text, plan };
}

/** The line an ajv error points at: an unknown key at the key itself, others at the value. */
function errorLine(plan: ReturnType<typeof parsePlan>, e: ErrorObject): number {
  const path: PathSegment[] = pointerToPath(e.instancePath);
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  if (e.keyword === 'additionalProperties' && extra !== undefined) return plan.sourceMap.rangeOf([...path, extra], 'key').start.line;
  return plan.sourceMap.rangeOf(path, 'value').start.line;
}

describe('the schema', () => {
  test('compiles with ajv (draft 2020-12) in strict mode', () => {
    expect(() => compile()).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
  });

  test('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, v] of Object.entries(o.properties)) {
          if (typeof (v as { description?: unknown }).description !== 'string') missing.push(`${where}/properties/${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${where}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  test('and the generated types have not drifted from it (generate-types --check)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-types.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});

describe('valid plans', () => {
  const validate = compile();
  test.each(validFiles)('%s is accepted', (rel) => {
    const { plan } = load(rel);
    const ok = validate(plan.data);
    expect(validate.errors ?? [], rel).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each(validFiles)('%s starts with a modeline that points at the schema', (rel) => {
    const first = readFileSync(join(root, rel), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    expect(resolve(dirname(join(root, rel)), m![1]!)).toBe(schemaPath);
  });

  test('include both seed plans, a dated course, a calendar, a minimal plan and a non-Swedish plan', () => {
    expect(validFiles).toEqual(
      expect.arrayContaining([
        'plans/norrbotten-2011-2014.yaml',
        'plans/skane-hosten-2021.yaml',
        'tests/fixtures/valid/dated-course.yaml',
        'tests/fixtures/valid/calendar.yaml',
        'tests/fixtures/valid/minimal.yaml',
      ]),
    );
    const languages = validFiles.map((f) => (load(f).plan.data as { language?: string }).language ?? 'sv');
    expect(languages.some((l) => l !== 'sv')).toBe(true);
  });
});

describe('invalid plans', () => {
  const validate = compile();
  test('cover wrong type, unknown key, missing property, bad enum, bad date and bad section kind', () => {
    const keywords = new Set<string>();
    for (const rel of invalidFiles) {
      validate(load(rel).plan.data);
      for (const e of validate.errors ?? []) keywords.add(e.keyword);
    }
    for (const k of ['type', 'additionalProperties', 'required', 'enum', 'format', 'const']) expect(keywords).toContain(k);
  });

  test.each(invalidFiles)('%s is rejected, with an error on the line its `# expect:` names', (rel) => {
    const { text, plan } = load(rel);
    const expected = Number(/^# expect: (\d+)$/m.exec(text)?.[1]);
    expect(expected, `${rel} needs a "# expect: LINE" comment`).toBeGreaterThan(0);
    expect(validate(plan.data)).toBe(false);
    const lines = (validate.errors ?? []).map((e) => errorLine(plan, e));
    expect(lines).toContain(expected);
  });
});
