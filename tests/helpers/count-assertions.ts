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
    const { assertionCalls, testPath } = expect.getState();
    const line = { file: testPath, test: context.task.name, assertions: assertionCalls, state: context.task.result?.state };
    appendFileSync(out, JSON.stringify(line) + '\n');
  });
}
