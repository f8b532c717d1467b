import { randomBytes } from 'node:crypto';
import { close, closeSync, fsync, openSync, rmSync, writeFile } from 'node:fs';
import { link, readdir, rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { renameOver, type RenameOptions } from './locked-output.js';

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
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  removePendingOnExit();
  pending.add(tmp);
  let fd: number | undefined;
  try {
    // Opened synchronously: once Ctrl-C can run the exit hook, the file it must remove exists
    // (an open still under way in the thread pool would create it after the hook ran).
    fd = openSync(tmp, 'wx');
    await writeFd(fd, data);
    await fsyncFd(fd);
    const done = fd;
    fd = undefined;
    await closeFd(done);
    // A file held open by a viewer (Windows) cannot be replaced: retried, then named (io/locked).
    await renameOver(options.rename ?? rename, tmp, file, options);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(tmp);
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

const writeFd = promisify(writeFile) as (fd: number, data: string | Uint8Array) => Promise<void>;
const fsyncFd = promisify(fsync);
const closeFd = promisify(close);

/** `.NAME.PID.RANDOM.tmp`, as writeFileAtomic names its temporary files. */
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files that writeFileAtomic left in DIR (and its assets/ folder, the only
 * folder a build writes into) when its process was killed (SIGKILL, power loss) before the
 * rename. Only names of writeFileAtomic's own pattern, never below another folder; files of a
 * process still running (another build into the same folder) are left alone. Returns the names removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const assets = await readdir(path.join(dir, 'assets'), { recursive: true, withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const e of [...top, ...assets]) {
    const pid = e.isFile() ? TEMP_FILE.exec(e.name)?.[1] : undefined;
    if (!pid || isRunning(Number(pid))) continue;
    const file = path.join(e.parentPath, e.name);
    await rm(file, { force: true }).catch(() => undefined);
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
