import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { applyMutations, mutatedPlanArbitrary, positionProblem } from '../helpers/mutations.js';

/**
 * Property: any mutation of a real plan goes through load and lint without an exception, and
 * every diagnostic lies inside the file. A short run here; `npm run fuzz` runs ≥ 10 000 cases
 * with the same generator (scripts/fuzz.mjs). FUZZ_SEED and FUZZ_PATH replay a failure.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = [
  ...readdirSync(path.join(root, 'plans')).map((f) => path.join(root, 'plans', f)),
  ...readdirSync(path.join(root, 'tests/fixtures/valid')).map((f) => path.join(root, 'tests/fixtures/valid', f)),
]
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(f, 'utf8'));

describe('fuzz: mutated seed plans through parsePlan and checkPlan', () => {
  test('the seeds themselves are clean', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    for (const s of seeds) expect(positionProblem(s, checkPlan(parsePlan(s, 'seed.yaml'), {}))).toBeUndefined();
  });

  test('no exception, every position inside the file (300 cases)', () => {
    fc.assert(
      fc.property(mutatedPlanArbitrary(seeds.length), ({ seed, mutations }) => {
        const input = applyMutations(seeds[seed]!, mutations);
        const diagnostics = checkPlan(parsePlan(input, 'fuzzed.yaml'), {});
        const problem = positionProblem(input, diagnostics);
        if (problem) throw new Error(problem);
      }),
      {
        numRuns: 300,
        ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}),
        ...(process.env['FUZZ_PATH'] ? { path: process.env['FUZZ_PATH'] } : {}),
      },
    );
  });

  test('the generator does change the plans (the property is not vacuous)', () => {
    const samples = fc.sample(mutatedPlanArbitrary(seeds.length), { numRuns: 200, seed: 1 });
    const changed = samples.filter(({ seed, mutations }) => {
      const out = applyMutations(seeds[seed]!, mutations);
      return typeof out !== 'string' || out !== seeds[seed];
    });
    const failing = samples.filter(({ seed, mutations }) => checkPlan(parsePlan(applyMutations(seeds[seed]!, mutations), 'x.yaml'), {}).length > 0);
    expect(changed.length).toBeGreaterThan(150);
    expect(failing.length).toBeGreaterThan(50);
  });
});
