/* eslint-disable max-lines -- the errors catalogue: the words of every failure code in one language, data rather than logic; one file per language by design (ErrorCode is the Swedish file's codes) */
import { list, type ErrorParams, type ErrorWords } from '../text.js';
import { imageReasons } from '../image-reasons.js';

/** A list value (tools, packages) as its items: the stages pass them comma-separated. */
const items = (v: string | undefined): string[] => (v ? v.split(',') : []);

/** The install line for this kind of machine (nothing downloads a browser by itself). */
const installSv = (platform: string | undefined): string =>
  platform === 'win32'
    ? 'Windows: Microsoft Edge följer med Windows; installera om den med: winget install Microsoft.Edge (eller: winget install Google.Chrome)'
    : platform === 'darwin'
      ? 'macOS: installera Google Chrome eller Microsoft Edge, eller kör: brew install --cask google-chrome'
      : 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gör det när den körs som root.';

/** What page.KEY of template.json must be. */
const PAGE_WANT_SV: Record<string, string> = {
  object: 'ett objekt',
  size: 'ett objekt med margin och furnitureSize',
  margin: 'en till fyra längder, t.ex. "20mm" eller "15mm 14mm"',
  'font-size': 'en teckenstorlek, t.ex. "8.5pt"',
  'font-list': 'en lista av typsnittsnamn, t.ex. "\'Source Sans 3\', Arial, sans-serif"',
  colour: 'en färg som #rrggbb',
  boolean: 'true eller false',
};
const FIELDS_SV: Record<string, string> = { pageSize: 'pageSize ("A4" eller "A5")', defaultLanguage: 'defaultLanguage ("sv", "en", "nb" eller "da")' };
const fieldsSv = (fields: string | undefined): string =>
  (fields ?? '')
    .split(',')
    .map((f) => FIELDS_SV[f] ?? f)
    .join(', ');

/** What was wrong in an ignored build cache (output/cache-schema.ts: a field, what it should be). */
const CACHE_WANT_SV: Record<string, (field: string, expected: string) => string> = {
  cache: () => 'det är ingen byggcache',
  number: (f) => `${f} är inget tal`,
  text: (f) => `${f} är ingen text`,
  object: (f) => `${f} är inget objekt`,
  'plan-name': () => 'inget plannamn',
  'plan-entry': () => 'ingen planpost',
  paths: (f) => `${f} är ingen lista med sökvägar`,
  'absolute-path': (f) => `${f} är ingen absolut sökväg`,
  'known-output': (f) => `okänt utdataformat ${JSON.stringify(f)}`,
  'output-file': (f, e) => `utfilen ${f} är inte ${e}`,
  'index-entry': (f) => `${f} är ingen rad i indexet`,
  'own-name': (f) => `${f} är inte planens namn`,
  link: (f, e) => `${f} är ingen länk till ${e}`,
};
const cacheProblemSv = (p: ErrorParams): string =>
  `${p.plan === undefined ? '' : `planen ${JSON.stringify(p.plan)}: `}${(CACHE_WANT_SV[p.want ?? ''] ?? CACHE_WANT_SV['cache']!)(p.field ?? '', p.expected ?? '')}`;

/**
 * Svenska: the words of every failure that stops a command or a plan's output, by its code
 * (src/errors/run-error.ts, src/i18n/failure.ts): [message, hint]. en.ts, nb.ts and da.ts have the same codes.
 */
export const svErrors = {
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
    `vägrar skriva i ${p.link}: den är en länk (till ${p.target}) eller ingen mapp, och studyplan skriver aldrig genom en länk i utdatamappen`,
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
  'build/example-skipped': (p) => [`${p.file} är exempelplanen från init och byggdes inte: projektet har egna planer. Ta bort den, eller ta bort raden "# studyplan: exempelplan" för att bygga den.`],
  'build/cache-ignored': (p) => [
    `${p.file} i ${p.out} är ${p.want === undefined ? 'inte giltig JSON' : `inte en byggcache från studyplan (${cacheProblemSv(p)})`}; den användes inte och varje plan byggs om.`,
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
  'usage/port': (p) => [`--port ska vara ett portnummer, inte ${p.value}`],
  'usage/year': (p) => [`--year ska vara ett årtal som 2024, inte ${p.value}`],
  'usage/plan-name': (p) =>
    p.kind === 'long'
      ? [`plannamnet är för långt (${p.length} tecken)`, 'Håll det under 80 tecken, t.ex. distrikt-period.']
      : p.kind === 'empty'
        ? [`inget plannamn: ${p.name}`, 'Använd bokstäver och siffror, t.ex. studyplan new norrbotten-2023.']
        : [`inget plannamn: ${p.name}`, 'Ange ett namn utan mappar, t.ex. studyplan new skane-hosten-2022.'],
  'config/read': (p) => [`${p.file}: ${p.code === 'ENOENT' ? 'inställningsfilen finns inte' : `kan inte läsas (${p.reason})`}`, p.given ? 'Kontrollera sökvägen efter --config.' : undefined],
  'config/invalid': (p) => [`${p.file}: inställningarna har fel`, 'Se schemas/studyplan.config.schema.json för nycklarna.'],
  'config/unknown-rule': (p) => [`okänd regel ${p.rule}${p.suggestion ? `; menade du ${p.suggestion}?` : ''}`, 'Reglerna finns i docs/lint.md och i `studyplan lint --format sarif`.'],
  'config/site-value': (p) => [
    `${p.key} ska vara ${({ mapping: 'en mappning med url, timeZone och pages', 'known-key': 'en av site.url, site.timeZone, site.pages (ingen egen nyckel)', url: 'en http(s)-adress, t.ex. https://example.se/studieplaner/', 'time-zone': 'en tidszon som Europe/Stockholm eller Europe/Oslo', boolean: 'true eller false' } as Record<string, string>)[p.want ?? ''] ?? p.want}`,
  ],
  'pdf/launch': (p) => [`kunde inte starta webbläsaren ${p.browser}: ${p.detail}`, 'Kontrollera att den går att köra (`chromium --version`), eller ange en annan med --chrome SÖKVÄG.'],
  'pdf/no-puppeteer': (p) => [`PDF-steget behöver puppeteer-core, som inte gick att läsa in (${p.detail}).`, 'Installera om studyplan (npm install), eller bygg bara HTML med --format html.'],
  'template/not-found': (p) => [
    `mallen finns inte: ${p.name}`,
    p.path ? 'En mallmapp behöver template.json, layout.hbs och labels/ (se docs/build.md).' : 'Använd --template booklet, eller sökvägen till en mallmapp.',
  ],
  'template/unknown-field': (p) => [`${p.where}: "${p.field}" finns inte i mallens data`, 'Kontrollera stavningen av fältet; docs/build.md visar vad mallar får.'],
  'diff/revision': (p) => [
    p.dash ? `${p.arg}: en git-revision kan inte börja med "-"` : `kan inte läsa ${p.arg} ur git: ${p.detail}`,
    p.dash ? 'Skriv den som REV:SÖKVÄG, t.ex. HEAD~1:plans/x.yaml.' : 'Kontrollera revisionen (git log --oneline) och sökvägen från förrådets översta mapp, t.ex. HEAD~1:plans/x.yaml.',
  ],
  'diff/no-git': (p) => [`kan inte läsa ${p.arg}: git är inte installerat (eller inte i PATH)`, 'Installera git, eller ange den gamla versionen som en fil.'],
  'diff/labels': (p) => [`kan inte läsa etiketterna ${p.file}: ${p.reason}`, 'Installera om studyplan.'],
  'import/format': (p) => [`${p.file}: kan inte importera en ${p.ext || 'fil utan filändelse'}-fil`, `Importen läser ${p.formats}. Spara dokumentet i ett av dem (Arkiv > Spara som).`],
  'import/blocks': (p) => [`${p.file}: dokumentet har fler än ${p.limit} stycken och importeras inte`, 'Dela upp dokumentet och importera delarna var för sig.'],
  'import/zip-bomb': (p) => [
    `${p.file}: dokumentet packas upp till alldeles för mycket (en zip-bomb?) och importeras inte`,
    `Ett dokument får packas upp till högst ${p.limit} MB, varje del till högst ${p.ratio} gånger sin packade storlek. Öppna det i Word eller LibreOffice och spara det igen, utan stora bilder.`,
  ],
  'import/zip-broken': (p) => [
    `${p.file}: inte ett läsbart Word- eller OpenDocument-dokument${p.missing ? ` (${p.missing} saknas)` : p.detail ? ` (${p.detail})` : ''}`,
    'Öppna det i Word eller LibreOffice och spara det igen.',
  ],
  'import/pdf-broken': (p) => [`${p.file}: inte en läsbar PDF${p.detail ? ` (${p.detail})` : ''}`],
  'import/pdf-pages': (p) => [`${p.file}: PDF:en har ${p.pages} sidor; importen läser högst ${p.limit}`, 'Dela upp PDF:en, eller importera originalet (Word, webbsida) i stället.'],
  'import/exists': (p) => [`${p.file} finns redan`, 'Välj en annan fil med --out, eller skriv över den med --force.'],
  'io/locked': (p) => [`${p.name} är öppen i ett annat program: stäng ${p.name} i din PDF-läsare och bygg igen.`],
  'io/calendar-folder': (p) => [`${p.folder} pekar ut ur utdatamappen (till ${p.target})`, `Ta bort ${p.folder}; studyplan skriver kurskalendrarna där.`],
  'io/merge': (p) =>
    p.kind === 'no-build'
      ? [
          `merge: ${p.folder} har inget bygge av den här versionen av studyplan (${p.file} saknas eller kommer från en annan version)`,
          'Bygg först varje del med studyplan build --shard K/N --out MAPP.',
        ]
      : p.kind === 'both'
        ? [`merge: planen ${p.plan} finns både i ${p.other} och i ${p.folder}`, 'Varje del bygger sina egna planer: --shard 1/N ... N/N med samma N.']
        : p.kind === 'outside'
          ? [`merge: ${p.file} nämner en utdatafil utanför sin mapp: ${p.output}`]
          : p.kind === 'mixed'
            ? [
                `merge: ${p.folder} och ${p.other} byggdes med olika inställningar (mall, språk, konfiguration eller studyplan)`,
                'Bygg alla delar i samma projekt med samma flaggor och foga sedan ihop dem.',
              ]
            : p.kind === 'settings'
              ? [
                  `merge: delarna (${p.folder}) byggdes med andra inställningar än den här sammanfogningen har här (mall, språk, --include-internal eller konfigurationens brand, rules eller site)`,
                  'Kör merge i projektet där delarna byggdes, med samma flaggor som när de byggdes (eller --config FIL).',
                ]
              : [`merge: ${p.detail}`],
  'usage/merge': (p) => [`merge: ${p.folder} är själva utdatamappen`, 'Foga ihop delarnas mappar till en ny: studyplan merge out-1 out-2 --out out'],
  'usage/shard': (p) => [`--shard ska vara K/N med 1 <= K <= N <= ${p.max}, inte ${p.value}`, 'Till exempel --shard 1/2 och --shard 2/2 i två CI-jobb, sedan studyplan merge.'],
  'usage/source-date-epoch': (p) => [
    `SOURCE_DATE_EPOCH ska vara hela sekunder sedan 1970, högst ${p.max} (år 9999), inte ${p.value}`,
    'Till exempel senaste incheckningens tid: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
  ],
  'usage/base-url': (p) => [`--base-url ska vara en http(s)-adress, inte ${p.value}`, 'Till exempel --base-url https://example.se/studieplaner/'],
  'usage/print-timeout': (p) => [`--print-timeout måste vara ett antal sekunder över 0, inte ${p.value}`],
  'brand/color': (p) => [`${p.file}: brand.color ${p.color} är ingen färg`, 'Skriv färgen som #rrggbb, t.ex. "#0a5c36".'],
  'brand/file': (p) => {
    const [what, fix] = imageReasons.sv[p.reason ?? ''] ?? imageReasons.sv['missing']!;
    return [`${p.file}: brand.${p.key} ${p.ref}: ${what(p)}`, fix(p)];
  },
  'pdf/no-browser': (p) =>
    p.kind === 'given'
      ? [
          `Webbläsaren som ${p.source} anger finns inte eller kan inte köras: ${p.file}`,
          'Rätta sökvägen, eller utelämna den för att använda den Chrome, Edge, Chromium eller Brave som finns på datorn.',
        ]
      : ['Hittade ingen Chrome, Edge, Chromium eller Brave. Installera en, eller ange den med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.', installSv(p.platform)],
  'pdf/browser-too-old': (p) => [
    `${p.name} ${p.version} är för gammal för att skriva ut PDF:erna (bokmärken och taggar kräver version ${p.min} eller senare).`,
    'Uppdatera webbläsaren (i dess meny: Hjälp > Om), eller ange en nyare med --chrome SÖKVÄG.',
  ],
  'pdf/cancelled': () => ['avbruten'],
  'pdf/timeout': (p) => [`utskriften tog längre än ${p.seconds} s och stoppades`],
  'pdf/crashed': () => ['webbläsaren avslutades medan planen skrevs ut (kraschade eller dödades)'],
  'pdf/relaunch-failed': () => ['webbläsaren avslutades och kunde inte startas igen'],
  'pdf/print-failed': (p) => [`utskriften misslyckades: ${p.detail}`],
  'pdf/not-printed': (p) => [p.output === 'booklet' ? 'häftet kunde inte skrivas ut' : 'PDF:en kunde inte skrivas ut'],
  'template/error': (p) => [`${p.where}: ${p.syntax ? 'syntaxfel: ' : ''}${p.detail}`, p.hint || undefined],
  'template/unknown-helper': (p) => [
    `${p.where}: "${p.name}" är ingen hjälpfunktion i den här mallen`,
    'Kontrollera stavningen av hjälpfunktionen och av sökvägen före den; mallarnas hjälpfunktioner finns i src/render/helpers/.',
  ],
  'template/outside': (p) =>
    p.kind === 'css'
      ? [`${p.file}:${p.line}: ${p.text} läser en fil utanför mallen`, 'En stilmall får bara använda url(assets/...) och data:-adresser; kopiera typsnitt och bilder till mallens mapp assets/.']
      : p.kind === 'font'
        ? [
            `typsnittet ${p.spec}: ${p.name} pekar ut ur sitt typsnittspaket (till ${p.target})`,
            'Ett typsnittspaket får bara använda sina egna filer; installera om det (npm install) i stället för att länka in filer.',
          ]
        : [
            `${p.file}: ${p.what === 'asset' ? 'tillgången' : 'filen'} pekar ut ur mallens mapp (till ${p.target})`,
            'En mall får bara använda filer i sin egen mapp; kopiera in filen i stället för att länka till den.',
          ],
  'template/missing-file': (p) => [`${p.file}: mallfilen kan inte läsas`, 'Varje mall behöver template.json, layout.hbs, style.css och labels/sv.json, eller "extends" i template.json.'],
  'template/no-index': (p) => [`mallen ${p.template} har ingen index.hbs`, 'Lägg till index.hbs i mallens mapp (se templates/booklet/index.hbs).'],
  'template/manifest': (p) =>
    p.kind === 'extends'
      ? [`${p.file}: "extends" ska vara ett mallnamn (booklet) eller en mapp`]
      : p.kind === 'loop'
        ? [`${p.file}: "extends": "${p.parent}" ger en slinga (eller en kedja av fler än ${p.max} mallar)`, 'En mall bygger på en annan, som inte får bygga på den tillbaka.']
        : p.kind === 'json'
          ? [`${p.file}: inte giltig JSON: ${p.detail}`]
          : p.kind === 'schema'
            ? [`${p.detail}`, 'Se schemas/template.schema.json för nycklarna i template.json.']
            : p.kind === 'needs'
              ? [`${p.file}: template.json behöver ${fieldsSv(p.fields)}`]
              : [`${p.file}: page.${p.key} ska vara ${PAGE_WANT_SV[p.want ?? ''] ?? p.want}`, 'Se docs/templates.md för sidinställningarna.'],
  'template/labels': (p) =>
    p.kind === 'default'
      ? [`${p.file}: ingen labels/${p.lang}.json för mallens standardspråk`]
      : p.kind === 'json'
        ? [`${p.file}: inte giltig JSON: ${p.detail}`]
        : p.kind === 'groups'
          ? [`${p.file}: etikettgrupper saknas: ${p.groups}`, 'Kopiera templates/booklet/labels/sv.json och översätt den.']
          : [`mallen ${p.template} har inga etiketter för "${p.lang}"`, `Lägg till labels/${p.lang}.json i mallen, eller bygg med --lang ${p.default}.`],
  'setup/browser': (p) => [`✓ webbläsare: ${p.name}, ${p.executable}`],
  'setup/no-browser': (p) => [
    '✗ Ingen Chrome, Edge, Chromium eller Brave på den här datorn; PDF:erna behöver en (HTML gör det inte).',
    `${p.line ? `Kör: ${p.line}` : installSv(p.platform).replace(/\.$/, '')}, och bygg sedan igen. Eller ange en webbläsare med --chrome SÖKVÄG eller PUPPETEER_EXECUTABLE_PATH.`,
  ],
  'setup/installing': (p) => [
    p.what === 'browser' ? `Ingen webbläsare hittades: installerar systemets Chromium (${p.commands})` : `Installerar det som npm test behöver: ${items(p.packages).join(', ')}`,
  ],
  'setup/step-failed': (p) => [
    p.what === 'browser' ? `✗ ${p.command} misslyckades (slutstatus ${p.exit}). Kör det själv: ${p.line}` : `! ${p.command} misslyckades (slutstatus ${p.exit}). Kör det själv för testerna: ${p.line}`,
  ],
  'setup/not-found-after': (p) => [
    p.what === 'browser'
      ? '✗ Installerad, men ingen webbläsare finns på de vanliga platserna. Ange den med --chrome SÖKVÄG.'
      : `! Installerat, men ${list(items(p.tools), 'och', false)} finns ändå inte i PATH.`,
  ],
  'setup/test-tools': (p) => [`✓ testverktyg: ${items(p.tools).join(', ')}`],
  'setup/test-tools-missing': (p) => [
    `! npm test läser PDF:erna med ${list(items(p.tools), 'och', false)}, som inte finns på den här datorn (byggen behöver dem inte).`,
    p.line ? `Kör för testerna: ${p.line}` : `Installera för testerna ${list(items(p.packages), 'och', false)} (popplers kommandoradsverktyg och qpdf).`,
  ],
} satisfies Record<string, ErrorWords>;
