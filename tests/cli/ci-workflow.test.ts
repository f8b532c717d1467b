import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, runCli, TEST_LOCALE } from '../helpers/cli.js';

/**
 * The workflow `init` writes (templates/init/github-workflow.yml): valid by actionlint, and its
 * steps' commands run here in a project as GitHub would run them, job after job, with
 * actions/cache, upload- and download-artifact played by copying folders the way those actions
 * do (a cache saved under its key, restored by its restore-keys prefix). With the cache restored,
 * a commit that changes one plan prints one PDF.
 */
const WORKFLOW = path.join(ROOT, 'templates/init/github-workflow.yml');

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  strategy?: { matrix: { shard: string } };
  steps: Step[];
}

describe('the generated GitHub workflow', () => {
  let dir: string;
  let project: string;
  let shim: string;
  const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { env: Record<string, string>; jobs: Record<string, Job> };
  const cacheStore = (): string => path.join(dir, 'cache');
  /** The keys of the cache entries saved, oldest first (entry i is in cache/i). */
  const saved: string[] = [];
  const artifacts = (): string => path.join(dir, 'artifacts');

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'studyplan-ci-'));
    project = path.join(dir, 'project');
    expect(runCli(dir, ['init', 'project']).code).toBe(0);
    for (const s of ['norrbotten-2011-2014', 'skane-hosten-2021']) cpSync(path.join(ROOT, 'plans', `${s}.yaml`), path.join(project, 'plans', `${s}.yaml`));
    // `npx studyplan` is this repository's bin; `npm install` has nothing to do here.
    shim = path.join(dir, 'bin');
    mkdirSync(shim);
    writeFileSync(path.join(shim, 'npx'), `#!/bin/sh\n[ "$1" = studyplan ] || exit 127\nshift\nexec '${process.execPath}' '${BIN}' "$@"\n`);
    writeFileSync(path.join(shim, 'npm'), '#!/bin/sh\nexit 0\n');
    for (const f of ['npx', 'npm']) chmodSync(path.join(shim, f), 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is what init writes, and actionlint finds nothing in it', async () => {
    expect(readFileSync(path.join(project, '.github/workflows/studyplan.yml'), 'utf8')).toBe(readFileSync(WORKFLOW, 'utf8'));
    const { createLinter } = createRequire(import.meta.url)('actionlint') as { createLinter(): Promise<(input: string, file: string) => { message: string; line: number }[]> };
    const lint = await createLinter();
    expect(lint(readFileSync(WORKFLOW, 'utf8'), '.github/workflows/studyplan.yml')).toEqual([]);
    // The linter does find mistakes: an unknown context in an expression.
    expect(lint(readFileSync(WORKFLOW, 'utf8').replace('matrix.shard }}/', 'matrix.shards }}/'), 'x.yml').length).toBeGreaterThan(0);
  });

  it('splits many plans into a matrix of shards, 50 plans each, 8 at most', () => {
    const shards = workflow.jobs['lint']!.steps.find((s) => s.id === 'shards')!;
    const count = (plans: number) => {
      const tmp = mkdtempSync(path.join(dir, 'count-'));
      mkdirSync(path.join(tmp, 'plans'));
      for (let i = 0; i < plans; i++) writeFileSync(path.join(tmp, 'plans', `p${i}.yaml`), '');
      const outputs = runStep(shards, tmp, {}).outputs;
      return [outputs['count'], outputs['shards']];
    };
    expect(count(3)).toEqual(['1', '[1]']);
    expect(count(120)).toEqual(['3', '[1,2,3]']);
    expect(count(1000)).toEqual(['8', '[1,2,3,4,5,6,7,8]']);
  });

  it('builds every plan on the first run; with the cache restored, one changed plan prints one PDF', () => {
    const first = runWorkflow('sha1');
    // init's example plan is not built beside the real ones (issue 30).
    expect(first.printed).toBe(2);
    expect(
      readdirSync(path.join(project, 'out'))
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(['norrbotten-2011-2014.pdf', 'skane-hosten-2021.pdf']);
    expect(readFileSync(path.join(project, 'out/index.html'), 'utf8')).toContain('norrbotten-2011-2014.pdf');

    const plan = path.join(project, 'plans/skane-hosten-2021.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (ändrad)'));
    const second = runWorkflow('sha2');
    expect(second.printed).toBe(1);
    expect(second.log).toContain('skane-hosten-2021: PDF written');
    expect(execFileSync('pdftotext', [path.join(project, 'out/skane-hosten-2021.pdf'), '-'], { encoding: 'utf8' })).toContain('(ändrad)');
    expect(readdirSync(path.join(project, 'out')).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    // Four jobs of real builds: some 20 s on a quiet machine, three times that beside other suites.
  }, 240_000);

  /** One run of the workflow on a fresh checkout: the jobs lint, build (each shard), merge. */
  function runWorkflow(sha: string): { printed: number; log: string } {
    // A fresh checkout: nothing but the repository's files (a runner has no out/ of its own).
    for (const f of ['out', 'out-shard', 'shards']) rmSync(path.join(project, f), { recursive: true, force: true });
    rmSync(artifacts(), { recursive: true, force: true });
    const context = { sha, needs: {} as Record<string, Record<string, string>> };
    const lint = runJob(workflow.jobs['lint']!, context, {});
    context.needs['lint'] = lint;
    let log = '';
    const build = workflow.jobs['build']!;
    for (const shard of JSON.parse(expr(build.strategy!.matrix.shard, context, {}, {})) as number[]) {
      rmSync(path.join(project, 'out-shard'), { recursive: true, force: true });
      log += runJob(build, context, { shard: String(shard) })['log'];
    }
    runJob(workflow.jobs['merge']!, context, {});
    return { printed: (log.match(/: PDF written/g) ?? []).length, log };
  }

  /** Runs a job's steps in the project; returns its outputs (and the log of its commands). */
  function runJob(job: Job, context: { sha: string; needs: Record<string, Record<string, string>> }, matrix: Record<string, string>): Record<string, string> {
    const steps: Record<string, Record<string, string>> = {};
    const env: Record<string, string> = { ...workflow.env };
    for (const [k, v] of Object.entries(job.env ?? {})) env[k] = expr(v, context, matrix, steps);
    let log = '';
    const saves: (() => void)[] = [];
    for (const step of job.steps) {
      const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expr(String(v), context, matrix, steps)]));
      if (step.run) {
        const r = runStep(step, project, env);
        log += r.log;
        if (step.id) steps[step.id] = r.outputs;
      } else if (step.uses?.startsWith('actions/cache@')) saves.push(cache(w));
      else if (step.uses?.startsWith('actions/upload-artifact@')) {
        cpSync(path.join(project, w['path']!), path.join(artifacts(), w['name']!), { recursive: true });
      } else if (step.uses?.startsWith('actions/download-artifact@')) {
        for (const name of readdirSync(artifacts()).filter((n) => n.startsWith(w['pattern']!.replace(/\*$/, '')))) {
          cpSync(path.join(artifacts(), name), path.join(project, w['path']!, name), { recursive: true });
        }
      }
    }
    for (const save of saves) save(); // actions/cache saves when the job has succeeded
    const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, expr(v, context, matrix, steps)]));
    return { ...outputs, log };
  }

  /** actions/cache: restores the newest entry whose key starts with a restore key; returns the save for the job's end. */
  function cache(w: Record<string, string>): () => void {
    const key = w['key']!;
    expect(key).not.toMatch(/undefined|\$\{\{/);
    const prefixes = [
      key,
      ...(w['restore-keys'] ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    const hit = prefixes.map((prefix) => saved.filter((k) => k.startsWith(prefix)).at(-1)).find(Boolean);
    if (hit) cpSync(path.join(cacheStore(), String(saved.indexOf(hit))), path.join(project, w['path']!), { recursive: true });
    return () => {
      if (saved.includes(key)) return; // a cache entry is never overwritten
      cpSync(path.join(project, w['path']!), path.join(cacheStore(), String(saved.length)), { recursive: true });
      saved.push(key);
    };
  }

  function runStep(step: Step, cwd: string, env: Record<string, string>): { outputs: Record<string, string>; log: string } {
    const outFile = path.join(dir, `output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outFile, '');
    const r = spawnSync('bash', ['-e', '-c', step.run!], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...TEST_LOCALE, ...env, NO_COLOR: '1', CI: 'true', GITHUB_OUTPUT: outFile, PATH: `${shim}:${process.env['PATH']}` },
    });
    expect(r.status, `${step.name ?? step.run}: ${r.stderr}`).toBe(0);
    const outputs = Object.fromEntries(
      readFileSync(outFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    return { outputs, log: r.stdout + r.stderr };
  }

  /** The ${{ }} expressions the workflow uses: contexts, fromJSON, hashFiles. */
  function expr(text: string, context: { sha: string; needs: Record<string, Record<string, string>> }, matrix: Record<string, string>, steps: Record<string, Record<string, string>>): string {
    return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => {
      let m: RegExpExecArray | null;
      if ((m = /^fromJSON\((.*)\)$/.exec(e))) return expr(`\${{ ${m[1]} }}`, context, matrix, steps);
      if ((m = /^matrix\.(\w+)$/.exec(e))) return matrix[m[1]!] ?? 'undefined';
      if ((m = /^needs\.(\w+)\.outputs\.(\w+)$/.exec(e))) return context.needs[m[1]!]?.[m[2]!] ?? 'undefined';
      if ((m = /^steps\.(\w+)\.outputs\.(\w+)$/.exec(e))) return steps[m[1]!]?.[m[2]!] ?? 'undefined';
      if (e === 'github.sha') return context.sha;
      if ((m = /^hashFiles\((.*)\)$/.exec(e))) {
        const patterns = m[1]!.split(',').map((s) => s.trim().replace(/^'|'$/g, ''));
        const h = createHash('sha256');
        for (const f of globSync(patterns, { cwd: project }).sort()) if (existsSync(path.join(project, f))) h.update(readFileSync(path.join(project, f)));
        return h.digest('hex');
      }
      throw new Error(`expression not understood by the test: ${e}`);
    });
  }
});
