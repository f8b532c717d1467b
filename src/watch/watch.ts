import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuildOptions, BuildResult } from '../pipeline/build.js';
import { outFolder } from '../pipeline/early-start.js';
import { Builds } from './builds.js';
import { startPreviewServer } from './preview-server.js';
import type { OverlayWords } from './reload-client.js';

export interface WatchSettings {
  paths: string[];
  options: BuildOptions;
  configFile?: string;
}

export type WatchEvent =
  | { type: 'serving'; url: string; out: string }
  | { type: 'changed'; file: string }
  | { type: 'built'; result: BuildResult; ms: number; errors: string[] }
  | { type: 'failed'; message: string; hint?: string };

export interface WatchOptions {
  /** Reads the settings again (after a change of the config file, too). */
  settings: () => Promise<WatchSettings>;
  port?: number;
  onEvent: (e: WatchEvent) => void;
  /** Wait this long after the last change before building (editors save in several steps). */
  debounceMs?: number;
  /** The words of the error overlay on the open pages (default: English). */
  overlay?: OverlayWords;
  /** Words an error that stopped a build, or a plan's failure (a Failure value); default: English. */
  describeError?: DescribeError;
}

export type DescribeError = (e: unknown) => { message: string; hint?: string };

export interface Watcher {
  url: string;
  port: number;
  /** Resolves when the build started by the latest change has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds, serves OUT on 127.0.0.1 and rebuilds on every save of a plan, the template or the config.
 * The builds are incremental, so a save rebuilds only what it changed. A plan with errors keeps its
 * last good page; the errors go to onEvent and to the open pages' overlay.
 */
export async function startWatch(options: WatchOptions): Promise<Watcher> {
  const { build } = await import('../pipeline/build.js');
  const { watch } = await import('chokidar');
  const builds = new Builds(options, build, await options.settings());
  const out = outFolder(builds.settings.options);
  await builds.runBuild();
  const server = await startPreviewServer(out, options.port ?? 0, (rel) => builds.printOnRequest(rel), options.overlay);
  builds.server = server;
  options.onEvent({ type: 'serving', url: server.url, out });
  const watcher = watch(watchTargets(builds.settings), {
    ignoreInitial: true,
    ignored: (p) => p.startsWith(out + path.sep) || p === out || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(p),
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 20 },
    // Editors that save through a temporary file and a rename (Vim, JetBrains' safe write, some
    // Windows editors and sync tools) show as unlink + add: within 100 ms they are one change.
    atomic: 100,
  });
  // Windows reports a watched folder deleted, or on a drive that went away, as an error event
  // (EPERM); unhandled, it would end the process with a stack trace. Say it, and keep watching.
  watcher.on('error', (e) => options.onEvent({ type: 'failed', message: `watch: ${(e as Error)?.message ?? String(e)}` }));
  watcher.on('all', (_event, file) => builds.changed(file));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  let closed: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    idle: () => builds.idle(),
    close: () =>
      (closed ??= (async () => {
        builds.stopTimer();
        await watcher.close();
        await builds.finished();
        await server.close();
        await builds.closePrinter();
      })()),
  };
}

/** Plan folders and files (a glob's folder), the template folder and the config file. */
function watchTargets(settings: WatchSettings): string[] {
  const cwd = settings.options.cwd ?? process.cwd();
  const targets = new Set<string>();
  for (const p of settings.paths.length ? settings.paths : ['plans']) {
    const glob = p.search(/[*?{[]/);
    const base = glob === -1 ? p : p.slice(0, glob).replace(/[^/\\]*$/, '') || '.';
    targets.add(path.resolve(cwd, base));
  }
  const template = settings.options.template;
  if (typeof template === 'object') targets.add(template.dir);
  else if (typeof template === 'string') {
    const local = path.resolve(cwd, template);
    if (existsSync(local) && statSync(local).isDirectory()) targets.add(local);
    // A template of studyplan itself (templates/NAME) changes only with a new version.
  }
  if (settings.configFile) targets.add(settings.configFile);
  return [...targets];
}
