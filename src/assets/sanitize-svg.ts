import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { Drawing } from './svg-drawing.js';
import { SvgError } from './svg-error.js';

export { SvgError };

/**
 * An SVG logo reduced to drawing: a strict allow-list of elements and attributes, parsed as XML
 * (saxes: well-formedness checked, no DTD entities expanded, nothing fetched). Whatever is not on
 * the list is dropped with its content: <script>, <foreignObject>, <image>, event attributes
 * (onload=…), links (<a>), and every reference that is not to an id inside the same file
 * (href="http…", url(http…), @import). A full HTML sanitiser (DOMPurify) needs a DOM (jsdom, ~5 MB)
 * to do the same for a file that is only ever shown through <img>, where a browser runs no
 * script anyway: this is the second wall, so an allow-list small enough to read is the better fit.
 */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
]);

const ATTRIBUTES = new Set([
  'id',
  'class',
  'style',
  'viewBox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'transform',
  'preserveAspectRatio',
  'version',
  'xmlns',
  'xmlns:xlink',
  'xml:space',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'display',
  'visibility',
  'clip-path',
  'clip-rule',
  'mask',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'fx',
  'fy',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'href',
  'xlink:href',
  'vector-effect',
  'paint-order',
  'shape-rendering',
  'type',
]);

/**
 * The CSS functions a drawing needs: colours, lengths and transforms. Any other function is
 * refused: image-set("x.png" 1x), -webkit-image-set(), src() and the like load a file without
 * url(), and a list of what is allowed cannot miss one the way a list of what is refused can.
 */
const FUNCTIONS = new Set(['url', 'rgb', 'rgba', 'hsl', 'hsla', 'calc', 'var', 'matrix', 'translate', 'translatex', 'translatey', 'scale', 'scalex', 'scaley', 'rotate', 'skewx', 'skewy']);

/** A reference inside the file only: url(#id) in values and styles, href="#id". */
function safeValue(name: string, value: string): boolean {
  if (name === 'href' || name === 'xlink:href') return /^#[\w.-]+$/.test(value.trim());
  // Comments out first: `image-set/**/(` is a function to a browser that reads it after them.
  const css = value.replace(/\/\*[\s\S]*?(\*\/|$)/g, '');
  if (/@import|javascript:|\\/i.test(css)) return false;
  for (const m of css.matchAll(/([\w-]*)\s*\(/g)) if (m[1] && !FUNCTIONS.has(m[1].toLowerCase())) return false;
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!/^#[\w.-]+$/.test(m[2]!.trim())) return false;
  return !/url\(/i.test(css.replace(/url\(\s*(['"]?)#[\w.-]+\1\s*\)/gi, ''));
}

/** The ids a value refers to: href="#id" and url(#id). */
function referencesIn(name: string, value: string): string[] {
  if (name === 'href' || name === 'xlink:href') return [value.trim().slice(1)];
  return [...value.matchAll(/url\(\s*(['"]?)#([\w.-]+)\1\s*\)/gi)].map((m) => m[2]!);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The sanitised SVG text; an SvgError when the file is not well-formed XML, has no <svg> root or would draw too much. */
export function sanitizeSvg(source: string): string {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const writer = new SvgWriter();
  parser.on('error', (e) => writer.fail(e));
  // Illustrator writes <!DOCTYPE svg PUBLIC …>: harmless and dropped. An internal subset
  // ([ <!ENTITY …> ]) is where entity tricks live: refused.
  parser.on('doctype', (d) => {
    if (d.includes('[')) writer.fail(new Error('a DOCTYPE with declarations is not allowed in a logo'));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => writer.openTag(tag));
  parser.on('closetag', () => writer.closeTag());
  parser.on('text', (t) => writer.text(t));
  parser.on('cdata', (t) => writer.text(t));
  try {
    parser.write(source).close();
  } catch (e) {
    writer.fail(e as Error);
  }
  return writer.result();
}

/** The kept elements written out as the parser meets them, and the first reason to refuse the file. */
class SvgWriter {
  private out = '';
  /** Depth inside a dropped element: its whole content goes with it. */
  private dropped = 0;
  private readonly open: string[] = [];
  private readonly drawing = new Drawing();
  private root: string | undefined;
  private error: Error | undefined;

  fail(e: Error): void {
    this.error ??= e;
  }

  openTag(tag: SaxesTagPlain): void {
    this.root ??= tag.name;
    if (this.dropped || !ELEMENTS.has(tag.name)) {
      this.dropped++;
      return;
    }
    const { attrs, refs, id } = keptAttributes(tag.attributes as Record<string, string>);
    const xmlns = tag.name === 'svg' && this.open.length === 0 && !('xmlns' in tag.attributes) ? ' xmlns="http://www.w3.org/2000/svg"' : '';
    this.out += `<${tag.name}${attrs}${xmlns}>`;
    this.open.push(tag.name);
    this.drawing.open(id, refs);
  }

  closeTag(): void {
    if (this.dropped) {
      this.dropped--;
      return;
    }
    this.out += `</${this.open.pop()}>`;
    this.drawing.close();
  }

  text(t: string): void {
    if (this.dropped) return;
    if (this.open[this.open.length - 1] === 'style') {
      if (!safeValue('style', t)) this.fail(new Error("the logo's <style> loads something from outside the file"));
      else this.out += escapeText(t);
      this.drawing.styleRefs.push(...referencesIn('style', t));
      return;
    }
    this.out += escapeText(t);
  }

  /** The SVG text, once the whole file is read: thrown instead when it was refused. */
  result(): string {
    if (this.error) throw new SvgError(this.error.message.split('\n')[0]!);
    if (this.root !== 'svg') throw new SvgError('the file is not an SVG image (its first element is not <svg>)');
    this.drawing.checkSize();
    return this.out;
  }
}

/** The attributes on the allow-list with safe values, written out; the ids they refer to, and the element's own id. */
function keptAttributes(attributes: Record<string, string>): { attrs: string; refs: string[]; id: string | undefined } {
  let attrs = '';
  const refs: string[] = [];
  let id: string | undefined;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTES.has(name) || !safeValue(name, value)) continue;
    attrs += ` ${name}="${escapeAttr(value)}"`;
    refs.push(...referencesIn(name, value));
    if (name === 'id') id = value;
  }
  return { attrs, refs, id };
}
