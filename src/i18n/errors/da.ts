/* eslint-disable max-lines -- the errors catalogue: the words of every failure code in one language, data rather than logic; one file per language by design (ErrorCode is the Swedish file's codes) */
import { list, type ErrorParams, type ErrorWords } from '../text.js';
import { imageReasons } from '../image-reasons.js';
import type { ErrorCode } from '../failure.js';

/** A list value (tools, packages) as its items: the stages pass them comma-separated. */
const items = (v: string | undefined): string[] => (v ? v.split(',') : []);

const installDa = (platform: string | undefined): string =>
  platform === 'win32'
    ? 'Windows: Microsoft Edge følger med Windows; installér den igen med: winget install Microsoft.Edge (eller: winget install Google.Chrome)'
    : platform === 'darwin'
      ? 'macOS: installér Google Chrome eller Microsoft Edge, eller kør: brew install --cask google-chrome'
      : 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gør det, når den køres som root.';

const PAGE_WANT_DA: Record<string, string> = {
  object: 'et objekt',
  size: 'et objekt med margin og furnitureSize',
  margin: 'en til fire længder, f.eks. "20mm" eller "15mm 14mm"',
  'font-size': 'en skriftstørrelse, f.eks. "8.5pt"',
  'font-list': 'en liste af skrifttypenavne, f.eks. "\'Source Sans 3\', Arial, sans-serif"',
  colour: 'en farve som #rrggbb',
  boolean: 'true eller false',
};
const FIELDS_DA: Record<string, string> = { pageSize: 'pageSize ("A4" eller "A5")', defaultLanguage: 'defaultLanguage ("sv", "en", "nb" eller "da")' };
const fieldsDa = (fields: string | undefined): string =>
  (fields ?? '')
    .split(',')
    .map((f) => FIELDS_DA[f] ?? f)
    .join(', ');

/** What was wrong in an ignored build cache (output/cache-schema.ts: a field, what it should be). */
const CACHE_WANT_DA: Record<string, (field: string, expected: string) => string> = {
  cache: () => 'det er ikke en byggecache',
  number: (f) => `${f} er ikke et tal`,
  text: (f) => `${f} er ikke tekst`,
  object: (f) => `${f} er ikke et objekt`,
  'plan-name': () => 'ikke et plannavn',
  'plan-entry': () => 'ikke en planpost',
  paths: (f) => `${f} er ikke en liste med stier`,
  'absolute-path': (f) => `${f} er ikke en absolut sti`,
  'known-output': (f) => `ukendt outputformat ${JSON.stringify(f)}`,
  'output-file': (f, e) => `outputfilen ${f} er ikke ${e}`,
  'index-entry': (f) => `${f} er ikke en linje i indekset`,
  'own-name': (f) => `${f} er ikke planens navn`,
  link: (f, e) => `${f} er ikke et link til ${e}`,
};
const cacheProblemDa = (p: ErrorParams): string =>
  `${p.plan === undefined ? '' : `planen ${JSON.stringify(p.plan)}: `}${(CACHE_WANT_DA[p.want ?? ''] ?? CACHE_WANT_DA['cache']!)(p.field ?? '', p.expected ?? '')}`;

/** Dansk: the same codes as errors/sv.ts. */
export const daErrors: Record<ErrorCode, ErrorWords> = {
  'io/missing': (p) => [`${p.file}: filen eller mappen findes ikke`],
  'io/permission': (p) => [`${p.file}: adgang nægtet`],
  'io/directory': (p) => [
    `${p.file}: er en mappe, ikke en planfil`,
    p.command === 'lint' ? 'Angiv stien til en .yaml-fil, eller mappen for at kontrollere alle planer i den.' : 'Angiv stien til en .yaml-fil.',
  ],
  'io/read': (p) => [`${p.file}: kan ikke læses (${p.reason})`],
  'input/not-a-file': (p) => [
    `${p.file}: er ${({ folder: 'en mappe', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[p.type ?? ''] ?? 'en enhed'}, ikke en fil; studyplan læser kun almindelige filer`,
  ],
  'input/outside': (p) => [`${p.file}: filen peger ud af ${p.root} (til ${p.target}); studyplan læser den ikke`, 'Læg selve filen i mappen, ikke et link til et andet sted.'],
  'input/too-large': (p) => [`${p.file}: ${p.sizeText} er mere end de ${p.limitText}, sådan en fil må fylde`],
  'output/link': (p) => [
    `nægter at skrive i ${p.link}: den er et link (til ${p.target}) eller ikke en mappe, og studyplan skriver aldrig gennem et link i outputmappen`,
    'Fjern linket fra outputmappen (og fra git), og byg igen.',
  ],
  'io/out-foreign': (p) => [
    `nægter at bygge i ${p.out}: den indeholder filer, som studyplan ikke har skrevet (${p.files})`,
    'Angiv en tom mappe eller en, som studyplan har oprettet, f.eks. --out out (standard), eller flyt filerne væk.',
  ],
  'io/no-plans': (p) => [
    p.kind === 'folder' ? `ingen planfiler (*.yaml) i ${p.arg}` : `ingen planfil passer til ${p.arg}`,
    p.given ? `Angiv planfiler, mapper eller glob-mønstre, f.eks. studyplan ${p.command} plans/` : `Kør studyplan ${p.command} i et projekt med en mappe plans/, eller angiv planerne.`,
  ],
  'io/out': (p) => [`kan ikke oprette outputmappen ${p.folder}: ${p.reason}`, 'Vælg en mappe, der kan skrives til, med --out eller out: i studyplan.config.yaml.'],
  'io/write': (p) => [`kan ikke skrive ${p.file}: ${p.reason}`, 'Kontrollér, at mappen findes og kan skrives til.'],
  'io/write-folder': (p) => [
    `kan ikke skrive i mappen ${p.folder}: ${p.reason}`,
    p.code === 'ENOSPC' || p.code === 'EDQUOT'
      ? 'Frigør plads på disken, eller vælg en anden mappe med --out.'
      : 'Gør mappen skrivbar, eller vælg en anden med --out eller out: i studyplan.config.yaml. Det, der lå der, er urørt.',
  ],
  'build/example-skipped': (p) => [
    `${p.file} er eksempelplanen fra init og blev ikke bygget: projektet har sine egne planer. Slet den, eller fjern linjen "# studyplan: exempelplan" for at bygge den.`,
  ],
  'build/cache-ignored': (p) => [
    `${p.file} i ${p.out} er ${p.want === undefined ? 'ikke gyldig JSON' : `ikke en byggecache fra studyplan (${cacheProblemDa(p)})`}; den blev ikke brugt, og alle planer bygges igen.`,
  ],
  'io/out-unsafe': (p) => [
    `nægter at bygge i ${p.out}: outputmappen er eller indeholder ${({ root: 'filsystemets rod', project: 'projektmappen', plans: 'planerne', template: 'skabelonen', studyplan: 'studyplan selv', git: 'et git-repository' } as Record<string, string>)[p.holds ?? ''] ?? p.holds}, og studyplan har ikke oprettet den`,
    'Angiv en tom mappe eller en, som studyplan har oprettet, f.eks. --out out (standard).',
  ],
  'template/font': (p) =>
    p.kind === 'not-css'
      ? [`skrifttypen ${p.spec} er ikke en skrifttypepakkes CSS-fil`, `Angiv skrifttyper som pakke/fil.css, f.eks. "@fontsource/source-serif-4/400.css"; stier er ikke tilladt.`]
      : p.kind === 'not-found'
        ? [`skrifttypen findes ikke: ${p.spec}`, `Installér skrifttypepakken (npm install @fontsource/...), eller fjern den fra template.json.`]
        : p.kind === 'bad-face'
          ? [`skrifttypen ${p.spec}: ${p.face} er ikke et skrifttypenavn`, `Skrifttypepakker navngiver deres snit med bogstaver, cifre og bindestreger; installér pakken igen.`]
          : [`skrifttypen ${p.spec}: ${p.file} mangler`, `Installér skrifttypepakken igen (npm install), eller fjern skrifttypen fra template.json.`],
  'io/exists': (p) => [`${p.dir} har allerede ${p.files}`, 'Intet blev skrevet. Kør studyplan init i en tom mappe, eller tilføj --force for at overskrive filerne.'],
  'io/plan-exists': (p) => [`${p.file} findes allerede`, 'Vælg et andet navn, eller redigér den plan, der findes.'],
  'io/not-found': (p) => [`${p.arg}: filen findes ikke`, 'Angiv en planfil, eller en git-revision og planens sti i den, f.eks. HEAD~1:plans/x.yaml.'],
  'io/too-large': (p) => [`${p.arg}: større end ${p.mb} MB; ingen plan er så stor`],
  'usage/format': (p) => [`ukendt --format: ${p.formats || '(tomt)'}`, 'Brug --format html, pdf eller json, eller en kommasepareret liste som html,pdf,json.'],
  'usage/concurrency': (p) => [`--concurrency skal være et heltal, 1 eller derover, ikke ${p.value}`],
  'usage/port': (p) => [`--port skal være et portnummer, ikke ${p.value}`],
  'usage/year': (p) => [`--year skal være et årstal som 2024, ikke ${p.value}`],
  'usage/plan-name': (p) =>
    p.kind === 'long'
      ? [`plannavnet er for langt (${p.length} tegn)`, 'Hold det under 80 tegn, f.eks. kreds-periode.']
      : p.kind === 'empty'
        ? [`ikke et plannavn: ${p.name}`, 'Brug bogstaver og cifre, f.eks. studyplan new fyn-2023.']
        : [`ikke et plannavn: ${p.name}`, 'Angiv et navn uden mapper, f.eks. studyplan new fyn-efteraaret-2022.'],
  'config/read': (p) => [`${p.file}: ${p.code === 'ENOENT' ? 'indstillingsfilen findes ikke' : `kan ikke læses (${p.reason})`}`, p.given ? 'Kontrollér stien efter --config.' : undefined],
  'config/invalid': (p) => [`${p.file}: indstillingerne indeholder fejl`, 'Se schemas/studyplan.config.schema.json for nøglerne.'],
  'config/unknown-rule': (p) => [`ukendt regel ${p.rule}${p.suggestion ? `; mente du ${p.suggestion}?` : ''}`, 'Reglerne står i docs/lint.md og i `studyplan lint --format sarif`.'],
  'config/site-value': (p) => [
    `${p.key} skal være ${({ mapping: 'en mapping med url, timeZone og pages', 'known-key': 'en af site.url, site.timeZone, site.pages (ikke en nøgle for sig)', url: 'en http(s)-adresse, f.eks. https://example.dk/studieplaner/', 'time-zone': 'en tidszone som Europe/Copenhagen eller Europe/Stockholm', boolean: 'true eller false' } as Record<string, string>)[p.want ?? ''] ?? p.want}`,
  ],
  'pdf/launch': (p) => [`kunne ikke starte browseren ${p.browser}: ${p.detail}`, 'Kontrollér, at den kan køres (`chromium --version`), eller angiv en anden med --chrome STI.'],
  'pdf/no-puppeteer': (p) => [`PDF-trinnet kræver puppeteer-core, som ikke kunne indlæses (${p.detail}).`, 'Installér studyplan igen (npm install), eller byg kun HTML med --format html.'],
  'template/not-found': (p) => [
    `skabelonen findes ikke: ${p.name}`,
    p.path ? 'En skabelonmappe skal have template.json, layout.hbs og labels/ (se docs/build.md).' : 'Brug --template booklet, eller stien til en skabelonmappe.',
  ],
  'template/unknown-field': (p) => [`${p.where}: "${p.field}" findes ikke i skabelonens data`, 'Kontrollér stavningen af feltet; docs/build.md viser, hvad skabeloner får.'],
  'diff/revision': (p) => [
    p.dash ? `${p.arg}: en git-revision kan ikke begynde med "-"` : `kan ikke læse ${p.arg} fra git: ${p.detail}`,
    p.dash ? 'Skriv den som REV:STI, f.eks. HEAD~1:plans/x.yaml.' : 'Kontrollér revisionen (git log --oneline) og stien fra repositoriets øverste mappe, f.eks. HEAD~1:plans/x.yaml.',
  ],
  'diff/no-git': (p) => [`kan ikke læse ${p.arg}: git er ikke installeret (eller ikke i PATH)`, 'Installér git, eller angiv den gamle version som en fil.'],
  'diff/labels': (p) => [`kan ikke læse etiketterne ${p.file}: ${p.reason}`, 'Installér studyplan igen.'],
  'import/format': (p) => [`${p.file}: kan ikke importere en ${p.ext || 'fil uden filendelse'}-fil`, `Importen læser ${p.formats}. Gem dokumentet i et af dem (Filer > Gem som).`],
  'import/blocks': (p) => [`${p.file}: dokumentet har flere end ${p.limit} afsnit og importeres ikke`, 'Del dokumentet op, og importér delene hver for sig.'],
  'import/zip-bomb': (p) => [
    `${p.file}: dokumentet pakkes ud til alt for meget (en zip-bombe?) og importeres ikke`,
    `Et dokument må højst fylde ${p.limit} MB udpakket, hver del højst ${p.ratio} gange sin pakkede størrelse. Åbn det i Word eller LibreOffice, og gem det igen uden store billeder.`,
  ],
  'import/zip-broken': (p) => [
    `${p.file}: ikke et læsbart Word- eller OpenDocument-dokument${p.missing ? ` (${p.missing} mangler)` : p.detail ? ` (${p.detail})` : ''}`,
    'Åbn det i Word eller LibreOffice, og gem det igen.',
  ],
  'import/pdf-broken': (p) => [`${p.file}: ikke en læsbar PDF${p.detail ? ` (${p.detail})` : ''}`],
  'import/pdf-pages': (p) => [`${p.file}: PDF'en har ${p.pages} sider; importen læser højst ${p.limit}`, 'Del PDF-filen op, eller importér originalen (Word, webside) i stedet.'],
  'import/exists': (p) => [`${p.file} findes i forvejen`, 'Vælg en anden fil med --out, eller overskriv den med --force.'],
  'io/locked': (p) => [`${p.name} er åben i et andet program: luk ${p.name} i din PDF-læser, og byg igen.`],
  'io/calendar-folder': (p) => [`${p.folder} peger ud af outputmappen (til ${p.target})`, `Fjern ${p.folder}; studyplan skriver kursuskalenderne der.`],
  'io/merge': (p) =>
    p.kind === 'no-build'
      ? [
          `merge: ${p.folder} har ikke noget build fra denne version af studyplan (${p.file} mangler eller stammer fra en anden version)`,
          'Byg først hver del med studyplan build --shard K/N --out MAPPE.',
        ]
      : p.kind === 'both'
        ? [`merge: planen ${p.plan} findes både i ${p.other} og i ${p.folder}`, 'Hver del bygger sine egne planer: --shard 1/N ... N/N med samme N.']
        : p.kind === 'outside'
          ? [`merge: ${p.file} nævner en outputfil uden for sin mappe: ${p.output}`]
          : p.kind === 'mixed'
            ? [
                `merge: ${p.folder} og ${p.other} blev bygget med forskellige indstillinger (skabelon, sprog, konfiguration eller studyplan)`,
                'Byg alle delene i samme projekt med de samme tilvalg, og slå dem derefter sammen.',
              ]
            : p.kind === 'settings'
              ? [
                  `merge: delene (${p.folder}) blev bygget med andre indstillinger, end denne sammenlægning har her (skabelon, sprog, --include-internal eller konfigurationens brand, rules eller site)`,
                  'Kør merge i det projekt, hvor delene blev bygget, med de samme tilvalg, som de blev bygget med (eller --config FIL).',
                ]
              : [`merge: ${p.detail}`],
  'usage/merge': (p) => [`merge: ${p.folder} er selve outputmappen`, 'Slå delenes mapper sammen til en ny: studyplan merge out-1 out-2 --out out'],
  'usage/shard': (p) => [`--shard skal være K/N med 1 <= K <= N <= ${p.max}, ikke ${p.value}`, 'For eksempel --shard 1/2 og --shard 2/2 i to CI-jobs, derefter studyplan merge.'],
  'usage/source-date-epoch': (p) => [
    `SOURCE_DATE_EPOCH skal være hele sekunder siden 1970, højst ${p.max} (år 9999), ikke ${p.value}`,
    'For eksempel tidspunktet for det seneste commit: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
  ],
  'usage/base-url': (p) => [`--base-url skal være en http(s)-adresse, ikke ${p.value}`, 'For eksempel --base-url https://example.dk/studieplaner/'],
  'usage/print-timeout': (p) => [`--print-timeout skal være et antal sekunder over 0, ikke ${p.value}`],
  'brand/color': (p) => [`${p.file}: brand.color ${p.color} er ikke en farve`, 'Skriv farven som #rrggbb, f.eks. "#0a5c36".'],
  'brand/file': (p) => {
    const [what, fix] = imageReasons.da[p.reason ?? ''] ?? imageReasons.da['missing']!;
    return [`${p.file}: brand.${p.key} ${p.ref}: ${what(p)}`, fix(p)];
  },
  'pdf/no-browser': (p) =>
    p.kind === 'given'
      ? [`Browseren, som ${p.source} angiver, findes ikke eller kan ikke køres: ${p.file}`, 'Ret stien, eller udelad den for at bruge den Chrome, Edge, Chromium eller Brave, der findes på maskinen.']
      : ['Fandt ingen Chrome, Edge, Chromium eller Brave. Installér en, eller angiv den med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.', installDa(p.platform)],
  'pdf/browser-too-old': (p) => [
    `${p.name} ${p.version} er for gammel til at udskrive PDF-filerne (bogmærker og tags kræver version ${p.min} eller nyere).`,
    'Opdatér browseren (i menuen: Hjælp > Om), eller angiv en nyere med --chrome STI.',
  ],
  'pdf/cancelled': () => ['afbrudt'],
  'pdf/timeout': (p) => [`udskrivningen tog mere end ${p.seconds} s og blev stoppet`],
  'pdf/crashed': () => ['browseren lukkede, mens planen blev udskrevet (den gik ned eller blev dræbt)'],
  'pdf/relaunch-failed': () => ['browseren lukkede og kunne ikke startes igen'],
  'pdf/print-failed': (p) => [`udskrivningen mislykkedes: ${p.detail}`],
  'pdf/not-printed': (p) => [p.output === 'booklet' ? 'hæftet kunne ikke udskrives' : 'PDF-filen kunne ikke udskrives'],
  'template/error': (p) => [`${p.where}: ${p.syntax ? 'syntaksfejl: ' : ''}${p.detail}`, p.hint || undefined],
  'template/unknown-helper': (p) => [
    `${p.where}: "${p.name}" er ikke en hjælpefunktion i denne skabelon`,
    'Kontrollér stavningen af hjælpefunktionen og af stien foran den; skabelonernes hjælpefunktioner findes i src/render/helpers/.',
  ],
  'template/outside': (p) =>
    p.kind === 'css'
      ? [
          `${p.file}:${p.line}: ${p.text} læser en fil uden for skabelonen`,
          'Et stylesheet må kun bruge url(assets/...) og data:-adresser; kopiér skrifttyper og billeder til skabelonens mappe assets/.',
        ]
      : p.kind === 'font'
        ? [
            `skrifttypen ${p.spec}: ${p.name} peger ud af sin skrifttypepakke (til ${p.target})`,
            'En skrifttypepakke må kun bruge sine egne filer; installér den igen (npm install) i stedet for at linke filer ind i den.',
          ]
        : [
            `${p.file}: ${p.what === 'asset' ? 'ressourcen' : 'filen'} peger ud af skabelonens mappe (til ${p.target})`,
            'En skabelon må kun bruge filer i sin egen mappe; kopiér filen ind i stedet for at linke til den.',
          ],
  'template/missing-file': (p) => [`${p.file}: skabelonfilen kan ikke læses`, 'Hver skabelon skal have template.json, layout.hbs, style.css og labels/sv.json, eller "extends" i template.json.'],
  'template/no-index': (p) => [`skabelonen ${p.template} har ingen index.hbs`, 'Tilføj index.hbs i skabelonens mappe (se templates/booklet/index.hbs).'],
  'template/manifest': (p) =>
    p.kind === 'extends'
      ? [`${p.file}: "extends" skal være et skabelonnavn (booklet) eller en mappe`]
      : p.kind === 'loop'
        ? [`${p.file}: "extends": "${p.parent}" giver en løkke (eller en kæde af flere end ${p.max} skabeloner)`, 'En skabelon bygger på en anden, som ikke må bygge på den igen.']
        : p.kind === 'json'
          ? [`${p.file}: ikke gyldig JSON: ${p.detail}`]
          : p.kind === 'schema'
            ? [`${p.detail}`, 'Se schemas/template.schema.json for nøglerne i template.json.']
            : p.kind === 'needs'
              ? [`${p.file}: template.json skal have ${fieldsDa(p.fields)}`]
              : [`${p.file}: page.${p.key} skal være ${PAGE_WANT_DA[p.want ?? ''] ?? p.want}`, 'Se docs/templates.md for sideindstillingerne.'],
  'template/labels': (p) =>
    p.kind === 'default'
      ? [`${p.file}: ingen labels/${p.lang}.json for skabelonens standardsprog`]
      : p.kind === 'json'
        ? [`${p.file}: ikke gyldig JSON: ${p.detail}`]
        : p.kind === 'groups'
          ? [`${p.file}: etiketgrupper mangler: ${p.groups}`, 'Kopiér templates/booklet/labels/sv.json, og oversæt den.']
          : [`skabelonen ${p.template} har ingen etiketter for "${p.lang}"`, `Tilføj labels/${p.lang}.json i skabelonen, eller byg med --lang ${p.default}.`],
  'setup/browser': (p) => [`✓ browser: ${p.name}, ${p.executable}`],
  'setup/no-browser': (p) => [
    '✗ Ingen Chrome, Edge, Chromium eller Brave på denne maskine; PDF-filerne kræver en (det gør HTML ikke).',
    `${p.line ? `Kør: ${p.line}` : installDa(p.platform).replace(/\.$/, '')}, og byg derefter igen. Eller angiv en browser med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.`,
  ],
  'setup/installing': (p) => [
    p.what === 'browser' ? `Fandt ingen browser: installerer systemets Chromium (${p.commands})` : `Installerer det, som npm test har brug for: ${items(p.packages).join(', ')}`,
  ],
  'setup/step-failed': (p) => [
    p.what === 'browser'
      ? `✗ ${p.command} mislykkedes (afslutningskode ${p.exit}). Kør det selv: ${p.line}`
      : `! ${p.command} mislykkedes (afslutningskode ${p.exit}). Til testene: kør det selv: ${p.line}`,
  ],
  'setup/not-found-after': (p) => [
    p.what === 'browser'
      ? '✗ Installeret, men der findes ingen browser de sædvanlige steder. Angiv den med --chrome STI.'
      : `! Installeret, men ${list(items(p.tools), 'og', false)} findes stadig ikke i PATH.`,
  ],
  'setup/test-tools': (p) => [`✓ testværktøjer: ${items(p.tools).join(', ')}`],
  'setup/test-tools-missing': (p) => [
    `! npm test læser PDF-filerne med ${list(items(p.tools), 'og', false)}, som ikke findes på denne maskine (de er ikke nødvendige for at bygge).`,
    p.line ? `Til testene, kør: ${p.line}` : `Til testene, installér ${list(items(p.packages), 'og', false)} (popplers kommandolinjeværktøjer og qpdf).`,
  ],
};
