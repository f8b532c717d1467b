// The boundaries between src/ folders, checked by `npm run lint` (dependency-cruiser).
// The stages from the bottom up; a folder may import only from the folders below it:
//   diagnostics, errors, i18n, files  positions, RunError, the words in sv/en/nb, the safe reader,
//   version.ts                        the package root
//   plan                              read YAML into a plan with positions
//   assets                            picture files read and checked, the one loader for plan and brand
//   brand                             the district's colour, logo and pictures, checked
//   lint, render, output              check; render HTML (the template, its page settings); write files
//   pdf, publish                      print the rendered HTML; calendars, JSON-LD, open data
//   project                           the config and the plans (uses lint's schema messages)
//   diff, import, pipeline, workflow, the verbs (import reads a document into a plan and lints it)
//   watch,
//   lsp
//   cli                               the command layer, over all of them
const stage = (folders) => `^src/(${folders.join('|')})/|^src/version\\.ts$`;
const base = ['diagnostics', 'errors', 'i18n', 'files'];

/** A rule that FOLDER imports nothing of src/ beyond ITS OWN and ALLOWED folders. */
const only = (folder, allowed, comment) => ({
  name: `${folder}-imports-only-lower-stages`,
  comment,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: '^src/', pathNot: stage([folder, ...base, ...allowed]) },
});

module.exports = {
  forbidden: [
    {
      name: 'core-never-imports-cli',
      comment: 'The core (everything but src/cli/) is what a script imports; the command layer sits on top of it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    only('plan', [], 'Reading a plan is the first stage: it imports no other stage.'),
    only('diagnostics', [], 'Diagnostics are the values every stage returns.'),
    only('errors', [], 'RunError is used by every stage.'),
    only('i18n', [], 'The catalogue of words is used by every stage.'),
    only('files', [], 'Every stage reads its inputs through the one safe reader (no links out, no special files, capped).'),
    only('assets', [], 'The asset loader reads and checks picture files (type from the bytes, size, pixels, SVG cleaned); it knows no plan.'),
    only('brand', ['assets'], 'The brand is files and a colour, checked; it knows no plan.'),
    only('lint', ['plan', 'assets', 'brand'], "The lint engine checks a loaded plan (and the brand colour's contrast)."),
    only('render', ['plan', 'brand'], 'Rendering turns a plan into HTML with the template and the brand.'),
    only('pdf', ['render'], "Printing takes rendered HTML and gives PDF bytes (with the template's page settings and hyphenation)."),
    only('publish', ['plan', 'render', 'output'], 'Calendars, JSON-LD and open data come from a plan, beside its HTML.'),
    only('output', [], 'Writing files knows no plan.'),
    only(
      'project',
      ['plan', 'lint', 'assets', 'brand', 'render', 'publish'],
      "The project reads the config (checked with lint's schema messages; its brand, template and site settings) and finds the plans.",
    ),
    only('diff', ['plan', 'lint', 'render', 'project'], 'diff compares two checked plans.'),
    only('import', ['plan', 'lint'], 'import reads a document (docx, odt, pdf, html, md, txt) into a plan and lints it.'),
    only('pipeline', ['plan', 'lint', 'brand', 'render', 'pdf', 'output', 'publish', 'project'], 'build runs the stages.'),
    only('workflow', ['plan', 'lint', 'render', 'pdf', 'output', 'project'], 'init, new and doctor.'),
    only('lsp', ['plan', 'lint', 'project'], 'The language server checks open plans as lint does.'),
    only('watch', ['plan', 'lint', 'assets', 'brand', 'render', 'pdf', 'output', 'publish', 'project', 'pipeline'], 'watch rebuilds with the pipeline.'),
    {
      name: 'no-circular',
      comment: 'No module imports itself through others at run time (a cycle of `import type` is erased).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-folder-cycles',
      comment: 'No two folders import each other (through any path).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.generated\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
