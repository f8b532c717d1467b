import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';

/**
 * The one way studyplan reads a file that a project (or a pull request) supplies: a plan, the
 * config, a template's files, an image, a font, the build cache. Issue 28: a plan committed as a
 * symlink to ~/.git-credentials was read and printed in code frames; one linked to /dev/zero was
 * read until the machine ran out of memory. So an input is read only when
 * - it is a regular file (no folder, FIFO, device or socket is ever opened for reading),
 * - its real path (every link followed) lies inside ROOT, and
 * - it is at most LIMIT bytes, checked before reading and again while reading (a file that grows).
 * The file is opened first and then identified (device and inode) with the file at its real
 * path, so a link swapped between the checks and the open is refused, not read.
 */
export interface ReadInputOptions {
  /** The folder the file must really lie in (the project, the template, the font package, out/). */
  root: string;
  /** The most bytes the file may hold (src/files/limits.ts). */
  limit: number;
}

/** Opened for reading only; NONBLOCK so that a FIFO swapped in after the check cannot hang the open. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of FILE, read as described above. Throws RunError: io/missing, io/permission, io/read,
 * input/not-a-file (params.type: folder, device, fifo, socket), input/outside (params.target,
 * params.root), input/too-large (params.size, params.limit, in bytes).
 */
export function readInputSync(file: string, options: ReadInputOptions): Buffer {
  const info = attempt(file, () => statSync(file, { bigint: true }));
  if (!info.isFile()) throw notAFile(file, info);
  const real = attempt(file, () => realpathSync(file));
  const root = realRoot(options.root);
  if (!isInside(root, real)) throw outside(file, real, root);
  if (info.size > BigInt(options.limit)) throw tooLarge(file, Number(info.size), options.limit);
  const fd = attempt(file, () => openSync(file, OPEN_FLAGS));
  try {
    const held = fstatSync(fd, { bigint: true });
    const there = attempt(file, () => statSync(real, { bigint: true }));
    // What was opened is what was checked: a regular file, the one at the real path inside ROOT.
    if (!held.isFile()) throw notAFile(file, held);
    if (held.dev !== there.dev || held.ino !== there.ino) throw outside(file, '?', root);
    return readCapped(fd, file, Number(held.size), options.limit);
  } finally {
    closeSync(fd);
  }
}

/** readInputSync as a promise (the reads are small and bounded; one code path checks them all). */
export async function readInput(file: string, options: ReadInputOptions): Promise<Buffer> {
  return readInputSync(file, options);
}

/** ROOT when FILE's path (as written, links not followed) is inside it; else FILE's own folder. */
export function inputRoot(file: string, root: string): string {
  return isInside(path.resolve(root), path.resolve(file)) ? root : path.dirname(path.resolve(file));
}

/** Whether CHILD is PARENT or lies below it (both absolute; compared as written). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

/** Reads at most LIMIT bytes; one more means the file grew past it after the check. */
function readCapped(fd: number, file: string, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) throw tooLarge(file, length, limit);
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > limit) throw tooLarge(file, length, limit);
  return buffer.subarray(0, length);
}

function attempt<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    throw systemError(file, e);
  }
}

function systemError(file: string, e: unknown): RunError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new RunError('io/missing', { file });
  if (code === 'EACCES' || code === 'EPERM') return new RunError('io/permission', { file });
  if (code === 'ELOOP') return new RunError('io/read', { file, code });
  return new RunError('io/read', { file, code: code ?? (e as Error).message });
}

function typeOf(info: BigIntStats): string {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return 'device';
}

function notAFile(file: string, info: BigIntStats): RunError {
  const type = typeOf(info);
  return new RunError('input/not-a-file', { file, type });
}

function outside(file: string, target: string, root: string): RunError {
  return new RunError('input/outside', {
    file,
    target,
    root,
  });
}

function tooLarge(file: string, size: number, limit: number): RunError {
  return new RunError('input/too-large', {
    file,
    size: String(size),
    limit: String(limit),
    sizeText: mb(size),
    limitText: mb(limit),
  });
}

/** Rounded up, so that a file just over the limit never reads as the limit itself. */
export function mb(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}
