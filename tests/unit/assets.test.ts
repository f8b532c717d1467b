import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_IMAGE_BYTES, MAX_SVG_ELEMENTS } from '../../src/assets/limits.js';
import { isImageProblem, loadImage, type ImageProblem, type LoadedImage } from '../../src/assets/load-image.js';
import { imageTypeOf, imageTypeOfExtension } from '../../src/assets/media-types.js';
import { sanitizeSvg } from '../../src/assets/sanitize-svg.js';
import { checkPlanWithAssets } from '../../src/lint/check-plan.js';
import { parsePlan } from '../../src/plan/load.js';
import { nestedUseSvg, ONE_PIXEL_PNG, pngDeclaring, TINY_JPEG } from '../helpers/images.js';

// One asset loader for every picture (issue 26): a plan's images and the brand's logo follow the
// same rules, type from the bytes, size and pixel caps, SVG cleaned (issue 28: expansion limit,
// image-set). Each of these passed on main, or gave "unexpected error", or read without limit.
let dir: string;
const load = (ref: string): LoadedImage | ImageProblem => loadImage(ref, { dir, root: dir });
const reason = (ref: string) => {
  const r = load(ref);
  return isImageProblem(r) ? r.reason : r.type;
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-assets-'));
  writeFileSync(path.join(dir, 'photo.png'), TINY_JPEG); // a JPEG named .png
  writeFileSync(path.join(dir, 'text.png'), 'not a picture');
  writeFileSync(path.join(dir, 'pixel.png'), ONE_PIXEL_PNG);
  writeFileSync(path.join(dir, 'bomb.png'), pngDeclaring(20_000, 20_000));
  writeFileSync(path.join(dir, 'huge.jpg'), TINY_JPEG);
  truncateSync(path.join(dir, 'huge.jpg'), MAX_IMAGE_BYTES + 1); // sparse: no 8 MB written
  writeFileSync(path.join(dir, 'uses.svg'), nestedUseSvg());
  writeFileSync(path.join(dir, 'script.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="1"/></svg>');
  mkdirSync(path.join(dir, 'folder.png'));
  execFileSync('mkfifo', [path.join(dir, 'fifo.png')]);
  writeFileSync(path.join(dir, '..', `${path.basename(dir)}-outside.png`), ONE_PIXEL_PNG);
  symlinkSync(path.join(dir, '..', `${path.basename(dir)}-outside.png`), path.join(dir, 'link.png'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(path.join(dir, '..', `${path.basename(dir)}-outside.png`), { force: true });
});

describe('the asset loader', () => {
  test('takes the type from the bytes, never from the name', () => {
    expect(reason('photo.png')).toBe('image/jpeg');
    expect(reason('text.png')).toBe('not-an-image');
    expect(reason('pixel.png')).toBe('image/png');
  });

  test('refuses a missing file, a folder, a FIFO (without waiting for a writer), a link out and a URL', () => {
    expect(['missing.png', 'folder.png', 'fifo.png', 'link.png', 'https://example.se/a.png'].map(reason)).toEqual(['missing', 'not-a-file', 'not-a-file', 'outside', 'url']);
    expect(load('folder.png')).toMatchObject({ params: { kind: 'folder' } });
    expect(load('fifo.png')).toMatchObject({ params: { kind: 'fifo' } });
  }, 10_000);

  test('refuses more bytes than the cap before reading them, and more pixels than the cap by the header', () => {
    expect(load('huge.jpg')).toMatchObject({ reason: 'too-large', params: { max: '8' } });
    expect(load('bomb.png')).toMatchObject({ reason: 'too-many-pixels', params: { width: '20000', height: '20000', max: '40' } });
  });

  test('cleans an SVG, and refuses one whose <use> expand past the limit, quickly', () => {
    const clean = load('script.svg') as LoadedImage;
    expect(Buffer.from(clean.src.split(',')[1]!, 'base64').toString()).toBe('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"></circle></svg>');
    expect(nestedUseSvg().length).toBeLessThan(2000);
    expect(load('uses.svg')).toMatchObject({ reason: 'svg-too-complex', params: { max: String(MAX_SVG_ELEMENTS) } });
  }, 10_000);

  test('one table of types: by the bytes for the loader, by the ending for the preview server', () => {
    expect(imageTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(imageTypeOf(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(imageTypeOfExtension('.JPEG')).toBe('image/jpeg');
    expect(imageTypeOfExtension('.html')).toBeUndefined();
  });
});

describe('the SVG cleaner', () => {
  test('drops image-set() and other loading functions from styles, comments or not', () => {
    for (const value of ['background: image-set("https://evil.example/a.png" 1x)', 'fill: -webkit-image-set("a.png" 1x)', 'fill: image-set/**/("a.png" 1x)', 'fill: src("a.png")']) {
      expect(sanitizeSvg(`<svg><rect style='${value}'/></svg>`), value).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect></rect></svg>');
      expect(() => sanitizeSvg(`<svg><style>rect { ${value} }</style></svg>`), value).toThrow(/outside/);
    }
  });

  test('keeps colours, transforms and references inside the file', () => {
    const svg = '<svg><rect id="r" style="fill: rgb(1, 2, 3); stroke: url(#g)" transform="translate(1 2) rotate(3)"/><use href="#r"/></svg>';
    expect(sanitizeSvg(svg)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><rect id="r" style="fill: rgb(1, 2, 3); stroke: url(#g)" transform="translate(1 2) rotate(3)"></rect><use href="#r"></use></svg>',
    );
  });

  test('counts references drawn out: a few nested uses pass, ten levels of ten do not, a loop is refused', () => {
    expect(() => sanitizeSvg(nestedUseSvg(3))).not.toThrow();
    expect(() => sanitizeSvg(nestedUseSvg(5))).toThrow(/more than 50000 elements/);
    expect(() => sanitizeSvg('<svg><g id="a"><use href="#a"/></g></svg>')).toThrow(/refers to itself/);
    // A pattern used by a style rule may be drawn for every element.
    const pattern = `<pattern id="p">${nestedUseSvg(4).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</pattern>`;
    expect(() => sanitizeSvg(`<svg><defs>${pattern}</defs><style>rect { fill: url(#p) }</style>${'<rect/>'.repeat(10)}</svg>`)).toThrow(/more than/);
  });
});

describe("lint loads a plan's pictures through the loader, at their place in the plan", () => {
  const check = (yaml: string) =>
    checkPlanWithAssets(parsePlan(yaml, 'plan.yaml'), { lang: 'en', assets: { planDir: dir, projectRoot: dir } }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
  const plan = (src: string) => `title: T\npublisher:\n  name: S\nsections:\n  - kind: prose\n    title: P\n    images: [{ src: ${src}, alt: En bild }]\n`;

  test('an image: missing, a folder, not a picture, too many pixels', () => {
    expect(check(plan('saknas.png'))).toEqual(['7:21 plan/image-file The picture `saknas.png` does not exist.']);
    expect(check(plan('folder.png'))).toEqual(['7:21 plan/image-file The picture `folder.png` is a folder, not a file.']);
    expect(check(plan('text.png'))[0]).toMatch(/^7:21 plan\/image-file The picture `text.png` is not a PNG, JPEG, GIF, WebP or SVG image/);
    expect(check(plan('bomb.png'))).toEqual(['7:21 plan/image-file The picture `bomb.png` is 20000 × 20000 pixels, more than 40 million.']);
  });

  test("the plan's own logo follows the same rules as its images", () => {
    expect(check('title: T\npublisher:\n  name: S\nbrand:\n  logo: uses.svg\n')).toEqual([
      `5:9 plan/image-file The picture \`uses.svg\` draws more than ${MAX_SVG_ELEMENTS} shapes once its <use> references are drawn out.`,
    ]);
  });

  test('a plan image that is an SVG is cleaned as a logo is', () => {
    const { assets } = checkPlanWithAssets(parsePlan(plan('script.svg'), 'plan.yaml'), { assets: { planDir: dir, projectRoot: dir } });
    expect(Buffer.from(assets.images.get('script.svg')!.src.split(',')[1]!, 'base64').toString()).not.toContain('script');
  });
});
