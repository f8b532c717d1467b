import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

// --print-timeout SECONDS reaches the printer: tests/cli/faults.test.ts (a hung browser fails its
// plan after 3 s). Here: a value that is not a time is refused before anything is built, by main()
// in this process (runMain).
const dir = fileURLToPath(new URL('../fixtures/config/', import.meta.url));

describe('build --print-timeout', () => {
  test.each(['0', '-1', 'soon'])('--print-timeout %s: exit 2, the flag named, nothing built', async (value) => {
    const r = await runMain(dir, ['build', '--lang', 'en', '--print-timeout', value, '--out', '/nonexistent/never-written']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--print-timeout must be a number of seconds above 0, not ${value}`);
  });

  test('in the language of the run (the config says lang: sv)', async () => {
    const r = await runMain(dir, ['build', '--print-timeout', 'snart', '--out', '/nonexistent/never-written'], { LANG: 'en_US.UTF-8' });
    expect(r.stderr).toContain('--print-timeout måste vara ett antal sekunder över 0, inte snart');
  });
});
