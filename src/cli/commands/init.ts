import path from 'node:path';
import { EXIT } from '../exit-codes.js';
import type { RegisterCommand } from '../program.js';

export const registerInit: RegisterCommand = (program, io) => {
  program
    .command('init')
    .description('create a plans project: plans/, config, editor settings, GitHub workflow, README')
    .argument('[dir]', 'the project folder (created when missing)', '.')
    .option('--force', 'overwrite files that are there (package.json is always kept)')
    .action(async (dir: string, flags: { force?: boolean }) => {
      const target = path.resolve(io.cwd, dir);
      const { initProject } = await import('../../workflow/init-project.js');
      const result = await initProject(target, { force: flags.force === true });
      const shown = path.relative(io.cwd, target) || '.';
      for (const f of result.files) io.stdout(`  ${f.state === 'kept' ? 'kept   ' : f.state === 'overwritten' ? 'wrote  ' : 'created'}  ${path.posix.join(shown === '.' ? '' : shown.split(path.sep).join('/'), f.path)}\n`);
      const cd = shown === '.' ? '' : `cd ${shown} && `;
      io.stdout(
        `\nA plans project is ready${shown === '.' ? '' : ` in ${shown}`}. Next:\n` +
          `  ${cd}npm install            (or use a studyplan installed elsewhere)\n` +
          `  npx studyplan doctor     checks Node, the browser and the fonts\n` +
          `  npx studyplan build      builds out/exempel.html and out/exempel.pdf\n`,
      );
      program.exitCode = EXIT.OK;
    });
};
