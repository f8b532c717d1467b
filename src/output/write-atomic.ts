import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
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
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  removePendingOnExit();
  pending.add(tmp);
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(tmp);
  }
}
