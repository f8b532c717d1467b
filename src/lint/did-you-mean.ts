import { closest, distance } from 'fastest-levenshtein';

/**
 * Words editors write for an allowed value, in Swedish or plain English, that no edit distance
 * would find: `online` is `digital`, `hösten` is `autumn`.
 */
const SYNONYMS: Record<string, string> = {
  online: 'digital',
  distans: 'digital',
  digitalt: 'digital',
  webb: 'digital',
  fysisk: 'physical',
  fysiskt: 'physical',
  hybrid: 'blended',
  höst: 'autumn',
  hösten: 'autumn',
  fall: 'autumn',
  vår: 'spring',
  våren: 'spring',
  sommar: 'summer',
  sommaren: 'summer',
  vinter: 'winter',
  vintern: 'winter',
  kurser: 'courses',
  kurs: 'courses',
  kalender: 'calendar',
  text: 'prose',
  prosa: 'prose',
  utkast: 'draft',
  förslag: 'proposal',
  fastställd: 'adopted',
  antagen: 'adopted',
  lokal: 'local',
  regional: 'regional',
  nationell: 'national',
  internationell: 'international',
  svenska: 'sv',
  engelska: 'en',
  norska: 'nb',
  danska: 'da',
  no: 'nb',
  dk: 'da',
  se: 'sv',
};

/**
 * The Swedish words a secretary types for the schema's keys (made from the keys of
 * schemas/studyplan.schema.json and the booklet's labels for them): `målgrupp` is `audience`.
 * Consulted after SYNONYMS, so a word that names both a value and a key (`lokal`) finds the one allowed here.
 */
const KEY_WORDS: Record<string, string> = {
  titel: 'title',
  rubrik: 'title',
  namn: 'name',
  underrubrik: 'subtitle',
  paroll: 'slogan',
  slogan: 'slogan',
  språk: 'language',
  slag: 'kind',
  typ: 'kind',
  utgivare: 'publisher',
  organisation: 'publisher',
  förening: 'publisher',
  period: 'period',
  termin: 'term',
  år: 'year',
  från: 'from',
  till: 'to',
  verksamhetsår: 'season',
  start: 'start',
  slut: 'end',
  status: 'status',
  utgiven: 'issued',
  inledning: 'introduction',
  förord: 'introduction',
  förslag: 'proposal',
  'förslag till beslut': 'proposal',
  attsatser: 'clauses',
  'att-satser': 'clauses',
  kontakt: 'contacts',
  kontakter: 'contacts',
  kontaktperson: 'contacts',
  mål: 'goals',
  länkar: 'links',
  länk: 'url',
  nyckelord: 'keywords',
  avsnitt: 'sections',
  utbildningar: 'courses',
  kurser: 'courses',
  bilagor: 'appendices',
  bilaga: 'appendices',
  målgrupp: 'audience',
  målgrupper: 'audience',
  deltagare: 'audience',
  syfte: 'purpose',
  ändamål: 'purpose',
  ingress: 'summary',
  sammanfattning: 'summary',
  beskrivning: 'description',
  innehåll: 'description',
  nivå: 'scope',
  omfattning: 'scope',
  genomförande: 'delivery',
  internat: 'residential',
  form: 'format',
  upplägg: 'format',
  steg: 'steps',
  arrangör: 'organisers',
  arrangörer: 'organisers',
  förkunskaper: 'prerequisites',
  förkunskapskrav: 'prerequisites',
  krav: 'prerequisites',
  tillfällen: 'occurrences',
  datum: 'date',
  tid: 'startTime',
  starttid: 'startTime',
  sluttid: 'endTime',
  slutdatum: 'endDate',
  plats: 'venue',
  lokal: 'venue',
  ort: 'town',
  stad: 'town',
  digitalt: 'online',
  distans: 'online',
  återkommande: 'recurrence',
  frekvens: 'recurrence',
  anmälan: 'registration',
  anmälning: 'registration',
  'sista anmälningsdag': 'deadline',
  sista_anmälningsdag: 'deadline',
  platser: 'capacity',
  kostnad: 'cost',
  avgift: 'cost',
  pris: 'cost',
  belopp: 'amount',
  valuta: 'currency',
  gratis: 'free',
  kostnadsfri: 'free',
  betalas: 'paidBy',
  historik: 'history',
  citat: 'quotes',
  övrigt: 'notes',
  anteckningar: 'notes',
  'interna anteckningar': 'internalNotes',
  internt: 'internal',
  e_post: 'email',
  'e-post': 'email',
  epost: 'email',
  mejl: 'email',
  telefon: 'phone',
  adress: 'address',
  webbplats: 'website',
  hemsida: 'website',
  region: 'region',
  månad: 'month',
  månader: 'months',
  händelser: 'events',
  kurs: 'course',
};

/**
 * The known word the user most likely meant, or undefined when none is close: a different case,
 * a synonym, or a few typos (about one per three letters).
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (!known.length || !word) return undefined;
  const lower = word.toLowerCase();
  const sameCase = known.find((k) => k.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const synonym = SYNONYMS[lower];
  if (synonym && known.includes(synonym)) return synonym;
  const key = KEY_WORDS[lower];
  if (key && known.includes(key)) return key;
  const best = closest(
    lower,
    known.map((k) => k.toLowerCase()),
  );
  const original = known.find((k) => k.toLowerCase() === best);
  const longer = Math.max(word.length, best.length);
  // One typo in short words; two (a swapped pair: titel/title) from four letters; more in long ones.
  const allowed = longer <= 3 ? 1 : Math.max(2, Math.floor(longer / 3));
  return original !== undefined && distance(lower, best) <= allowed ? original : undefined;
}
