import path from 'node:path';
import { Option, type Command } from 'commander';
import { RunError } from '../../errors/run-error.js';
import { resolveBuildSettings, type BuildFlagValues } from '../build-settings.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand, StudyplanProgram } from '../program.js';

interface WatchFlags extends BuildFlagValues {
  port?: string;
  pdf?: boolean;
}

export const registerWatch: RegisterCommand = (program, io) => {
  program
    .command('watch')
    .alias('serve')
    .description('build, serve out/ on 127.0.0.1 and rebuild on every save; open pages reload')
    .argument('[paths...]', 'plan files, folders or globs (default: plans/)')
    .option('-p, --port <n>', 'port to serve on (default: a free port)')
    .option('--pdf', 'print the PDFs on every change too (default: a PDF is printed when OUT/NAME.pdf is opened)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --template <name|dir>', 'template name or a template folder', 'booklet')
    .addOption(new Option('--lang <lang>', 'language of headings and dates').choices(['sv', 'en', 'nb']))
    .option('--chrome <path>', 'Chromium or Chrome to print PDFs with')
    .option('--include-internal', 'print committee-only content, marked as internal')
    .option('-c, --config <file>', 'the config file (default: studyplan.config.yaml here or in a folder above)')
    .action(async (paths: string[], flags: WatchFlags, cmd: Command) => {
      program.exitCode = await runWatch(paths, flags, cmd, io, program);
    });
};

async function runWatch(paths: string[], flags: WatchFlags, cmd: Command, io: CliIO, program: StudyplanProgram): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RunError(`--port must be a port number, not ${flags.port}`, undefined, 'usage/port');
  const settings = async () => {
    const s = await resolveBuildSettings(paths, flags, cmd, io);
    s.options.formats = flags.pdf ? ['html', 'pdf'] : ['html'];
    return s;
  };
  const verbose = program.opts()['verbose'] === true;
  const { startWatch } = await import('../../watch/watch.js');
  const watcher = await startWatch({
    settings,
    port,
    onEvent: (e) => {
      const time = new Date().toTimeString().slice(0, 8);
      if (e.type === 'serving') io.stdout(`serving ${path.relative(io.cwd, e.out) || '.'}/ at ${e.url}\nwatching for changes; Ctrl-C stops\n`);
      else if (e.type === 'changed' && verbose) io.stdout(`${time} changed ${path.relative(io.cwd, e.file)}\n`);
      else if (e.type === 'failed') io.stderr(`${time} studyplan: ${e.message}${e.hint ? `\n  ${e.hint}` : ''}\n`);
      else if (e.type === 'built') {
        const rebuilt = e.result.plans.filter((p) => p.outputs.length).map((p) => p.name);
        if (e.errors.length) io.stderr(`${time} ${e.errors.join(`\n${time} `)}\n`);
        io.stdout(`${time} ${rebuilt.length ? `rebuilt ${rebuilt.join(', ')}` : 'nothing to rebuild'}${e.errors.length ? `; ${e.errors.length} error${e.errors.length === 1 ? '' : 's'} (the last good page stays)` : ''} in ${(e.ms / 1000).toFixed(2)} s\n`);
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
  io.stdout('stopped\n');
  return EXIT.OK;
}
