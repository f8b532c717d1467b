/* eslint-disable max-lines -- a catalogue: every word the tool says in one language, grouped by command; one file per language by design (tests/unit/i18n.test.ts keeps their keys equal) */
import type { Severity } from '../diagnostics/diagnostic.js';
import { count as n, type ErrorWords } from './text.js';
import type { DiffMessages } from './diff-words.js';
import { machineWords } from './machine-words.js';
import { fixText, lspWords } from './lsp-words.js';

/**
 * Svenska: every word studyplan says, the default language. en.ts and nb.ts have the same keys
 * (the type says so, tests/unit/i18n.test.ts checks it). The rules' messages are the `rules`
 * part, kept beside the rules in src/lint/messages/.
 */
/** Typed as DiffMessages where it is written: its keys are checked here. */
const diffWords = (d: DiffMessages): DiffMessages => d;

export const sv = {
  /** Decimal comma (2,31 s). */
  decimalComma: true,
  reporter: {
    severity: { error: 'fel', warning: 'varning', info: 'info' } as Record<Severity, string>,
    hint: 'tips',
    /** `✖ 5 problem (3 fel, 2 varningar)`, the info count only when there are any. */
    summary: (c: Record<Severity, number>): string => {
      const parts = [n(c.error, 'fel', 'fel'), n(c.warning, 'varning', 'varningar')];
      if (c.info) parts.push(n(c.info, 'info', 'info'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problem')} (${parts.join(', ')})`;
    },
    /** Shown when nothing was found. */
    clean: (files: number): string => `✔ ${n(files, 'plan granskad', 'planer granskade')}, inga problem`,
    tooManyWarnings: (w: number, max: number): string => `studyplan lint hittade för många varningar (${w}; högst ${max} tillåts).`,
  },
  /** Why the system refused: the part after "kan inte läsa X: ". */
  systemReason: (code: string): string =>
    ({
      EEXIST: 'en fil står i vägen',
      ENOENT: 'den finns inte',
      EACCES: 'åtkomst nekas',
      EPERM: 'åtkomst nekas',
      ENOSPC: 'disken är full',
      EDQUOT: 'diskkvoten är slut',
      EROFS: 'den är skrivskyddad',
      ENOTDIR: 'en del av sökvägen är ingen mapp',
      EISDIR: 'det är en mapp',
      EMFILE: 'för många öppna filer',
      EBUSY: 'den används av ett annat program',
    })[code] ?? `systemfel ${code}`,
  program: {
    description: 'Granska och bygg studieplaner som YAML: felmeddelanden, HTML- och PDF-häften.',
    version: 'skriv ut versionen',
    verbose: 'skriv ut fler detaljer, och stackspåret vid ett oväntat fel',
    help: 'visa hjälp för kommandot',
    helpCommand: 'visa hjälp för ett kommando',
    seeHelp: (command: string): string => `(kör \`${command} --help\` för hjälp)`,
    headings: {
      usage: 'Användning:',
      arguments: 'Argument:',
      options: 'Flaggor:',
      commands: 'Kommandon:',
      usageOptions: '[flaggor]',
      usageCommand: '[kommando]',
      globalOptions: 'Globala flaggor:',
      default: 'standard',
      choices: 'val',
    },
    /** Commander's own error lines, worded again. */
    unknownOption: (option: string): string => `fel: okänd flagga ${option}`,
    unknownCommand: (command: string): string => `fel: okänt kommando ${command}`,
    missingArgument: (name: string): string => `fel: argumentet ${name} saknas`,
    missingValue: (option: string): string => `fel: flaggan ${option} behöver ett värde`,
    badChoice: (option: string, value: string, choices: string): string => `fel: \`${value}\` är inget giltigt värde för ${option}; välj ${choices}`,
    badValue: (option: string, value: string, why: string): string => `fel: \`${value}\` är inget giltigt värde för ${option}: ${why}`,
    tooManyArguments: (command: string): string => `fel: för många argument till ${command}`,
    didYouMean: (what: string): string => `(menade du ${what}?)`,
    wholeNumber: 'ange ett heltal, 0 eller mer.',
    bug: (version: string, message: string, verbose: boolean): string =>
      `studyplan ${version}: oväntat fel: ${message}\n  Det här är ett fel i studyplan; rapportera det gärna med kommandot du körde${verbose ? '' : ' (och utskriften med --verbose)'}.`,
  },
  options: {
    lang: 'språket i meddelanden, rubriker och datum: sv, en eller nb (standard: inställningarnas lang, annars LANG/LC_ALL om sv, nb eller en, annars sv)',
    config: 'inställningsfilen (standard: studyplan.config.yaml här eller i en mapp ovanför)',
    chrome: 'Chromium eller Chrome att skriva ut PDF med',
    out: 'utdatamappen',
    template: 'mallens namn (templates/NAMN) eller en mallmapp',
    includeInternal: 'ta med innehåll som bara är för utskottet, märkt som internt',
    paths: 'planfiler, mappar eller globmönster (standard: inställningarnas plans, annars plans/)',
  },
  lint: {
    description: 'granska planer: YAML, schema och innehåll, varje problem på sin rad och kolumn',
    format: 'utdataformat',
    output: 'skriv rapporten till FIL (hel eller inte alls) i stället för till standard ut',
    maxWarnings: 'avsluta med kod 1 vid fler än N varningar',
    quiet: 'rapportera bara fel (varningar räknas ändå för --max-warnings)',
    after:
      '\nFormat: stylish (för människor: kodutdrag, färger i terminalen), json (en lista med diagnoser),\n' +
      'github (anteckningar i GitHub Actions), sarif (SARIF 2.1.0, för kodgranskning).\n' +
      'Slutkoder: 0 inga fel (och varningar inom --max-warnings), 1 fel eller för många varningar,\n' +
      '2 kunde inte köras (användning, fil saknas, felaktiga inställningar). Regler och inställningar: docs/lint.md.\n',
  },
  build: {
    description: 'bygg HTML- (och PDF-)häften av planer: OUT/NAMN.html, OUT/NAMN.pdf (OUT/NAMN.booklet.pdf) och OUT/index.html',
    format: 'kommalista av html, pdf, json (json: OUT/NAMN.json och OUT/index.json)',
    baseUrl: 'var OUT publiceras, för sidornas och kalendrarnas länkar (standard: site.url, eller GitHub Pages-adressen med site.pages)',
    concurrency: 'antal PDF:er som skrivs ut samtidigt',
    booklet: 'skriv också OUT/NAMN.booklet.pdf: A5-sidor två och två på A4-ark, att skriva ut dubbelsidigt och vika',
    force: 'bygg om allt, också det vars källor inte har ändrats',
    quiet: 'skriv bara ut fel',
    shard: 'bygg bara del K av N av planerna (stabilt efter plannamn), för CI-jobb sida vid sida; foga ihop dem med studyplan merge',
    stopped: (signal: string): string => `studyplan: avbruten (${signal}); det som redan skrivits är helt, resten lämnades som det var`,
    steps: { checked: 'granskad', html: 'HTML skriven', printing: 'skriver ut PDF', pdf: 'PDF skriven', booklet: 'häfte skrivet', failed: 'misslyckades', unchanged: 'oförändrad' },
    removed: (name: string): string => `tog bort utdata för ${name} (planfilen finns inte längre)`,
    /** The last line of a build. */
    summary: (s: { built: number; unchanged: number; failed: number; partial: number; files: number; out: string; time: string }): string => {
      const parts: string[] = [];
      if (s.built) parts.push(`Byggde ${n(s.built, 'plan', 'planer')} till ${s.out}/ (${n(s.files, 'fil', 'filer')}) på ${s.time}`);
      else if (!s.failed) parts.push(`Inget har ändrats – ${s.unchanged === 1 ? '1 plan är' : `${s.unchanged} planer är`} redan byggda i ${s.out}/`);
      if ((s.built || s.failed) && s.unchanged) parts.push(`${s.unchanged === 1 ? '1 plan var' : `${s.unchanged} planer var`} redan byggda`);
      if (s.failed) parts.push(`${s.failed === 1 ? '1 plan har' : `${s.failed} planer har`} fel och byggdes inte`);
      if (s.partial) parts.push(`${s.partial === 1 ? '1 plan' : `${s.partial} planer`} byggdes bara delvis (se ovan)`);
      return parts.join('; ');
    },
    printFailed: 'PDF:en kunde inte skrivas ut',
    bookletFailed: 'häftet kunde inte skrivas ut',
  },
  diffCommand: {
    description: 'vad som ändrats mellan två versioner av en plan: utbildningar som lagts till, tagits bort, bytt namn, ändrats och flyttats, och ändringar i planen',
    old: 'den gamla versionen: en planfil, eller REV:SÖKVÄG ur git (HEAD~1:plans/x.yaml)',
    new: 'den nya versionen: en planfil, eller REV:SÖKVÄG',
    format: 'text, json, html (en sida att bifoga) eller md',
    output: 'skriv till FIL (hel eller inte alls) i stället för till standard ut',
    includeInternal: 'jämför också innehåll som bara är för utskottet, märkt som internt',
  },
  init: {
    description: 'skapa ett planprojekt: plans/, inställningar, editorinställningar, GitHub-arbetsflöde, README',
    dir: 'projektmappen (skapas om den saknas)',
    force: 'skriv över filer som finns (package.json behålls alltid)',
    states: { kept: 'behöll ', overwritten: 'skrev  ', created: 'skapade' },
    ready: (where: string): string => `\nEtt planprojekt är klart${where ? ` i ${where}` : ''}. Sedan:\n`,
    next: (cd: string): string =>
      `  ${cd}npm install            (eller använd en studyplan som är installerad på annat sätt)\n` +
      `  npx studyplan doctor     kontrollerar Node, webbläsaren och typsnitten\n` +
      `  npx studyplan build      bygger out/exempel.html och out/exempel.pdf\n`,
  },
  importCommand: {
    description: 'gör en plan (plans/NAMN.yaml) av förra årets Word-, OpenDocument-, PDF-, webb-, Markdown- eller textfil',
    file: 'dokumentet: .docx, .odt, .pdf, .html, .md eller .txt',
    out: 'planen som skrivs (standard: plans/DOKUMENTETS-NAMN.yaml)',
    lang: 'planens språk (dokumentets), för att känna igen rubriker och datum: sv, nb, da eller en (standard: gissas från texten); som för build är det också språket för det studyplan skriver när det är sv, en eller nb',
    force: 'skriv över en plan som redan finns',
    wrote: (file: string, format: string, lang: string): string => `skrev ${file} (från ${format}, språk ${lang})`,
    recognised: 'känt igen',
    nothing: 'ingenting utöver titeln',
    found: (key: string, count: number): string =>
      n(
        count,
        ...((
          {
            sections: ['avsnitt', 'avsnitt'],
            courses: ['utbildning', 'utbildningar'],
            dates: ['datum', 'datum'],
            prices: ['pris', 'priser'],
            registrations: ['anmälan', 'anmälningar'],
            steps: ['steg', 'steg'],
            quotes: ['citat', 'citat'],
            clauses: ['att-sats', 'att-satser'],
          } as Record<string, [string, string]>
        )[key] ?? [key, key]),
      ),
    freeText: (count: number): string => `${n(count, 'stycke', 'stycken')} som fritext med kommentaren "studyplan import" – läs dem och flytta dem till rätt fält`,
    noFreeText: 'inget som fritext: allt fick en plats',
    findings: (count: number): string => `lint av den nya planen: ${n(count, 'anmärkning', 'anmärkningar')}`,
    clean: 'lint av den nya planen: inga anmärkningar. Bygg häftet: studyplan build',
  },
  newCommand: {
    description: 'skapa plans/NAMN.yaml från ett kommenterat skelett (skriver aldrig över)',
    name: 'planens namn, t.ex. norrbotten-2023 (å ä ö blir a a o)',
    title: 'planens titel (standard: Studieplan ÅR)',
    publisher: 'organisationen som ger ut planen',
    year: 'planens år (standard: i år)',
    plans: 'mappen med planerna',
    created: (file: string): string => `skapade ${file}\n  Öppna den i din editor, fyll i den och kör sedan: studyplan lint ${file}\n`,
  },
  doctor: {
    description: 'kontrollera installationen: Node, webbläsaren för PDF, typsnitt, utdatamappen, inställningarna',
    chrome: 'Chromium eller Chrome att kontrollera',
    names: { node: 'Node.js', config: 'inställningar', browser: 'webbläsare', 'browser-starts': 'webbläsaren startar', fonts: 'typsnitt', out: 'utdatamapp', 'editor-schema': 'editorns schema' },
    fix: 'åtgärd',
    details: {
      nodeVersion: (p: Record<string, string>): string => `Node.js ${p['version']}`,
      configValid: (p: Record<string, string>): string => `${p['file']} är giltig`,
      noConfig: (): string => 'ingen studyplan.config.yaml (standardvärdena gäller)',
      browserStarted: (p: Record<string, string>): string => `version ${p['version']} startade och stängdes (PDF kräver ${p['min']} eller senare)`,
      browserFound: (p: Record<string, string>): string => `${p['name']} (${p['source'] === 'system' ? 'installerad' : p['source'] === 'PATH' ? 'i PATH' : `från ${p['source']}`}): ${p['path']}`,
      noAnswer: (p: Record<string, string>): string => `inget svar inom ${p['seconds']} s`,
      fontsMissing: (p: Record<string, string>): string => `${p['count']} typsnittsfiler saknas, t.ex. ${p['example']}`,
      fontsFound: (p: Record<string, string>): string => `${p['count']} typsnittsfiler i mallen ${p['template']} (${p['fonts'] || 'inga'})`,
      outWritable: (p: Record<string, string>): string => `${p['folder']} går att skriva i`,
      outNotWritable: (p: Record<string, string>): string => `${p['folder']}: ${p['reason']}`,
      schemaSame: (): string => 'schemas/studyplan.schema.json stämmer med den här versionen av studyplan',
      schemaOther: (): string => 'schemas/studyplan.schema.json kommer från en annan version av studyplan',
    },
    fixes: {
      node: (p: Record<string, string>): string => `Installera Node.js ${p['min']} eller senare (https://nodejs.org).`,
      config: (): string => 'Rätta studyplan.config.yaml, eller ta bort den för att använda standardvärdena.',
      browser: (): string => 'Installera Chromium (apt-get install chromium) eller ange --chrome SÖKVÄG.',
      browserStarts: (): string => 'Kontrollera att den går att köra (`chromium --headless --version`); i en container: installera dess bibliotek (apt-get install chromium).',
      fonts: (): string => 'Installera om: npm install (paketen @fontsource följer med studyplan).',
      fontsTemplate: (): string => 'Installera om studyplan: npm install.',
      out: (): string => 'Gör mappen skrivbar, eller välj en annan med out: i studyplan.config.yaml eller --out.',
      schema: (p: Record<string, string>): string => `Kopiera den igen: cp "${p['from']}" schemas/`,
    },
    summary: (bad: number, total: number): string => (bad ? `\n${bad} av ${total} kontroller misslyckades.\n` : `\nAlla ${total} kontroller gick igenom.\n`),
  },
  lspCommand: {
    description: 'språkserver för editorer: granskningens fynd medan du skriver (Language Server Protocol över stdio)',
    stdio: 'tala över standard in och ut (standard, och det enda sättet)',
  },
  merge: {
    description: 'foga ihop utdatamapparna från `build --shard K/N` till en, med en index.html: samma filer som ett bygge av alla planer',
    dirs: 'delarnas utdatamappar',
    template: 'mallens namn eller en mallmapp (samma som delarna byggdes med)',
    booklet: 'delarna byggdes med --booklet',
    includeInternal: 'delarna byggdes med --include-internal',
    merged: (plans: number, folders: number, out: string): string => `fogade ihop ${n(plans, 'plan', 'planer')} från ${n(folders, 'mapp', 'mappar')} till ${out}/\n`,
  },
  watch: {
    description: 'bygg, visa out/ på 127.0.0.1 och bygg om vid varje sparning; öppna sidor laddas om',
    port: 'porten att visa på (standard: en ledig port)',
    pdf: 'skriv ut PDF:erna vid varje ändring också (standard: en PDF skrivs ut när OUT/NAMN.pdf öppnas)',
    serving: (out: string, url: string): string => `visar ${out}/ på ${url}\nväntar på ändringar; Ctrl-C avslutar\n`,
    changed: (file: string): string => `ändrad ${file}`,
    rebuilt: (names: string): string => `byggde om ${names}`,
    nothing: 'inget att bygga om',
    errors: (count: number): string => `; ${n(count, 'fel', 'fel')} (den senaste fungerande sidan ligger kvar)`,
    took: (time: string): string => ` på ${time}`,
    stopped: 'avslutad',
    wrongHost: 'förhandsvisningen svarar bara på 127.0.0.1 och localhost',
    crossSite: 'förhandsvisningen svarar inte på förfrågningar från andra webbplatser; öppna adressen från terminalen',
    overlayTitle: 'studyplan: planen har fel; sidan visar det senaste fungerande bygget.',
    close: 'stäng',
  },
  /** The words of a RunError, by its code (src/errors/run-error.ts): [message, hint]. */
  errors: {
    'io/missing': (p) => [`${p.file}: filen eller mappen finns inte`],
    'io/permission': (p) => [`${p.file}: åtkomst nekas`],
    'io/directory': (p) => [
      `${p.file}: är en mapp, inte en planfil`,
      p.command === 'lint' ? 'Ange sökvägen till en .yaml-fil, eller mappen för att granska alla planer i den.' : 'Ange sökvägen till en .yaml-fil.',
    ],
    'io/read': (p) => [`${p.file}: kan inte läsas (${p.reason})`],
    'input/not-a-file': (p) => [
      `${p.file}: är ${({ folder: 'en mapp', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[p.type ?? ''] ?? 'en enhet'}, inte en fil; studyplan läser bara vanliga filer`,
    ],
    'input/outside': (p) => [`${p.file}: filen pekar ut ur ${p.root} (till ${p.target}); studyplan läser den inte`, 'Lägg själva filen i mappen, inte en länk till något annat ställe.'],
    'input/too-large': (p) => [`${p.file}: ${p.sizeText} är mer än de ${p.limitText} en sådan fil får vara`],
    'output/link': (p) => [
      `vägrar skriva ${p.file}: ${p.link} är en länk (till ${p.target}), och studyplan skriver aldrig genom en länk i utdatamappen`,
      'Ta bort länken ur utdatamappen (och ur git) och bygg igen.',
    ],
    'io/out-foreign': (p) => [
      `vägrar bygga i ${p.out}: den innehåller filer som studyplan inte har skrivit (${p.files})`,
      'Ange en tom mapp eller en som studyplan har skapat, t.ex. --out out (standard), eller flytta bort filerna.',
    ],
    'io/no-plans': (p) => [
      p.kind === 'folder' ? `inga planfiler (*.yaml) i ${p.arg}` : `ingen planfil passar ${p.arg}`,
      p.given ? `Ange planfiler, mappar eller globmönster, t.ex. studyplan ${p.command} plans/` : `Kör studyplan ${p.command} i ett projekt med en mapp plans/, eller ange planerna.`,
    ],
    'io/out': (p) => [`kan inte skapa utdatamappen ${p.folder}: ${p.reason}`, 'Välj en mapp som går att skriva i med --out eller out: i studyplan.config.yaml.'],
    'io/write': (p) => [`kan inte skriva ${p.file}: ${p.reason}`, 'Kontrollera att mappen finns och går att skriva i.'],
    'io/write-folder': (p) => [
      `kan inte skriva i mappen ${p.folder}: ${p.reason}`,
      p.code === 'ENOSPC' || p.code === 'EDQUOT'
        ? 'Frigör utrymme på disken, eller välj en annan mapp med --out.'
        : 'Gör mappen skrivbar, eller välj en annan med --out eller out: i studyplan.config.yaml. Det som redan fanns där är orört.',
    ],
    'build/example-skipped': (p) => [
      `${p.file} är exempelplanen från init och byggdes inte: projektet har egna planer. Ta bort den, eller ta bort raden "# studyplan: exempelplan" för att bygga den.`,
    ],
    'build/cache-ignored': (p) => [
      `${p.file} i ${p.out} är ${p.problem === undefined ? 'inte giltig JSON' : `inte en byggcache från studyplan (${p.problem})`}; den användes inte och varje plan byggs om.`,
    ],
    'io/out-unsafe': (p) => [
      `vägrar bygga i ${p.out}: utdatamappen är eller innehåller ${({ root: 'filsystemets rot', project: 'projektmappen', plans: 'planerna', template: 'mallen', studyplan: 'studyplan självt', git: 'ett git-förråd' } as Record<string, string>)[p.holds ?? ''] ?? p.holds}, och studyplan har inte skapat den`,
      'Ange en tom mapp eller en som studyplan har skapat, t.ex. --out out (standard).',
    ],
    'template/font': (p) =>
      p.kind === 'not-css'
        ? [`typsnittet ${p.spec} är inte ett typsnittspakets CSS-fil`, `Ange typsnitt som paket/fil.css, t.ex. "@fontsource/source-serif-4/400.css"; sökvägar är inte tillåtna.`]
        : p.kind === 'not-found'
          ? [`typsnittet finns inte: ${p.spec}`, `Installera typsnittspaketet (npm install @fontsource/...) eller ta bort det ur template.json.`]
          : p.kind === 'bad-face'
            ? [`typsnittet ${p.spec}: ${p.face} är inget typsnittsnamn`, `Typsnittspaket namnger sina snitt med bokstäver, siffror och bindestreck; installera om paketet.`]
            : [`typsnittet ${p.spec}: ${p.file} saknas`, `Installera om typsnittspaketet (npm install), eller ta bort typsnittet ur template.json.`],
    'io/exists': (p) => [`${p.dir} har redan ${p.files}`, 'Inget skrevs. Kör studyplan init i en tom mapp, eller lägg till --force för att skriva över filerna.'],
    'io/plan-exists': (p) => [`${p.file} finns redan`, 'Välj ett annat namn, eller redigera planen som finns.'],
    'io/not-found': (p) => [`${p.arg}: filen finns inte`, 'Ange en planfil, eller en git-revision och planens sökväg i den, t.ex. HEAD~1:plans/x.yaml.'],
    'io/too-large': (p) => [`${p.arg}: större än ${p.mb} MB; ingen plan är så stor`],
    'usage/format': (p) => [`okänt --format: ${p.formats || '(tomt)'}`, 'Använd --format html, pdf eller json, eller en kommalista som html,pdf,json.'],
    'usage/concurrency': (p) => [`--concurrency ska vara ett heltal, 1 eller mer, inte ${p.value}`],
    'usage/shard': (p) => [`--shard ska vara K/N med 1 <= K <= N <= ${p.max}, inte ${p.value}`, 'Till exempel --shard 1/2 och --shard 2/2 i två CI-jobb, sedan studyplan merge.'],
    'usage/source-date-epoch': (p) => [
      `SOURCE_DATE_EPOCH ska vara hela sekunder sedan 1970, högst ${p.max} (år 9999), inte ${p.value}`,
      'Till exempel senaste incheckningens tid: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
    ],
    'usage/port': (p) => [`--port ska vara ett portnummer, inte ${p.value}`],
    'import/format': (p) => [`${p.file}: kan inte importera en ${p.ext || 'fil utan filändelse'}-fil`, `Importen läser ${p.formats}. Spara dokumentet i ett av dem (Arkiv > Spara som).`],
    'import/blocks': (p) => [`${p.file}: dokumentet har fler än ${p.limit} stycken och importeras inte`, 'Dela upp dokumentet och importera delarna var för sig.'],
    'import/zip-bomb': (p) => [
      `${p.file}: dokumentet packas upp till alldeles för mycket (en zip-bomb?) och importeras inte`,
      `Ett dokument får packas upp till högst ${p.limit} MB, varje del till högst ${p.ratio} gånger sin packade storlek. Öppna det i Word eller LibreOffice och spara det igen, utan stora bilder.`,
    ],
    'import/zip-broken': (p) => [`${p.file}: inte ett läsbart Word- eller OpenDocument-dokument (${p.detail})`, 'Öppna det i Word eller LibreOffice och spara det igen.'],
    'import/pdf-broken': (p) => [`${p.file}: inte en läsbar PDF (${p.detail})`],
    'import/pdf-pages': (p) => [`${p.file}: PDF:en har ${p.pages} sidor; importen läser högst ${p.limit}`, 'Dela upp PDF:en, eller importera originalet (Word, webbsida) i stället.'],
    'import/exists': (p) => [`${p.file} finns redan`, 'Välj en annan fil med --out, eller skriv över den med --force.'],
    'usage/year': (p) => [`--year ska vara ett årtal som 2024, inte ${p.value}`],
    'usage/plan-name': (p) =>
      p.kind === 'long'
        ? [`plannamnet är för långt (${p.length} tecken)`, 'Håll det under 80 tecken, t.ex. distrikt-period.']
        : p.kind === 'empty'
          ? [`inget plannamn: ${p.name}`, 'Använd bokstäver och siffror, t.ex. studyplan new norrbotten-2023.']
          : [`inget plannamn: ${p.name}`, 'Ange ett namn utan mappar, t.ex. studyplan new skane-hosten-2022.'],
    'config/read': (p) => [`${p.file}: ${p.code === 'ENOENT' ? 'inställningsfilen finns inte' : `kan inte läsas (${p.reason})`}`, p.given ? 'Kontrollera sökvägen efter --config.' : undefined],
    'config/syntax': (p) => [`${p.file}:${p.line}:${p.column}: ${p.detail}`, 'Inställningarna är YAML; kontrollera indrag och kolon här.'],
    'config/invalid': (p) => [p.line ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`, p.hint || 'Se schemas/studyplan.config.schema.json för nycklarna.'],
    'config/unknown-rule': (p) => [
      `${p.file}:${p.line}:${p.column}: okänd regel ${p.rule}${p.suggestion ? `; menade du ${p.suggestion}?` : ''}`,
      'Reglerna finns i docs/lint.md och i `studyplan lint --format sarif`.',
    ],
    'config/wrong-value': (p) => [
      `${p.file}: ${p.key} ska vara ${({ plans: 'en mapp, en fil eller ett globmönster, eller en lista av dem', out: 'en mapp', template: 'ett mallnamn (booklet) eller en mapp', formats: 'html, pdf eller [html, pdf]', lang: 'sv, en eller nb', concurrency: 'ett heltal, 1 eller mer', booklet: 'true eller false' } as Record<string, string>)[p.key ?? ''] ?? 'ett annat värde'}`,
      `Rätta ${p.key} i ${p.file}, eller ta bort raden för att använda standardvärdet.`,
    ],
    'config/not-mapping': (p) => [`${p.file}: inställningarna ska vara en mappning av nycklar (nyckel: värde)`],
    'pdf/no-browser': (p) =>
      p.kind === 'given'
        ? [`webbläsaren som ${p.source} anger finns inte eller går inte att köra: ${p.file}`, 'Rätta sökvägen, eller utelämna den för att använda Chrome eller Chromium som är installerad på datorn.']
        : [
            'Ingen Chrome eller Chromium hittades. Installera en (Debian/Ubuntu: apt-get install chromium), eller peka ut den med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.',
            'Med internet går det också att hämta en med `npx @puppeteer/browsers install chrome-headless-shell@stable`. HTML byggs utan webbläsare: --format html.',
          ],
    'pdf/launch': (p) => [`kunde inte starta webbläsaren ${p.browser}: ${p.detail}`, 'Kontrollera att den går att köra (`chromium --version`), eller ange en annan med --chrome SÖKVÄG.'],
    'pdf/no-puppeteer': (p) => [`PDF-steget behöver puppeteer-core, som inte gick att läsa in (${p.detail}).`, 'Installera om studyplan (npm install), eller bygg bara HTML med --format html.'],
    'template/not-found': (p) => [
      `mallen finns inte: ${p.name}`,
      p.path ? 'En mallmapp behöver template.json, layout.hbs och labels/ (se docs/build.md).' : 'Använd --template booklet, eller sökvägen till en mallmapp.',
    ],
    'template/error': (p) => [`${p.where}: ${p.detail}`, p.hint || undefined],
    'template/unknown-field': (p) => [`${p.where}: "${p.field}" finns inte i mallens data`, 'Kontrollera stavningen av fältet; docs/build.md visar vad mallar får.'],
    'template/invalid': (p) => [`${p.where}: ${p.detail}`, p.hint || undefined],
    'diff/revision': (p) => [
      p.dash ? `${p.arg}: en git-revision kan inte börja med "-"` : `kan inte läsa ${p.arg} ur git: ${p.detail}`,
      p.dash ? 'Skriv den som REV:SÖKVÄG, t.ex. HEAD~1:plans/x.yaml.' : 'Kontrollera revisionen (git log --oneline) och sökvägen från förrådets översta mapp, t.ex. HEAD~1:plans/x.yaml.',
    ],
    'diff/no-git': (p) => [`kan inte läsa ${p.arg}: git är inte installerat (eller inte i PATH)`, 'Installera git, eller ange den gamla versionen som en fil.'],
    'diff/labels': (p) => [`kan inte läsa etiketterna ${p.file}: ${p.reason}`, 'Installera om studyplan.'],
  } as Record<string, ErrorWords>,
  diff: diffWords({
    heading: 'Förändringar',
    comparedWith: 'Förändringar jämfört med {old}',
    sources: 'Jämfört: {old} och {new}',
    noChanges: 'Inga förändringar.',
    summary: { one: '1 förändring', many: '{n} förändringar' },
    planLevel: 'Planen',
    sections: 'Avsnitt',
    courses: 'Utbildningar',
    appendices: 'Bilagor',
    added: 'tillagt',
    removed: 'borttaget',
    changed: 'ändrat',
    sectionAdded: 'Nytt avsnitt',
    sectionRemoved: 'Borttaget avsnitt',
    courseAdded: 'Ny utbildning',
    courseRemoved: 'Borttagen utbildning',
    appendixAdded: 'Ny bilaga',
    appendixRemoved: 'Borttagen bilaga',
    eventAdded: 'Ny händelse',
    eventRemoved: 'Borttagen händelse',
    eventChanged: 'Ändrad händelse',
    renamed: 'Nytt namn: {from} → {to}',
    idChanged: 'Nytt id: {from} → {to}',
    moved: 'Flyttad från avsnittet {from} till {to}',
    position: 'Flyttat från plats {from} till plats {to}',
    inSection: 'i avsnittet {section}',
    reordered: 'ny ordning',
    set: 'nu',
    unset: 'borttaget (var {before})',
    yes: 'ja',
    no: 'nej',
    internal: 'Internt',
    before: 'Förut',
    after: 'Nu',
    fields: {
      title: 'Titel',
      subtitle: 'Underrubrik',
      slogan: 'Paroll',
      kind: 'Slags dokument',
      language: 'Språk',
      period: 'Period',
      status: 'Status',
      'status.state': 'Status',
      'status.proposedBy': 'Förslagsställare',
      'status.meeting': 'Möte',
      'status.adoptedBy': 'Fastställd av',
      'status.adoptedOn': 'Fastställd den',
      issued: 'Utgiven',
      'issued.place': 'Utgiven, ort',
      'issued.date': 'Utgiven, datum',
      publisher: 'Utgivare',
      'publisher.name': 'Utgivare',
      'publisher.shortName': 'Utgivare, kortnamn',
      'publisher.kind': 'Utgivare, slag',
      'publisher.region': 'Utgivare, region',
      'publisher.website': 'Utgivare, webbplats',
      'publisher.email': 'Utgivare, e-post',
      'publisher.phone': 'Utgivare, telefon',
      'publisher.address': 'Utgivare, adress',
      introduction: 'Inledning',
      'introduction.title': 'Inledningens rubrik',
      'introduction.text': 'Inledningens text',
      'introduction.quotes': 'Inledningens citat',
      'introduction.signatures': 'Underskrifter',
      proposal: 'Förslag till beslut',
      'proposal.title': 'Förslagets rubrik',
      'proposal.text': 'Förslagets text',
      'proposal.clauses': 'Att-satser',
      contacts: 'Kontakt',
      goals: 'Mål',
      links: 'Länkar',
      keywords: 'Nyckelord',
      internalNotes: 'Interna anteckningar',
      internal: 'Endast för utskottet',
      summary: 'Ingress',
      description: 'Innehåll',
      audience: 'Målgrupp',
      purpose: 'Syfte',
      scope: 'Nivå',
      delivery: 'Genomförande',
      residential: 'Internat',
      format: 'Form',
      'format.type': 'Form',
      'format.days': 'Form, dagar',
      'format.weekends': 'Form, helger',
      'format.sessions': 'Form, träffar',
      'format.hours': 'Form, timmar',
      'format.text': 'Form, text',
      steps: 'Steg',
      organisers: 'Arrangörer',
      prerequisites: 'Förkunskaper',
      'prerequisites.courses': 'Förkunskaper, kurser',
      'prerequisites.text': 'Förkunskaper',
      occurrences: 'Tid och plats',
      recurrence: 'Hur ofta',
      'recurrence.count': 'Hur ofta, antal',
      'recurrence.per': 'Hur ofta, per',
      'recurrence.onRequest': 'Vid förfrågan',
      'recurrence.text': 'Hur ofta',
      registration: 'Anmälan',
      'registration.text': 'Anmälan',
      'registration.url': 'Anmälan, länk',
      'registration.email': 'Anmälan, e-post',
      'registration.deadline': 'Sista anmälningsdag',
      'registration.capacity': 'Antal platser',
      'registration.status': 'Anmälan, läge',
      cost: 'Kostnad',
      'cost.free': 'Kostnadsfri',
      'cost.amount': 'Kostnad, belopp',
      'cost.currency': 'Kostnad, valuta',
      'cost.paidBy': 'Betalas av',
      'cost.notCovered': 'Ingår inte',
      'cost.text': 'Kostnad',
      history: 'Historik',
      quotes: 'Citat',
      notes: 'Övrigt',
      text: 'Text',
      date: 'Datum',
      endDate: 'Slutdatum',
      startTime: 'Starttid',
      endTime: 'Sluttid',
      course: 'Utbildning',
      venue: 'Lokal',
      town: 'Ort',
      online: 'Digitalt',
      months: 'Månad',
    },
  }),
  lsp: lspWords({
    applyFix: (t, inserts) => (inserts ? `Infoga ${fixText(t)}` : t.trim() === '' ? 'Ta bort' : `Ändra till ${fixText(t)}`),
    insertModeline: 'Infoga raden som kopplar planen till studyplans schema',
    courseHover: (id, title, section) => `**${title}**  \nKurs \`${id}\`${section ? ` i avsnittet ${section}` : ''}`,
    unknownCourseHover: (id) => `Ingen kurs i planen har id \`${id}\`.`,
    configProblem: (m) => `studyplan.config.yaml kan inte läsas: ${m}`,
  }),
  machine: machineWords({
    browser: {
      notFound: 'Hittade ingen Chrome, Edge, Chromium eller Brave. Installera en, eller ange den med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.',
      installLinux: 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gör det när den körs som root.',
      installMac: 'macOS: installera Google Chrome eller Microsoft Edge, eller kör: brew install --cask google-chrome',
      installWindows: 'Windows: Microsoft Edge följer med Windows; installera om den med: winget install Microsoft.Edge (eller: winget install Google.Chrome)',
      explicitMissing: (source, file) => `Webbläsaren som ${source} anger finns inte eller kan inte köras: ${file}`,
      explicitMissingHint: 'Rätta sökvägen, eller utelämna den för att använda den Chrome, Edge, Chromium eller Brave som finns på datorn.',
      tooOld: (name, version, min) => `${name} ${version} är för gammal för att skriva ut PDF:erna (bokmärken och taggar kräver version ${min} eller senare).`,
      tooOldHint: 'Uppdatera webbläsaren (i dess meny: Hjälp > Om), eller ange en nyare med --chrome SÖKVÄG.',
    },
    locked: (name: string): string => `${name} är öppen i ett annat program: stäng ${name} i din PDF-läsare och bygg igen.`,
  }),
  /** build --print-timeout SECONDS. */
  printTimeout: {
    help: 'hur länge en PDF får ta att skriva ut innan den planen misslyckas (standard 60)',
    invalid: (value: string): string => `--print-timeout måste vara ett antal sekunder över 0, inte ${value}`,
  },
};
