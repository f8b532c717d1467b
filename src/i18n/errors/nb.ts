/* eslint-disable max-lines -- the errors catalogue: the words of every failure code in one language, data rather than logic; one file per language by design (ErrorCode is the Swedish file's codes) */
import { list, type ErrorParams, type ErrorWords } from '../text.js';
import { imageReasons } from '../image-reasons.js';
import type { ErrorCode } from '../failure.js';

/** A list value (tools, packages) as its items: the stages pass them comma-separated. */
const items = (v: string | undefined): string[] => (v ? v.split(',') : []);

const installNb = (platform: string | undefined): string =>
  platform === 'win32'
    ? 'Windows: Microsoft Edge følger med Windows; installer den på nytt med: winget install Microsoft.Edge (eller: winget install Google.Chrome)'
    : platform === 'darwin'
      ? 'macOS: installer Google Chrome eller Microsoft Edge, eller kjør: brew install --cask google-chrome'
      : 'Debian/Ubuntu: sudo apt-get install chromium (Ubuntu: sudo snap install chromium); `npm run setup` gjør det når den kjøres som root.';

const PAGE_WANT_NB: Record<string, string> = {
  object: 'et objekt',
  size: 'et objekt med margin og furnitureSize',
  margin: 'en til fire lengder, f.eks. "20mm" eller "15mm 14mm"',
  'font-size': 'en skriftstørrelse, f.eks. "8.5pt"',
  'font-list': 'en liste av skriftnavn, f.eks. "\'Source Sans 3\', Arial, sans-serif"',
  colour: 'en farge som #rrggbb',
  boolean: 'true eller false',
};
const FIELDS_NB: Record<string, string> = { pageSize: 'pageSize ("A4" eller "A5")', defaultLanguage: 'defaultLanguage ("sv", "en", "nb" eller "da")' };
const fieldsNb = (fields: string | undefined): string =>
  (fields ?? '')
    .split(',')
    .map((f) => FIELDS_NB[f] ?? f)
    .join(', ');

/** What was wrong in an ignored build cache (output/cache-schema.ts: a field, what it should be). */
const CACHE_WANT_NB: Record<string, (field: string, expected: string) => string> = {
  cache: () => 'det er ingen byggebuffer',
  number: (f) => `${f} er ikke et tall`,
  text: (f) => `${f} er ikke tekst`,
  object: (f) => `${f} er ikke et objekt`,
  'plan-name': () => 'ikke et plannavn',
  'plan-entry': () => 'ikke en planoppføring',
  paths: (f) => `${f} er ikke en liste med stier`,
  'absolute-path': (f) => `${f} er ikke en absolutt sti`,
  'known-output': (f) => `ukjent utdataformat ${JSON.stringify(f)}`,
  'output-file': (f, e) => `utfilen ${f} er ikke ${e}`,
  'index-entry': (f) => `${f} er ikke en linje i indeksen`,
  'own-name': (f) => `${f} er ikke planens navn`,
  link: (f, e) => `${f} er ikke en lenke til ${e}`,
};
const cacheProblemNb = (p: ErrorParams): string =>
  `${p.plan === undefined ? '' : `planen ${JSON.stringify(p.plan)}: `}${(CACHE_WANT_NB[p.want ?? ''] ?? CACHE_WANT_NB['cache']!)(p.field ?? '', p.expected ?? '')}`;

/** Norsk bokmål: the same codes as errors/sv.ts. */
export const nbErrors: Record<ErrorCode, ErrorWords> = {
  'io/missing': (p) => [`${p.file}: filen eller mappen finnes ikke`],
  'io/permission': (p) => [`${p.file}: tilgang nektet`],
  'io/directory': (p) => [
    `${p.file}: er en mappe, ikke en planfil`,
    p.command === 'lint' ? 'Oppgi stien til en .yaml-fil, eller mappen for å kontrollere alle planer i den.' : 'Oppgi stien til en .yaml-fil.',
  ],
  'io/read': (p) => [`${p.file}: kan ikke leses (${p.reason})`],
  'input/not-a-file': (p) => [
    `${p.file}: er ${({ folder: 'en mappe', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[p.type ?? ''] ?? 'en enhet'}, ikke en fil; studyplan leser bare vanlige filer`,
  ],
  'input/outside': (p) => [`${p.file}: filen peker ut av ${p.root} (til ${p.target}); studyplan leser den ikke`, 'Legg selve filen i mappen, ikke en lenke til et annet sted.'],
  'input/too-large': (p) => [`${p.file}: ${p.sizeText} er mer enn de ${p.limitText} en slik fil kan være`],
  'output/link': (p) => [
    `nekter å skrive i ${p.link}: den er en lenke (til ${p.target}) eller ingen mappe, og studyplan skriver aldri gjennom en lenke i utdatamappen`,
    'Fjern lenken fra utdatamappen (og fra git), og bygg på nytt.',
  ],
  'io/out-foreign': (p) => [
    `nekter å bygge i ${p.out}: den inneholder filer som studyplan ikke har skrevet (${p.files})`,
    'Oppgi en tom mappe eller en som studyplan har laget, f.eks. --out out (standard), eller flytt filene bort.',
  ],
  'io/no-plans': (p) => [
    p.kind === 'folder' ? `ingen planfiler (*.yaml) i ${p.arg}` : `ingen planfil passer ${p.arg}`,
    p.given ? `Oppgi planfiler, mapper eller globmønstre, f.eks. studyplan ${p.command} plans/` : `Kjør studyplan ${p.command} i et prosjekt med en mappe plans/, eller oppgi planene.`,
  ],
  'io/out': (p) => [`kan ikke lage utdatamappen ${p.folder}: ${p.reason}`, 'Velg en mappe som kan skrives til, med --out eller out: i studyplan.config.yaml.'],
  'io/write': (p) => [`kan ikke skrive ${p.file}: ${p.reason}`, 'Kontroller at mappen finnes og kan skrives til.'],
  'io/write-folder': (p) => [
    `kan ikke skrive i mappen ${p.folder}: ${p.reason}`,
    p.code === 'ENOSPC' || p.code === 'EDQUOT'
      ? 'Frigjør plass på disken, eller velg en annen mappe med --out.'
      : 'Gjør mappen skrivbar, eller velg en annen med --out eller out: i studyplan.config.yaml. Det som var der, er urørt.',
  ],
  'build/example-skipped': (p) => [`${p.file} er eksempelplanen fra init og ble ikke bygget: prosjektet har egne planer. Slett den, eller fjern linjen "# studyplan: exempelplan" for å bygge den.`],
  'build/cache-ignored': (p) => [
    `${p.file} i ${p.out} er ${p.want === undefined ? 'ikke gyldig JSON' : `ikke en byggebuffer fra studyplan (${cacheProblemNb(p)})`}; den ble ikke brukt, og hver plan bygges på nytt.`,
  ],
  'io/out-unsafe': (p) => [
    `nekter å bygge i ${p.out}: utdatamappen er eller inneholder ${({ root: 'filsystemets rot', project: 'prosjektmappen', plans: 'planene', template: 'malen', studyplan: 'studyplan selv', git: 'et git-repositorium' } as Record<string, string>)[p.holds ?? ''] ?? p.holds}, og studyplan har ikke laget den`,
    'Oppgi en tom mappe eller en som studyplan har laget, f.eks. --out out (standard).',
  ],
  'template/font': (p) =>
    p.kind === 'not-css'
      ? [`skriften ${p.spec} er ikke en skriftpakkes CSS-fil`, `Oppgi skrifter som pakke/fil.css, f.eks. "@fontsource/source-serif-4/400.css"; stier er ikke tillatt.`]
      : p.kind === 'not-found'
        ? [`skriften finnes ikke: ${p.spec}`, `Installer skriftpakken (npm install @fontsource/...) eller fjern den fra template.json.`]
        : p.kind === 'bad-face'
          ? [`skriften ${p.spec}: ${p.face} er ikke et skriftnavn`, `Skriftpakker navngir snittene sine med bokstaver, sifre og bindestrek; installer pakken på nytt.`]
          : [`skriften ${p.spec}: ${p.file} mangler`, `Installer skriftpakken på nytt (npm install), eller fjern skriften fra template.json.`],
  'io/exists': (p) => [`${p.dir} har allerede ${p.files}`, 'Ingenting ble skrevet. Kjør studyplan init i en tom mappe, eller legg til --force for å skrive over filene.'],
  'io/plan-exists': (p) => [`${p.file} finnes allerede`, 'Velg et annet navn, eller rediger planen som finnes.'],
  'io/not-found': (p) => [`${p.arg}: filen finnes ikke`, 'Oppgi en planfil, eller en git-revisjon og planens sti i den, f.eks. HEAD~1:plans/x.yaml.'],
  'io/too-large': (p) => [`${p.arg}: større enn ${p.mb} MB; ingen plan er så stor`],
  'usage/format': (p) => [`ukjent --format: ${p.formats || '(tomt)'}`, 'Bruk --format html, pdf eller json, eller en kommaliste som html,pdf,json.'],
  'usage/concurrency': (p) => [`--concurrency skal være et heltall, 1 eller mer, ikke ${p.value}`],
  'usage/port': (p) => [`--port skal være et portnummer, ikke ${p.value}`],
  'usage/year': (p) => [`--year skal være et årstall som 2024, ikke ${p.value}`],
  'usage/plan-name': (p) =>
    p.kind === 'long'
      ? [`plannavnet er for langt (${p.length} tegn)`, 'Hold det under 80 tegn, f.eks. fylke-periode.']
      : p.kind === 'empty'
        ? [`ikke et plannavn: ${p.name}`, 'Bruk bokstaver og sifre, f.eks. studyplan new nordland-2023.']
        : [`ikke et plannavn: ${p.name}`, 'Oppgi et navn uten mapper, f.eks. studyplan new nordland-hosten-2022.'],
  'config/read': (p) => [`${p.file}: ${p.code === 'ENOENT' ? 'innstillingsfilen finnes ikke' : `kan ikke leses (${p.reason})`}`, p.given ? 'Kontroller stien etter --config.' : undefined],
  'config/invalid': (p) => [`${p.file}: innstillingene har feil`, 'Se schemas/studyplan.config.schema.json for nøklene.'],
  'config/unknown-rule': (p) => [`ukjent regel ${p.rule}${p.suggestion ? `; mente du ${p.suggestion}?` : ''}`, 'Reglene står i docs/lint.md og i `studyplan lint --format sarif`.'],
  'config/site-value': (p) => [
    `${p.key} skal være ${({ mapping: 'en mapping med url, timeZone og pages', 'known-key': 'en av site.url, site.timeZone, site.pages (ingen egen nøkkel)', url: 'en http(s)-adresse, f.eks. https://example.no/studieplaner/', 'time-zone': 'en tidssone som Europe/Oslo eller Europe/Stockholm', boolean: 'true eller false' } as Record<string, string>)[p.want ?? ''] ?? p.want}`,
  ],
  'pdf/launch': (p) => [`kunne ikke starte nettleseren ${p.browser}: ${p.detail}`, 'Kontroller at den kan kjøres (`chromium --version`), eller oppgi en annen med --chrome STI.'],
  'pdf/no-puppeteer': (p) => [`PDF-steget trenger puppeteer-core, som ikke kunne lastes (${p.detail}).`, 'Installer studyplan på nytt (npm install), eller bygg bare HTML med --format html.'],
  'template/not-found': (p) => [
    `malen finnes ikke: ${p.name}`,
    p.path ? 'En malmappe trenger template.json, layout.hbs og labels/ (se docs/build.md).' : 'Bruk --template booklet, eller stien til en malmappe.',
  ],
  'template/unknown-field': (p) => [`${p.where}: "${p.field}" finnes ikke i malens data`, 'Kontroller stavingen av feltet; docs/build.md viser hva maler får.'],
  'diff/revision': (p) => [
    p.dash ? `${p.arg}: en git-revisjon kan ikke begynne med "-"` : `kan ikke lese ${p.arg} fra git: ${p.detail}`,
    p.dash ? 'Skriv den som REV:STI, f.eks. HEAD~1:plans/x.yaml.' : 'Kontroller revisjonen (git log --oneline) og stien fra depotets øverste mappe, f.eks. HEAD~1:plans/x.yaml.',
  ],
  'diff/no-git': (p) => [`kan ikke lese ${p.arg}: git er ikke installert (eller ikke i PATH)`, 'Installer git, eller oppgi den gamle versjonen som en fil.'],
  'diff/labels': (p) => [`kan ikke lese etikettene ${p.file}: ${p.reason}`, 'Installer studyplan på nytt.'],
  'import/format': (p) => [`${p.file}: kan ikke importere en ${p.ext || 'fil uten filendelse'}-fil`, `Importen leser ${p.formats}. Lagre dokumentet i et av dem (Fil > Lagre som).`],
  'import/blocks': (p) => [`${p.file}: dokumentet har flere enn ${p.limit} avsnitt og importeres ikke`, 'Del opp dokumentet og importer delene hver for seg.'],
  'import/zip-bomb': (p) => [
    `${p.file}: dokumentet pakkes ut til altfor mye (en zip-bombe?) og importeres ikke`,
    `Et dokument kan pakkes ut til høyst ${p.limit} MB, hver del til høyst ${p.ratio} ganger sin pakkede størrelse. Åpne det i Word eller LibreOffice og lagre det på nytt, uten store bilder.`,
  ],
  'import/zip-broken': (p) => [
    `${p.file}: ikke et lesbart Word- eller OpenDocument-dokument${p.missing ? ` (${p.missing} mangler)` : p.detail ? ` (${p.detail})` : ''}`,
    'Åpne det i Word eller LibreOffice og lagre det på nytt.',
  ],
  'import/pdf-broken': (p) => [`${p.file}: ikke en lesbar PDF${p.detail ? ` (${p.detail})` : ''}`],
  'import/pdf-pages': (p) => [`${p.file}: PDF-en har ${p.pages} sider; importen leser høyst ${p.limit}`, 'Del opp PDF-en, eller importer originalen (Word, nettside) i stedet.'],
  'import/exists': (p) => [`${p.file} finnes fra før`, 'Velg en annen fil med --out, eller skriv over den med --force.'],
  'io/locked': (p) => [`${p.name} er åpen i et annet program: lukk ${p.name} i PDF-leseren din og bygg på nytt.`],
  'io/calendar-folder': (p) => [`${p.folder} peker ut av utdatamappen (til ${p.target})`, `Fjern ${p.folder}; studyplan skriver kurskalenderne der.`],
  'io/merge': (p) =>
    p.kind === 'no-build'
      ? [
          `merge: ${p.folder} har ikke noe bygg av denne versjonen av studyplan (${p.file} mangler eller kommer fra en annen versjon)`,
          'Bygg først hver del med studyplan build --shard K/N --out MAPPE.',
        ]
      : p.kind === 'both'
        ? [`merge: planen ${p.plan} finnes både i ${p.other} og i ${p.folder}`, 'Hver del bygger sine egne planer: --shard 1/N ... N/N med samme N.']
        : p.kind === 'outside'
          ? [`merge: ${p.file} nevner en utdatafil utenfor sin mappe: ${p.output}`]
          : p.kind === 'mixed'
            ? [
                `merge: ${p.folder} og ${p.other} ble bygget med ulike innstillinger (mal, språk, konfigurasjon eller studyplan)`,
                'Bygg alle delene i samme prosjekt med de samme flaggene, og slå dem deretter sammen.',
              ]
            : p.kind === 'settings'
              ? [
                  `merge: delene (${p.folder}) ble bygget med andre innstillinger enn denne sammenslåingen har her (mal, språk, --include-internal eller konfigurasjonens brand, rules eller site)`,
                  'Kjør merge i prosjektet der delene ble bygget, med de samme flaggene som da de ble bygget (eller --config FIL).',
                ]
              : [`merge: ${p.detail}`],
  'usage/merge': (p) => [`merge: ${p.folder} er selve utdatamappen`, 'Slå sammen delenes mapper til en ny: studyplan merge out-1 out-2 --out out'],
  'usage/shard': (p) => [`--shard skal være K/N med 1 <= K <= N <= ${p.max}, ikke ${p.value}`, 'For eksempel --shard 1/2 og --shard 2/2 i to CI-jobber, deretter studyplan merge.'],
  'usage/source-date-epoch': (p) => [
    `SOURCE_DATE_EPOCH skal være hele sekunder siden 1970, høyst ${p.max} (år 9999), ikke ${p.value}`,
    'For eksempel tidspunktet for siste innsjekking: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct).',
  ],
  'usage/base-url': (p) => [`--base-url skal være en http(s)-adresse, ikke ${p.value}`, 'For eksempel --base-url https://example.no/studieplaner/'],
  'usage/print-timeout': (p) => [`--print-timeout må være et antall sekunder over 0, ikke ${p.value}`],
  'brand/color': (p) => [`${p.file}: brand.color ${p.color} er ingen farge`, 'Skriv fargen som #rrggbb, f.eks. "#0a5c36".'],
  'brand/file': (p) => {
    const [what, fix] = imageReasons.nb[p.reason ?? ''] ?? imageReasons.nb['missing']!;
    return [`${p.file}: brand.${p.key} ${p.ref}: ${what(p)}`, fix(p)];
  },
  'pdf/no-browser': (p) =>
    p.kind === 'given'
      ? [`Nettleseren som ${p.source} angir finnes ikke eller kan ikke kjøres: ${p.file}`, 'Rett stien, eller utelat den for å bruke den Chrome, Edge, Chromium eller Brave som finnes på maskinen.']
      : ['Fant ingen Chrome, Edge, Chromium eller Brave. Installer en, eller angi den med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.', installNb(p.platform)],
  'pdf/browser-too-old': (p) => [
    `${p.name} ${p.version} er for gammel til å skrive ut PDF-ene (bokmerker og tagger krever versjon ${p.min} eller nyere).`,
    'Oppdater nettleseren (i menyen: Hjelp > Om), eller angi en nyere med --chrome STI.',
  ],
  'pdf/cancelled': () => ['avbrutt'],
  'pdf/timeout': (p) => [`utskriften tok lengre enn ${p.seconds} s og ble stoppet`],
  'pdf/crashed': () => ['nettleseren avsluttet mens planen ble skrevet ut (krasjet eller ble drept)'],
  'pdf/relaunch-failed': () => ['nettleseren avsluttet og kunne ikke startes igjen'],
  'pdf/print-failed': (p) => [`utskriften mislyktes: ${p.detail}`],
  'pdf/not-printed': (p) => [p.output === 'booklet' ? 'heftet kunne ikke skrives ut' : 'PDF-en kunne ikke skrives ut'],
  'template/error': (p) => [`${p.where}: ${p.syntax ? 'syntaksfeil: ' : ''}${p.detail}`, p.hint || undefined],
  'template/unknown-helper': (p) => [
    `${p.where}: "${p.name}" er ingen hjelpefunksjon i denne malen`,
    'Kontroller stavingen av hjelpefunksjonen og av stien foran den; malenes hjelpefunksjoner finnes i src/render/helpers/.',
  ],
  'template/outside': (p) =>
    p.kind === 'css'
      ? [`${p.file}:${p.line}: ${p.text} leser en fil utenfor malen`, 'Et stilark kan bare bruke url(assets/...) og data:-adresser; kopier skrifter og bilder til malens mappe assets/.']
      : p.kind === 'font'
        ? [
            `skriften ${p.spec}: ${p.name} peker ut av skriftpakken sin (til ${p.target})`,
            'En skriftpakke kan bare bruke sine egne filer; installer den på nytt (npm install) i stedet for å lenke inn filer.',
          ]
        : [
            `${p.file}: ${p.what === 'asset' ? 'ressursen' : 'filen'} peker ut av malens mappe (til ${p.target})`,
            'En mal kan bare bruke filer i sin egen mappe; kopier inn filen i stedet for å lenke til den.',
          ],
  'template/missing-file': (p) => [`${p.file}: malfilen kan ikke leses`, 'Hver mal trenger template.json, layout.hbs, style.css og labels/sv.json, eller "extends" i template.json.'],
  'template/no-index': (p) => [`malen ${p.template} har ingen index.hbs`, 'Legg til index.hbs i malens mappe (se templates/booklet/index.hbs).'],
  'template/manifest': (p) =>
    p.kind === 'extends'
      ? [`${p.file}: "extends" skal være et malnavn (booklet) eller en mappe`]
      : p.kind === 'loop'
        ? [`${p.file}: "extends": "${p.parent}" gir en løkke (eller en kjede av flere enn ${p.max} maler)`, 'En mal bygger på en annen, som ikke kan bygge på den tilbake.']
        : p.kind === 'json'
          ? [`${p.file}: ikke gyldig JSON: ${p.detail}`]
          : p.kind === 'schema'
            ? [`${p.detail}`, 'Se schemas/template.schema.json for nøklene i template.json.']
            : p.kind === 'needs'
              ? [`${p.file}: template.json trenger ${fieldsNb(p.fields)}`]
              : [`${p.file}: page.${p.key} skal være ${PAGE_WANT_NB[p.want ?? ''] ?? p.want}`, 'Se docs/templates.md for sideinnstillingene.'],
  'template/labels': (p) =>
    p.kind === 'default'
      ? [`${p.file}: ingen labels/${p.lang}.json for malens standardspråk`]
      : p.kind === 'json'
        ? [`${p.file}: ikke gyldig JSON: ${p.detail}`]
        : p.kind === 'groups'
          ? [`${p.file}: etikettgrupper mangler: ${p.groups}`, 'Kopier templates/booklet/labels/sv.json og oversett den.']
          : [`malen ${p.template} har ingen etiketter for "${p.lang}"`, `Legg til labels/${p.lang}.json i malen, eller bygg med --lang ${p.default}.`],
  'setup/browser': (p) => [`✓ nettleser: ${p.name}, ${p.executable}`],
  'setup/no-browser': (p) => [
    '✗ Ingen Chrome, Edge, Chromium eller Brave på denne maskinen; PDF-ene trenger en (HTML gjør ikke det).',
    `${p.line ? `Kjør: ${p.line}` : installNb(p.platform).replace(/\.$/, '')}, og bygg deretter på nytt. Eller angi en nettleser med --chrome STI eller PUPPETEER_EXECUTABLE_PATH.`,
  ],
  'setup/installing': (p) => [p.what === 'browser' ? `Fant ingen nettleser: installerer systemets Chromium (${p.commands})` : `Installerer det npm test trenger: ${items(p.packages).join(', ')}`],
  'setup/step-failed': (p) => [
    p.what === 'browser'
      ? `✗ ${p.command} mislyktes (avslutningskode ${p.exit}). Kjør det selv: ${p.line}`
      : `! ${p.command} mislyktes (avslutningskode ${p.exit}). For testene, kjør det selv: ${p.line}`,
  ],
  'setup/not-found-after': (p) => [
    p.what === 'browser'
      ? '✗ Installert, men ingen nettleser finnes på de vanlige stedene. Angi den med --chrome STI.'
      : `! Installert, men ${list(items(p.tools), 'og', false)} finnes fortsatt ikke i PATH.`,
  ],
  'setup/test-tools': (p) => [`✓ testverktøy: ${items(p.tools).join(', ')}`],
  'setup/test-tools-missing': (p) => [
    `! npm test leser PDF-ene med ${list(items(p.tools), 'og', false)}, som ikke finnes på denne maskinen (byggingen trenger dem ikke).`,
    p.line ? `For testene, kjør: ${p.line}` : `For testene, installer ${list(items(p.packages), 'og', false)} (popplers kommandolinjeverktøy og qpdf).`,
  ],
};
