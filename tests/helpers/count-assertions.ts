import { appendFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';

/**
 * With STUDYPLAN_COUNT_ASSERTIONS=FILE set (scripts/count-assertions.mjs sets it), appends one
 * JSON line per finished test to FILE: its file, name and the number of expect() calls it made.
 * So "the same number of assertions or more" is a count of checks actually run, not of lines.
 */
const out = process.env.STUDYPLAN_COUNT_ASSERTIONS;
if (out) {
  afterEach((context) => {
    // The global expect's calls, and the test's own (`{ expect }` from its context: concurrent tests).
    const { assertionCalls, testPath } = expect.getState();
    const own = context.expect === expect ? 0 : context.expect.getState().assertionCalls;
    const line = { file: testPath ?? context.task.file.filepath, test: context.task.name, assertions: assertionCalls + own, state: context.task.result?.state };
    appendFileSync(out, JSON.stringify(line) + '\n');
  });
}
