import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { StudyPlan } from '../../src/plan/types.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

/**
 * "Markdown everywhere the schema says Markdown" (issue 27): every property whose schema
 * description says it is Markdown gets a lead-in and a list, inside the smallest plan the schema
 * allows around it, and the booklet must print it as a list (each item its own <li>), never as a
 * run-on paragraph with " - " inside. The fields are found by walking the schema, so a new
 * Markdown field is tested without anyone adding it here.
 */
type Schema = Record<string, unknown>;
const ROOT = process.cwd();
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'schemas/studyplan.schema.json'), 'utf8')) as Schema;
const MARKER = 'Markdown (CommonMark)';
const LIST = 'Inledning:\n\n- förstapunkt\n- andrapunkt [länk](https://example.se/x)\n';

const isObject = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);

function deref(node: Schema): Schema {
  let n = node;
  while (typeof n['$ref'] === 'string') {
    const target = (n['$ref'] as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((x, k) => (isObject(x) ? x[k] : undefined), SCHEMA);
    n = target as Schema;
  }
  return n;
}

/** The schema's options at NODE: its oneOf branches, or itself. */
const branches = (node: Schema): Schema[] => {
  const n = deref(node);
  return Array.isArray(n['oneOf']) ? (n['oneOf'] as Schema[]).map(deref) : [n];
};

/** The smallest value the schema allows at NODE (its first example, first enum value, required keys only). */
function minimal(node: Schema, depth = 0): unknown {
  const n = branches(node).find((b) => b['type'] === 'object' || b['type'] === 'string') ?? branches(node)[0]!;
  if ('const' in n) return n['const'];
  if (Array.isArray(n['examples'])) return n['examples'][0];
  if (Array.isArray(n['enum'])) return n['enum'][0];
  if (n['format'] === 'date') return '2027-03-01';
  if (n['type'] === 'string') return 'x';
  if (n['type'] === 'number' || n['type'] === 'integer') return Math.max(1, Number(n['minimum'] ?? 1));
  if (n['type'] === 'boolean') return false;
  if (n['type'] === 'array') return depth > 8 ? [] : [minimal(n['items'] as Schema, depth + 1)].slice(0, Math.max(1, Number(n['minItems'] ?? 1)));
  const out: Schema = {};
  for (const key of (n['required'] ?? []) as string[]) out[key] = minimal((n['properties'] as Record<string, Schema>)[key]!, depth + 1);
  return out;
}

/**
 * A path from the plan to each Markdown string ([key or array index 0, ...]): each definition of
 * the schema is walked once, so a field reachable in many places (a section in a section) is
 * tested where it is first found.
 */
function markdownPaths(node: Schema, trail: string[], seen: Set<Schema>, out: string[][]): void {
  for (const b of branches(node)) {
    if (seen.has(b)) continue;
    seen.add(b);
    if (b['type'] === 'array') markdownPaths(b['items'] as Schema, [...trail, '0'], seen, out);
    for (const [key, sub] of Object.entries((b['properties'] ?? {}) as Record<string, Schema>)) {
      if (String(sub['description'] ?? '').includes(MARKER)) out.push([...trail, key]);
      else markdownPaths(sub, [...trail, key], seen, out);
    }
  }
}

/** The branch of NODE a value that has KEY takes (a section that has `courses`), or its first. */
const branchWith = (node: Schema, key: string | undefined): Schema => {
  const all = branches(node);
  if (key === '0') return all.find((x) => x['type'] === 'array') ?? all[0]!;
  return all.find((x) => key !== undefined && isObject(x['properties']) && key in (x['properties'] as Schema)) ?? all[0]!;
};

/** The smallest plan the schema allows with the list at TRAIL. */
function planWith(trail: string[]): StudyPlan {
  const plan = minimal(SCHEMA) as Schema;
  let at: Record<string, unknown> = plan;
  let node: Schema = SCHEMA;
  for (const [i, key] of trail.entries()) {
    const b = branchWith(node, key);
    const sub = key === '0' ? (b['items'] as Schema) : (b['properties'] as Record<string, Schema>)[key]!;
    if (i === trail.length - 1) {
      at[key] = LIST;
      break;
    }
    // An array gets one item of the kind the path goes on through (a calendar section, a session written out).
    if (trail[i + 1] === '0') at[key] = [minimal(branchWith(branchWith(sub, '0')['items'] as Schema, trail[i + 2]))];
    else if (at[key] === undefined) at[key] = minimal(branchWith(sub, trail[i + 1]));
    at = at[key] as Record<string, unknown>;
    node = sub;
  }
  useSessions(plan);
  return plan as unknown as StudyPlan;
}

/** A course's sessions print where a step names them: the minimal plan's step names each one. */
function useSessions(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(useSessions);
  if (!isObject(value)) return;
  if (Array.isArray(value['sessions']) && 'title' in value && 'id' in value && !value['steps']) {
    const sessions = value['sessions'] as Schema[];
    sessions.forEach((s, n) => (s['id'] = `s${n}`));
    value['steps'] = [{ title: 'Steg', sessions: sessions.map((s) => s['id']) }];
  }
  Object.values(value).forEach(useSessions);
}

const PATHS: string[][] = [];
markdownPaths(SCHEMA, [], new Set(), PATHS);

let template: LoadedTemplate;
beforeAll(async () => {
  template = await loadTemplate('booklet', ROOT);
});

describe('every Markdown field of the schema prints its list as a list', () => {
  test('the walk finds the fields (goals, prerequisites, course description, occurrence text, …)', () => {
    const names = PATHS.map((p) => p.join('/'));
    expect(names.length).toBeGreaterThan(25);
    expect(names).toEqual(
      expect.arrayContaining([
        'introduction/text',
        'proposal/text',
        'sections/0/courses/0/prerequisites/text',
        'sections/0/courses/0/goals/0/text',
        'sections/0/courses/0/steps/0/sessions/0/description',
      ]),
    );
  });

  test.each(PATHS.map((p) => [p.join('/'), p] as const))('%s', (_name, trail) => {
    const plan = planWith(trail);
    const html = renderHtml(plan, { template, includeInternal: true });
    const body = html.slice(html.indexOf('<body'));
    expect(body, JSON.stringify(plan)).toMatch(/<li>(<p>)?förstapunkt(<\/p>)?\s*<\/li>\s*<li>(<p>)?andrapunkt <a href="https:\/\/example.se\/x">länk<\/a>/);
    expect(body).not.toMatch(/förstapunkt\s*-\s*andrapunkt/);
  });
});
