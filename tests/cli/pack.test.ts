import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_LOCALE } from '../helpers/cli.js';

// The package as people get it: `npm pack`, installed from the tarball into an empty folder
// (from the npm cache where it can, else the registry: a fresh cache lacks the package documents), then `npx studyplan init && npx studyplan build` there.
const root = fileURLToPath(new URL('../../', import.meta.url));
const npmEnv = { ...process.env, ...TEST_LOCALE, NO_COLOR: '1', PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
let tmp: string;
let tarball: string;
/** What `npm pack --json` said of the tarball it wrote: its size and its files. */
let packed: { filename: string; size: number; files: { path: string }[] } | undefined;

function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'studyplan-pack-'));
  // --ignore-scripts: dist/ was just built; prepare would build it again.
  const r = npm(['pack', '--ignore-scripts', '--pack-destination', tmp, '--json'], root);
  expect(r.code, r.stderr).toBe(0);
  [packed] = JSON.parse(r.stdout) as NonNullable<typeof packed>[];
  tarball = path.join(tmp, packed?.filename ?? '');
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  test('holds the bin, the compiled code, the schema and the templates, and nothing of tests or plans', () => {
    // The tarball the installs below use, as `npm pack` listed it (the same list --dry-run gives).
    expect(packed, 'npm pack --json before all').toBeDefined();
    const files = packed?.files.map((f) => f.path) ?? [];
    // The size the README states stays within a quarter of the real one.
    const stated = Number(/The package is (\d+) kB packed/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))?.[1]);
    expect(Math.abs((packed?.size ?? 0) / 1000 - stated) / stated, `README says ${stated} kB, npm pack ${packed?.size} bytes`).toBeLessThan(0.25);
    expect(files).toContain('bin/studyplan.js');
    expect(files).toContain('dist/cli/main.js');
    expect(files).toContain('dist/index.js');
    expect(files).toContain('schemas/studyplan.schema.json');
    expect(files).toContain('templates/booklet/template.json');
    expect(files).toContain('templates/init/plan.yaml');
    expect(files).toContain('package.json');
    // The rule reference the language server links each finding to.
    expect(files).toContain('docs/lint-rules.md');
    expect(files.filter((f) => /^(tests|plans|src|bench|\.ci|\.github|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.test\.|\.tgz$/.test(f))).toEqual([]);
  });

  // An install extracts some 110 MB: 40 s on a quiet two-core machine, over 90 s on a loaded one.
  test('installed from the tarball into an empty folder, init and build work there', () => {
    const app = path.join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    const install = npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], app);
    expect(install.code, install.stderr).toBe(0);

    const init = npm(['exec', '--offline', '--', 'studyplan', 'init'], app);
    expect(init.code, init.stderr).toBe(0);
    expect(existsSync(path.join(app, 'plans/exempel.yaml'))).toBe(true);
    // The project's own package.json (with the dependency) is kept.
    expect(readFileSync(path.join(app, 'package.json'), 'utf8')).toContain('"studyplan"');
    expect(init.stdout).toMatch(/kept\s+package\.json/);

    const build = npm(['exec', '--offline', '--', 'studyplan', 'build', '--format', 'html'], app);
    expect(build.code, build.stderr).toBe(0);
    expect(readFileSync(path.join(app, 'out/exempel.html'), 'utf8')).toContain('Studieplan');
    expect(existsSync(path.join(app, 'out/index.html'))).toBe(true);
  }, 240_000);

  test('installed globally from the tarball (npm install -g, offline), studyplan init and build work in an empty folder', () => {
    // After the test above the npm cache holds every dependency: nothing comes from the network.
    const prefix = path.join(tmp, 'global prefix');
    const install = npm(['install', '-g', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', tarball], tmp);
    expect(install.code, install.stderr).toBe(0);
    const bin = path.join(prefix, process.platform === 'win32' ? 'studyplan.cmd' : 'bin/studyplan');
    expect(existsSync(bin)).toBe(true);
    const folder = path.join(tmp, 'Studieplaner Åsa');
    mkdirSync(folder);
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: folder, encoding: 'utf8', env: { ...npmEnv, LANG: 'en_US.UTF-8' } });
    const init = run('init');
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(path.join(folder, 'plans/exempel.yaml'), 'utf8')).not.toContain('\r');
    const build = run('build');
    expect(build.status, build.stderr + build.stdout).toBe(0);
    expect(readFileSync(path.join(folder, 'out/exempel.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(path.join(folder, 'out/exempel.html'))).toBe(true);
  }, 240_000);
});
