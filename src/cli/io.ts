/** Where a command writes; tests pass their own to capture the output. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout/stderr are terminals (colours, live progress). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Set when the reader of stdout or stderr went away (`studyplan lint | head`). */
const closed = { stdout: false, stderr: false };
let pipeHooksInstalled = false;

/**
 * A reader that stops reading (`| head`, a closed pager) is not an error of ours: the stream's
 * EPIPE would otherwise be an unhandled 'error' event with a stack trace. Further output to it is
 * dropped; the command finishes and keeps its exit code.
 */
function ignoreClosedPipes(): void {
  if (pipeHooksInstalled) return;
  pipeHooksInstalled = true;
  for (const name of ['stdout', 'stderr'] as const) {
    process[name].on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      closed[name] = true;
    });
  }
}

export function processIO(): CliIO {
  ignoreClosedPipes();
  return {
    stdout: (t) => void (closed.stdout || process.stdout.write(t)),
    stderr: (t) => void (closed.stderr || process.stderr.write(t)),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
