/* eslint-disable max-lines -- a message catalogue: one entry per rule, data rather than logic */
import { list, q, weekdayDates, type Catalogue, type MessageParams } from './types.js';
import { weekdayNames } from '../../i18n/weekdays.js';
import { imageReasons } from '../../i18n/image-reasons.js';

const TYPES: Record<string, string> = {
  string: 'tekst',
  integer: 'et heltall',
  number: 'et tall',
  boolean: 'true eller false',
  object: 'linjer nøkkel: verdi',
  array: 'en liste (linjer som begynner med -)',
  null: 'tomt',
};
const type = (t: string) => TYPES[t] ?? t;
const FORMS: Record<string, string> = {
  id: 'små bokstaver a–z, sifre og bindestrek (f.eks. medlemsopplaering-del-1)',
  time: 'et klokkeslett TT:MM (f.eks. 09:30)',
  url: 'en nettadresse som begynner med https:// eller http://',
  phone: 'et telefonnummer av sifre, mellomrom, bindestrek og parenteser (f.eks. 912 34 567)',
  currency: 'en valutakode på tre bokstaver (f.eks. NOK)',
  month: 'en måned ÅÅÅÅ-MM (f.eks. 2021-10)',
  season: 'et arbeidsår ÅÅÅÅ/ÅÅ (f.eks. 2021/22)',
  other: 'i riktig form',
};
const FORMATS: Record<string, string> = { date: 'en dato ÅÅÅÅ-MM-DD (f.eks. 2021-10-23)', uri: 'en nettadresse (https://...)', email: 'en e-postadresse (navn@eksempel.no)' };
const where = (p: MessageParams) => {
  if (p.section && p.where) return p.where === 'sections' ? ` i delen ${q(p.section)}` : ` i ${q(p.where)} i delen ${q(p.section)}`;
  if (!p.course) return p.where ? ` i ${q(p.where)}` : '';
  return p.where === 'courses' ? ` i kurset ${q(p.course)}` : ` i ${q(p.where)} i kurset ${q(p.course)}`;
};
const mean = (p: MessageParams) => (p.suggestion ? ` Mente du ${q(p.suggestion)}?` : '');
const detail = (p: MessageParams) => String(p.detail ?? '');

const URL_REASONS_NB: Record<string, string> = {
  space: 'den inneholder et mellomrom',
  mailto: 'e-postadressen etter mailto: er feilformet',
  scheme: 'den begynner ikke med https:// eller http://',
  syntax: 'den kan ikke leses som en adresse',
  host: 'vertsnavnet er ikke et helt domene (f.eks. www.eksempel.no)',
};
const YAML_MISTAKES: Record<string, [(p: MessageParams) => string, (p: MessageParams) => string]> = {
  'colon-in-value': [(p) => `Teksten i ${q(p.key)} inneholder ": " og må stå i anførselstegn.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.quoted ?? `"${String(p.value)}"`)}`)}.`],
  'missing-space': [(p) => `Mellomrom mangler etter kolonet i ${q(`${String(p.key)}:`)}.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.value)}`)}.`],
  'missing-colon': [(p) => `Kolon mangler etter ${q(p.key)}.`, (p) => `Skriv ${q(`${String(p.key)}:`)}; en nøkkel følges alltid av kolon.`],
  'too-far': [(p) => `${q(p.key)} har for stort innrykk.`, (p) => `Sett ${q(p.key)} i samme kolonne som ${q(p.sibling)} (kolonne ${String(p.column)}).`],
  'too-little': [(p) => `${q(p.key)} har for lite innrykk; den står ikke på linje med noen nøkkel over.`, (p) => `Sett ${q(p.key)} i samme kolonne som ${q(p.sibling)} (kolonne ${String(p.column)}).`],
  'comment-in-flow': [
    (p) => `\`#\` starter en kommentar i YAML, så resten av linjen leses ikke, og \`${String(p.bracket)}\` lukkes aldri.`,
    (p) => `Sett teksten i anførselstegn: ${String(p.quoted)}.`,
  ],
  'unclosed-quote': [(p) => `Anførselstegnet ${String(p.quote)} som begynner her, lukkes aldri.`, (p) => `Avslutt teksten med ${String(p.quote)} på samme linje.`],
  'no-dash': [
    (p) => (p.key ? `Et nytt listepunkt begynner ved ${q(p.key)}, men bindestreken mangler.` : 'Listepunktet mangler bindestrek.'),
    () => 'Begynn linjen med `- ` som de andre punktene i listen.',
  ],
  nbsp: [
    (p) => `Et hardt mellomrom (kolonne ${String(p.column)}) står der YAML trenger et vanlig mellomrom${p.key ? ` (ved ${q(p.key)})` : ''}.`,
    () => 'Bytt det ut med et vanlig mellomrom; harde mellomrom følger med når tekst limes inn fra en nettside eller et tekstbehandlingsprogram.',
  ],
  other: [(p) => `Syntaksfeil i YAML (${String(p.code ?? p.detail ?? '')}).`, () => 'Kontroller innrykket og kolonet etter hver nøkkel på denne linjen og linjen før.'],
};
const mistake = (p: MessageParams) => YAML_MISTAKES[String(p.kind ?? 'other')] ?? YAML_MISTAKES['other']!;

/** Norske tekster (bokmål), med regel-id som nøkkel. */
export const nb: Catalogue = {
  'yaml/syntax': { doc: 'Filen er gyldig YAML.', message: (p) => mistake(p)[0](p), hint: (p) => mistake(p)[1](p) },
  'yaml/duplicate-key': {
    doc: 'En nøkkel forekommer høyst én gang på samme sted.',
    message: (p) => `Nøkkelen${p.key ? ` ${q(p.key)}` : ''} er allerede brukt her.`,
    hint: () => 'En nøkkel kan stå én gang på samme sted; fjern eller gi nytt navn til den ene.',
  },
  'yaml/tab-indent': {
    doc: 'Innrykk gjøres med mellomrom, ikke tabulatorer.',
    message: (p) => `Tabulator brukt som innrykk (kolonne ${String(p.column ?? '?')}).`,
    hint: (p) => (p.target ? `Bytt tabulatoren ut med mellomrom: sett ${p.key ? q(p.key) : 'linjen'} i kolonne ${String(p.target)}.` : 'Gjør innrykk med mellomrom, ikke tabulatorer.'),
  },
  'yaml/multiple-documents': {
    doc: 'En planfil inneholder ett YAML-dokument.',
    message: () => 'Mer enn ett YAML-dokument i filen.',
    hint: () => 'En planfil inneholder ett dokument: fjern linjen `---` eller del opp filen.',
  },
  'yaml/alias': { doc: 'Alias (*navn) viser til et anker (&navn) som står før.', message: () => 'Aliaset viser ikke til noe anker (&navn) før det.' },
  'yaml/alias-limit': {
    doc: 'Alias blåses ikke opp til kjempedokumenter (aliasbomber).',
    message: (p) => `Planen utvider alias mer enn ${/(\d+) times/.exec(detail(p))?.[1] ?? 'tillatt antall'} ganger.`,
    hint: () => 'Skriv ut verdiene i stedet for å gjenta dem gjennom alias (*navn).',
  },
  'yaml/too-deep': {
    doc: 'Planen er ikke urimelig dypt nøstet.',
    message: (p) => `Planen er nøstet dypere enn ${/(\d+) levels/.exec(detail(p))?.[1] ?? 'tillatt antall'} nivåer.`,
    hint: () => 'En studieplan trenger bare noen få nivåer; kontroller innrykk og klammer her.',
  },
  'yaml/too-large': {
    doc: 'Filen er ikke større enn en plan kan være.',
    message: (p) => {
      const m = /([\d.]+) MB; plans may be at most ([\d.]+) MB/.exec(detail(p));
      return m ? `Filen er ${m[1]} MB; en plan kan være høyst ${m[2]} MB.` : `Filen er for stor (${detail(p)})`;
    },
    hint: () => 'Er dette virkelig en studieplan? Del svært stort innhold i flere planer.',
  },
  'yaml/encoding': {
    doc: 'Filen er UTF-8-tekst.',
    message: (p) => {
      if (/binary/.test(detail(p))) return 'Filen er binærdata, ikke en YAML-tekstfil.';
      const m = /byte (0x[0-9A-F]+) at line (\d+)/.exec(detail(p));
      return m ? `Filen er ikke UTF-8 (byte ${m[1]} på linje ${m[2]}); den ser ut til å være Latin-1 eller Windows-1252.` : `Filen er ikke UTF-8-tekst (${detail(p)})`;
    },
    hint: () => 'Lagre planen som UTF-8-tekst i redigeringsprogrammet ("Lagre med koding" → UTF-8).',
  },
  'yaml/unresolved-tag': {
    doc: 'Ingen YAML-tagger (!!js/function, !navn): studyplan leser bare tekst, tall, lister og linjer nøkkel: verdi.',
    message: (p) => `Ukjent YAML-tagg ${q(p.tag)}; planer bruker ingen tagger.`,
    hint: () => 'Fjern taggen og skriv verdien som vanlig tekst.',
  },
  'yaml/not-finite': {
    doc: 'Tall er endelige: ingen .inf, -.inf eller .nan.',
    message: (p) => `${q(p.value)} er ikke et tall en plan kan bruke.`,
    hint: () => 'Skriv et endelig tall, eller fjern verdien.',
  },
  'yaml/version': {
    doc: 'Planer er YAML 1.2: ingen %YAML-direktiv for en annen versjon.',
    message: (p) => `%YAML ${String(p.version ?? '')}: planer er YAML 1.2, der verdier betyr det editorens skjemakontroll leser.`,
    hint: () => 'Fjern %YAML-linjen (og --- under den, om filen ikke har flere).',
  },
  'yaml/merge-key': {
    doc: 'Ingen flettenøkler (<<): de hører til YAML 1.1 og leses ikke i en plan.',
    message: () => 'Flettenøkkelen `<<` leses ikke i en plan.',
    hint: () => 'Skriv ut nøklene her i stedet for å hente dem fra et anker.',
  },
  'build/output-collision': {
    doc: 'To planer i et bygg skriver aldri samme fil.',
    message: (p) =>
      p.other === undefined
        ? `Planen ville skrive ${String(p.output)}, byggets indeksside; gi planfilen et annet navn.`
        : `Planen ville skrive ${String(p.output)}, slik ${String(p.other)} gjør${p.otherOutput ? ` (${String(p.otherOutput)})` : ''}; gi en av dem et annet navn.`,
  },
  'build/plan-name': {
    doc: 'En plans filnavn kan bli navnet på utdataene.',
    message: (p) => `Filnavnet ${String(p.name)} kan ikke bli navnet på en utdatafil: ingen kontrolltegn eller mappeskilletegn, ikke punktum først, høyst 200 byte.`,
  },
  'yaml/key-in-block-text': {
    doc: 'Ingen nøkkel har havnet inne i en blokktekst (|, >, >-) over seg, der den blir tekst.',
    message: (p) => `${q(p.key)} står inne i teksten til ${q(p.block)}: den blir en del av teksten, ikke en egen nøkkel.`,
    hint: (p) => `Gjør innrykket på linjen to mellomrom mindre, så ${q(p.key)} står på linje med ${q(p.block)}.`,
  },
  'yaml/comment-in-value': {
    doc: 'Ingen verdi kuttes ved " #" (resten blir en kommentar og forsvinner).',
    message: (p) => `Verdien ${p.key ? `av ${q(p.key)} ` : ''}kuttes ved \` #\`: ${q(p.cut)} blir en kommentar og forsvinner.`,
    hint: (p) => `Sett verdien i anførselstegn: ${q(p.quoted)}.`,
  },
  'yaml/warning': { doc: 'YAML som er tillatt, men trolig ikke ment.', message: (p) => `YAML: ${detail(p)}` },
  'plan/empty': { doc: 'Planfilen er ikke tom.', message: () => 'Planen er tom.', hint: () => 'Begynn med `studyplan new NAVN` eller kopier en eksisterende plan.' },

  'schema/unknown-key': {
    doc: 'Hver nøkkel er en som skjemaet kjenner.',
    message: (p) => `Ukjent nøkkel ${q(p.key)}${where(p)}.${mean(p)}`,
    hint: (p) => (p.allowed && (p.allowed as string[]).length ? `Tillatte nøkler her: ${(p.allowed as string[]).join(', ')}.` : undefined),
  },
  'schema/required': {
    doc: 'Obligatoriske nøkler er med.',
    message: (p) => `${q(p.key)} mangler${where(p)}; den er obligatorisk.`,
    hint: (p) => (p.allowed ? `${q(p.key)} er ${list(p.allowed as string[], 'eller')}.` : `Legg til en linje \`${String(p.key)}: ...\` her.`),
  },
  'schema/type': {
    doc: 'Verdier har typen skjemaet krever (tekst, tall, liste, linjer nøkkel: verdi).',
    message: (p) =>
      p.meant && p.actual === 'number'
        ? `${q(p.written)} i ${q(p.key)} leses som tallet ${String(p.value)}, ikke som et klokkeslett.`
        : `${p.key ? q(p.key) : 'Planen'} skal være ${list((p.expected as string[]).map(type), 'eller', false)}, ikke ${type(String(p.actual))}${p.actual === 'string' || p.actual === 'integer' || p.actual === 'number' ? ` (${q(p.value)})` : ''}.`,
    hint: (p) => {
      if (p.meant)
        return p.key === 'amount'
          ? `Skriv beløpet som bare et tall: ${q(`amount: ${String(p.meant)}`)} (valutaen er SEK med mindre \`currency:\` sier noe annet).`
          : `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}, i anførselstegn og med kolon.`;
      return p.key === '' && p.actual === 'array' ? 'En plan består av linjer nøkkel: verdi (title:, publisher:, period: ...), ikke en liste.' : undefined;
    },
  },
  'plan/thousands-dot': {
    doc: 'Et beløp skrives ikke med punktum mellom tusener (1.200), som YAML leser som desimaltall (1.2).',
    message: (p) => `${q(p.written)} leses som ${String(p.read)}: i YAML er punktumet et desimaltegn, ikke et tusenskille.`,
    hint: (p) => `Skriv ${q(p.meant)}, uten punktum.`,
  },
  'yaml/not-indented': {
    doc: 'Linjene som hører til en nøkkel (cost:, publisher: ...) er rykket inn under den.',
    message: (p) => `${list(p.children as string[], 'og')} hører til ${q(`${String(p.key)}:`)}${p.course ? ` (kurset ${q(p.course)})` : ''}, men er ikke rykket inn under den.`,
    hint: (p) => `Rykk inn linjene under ${q(`${String(p.key)}:`)} to mellomrom mer enn ${q(p.key)}.`,
  },
  'schema/enum': {
    doc: 'Verdier som velges fra en liste, er en av de tillatte verdiene.',
    message: (p) => `${q(p.value)} er ikke en tillatt verdi for ${q(p.key)}.${mean(p)}`,
    hint: (p) => `Tillatt: ${list(p.allowed as string[], 'eller')}.`,
  },
  'schema/format': {
    doc: 'Datoer er virkelige datoer ÅÅÅÅ-MM-DD; nett- og e-postadresser er velformede.',
    message: (p) => (p.reason === 'no-such-day' ? `${q(p.value)} er ingen virkelig dato (dagen finnes ikke).` : `${q(p.value)} i ${q(p.key)} er ikke ${FORMATS[String(p.format)] ?? p.format}.`),
    hint: (p) => (p.format === 'date' ? 'Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2021-10-23.' : undefined),
  },
  'schema/pattern': {
    doc: 'Id-er, klokkeslett, telefonnumre og lignende verdier har riktig form.',
    message: (p) => `${q(p.value)} i ${q(p.key)} er ikke ${FORMS[String(p.form)] ?? 'i riktig form'}.`,
    hint: (p) => (p.meant ? `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}.` : undefined),
  },
  'schema/range': {
    doc: 'Tall og årstall ligger innenfor sine grenser.',
    message: (p) => `${q(p.key)} er ${String(p.value)}; det må være ${String(p.comparison)} ${String(p.limit)}.`,
  },
  'schema/min-items': { doc: 'Lister som ikke kan være tomme, er ikke tomme.', message: (p) => `${q(p.key)} trenger minst ${String(p.limit)} ${p.limit === 1 ? 'element' : 'elementer'}.` },
  'schema/one-of': {
    doc: 'En verdi med flere mulige former (en periode, en målgruppe) har en av dem.',
    message: (p) =>
      p.reason === 'ambiguous' ? `${q(p.key)} passer flere former; det er tvetydig.` : `${q(p.key)} har ingen av de tillatte formene${p.forms ? `: ${list(p.forms as string[], 'eller')}` : ''}.`,
    hint: (p) => (p.key === 'period' ? 'En periode er {term, year}, {year}, {from, to}, {season} eller {start, end}.' : undefined),
  },
  'schema/invalid': { doc: 'Øvrige krav i skjemaet.', message: (p) => `${q(p.key)}: ${detail(p)}` },
  'lint/unknown-rule': { doc: 'En kommentar som demper regler, navngir regler som finnes.', message: (p) => `Ukjent regel ${q(p.rule)} i kommentaren.${mean(p)}` },
  'lint/unused-disable': {
    doc: 'En kommentar som demper regler, demper noe.',
    message: (p) => `Ingenting å dempe på neste linje${p.rule ? ` for ${q(p.rule)}` : ''}.`,
    hint: () => 'Fjern kommentaren.',
  },
  'plan/duplicate-id': {
    doc: 'Id-er for kurs, avsnitt og vedlegg er unike i planen.',
    message: (p) => `Id-en ${q(p.id)} brukes allerede på linje ${String(p.line)}.`,
    hint: () => 'Id-er navngir lenkemål og forkunnskapskrav; gi hvert kurs, avsnitt og vedlegg sin egen.',
  },
  'plan/unknown-prerequisite': {
    doc: 'Forkunnskapskrav navngir kurs i planen.',
    message: (p) => `Forkunnskapskravet ${q(p.id)} er ikke et kurs i denne planen.${mean(p)}`,
    hint: () => 'Forkunnskapskrav er kurs-id-er (kursets `id:`).',
  },
  'plan/prerequisite-cycle': {
    doc: 'Forkunnskapskrav går ikke rundt i en sirkel.',
    message: (p) => `Forkunnskapskravene går rundt i en sirkel: ${String(p.cycle)}.`,
    hint: () => 'Et kurs kan ikke (indirekte) kreve seg selv; fjern et av kravene.',
  },
  'plan/unknown-course': { doc: 'Kurset i en kalenderhendelse finnes i planen.', message: (p) => `Kalenderhendelsen navngir kurset ${q(p.id)}, som ikke finnes i planen.${mean(p)}` },
  'plan/date-range-order': {
    doc: 'Intervaller slutter etter at de begynner: sluttdatoer, klokkeslett, perioder, arbeidsår.',
    message: (p) =>
      p.what === 'time'
        ? `Sluttiden ${String(p.end)} er ikke etter starttiden ${String(p.start)}.`
        : p.what === 'season'
          ? `Arbeidsåret ${String(p.start)}/${String(p.end)} går ikke inn i neste år.`
          : p.what === 'adopted'
            ? `Vedtatt ${String(p.end)}, før møtet ${String(p.start)}.`
            : `Slutten ${String(p.end)} er før begynnelsen ${String(p.start)}.`,
    hint: (p) => (p.what === 'season' ? 'Et arbeidsår skrives ÅÅÅÅ/ÅÅ med året etter, f.eks. 2021/22.' : undefined),
  },
  'plan/date-outside-period': {
    doc: 'Datoer ligger innenfor planens og avsnittets periode.',
    message: (p) =>
      p.what === 'period'
        ? `Avsnittets periode ${String(p.date)} ${p.when === 'starts-before' ? 'begynner før' : p.when === 'ends-after' ? 'slutter etter' : p.when === 'before' ? 'ligger helt før' : 'ligger helt etter'} planens periode (${String(p.range)}).`
        : `${String(p.date)} er ${p.when === 'before' ? 'før' : 'etter'} ${p.whose === 'section' ? 'avsnittets' : 'planens'} periode (${String(p.range)}).`,
    hint: (p) =>
      p.when === 'before'
        ? 'Kopiert fra en tidligere plan? Kontroller året.'
        : p.what === 'period'
          ? 'Kontroller året, eller la avsnittets periode romme hele planens.'
          : 'Kontroller året eller utvid perioden.',
  },
  'plan/unknown-session': {
    doc: 'En samling som et trinn viser til med id, finnes i kursets sessions.',
    message: (p) => `Trinnet viser til samlingen ${q(p.id)}, som ikke finnes i kursets sessions (${String(p.course)}).${mean(p)}`,
    hint: () => 'Definer samlingen én gang under kursets sessions: med id, eller skriv samlingen direkte i trinnet.',
  },
  'plan/elective-without-options': {
    doc: 'En valgfri samling lister alternativene å velge mellom.',
    message: (p) => `Den valgfrie samlingen ${q(p.title)} har ingen alternativer (options).`,
    hint: () => 'List alternativene under options:, eller fjern elective: true.',
  },
  'config/template': {
    doc: 'Konfigurasjonens mal er en mal studyplan finner: et navn (booklet) eller en mappe med template.json.',
    message: (p) => `Malen ${q(p.name)} finnes ikke.`,
    hint: (p) => (p.path ? 'En malmappe trenger template.json, layout.hbs og labels/ (se docs/build.md); stien regnes fra denne filen.' : 'Skriv template: booklet, eller stien til en malmappe.'),
  },
  'plan/image-file': {
    doc: 'Et bilde (bilde, logo, omslag) er en PNG-, JPEG-, GIF-, WebP- eller SVG-fil i sin mappe, av en størrelse et hefte kan skrive ut.',
    message: (p) => `Bildet ${q(p.src)} ${imageReasons.nb[String(p.reason)]?.[0](p) ?? 'kan ikke brukes'}.`,
    hint: (p) => imageReasons.nb[String(p.reason)]?.[1](p),
  },
  'plan/image-without-alt': {
    doc: 'Et bilde har alternativ tekst (alt) som sier hva det viser.',
    message: (p) => `Bildet ${q(p.src)} mangler alternativ tekst (alt).`,
    hint: () => 'Skriv i alt: hva bildet viser, for den som ikke ser det (skjermleser, tagget PDF).',
  },
  'plan/deadline-after-start': {
    doc: 'Påmeldingsfristen er før kursstart.',
    message: (p) => `${p.kind === 'application' ? 'Søknadsfristen' : 'Påmeldingsfristen'} ${String(p.deadline)} er etter kursstart (${String(p.start)}).`,
  },
  'plan/date-without-year': {
    doc: 'En dato uten år (04-25) får året sitt fra perioden rundt den.',
    message: (p) =>
      ({
        'no-period': `Datoen ${q(p.date)} har ikke noe år, og ingen periode rundt den gir året.`,
        outside: `Datoen ${q(p.date)} har ikke noe år, og dagen ligger ikke i perioden (${String(p.range)}).`,
        ambiguous: `Datoen ${q(p.date)} har ikke noe år, og perioden ${String(p.range)} har den dagen i flere år (${list(p.years as string[], 'og', false)}).`,
      })[String(p.reason)] ?? `${q(p.date)} er ingen dag som finnes noe år.`,
    hint: (p) =>
      ({
        'no-period': `Skriv året (ÅÅÅÅ-${String(p.day)}), eller gi planen en periode, f.eks. period: {term: spring, year: 2018}.`,
        outside: `Skriv året (ÅÅÅÅ-${String(p.day)}), eller rett datoen.`,
        ambiguous: `Skriv året, f.eks. ${String((p.years as string[] | undefined)?.[0])}-${String(p.day)}.`,
      })[String(p.reason)] ?? 'Rett datoen.',
  },
  'plan/weekday-mismatch': {
    doc: 'En ukedag i dokumentets egne ord (asWritten) er datoens ukedag.',
    message: (p) => {
      const days = weekdayDates(p, weekdayNames('nb'));
      const one = days.length === 1 ? days[0] : undefined;
      return one
        ? `${q(p.word)} stemmer ikke med datoen: ${one.date} er en ${one.weekday}.`
        : `${q(p.word)} er ingen av dagene ${list(
            days.map((d) => `${d.date} (${d.weekday})`),
            'og',
            false,
          )}.`;
    },
    hint: () => 'Rett ukedagen eller datoen. Med weekday: true skriver studyplan ukedagen selv.',
  },
  'plan/date-status-conflict': {
    doc: 'Et tidspunkt der datoen avgjøres senere (dateStatus), har ingen dato.',
    message: (p) => `Tidspunktet har både ${q(p.key)} og dateStatus: ${String(p.status)}; datoen skrives ikke ut og kommer ikke med i kalenderne.`,
    hint: () => 'Fjern datoen, eller dateStatus hvis datoen er bestemt.',
  },
  'plan/opens-after-deadline': {
    doc: 'Påmeldingen åpner senest på påmeldingsfristen.',
    message: (p) =>
      p.kind === 'application'
        ? `Søknaden åpner ${String(p.opens)}, etter søknadsfristen ${String(p.deadline)}.`
        : `Påmeldingen åpner ${String(p.opens)}, etter påmeldingsfristen ${String(p.deadline)}.`,
    hint: () => 'En av datoene er feil: `opens` er første dag man kan melde seg på, `deadline` den siste.',
  },
  'plan/event-outside-month': {
    doc: 'En kalenderhendelses dato ligger i sin måned.',
    message: (p) => `${String(p.date)} står under måneden ${String(p.month)}.`,
    hint: () => 'Flytt hendelsen til riktig måned eller rett datoen.',
  },
  'plan/malformed-url': {
    doc: 'Lenker er velformede http(s)-adresser med et ekte vertsnavn.',
    message: (p) => `${q(p.url)} er ingen fungerende nettadresse: ${URL_REASONS_NB[String(p.reason)] ?? 'den er feilformet'}.`,
    hint: (p) => (p.fixed ? `Skriv ${q(p.fixed)}.` : 'Skriv hele adressen slik nettleseren viser den, f.eks. https://www.eksempel.no/side.'),
  },
  'plan/brand-contrast': {
    doc: 'Hvit tekst på profilfargen er lesbar (WCAG-kontrast 4,5:1).',
    message: (p) =>
      `Hvit tekst på ${q(p.color)} har kontrasten ${String(p.ratio).replace('.', ',')}:1, mindre enn ${String(p.min).replace('.', ',')}:1: omslaget og overskriftene blir vanskelige å lese.`,
    hint: () => 'Velg en mørkere nyanse av fargen; en kontrastsjekk (f.eks. webaim.org/resources/contrastchecker) viser forholdet.',
  },
  'plan/malformed-email': { doc: 'E-postadresser er velformede.', message: (p) => `${q(p.email)} er ingen velformet e-postadresse.`, hint: () => 'En e-postadresse ser ut som navn@eksempel.no.' },
  'plan/placeholder-text': {
    doc: 'Ingen plassholdertekst (TODO, XXX, Lorem ipsum, ???) i felt som skrives ut.',
    message: (p) => `Plassholderteksten ${q(p.text)} ville blitt skrevet ut.`,
    hint: () => 'Skriv den riktige teksten, eller flytt notatet til internalNotes (skrives aldri ut).',
  },
  'plan/skeleton-text': {
    doc: "Ingen tekst står igjen slik malen fra `studyplan new` eller `init` skrev den ('Skriv inledningen här.', 'Vad utbildningen handlar om.' ...).",
    message: (p) => `${q(p.text)} er malens eksempeltekst${p.key ? ` i ${q(p.key)}` : ''}: den ville blitt skrevet ut som den er.`,
    hint: () => 'Skriv planens egen tekst her, eller fjern linjen.',
  },
  'plan/empty-text': { doc: 'Ingen tomme tekster.', message: (p) => `${p.key ? q(p.key) : 'Teksten'} er tom.`, hint: () => 'Skriv teksten eller fjern linjen.' },
  'plan/clause-without-att': {
    doc: 'Vedtakspunkter i et svensk forslag begynner med "att".',
    message: (p) => `Vedtakspunktet begynner med ${q(p.start)}, ikke "att".`,
    hint: () => 'Skriv hvert vedtakspunkt som en att-setning, f.eks. "att anta studieplanen".',
  },
  'plan/course-without-audience': {
    doc: 'Et kurs har en målgruppe (audience) eller et formål (purpose).',
    message: (p) => `Kurset ${q(p.course)} har verken målgruppe eller formål.`,
    hint: () => 'Legg til `audience:` (hvem det er for) eller `purpose:` (hva det er til for).',
  },
  'plan/duplicate-section-title': { doc: 'Avsnittsoverskrifter er unike.', message: (p) => `Avsnittsoverskriften ${q(p.title)} brukes allerede på linje ${String(p.line)}.` },
  'plan/duplicate-course-title': {
    doc: 'Kursnavn er unike.',
    message: (p) => `Kursnavnet ${q(p.title)} brukes allerede på linje ${String(p.line)}.`,
    hint: () => 'Limt inn to ganger? Ellers: skill kursene fra hverandre i navnene.',
  },
  'plan/unreachable-contact': {
    doc: 'En kontaktperson kan nås (e-post, telefon eller tekst).',
    message: (p) => `Kontakten ${q(p.name)} har verken e-post, telefon eller tekst om hvordan hen kan nås.`,
  },
  'plan/empty-section': {
    doc: 'Avsnitt er ikke tomme.',
    message: (p) => `Avsnittet${p.title ? ` ${q(p.title)}` : ''} har ingen ${p.what === 'events' ? 'hendelser' : 'kurs'}.`,
    hint: () => 'Fyll det ut eller fjern avsnittet.',
  },
  'plan/too-long-text': {
    doc: 'En tekst, og alle tekstene i en plan til sammen, er korte nok til å skrives ut.',
    message: (p) =>
      p.key === 'total'
        ? `Planens tekster er ${String(p.length)} tegn til sammen; en plan kan ha høyst ${String(p.limit)}, ellers rekker den ikke å skrives ut.`
        : `${q(p.key)} er ${String(p.length)} tegn lang; en tekst kan være høyst ${String(p.limit)} tegn, ellers rekker den ikke å skrives ut.`,
    hint: () => 'Forkort teksten, eller del planen i flere planer.',
  },
  'plan/too-many-items': {
    doc: 'En plan har så få kurs, hendelser og vedlegg at den kan skrives ut.',
    message: (p) => `Planen har ${String(p.count)} kurs, hendelser og vedlegg; en plan kan ha høyst ${String(p.limit)}, ellers rekker den ikke å skrives ut.`,
    hint: () => 'Del planen i flere planer (én per år eller per område, for eksempel).',
  },
  'plan/cost-contradiction': { doc: 'Et gratis kurs har ingen pris.', message: (p) => `Kurset er merket som gratis, men koster ${String(p.amount)}.`, hint: () => 'Fjern `free: true` eller beløpet.' },
};
