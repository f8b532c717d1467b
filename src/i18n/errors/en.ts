/* eslint-disable max-lines -- the errors catalogue: the words of every failure code in one language, data rather than logic; one file per language by design (ErrorCode is the Swedish file's codes) */
import { list, type ErrorParams, type ErrorWords } from '../text.js';
import { imageReasons } from '../image-reasons.js';
import type { ErrorCode } from '../failure.js';

/** A list value (tools, packages) as its items: the stages pass them comma-separated. */
const items = (v: string | undefined): string[] => (v ? v.split(',') : []);

const installEn = (platform: string | undefined): string =>
  platform === 'win32'
    ? 'Windows: Microsoft Edge comes with Windows; reinstall it with: winget install Microsoft.Edge (or: winget install Google.Chrome)'
    : platform === 'darwin'
      ? 'macOS: install Google Chrome or Microsoft Edge, or run: brew install --cask google-chrome'
      : 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` does it when run as root.';

const PAGE_WANT_EN: Record<string, string> = {
  object: 'an object',
  size: 'an object with margin and furnitureSize',
  margin: 'one to four lengths, e.g. "20mm" or "15mm 14mm"',
  'font-size': 'a font size, e.g. "8.5pt"',
  'font-list': 'a list of font names, e.g. "\'Source Sans 3\', Arial, sans-serif"',
  colour: 'a colour as #rrggbb',
  boolean: 'true or false',
};
const FIELDS_EN: Record<string, string> = { pageSize: 'pageSize ("A4" or "A5")', defaultLanguage: 'defaultLanguage ("sv", "en", "nb" or "da")' };
const fieldsEn = (fields: string | undefined): string =>
  (fields ?? '')
    .split(',')
    .map((f) => FIELDS_EN[f] ?? f)
    .join(', ');

/** What was wrong in an ignored build cache (output/cache-schema.ts: a field, what it should be). */
const CACHE_WANT_EN: Record<string, (field: string, expected: string) => string> = {
  cache: () => 'it is not a build cache',
  number: (f) => `${f} is not a number`,
  text: (f) => `${f} is not text`,
  object: (f) => `${f} is not an object`,
  'plan-name': () => 'not a plan name',
  'plan-entry': () => 'not a plan entry',
  paths: (f) => `${f} is not a list of paths`,
  'absolute-path': (f) => `${f} is not an absolute path`,
  'known-output': (f) => `unknown output ${JSON.stringify(f)}`,
  'output-file': (f, e) => `output ${f} is not ${e}`,
  'index-entry': (f) => `${f} is not an index entry`,
  'own-name': (f) => `${f} is not the plan's name`,
  link: (f, e) => `${f} is not a link to ${e}`,
};
const cacheProblemEn = (p: ErrorParams): string =>
  `${p.plan === undefined ? '' : `plan ${JSON.stringify(p.plan)}: `}${(CACHE_WANT_EN[p.want ?? ''] ?? CACHE_WANT_EN['cache']!)(p.field ?? '', p.expected ?? '')}`;

/** English: the same codes as errors/sv.ts. */
export const enErrors: Record<ErrorCode, ErrorWords> = {
  'io/missing': (p) => [`${p.file}: no such file or folder`],
  'io/permission': (p) => [`${p.file}: permission denied`],
  'io/directory': (p) => [
    `${p.file}: is a directory, not a plan file`,
    p.command === 'lint' ? 'Give the path of a .yaml file, or the folder to lint all plans in it.' : 'Give the path of a .yaml file.',
  ],
  'io/read': (p) => [`${p.file}: cannot be read (${p.reason})`],
  'input/not-a-file': (p) => [
    `${p.file}: is ${({ folder: 'a folder', fifo: 'a pipe', socket: 'a socket' } as Record<string, string>)[p.type ?? ''] ?? 'a device'}, not a file; studyplan reads only regular files`,
  ],
  'input/outside': (p) => [`${p.file}: the file points outside ${p.root} (to ${p.target}); studyplan does not read it`, 'Keep the file itself in the folder, not a link to somewhere else.'],
  'input/too-large': (p) => [`${p.file}: ${p.sizeText} is more than the ${p.limitText} such a file may hold`],
  'output/link': (p) => [
    `refusing to write into ${p.link}: it is a link (to ${p.target}) or no folder, and studyplan writes nothing through a link inside the output folder`,
    'Remove the link from the output folder (and from git), then build again.',
  ],
  'io/out-foreign': (p) => [
    `refusing to build into ${p.out}: it holds files studyplan did not write (${p.files})`,
    'Name an empty folder or one studyplan made, e.g. --out out (the default), or move those files away.',
  ],
  'io/no-plans': (p) => [
    p.kind === 'folder' ? `no plan files (*.yaml) in ${p.arg}` : `no plan file matches ${p.arg}`,
    p.given ? `Give plan files, folders or globs, e.g. studyplan ${p.command} plans/` : `Run studyplan ${p.command} in a project with a plans/ folder, or name the plans.`,
  ],
  'io/out': (p) => [`cannot create the output folder ${p.folder}: ${p.reason}`, 'Choose a folder that can be written to with --out or out: in studyplan.config.yaml.'],
  'io/write': (p) => [`cannot write ${p.file}: ${p.reason}`, 'Check that the folder exists and can be written to.'],
  'io/write-folder': (p) => [
    `cannot write into the folder ${p.folder}: ${p.reason}`,
    p.code === 'ENOSPC' || p.code === 'EDQUOT'
      ? 'Free some space on the disk, or choose another folder with --out.'
      : 'Make the folder writable, or choose another with --out or out: in studyplan.config.yaml. What was there is untouched.',
  ],
  'build/example-skipped': (p) => [`${p.file} is init's example plan and was not built: the project has plans of its own. Delete it, or remove its line "# studyplan: exempelplan" to build it.`],
  'build/cache-ignored': (p) => [
    `${p.file} in ${p.out} is ${p.want === undefined ? 'not valid JSON' : `not a studyplan build cache (${cacheProblemEn(p)})`}; it was ignored and every plan is built again.`,
  ],
  'io/out-unsafe': (p) => [
    `refusing to build into ${p.out}: the output folder is or holds ${({ root: 'the root of the file system', project: 'the project folder', plans: 'the plans', template: 'the template', studyplan: 'studyplan itself', git: 'a git repository' } as Record<string, string>)[p.holds ?? ''] ?? p.holds}, and studyplan did not make it`,
    'Name an empty folder or one studyplan made, e.g. --out out (the default).',
  ],
  'template/font': (p) =>
    p.kind === 'not-css'
      ? [`font ${p.spec} is not a font package's CSS file`, `Name fonts as package/file.css, e.g. "@fontsource/source-serif-4/400.css"; paths are not allowed.`]
      : p.kind === 'not-found'
        ? [`font not found: ${p.spec}`, `Install the font package (npm install @fontsource/...) or remove it from template.json.`]
        : p.kind === 'bad-face'
          ? [`font ${p.spec}: ${p.face} is not a font name`, `Font packages name their faces with letters, digits and hyphens; reinstall the package.`]
          : [`font ${p.spec}: ${p.file} is missing`, `Reinstall the font package (npm install), or remove the font from template.json.`],
  'io/exists': (p) => [`${p.dir} already has ${p.files}`, 'Nothing was written. Run studyplan init in an empty folder, or add --force to overwrite these files.'],
  'io/plan-exists': (p) => [`${p.file} already exists`, 'Choose another name, or edit the plan that is there.'],
  'io/not-found': (p) => [`${p.arg}: no such file`, "Give a plan file, or a git revision and the plan's path in it, e.g. HEAD~1:plans/x.yaml."],
  'io/too-large': (p) => [`${p.arg}: larger than ${p.mb} MB; no plan is that large`],
  'usage/format': (p) => [`unknown --format: ${p.formats || '(empty)'}`, 'Use --format html, pdf or json, or a comma list such as html,pdf,json.'],
  'usage/concurrency': (p) => [`--concurrency must be a whole number of 1 or more, not ${p.value}`],
  'usage/port': (p) => [`--port must be a port number, not ${p.value}`],
  'usage/year': (p) => [`--year must be a year such as 2024, not ${p.value}`],
  'usage/plan-name': (p) =>
    p.kind === 'long'
      ? [`the plan name is too long (${p.length} characters)`, 'Keep it under 80 characters, e.g. district-period.']
      : p.kind === 'empty'
        ? [`not a plan name: ${p.name}`, 'Use letters and digits, e.g. studyplan new norrbotten-2023.']
        : [`not a plan name: ${p.name}`, 'Give a name without folders, e.g. studyplan new skane-hosten-2022.'],
  'config/read': (p) => [`${p.file}: ${p.code === 'ENOENT' ? 'no such config file' : `cannot be read (${p.reason})`}`, p.given ? 'Check the --config path.' : undefined],
  'config/invalid': (p) => [`${p.file}: the config has problems`, 'See schemas/studyplan.config.schema.json for the keys.'],
  'config/unknown-rule': (p) => [`unknown rule ${p.rule}${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`, 'The rules are listed in docs/lint.md and by `studyplan lint --format sarif`.'],
  'config/site-value': (p) => [
    `${p.key} must be ${({ mapping: 'a mapping with url, timeZone and pages', 'known-key': 'one of site.url, site.timeZone, site.pages (not a key of its own)', url: 'an http(s) address, e.g. https://example.se/studieplaner/', 'time-zone': 'a time zone such as Europe/Stockholm or Europe/Oslo', boolean: 'true or false' } as Record<string, string>)[p.want ?? ''] ?? p.want}`,
  ],
  'pdf/launch': (p) => [`Could not start the browser ${p.browser}: ${p.detail}`, 'Check that it runs (`chromium --version`), or name another one with --chrome PATH.'],
  'pdf/no-puppeteer': (p) => [`The PDF stage needs puppeteer-core, which could not be loaded (${p.detail}).`, 'Reinstall studyplan (npm install), or build HTML only with --format html.'],
  'template/not-found': (p) => [
    `template not found: ${p.name}`,
    p.path ? 'A template folder needs a template.json, a layout.hbs and labels/ (see docs/build.md).' : 'Use --template booklet, or the path of a template folder.',
  ],
  'template/unknown-field': (p) => [`${p.where}: "${p.field}" is not defined in the template's data`, 'Check the spelling of the field; docs/build.md lists what templates receive.'],
  'diff/revision': (p) => [
    p.dash ? `${p.arg}: a git revision cannot start with "-"` : `cannot read ${p.arg} from git: ${p.detail}`,
    p.dash ? 'Write it as REV:PATH, e.g. HEAD~1:plans/x.yaml.' : "Check the revision (git log --oneline) and the path from the repository's top folder, e.g. HEAD~1:plans/x.yaml.",
  ],
  'diff/no-git': (p) => [`cannot read ${p.arg}: git is not installed (or not on PATH)`, 'Install git, or give the old version as a file.'],
  'diff/labels': (p) => [`cannot read the labels ${p.file}: ${p.reason}`, 'Reinstall studyplan.'],
  'import/format': (p) => [`${p.file}: cannot import a ${p.ext || 'file without an extension'} file`, `The importer reads ${p.formats}. Save the document as one of them (File > Save as).`],
  'import/blocks': (p) => [`${p.file}: the document has more than ${p.limit} paragraphs and is not imported`, 'Split the document and import its parts one by one.'],
  'import/zip-bomb': (p) => [
    `${p.file}: the document unpacks to far too much (a zip bomb?) and is not imported`,
    `A document may unpack to at most ${p.limit} MB, each part to at most ${p.ratio} times its packed size. Open it in Word or LibreOffice and save it again, without large pictures.`,
  ],
  'import/zip-broken': (p) => [
    `${p.file}: not a readable Word or OpenDocument document${p.missing ? ` (no ${p.missing})` : p.detail ? ` (${p.detail})` : ''}`,
    'Open it in Word or LibreOffice and save it again.',
  ],
  'import/pdf-broken': (p) => [`${p.file}: not a readable PDF${p.detail ? ` (${p.detail})` : ''}`],
  'import/pdf-pages': (p) => [`${p.file}: the PDF has ${p.pages} pages; the importer reads at most ${p.limit}`, 'Split the PDF, or import the original (Word, web page) instead.'],
  'import/exists': (p) => [`${p.file} exists`, 'Choose another file with --out, or replace it with --force.'],
  'io/locked': (p) => [`${p.name} is open in another program: close ${p.name} in your PDF viewer and build again.`],
  'io/calendar-folder': (p) => [`${p.folder} points outside the output folder (to ${p.target})`, `Remove ${p.folder}; studyplan writes the course calendars there.`],
  'io/merge': (p) =>
    p.kind === 'no-build'
      ? [`merge: ${p.folder} has no build of this studyplan version (${p.file} missing or from another version)`, 'Build each shard with studyplan build --shard K/N --out DIR first.']
      : p.kind === 'both'
        ? [`merge: the plan ${p.plan} is in both ${p.other} and ${p.folder}`, 'Each shard builds its own plans: --shard 1/N ... N/N with the same N.']
        : p.kind === 'outside'
          ? [`merge: ${p.file} names an output outside its folder: ${p.output}`]
          : p.kind === 'mixed'
            ? [
                `merge: ${p.folder} and ${p.other} were built with different settings (template, language, config or studyplan)`,
                'Build every shard in the same project with the same options, then merge them.',
              ]
            : p.kind === 'settings'
              ? [
                  `merge: the shards (${p.folder}) were built with other settings than this merge has here (template, language, --include-internal, or the config's brand, rules or site)`,
                  'Run merge in the project the shards were built in, with the options of their build (or --config FILE).',
                ]
              : [`merge: ${p.detail}`],
  'usage/merge': (p) => [`merge: ${p.folder} is the output folder itself`, "Merge the shards' folders into a new one: studyplan merge out-1 out-2 --out out"],
  'usage/shard': (p) => [`--shard must be K/N with 1 <= K <= N <= ${p.max}, not ${p.value}`, 'For example --shard 1/2 and --shard 2/2 in two CI jobs, then studyplan merge.'],
  'usage/source-date-epoch': (p) => [
    `SOURCE_DATE_EPOCH must be whole seconds since 1970, at most ${p.max} (the year 9999), not ${p.value}`,
    "For example the last commit's time: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).",
  ],
  'usage/base-url': (p) => [`--base-url must be an http(s) address, not ${p.value}`, 'For example --base-url https://example.se/studieplaner/'],
  'usage/print-timeout': (p) => [`--print-timeout must be a number of seconds above 0, not ${p.value}`],
  'brand/color': (p) => [`${p.file}: brand.color ${p.color} is not a colour`, 'Write the colour as #rrggbb, e.g. "#0a5c36".'],
  'brand/file': (p) => {
    const [what, fix] = imageReasons.en[p.reason ?? ''] ?? imageReasons.en['missing']!;
    return [`${p.file}: brand.${p.key} ${p.ref}: ${what(p)}`, fix(p)];
  },
  'pdf/no-browser': (p) =>
    p.kind === 'given'
      ? [`The browser given by ${p.source} does not exist or cannot be run: ${p.file}`, 'Fix the path, or leave it out to use the Chrome, Edge, Chromium or Brave installed on this machine.']
      : ['No Chrome, Edge, Chromium or Brave found. Install one, or point to it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.', installEn(p.platform)],
  'pdf/browser-too-old': (p) => [
    `${p.name} ${p.version} is too old to print the PDFs (outline and tags need version ${p.min} or later).`,
    'Update the browser (its menu: Help > About), or name a newer one with --chrome PATH.',
  ],
  'pdf/cancelled': () => ['cancelled'],
  'pdf/timeout': (p) => [`printing took longer than ${p.seconds} s and was stopped`],
  'pdf/crashed': () => ['the browser quit while printing this plan (crashed or was killed)'],
  'pdf/relaunch-failed': () => ['the browser quit and could not be started again'],
  'pdf/print-failed': (p) => [`printing failed: ${p.detail}`],
  'pdf/not-printed': (p) => [p.output === 'booklet' ? 'the booklet could not be printed' : 'the PDF could not be printed'],
  'template/error': (p) => [`${p.where}: ${p.syntax ? 'syntax error: ' : ''}${p.detail}`, p.hint || undefined],
  'template/unknown-helper': (p) => [
    `${p.where}: "${p.name}" is not a helper of this template`,
    'Check the spelling of the helper and of the path before it; the helpers templates have are in src/render/helpers/.',
  ],
  'template/outside': (p) =>
    p.kind === 'css'
      ? [`${p.file}:${p.line}: ${p.text} loads a file from outside the template`, "A stylesheet may use url(assets/...) and data: URLs only; copy fonts and images into the template's assets/ folder."]
      : p.kind === 'font'
        ? [`font ${p.spec}: ${p.name} points outside its font package (to ${p.target})`, 'A font package may use only its own files; reinstall it (npm install) instead of linking files into it.']
        : [
            `${p.file}: the ${p.what === 'asset' ? 'asset' : 'file'} points outside the template folder (to ${p.target})`,
            'A template may use only files inside its own folder; copy the file in instead of linking to it.',
          ],
  'template/missing-file': (p) => [`${p.file}: cannot read the template file`, 'Every template needs template.json, layout.hbs, style.css and labels/sv.json, or "extends" in template.json.'],
  'template/no-index': (p) => [`template ${p.template} has no index.hbs`, 'Add index.hbs to the template folder (see templates/booklet/index.hbs).'],
  'template/manifest': (p) =>
    p.kind === 'extends'
      ? [`${p.file}: "extends" must be a template name (booklet) or a folder`]
      : p.kind === 'loop'
        ? [`${p.file}: "extends": "${p.parent}" makes a loop (or a chain of more than ${p.max} templates)`, 'A template extends another one, which must not extend it back.']
        : p.kind === 'json'
          ? [`${p.file}: not valid JSON: ${p.detail}`]
          : p.kind === 'schema'
            ? [`${p.detail}`, 'See schemas/template.schema.json for the keys of template.json.']
            : p.kind === 'needs'
              ? [`${p.file}: the manifest needs ${fieldsEn(p.fields)}`]
              : [`${p.file}: page.${p.key} must be ${PAGE_WANT_EN[p.want ?? ''] ?? p.want}`, 'See docs/templates.md for the page settings.'],
  'template/labels': (p) =>
    p.kind === 'default'
      ? [`${p.file}: no labels/${p.lang}.json for the template's default language`]
      : p.kind === 'json'
        ? [`${p.file}: not valid JSON: ${p.detail}`]
        : p.kind === 'groups'
          ? [`${p.file}: missing label groups: ${p.groups}`, 'Copy templates/booklet/labels/sv.json and translate it.']
          : [`template ${p.template} has no labels for "${p.lang}"`, `Add labels/${p.lang}.json to the template, or build with --lang ${p.default}.`],
  'setup/browser': (p) => [`✓ browser: ${p.name}, ${p.executable}`],
  'setup/no-browser': (p) => [
    '✗ No Chrome, Edge, Chromium or Brave on this machine; PDFs need one (HTML does not).',
    `${p.line ? `Run: ${p.line}` : installEn(p.platform).replace(/\.$/, '')}, then build again. Or name a browser with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.`,
  ],
  'setup/installing': (p) => [p.what === 'browser' ? `No browser found: installing the system's Chromium (${p.commands})` : `Installing what npm test needs: ${items(p.packages).join(', ')}`],
  'setup/step-failed': (p) => [
    p.what === 'browser' ? `✗ ${p.command} failed (exit ${p.exit}). Run it yourself: ${p.line}` : `! ${p.command} failed (exit ${p.exit}). For the tests, run it yourself: ${p.line}`,
  ],
  'setup/not-found-after': (p) => [
    p.what === 'browser' ? '✗ Installed, but no browser is found at the usual places. Name it with --chrome PATH.' : `! Installed, but ${list(items(p.tools), 'and', false)} still not found on PATH.`,
  ],
  'setup/test-tools': (p) => [`✓ test tools: ${items(p.tools).join(', ')}`],
  'setup/test-tools-missing': (p) => [
    `! npm test reads the PDFs with ${list(items(p.tools), 'and', false)}, not on this machine (building does not need them).`,
    p.line ? `For the tests, run: ${p.line}` : `For the tests, install ${list(items(p.packages), 'and', false)} (poppler's command-line tools and qpdf).`,
  ],
};
