import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { describeFailure, type Failure } from '../../src/i18n/index.js';
import { build } from '../../src/pipeline/build.js';

/** The build's notices (failure values) as the command layer says them in English. */
const said = (notices: Failure[] | undefined): string => (notices ?? []).map((n) => describeFailure(n, 'en').message).join('\n');

/**
 * Issue 16: the build cache (OUT/.studyplan-cache.json) is untrusted. A crafted one naming
 * ../../elsewhere/file made a build delete that file; an index link taken from it went into the
 * index page. HTML-only builds through the library (no browser).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const MINIMAL = readFileSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), 'utf8');
let dir: string;
let project: string;
const out = (...p: string[]) => path.join(project, 'out', ...p);
const cacheFile = () => out('.studyplan-cache.json');
const readCache = () => JSON.parse(readFileSync(cacheFile(), 'utf8')) as { plans: Record<string, unknown>; [k: string]: unknown };
const htmlBuild = () => build(['plans/'], { cwd: project, formats: ['html'] });

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-cache-trust-'));
  project = path.join(dir, 'project');
  mkdirSync(path.join(project, 'plans'), { recursive: true });
  writeFileSync(path.join(project, 'plans/plan.yaml'), MINIMAL);
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere/file'), 'precious');
  await htmlBuild();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a crafted build cache', () => {
  test('a ghost plan whose outputs name ../../elsewhere/file: the file is kept, the cache ignored with a notice', async () => {
    const cache = readCache();
    cache.plans['ghost'] = { file: path.join(project, 'plans/ghost.yaml'), outputs: { html: { key: 'x', file: '../../elsewhere/file' }, pdf: { key: 'x', file: path.join(dir, 'elsewhere/file') } } };
    writeFileSync(cacheFile(), JSON.stringify(cache));
    const r = await htmlBuild();
    expect(readFileSync(path.join(dir, 'elsewhere/file'), 'utf8')).toBe('precious');
    expect(r.removed ?? []).toEqual([]);
    expect(said(r.notices)).toMatch(/\.studyplan-cache\.json .*is not a studyplan build cache \(plan "ghost": output html is not ghost\.html\)/);
    expect(r.plans.map((p) => p.unchanged === true)).toEqual([false]);
    expect(existsSync(out('plan.html'))).toBe(true);
  });

  test('a course calendar that climbs out of its NAME.calendars folder is not obeyed', async () => {
    const cache = readCache();
    for (const file of ['ghost.calendars/../../../elsewhere/file', 'ghost.calendars/../../elsewhere/file.ics', 'elsewhere/file.ics']) {
      cache.plans['ghost'] = { file: path.join(project, 'plans/ghost.yaml'), outputs: { 'ics:x': { key: 'x', file } } };
      writeFileSync(cacheFile(), JSON.stringify(cache));
      const r = await htmlBuild();
      expect(readFileSync(path.join(dir, 'elsewhere/file'), 'utf8')).toBe('precious');
      expect(said(r.notices)).toMatch(/output ics:x is not ghost\.calendars\/x\.ics/);
    }
  });

  test('a plan name with a folder in it (../x) is not obeyed', async () => {
    const cache = readCache();
    cache.plans['../../elsewhere/file'] = { file: '/nonexistent.yaml', outputs: {} };
    writeFileSync(cacheFile(), JSON.stringify(cache));
    const r = await htmlBuild();
    expect(readFileSync(path.join(dir, 'elsewhere/file'), 'utf8')).toBe('precious');
    expect(said(r.notices)).toMatch(/not a plan name/);
  });

  test('an index entry with its own link (or a pdf link) is not put into the index page', async () => {
    const cache = readCache() as { plans: Record<string, { index: Record<string, string> }> };
    const entry = cache.plans['plan'];
    if (!entry) throw new Error('plan not cached');
    entry.index['pdf'] = 'javascript:alert(1)';
    entry.index['html'] = 'https://evil.example/';
    writeFileSync(cacheFile(), JSON.stringify(cache));
    const r = await htmlBuild();
    const index = readFileSync(out('index.html'), 'utf8');
    expect(index).not.toContain('javascript:');
    expect(index).not.toContain('evil.example');
    expect(r.notices?.length).toBe(1);
  });

  test('a cache of the wrong shape (or not JSON) is ignored with a notice, and the build succeeds', async () => {
    writeFileSync(cacheFile(), JSON.stringify({ format: 1, tool: 'x', plans: { plan: { file: 5 } } }));
    let r = await htmlBuild();
    expect(said(r.notices)).toMatch(/file is not an absolute path/);
    expect(r.plans[0]?.outputs.length).toBe(1);
    writeFileSync(cacheFile(), '{not json');
    r = await htmlBuild();
    expect(said(r.notices)).toMatch(/not valid JSON/);
    // The cache written now is studyplan's own: the next build has nothing to say and nothing to do.
    r = await htmlBuild();
    expect(r.notices ?? []).toEqual([]);
    expect(r.plans[0]?.unchanged).toBe(true);
  });

  test("studyplan's own cache is obeyed: a deleted plan's outputs go, nothing else", async () => {
    writeFileSync(path.join(project, 'plans/second.yaml'), MINIMAL);
    await htmlBuild();
    rmSync(path.join(project, 'plans/second.yaml'));
    const r = await htmlBuild();
    expect(r.notices ?? []).toEqual([]);
    expect(r.removed).toEqual(['second']);
    expect(existsSync(out('second.html'))).toBe(false);
    expect(existsSync(out('plan.html'))).toBe(true);
  });
});
