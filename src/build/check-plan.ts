import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic, FILE_START } from '../diagnostics/diagnostic.js';
import type { LoadedPlan } from '../plan/load.js';
import { pointerToPath } from '../plan/source-map.js';
import { PACKAGE_ROOT } from '../version.js';

type CheckPlan = (loaded: LoadedPlan, options?: object) => Diagnostic[] | Promise<Diagnostic[]>;

let engine: Promise<CheckPlan> | undefined;

/**
 * The lint engine's checks for one loaded plan: build refuses a plan that lint would fail.
 * Uses `checkPlan` from src/lint when it is there; until then a schema-only check stands in.
 */
export async function checkLoadedPlan(loaded: LoadedPlan): Promise<Diagnostic[]> {
  engine ??= findEngine();
  const check = await engine;
  return [...(await check(loaded, {}))];
}

async function findEngine(): Promise<CheckPlan> {
  const lintModule = '../lint/index.js';
  try {
    const mod = (await import(lintModule)) as { checkPlan?: CheckPlan };
    if (typeof mod.checkPlan === 'function') return mod.checkPlan;
  } catch {
    /* the lint engine is not built (yet): fall back to the schema */
  }
  return schemaOnlyCheck();
}

async function schemaOnlyCheck(): Promise<CheckPlan> {
  const { readFile } = await import('node:fs/promises');
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const schema = JSON.parse(await readFile(`${PACKAGE_ROOT}schemas/studyplan.schema.json`, 'utf8')) as object;
  const ajv = new (Ajv2020 as unknown as new (o: object) => import('ajv').default)({ allErrors: true, strict: false });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  const validate = ajv.compile(schema);
  return (loaded) => {
    const found = [...loaded.diagnostics];
    if (found.some((d) => d.severity === 'error') || loaded.data === undefined) return found;
    if (validate(loaded.data)) return found;
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
    // oneOf reports every branch; the deepest errors are the ones that say what is wrong.
    const deepest = errors.filter((e) => !errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`)));
    const seen = new Set<string>();
    for (const e of deepest) {
      const key = `${e.instancePath} ${e.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = loaded.sourceMap ? loaded.sourceMap.rangeOf(pointerToPath(e.instancePath), 'key') : FILE_START;
      found.push(diagnostic(loaded.file, range, 'error', `schema/${e.keyword}`, `${e.instancePath || 'the plan'} ${e.message ?? 'is not valid'}`));
    }
    return found;
  };
}
