import { printable } from '../../diagnostics/printable.js';
import path from 'node:path';
import type { Command } from 'commander';
import { RunError } from '../../errors/run-error.js';
import { seconds, words } from '../../i18n/index.js';
import { describeError } from '../describe-error.js';
import { addBuildOptions, type BuildFlags } from '../build-options-table.js';
import { resolveBuildSettings } from '../build-settings.js';
import { EXIT } from '../exit-codes.js';
import { formatFindings } from './build.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand, StudyplanProgram } from '../program.js';

export const registerWatch: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  const watch = program.command('watch').alias('serve').description(w.watch.description).argument('[paths...]', w.options.paths);
  addBuildOptions(watch, 'watch', w).action(async (paths: string[], flags: BuildFlags, cmd: Command) => {
    program.exitCode = await runWatch(paths, flags, cmd, io, program);
  });
};

async function runWatch(paths: string[], flags: BuildFlags, cmd: Command, io: CliIO, program: StudyplanProgram): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RunError('usage/port', { value: String(flags.port) });
  // The config main read goes to the first build; a changed config is read again.
  let read = program.config;
  const settings = async () => {
    const s = await resolveBuildSettings(paths, flags, cmd, io, read);
    read = undefined;
    s.options.formats = flags.pdf ? ['html', 'pdf'] : ['html'];
    return s;
  };
  const verbose = program.opts()['verbose'] === true;
  const w = words(program.lang);
  const { startWatch } = await import('../../watch/watch.js');
  const watcher = await startWatch({
    settings,
    port,
    overlay: w.watch,
    describeError: (e) => describeError(e, program.lang),
    onEvent: (e) => {
      const time = new Date().toTimeString().slice(0, 8);
      if (e.type === 'serving') io.stdout(w.watch.serving(printable(path.relative(io.cwd, e.out) || '.'), e.url));
      else if (e.type === 'changed' && verbose) io.stdout(`${time} ${w.watch.changed(printable(path.relative(io.cwd, e.file)))}\n`);
      else if (e.type === 'failed') io.stderr(`${time} studyplan: ${e.message}${e.hint ? `\n  ${e.hint}` : ''}\n`);
      else if (e.type === 'built') {
        const rebuilt = e.result.plans.filter((p) => p.outputs.length).map((p) => p.name);
        // Every finding, warnings and hints too, as build and lint show them.
        const found = formatFindings(e.result.plans, io.cwd, program.lang);
        if (found) io.stderr(`${time}\n${found}`);
        const what = rebuilt.length ? w.watch.rebuilt(printable(rebuilt.join(', '))) : w.watch.nothing;
        const errors = e.result.plans.reduce((n, p) => n + p.diagnostics.filter((d) => d.severity === 'error').length + (p.error ? 1 : 0), 0);
        io.stdout(`${time} ${what}${errors ? w.watch.errors(errors) : ''}${w.watch.took(seconds(e.ms, w.decimalComma))}\n`);
      }
    },
  });
  // The process ends when the server and watcher are closed: no process.exit.
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await watcher.close();
  io.stdout(`${w.watch.stopped}\n`);
  return EXIT.OK;
}
