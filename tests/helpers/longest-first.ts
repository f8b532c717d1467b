import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each test file's seconds in a measured full run (tests/durations.json, scripts/test-durations.mjs). */
function recorded(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'tests/durations.json'), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * Starts the longest test files first, whichever project they are in, by the seconds they took in
 * a measured run (vitest's own order puts one project's files after the other's, and knows no
 * durations in a fresh clone, as in CI). On two cores with three workers the run ends when its
 * last long file does: started last, `pack` or the import fidelity alone ran minutes after every
 * other file was done. A file the table does not know yet starts first (it may be long), as
 * vitest does with files it has not timed; then the rest longest first.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = recorded();
    const key = (spec: TestSpecification) => path.relative(ROOT, spec.moduleId).split(path.sep).join('/');
    const time = (spec: TestSpecification) => seconds[key(spec)] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => time(b) - time(a) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}
