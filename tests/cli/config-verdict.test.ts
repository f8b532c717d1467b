import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

// doctor, lint and build read studyplan.config.yaml through one loader (src/project/), so they
// accept and refuse the same configs with the same words. doctor said "valid" to `format: pdf`
// while lint and build refused it, when each had a loader of its own.
const dir = fileURLToPath(new URL('../fixtures/config/', import.meta.url));
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('one verdict on every config fixture', () => {
  test('the fixtures include good and bad configs', async () => {
    expect(fixtures).toEqual(expect.arrayContaining(['studyplan.config.yaml', 'format-key.yaml', 'unknown-key.yaml', 'bad-syntax.yaml']));
  });

  test.each([...fixtures, 'missing.yaml'])('%s: doctor and lint agree', async (file) => {
    const lint = await runMain(dir, ['lint', '--config', file, '--lang', 'en']);
    // No browser: the browser lines fail fast, the config line is what is compared.
    const doctor = await runMain(dir, ['doctor', '--config', file, '--lang', 'en', '--chrome', '/nonexistent/chrome']);
    const line = /^(✓|✗) config: (.*)$/m.exec(doctor.stdout);
    expect(line, doctor.stdout).not.toBeNull();
    const refusedByLint = lint.code === 2;
    expect(line![1] === '✗').toBe(refusedByLint);
    if (refusedByLint) {
      // The same first finding, at the same FILE:LINE:COL.
      expect(lint.stderr.split('\n')[0]).toBe(`studyplan: ${line![2]}`);
      expect(lint.stderr).not.toMatch(/\n\s+at /);
    } else {
      expect(line![2]).toMatch(/is valid$/);
      // The one good config: its plans have findings (placeholder-text raised to error).
      expect(file).toBe('studyplan.config.yaml');
      expect(lint.code, lint.stdout).toBe(1);
    }
  });

  test('build refuses what lint refuses: format: pdf is an unknown key', async () => {
    const lint = await runMain(dir, ['lint', '--config', 'format-key.yaml']);
    const build = await runMain(dir, ['build', '--config', 'format-key.yaml', '--format', 'html', '--out', '/nonexistent/never-written']);
    expect(lint.code).toBe(2);
    expect(build.code).toBe(2);
    expect(lint.stderr).toMatch(/format-key\.yaml:2:1: .*`format`.*`formats`/);
    expect(build.stderr.split('\n')[0]).toBe(lint.stderr.split('\n')[0]);
  });
});
