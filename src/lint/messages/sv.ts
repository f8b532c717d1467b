import { list, q, type Catalogue, type MessageParams } from './types.js';

const TYPES: Record<string, string> = {
  string: 'text', integer: 'ett heltal', number: 'ett tal', boolean: 'true eller false', object: 'en mappning (rader nyckel: värde)', array: 'en lista (rader som börjar med -)', null: 'tomt',
};
const type = (t: string) => TYPES[t] ?? t;
const FORMS: Record<string, string> = {
  id: 'små bokstäver a–z, siffror och bindestreck (t.ex. medlemsutbildning-del-1)', time: 'ett klockslag TT:MM (t.ex. 09:30)', url: 'en webbadress som börjar med https:// eller http://',
  phone: 'ett telefonnummer av siffror, mellanslag, bindestreck och parenteser (t.ex. 070-123 45 67)', currency: 'en valutakod med tre bokstäver (t.ex. SEK)', month: 'en månad ÅÅÅÅ-MM (t.ex. 2021-10)', season: 'ett verksamhetsår ÅÅÅÅ/ÅÅ (t.ex. 2021/22)', other: 'i rätt form',
};
const FORMATS: Record<string, string> = { date: 'ett datum ÅÅÅÅ-MM-DD (t.ex. 2021-10-23)', uri: 'en webbadress (https://...)', email: 'en e-postadress (namn@exempel.se)' };
const where = (p: MessageParams) => (p.where ? ` i ${q(p.where)}` : '');
const mean = (p: MessageParams) => (p.suggestion ? ` Menade du ${q(p.suggestion)}?` : '');
const detail = (p: MessageParams) => String(p.detail ?? '');

/** Svenska texter, med regel-id som nyckel. */
export const sv: Catalogue = {
  'yaml/syntax': { doc: 'Filen är giltig YAML.', message: (p) => `Syntaxfel i YAML: ${detail(p)}`, hint: () => 'Kontrollera indraget och kolonet efter varje nyckel på den här raden och raden före.' },
  'yaml/duplicate-key': { doc: 'En nyckel förekommer högst en gång i en mappning.', message: (p) => `Nyckeln${p.key ? ` ${q(p.key)}` : ''} finns redan: ${detail(p)}`, hint: () => 'Varje nyckel får finnas en gång i en mappning; ta bort eller byt namn på den ena.' },
  'yaml/tab-indent': { doc: 'Indrag görs med mellanslag, inte tabbar.', message: (p) => `Tabb används som indrag: ${detail(p)}`, hint: () => 'Gör indrag med mellanslag, inte tabbar.' },
  'yaml/multiple-documents': { doc: 'En planfil innehåller ett YAML-dokument.', message: (p) => `Mer än ett YAML-dokument i filen: ${detail(p)}`, hint: () => 'En planfil innehåller ett dokument: ta bort raden `---` eller dela upp filen.' },
  'yaml/alias': { doc: 'Alias (*namn) hänvisar till ett ankare (&namn) som står före.', message: (p) => `Felaktigt alias: ${detail(p)}` },
  'yaml/alias-limit': { doc: 'Alias blåses inte upp till jättedokument (aliasbomber).', message: (p) => `Planen expanderar alias för många gånger (${detail(p)})`, hint: () => 'Skriv ut värdena i stället för att upprepa dem genom alias (*namn).' },
  'yaml/too-deep': { doc: 'Planen är inte orimligt djupt nästlad.', message: (p) => `Planen är för djupt nästlad (${detail(p)})`, hint: () => 'En studieplan behöver bara några nivåer; kontrollera indrag och klamrar här.' },
  'yaml/too-large': { doc: 'Filen är inte större än en plan kan vara.', message: (p) => `Filen är för stor (${detail(p)})`, hint: () => 'Är detta verkligen en studieplan? Dela mycket stort innehåll i flera planer.' },
  'yaml/encoding': { doc: 'Filen är UTF-8-text.', message: (p) => `Filen är inte UTF-8-text (${detail(p)})`, hint: () => 'Spara planen som UTF-8-text i din editor ("Spara med kodning" → UTF-8).' },
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
    hint: (p) => (p.allowed ? `${q(p.key)} är ${list(p.allowed as string[], 'eller')}.` : `Lägg till en rad \`${String(p.key)}: ...\` i den här mappningen.`),
  },
  'schema/type': {
    doc: 'Värden har den typ schemat kräver (text, tal, lista, mappning).',
    message: (p) => `${p.key ? q(p.key) : 'Planen'} ska vara ${list((p.expected as string[]).map(type), 'eller', false)}, inte ${type(String(p.actual))}${p.actual === 'string' || p.actual === 'integer' || p.actual === 'number' ? ` (${q(p.value)})` : ''}.`,
    hint: (p) => (p.key === '' && p.actual === 'array' ? 'En plan är en mappning av nycklar (title:, publisher:, period: ...), inte en lista.' : undefined),
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
  },
  'schema/range': {
    doc: 'Tal och årtal ligger inom sina gränser.',
    message: (p) => `${q(p.key)} är ${String(p.value)}; det måste vara ${String(p.comparison)} ${String(p.limit)}.`,
  },
  'schema/min-items': { doc: 'Listor som inte får vara tomma är inte tomma.', message: (p) => `${q(p.key)} behöver minst ${String(p.limit)} ${p.limit === 1 ? 'post' : 'poster'}.` },
  'schema/one-of': {
    doc: 'Ett värde med flera möjliga former (en period, en målgrupp) har en av dem.',
    message: (p) => (p.reason === 'ambiguous' ? `${q(p.key)} passar flera former; det är tvetydigt.` : `${q(p.key)} har ingen av de tillåtna formerna${p.forms ? `: ${list(p.forms as string[], 'eller')}` : ''}.`),
    hint: (p) => (p.key === 'period' ? 'En period är {term, year}, {year}, {from, to}, {season} eller {start, end}.' : undefined),
  },
  'schema/invalid': { doc: 'Övriga krav i schemat.', message: (p) => `${q(p.key)}: ${detail(p)}` },
  'lint/unknown-rule': { doc: 'En kommentar som tystar regler namnger regler som finns.', message: (p) => `Okänd regel ${q(p.rule)} i kommentaren.${mean(p)}` },
  'lint/unused-disable': { doc: 'En kommentar som tystar regler tystar något.', message: (p) => `Inget att tysta på nästa rad${p.rule ? ` för ${q(p.rule)}` : ''}.`, hint: () => 'Ta bort kommentaren.' },
};
