/* eslint-disable max-lines -- a message catalogue: one entry per rule, data rather than logic */
import { list, q, weekdayDates, type Catalogue, type MessageParams } from './types.js';
import { weekdayNames } from '../../i18n/weekdays.js';
import { imageReasons } from '../../i18n/image-reasons.js';

const TYPES: Record<string, string> = {
  string: 'tekst',
  integer: 'et heltal',
  number: 'et tal',
  boolean: 'true eller false',
  object: 'linjer nøgle: værdi',
  array: 'en liste (linjer, der begynder med -)',
  null: 'tomt',
};
const type = (t: string) => TYPES[t] ?? t;
const FORMS: Record<string, string> = {
  id: 'små bogstaver a–z, cifre og bindestreger (f.eks. medlemsuddannelse-del-1)',
  time: 'et klokkeslæt TT:MM (f.eks. 09:30)',
  url: 'en webadresse, der begynder med https:// eller http://',
  phone: 'et telefonnummer af cifre, mellemrum, bindestreger og parenteser (f.eks. 12 34 56 78)',
  currency: 'en valutakode på tre bogstaver (f.eks. DKK)',
  month: 'en måned ÅÅÅÅ-MM (f.eks. 2021-10)',
  season: 'et arbejdsår ÅÅÅÅ/ÅÅ (f.eks. 2021/22)',
  other: 'i den rigtige form',
};
const FORMATS: Record<string, string> = { date: 'en dato ÅÅÅÅ-MM-DD (f.eks. 2021-10-23)', uri: 'en webadresse (https://...)', email: 'en e-mailadresse (navn@eksempel.dk)' };
const where = (p: MessageParams) => {
  if (p.section && p.where) return p.where === 'sections' ? ` i afsnittet ${q(p.section)}` : ` i ${q(p.where)} i afsnittet ${q(p.section)}`;
  if (!p.course) return p.where ? ` i ${q(p.where)}` : '';
  return p.where === 'courses' ? ` i kurset ${q(p.course)}` : ` i ${q(p.where)} i kurset ${q(p.course)}`;
};
const mean = (p: MessageParams) => (p.suggestion ? ` Mente du ${q(p.suggestion)}?` : '');
const detail = (p: MessageParams) => String(p.detail ?? '');

const URL_REASONS_DA: Record<string, string> = {
  space: 'den indeholder et mellemrum',
  mailto: 'e-mailadressen efter mailto: er forkert udformet',
  scheme: 'den begynder ikke med https:// eller http://',
  syntax: 'den kan ikke læses som en adresse',
  host: 'værtsnavnet er ikke et helt domæne (f.eks. www.eksempel.dk)',
};
const YAML_MISTAKES: Record<string, [(p: MessageParams) => string, (p: MessageParams) => string]> = {
  'colon-in-value': [(p) => `Teksten i ${q(p.key)} indeholder ": " og skal stå i anførselstegn.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.quoted ?? `"${String(p.value)}"`)}`)}.`],
  'missing-space': [(p) => `Der mangler et mellemrum efter kolonet i ${q(`${String(p.key)}:`)}.`, (p) => `Skriv ${q(`${String(p.key)}: ${String(p.value)}`)}.`],
  'missing-colon': [(p) => `Der mangler et kolon efter ${q(p.key)}.`, (p) => `Skriv ${q(`${String(p.key)}:`)}; en nøgle efterfølges altid af et kolon.`],
  'too-far': [(p) => `${q(p.key)} er rykket for langt ind.`, (p) => `Sæt ${q(p.key)} i samme kolonne som ${q(p.sibling)} (kolonne ${String(p.column)}).`],
  'too-little': [
    (p) => `${q(p.key)} er rykket for lidt ind; den står ikke på linje med nogen nøgle ovenover.`,
    (p) => `Sæt ${q(p.key)} i samme kolonne som ${q(p.sibling)} (kolonne ${String(p.column)}).`,
  ],
  'comment-in-flow': [
    (p) => `\`#\` indleder en kommentar i YAML, så resten af linjen læses ikke, og \`${String(p.bracket)}\` lukkes aldrig.`,
    (p) => `Sæt teksten i anførselstegn: ${String(p.quoted)}.`,
  ],
  'unclosed-quote': [(p) => `Anførselstegnet ${String(p.quote)}, der begynder her, lukkes aldrig.`, (p) => `Afslut teksten med ${String(p.quote)} på samme linje.`],
  'no-dash': [
    (p) => (p.key ? `Et nyt listepunkt begynder ved ${q(p.key)}, men bindestregen mangler.` : 'Listepunktet mangler en bindestreg.'),
    () => 'Begynd linjen med `- ` ligesom de andre punkter i listen.',
  ],
  nbsp: [
    (p) => `Et hårdt mellemrum (kolonne ${String(p.column)}) står, hvor YAML kræver et almindeligt mellemrum${p.key ? ` (ved ${q(p.key)})` : ''}.`,
    () => 'Erstat det med et almindeligt mellemrum; hårde mellemrum kommer med, når tekst indsættes fra en webside eller et tekstbehandlingsprogram.',
  ],
  other: [(p) => `Syntaksfejl i YAML (${String(p.code ?? p.detail ?? '')}).`, () => 'Kontrollér indrykningen og kolonet efter hver nøgle på denne linje og linjen før.'],
};
const mistake = (p: MessageParams) => YAML_MISTAKES[String(p.kind ?? 'other')] ?? YAML_MISTAKES['other']!;

/** Danske tekster, med regel-id som nøgle. */
export const da: Catalogue = {
  'yaml/syntax': { doc: 'Filen er gyldig YAML.', message: (p) => mistake(p)[0](p), hint: (p) => mistake(p)[1](p) },
  'yaml/duplicate-key': {
    doc: 'En nøgle forekommer højst én gang på samme sted.',
    message: (p) => `Nøglen${p.key ? ` ${q(p.key)}` : ''} er allerede brugt her.`,
    hint: () => 'En nøgle må kun stå én gang på samme sted; fjern eller omdøb den ene.',
  },
  'yaml/tab-indent': {
    doc: 'Indrykning laves med mellemrum, ikke tabulatorer.',
    message: (p) => `Tabulator brugt som indrykning (kolonne ${String(p.column ?? '?')}).`,
    hint: (p) => (p.target ? `Erstat tabulatoren med mellemrum: sæt ${p.key ? q(p.key) : 'linjen'} i kolonne ${String(p.target)}.` : 'Ryk ind med mellemrum, ikke tabulatorer.'),
  },
  'yaml/multiple-documents': {
    doc: 'En planfil indeholder ét YAML-dokument.',
    message: () => 'Mere end ét YAML-dokument i filen.',
    hint: () => 'En planfil indeholder ét dokument: fjern linjen `---`, eller del filen op.',
  },
  'yaml/alias': { doc: 'Et alias (*navn) henviser til et anker (&navn), der står før det.', message: () => 'Aliasset henviser ikke til noget anker (&navn) før det.' },
  'yaml/alias-limit': {
    doc: 'Aliasser pustes ikke op til kæmpedokumenter (aliasbomber).',
    message: (p) => `Planen udfolder aliasser mere end ${/(\d+) times/.exec(detail(p))?.[1] ?? 'det tilladte antal'} gange.`,
    hint: () => 'Skriv værdierne ud i stedet for at gentage dem via aliasser (*navn).',
  },
  'yaml/too-deep': {
    doc: 'Planen er ikke urimeligt dybt indlejret.',
    message: (p) => `Planen er indlejret dybere end ${/(\d+) levels/.exec(detail(p))?.[1] ?? 'det tilladte antal'} niveauer.`,
    hint: () => 'En studieplan har kun brug for få niveauer; kontrollér indrykning og parenteser her.',
  },
  'yaml/too-large': {
    doc: 'Filen er ikke større, end en plan må være.',
    message: (p) => {
      const m = /([\d.]+) MB; plans may be at most ([\d.]+) MB/.exec(detail(p));
      return m ? `Filen er ${m[1]} MB; en plan må højst være ${m[2]} MB.` : `Filen er for stor (${detail(p)})`;
    },
    hint: () => 'Er det virkelig en studieplan? Del meget stort indhold op i flere planer.',
  },
  'yaml/encoding': {
    doc: 'Filen er UTF-8-tekst.',
    message: (p) => {
      if (/binary/.test(detail(p))) return 'Filen er binære data, ikke en YAML-tekstfil.';
      const m = /byte (0x[0-9A-F]+) at line (\d+)/.exec(detail(p));
      return m ? `Filen er ikke UTF-8 (byte ${m[1]} på linje ${m[2]}); den ser ud til at være Latin-1 eller Windows-1252.` : `Filen er ikke UTF-8-tekst (${detail(p)})`;
    },
    hint: () => 'Gem planen som UTF-8-tekst i din editor ("Gem med kodning" → UTF-8).',
  },
  'yaml/unresolved-tag': {
    doc: 'Ingen YAML-tags (!!js/function, !navn): studyplan læser kun tekst, tal, lister og linjer nøgle: værdi.',
    message: (p) => `Ukendt YAML-tag ${q(p.tag)}; planer bruger ingen tags.`,
    hint: () => 'Fjern tagget, og skriv værdien som almindelig tekst.',
  },
  'yaml/not-finite': {
    doc: 'Tal er endelige: ingen .inf, -.inf eller .nan.',
    message: (p) => `${q(p.value)} er ikke et tal, en plan kan bruge.`,
    hint: () => 'Skriv et endeligt tal, eller fjern værdien.',
  },
  'yaml/version': {
    doc: 'Planer er YAML 1.2: intet %YAML-direktiv for en anden version.',
    message: (p) => `%YAML ${String(p.version ?? '')}: planer er YAML 1.2, hvor værdier betyder det, som editorens skemakontrol læser.`,
    hint: () => 'Fjern %YAML-linjen (og --- under den, hvis filen ikke har flere).',
  },
  'yaml/merge-key': {
    doc: 'Ingen flettenøgler (<<): de hører til YAML 1.1 og læses ikke i en plan.',
    message: () => 'Flettenøglen `<<` læses ikke i en plan.',
    hint: () => 'Skriv nøglerne ud her i stedet for at hente dem fra et anker.',
  },
  'build/output-collision': {
    doc: 'To planer i et build skriver aldrig den samme fil.',
    message: (p) =>
      p.other === undefined
        ? `Planen ville skrive ${String(p.output)}, buildets indeksside; giv planfilen et andet navn.`
        : `Planen ville skrive ${String(p.output)} ligesom ${String(p.other)}${p.otherOutput ? ` (${String(p.otherOutput)})` : ''}; giv en af dem et andet navn.`,
  },
  'build/plan-name': {
    doc: 'En plans filnavn kan bruges som navn på dens output.',
    message: (p) => `Filnavnet ${String(p.name)} kan ikke bruges som navn på en outputfil: ingen kontroltegn eller mappeseparatorer, ikke punktum først, højst 200 byte.`,
  },
  'yaml/key-in-block-text': {
    doc: 'Ingen nøgle er havnet inde i en bloktekst (|, >, >-) over sig, hvor den bliver til tekst.',
    message: (p) => `${q(p.key)} står inde i teksten til ${q(p.block)}: den bliver en del af teksten, ikke en nøgle for sig.`,
    hint: (p) => `Ryk linjen to mellemrum mindre ind, så ${q(p.key)} står på linje med ${q(p.block)}.`,
  },
  'yaml/comment-in-value': {
    doc: 'Ingen værdi afskæres ved " #" (resten bliver en kommentar og forsvinder).',
    message: (p) => `Værdien ${p.key ? `af ${q(p.key)} ` : ''}afskæres ved \` #\`: ${q(p.cut)} bliver en kommentar og forsvinder.`,
    hint: (p) => `Sæt værdien i anførselstegn: ${q(p.quoted)}.`,
  },
  'yaml/warning': { doc: 'YAML, der er tilladt, men sandsynligvis ikke tilsigtet.', message: (p) => `YAML: ${detail(p)}` },
  'plan/empty': { doc: 'Planfilen er ikke tom.', message: () => 'Planen er tom.', hint: () => 'Begynd med `studyplan new NAVN`, eller kopiér en eksisterende plan.' },

  'schema/unknown-key': {
    doc: 'Hver nøgle er en, som skemaet kender.',
    message: (p) => `Ukendt nøgle ${q(p.key)}${where(p)}.${mean(p)}`,
    hint: (p) => (p.allowed && (p.allowed as string[]).length ? `Tilladte nøgler her: ${(p.allowed as string[]).join(', ')}.` : undefined),
  },
  'schema/required': {
    doc: 'Obligatoriske nøgler er med.',
    message: (p) => `${q(p.key)} mangler${where(p)}; den er obligatorisk.`,
    hint: (p) => (p.allowed ? `${q(p.key)} er ${list(p.allowed as string[], 'eller')}.` : `Tilføj en linje \`${String(p.key)}: ...\` her.`),
  },
  'schema/type': {
    doc: 'Værdier har den type, skemaet kræver (tekst, tal, liste, linjer nøgle: værdi).',
    message: (p) =>
      p.meant && p.actual === 'number'
        ? `${q(p.written)} i ${q(p.key)} læses som tallet ${String(p.value)}, ikke som et klokkeslæt.`
        : `${p.key ? q(p.key) : 'Planen'} skal være ${list((p.expected as string[]).map(type), 'eller', false)}, ikke ${type(String(p.actual))}${p.actual === 'string' || p.actual === 'integer' || p.actual === 'number' ? ` (${q(p.value)})` : ''}.`,
    hint: (p) => {
      if (p.meant)
        return p.key === 'amount'
          ? `Skriv beløbet som et tal alene: ${q(`amount: ${String(p.meant)}`)} (valutaen er SEK, medmindre \`currency:\` siger andet).`
          : `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}, i anførselstegn og med kolon.`;
      return p.key === '' && p.actual === 'array' ? 'En plan består af linjer nøgle: værdi (title:, publisher:, period: ...), ikke en liste.' : undefined;
    },
  },
  'plan/thousands-dot': {
    doc: 'Et beløb skrives ikke med punktum mellem tusinderne (1.200), som YAML læser som et decimaltal (1.2).',
    message: (p) => `${q(p.written)} læses som ${String(p.read)}: i YAML er punktummet et decimaltegn, ikke en tusindtalsseparator.`,
    hint: (p) => `Skriv ${q(p.meant)} uden punktum.`,
  },
  'yaml/not-indented': {
    doc: 'De linjer, der hører til en nøgle (cost:, publisher: ...), er rykket ind under den.',
    message: (p) => `${list(p.children as string[], 'og')} hører til ${q(`${String(p.key)}:`)}${p.course ? ` (kurset ${q(p.course)})` : ''}, men er ikke rykket ind under den.`,
    hint: (p) => `Ryk linjerne under ${q(`${String(p.key)}:`)} to mellemrum længere ind end ${q(p.key)}.`,
  },
  'schema/enum': {
    doc: 'Værdier, der vælges fra en liste, er en af de tilladte værdier.',
    message: (p) => `${q(p.value)} er ikke en tilladt værdi for ${q(p.key)}.${mean(p)}`,
    hint: (p) => `Tilladt: ${list(p.allowed as string[], 'eller')}.`,
  },
  'schema/format': {
    doc: 'Datoer er virkelige datoer ÅÅÅÅ-MM-DD; web- og e-mailadresser er korrekt udformede.',
    message: (p) => (p.reason === 'no-such-day' ? `${q(p.value)} er ikke en virkelig dato (dagen findes ikke).` : `${q(p.value)} i ${q(p.key)} er ikke ${FORMATS[String(p.format)] ?? p.format}.`),
    hint: (p) => (p.format === 'date' ? 'Skriv datoer som ÅÅÅÅ-MM-DD, f.eks. 2021-10-23.' : undefined),
  },
  'schema/pattern': {
    doc: "Id'er, klokkeslæt, telefonnumre og lignende værdier har den rigtige form.",
    message: (p) => `${q(p.value)} i ${q(p.key)} er ikke ${FORMS[String(p.form)] ?? 'i den rigtige form'}.`,
    hint: (p) => (p.meant ? `Skriv ${q(`${String(p.key)}: '${String(p.meant)}'`)}.` : undefined),
  },
  'schema/range': {
    doc: 'Tal og årstal ligger inden for deres grænser.',
    message: (p) => `${q(p.key)} er ${String(p.value)}; det skal være ${String(p.comparison)} ${String(p.limit)}.`,
  },
  'schema/min-items': { doc: 'Lister, der ikke må være tomme, er ikke tomme.', message: (p) => `${q(p.key)} skal have mindst ${String(p.limit)} ${p.limit === 1 ? 'element' : 'elementer'}.` },
  'schema/one-of': {
    doc: 'En værdi med flere mulige former (en periode, en målgruppe) har en af dem.',
    message: (p) =>
      p.reason === 'ambiguous' ? `${q(p.key)} passer til flere former; det er tvetydigt.` : `${q(p.key)} har ingen af de tilladte former${p.forms ? `: ${list(p.forms as string[], 'eller')}` : ''}.`,
    hint: (p) => (p.key === 'period' ? 'En periode er {term, year}, {year}, {from, to}, {season} eller {start, end}.' : undefined),
  },
  'schema/invalid': { doc: 'Skemaets øvrige krav.', message: (p) => `${q(p.key)}: ${detail(p)}` },
  'lint/unknown-rule': { doc: 'En kommentar, der slår regler fra, navngiver regler, der findes.', message: (p) => `Ukendt regel ${q(p.rule)} i kommentaren.${mean(p)}` },
  'lint/unused-disable': {
    doc: 'En kommentar, der slår regler fra, slår noget fra.',
    message: (p) => `Intet at slå fra på næste linje${p.rule ? ` for ${q(p.rule)}` : ''}.`,
    hint: () => 'Fjern kommentaren.',
  },
  'plan/duplicate-id': {
    doc: "Id'er for kurser, afsnit og bilag er unikke i planen.",
    message: (p) => `Id'et ${q(p.id)} er allerede brugt på linje ${String(p.line)}.`,
    hint: () => "Id'er navngiver linkmål og forudsætninger; giv hvert kursus, afsnit og bilag sit eget.",
  },
  'plan/unknown-prerequisite': {
    doc: 'Forudsætninger navngiver kurser i planen.',
    message: (p) => `Forudsætningen ${q(p.id)} er ikke et kursus i denne plan.${mean(p)}`,
    hint: () => "Forudsætninger er kursus-id'er (kursets `id:`).",
  },
  'plan/prerequisite-cycle': {
    doc: 'Forudsætninger går ikke i ring.',
    message: (p) => `Forudsætningerne går i ring: ${String(p.cycle)}.`,
    hint: () => 'Et kursus kan ikke (indirekte) forudsætte sig selv; fjern en af forudsætningerne.',
  },
  'plan/unknown-course': { doc: 'Kurset i en kalenderbegivenhed findes i planen.', message: (p) => `Kalenderbegivenheden navngiver kurset ${q(p.id)}, som ikke findes i planen.${mean(p)}` },
  'plan/date-range-order': {
    doc: 'Intervaller slutter, efter at de begynder: slutdatoer, klokkeslæt, perioder, arbejdsår.',
    message: (p) =>
      p.what === 'time'
        ? `Sluttidspunktet ${String(p.end)} er ikke efter starttidspunktet ${String(p.start)}.`
        : p.what === 'season'
          ? `Arbejdsåret ${String(p.start)}/${String(p.end)} går ikke ind i det næste år.`
          : p.what === 'adopted'
            ? `Vedtaget ${String(p.end)}, før mødet ${String(p.start)}.`
            : `Slutningen ${String(p.end)} er før begyndelsen ${String(p.start)}.`,
    hint: (p) => (p.what === 'season' ? 'Et arbejdsår skrives ÅÅÅÅ/ÅÅ med året efter, f.eks. 2021/22.' : undefined),
  },
  'plan/date-outside-period': {
    doc: 'Datoer ligger inden for planens og afsnittets periode.',
    message: (p) =>
      p.what === 'period'
        ? `Afsnittets periode ${String(p.date)} ${p.when === 'starts-before' ? 'begynder før' : p.when === 'ends-after' ? 'slutter efter' : p.when === 'before' ? 'ligger helt før' : 'ligger helt efter'} planens periode (${String(p.range)}).`
        : `${String(p.date)} er ${p.when === 'before' ? 'før' : 'efter'} ${p.whose === 'section' ? 'afsnittets' : 'planens'} periode (${String(p.range)}).`,
    hint: (p) =>
      p.when === 'before'
        ? 'Kopieret fra en tidligere plan? Kontrollér årstallet.'
        : p.what === 'period'
          ? 'Kontrollér årstallet, eller lad afsnittets periode ligge inden for planens.'
          : 'Kontrollér årstallet, eller udvid perioden.',
  },
  'plan/unknown-session': {
    doc: 'Et møde, som et trin henviser til med id, findes i kursets sessions.',
    message: (p) => `Trinnet henviser til mødet ${q(p.id)}, som ikke findes i kursets sessions (${String(p.course)}).${mean(p)}`,
    hint: () => 'Definér mødet én gang under kursets sessions: med id, eller skriv mødet direkte i trinnet.',
  },
  'plan/elective-without-options': {
    doc: 'Et valgfrit møde angiver de muligheder, der kan vælges mellem.',
    message: (p) => `Det valgfrie møde ${q(p.title)} har ingen valgmuligheder (options).`,
    hint: () => 'Angiv valgmulighederne under options:, eller fjern elective: true.',
  },
  'config/template': {
    doc: 'Konfigurationens skabelon er en skabelon, som studyplan kan finde: et navn (booklet) eller en mappe med template.json.',
    message: (p) => `Skabelonen ${q(p.name)} findes ikke.`,
    hint: (p) =>
      p.path ? 'En skabelonmappe skal have template.json, layout.hbs og labels/ (se docs/build.md); stien regnes fra denne fil.' : 'Skriv template: booklet, eller stien til en skabelonmappe.',
  },
  'plan/image-file': {
    doc: 'Et billede (billede, logo, forside) er en PNG-, JPEG-, GIF-, WebP- eller SVG-fil i sin mappe, i en størrelse, et hæfte kan udskrive.',
    message: (p) => `Billedet ${q(p.src)} ${imageReasons.da[String(p.reason)]?.[0](p) ?? 'kan ikke bruges'}.`,
    hint: (p) => imageReasons.da[String(p.reason)]?.[1](p),
  },
  'plan/image-without-alt': {
    doc: 'Et billede har en alternativ tekst (alt), der siger, hvad det viser.',
    message: (p) => `Billedet ${q(p.src)} mangler en alternativ tekst (alt).`,
    hint: () => 'Skriv i alt:, hvad billedet viser, til den, der ikke kan se det (skærmlæser, tagget PDF).',
  },
  'plan/deadline-after-start': {
    doc: 'Sidste tilmeldingsdag er før kursusstart.',
    message: (p) => `${p.kind === 'application' ? 'Sidste ansøgningsdag' : 'Sidste tilmeldingsdag'}, ${String(p.deadline)}, er efter kursusstart (${String(p.start)}).`,
  },
  'plan/date-without-year': {
    doc: 'En dato uden år (04-25) får sit år fra perioden omkring den.',
    message: (p) =>
      ({
        'no-period': `Datoen ${q(p.date)} har intet år, og ingen periode omkring den giver året.`,
        outside: `Datoen ${q(p.date)} har intet år, og dagen ligger ikke i perioden (${String(p.range)}).`,
        ambiguous: `Datoen ${q(p.date)} har intet år, og perioden ${String(p.range)} har den dag i flere år (${list(p.years as string[], 'og', false)}).`,
      })[String(p.reason)] ?? `${q(p.date)} er ingen dag, der findes i noget år.`,
    hint: (p) =>
      ({
        'no-period': `Skriv året (ÅÅÅÅ-${String(p.day)}), eller giv planen en periode, f.eks. period: {term: spring, year: 2018}.`,
        outside: `Skriv året (ÅÅÅÅ-${String(p.day)}), eller ret datoen.`,
        ambiguous: `Skriv året, f.eks. ${String((p.years as string[] | undefined)?.[0])}-${String(p.day)}.`,
      })[String(p.reason)] ?? 'Ret datoen.',
  },
  'plan/weekday-mismatch': {
    doc: 'En ugedag i dokumentets egne ord (asWritten) er datoens ugedag.',
    message: (p) => {
      const days = weekdayDates(p, weekdayNames('da'));
      const one = days.length === 1 ? days[0] : undefined;
      return one
        ? `${q(p.word)} passer ikke med datoen: ${one.date} er en ${one.weekday}.`
        : `${q(p.word)} er ingen af dagene ${list(
            days.map((d) => `${d.date} (${d.weekday})`),
            'og',
            false,
          )}.`;
    },
    hint: () => 'Ret ugedagen eller datoen. Med weekday: true skriver studyplan selv ugedagen.',
  },
  'plan/date-status-conflict': {
    doc: 'Et tidspunkt, hvis dato aftales senere (dateStatus), har ingen dato.',
    message: (p) => `Tidspunktet har både ${q(p.key)} og dateStatus: ${String(p.status)}; datoen skrives ikke ud og kommer ikke med i kalenderne.`,
    hint: () => 'Fjern datoen, eller dateStatus hvis datoen er fastlagt.',
  },
  'plan/opens-after-deadline': {
    doc: 'Tilmeldingen åbner senest på sidste tilmeldingsdag.',
    message: (p) =>
      p.kind === 'application'
        ? `Ansøgningen åbner ${String(p.opens)}, efter sidste ansøgningsdag ${String(p.deadline)}.`
        : `Tilmeldingen åbner ${String(p.opens)}, efter sidste tilmeldingsdag ${String(p.deadline)}.`,
    hint: () => 'En af datoerne er forkert: `opens` er første dag, man kan tilmelde sig, `deadline` den sidste.',
  },
  'plan/event-outside-month': {
    doc: 'En kalenderbegivenheds dato ligger i dens måned.',
    message: (p) => `${String(p.date)} står under måneden ${String(p.month)}.`,
    hint: () => 'Flyt begivenheden til den rigtige måned, eller ret datoen.',
  },
  'plan/malformed-url': {
    doc: 'Links er korrekt udformede http(s)-adresser med et rigtigt værtsnavn.',
    message: (p) => `${q(p.url)} er ikke en fungerende webadresse: ${URL_REASONS_DA[String(p.reason)] ?? 'den er forkert udformet'}.`,
    hint: (p) => (p.fixed ? `Skriv ${q(p.fixed)}.` : 'Skriv hele adressen, som browseren viser den, f.eks. https://www.eksempel.dk/side.'),
  },
  'plan/brand-contrast': {
    doc: 'Hvid tekst på profilfarven er læsbar (WCAG-kontrast 4,5:1).',
    message: (p) =>
      `Hvid tekst på ${q(p.color)} har kontrasten ${String(p.ratio).replace('.', ',')}:1, mindre end ${String(p.min).replace('.', ',')}:1: forsiden og overskrifterne bliver svære at læse.`,
    hint: () => 'Vælg en mørkere nuance af farven; et kontrastværktøj (f.eks. webaim.org/resources/contrastchecker) viser forholdet.',
  },
  'plan/malformed-email': {
    doc: 'E-mailadresser er korrekt udformede.',
    message: (p) => `${q(p.email)} er ikke en korrekt udformet e-mailadresse.`,
    hint: () => 'En e-mailadresse ser ud som navn@eksempel.dk.',
  },
  'plan/placeholder-text': {
    doc: 'Ingen pladsholdertekst (TODO, XXX, Lorem ipsum, ???) i felter, der udskrives.',
    message: (p) => `Pladsholderteksten ${q(p.text)} ville blive udskrevet.`,
    hint: () => 'Skriv den rigtige tekst, eller flyt noten til internalNotes (udskrives aldrig).',
  },
  'plan/skeleton-text': {
    doc: "Ingen tekst står tilbage, som skabelonen fra `studyplan new` eller `init` skrev den ('Skriv inledningen här.', 'Vad utbildningen handlar om.' ...).",
    message: (p) => `${q(p.text)} er skabelonens eksempeltekst${p.key ? ` i ${q(p.key)}` : ''}: den ville blive udskrevet, som den er.`,
    hint: () => 'Skriv planens egen tekst her, eller fjern linjen.',
  },
  'plan/empty-text': { doc: 'Ingen tomme tekster.', message: (p) => `${p.key ? q(p.key) : 'Teksten'} er tom.`, hint: () => 'Skriv teksten, eller fjern linjen.' },
  'plan/clause-without-att': {
    doc: 'Beslutningspunkter i et svensk forslag begynder med "att".',
    message: (p) => `Beslutningspunktet begynder med ${q(p.start)}, ikke "att".`,
    hint: () => 'Skriv hvert beslutningspunkt som en att-sætning, f.eks. "att anta studieplanen".',
  },
  'plan/course-without-audience': {
    doc: 'Et kursus har en målgruppe (audience) eller et formål (purpose).',
    message: (p) => `Kurset ${q(p.course)} har hverken målgruppe eller formål.`,
    hint: () => 'Tilføj `audience:` (hvem det er for) eller `purpose:` (hvad det skal bruges til).',
  },
  'plan/duplicate-section-title': { doc: 'Afsnitsoverskrifter er unikke.', message: (p) => `Afsnitsoverskriften ${q(p.title)} er allerede brugt på linje ${String(p.line)}.` },
  'plan/duplicate-course-title': {
    doc: 'Kursusnavne er unikke.',
    message: (p) => `Kursusnavnet ${q(p.title)} er allerede brugt på linje ${String(p.line)}.`,
    hint: () => 'Indsat to gange? Ellers: gør kursernes navne forskellige.',
  },
  'plan/unreachable-contact': {
    doc: 'En kontaktperson kan kontaktes (e-mail, telefon eller tekst).',
    message: (p) => `Kontakten ${q(p.name)} har hverken e-mail, telefon eller en tekst om, hvordan vedkommende kan kontaktes.`,
  },
  'plan/empty-section': {
    doc: 'Afsnit er ikke tomme.',
    message: (p) => `Afsnittet${p.title ? ` ${q(p.title)}` : ''} har ingen ${p.what === 'events' ? 'begivenheder' : 'kurser'}.`,
    hint: () => 'Udfyld det, eller fjern afsnittet.',
  },
  'plan/too-long-text': {
    doc: 'En tekst, og alle teksterne i en plan tilsammen, er korte nok til at blive udskrevet.',
    message: (p) =>
      p.key === 'total'
        ? `Planens tekster er ${String(p.length)} tegn tilsammen; en plan må højst have ${String(p.limit)}, ellers når den ikke at blive udskrevet.`
        : `${q(p.key)} er ${String(p.length)} tegn lang; en tekst må højst være ${String(p.limit)} tegn, ellers når den ikke at blive udskrevet.`,
    hint: () => 'Forkort teksten, eller del planen op i flere planer.',
  },
  'plan/too-many-items': {
    doc: 'En plan har så få kurser, begivenheder og bilag, at den kan udskrives.',
    message: (p) => `Planen har ${String(p.count)} kurser, begivenheder og bilag; en plan må højst have ${String(p.limit)}, ellers når den ikke at blive udskrevet.`,
    hint: () => 'Del planen op i flere planer (f.eks. én pr. år eller pr. område).',
  },
  'plan/cost-contradiction': {
    doc: 'Et gratis kursus har ingen pris.',
    message: (p) => `Kurset er markeret som gratis, men koster ${String(p.amount)}.`,
    hint: () => 'Fjern `free: true` eller beløbet.',
  },
};
