import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// Every read of a file through node:fs and node:fs/promises, by path: what a build reads, and how often.
const { reads, counted } = vi.hoisted(() => {
  const reads: string[] = [];
  const counted = <F extends (...args: never[]) => unknown>(read: F): F =>
    ((...args: Parameters<F>) => {
      if (typeof args[0] === 'string') reads.push(args[0]);
      return read(...args);
    }) as F;
  return { reads, counted };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = counted(fs.readFile);
  const open = counted(fs.open);
  return { ...fs, readFile, open, default: { ...fs, readFile, open } };
});
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  // The safe reader (src/files/safe-read.ts) opens a file and reads the descriptor: an open is a read.
  const readFileSync = counted(fs.readFileSync);
  const openSync = counted(fs.openSync);
  return { ...fs, readFileSync, openSync, default: { ...fs, readFileSync, openSync } };
});

let project: string;
let build: typeof import('../../src/pipeline/build.js').build;
let main: typeof import('../../src/cli/main.js').main;
beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-read-once-'));
  cpSync(path.join(ROOT, 'plans'), path.join(project, 'plans'), { recursive: true });
  // This file's mocks reach the modules it imports from here on (the default project shares a module cache).
  vi.resetModules();
  ({ build } = await import('../../src/pipeline/build.js'));
  ({ main } = await import('../../src/cli/main.js'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));
beforeEach(() => void (reads.length = 0));

const timesRead = (file: string) => reads.filter((f) => path.resolve(f) === file).length;

describe('a build reads each input once', () => {
  test('each plan file once: its cache key and its check come from the same bytes', async () => {
    const result = await build(['plans'], { cwd: project, formats: ['html'], force: true });
    expect(result.plans.map((p) => p.outputs.length)).toEqual([1, 1]);
    for (const plan of result.plans) expect(timesRead(plan.file), plan.name).toBe(1);
  });
});

describe('a build reads each file of its template once', () => {
  // For the cache's key and for the pages alike (template.json was read four times a build).
  const booklet = path.join(ROOT, 'templates', 'booklet');
  const templateReads = () => [...new Set(reads.map((f) => path.resolve(f)).filter((f) => f.startsWith(booklet + path.sep)))];

  test.each([
    ['a build that renders every plan', true],
    ['a build with nothing to do', false],
  ])('%s', async (_name, force) => {
    const result = await build(['plans'], { cwd: project, formats: ['html'], force });
    expect(result.plans).toHaveLength(2);
    const files = templateReads();
    expect(files.map((f) => path.relative(booklet, f))).toEqual(
      expect.arrayContaining(['template.json', 'layout.hbs', 'style.css', path.join('partials', 'course.hbs'), path.join('labels', 'sv.json')]),
    );
    for (const file of files) expect(timesRead(file), path.relative(booklet, file)).toBe(1);
  });
});

describe('a command reads the config once', () => {
  // Once for its language before the commands are made (cli/message-lang.ts read it a second time by a regex).
  test.each([['build', '--format', 'html'], ['lint'], ['merge', 'ut', '--out', 'samlat']])('studyplan %s', async (...args) => {
    const config = path.join(project, 'studyplan.config.yaml');
    writeFileSync(config, '{lang: en, out: ut}\n');
    let stderr = '';
    const code = await main(args, { stdout: () => undefined, stderr: (t) => void (stderr += t), isTTY: false, env: { LANG: 'sv_SE.UTF-8' }, cwd: project });
    // The seeds' warnings and infos, which build and lint both print, but no error.
    expect(stderr).not.toMatch(/ {2}error {2}/);
    expect(code).toBe(0);
    expect(timesRead(config)).toBe(1);
    rmSync(config);
  });
});

describe("a build reads each of a plan's pictures once", () => {
  // The check's asset loader reads them for the page, and the cache key is made of what it read
  // (the key read every picture a second time before).
  test.each([
    ['a build that renders the plan', true],
    ['a build with nothing to do', false],
  ])('%s', async (_name, force) => {
    const own = path.join(project, 'med-bilder');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'genre', 'bilder'), path.join(own, 'bilder'), { recursive: true });
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'brand', 'assets', 'logo.svg'), path.join(own, 'bilder', 'logo.svg'));
    const plan = path.join(own, 'plan.yaml');
    writeFileSync(
      plan,
      'title: Kurser med bild\npublisher: {name: ABF}\nbrand: {logo: bilder/logo.svg}\nsections:\n  - kind: prose\n    title: Kursgården\n    text: Här bor vi.\n    images: [{src: bilder/kursgard.png, alt: Kursgården}]\n',
    );
    reads.length = 0;
    const result = await build([plan], { cwd: own, formats: ['html'], force });
    expect(result.plans[0]?.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.plans[0]?.unchanged === true).toBe(!force);
    expect(timesRead(path.join(own, 'bilder', 'kursgard.png'))).toBe(1);
    expect(timesRead(path.join(own, 'bilder', 'logo.svg'))).toBe(1);
    expect(timesRead(plan)).toBe(1);
  });
});
