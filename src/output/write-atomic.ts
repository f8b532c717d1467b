import { randomBytes } from 'node:crypto';
import { close, closeSync, fsync, openSync, rmSync, writeFile } from 'node:fs';
import { link, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { renameOver, type RenameOptions } from './locked-output.js';
import { holdFolder, outFolderOf, removeOutput } from './out-folders.js';

export interface WriteOptions extends RenameOptions {
  /** Replaces fs.rename (tests simulate a file held open). */
  rename?: (from: string, to: string) => Promise<void>;
}

/** Temporary files being written now; removed should the process exit mid-write (Ctrl-C). */
const pending = new Set<string>();
let exitHookInstalled = false;

function removePendingOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const tmp of pending) rmSync(tmp, { force: true });
  });
}

/**
 * Writes a file so that readers see either the old or the new content, never half of it: a
 * temporary file in the same folder (same file system, so rename is atomic), fsync, rename.
 * On failure the temporary file is removed and the old file is left as it was.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  // Inside an output folder the file's folders are held open without following links (out-folders.ts).
  const out = outFolderOf(file);
  const held = out ? holdFolder(out, path.dirname(path.resolve(file)), true) : undefined;
  const dir = held?.dir ?? path.dirname(file);
  const target = path.join(dir, path.basename(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  removePendingOnExit();
  pending.add(tmp);
  let fd: number | undefined;
  try {
    // Opened synchronously: once Ctrl-C can run the exit hook, the file it must remove exists
    // (an open still under way in the thread pool would create it after the hook ran).
    // 'wx' (O_CREAT | O_EXCL) creates a new file and never follows a link in its place.
    fd = openSync(tmp, 'wx');
    await writeFd(fd, data);
    await fsyncFd(fd);
    const done = fd;
    fd = undefined;
    await closeFd(done);
    held?.verify();
    // A file held open by a viewer (Windows) cannot be replaced: retried, then named (io/locked).
    // The rename replaces a link at TARGET itself; it never writes through it.
    await renameOver(options.rename ?? rename, tmp, target, options);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(tmp);
    held?.close();
  }
}

/**
 * Writes a new file, never replacing one: the content goes to a temporary file as in
 * writeFileAtomic, which is then hard-linked at FILE. The link fails (EEXIST) when FILE exists,
 * however late it appeared, so a file made between a check and the write is never lost, and a
 * reader sees the whole content or no file. Throws EEXIST then; the temporary file is removed.
 */
export async function writeFileNew(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomic(file, data, {
    // On failure writeFileAtomic removes the temporary file; on success it is a second name to drop.
    rename: async (tmp, to) => {
      await link(tmp, to);
      await rm(tmp, { force: true });
    },
  });
}

/**
 * Makes the folder FILE goes in: inside a claimed output folder one held folder at a time, never
 * through a link (out-folders.ts); elsewhere as mkdir -p does.
 */
export async function ensureFolderFor(file: string): Promise<void> {
  const out = outFolderOf(file);
  if (out) holdFolder(out, path.dirname(path.resolve(file)), true).close();
  else await mkdir(path.dirname(file), { recursive: true });
}

const writeFd = promisify(writeFile) as (fd: number, data: string | Uint8Array) => Promise<void>;
const fsyncFd = promisify(fsync);
const closeFd = promisify(close);

/** `.NAME.PID.RANDOM.tmp`, as writeFileAtomic names its temporary files. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** Whether NAME is one of writeFileAtomic's temporary files. */
export function isTempFileName(name: string): boolean {
  return TEMP_FILE.test(name);
}

/**
 * Removes temporary files that writeFileAtomic left in DIR (and its assets/ folder, the only
 * folder a build writes into) when its process was killed (SIGKILL, power loss) before the
 * rename. Only names of writeFileAtomic's own pattern, never below another folder; files of a
 * process still running (another build into the same folder) are left alone. Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir, { withFileTypes: true }).catch(() => []);
  // out/assets only when it is a folder: through a link (out/assets -> ../elsewhere) the sweep deleted files there.
  const assetsDir = path.join(dir, 'assets');
  const isFolder = (await lstat(assetsDir).catch(() => undefined))?.isDirectory() === true;
  // withFileTypes describes links as links: recursion never enters a linked folder.
  const assets = isFolder ? await readdir(assetsDir, { recursive: true, withFileTypes: true }).catch(() => []) : [];
  const removed: string[] = [];
  for (const e of [...top, ...assets]) {
    const pid = e.isFile() ? TEMP_FILE.exec(e.name)?.[1] : undefined;
    if (!pid || isRunning(Number(pid))) continue;
    const file = path.join(e.parentPath, e.name);
    try {
      await removeOutput(dir, file);
    } catch {
      continue; // a folder on the way became a link: nothing removed there
    }
    removed.push(path.relative(dir, file));
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
