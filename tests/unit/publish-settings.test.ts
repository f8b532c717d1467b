import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { pagesUrl, parseSite, publishSettings } from '../../src/publish/settings.js';
import { pageUrl } from '../../src/publish/public-plan.js';
import { ROOT } from '../helpers/cli.js';

const wrong = (key: string, want: string) => new RunError('config/site-value', { key, want });

describe('site: settings and the base URL', () => {
  test('site.url, site.timeZone and site.pages are read; anything else is refused with its key', () => {
    expect(parseSite({ url: 'https://example.se/planer/', timeZone: 'Europe/Oslo', pages: true }, wrong)).toEqual({ url: 'https://example.se/planer/', timeZone: 'Europe/Oslo', pages: true });
    expect(() => parseSite({ url: 'example.se' }, wrong)).toThrow('site.url must be an http(s) address');
    expect(() => parseSite({ timeZone: 'Mars/Olympus' }, wrong)).toThrow(/site\.timeZone must be a time zone/);
    expect(() => parseSite({ pages: 'yes' }, wrong)).toThrow(/site\.pages must be true or false/);
    expect(() => parseSite({ adress: 'x' }, wrong)).toThrow(/site\.adress must be one of site\.url/);
    expect(() => parseSite('https://example.se', wrong)).toThrow(/site must be a mapping/);
  });

  test('--base-url, then site.url, then the Pages address on GitHub Actions with site.pages', () => {
    const env = { GITHUB_REPOSITORY: 'S-Skane/Studieplaner' };
    expect(publishSettings('https://a.se/', { url: 'https://b.se/', pages: true }, env)).toEqual({ baseUrl: 'https://a.se/' });
    expect(publishSettings(undefined, { url: 'https://b.se/', pages: true }, env)).toEqual({ baseUrl: 'https://b.se/' });
    expect(publishSettings(undefined, { pages: true, timeZone: 'Europe/Oslo' }, env)).toEqual({ baseUrl: 'https://s-skane.github.io/Studieplaner/', timeZone: 'Europe/Oslo' });
    expect(publishSettings(undefined, { pages: true }, {})).toEqual({});
    expect(publishSettings(undefined, { pages: false }, env)).toEqual({});
    expect(() => publishSettings('javascript:alert(1)', undefined, {})).toThrow(/--base-url must be an http\(s\) address/);
    expect(pagesUrl('s-skane/s-skane.github.io')).toBe('https://s-skane.github.io/');
  });

  test('page URLs: with or without the trailing slash, names and anchors encoded', () => {
    expect(pageUrl('https://example.se/planer', 'höst 2021', 'kurs-1')).toBe('https://example.se/planer/h%C3%B6st%202021.html#kurs-1');
    expect(pageUrl('https://example.se/planer/', 'x')).toBe('https://example.se/planer/x.html');
    expect(pageUrl(undefined, 'x')).toBeUndefined();
  });
});

describe('the workflow init writes: GitHub Pages', () => {
  const workflow = parse(readFileSync(path.join(ROOT, 'templates/init/github-workflow.yml'), 'utf8')) as {
    jobs: Record<
      string,
      { needs?: string; if?: string; steps: { uses?: string; run?: string; id?: string; with?: Record<string, string> }[]; permissions?: Record<string, string>; environment?: { name: string } }
    >;
  };
  const tmp = mkdtempSync(path.join(tmpdir(), 'studyplan-pages-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  test("a job at the end deploys the build's out/ with upload-pages-artifact and deploy-pages, on the default branch only", () => {
    const { 'pages-setting': setting, pages } = workflow.jobs;
    expect(Object.keys(workflow.jobs).slice(-2)).toEqual(['pages-setting', 'pages']);
    // After the job that uploads the finished out/ (the merge of the shards).
    const [finalJob, uploader] = Object.entries(workflow.jobs).find(([, j]) => j.steps.some((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.['path'] === 'out/'))!;
    expect(setting!.needs).toBe(finalJob);
    expect(setting!.if).toContain('github.ref_name == github.event.repository.default_branch');
    expect(setting!.if).toContain("github.event_name != 'pull_request'");
    expect(pages!.needs).toBe('pages-setting');
    expect(pages!.if).toBe("needs.pages-setting.outputs.pages == 'true'");
    expect(pages!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(pages!.environment?.name).toBe('github-pages');
    const uses = pages!.steps.map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(['actions/download-artifact', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    // The artifact it deploys is the one the build job uploads.
    const uploaded = uploader.steps.find((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.['path'] === 'out/')!.with!['name'];
    expect(pages!.steps[0]!.with!['name']).toBe(uploaded);
  });

  test("its setting step reads site.pages with studyplan's own config loader: one line switches it on", () => {
    const step = workflow.jobs['pages-setting']!.steps.find((s) => s.id === 'site')!;
    mkdirSync(path.join(tmp, 'node_modules'));
    symlinkSync(ROOT, path.join(tmp, 'node_modules', 'studyplan'), 'dir');
    const run = (config: string | undefined) => {
      if (config !== undefined) writeFileSync(path.join(tmp, 'studyplan.config.yaml'), config);
      const output = path.join(tmp, 'github-output');
      writeFileSync(output, '');
      execFileSync('bash', ['-e', '-c', step.run!], { cwd: tmp, env: { ...process.env, GITHUB_OUTPUT: output } });
      return readFileSync(output, 'utf8');
    };
    expect(run(undefined)).toBe('pages=false\n');
    expect(run('plans: plans/\n')).toBe('pages=false\n');
    expect(run('plans: plans/\nsite: { pages: true }\n')).toBe('pages=true\n');
  });
});

describe('the workflow init writes: Node', () => {
  test('every job sets up the current LTS Node (lts/*), never a release past its end of life such as 20', () => {
    const workflow = parse(readFileSync(path.join(ROOT, 'templates/init/github-workflow.yml'), 'utf8')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const versions = Object.values(workflow.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('actions/setup-node')).map((s) => s.with?.['node-version']));
    expect(versions.length).toBeGreaterThan(0);
    expect(new Set(versions)).toEqual(new Set(['lts/*']));
  });
});
