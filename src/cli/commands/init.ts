import { printable } from '../../diagnostics/printable.js';
import path from 'node:path';
import { words } from '../../i18n/index.js';
import { EXIT } from '../exit-codes.js';
import { langOption } from '../options.js';
import type { RegisterCommand } from '../program.js';

export const registerInit: RegisterCommand = (program, io) => {
  const w = words(program.lang);
  program
    .command('init')
    .description(w.init.description)
    .argument('[dir]', w.init.dir, '.')
    .option('--force', w.init.force)
    .addOption(langOption(program.lang))
    .action(async (dir: string, flags: { force?: boolean }) => {
      const target = path.resolve(io.cwd, dir);
      const { initProject } = await import('../../workflow/init-project.js');
      const result = await initProject(target, { force: flags.force === true });
      const shown = printable(path.relative(io.cwd, target) || '.');
      for (const f of result.files) io.stdout(`  ${w.init.states[f.state]}  ${path.posix.join(shown === '.' ? '' : shown.split(path.sep).join('/'), printable(f.path))}\n`);
      io.stdout(w.init.ready(shown === '.' ? '' : shown) + w.init.next(shown === '.' ? '' : `cd ${shown} && `));
      program.exitCode = EXIT.OK;
    });
};
