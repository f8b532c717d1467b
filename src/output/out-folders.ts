import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import { RunError } from '../errors/run-error.js';

/**
 * Output folders (issue 28): a PR committed `out/assets -> ../.git`, and the build wrote a
 * template's `assets/config` over `.git/config` (the next git command ran the attacker's
 * fsmonitor). So below an output folder nothing is written, created or removed through a link.
 *
 * On Linux each folder below OUT is opened with O_NOFOLLOW and held, and the next one opened
 * through the held one (/proc/self/fd/N/NAME is resolved from the open folder, as openat does);
 * the file is then created and renamed inside the held folder. A link swapped in for a folder at
 * any moment is never followed: there is no window between the check and the write. Elsewhere
 * (macOS, Windows: no such path) every folder is checked with lstat before the write and again
 * just before the rename (same device and inode), which leaves only the rename itself open to a
 * process racing on the same machine; a pull request has none.
 */

/** The output folders of this process (prepareOutDir adds each); files inside them are written as above. */
const claimed = new Set<string>();

export function claimOutFolder(out: string): void {
  claimed.add(path.resolve(out));
}

/** The claimed output folder FILE lies in (as written; the deepest one), if any. */
export function outFolderOf(file: string): string | undefined {
  const abs = path.resolve(file);
  let found: string | undefined;
  for (const out of claimed) {
    const rel = path.relative(out, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!found || out.length > found.length)) found = out;
  }
  return found;
}

const PROC_FD = process.platform === 'linux' && existsSync('/proc/self/fd');
const DIR_FLAGS = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0);
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** A folder below an output folder, held open (Linux) or checked (elsewhere), to write or remove in. */
export interface HeldFolder {
  /** The path to name files in the folder by: /proc/self/fd/N on Linux, else the folder's path. */
  dir: string;
  /** Throws when a folder of the chain was replaced since it was checked (no-op where it is held). */
  verify(): void;
  close(): void;
}

/**
 * The folder DIR (inside the output folder OUT), each folder from OUT down opened without
 * following a link; missing folders are created when CREATE. A link on the way is a RunError
 * (output/link) naming it; OUT itself was checked by prepareOutDir.
 */
export function holdFolder(out: string, dir: string, create: boolean): HeldFolder {
  const names = path.relative(out, dir).split(path.sep).filter(Boolean);
  return PROC_FD ? holdOpen(out, names, create) : holdChecked(out, names, create);
}

function holdOpen(out: string, names: string[], create: boolean): HeldFolder {
  let fd = openSync(out, DIR_FLAGS);
  try {
    for (let i = 0; i < names.length; i++) {
      const at = `/proc/self/fd/${fd}/${names[i]}`;
      const next = openFolder(at, create, () => path.join(out, ...names.slice(0, i + 1)));
      closeSync(fd);
      fd = next;
    }
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const held = fd;
  return { dir: `/proc/self/fd/${held}`, verify: () => undefined, close: () => closeSync(held) };
}

/** Opens AT, a folder and no link (O_NOFOLLOW: a link is ELOOP); creates it first when missing and CREATE. */
function openFolder(at: string, create: boolean, shown: () => string): number {
  for (let attempt = 0; ; attempt++) {
    try {
      return openSync(at, DIR_FLAGS | NOFOLLOW);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && create && attempt === 0) {
        // mkdir never follows a link in the last place: a link put there meanwhile is EEXIST, then ELOOP above.
        try {
          mkdirSync(at, { recursive: false });
        } catch (m) {
          if ((m as NodeJS.ErrnoException).code !== 'EEXIST') throw m;
        }
        continue;
      }
      if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'EEXIST') throw linkError(shown(), at);
      throw e;
    }
  }
}

function holdChecked(out: string, names: string[], create: boolean): HeldFolder {
  const seen: [string, Stats][] = [];
  for (let i = 0; i < names.length; i++) {
    const dir = path.join(out, ...names.slice(0, i + 1));
    let info = lstatSync(dir, { throwIfNoEntry: false });
    if (!info && create) {
      mkdirSync(dir);
      info = lstatSync(dir);
    }
    if (!info) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT', path: dir });
    if (!info.isDirectory()) throw linkError(dir, dir);
    seen.push([dir, info]);
  }
  const verify = () => {
    for (const [dir, was] of seen) {
      const now = lstatSync(dir, { throwIfNoEntry: false });
      if (!now?.isDirectory() || now.ino !== was.ino || now.dev !== was.dev) throw linkError(dir, dir);
    }
  };
  return { dir: path.join(out, ...names), verify, close: () => undefined };
}

function linkError(shown: string, at: string): RunError {
  let target = '?';
  try {
    target = readlinkSync(at);
  } catch {
    /* not a link: a file where a folder belongs */
  }
  return new RunError('output/link', { file: shown, link: shown, target });
}

/**
 * Removes FILE (inside the output folder OUT) through its held folder: a link on the way is
 * never followed (`out/assets -> ../outside` made the stale-temp sweep delete a file there).
 * A missing file or folder is no error; a link on the way is a RunError (output/link).
 */
export async function removeOutput(out: string, file: string, what: 'file' | 'folder' = 'file'): Promise<void> {
  const { rm, rmdir } = await import('node:fs/promises');
  let held: HeldFolder;
  try {
    held = holdFolder(out, path.dirname(path.resolve(file)), false);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  try {
    held.verify();
    const at = path.join(held.dir, path.basename(file));
    if (what === 'folder') await rmdir(at).catch(() => undefined);
    else await rm(at, { force: true });
  } finally {
    held.close();
  }
}
