/**
 * The brand colour: a hex colour (#rgb or #rrggbb) and the shades the template uses, computed
 * here so a template's CSS gets plain custom properties (no color-mix needed in old viewers).
 */
export interface BrandColours {
  accent: string;
  /** Links and headings on white: the accent darkened by a quarter. */
  accentDark: string;
  /** Background of quotations and table heads: the accent at 8 % on white. */
  tint: string;
  /** Light rules: the accent at 25 % on white. */
  rule: string;
}

export type Rgb = [number, number, number];

export function parseHexColour(text: string): Rgb | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return undefined;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: Rgb, b: Rgb, share: number): Rgb => a.map((v, i) => v * share + b[i]! * (1 - share)) as Rgb;

export function brandColours(text: string): BrandColours | undefined {
  const rgb = parseHexColour(text);
  if (!rgb) return undefined;
  return { accent: toHex(rgb), accentDark: toHex(mix(rgb, [0, 0, 0], 0.75)), tint: toHex(mix(rgb, [255, 255, 255], 0.08)), rule: toHex(mix(rgb, [255, 255, 255], 0.25)) };
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of white text on the colour (1 to 21); undefined for a colour that is not hex. */
export function contrastWithWhite(text: string): number | undefined {
  const rgb = parseHexColour(text);
  return rgb ? 1.05 / (luminance(rgb) + 0.05) : undefined;
}

/** WCAG AA for body text: the cover's and the draft band's white text on the brand colour. */
export const MIN_CONTRAST = 4.5;
