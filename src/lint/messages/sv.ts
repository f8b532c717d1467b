/* eslint-disable max-lines -- a message catalogue: one entry per rule, data rather than logic */
import { list, q, weekdayDates, type Catalogue, type MessageParams } from './types.js';
import { weekdayNames } from '../../i18n/weekdays.js';
import { imageReasons } from '../../i18n/image-reasons.js';

const TYPES: Record<string, string> = {
  string: 'text',
  integer: 'ett heltal',
  number: 'ett tal',
  boolean: 'true eller false',
  object: 'rader nyckel: värde',
  array: 'en lista (rader som börjar med -)',
  null: 'tomt',
};
const type = (t: string) => TYPES[t] ?? t;
const FORMS: Record<string, string> = {
  id: 'små bokstäver a–z, siffror och bindestreck (t.ex. medlemsutbildning-del-1)',
  time: 'ett klockslag TT:MM (t.ex. 09:30)',
  url: 'en webbadress som börjar med https:// eller http://',
  phone: 'ett telefonnummer av siffror, mellanslag, bindestreck och parenteser (t.ex. 070-123 45 67)',
  currency: 'en valutakod med tre bokstäver (t.ex. SEK)',
  month: 'en månad ÅÅÅÅ-MM (t.ex. 2021-10)',
  season: 'ett verksamhetsår ÅÅÅÅ/ÅÅ (t.ex. 2021/22)',
  other: 'i rätt form',
};
const FORMATS: Record<string, string> = { date: 'ett datum ÅÅÅÅ-MM-DD (t.ex. 2021-10-23)', uri: 'en webbadress (https://...)', email: 'en e-postadress (namn@exempel.se)' };
const where = (p: MessageParams) => {
  if (p.section && p.where) return p.where === 'sections' ? ` i avsnittet ${q(p.section)}` : ` i ${q(p.where)} i avsnittet ${q(p.section)}`;
  if (!p.course) return p.where ? ` i ${q(p.where)}` : '';
  return p.where === 'courses' ? ` i kursen ${q(p.course)}` : ` i ${q(p.where)} i kursen ${q(p.course)}`;
};
const mean = (p: MessageParams) => (p.suggestion ? ` Menade du ${q(p.suggestion)}?` : '');
const detail = (p: MessageParams) => String(p.detail ?? '');

const URL_REASONS_SV: Record<string, string> = {
  space: 'den innehåller ett mellanslag',
  mailto: 'e-postadressen efter mailto: är felformad',
  scheme: 'den börjar inte med https:// eller http://',
  syntax: 'den går inte att läsa som en adress',
  host: 'värdnamnet är ingen hel domän (t.ex. www.exempel.se)',
};
const YAML_MISTAKES: Record<string, [(p: MessageParams) => string, (p: MessageParams) => string]> = {
  'colon-in-value': [(p) => `Texten i ${q(p.key)} innehåller ": " och måste stå inom citattecken.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.quoted ?? `"${String(p.value)}"`)}`)}.`],
  'missing-space': [(p) => `Mellanslag saknas efter kolonet i ${q(`${String(p.key)}:`)}.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.value)}`)}.`],
  'missing-colon': [(p) => `Kolon saknas efter ${q(p.key)}.`, (p) => `Skriv ${q(`${String(p.key)}:`)}; en nyckel följs alltid av kolon.`],
  'too-far': [(p) => `${q(p.key)} är indragen för långt.`, (p) => `Ställ ${q(p.key)} i samma kolumn som ${q(p.sibling)} (kolumn ${String(p.column)}).`],
  'too-little': [
    (p) => `${q(p.key)} är indragen för lite; den står inte i linje med någon nyckel ovanför.`,
    (p) => `Ställ ${q(p.key)} i samma kolumn som ${q(p.sibling)} (kolumn ${String(p.column)}).`,
  ],
  'comment-in-flow': [
    (p) => `\`#\` börjar en kommentar i YAML, så resten av raden läses inte och \`${String(p.bracket)}\` stängs aldrig.`,
    (p) => `Sätt texten inom citattecken: ${String(p.quoted)}.`,
  ],
  'unclosed-quote': [(p) => `Citattecknet ${String(p.quote)} som börjar här stängs aldrig.`, (p) => `Avsluta texten med ${String(p.quote)} på samma rad.`],
  'no-dash': [(p) => (p.key ? `En ny listpunkt börjar vid ${q(p.key)}, men bindestrecket saknas.` : 'Listpunkten saknar bindestreck.'), () => 'Börja raden med `- ` som de andra punkterna i listan.'],
  nbsp: [
    (p) => `Ett hårt mellanslag (kolumn ${String(p.column)}) står där YAML behöver ett vanligt mellanslag${p.key ? ` (vid ${q(p.key)})` : ''}.`,
    () => 'Byt det mot ett vanligt mellanslag; hårda mellanslag följer med när text klistras in från en webbsida eller ett ordbehandlingsprogram.',
  ],
  other: [(p) => `Syntaxfel i YAML (${String(p.code ?? p.detail ?? '')}).`, () => 'Kontrollera indraget och kolonet efter varje nyckel på den här raden och raden före.'],
};
const mistake = (p: MessageParams) => YAML_MISTAKES[String(p.kind ?? 'other')] ?? YAML_MISTAKES['other']!;

/** Svenska texter, med regel-id som nyckel. */
export const sv: Catalogue = {
  'yaml/syntax': { doc: 'Filen är giltig YAML.', message: (p) => mistake(p)[0](p), hint: (p) => mistake(p)[1](p) },
  'yaml/duplicate-key': {
    doc: 'En nyckel förekommer högst en gång på samma ställe.',
    message: (p) => `Nyckeln${p.key ? ` ${q(p.key)}` : ''} används redan här.`,
    hint: () => 'En nyckel får stå en gång på samma ställe; ta bort eller byt namn på den ena.',
  },
  'yaml/tab-indent': {
    doc: 'Indrag görs med mellanslag, inte tabbar.',
    message: (p) => `Tabb används som indrag (kolumn ${String(p.column ?? '?')}).`,
    hint: (p) => (p.target ? `Byt tabben mot mellanslag: ställ ${p.key ? q(p.key) : 'raden'} i kolumn ${String(p.target)}.` : 'Gör indrag med mellanslag, inte tabbar.'),
  },
  'yaml/multiple-documents': {
    doc: 'En planfil innehåller ett YAML-dokument.',
    message: () => 'Mer än ett YAML-dokument i filen.',
    hint: () => 'En planfil innehåller ett dokument: ta bort raden `---` eller dela upp filen.',
  },
  'yaml/alias': { doc: 'Alias (*namn) hänvisar till ett ankare (&namn) som står före.', message: () => 'Aliaset hänvisar inte till något ankare (&namn) före det.' },
  'yaml/alias-limit': {
    doc: 'Alias blåses inte upp till jättedokument (aliasbomber).',
    message: (p) => `Planen expanderar alias mer än ${/(\d+) times/.exec(detail(p))?.[1] ?? 'tillåtet antal'} gånger.`,
    hint: () => 'Skriv ut värdena i stället för att upprepa dem genom alias (*namn).',
  },
  'yaml/too-deep': {
    doc: 'Planen är inte orimligt djupt nästlad.',
    message: (p) => `Planen är nästlad djupare än ${/(\d+) levels/.exec(detail(p))?.[1] ?? 'tillåtet antal'} nivåer.`,
    hint: () => 'En studieplan behöver bara några nivåer; kontrollera indrag och klamrar här.',
  },
  'yaml/too-large': {
    doc: 'Filen är inte större än en plan kan vara.',
    message: (p) => {
      const m = /([\d.]+) MB; plans may be at most ([\d.]+) MB/.exec(detail(p));
      return m ? `Filen är ${m[1]} MB; en plan får vara högst ${m[2]} MB.` : `Filen är för stor (${detail(p)})`;
    },
    hint: () => 'Är detta verkligen en studieplan? Dela mycket stort innehåll i flera planer.',
  },
  'yaml/encoding': {
    doc: 'Filen är UTF-8-text.',
    message: (p) => {
      if (/binary/.test(detail(p))) return 'Filen är binärdata, inte en YAML-textfil.';
      const m = /byte (0x[0-9A-F]+) at line (\d+)/.exec(detail(p));
      return m ? `Filen är inte UTF-8 (byte ${m[1]} på rad ${m[2]}); den ser ut att vara Latin-1 eller Windows-1252.` : `Filen är inte UTF-8-text (${detail(p)})`;
    },
    hint: () => 'Spara planen som UTF-8-text i din editor ("Spara med kodning" → UTF-8).',
  },
  'yaml/unresolved-tag': {
    doc: 'Inga YAML-taggar (!!js/function, !namn): studyplan läser bara text, tal, listor och rader nyckel: värde.',
    message: (p) => `Okänd YAML-tagg ${q(p.tag)}; planer använder inga taggar.`,
    hint: () => 'Ta bort taggen och skriv värdet som vanlig text.',
  },
  'yaml/not-finite': {
    doc: 'Tal är ändliga: inga .inf, -.inf eller .nan.',
    message: (p) => `${q(p.value)} är inget tal som en plan kan använda.`,
    hint: () => 'Skriv ett ändligt tal, eller ta bort värdet.',
  },
  'yaml/version': {
    doc: 'Planer är YAML 1.2: inget %YAML-direktiv för en annan version.',
    message: (p) => `%YAML ${String(p.version ?? '')}: planer är YAML 1.2, där värden betyder det som editorns schemakontroll läser.`,
    hint: () => 'Ta bort %YAML-raden (och --- under den, om filen inte har fler).',
  },
  'yaml/merge-key': {
    doc: 'Inga sammanslagningsnycklar (<<): de hör till YAML 1.1 och läses inte i en plan.',
    message: () => 'Sammanslagningsnyckeln `<<` läses inte i en plan.',
    hint: () => 'Skriv ut nycklarna här i stället för att hämta dem från ett ankare.',
  },
  'build/output-collision': {
    doc: 'Två planer i ett bygge skriver aldrig samma fil.',
    message: (p) =>
      p.other === undefined
        ? `Planen skulle skriva ${String(p.output)}, byggets indexsida; byt namn på planfilen.`
        : `Planen skulle skriva ${String(p.output)}, precis som ${String(p.other)}${p.otherOutput ? ` (${String(p.otherOutput)})` : ''}; byt namn på en av dem.`,
  },
  'build/plan-name': {
    doc: 'En plans filnamn kan bli namnet på dess utdata.',
    message: (p) => `Filnamnet ${String(p.name)} kan inte bli namnet på en utdatafil: inga styrtecken eller mappavgränsare, ingen punkt först, högst 200 byte.`,
  },
  'yaml/key-in-block-text': {
    doc: 'Ingen nyckel har hamnat inne i en blocktext (|, >, >-) ovanför sig, där den blir text.',
    message: (p) => `${q(p.key)} står inne i texten till ${q(p.block)}: den blir en del av texten, inte en egen nyckel.`,
    hint: (p) => `Minska indraget på raden med två mellanslag, så att ${q(p.key)} står i linje med ${q(p.block)}.`,
  },
  'yaml/comment-in-value': {
    doc: 'Inget värde klipps vid " #" (resten blir en kommentar och försvinner).',
    message: (p) => `Värdet ${p.key ? `av ${q(p.key)} ` : ''}klipps vid \` #\`: ${q(p.cut)} blir en kommentar och försvinner.`,
    hint: (p) => `Sätt värdet inom citattecken: ${q(p.quoted)}.`,
  },
  'yaml/warning': { doc: 'YAML som är tillåten men troligen inte avsedd.', message: (p) => `YAML: ${detail(p)}` },
  'plan/empty': { doc: 'Planfilen är inte tom.', message: () => 'Planen är tom.', hint: () => 'Börja med `studyplan new NAMN` eller kopiera en befintlig plan.' },

  'schema/unknown-key': {
    doc: 'Varje nyckel är en som schemat känner till.',
    message: (p) => `Okänd nyckel ${q(p.key)}${where(p)}.${mean(p)}`,
    hint: (p) => (p.allowed && (p.allowed as string[]).length ? `Tillåtna nycklar här: ${(p.allowed as string[]).join(', ')}.` : undefined),
  },
  'schema/required': {
    doc: 'Obligatoriska nycklar finns med.',
    message: (p) => `${q(p.key)} saknas${where(p)}; den är obligatorisk.`,
    hint: (p) => (p.allowed ? `${q(p.key)} är ${list(p.allowed as string[], 'eller')}.` : `Lägg till en rad \`${String(p.key)}: ...\` här.`),
  },
  'schema/type': {
    doc: 'Värden har den typ schemat kräver (text, tal, lista, rader nyckel: värde).',
    message: (p) =>
      p.meant && p.actual === 'number'
        ? `${q(p.written)} i ${q(p.key)} läses som talet ${String(p.value)}, inte som ett klockslag.`
        : `${p.key ? q(p.key) : 'Planen'} ska vara ${list((p.expected as string[]).map(type), 'eller', false)}, inte ${type(String(p.actual))}${p.actual === 'string' || p.actual === 'integer' || p.actual === 'number' ? ` (${q(p.value)})` : ''}.`,
    hint: (p) => {
      if (p.meant)
        return p.key === 'amount'
          ? `Skriv beloppet som bara ett tal: ${q(`amount: ${String(p.meant)}`)} (valutan är SEK om inte \`currency:\` säger annat).`
          : `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}, inom citattecken och med kolon.`;
      return p.key === '' && p.actual === 'array' ? 'En plan består av rader nyckel: värde (title:, publisher:, period: ...), inte en lista.' : undefined;
    },
  },
  'plan/thousands-dot': {
    doc: 'Ett belopp skrivs inte med punkt mellan tusental (1.200), som YAML läser som decimaltal (1.2).',
    message: (p) => `${q(p.written)} läses som ${String(p.read)}: i YAML är punkten ett decimaltecken, inte en tusentalsavgränsare.`,
    hint: (p) => `Skriv ${q(p.meant)}, utan punkt.`,
  },
  'yaml/not-indented': {
    doc: 'Raderna som hör till en nyckel (cost:, publisher: ...) är indragna under den.',
    message: (p) => `${list(p.children as string[], 'och')} hör till ${q(`${String(p.key)}:`)}${p.course ? ` (kursen ${q(p.course)})` : ''} men är inte indragna under den.`,
    hint: (p) => `Dra in raderna under ${q(`${String(p.key)}:`)} två mellanslag mer än ${q(p.key)}.`,
  },
  'schema/enum': {
    doc: 'Värden som väljs ur en lista är ett av de tillåtna värdena.',
    message: (p) => `${q(p.value)} är inte ett tillåtet värde för ${q(p.key)}.${mean(p)}`,
    hint: (p) => `Tillåtna: ${list(p.allowed as string[], 'eller')}.`,
  },
  'schema/format': {
    doc: 'Datum är verkliga datum ÅÅÅÅ-MM-DD; webb- och e-postadresser är välformade.',
    message: (p) => (p.reason === 'no-such-day' ? `${q(p.value)} är inget verkligt datum (dagen finns inte).` : `${q(p.value)} i ${q(p.key)} är inte ${FORMATS[String(p.format)] ?? p.format}.`),
    hint: (p) => (p.format === 'date' ? 'Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2021-10-23.' : undefined),
  },
  'schema/pattern': {
    doc: 'Id, klockslag, telefonnummer och liknande värden har rätt form.',
    message: (p) => `${q(p.value)} i ${q(p.key)} är inte ${FORMS[String(p.form)] ?? 'i rätt form'}.`,
    hint: (p) => (p.meant ? `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}.` : undefined),
  },
  'schema/range': {
    doc: 'Tal och årtal ligger inom sina gränser.',
    message: (p) => `${q(p.key)} är ${String(p.value)}; det måste vara ${String(p.comparison)} ${String(p.limit)}.`,
  },
  'schema/min-items': { doc: 'Listor som inte får vara tomma är inte tomma.', message: (p) => `${q(p.key)} behöver minst ${String(p.limit)} ${p.limit === 1 ? 'post' : 'poster'}.` },
  'schema/one-of': {
    doc: 'Ett värde med flera möjliga former (en period, en målgrupp) har en av dem.',
    message: (p) =>
      p.reason === 'ambiguous' ? `${q(p.key)} passar flera former; det är tvetydigt.` : `${q(p.key)} har ingen av de tillåtna formerna${p.forms ? `: ${list(p.forms as string[], 'eller')}` : ''}.`,
    hint: (p) => (p.key === 'period' ? 'En period är {term, year}, {year}, {from, to}, {season} eller {start, end}.' : undefined),
  },
  'schema/invalid': { doc: 'Övriga krav i schemat.', message: (p) => `${q(p.key)}: ${detail(p)}` },
  'lint/unknown-rule': { doc: 'En kommentar som tystar regler namnger regler som finns.', message: (p) => `Okänd regel ${q(p.rule)} i kommentaren.${mean(p)}` },
  'lint/unused-disable': {
    doc: 'En kommentar som tystar regler tystar något.',
    message: (p) => `Inget att tysta på nästa rad${p.rule ? ` för ${q(p.rule)}` : ''}.`,
    hint: () => 'Ta bort kommentaren.',
  },
  'plan/duplicate-id': {
    doc: 'Id för kurser, avsnitt och bilagor är unika i planen.',
    message: (p) => `Id:t ${q(p.id)} används redan på rad ${String(p.line)}.`,
    hint: () => 'Id namnger länkmål och förkunskapskrav; ge varje kurs, avsnitt och bilaga ett eget.',
  },
  'plan/unknown-prerequisite': {
    doc: 'Förkunskapskrav namnger kurser i planen.',
    message: (p) => `Förkunskapskravet ${q(p.id)} är ingen kurs i den här planen.${mean(p)}`,
    hint: () => 'Förkunskapskrav är kurs-id (kursens `id:`).',
  },
  'plan/prerequisite-cycle': {
    doc: 'Förkunskapskrav går inte runt i en cirkel.',
    message: (p) => `Förkunskapskraven går runt i en cirkel: ${String(p.cycle)}.`,
    hint: () => 'En kurs kan inte (indirekt) kräva sig själv; ta bort ett av kraven.',
  },
  'plan/unknown-course': { doc: 'Kursen i en kalenderhändelse finns i planen.', message: (p) => `Kalenderhändelsen namnger kursen ${q(p.id)}, som inte finns i planen.${mean(p)}` },
  'plan/date-range-order': {
    doc: 'Intervall slutar efter att de börjar: slutdatum, klockslag, perioder, verksamhetsår.',
    message: (p) =>
      p.what === 'time'
        ? `Sluttiden ${String(p.end)} är inte efter starttiden ${String(p.start)}.`
        : p.what === 'season'
          ? `Verksamhetsåret ${String(p.start)}/${String(p.end)} går inte in i nästa år.`
          : p.what === 'adopted'
            ? `Fastställd ${String(p.end)}, före mötet ${String(p.start)}.`
            : `Slutet ${String(p.end)} är före början ${String(p.start)}.`,
    hint: (p) => (p.what === 'season' ? 'Ett verksamhetsår skrivs ÅÅÅÅ/ÅÅ med året efter, t.ex. 2021/22.' : undefined),
  },
  'plan/date-outside-period': {
    doc: 'Datum ligger inom planens och avsnittets period.',
    message: (p) =>
      p.what === 'period'
        ? `Avsnittets period ${String(p.date)} ${p.when === 'starts-before' ? 'börjar före' : p.when === 'ends-after' ? 'slutar efter' : p.when === 'before' ? 'ligger helt före' : 'ligger helt efter'} planens period (${String(p.range)}).`
        : `${String(p.date)} är ${p.when === 'before' ? 'före' : 'efter'} ${p.whose === 'section' ? 'avsnittets' : 'planens'} period (${String(p.range)}).`,
    hint: (p) =>
      p.when === 'before'
        ? 'Kopierat från en tidigare plan? Kontrollera året.'
        : p.what === 'period'
          ? 'Kontrollera året, eller låt avsnittets period rymma hela planens.'
          : 'Kontrollera året eller vidga perioden.',
  },
  'plan/unknown-session': {
    doc: 'En träff som ett steg hänvisar till med id finns i kursens sessions.',
    message: (p) => `Steget hänvisar till träffen ${q(p.id)}, som inte finns i kursens sessions (${String(p.course)}).${mean(p)}`,
    hint: () => 'Definiera träffen en gång under kursens sessions: med id, eller skriv träffen direkt i steget.',
  },
  'plan/elective-without-options': {
    doc: 'En valbar träff listar alternativen att välja mellan.',
    message: (p) => `Den valbara träffen ${q(p.title)} har inga alternativ (options).`,
    hint: () => 'Lista alternativen under options:, eller ta bort elective: true.',
  },
  'config/template': {
    doc: 'Konfigurationens mall är en mall som studyplan hittar: ett namn (booklet) eller en mapp med template.json.',
    message: (p) => `Mallen ${q(p.name)} finns inte.`,
    hint: (p) =>
      p.path ? 'En mallmapp behöver template.json, layout.hbs och labels/ (se docs/build.md); sökvägen räknas från den här filen.' : 'Skriv template: booklet, eller sökvägen till en mallmapp.',
  },
  'plan/image-file': {
    doc: 'En bild (bild, logotyp, omslag) är en PNG-, JPEG-, GIF-, WebP- eller SVG-fil i sin mapp, av en storlek som ett häfte kan skriva ut.',
    message: (p) => `Bilden ${q(p.src)} ${imageReasons.sv[String(p.reason)]?.[0](p) ?? 'kan inte användas'}.`,
    hint: (p) => imageReasons.sv[String(p.reason)]?.[1](p),
  },
  'plan/image-without-alt': {
    doc: 'En bild har alternativtext (alt) som säger vad den visar.',
    message: (p) => `Bilden ${q(p.src)} saknar alternativtext (alt).`,
    hint: () => 'Skriv i alt: vad bilden visar, för den som inte ser den (skärmläsare, taggad PDF).',
  },
  'plan/deadline-after-start': {
    doc: 'Sista anmälningsdag är före kursstart.',
    message: (p) => `${p.kind === 'application' ? 'Sista ansökningsdag' : 'Sista anmälningsdag'} ${String(p.deadline)} är efter kursstart (${String(p.start)}).`,
  },
  'plan/date-without-year': {
    doc: 'Ett datum utan år (04-25) får sitt år av perioden runt det.',
    message: (p) =>
      ({
        'no-period': `Datumet ${q(p.date)} har inget år, och ingen period runt det ger året.`,
        outside: `Datumet ${q(p.date)} har inget år, och dagen ligger inte i perioden (${String(p.range)}).`,
        ambiguous: `Datumet ${q(p.date)} har inget år, och perioden ${String(p.range)} har den dagen flera år (${list(p.years as string[], 'och', false)}).`,
      })[String(p.reason)] ?? `${q(p.date)} är ingen dag som finns något år.`,
    hint: (p) =>
      ({
        'no-period': `Skriv året (ÅÅÅÅ-${String(p.day)}), eller ge planen en period, t.ex. period: {term: spring, year: 2018}.`,
        outside: `Skriv året (ÅÅÅÅ-${String(p.day)}), eller rätta datumet.`,
        ambiguous: `Skriv året, t.ex. ${String((p.years as string[] | undefined)?.[0])}-${String(p.day)}.`,
      })[String(p.reason)] ?? 'Rätta datumet.',
  },
  'plan/weekday-mismatch': {
    doc: 'En veckodag i dokumentets egna ord (asWritten) är datumets veckodag.',
    message: (p) => {
      const days = weekdayDates(p, weekdayNames('sv'));
      const one = days.length === 1 ? days[0] : undefined;
      return one
        ? `${q(p.word)} stämmer inte med datumet: ${one.date} är en ${one.weekday}.`
        : `${q(p.word)} är ingen av dagarna ${list(
            days.map((d) => `${d.date} (${d.weekday})`),
            'och',
            false,
          )}.`;
    },
    hint: () => 'Rätta veckodagen eller datumet. Med weekday: true skriver studyplan veckodagen själv.',
  },
  'plan/date-status-conflict': {
    doc: 'Ett tillfälle vars datum bestäms senare (dateStatus) har inget datum.',
    message: (p) => `Tillfället har både ${q(p.key)} och dateStatus: ${String(p.status)}; datumet skrivs inte ut och kommer inte med i kalendrarna.`,
    hint: () => 'Ta bort datumet, eller dateStatus om datumet är bestämt.',
  },
  'plan/opens-after-deadline': {
    doc: 'Anmälan öppnar senast på sista anmälningsdag.',
    message: (p) =>
      p.kind === 'application'
        ? `Ansökan öppnar ${String(p.opens)}, efter sista ansökningsdag ${String(p.deadline)}.`
        : `Anmälan öppnar ${String(p.opens)}, efter sista anmälningsdag ${String(p.deadline)}.`,
    hint: () => 'Ett av datumen är fel: `opens` är första dagen man kan anmäla sig, `deadline` den sista.',
  },
  'plan/event-outside-month': {
    doc: 'En kalenderhändelses datum ligger i sin månad.',
    message: (p) => `${String(p.date)} står under månaden ${String(p.month)}.`,
    hint: () => 'Flytta händelsen till rätt månad eller rätta datumet.',
  },
  'plan/malformed-url': {
    doc: 'Länkar är välformade http(s)-adresser med ett riktigt värdnamn.',
    message: (p) => `${q(p.url)} är ingen fungerande webbadress: ${URL_REASONS_SV[String(p.reason)] ?? 'den är felformad'}.`,
    hint: (p) => (p.fixed ? `Skriv ${q(p.fixed)}.` : 'Skriv hela adressen som webbläsaren visar den, t.ex. https://www.exempel.se/sida.'),
  },
  'plan/brand-contrast': {
    doc: 'Vit text på profilfärgen går att läsa (WCAG-kontrast 4,5:1).',
    message: (p) => `Vit text på ${q(p.color)} har kontrasten ${String(p.ratio).replace('.', ',')}:1, mindre än ${String(p.min).replace('.', ',')}:1: omslaget och rubrikerna blir svåra att läsa.`,
    hint: () => 'Välj en mörkare nyans av färgen; en kontrastkontroll (t.ex. webaim.org/resources/contrastchecker) visar förhållandet.',
  },
  'plan/malformed-email': { doc: 'E-postadresser är välformade.', message: (p) => `${q(p.email)} är ingen välformad e-postadress.`, hint: () => 'En e-postadress ser ut som namn@exempel.se.' },
  'plan/placeholder-text': {
    doc: 'Ingen platshållartext (TODO, XXX, Lorem ipsum, ???) i fält som skrivs ut.',
    message: (p) => `Platshållartexten ${q(p.text)} skulle skrivas ut.`,
    hint: () => 'Skriv den riktiga texten, eller flytta anteckningen till internalNotes (skrivs aldrig ut).',
  },
  'plan/skeleton-text': {
    doc: "Ingen text står kvar som mallen från `studyplan new` eller `init` skrev den ('Skriv inledningen här.', 'Vad utbildningen handlar om.' ...).",
    message: (p) => `${q(p.text)} är mallens exempeltext${p.key ? ` i ${q(p.key)}` : ''}: den skulle skrivas ut som den är.`,
    hint: () => 'Skriv planens egen text här, eller ta bort raden.',
  },
  'plan/empty-text': { doc: 'Inga tomma texter.', message: (p) => `${p.key ? q(p.key) : 'Texten'} är tom.`, hint: () => 'Skriv texten eller ta bort raden.' },
  'plan/clause-without-att': {
    doc: 'Att-satser i ett svenskt förslag till beslut börjar med "att".',
    message: (p) => `Att-satsen börjar med ${q(p.start)}, inte "att".`,
    hint: () => 'Skriv varje beslutspunkt som en att-sats, t.ex. "att anta studieplanen".',
  },
  'plan/course-without-audience': {
    doc: 'En kurs har en målgrupp (audience) eller ett syfte (purpose).',
    message: (p) => `Kursen ${q(p.course)} har varken målgrupp eller syfte.`,
    hint: () => 'Lägg till `audience:` (vem den är för) eller `purpose:` (vad den är till för).',
  },
  'plan/duplicate-section-title': { doc: 'Avsnittsrubriker är unika.', message: (p) => `Avsnittsrubriken ${q(p.title)} används redan på rad ${String(p.line)}.` },
  'plan/duplicate-course-title': {
    doc: 'Kursnamn är unika.',
    message: (p) => `Kursnamnet ${q(p.title)} används redan på rad ${String(p.line)}.`,
    hint: () => 'Inklistrad två gånger? Annars: skilj kurserna åt i namnen.',
  },
  'plan/unreachable-contact': { doc: 'En kontaktperson går att nå (e-post, telefon eller text).', message: (p) => `Kontakten ${q(p.name)} har varken e-post, telefon eller text om hur man når hen.` },
  'plan/empty-section': {
    doc: 'Avsnitt är inte tomma.',
    message: (p) => `Avsnittet${p.title ? ` ${q(p.title)}` : ''} har inga ${p.what === 'events' ? 'händelser' : 'kurser'}.`,
    hint: () => 'Fyll i det eller ta bort avsnittet.',
  },
  'plan/too-long-text': {
    doc: 'En text, och alla texter i en plan tillsammans, är korta nog att skrivas ut.',
    message: (p) =>
      p.key === 'total'
        ? `Planens texter är ${String(p.length)} tecken tillsammans; en plan får ha högst ${String(p.limit)}, annars hinner den inte skrivas ut.`
        : `${q(p.key)} är ${String(p.length)} tecken lång; en text får vara högst ${String(p.limit)} tecken, annars hinner den inte skrivas ut.`,
    hint: () => 'Korta texten, eller dela upp planen i flera planer.',
  },
  'plan/too-many-items': {
    doc: 'En plan har så få kurser, händelser och bilagor att den kan skrivas ut.',
    message: (p) => `Planen har ${String(p.count)} kurser, händelser och bilagor; en plan får ha högst ${String(p.limit)}, annars hinner den inte skrivas ut.`,
    hint: () => 'Dela upp planen i flera planer (en per år eller per område, till exempel).',
  },
  'plan/cost-contradiction': {
    doc: 'En kostnadsfri kurs har inget pris.',
    message: (p) => `Kursen är markerad som kostnadsfri men kostar ${String(p.amount)}.`,
    hint: () => 'Ta bort `free: true` eller beloppet.',
  },
};
