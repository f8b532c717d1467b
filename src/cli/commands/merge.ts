import path from 'node:path';
import { Option, type Command } from 'commander';
import { resolveBuildSettings, type BuildFlagValues } from '../build-settings.js';
import { EXIT } from '../exit-codes.js';
import type { CliIO } from '../io.js';
import type { RegisterCommand } from '../program.js';

export const registerMerge: RegisterCommand = (program, io) => {
  program
    .command('merge')
    .description('join the output folders of `build --shard K/N` into one, with one index.html: the same files as one build of all the plans')
    .argument('<dirs...>', 'the shards\' output folders')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-t, --template <name|dir>', 'template name or a template folder (as the shards were built with)', 'booklet')
    .addOption(new Option('--lang <lang>', 'language of headings and dates (as the shards were built with)').choices(['sv', 'en', 'nb']))
    .option('--booklet', 'the shards were built with --booklet')
    .option('--include-internal', 'the shards were built with --include-internal')
    .option('-c, --config <file>', 'the config file (default: studyplan.config.yaml here or in a folder above)')
    .action(async (dirs: string[], flags: BuildFlagValues, cmd: Command) => {
      const settings = await resolveBuildSettings([], flags, cmd, io);
      const { mergeOutputs } = await import('../../pipeline/merge.js');
      const result = await mergeOutputs(dirs, settings.paths, settings.options);
      io.stdout(`merged ${result.plans.length} ${result.plans.length === 1 ? 'plan' : 'plans'} from ${dirs.length} folders into ${path.relative(io.cwd, result.out) || '.'}/\n`);
      program.exitCode = EXIT.OK;
    });
};
