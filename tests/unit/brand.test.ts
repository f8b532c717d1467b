import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandColours, contrastWithWhite } from '../../src/brand/colour.js';
import { loadBrand, type BrandSource } from '../../src/brand/load-brand.js';
import { sanitizeSvg } from '../../src/assets/sanitize-svg.js';
import { lintFiles } from '../../src/project/lint-files.js';
import { picturesKey } from '../../src/pipeline/html-stage.js';
import { checkPlanWithAssets } from '../../src/lint/check-plan.js';
import { parsePlan } from '../../src/plan/load.js';

describe('sanitizeSvg', () => {
  it('keeps the drawing and drops scripts, event attributes, links and foreign content', () => {
    const svg = sanitizeSvg(`<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <path d="M0 0h10v10z" fill="url(#g)" onclick="alert(3)"/>
  <rect width="5" height="5" fill="url(https://evil.example/x.svg#a)"/>
  <use href="#g"/><use xlink:href="https://evil.example/sprite.svg#icon"/>
  <image href="https://evil.example/pixel.png"/>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <a href="javascript:alert(4)"><circle r="2"/></a>
</svg>`);
    expect(svg).toContain('<path d="M0 0h10v10z" fill="url(#g)">');
    expect(svg).toContain('<use href="#g">');
    expect(svg).not.toMatch(/alert|script|onload|onclick|evil|foreignObject|<image|<a\b|javascript/);
    expect(svg).toContain('<rect width="5" height="5">');
  });

  it('refuses a style that loads from outside, entity declarations, and files that are not SVG', () => {
    expect(() => sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/a.css);</style></svg>')).toThrow(/outside/);
    expect(() => sanitizeSvg('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>')).toThrow();
    expect(() => sanitizeSvg('<html><body/></html>')).toThrow(/not an SVG/);
    expect(() => sanitizeSvg('<svg><path></svg>')).toThrow();
    // Illustrator's DOCTYPE without declarations is harmless.
    expect(sanitizeSvg('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>')).toContain(
      '<circle r="1">',
    );
  });
});

describe('brand colours', () => {
  it('computes the WCAG contrast of white text and the shades', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#fff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#0a5c36')!).toBeGreaterThan(4.5);
    expect(contrastWithWhite('#ffcc00')!).toBeLessThan(4.5);
    expect(contrastWithWhite('green')).toBeUndefined();
    expect(brandColours('#0a5c36')).toEqual({ accent: '#0a5c36', accentDark: '#084529', tint: '#ebf2ef', rule: '#c2d6cd' });
  });
});

describe('loadBrand', () => {
  let dir: string;
  const source = (spec: BrandSource['spec']): BrandSource => ({ spec, file: 'studyplan.config.yaml', dir, root: dir });
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'studyplan-brand-unit-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>');
    writeFileSync(path.join(dir, 'assets', 'logo.png'), 'not a png at all');
    writeFileSync(path.join(dir, '..', `outside-${path.basename(dir)}.svg`), '<svg/>');
    symlinkSync(path.join(dir, '..', `outside-${path.basename(dir)}.svg`), path.join(dir, 'assets', 'link.svg'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(dir, '..', `outside-${path.basename(dir)}.svg`), { force: true });
  });

  it('reads a logo into a data: URL and merges a later source over an earlier one', async () => {
    const brand = loadBrand([source({ color: '#b3122e', logo: 'assets/logo.svg' }), source({ color: '#0a5c36', backCover: 'Tryckt 2021' })]);
    expect(brand?.colours?.accent).toBe('#0a5c36');
    expect(brand?.logo?.src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(brand?.backCover).toBe('Tryckt 2021');
    expect(loadBrand([source({})])).toBeUndefined();
  });

  it("a plan's own logo is an input of its outputs: a changed file changes the cache key", async () => {
    const plan = Buffer.from('title: X\nbrand:\n  logo: assets/logo.svg\n');
    const planImagesKey = (file: string, bytes: Buffer) => picturesKey(checkPlanWithAssets(parsePlan(bytes, file), { assets: { planDir: dir, projectRoot: dir } }).assets);
    const before = planImagesKey(path.join(dir, 'plan.yaml'), plan);
    expect(before).not.toBe('');
    writeFileSync(path.join(dir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="2"/></svg>');
    expect(planImagesKey(path.join(dir, 'plan.yaml'), plan)).not.toBe(before);
  });

  it('refuses URLs, files outside the project (also through a link), missing files and non-images, naming the key', () => {
    expect(() => loadBrand([source({ logo: 'https://example.se/logo.svg' })])).toThrow(/brand\.logo .*is a web address/);
    expect(() => loadBrand([source({ logo: `../outside-${path.basename(dir)}.svg` })])).toThrow(/lies outside the folder it must be in/);
    expect(() => loadBrand([source({ logo: 'assets/link.svg' })])).toThrow(/lies outside the folder it must be in/);
    expect(() => loadBrand([source({ coverImage: 'assets/none.jpg' })])).toThrow(/brand\.coverImage .*does not exist/);
    expect(() => loadBrand([source({ logo: 'assets/logo.png' })])).toThrow(/not a PNG, JPEG, GIF, WebP or SVG/);
    expect(() => loadBrand([source({ color: 'green' })])).toThrow(/not a colour/);
  });
});

describe('plan/brand-contrast', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'studyplan-brand-lint-'));
    mkdirSync(path.join(dir, 'plans'));
    writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'brand:\n  color: "#ffcc00"\n');
    writeFileSync(path.join(dir, 'plans', 'a.yaml'), 'title: Studieplan\npublisher: { name: Distriktet }\nperiod: { year: 2022 }\nbrand:\n  color: "#f0f0f0"\nsections: []\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('warns about a colour too light for white text, in the config and in a plan, at the colour', async () => {
    const reports = await lintFiles([], { cwd: dir, lang: 'sv' });
    const found = reports.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'plan/brand-contrast').map((d) => `${r.file}:${d.line}:${d.column} ${d.severity}`));
    expect(found).toEqual(['studyplan.config.yaml:2:10 warning', `${path.join('plans', 'a.yaml')}:5:10 warning`]);
    expect(reports[0]!.diagnostics[0]!.message).toContain('kontrasten 1,5:1');
  });
});
