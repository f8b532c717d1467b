import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { RunError } from '../../src/errors/run-error.js';
import { inputRoot, isInside, readInput, readInputSync } from '../../src/files/safe-read.js';

/**
 * Issue 28: every input goes through one reader that follows no link out of its root, opens no
 * special file and reads no more than its limit. Each case here was read by the readFile calls
 * it replaces (a link out, /dev/zero for ever, a FIFO blocked the open).
 */
let base: string;
let project: string;
const at = (...p: string[]) => path.join(project, ...p);
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return e instanceof RunError ? `${e.code}${e.params?.['type'] ? `:${e.params['type']}` : ''}` : String(e);
  }
};
const read = (file: string, limit = 1000) => readInputSync(file, { root: project, limit });

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'studyplan-safe-read-'));
  project = path.join(base, 'project');
  mkdirSync(at('plans'), { recursive: true });
  writeFileSync(at('plans/plan.yaml'), 'title: x\n');
  writeFileSync(path.join(base, 'secret'), 'https://user:token@github.com\n');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

test('a regular file inside the root is read, also through a link that stays inside', () => {
  symlinkSync('plan.yaml', at('plans/same.yaml'));
  symlinkSync('plans', at('linked'), 'dir');
  expect(read(at('plans/plan.yaml')).toString()).toBe('title: x\n');
  expect(read(at('plans/same.yaml')).toString()).toBe('title: x\n');
  expect(read(at('linked/plan.yaml')).toString()).toBe('title: x\n');
});

test('a link out of the root, or a folder linked out, is refused unread', () => {
  symlinkSync('../../secret', at('plans/secret.yaml'));
  symlinkSync(base, at('up'), 'dir');
  expect(codeOf(() => read(at('plans/secret.yaml')))).toBe('input/outside');
  expect(codeOf(() => read(at('up/secret')))).toBe('input/outside');
  try {
    read(at('plans/secret.yaml'));
  } catch (e) {
    expect((e as Error).message).not.toContain('token');
    expect((e as RunError).params?.['target']).toBe(path.join(base, 'secret'));
  }
});

test('/dev/zero, a FIFO, a folder, a socket-free device: refused before reading, at once', () => {
  symlinkSync('/dev/zero', at('plans/zero.yaml'));
  execFileSync('mkfifo', [at('plans/fifo.yaml')]);
  // /dev/zero is outside the root and a device: the type is checked first.
  expect(codeOf(() => read(at('plans/zero.yaml')))).toBe('input/not-a-file:device');
  expect(codeOf(() => readInputSync('/dev/zero', { root: '/dev', limit: 10 }))).toBe('input/not-a-file:device');
  expect(codeOf(() => read(at('plans/fifo.yaml')))).toBe('input/not-a-file:fifo');
  expect(codeOf(() => read(at('plans')))).toBe('input/not-a-file:folder');
}, 10_000);

test('a file over the limit is refused with its size; one at the limit is read', () => {
  writeFileSync(at('big'), Buffer.alloc(1001, 'a'));
  writeFileSync(at('fits'), Buffer.alloc(1000, 'a'));
  expect(codeOf(() => read(at('big')))).toBe('input/too-large');
  expect(read(at('fits')).length).toBe(1000);
  try {
    read(at('big'));
  } catch (e) {
    expect((e as RunError).params).toMatchObject({ size: '1001', limit: '1000' });
  }
});

test('missing files are io/missing; the promise form rejects the same', async () => {
  expect(codeOf(() => read(at('nope')))).toBe('io/missing');
  await expect(readInput(at('nope'), { root: project, limit: 10 })).rejects.toMatchObject({ code: 'io/missing' });
  symlinkSync('loop', at('loop'));
  expect(codeOf(() => read(at('loop')))).toMatch(/^io\//);
});

test("inputRoot: the project for a path inside it, else the file's own folder; isInside compares as written", () => {
  expect(inputRoot(at('plans/plan.yaml'), project)).toBe(project);
  expect(inputRoot('/elsewhere/x.yaml', project)).toBe('/elsewhere');
  expect(isInside('/a/b', '/a/b/c')).toBe(true);
  expect(isInside('/a/b', '/a/b')).toBe(true);
  expect(isInside('/a/b', '/a/bc')).toBe(false);
  expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
  expect(isInside('/a/b', '/a')).toBe(false);
});
