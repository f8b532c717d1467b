import type { Lang } from './lang.js';

type Params = Readonly<Record<string, unknown>>;
/** Why the asset loader refused a picture, and the fix: [what it is, what to do]. */
export type ImageReasonWords = Record<string, [(p: Params) => string, (p: Params) => string]>;

const smallerCopySV = () => 'Spara en mindre kopia: ett omslagsfoto behöver ungefär 2500 pixlar i bredd.';
/** plan/image-file: varför resursladdaren vägrade en bild, och åtgärden. */
const SV: ImageReasonWords = {
  url: [() => 'är en webbadress', () => 'Spara bilden i planens mapp och ange dess sökväg: inget hämtas från nätet.'],
  missing: [() => 'finns inte', () => 'Sökvägen räknas från filen den står i; kontrollera stavningen, eller lägg bilden där.'],
  unreadable: [() => 'kan inte läsas (behörighet saknas, eller en länk som går runt i cirkel)', () => 'Kontrollera att filen går att öppna, och att den är själva bilden, inte en länk.'],
  outside: [(p) => `ligger utanför mappen den måste ligga i (${String(p.root)})`, () => 'Kopiera bilden in i mappen i stället för att länka till den.'],
  'not-a-file': [
    (p) => `är ${({ folder: 'en mapp', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[String(p.kind)] ?? 'en enhet'}, inte en fil`,
    () => 'Ange sökvägen till själva bildfilen.',
  ],
  'too-large': [(p) => `är ${String(p.megabytes).replace('.', ',')} MB, mer än ${String(p.max)} MB`, smallerCopySV],
  'too-many-pixels': [(p) => `är ${String(p.width)} × ${String(p.height)} pixlar, mer än ${String(p.max)} miljoner`, smallerCopySV],
  'not-an-image': [() => 'är ingen PNG-, JPEG-, GIF-, WebP- eller SVG-bild (enligt innehållet, vad den än heter)', () => 'Spara den som PNG eller JPEG (foton) eller SVG (logotyper).'],
  'svg-unreadable': [(p) => `kan inte läsas som SVG (${String(p.detail)})`, () => 'Öppna den i ett SVG-program (Inkscape) och spara den igen som vanlig SVG.'],
  'svg-too-complex': [
    (p) => `ritar mer än ${String(p.max)} former när dess <use>-hänvisningar ritas ut`,
    () => 'Spara den igen med klonerna upplösta (Inkscape: Redigera › Klona › Lösgör klon), eller använd en enklare logotyp.',
  ],
};

const smallerCopyEN = () => 'Save a smaller copy: a cover photo needs about 2500 pixels across.';
/** plan/image-file: why the asset loader refused a picture, and the fix. */
const EN: ImageReasonWords = {
  url: [() => 'is a web address', () => "Save the picture in the plan's folder and give its path: nothing is fetched from the network."],
  missing: [() => 'does not exist', () => 'The path is relative to the file it is written in; check the spelling, or put the picture there.'],
  unreadable: [() => 'cannot be read (no permission, or a link that goes round in a circle)', () => 'Check that the file can be opened, and that it is the picture itself, not a link.'],
  outside: [(p) => `lies outside the folder it must be in (${String(p.root)})`, () => 'Copy the picture into that folder instead of linking to it.'],
  'not-a-file': [
    (p) => `is ${({ folder: 'a folder', fifo: 'a pipe', socket: 'a socket' } as Record<string, string>)[String(p.kind)] ?? 'a device'}, not a file`,
    () => 'Give the path of the picture file itself.',
  ],
  'too-large': [(p) => `is ${String(p.megabytes)} MB, more than ${String(p.max)} MB`, smallerCopyEN],
  'too-many-pixels': [(p) => `is ${String(p.width)} × ${String(p.height)} pixels, more than ${String(p.max)} million`, smallerCopyEN],
  'not-an-image': [() => 'is not a PNG, JPEG, GIF, WebP or SVG image (by its contents, whatever its name)', () => 'Save it as PNG or JPEG (photos) or SVG (logos).'],
  'svg-unreadable': [(p) => `cannot be read as SVG (${String(p.detail)})`, () => 'Open it in an SVG editor (Inkscape) and save it again as plain SVG.'],
  'svg-too-complex': [
    (p) => `draws more than ${String(p.max)} shapes once its <use> references are drawn out`,
    () => 'Save it again with the clones unlinked (Inkscape: Edit › Clone › Unlink Clone), or use a simpler logo.',
  ],
};

const smallerCopyNB = () => 'Lagre en mindre kopi: et omslagsbilde trenger omtrent 2500 piksler i bredden.';
/** plan/image-file: hvorfor ressurslasteren avviste et bilde, og løsningen. */
const NB: ImageReasonWords = {
  url: [() => 'er en nettadresse', () => 'Lagre bildet i planens mappe og oppgi stien: ingenting hentes fra nettet.'],
  missing: [() => 'finnes ikke', () => 'Stien regnes fra filen den står i; sjekk stavemåten, eller legg bildet der.'],
  unreadable: [() => 'kan ikke leses (mangler tilgang, eller en lenke som går i ring)', () => 'Sjekk at filen kan åpnes, og at den er selve bildet, ikke en lenke.'],
  outside: [(p) => `ligger utenfor mappen det må ligge i (${String(p.root)})`, () => 'Kopier bildet inn i mappen i stedet for å lenke til det.'],
  'not-a-file': [
    (p) => `er ${({ folder: 'en mappe', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[String(p.kind)] ?? 'en enhet'}, ikke en fil`,
    () => 'Oppgi stien til selve bildefilen.',
  ],
  'too-large': [(p) => `er ${String(p.megabytes).replace('.', ',')} MB, mer enn ${String(p.max)} MB`, smallerCopyNB],
  'too-many-pixels': [(p) => `er ${String(p.width)} × ${String(p.height)} piksler, mer enn ${String(p.max)} millioner`, smallerCopyNB],
  'not-an-image': [() => 'er ikke et PNG-, JPEG-, GIF-, WebP- eller SVG-bilde (etter innholdet, uansett navn)', () => 'Lagre det som PNG eller JPEG (foto) eller SVG (logoer).'],
  'svg-unreadable': [(p) => `kan ikke leses som SVG (${String(p.detail)})`, () => 'Åpne det i et SVG-program (Inkscape) og lagre det på nytt som vanlig SVG.'],
  'svg-too-complex': [
    (p) => `tegner mer enn ${String(p.max)} former når <use>-henvisningene tegnes ut`,
    () => 'Lagre det på nytt med klonene løst opp (Inkscape: Rediger › Klon › Løs opp klon), eller bruk en enklere logo.',
  ],
};

const smallerCopyDA = () => 'Gem en mindre kopi: et forsidebillede skal bruge omkring 2500 pixels i bredden.';
/** plan/image-file: hvorfor ressourceindlæseren afviste et billede, og løsningen. */
const DA: ImageReasonWords = {
  url: [() => 'er en webadresse', () => 'Gem billedet i planens mappe, og angiv dets sti: intet hentes fra nettet.'],
  missing: [() => 'findes ikke', () => 'Stien regnes fra den fil, den står i; kontrollér stavningen, eller læg billedet der.'],
  unreadable: [() => 'kan ikke læses (mangler adgang, eller et link, der går i ring)', () => 'Kontrollér, at filen kan åbnes, og at den er selve billedet, ikke et link.'],
  outside: [(p) => `ligger uden for den mappe, det skal ligge i (${String(p.root)})`, () => 'Kopiér billedet ind i mappen i stedet for at linke til det.'],
  'not-a-file': [
    (p) => `er ${({ folder: 'en mappe', fifo: 'en pipe', socket: 'en socket' } as Record<string, string>)[String(p.kind)] ?? 'en enhed'}, ikke en fil`,
    () => 'Angiv stien til selve billedfilen.',
  ],
  'too-large': [(p) => `er ${String(p.megabytes).replace('.', ',')} MB, mere end ${String(p.max)} MB`, smallerCopyDA],
  'too-many-pixels': [(p) => `er ${String(p.width)} × ${String(p.height)} pixels, mere end ${String(p.max)} millioner`, smallerCopyDA],
  'not-an-image': [() => 'er ikke et PNG-, JPEG-, GIF-, WebP- eller SVG-billede (ifølge indholdet, uanset navnet)', () => 'Gem det som PNG eller JPEG (fotos) eller SVG (logoer).'],
  'svg-unreadable': [(p) => `kan ikke læses som SVG (${String(p.detail)})`, () => 'Åbn det i et SVG-program (Inkscape), og gem det igen som almindelig SVG.'],
  'svg-too-complex': [
    (p) => `tegner mere end ${String(p.max)} figurer, når dets <use>-henvisninger tegnes ud`,
    () => 'Gem det igen med klonerne frigjort (Inkscape: Rediger › Klon › Frigør klon), eller brug et enklere logo.',
  ],
};

/** The words for a refused picture in each language: lint's plan/image-file and build's brand/file say the same. */
export const imageReasons: Record<Lang, ImageReasonWords> = { sv: SV, en: EN, nb: NB, da: DA };
