import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

// Build refuses exactly what lint refuses: the same engine with the same studyplan.config.yaml.
const root = fileURLToPath(new URL('../../', import.meta.url));
let project: string;

const studyplan = (...args: string[]) => runMain(project, args, { LANG: 'C' });

beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-build-config-'));
  mkdirSync(path.join(project, 'plans'));
  cpSync(path.join(root, 'tests/fixtures/invalid/plan-duplicate-id.yaml'), path.join(project, 'plans/dup.yaml'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('build and the config’s rule severities', () => {
  test('a rule error stops the plan in lint and in build alike', async () => {
    expect((await studyplan('lint')).code).toBe(1);
    const r = await studyplan('build', '--format', 'html');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plan/duplicate-id');
    expect(existsSync(path.join(project, 'out/dup.html'))).toBe(false);
  });

  test('a rule turned off in the config lets both pass, and a cached build is checked again when it is turned back on', async () => {
    writeFileSync(path.join(project, 'studyplan.config.yaml'), 'rules:\n  plan/duplicate-id: "off"\n');
    expect((await studyplan('lint')).code).toBe(0);
    expect((await studyplan('build', '--format', 'html')).code).toBe(0);
    expect(existsSync(path.join(project, 'out/dup.html'))).toBe(true);

    writeFileSync(path.join(project, 'studyplan.config.yaml'), 'rules:\n  plan/duplicate-id: error\n');
    const again = await studyplan('build', '--format', 'html');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('plan/duplicate-id');
  });

  test('an unknown rule in the config is a usage problem for build too (exit 2, line and column)', async () => {
    writeFileSync(path.join(project, 'studyplan.config.yaml'), 'rules:\n  plan/duplicate-idd: "off"\n');
    const r = await studyplan('build', '--format', 'html');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/studyplan\.config\.yaml:2:3: .*plan\/duplicate-id\b/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
