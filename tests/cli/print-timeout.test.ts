import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { words } from '../../src/i18n/index.js';
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

describe('watch --print-timeout (and the other printer options of build)', () => {
  test('watch --help lists them, with the words of build --help', async () => {
    const w = words('en');
    const collapsed = async (command: string) => {
      const r = await runMain(dir, [command, '--help', '--lang', 'en']);
      expect(r.code).toBe(0);
      return r.stdout.replace(/\s+/g, ' ');
    };
    const [watch, build] = [await collapsed('watch'), await collapsed('build')];
    for (const line of [`--chrome <path> ${w.options.chrome}`, `--concurrency <n> ${w.build.concurrency}`, `--print-timeout <seconds> ${w.printTimeout.help}`]) {
      expect(watch).toContain(line);
      expect(build).toContain(line);
    }
  });

  test('a value that is not a time is refused by watch too, before anything is built or served', async () => {
    const r = await runMain(dir, ['watch', '--lang', 'en', '--print-timeout', 'soon', '--out', '/nonexistent/never-written']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--print-timeout must be a number of seconds above 0, not soon');
  });
});
