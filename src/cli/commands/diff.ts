import type { Lang } from '../../i18n/lang.js';
import path from 'node:path';
import { Option } from 'commander';
import { compareDiagnostics } from '../../diagnostics/diagnostic.js';

import { words } from '../../i18n/index.js';
import { EXIT } from '../exit-codes.js';
import { langOption } from '../options.js';
import { formatDiagnostic } from './build.js';
import type { RegisterCommand } from '../program.js';

interface DiffFlags {
  format: 'text' | 'json' | 'html' | 'md';
  output?: string;
  lang?: Lang;
  includeInternal?: boolean;
  config?: string;
}

export const registerDiff: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('diff')
    .description(w.diffCommand.description)
    .argument('<old>', w.diffCommand.old)
    .argument('<new>', w.diffCommand.new)
    .addOption(new Option('-f, --format <format>', w.diffCommand.format).choices(['text', 'json', 'html', 'md']).default('text'))
    .option('-o, --output <file>', w.diffCommand.output)
    .addOption(langOption(program.lang))
    .option('--include-internal', w.diffCommand.includeInternal)
    .option('-c, --config <file>', w.options.config)
    .action(async (oldArg: string, newArg: string, flags: DiffFlags) => {
      const { diffPlanSources, renderDiff } = await import('../../diff/index.js');
      const result = await diffPlanSources(oldArg, newArg, {
        cwd: io.cwd,
        includeInternal: flags.includeInternal === true,
        messageLang: program.lang,
        ...(flags.lang ? { lang: flags.lang } : {}),
        ...(flags.config ? { configFile: flags.config } : {}),
        ...(program.config ? { config: program.config } : {}),
      });
      if (!result.diff) {
        // A plan that does not load or is not valid: its diagnostics, exit 1, as lint and build.
        const lines = [...result.diagnostics].sort(compareDiagnostics).map((d) => formatDiagnostic(d, io.cwd, program.lang));
        io.stderr(`${lines.join('\n')}\n`);
        program.exitCode = EXIT.INPUT;
        return;
      }
      const text = await renderDiff(result.diff, flags.format);
      if (flags.output) {
        const { writeFileAtomic } = await import('../../output/write-atomic.js');
        await writeFileAtomic(path.resolve(io.cwd, flags.output), text);
      } else {
        io.stdout(text);
      }
      program.exitCode = EXIT.OK;
    });
};
