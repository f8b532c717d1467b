/**
 * The words the importer looks for, in the four languages plans are written in (sv, nb, da, en).
 * They are data about documents, not words studyplan says: the run's messages are in src/i18n/.
 */
import type { Lang } from '../i18n/lang.js';

/** A course's facts, by the labels a document puts before them ("Målgrupp:", "Påmelding:"). */
export type Field = 'audience' | 'purpose' | 'content' | 'format' | 'date' | 'time' | 'place' | 'cost' | 'registration' | 'deadline' | 'contact' | 'prerequisites' | 'organisers' | 'workload';

export const LABELS: Record<Field, readonly string[]> = {
  audience: ['målgrupp', 'målgruppe', 'målgrupper', 'för vem', 'for hvem', 'deltagare', 'deltakere', 'deltagere', 'target group', 'audience', 'who'],
  purpose: ['syfte', 'formål', 'mål', 'purpose', 'aim', 'goal'],
  content: ['innehåll', 'innhold', 'indhold', 'content', 'contents', 'om kursen', 'om kurset', 'beskrivning', 'beskrivelse', 'description'],
  format: ['form', 'upplägg', 'opplegg', 'forløb', 'format', 'arbetsform', 'arbeidsform', 'arbejdsform'],
  date: ['datum', 'dato', 'datoer', 'date', 'dates', 'när', 'når', 'hvornår', 'when', 'tid och plats', 'tid og sted'],
  time: ['tid', 'klockan', 'klokken', 'kl', 'time', 'tidspunkt'],
  place: ['plats', 'sted', 'lokal', 'lokale', 'ort', 'place', 'venue', 'where', 'var', 'hvor', 'adresse', 'adress', 'address'],
  cost: ['kostnad', 'pris', 'avgift', 'kursavgift', 'deltagaravgift', 'deltakeravgift', 'deltagerbetaling', 'egenbetaling', 'cost', 'price', 'fee'],
  registration: ['anmälan', 'påmelding', 'tilmelding', 'registration', 'sign up', 'ansökan', 'søknad', 'ansøgning'],
  deadline: [
    'sista anmälningsdag',
    'sista dag för anmälan',
    'anmälan senast',
    'sista ansökningsdag',
    'påmeldingsfrist',
    'frist',
    'tilmeldingsfrist',
    'sidste frist',
    'sidste tilmelding',
    'søknadsfrist',
    'ansøgningsfrist',
    'deadline',
    'register by',
  ],
  contact: ['kontakt', 'kontaktperson', 'kontaktpersoner', 'frågor', 'spørsmål', 'spørgsmål', 'contact', 'questions'],
  prerequisites: ['förkunskaper', 'förkunskapskrav', 'forkunnskaper', 'forkunnskapskrav', 'forudsætninger', 'prerequisites', 'requirements'],
  organisers: [
    'arrangör',
    'arrangörer',
    'arrangør',
    'arrangører',
    'arrangeras av',
    'arrangeres av',
    'arrangeres af',
    'i samarbete med',
    'i samarbeid med',
    'i samarbejde med',
    'organiser',
    'organisers',
    'organizer',
    'organised by',
  ],
  workload: ['omfattning', 'omfang', 'längd', 'lengde', 'varighed', 'duration', 'length'],
};

/** A course's parts: "Steg 1", "Del 2", "Träff 3", "Trinn 1", "Samling 2", "Kursusgang 1", "Session 3". */
export const STEP_WORDS = ['steg', 'del', 'träff', 'trinn', 'trin', 'samling', 'modul', 'nivå', 'niveau', 'kursusgang', 'gang', 'etape', 'step', 'part', 'session', 'module', 'level', 'meeting'];

/** Words that make a heading the name of a course rather than of a chapter. */
export const COURSE_WORDS =
  /utbildning|kurs|kursus|course|training|opplæring|utdanning|uddannelse|skolning|skolering|akademi|skole|skola|konferens|konferanse|konference|conference|seminar|studiecirkel|studiesirkel|studiekreds|webinar|workshop|mentor|träff|samling|program/i;

/** A heading of practical information for all courses. */
export const PRACTICAL = /^praktisk(a|e)? (information|informasjon|oplysninger|info)|^practical information/i;

/** Words that open a plan's title and say what kind of plan it is. */
export const PLAN_KINDS: readonly [RegExp, 'studieplan' | 'utbildningsplan' | 'kursprogram' | 'kurskatalog' | 'verksamhetsplan'][] = [
  [/studieplan|study plan/i, 'studieplan'],
  [/utbildningsplan|opplæringsplan|uddannelsesplan|education plan|training plan/i, 'utbildningsplan'],
  [/kursprogram|kursplan|kursusplan|kursusprogram|course programme|course program/i, 'kursprogram'],
  [/kurskatalog|kursuskatalog|course catalogue/i, 'kurskatalog'],
  [/verksamhetsplan|handlingsplan|arbeidsplan|action plan/i, 'verksamhetsplan'],
];

/** Who publishes plans: a line naming one of these is the publisher. */
export const PUBLISHER =
  /^(socialdemokraterna|socialdemokratiet|arbeiderpartiet|ap |abf|aof|s-kvinnor|ssu|lo |fagforbundet|folkehøgskole|folkhögskola|højskole)|partidistrikt|arbetarekommun|fylkesparti|fylkeslag|lokallag|storkreds|partiforening|förbund|forbund|forening|förening|studieförbund|studieforbund|folkhögskola|folkehøgskole|højskole/i;

/** Month names and their short forms, to the month number. */
export const MONTHS: Record<string, number> = {};
const monthLists = [
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
];
for (const list of monthLists)
  list.forEach((m, i) => {
    MONTHS[m] = i + 1;
    MONTHS[m.slice(0, 3)] = i + 1;
  });
MONTHS['sept'] = 9;

/** Seasons, to the plan model's terms. */
export const TERMS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = {
  våren: 'spring',
  vår: 'spring',
  foråret: 'spring',
  forår: 'spring',
  spring: 'spring',
  sommaren: 'summer',
  sommeren: 'summer',
  sommer: 'summer',
  summer: 'summer',
  hösten: 'autumn',
  höst: 'autumn',
  høsten: 'autumn',
  høst: 'autumn',
  efteråret: 'autumn',
  efterår: 'autumn',
  autumn: 'autumn',
  fall: 'autumn',
  vintern: 'winter',
  vinteren: 'winter',
  winter: 'winter',
};

/** Words that mark a text as Swedish, Norwegian, Danish or English: counted to tell the language. */
export const LANGUAGE_MARKERS: Record<Lang, readonly string[]> = {
  sv: ['och', 'att', 'är', 'för', 'inte', 'utbildning', 'utbildningen', 'också', 'kostnad', 'anmälan', 'hösten', 'våren', 'vi', 'med', 'till', 'av', 'som', 'deltagarna'],
  nb: ['og', 'å', 'ikke', 'av', 'er', 'kurset', 'opplæring', 'påmelding', 'høsten', 'hva', 'blir', 'deltakerne', 'hvordan', 'kommer', 'skal', 'også', 'våren', 'fylkesparti'],
  da: ['og', 'at', 'ikke', 'af', 'er', 'kursus', 'kurset', 'uddannelse', 'tilmelding', 'efteråret', 'foråret', 'hvad', 'bliver', 'deltagerne', 'hvordan', 'også', 'skal', 'jer'],
  en: ['the', 'and', 'of', 'is', 'to', 'with', 'for', 'course', 'members', 'this', 'will', 'are', 'registration', 'autumn', 'spring'],
};

/** What the importer writes into the plan, in the plan's language: it is the plan's text, read by its editors. */
export const PLAN_WORDS: Record<Lang, { unplaced: string; header: (file: string) => string; noHeading: string; courses: string; introduction: string }> = {
  sv: {
    unplaced: 'studyplan import: kunde inte avgöra vad detta är',
    header: (file) => `Importerad från ${file} av studyplan import. Läs igenom planen mot originalet och kör sedan: studyplan lint`,
    noHeading: 'studyplan import: rubriken saknas i originalet',
    courses: 'Utbildningar',
    introduction: 'Inledning',
  },
  nb: {
    unplaced: 'studyplan import: kunne ikke avgjøre hva dette er',
    header: (file) => `Importert fra ${file} av studyplan import. Les gjennom planen mot originalen og kjør så: studyplan lint`,
    noHeading: 'studyplan import: overskriften mangler i originalen',
    courses: 'Kurs',
    introduction: 'Innledning',
  },
  da: {
    unplaced: 'studyplan import: kunne ikke afgøre, hvad dette er',
    header: (file) => `Importeret fra ${file} af studyplan import. Læs planen igennem mod originalen, og kør så: studyplan lint`,
    noHeading: 'studyplan import: overskriften mangler i originalen',
    courses: 'Kurser',
    introduction: 'Indledning',
  },
  en: {
    unplaced: 'studyplan import: could not tell what this is',
    header: (file) => `Imported from ${file} by studyplan import. Read the plan against the original, then run: studyplan lint`,
    noHeading: 'studyplan import: the original has no heading here',
    courses: 'Courses',
    introduction: 'Introduction',
  },
};
