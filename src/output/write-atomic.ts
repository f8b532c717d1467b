import { randomBytes } from 'node:crypto';
import { close, closeSync, fsync, openSync, rmSync, writeFile } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';

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
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
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
    await rename(tmp, file);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(tmp);
  }
}

const writeFd = promisify(writeFile) as (fd: number, data: string | Uint8Array) => Promise<void>;
const fsyncFd = promisify(fsync);
const closeFd = promisify(close);
