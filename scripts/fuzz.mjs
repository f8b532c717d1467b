#!/usr/bin/env node
// The long fuzz run (issue 7): N mutated seed plans (default 10 000) through the compiled
// parsePlan + checkPlan (dist/, so run `npm run build` first; `npm run fuzz` does). The generator
// is tests/helpers/mutations.ts, the same one the short run in npm test uses, transpiled here
// with TypeScript. Prints the number of cases, failures and the time; exit 1 on a failure, with
// the seed and path that replay it (FUZZ_SEED=… FUZZ_PATH=… npx vitest run tests/unit/fuzz.test.ts).
// Then the templates and config files (scripts/fuzz-templates.mjs): --template-runs N (default
// 2 000) HTML builds of mutated templates and configs, the first --pdf-runs N (default 0) also as PDF.
// Then the symlink layouts (scripts/fuzz-links.mjs): --link-runs N (default 2 000) builds of a
// project whose plans/, out/ and template hold links out, to secrets, .git, /dev/zero, or FIFOs.
//   node scripts/fuzz.mjs [--runs N] [--seed S] [--template-runs N] [--pdf-runs N] [--link-runs N]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const runs = arg('--runs', 10_000);
const templateRuns = arg('--template-runs', 2_000);
const pdfRuns = arg('--pdf-runs', 0);
const linkRuns = arg('--link-runs', 2_000);
const seed = arg('--seed', Date.now() % 2 ** 31);

// The generator imports only fast-check: transpiled into a module beside node_modules' reach.
const source = readFileSync(path.join(root, 'tests/helpers/mutations.ts'), 'utf8');
const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const dir = mkdtempSync(path.join(root, 'node_modules', '.fuzz-'));
const generator = path.join(dir, 'mutations.mjs');
writeFileSync(generator, js);
let mutations;
try {
  mutations = await import(pathToFileURL(generator).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { applyMutations, mutatedPlanArbitrary, positionProblem } = mutations;
const { parsePlan } = await import(pathToFileURL(path.join(root, 'dist/plan/load.js')).href);
const { checkPlan } = await import(pathToFileURL(path.join(root, 'dist/lint/index.js')).href);

const seedFiles = [
  ...readdirSync(path.join(root, 'plans')).map((f) => path.join(root, 'plans', f)),
  ...readdirSync(path.join(root, 'tests/fixtures/valid')).map((f) => path.join(root, 'tests/fixtures/valid', f)),
]
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const seeds = seedFiles.map((f) => readFileSync(f, 'utf8'));

let cases = 0;
let diagnostics = 0;
let slowest = 0;
const started = performance.now();
const details = fc.check(
  fc.property(mutatedPlanArbitrary(seeds.length), ({ seed: s, mutations: m }) => {
    cases++;
    const input = applyMutations(seeds[s], m);
    const t = performance.now();
    const found = checkPlan(parsePlan(input, 'fuzzed.yaml'), {});
    slowest = Math.max(slowest, performance.now() - t);
    diagnostics += found.length;
    const problem = positionProblem(input, found);
    if (problem) throw new Error(problem);
  }),
  { numRuns: runs, seed },
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${runs} cases (${cases} run with shrinking) of ${seeds.length} seed plans in ${seconds.toFixed(1)} s (${((seconds * 1000) / cases).toFixed(2)} ms a case, slowest ${slowest.toFixed(0)} ms); ${diagnostics} diagnostics; seed ${seed}`,
);
if (details.failed) {
  console.error(`FAILED after ${details.numRuns} cases: ${details.errorInstance?.message ?? details.error}`);
  console.error(`counterexample: ${JSON.stringify(details.counterexample)}`);
  console.error(`replay: FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath} npx vitest run tests/unit/fuzz.test.ts`);
  process.exitCode = 1;
} else {
  console.log('no exception; every diagnostic inside its file');
}

if (templateRuns > 0) {
  const { fuzzTemplates } = await import('./fuzz-templates.mjs');
  const t = await fuzzTemplates({ root, runs: templateRuns, pdfRuns, seed, mutations });
  console.log(
    `fuzz templates/config: ${templateRuns} cases (${t.cases} run with shrinking; ${t.pdf} with PDF) in ${t.seconds.toFixed(1)} s (slowest ${t.slowest.toFixed(0)} ms); ${t.built} built, ${t.refused} refused with a message; ${t.heard} packets or connections reached the loopback servers`,
  );
  if (t.details.failed) {
    console.error(`FAILED after ${t.details.numRuns} cases: ${t.details.errorInstance?.message ?? t.details.error}`);
    console.error(`counterexample: ${JSON.stringify(t.details.counterexample)}; replay: node scripts/fuzz.mjs --runs 0 --seed ${t.details.seed} --template-runs ${templateRuns}`);
    process.exitCode = 1;
  } else {
    console.log('no crash; nothing written outside out/; no request received');
  }
}

if (linkRuns > 0) {
  const { fuzzLinks } = await import('./fuzz-links.mjs');
  const l = await fuzzLinks({ root, runs: linkRuns, seed });
  console.log(
    `fuzz symlink layouts: ${linkRuns} cases in ${l.seconds.toFixed(1)} s (slowest ${l.slowest.toFixed(0)} ms); ${l.built} built, ${l.refused} refused with a message; ${l.heard} packets or connections reached the loopback listeners`,
  );
  if (l.details.failed) {
    console.error(`FAILED after ${l.details.numRuns} cases: ${l.details.errorInstance?.message ?? l.details.error}`);
    console.error(`replay: node scripts/fuzz.mjs --runs 0 --template-runs 0 --seed ${l.details.seed} --link-runs ${linkRuns}`);
    process.exitCode = 1;
  } else {
    console.log('nothing read or written outside the project and out/; no secret in any output or message; no request received');
  }
}
