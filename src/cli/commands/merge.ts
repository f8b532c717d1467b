import { printable } from '../../diagnostics/printable.js';
import path from 'node:path';
import type { Command } from 'commander';
import { words } from '../../i18n/index.js';
import { resolveBuildSettings, type BuildFlagValues } from '../build-settings.js';
import { EXIT } from '../exit-codes.js';
import { langOption } from '../options.js';
import type { RegisterCommand } from '../program.js';

export const registerMerge: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('merge')
    .description(w.merge.description)
    .argument('<dirs...>', w.merge.dirs)
    .option('-o, --out <dir>', w.options.out, 'out')
    .option('-t, --template <name|dir>', w.merge.template, 'booklet')
    .addOption(langOption(program.lang))
    .option('--booklet', w.merge.booklet)
    .option('--include-internal', w.merge.includeInternal)
    .option('-c, --config <file>', w.options.config)
    .action(async (dirs: string[], flags: BuildFlagValues, cmd: Command) => {
      const settings = await resolveBuildSettings([], flags, cmd, io, program.config);
      const { mergeOutputs } = await import('../../pipeline/merge.js');
      const result = await mergeOutputs(dirs, settings.paths, settings.options);
      io.stdout(w.merge.merged(result.plans.length, dirs.length, printable(path.relative(io.cwd, result.out) || '.')));
      program.exitCode = EXIT.OK;
    });
};
