import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { readWithEvents } from '../../src/plan/read-events.js';
import type { PathSegment } from '../../src/plan/source-map.js';
import { applyMutations, mutatedPlanArbitrary } from '../helpers/mutations.js';

/**
 * The quick reader (js-yaml events) must not change a single finding: for every plan it accepts,
 * the data, the place of every key and value, and lint's diagnostics are those of the `yaml` reader.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
const files = [...yamlFiles(path.join(root, 'plans')), ...yamlFiles(path.join(root, 'tests/fixtures'))].sort();
const texts = files.map((f) => readFileSync(f, 'utf8'));

/** Every path in VALUE, the root included, and a missing key under each mapping. */
function paths(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') {
    out.push([...at, 'no-such-key']);
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

/** Why the two readers differ on TEXT, or undefined when they agree (or only yaml reads it). */
function difference(text: string): string | undefined {
  if (!readWithEvents(text)) return undefined;
  const quick = parsePlan(text, 'plan.yaml');
  const slow = parsePlan(text, 'plan.yaml', { quick: false });
  // Both readers' data get the same check after reading (yaml/not-finite); otherwise yaml finds nothing.
  if (JSON.stringify(slow.diagnostics) !== JSON.stringify(quick.diagnostics)) return `yaml found problems the quick reader did not: ${JSON.stringify(slow.diagnostics.map((d) => d.message))}`;
  // isDeepStrictEqual, not toStrictEqual: a key named `constructor` would count as a class.
  if (!isDeepStrictEqual(quick.data, slow.data)) {
    return `different data: ${JSON.stringify(quick.data).slice(0, 300)} / ${JSON.stringify(slow.data).slice(0, 300)}`;
  }
  for (const p of paths(slow.data)) {
    for (const part of ['value', 'key'] as const) {
      const a = quick.sourceMap.rangeOf(p, part);
      const b = slow.sourceMap.rangeOf(p, part);
      if (JSON.stringify(a) !== JSON.stringify(b)) return `${part} of /${p.join('/')}: quick ${JSON.stringify(a)}, yaml ${JSON.stringify(b)}`;
    }
    if (quick.sourceMap.has(p) !== slow.sourceMap.has(p)) return `has(/${p.join('/')}) differs`;
  }
  const da = JSON.stringify(checkPlan(quick, { lang: 'en' }));
  const db = JSON.stringify(checkPlan(slow, { lang: 'en' }));
  if (da !== db) return `different diagnostics:\n${da}\n${db}`;
  return undefined;
}

describe('quick reader (js-yaml events) against the yaml reader', () => {
  test('same data, places and diagnostics for every plan and fixture it accepts', () => {
    const accepted = texts.filter((t) => readWithEvents(t));
    // Not vacuous: the real plans and most fixtures are plain YAML.
    expect(accepted.length).toBeGreaterThan(texts.length / 2);
    for (const [i, text] of texts.entries()) expect(difference(text), files[i]).toBeUndefined();
  });

  test('mutated plans: the same whenever it accepts one (500 cases)', () => {
    const plans = texts.filter((t) => readWithEvents(t) && t.length > 500);
    let accepted = 0;
    fc.assert(
      fc.property(mutatedPlanArbitrary(plans.length), ({ seed, mutations }) => {
        const input = applyMutations(plans[seed]!, mutations);
        const text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
        if (readWithEvents(text)) accepted++;
        const problem = difference(text);
        if (problem) throw new Error(problem);
      }),
      { numRuns: 500, ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}) },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  test.each([
    ['an anchor and an alias', 'title: &t Hej\nsubtitle: *t\n'],
    ['a tag', 'title: !!str Hej\n'],
    ['two documents', 'title: a\n---\ntitle: b\n'],
    ['a %YAML directive', '%YAML 1.1\n---\ntitle: yes\n'],
    ['a duplicate key', 'title: a\ntitle: b\n'],
    ['a number as key', 'title: a\n1: b\n'],
    ['a list as key', '? [a]\n: b\n'],
    ['a syntax error', 'title: [a\n'],
    ['an empty file', ''],
    ['a tab as indentation', 'sections:\n\t- a\n'],
    ['a tab before a root scalar', '\t('],
    ['a list at the root', '- a\n'],
    ['an explicit key', 'title: a\n? x\n: b\n'],
    ['a block scalar of blank lines', 'title: |\n   \n'],
    ['a carriage return without a line feed', '# a\rtitle: b\n'],
    ['a number beyond a double', 'title: a\ncount: 1e309\n'],
    ['a flow key with no space after its colon', 'courses: [{ id: a, title:! Kurs 1 }]\n'],
    ['a block text ending the file without a line break', 'title: a\ntext: |\n  Rad ett\n  Rad två'],
  ])('leaves %s to the yaml reader', (_what, text) => {
    expect(readWithEvents(text)).toBeUndefined();
  });
});
