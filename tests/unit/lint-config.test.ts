import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { EMPTY_CONFIG } from '../../src/lint/config.js';
import { checkPlan } from '../../src/lint/index.js';
import { parsePlan } from '../../src/plan/load.js';
import { loadProject } from '../../src/project/config.js';
import { lintFiles } from '../../src/project/lint-files.js';

const dir = fileURLToPath(new URL('../fixtures/config/', import.meta.url));

describe('studyplan.config.yaml for lint', () => {
  test('reads rules and overrides beside the build settings, in one read', async () => {
    const { lint: config, settings } = await loadProject(dir);
    expect(config.file).toBe(path.join(dir, 'studyplan.config.yaml'));
    expect(config.rules).toEqual({ 'plan/placeholder-text': 'error', 'plan/course-without-audience': 'off' });
    expect(config.overrides).toEqual([{ files: ['plans/utkast-*.yaml'], rules: { 'plan/placeholder-text': 'off', 'plan/unreachable-contact': 'info' } }]);
    expect(settings.concurrency).toBe(2);
  });

  test('changes severities globally, turns rules off, and overrides them per file pattern', async () => {
    const reports = await lintFiles([], { cwd: dir });
    const byFile = Object.fromEntries(reports.map((r) => [r.file, r.diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId}`)]));
    expect(byFile).toEqual({
      // placeholder-text raised to error; course-without-audience off everywhere
      'plans/hosten.yaml': ['8 warning plan/unreachable-contact', '15 error plan/placeholder-text'],
      // the override: placeholder-text off, unreachable-contact lowered to info
      'plans/utkast-hosten.yaml': ['8 info plan/unreachable-contact'],
    });
  });

  test('no config file: the one empty lint config (EMPTY_CONFIG), no settings', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'studyplan-no-config-'));
    try {
      const project = await loadProject(empty);
      expect(project.lint).toBe(EMPTY_CONFIG);
      expect(project.lint).toEqual({ rules: {}, overrides: [] });
      expect(project.settings).toEqual({});
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('no config: the defaults', async () => {
    const loaded = parsePlan('title: T\npublisher:\n  name: P\nperiod:\n  year: 2022\nsections:\n  - kind: courses\n    title: K\n    courses:\n      - id: a\n        title: A\n', 'x.yaml');
    expect(checkPlan(loaded).map((d) => `${d.severity} ${d.ruleId}`)).toEqual(['info plan/course-without-audience']);
    expect(checkPlan(loaded, { config: { rules: { 'plan/course-without-audience': 'error' }, overrides: [] } }).map((d) => d.severity)).toEqual(['error']);
  });

  test.each([
    ['bad-level.yaml', /bad-level\.yaml:2:26: .*warn.*/],
    ['unknown-rule.yaml', /unknown-rule\.yaml:2:3: unknown rule plan\/placeholder; did you mean plan\/placeholder-text\?/],
    ['unknown-key.yaml', /unknown-key\.yaml:2:1: .*`rule`.*`rules`/],
    ['bad-syntax.yaml', /bad-syntax\.yaml:\d+:\d+: /],
    ['missing.yaml', /missing\.yaml: no such config file/],
  ])('%s is a RunError naming the place', async (file, message) => {
    const error = await loadProject(dir, { configFile: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunError);
    expect((error as RunError).message).toMatch(message);
  });
});
