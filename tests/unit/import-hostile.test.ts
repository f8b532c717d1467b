import { execFileSync } from 'node:child_process';
import { constants, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { RunError } from '../../src/errors/run-error.js';
import { importPlan, IMPORT_LIMITS } from '../../src/import/index.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { deflatedZeros, docxEntries, docxParagraph, loopbackListener, manyPagesPdf, odtEntries, pdfStream, rawPdf, zipFile, type ZipEntry } from '../helpers/hostile-files.js';

/**
 * `studyplan import` on hostile documents (issue 31): a zip bomb packed as .docx and .odt, a
 * 500-page PDF, a PDF with JavaScript and a PostScript function pdf.js could compile with eval,
 * a web page that loads scripts, pictures and style sheets, a Word document whose relationships
 * point outside it. Each is refused with its code or imported from its text alone, within a few
 * seconds (each test's timeout), and nothing is fetched from the loopback listener the documents
 * point at, nothing opened outside the document, nothing run.
 */
let dir: string;
let listener: Awaited<ReturnType<typeof loopbackListener>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-import-hostile-'));
  listener = await loopbackListener();
});
afterAll(async () => {
  await listener.close();
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const opts = () => ({ cwd: dir, out: 'plans/out.yaml', lintLang: 'en' as const });

/** The RunError an import throws (fails the test when it imports instead). */
async function refusal(file: string): Promise<RunError> {
  const e = await importPlan(file, opts()).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(RunError);
  return e as RunError;
}

/** Waits a moment for a request a library might make after returning, then lists what came. */
async function requestsMade(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  return listener.requests;
}

const PLAN = [docxParagraph('Studieplan hösten 2025', 'Title'), docxParagraph('Kursen har tre kvällar och en helg i oktober.')].join('');

describe('zip bombs', () => {
  let bomb: Awaited<ReturnType<typeof deflatedZeros>>;
  beforeAll(async () => {
    // 256 MB of zeros packs to about 250 kB: more than the 100 MB an import unpacks, at some 1000:1.
    bomb = await deflatedZeros(256);
    expect(bomb.bytes.length).toBeLessThan(1024 * 1024);
  }, 20_000);

  const formats: [string, (extra: ZipEntry) => ZipEntry[]][] = [
    ['docx', (extra) => [...docxEntries(PLAN), extra]],
    ['odt', (extra) => [...odtEntries('<text:p>Kursen har tre kvällar och en helg i oktober.</text:p>'), extra]],
  ];

  test.each(formats)(
    'a .%s whose header states 256 MB is refused by the header, before a byte is inflated',
    async (ext, entries) => {
      // The header states the bomb's sizes, but only its first 64 bytes follow: inflating them would
      // end in a broken stream (import/zip-broken), so import/zip-bomb says nothing was inflated.
      const file = write(`header.${ext}`, zipFile(entries({ name: 'word/media/zeros.bin', deflated: { ...bomb, bytes: bomb.bytes.subarray(0, 64) } })));
      const e = await refusal(file);
      expect(e.code).toBe('import/zip-bomb');
      expect(e.params).toMatchObject({ file: `header.${ext}`, limit: String(IMPORT_LIMITS.unzippedBytes / 1024 / 1024), ratio: String(IMPORT_LIMITS.zipRatio) });
      // Worded by the command layer in the run's language; the English words are the message.
      expect(e.message).toBe(`header.${ext}: the document unpacks to far too much (a zip bomb?) and is not imported`);
      expect(e.describe('sv').message).toBe(`header.${ext}: dokumentet packas upp till alldeles för mycket (en zip-bomb?) och importeras inte`);
      expect(e.describe('nb').hint).toContain(`høyst ${IMPORT_LIMITS.unzippedBytes / 1024 / 1024} MB, hver del til høyst ${IMPORT_LIMITS.zipRatio} ganger`);
    },
    10_000,
  );

  test.each(formats)(
    'a .%s holding 256 MB of zeros is refused within seconds',
    async (ext, entries) => {
      const e = await refusal(write(`bomb.${ext}`, zipFile(entries({ name: 'word/media/zeros.bin', deflated: bomb }))));
      expect(e.code).toBe('import/zip-bomb');
    },
    10_000,
  );

  test.each(formats)(
    'a .%s whose header lies (states 4 kB, holds 256 MB) stops as soon as the stream passes 4 kB',
    async (ext, entries) => {
      const liar = { ...bomb, size: 4096 };
      const file = write(`liar.${ext}`, zipFile(entries({ name: 'word/media/zeros.bin', deflated: liar })));
      const before = process.memoryUsage().arrayBuffers;
      const e = await refusal(file);
      expect(['import/zip-bomb', 'import/zip-broken']).toContain(e.code);
      // Not inflated whole: far less than the 256 MB it holds was ever held at once.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    },
    10_000,
  );

  test('a .docx of more entries than a document has is refused by their count', async () => {
    const many = Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, i) => ({ name: `word/media/${i}.xml`, data: '<x/>' }));
    const e = await refusal(write('entries.docx', zipFile([...docxEntries(PLAN), ...many])));
    expect(e.code).toBe('import/zip-bomb');
  }, 10_000);

  test('an .odt without content.xml is refused as broken, the missing part named in each language', async () => {
    const e = await refusal(write('empty.odt', zipFile([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }])));
    expect(e.code).toBe('import/zip-broken');
    expect(e.params).toEqual({ file: 'empty.odt', missing: 'content.xml' });
    expect(e.message).toBe('empty.odt: not a readable Word or OpenDocument document (no content.xml)');
    expect(e.describe('sv').message).toBe('empty.odt: inte ett läsbart Word- eller OpenDocument-dokument (content.xml saknas)');
    expect(e.describe('nb').message).toBe('empty.odt: ikke et lesbart Word- eller OpenDocument-dokument (content.xml mangler)');
  });

  test('the same .docx without the bomb imports (the refusals are the bomb, not the packing)', async () => {
    const result = await importPlan(write('plain.docx', zipFile(docxEntries(PLAN))), opts());
    expect((parse(result.yaml) as StudyPlan).title).toBe('Studieplan hösten 2025');
  }, 10_000);
});

describe('PDF', () => {
  test('a 500-page PDF is refused by its page count before a page is read', async () => {
    const file = write('long.pdf', manyPagesPdf(500));
    const e = await refusal(file);
    expect(e.code).toBe('import/pdf-pages');
    expect(e.params).toMatchObject({ pages: '500', limit: String(IMPORT_LIMITS.pdfPages) });
    const limit = IMPORT_LIMITS.pdfPages;
    expect(e.describe('en')).toEqual({ message: `long.pdf: the PDF has 500 pages; the importer reads at most ${limit}`, hint: 'Split the PDF, or import the original (Word, web page) instead.' });
    expect(e.describe('sv')).toEqual({ message: `long.pdf: PDF:en har 500 sidor; importen läser högst ${limit}`, hint: 'Dela upp PDF:en, eller importera originalet (Word, webbsida) i stället.' });
    expect(e.describe('nb')).toEqual({ message: `long.pdf: PDF-en har 500 sider; importen leser høyst ${limit}`, hint: 'Del opp PDF-en, eller importer originalen (Word, nettside) i stedet.' });
  }, 10_000);

  test('a PDF of as many pages as the limit is read, within seconds', async () => {
    const result = await importPlan(write('limit.pdf', manyPagesPdf(IMPORT_LIMITS.pdfPages)), opts());
    expect(result.yaml).toContain('Kursen har tre kvallar och en helg.');
  }, 30_000);

  /** A page with text, a Separation colour whose tint is a PostScript function, JavaScript on open, on the page and on a form field. */
  function scriptedPdf(url: string): Buffer {
    const js = `app.launchURL("${url}/launch", true); this.submitForm("${url}/submit"); var x = new Function("return 1");`;
    const esc = (s: string) => s.replace(/[()\\]/g, (c) => `\\${c}`);
    return rawPdf([
      `<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(init) 5 0 R] >> >> /AcroForm << /Fields [6 0 R] >> >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 7 0 R >> /ColorSpace << /CS0 [/Separation /Spot /DeviceRGB 8 0 R] >> >> /AA << /O 5 0 R >> /Annots [6 0 R] >>',
      pdfStream('', '/CS0 cs 1 scn 0 0 100 100 re f\nBT /F1 24 Tf 72 760 Td (Studieplan 2025) Tj ET\nBT /F1 11 Tf 72 720 Td (Kursen har tre kvallar och en helg.) Tj ET'),
      `<< /Type /Action /S /JavaScript /JS (${esc(js)}) >>`,
      `<< /Type /Annot /Subtype /Widget /FT /Tx /T (namn) /Rect [72 600 300 620] /P 3 0 R /A << /S /URI /URI (${url}/uri) >> /AA << /F 5 0 R /K 5 0 R >> >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      pdfStream('/FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1]', '{ dup dup }'),
    ]);
  }

  test('a PDF with JavaScript: its text is imported, no script runs, no eval compiles its PostScript, nothing is fetched', async () => {
    const file = write('scripted.pdf', scriptedPdf(listener.url));
    const compiled: unknown[][] = [];
    const RealFunction = globalThis.Function;
    // pdf.js compiles a PostScript function with `new Function` unless isEvalSupported is false.
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: unknown[]) {
        compiled.push(args);
        return Reflect.construct(target, args) as object;
      },
    });
    let yaml: string;
    try {
      yaml = (await importPlan(file, opts())).yaml;
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(yaml).toContain('Kursen har tre kvallar och en helg.');
    expect(yaml).not.toMatch(/launchURL|submitForm/);
    expect(compiled).toEqual([]);
    expect(await requestsMade()).toEqual([]);
    expect(listener.connections()).toBe(0);
  }, 10_000);
});

describe('a web page', () => {
  function page(url: string): string {
    return `<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=${url}/refresh"><base href="${url}/base/">
<link rel="stylesheet" href="${url}/style.css"><link rel="preload" as="image" href="${url}/preload.png"><link rel="icon" href="${url}/icon.png">
<script src="${url}/app.js"></script><script>document.write("SKRIPTETS TEXT"); fetch("${url}/fetch");</script>
<style>@import url("${url}/import.css"); body { background: url(${url}/bg.png) } .x::before { content: "STILENS TEXT" }</style>
<title>Studieplan</title></head><body>
<nav><a href="${url}/nav">Start</a></nav>
<main style="background-image: url('${url}/inline.png')">
<h1>Studieplan hösten 2025</h1>
<img src="${url}/img.png" srcset="${url}/img2.png 2x" alt="Kursgården"><picture><source srcset="${url}/source.webp"></picture>
<p>Kursen har tre kvällar och en helg i oktober.</p>
<iframe src="${url}/frame"></iframe><object data="${url}/object"></object><embed src="${url}/embed">
<video poster="${url}/poster.png" src="${url}/video.mp4"></video><audio src="${url}/audio.mp3"></audio>
<svg><image href="${url}/svg.png"/><script>alert("SVG-SKRIPT")</script></svg>
<noscript><img src="${url}/noscript.png">UTAN SKRIPT</noscript>
<script type="module">import "${url}/module.js"; document.body.append("MODULENS TEXT")</script>
<p onclick="fetch('${url}/click')">Anmälan senast 1 oktober.</p>
</main></body></html>`;
  }

  test('scripts, pictures, frames, style sheets and CSS url() are neither run nor fetched; the scripts\u2019 and styles\u2019 text is not imported', async () => {
    const result = await importPlan(write('page.html', page(listener.url)), opts());
    expect(result.yaml).toContain('Kursen har tre kvällar och en helg i oktober.');
    expect(result.yaml).toContain('Anmälan senast 1 oktober.');
    expect(result.yaml).not.toMatch(/SKRIPT|STILENS|MODULENS|document\.write|fetch|@import|UTAN SKRIPT/);
    expect(result.yaml).not.toContain(listener.url);
    expect(await requestsMade()).toEqual([]);
    expect(listener.connections()).toBe(0);
  }, 10_000);
});

describe('a Word document whose relationships point outside it', () => {
  /** A FIFO: opening it to read waits for a writer, so a reader that follows a link to it is seen (and would hang). */
  function fifo(): string {
    const file = path.join(dir, 'outside.fifo');
    rmSync(file, { force: true });
    execFileSync('mkfifo', [file]);
    return file;
  }

  /** Whether anything holds FILE open for reading: a writer's non-blocking open succeeds only then. */
  function hasReader(file: string): boolean {
    try {
      closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENXIO') return false;
      throw e;
    }
  }

  const blip = (attr: string) =>
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Bild" descr="Kursgården"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip ${attr}/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

  test('linked pictures, a hyperlink, a sub-document and a template outside the document are not followed', async () => {
    const pipe = fifo();
    const url = listener.url;
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/>`;
    const rels = [
      rel('rIdWeb', 'image', `${url}/linked.png`),
      rel('rIdFile', 'image', `file://${pipe}`),
      rel('rIdLink', 'hyperlink', `${url}/link`),
      rel('rIdSub', 'subDocument', `file://${pipe}`),
      rel('rIdTemplate', 'attachedTemplate', `${url}/template.dotm`),
    ].join('');
    const body = [
      docxParagraph('Studieplan hösten 2025', 'Title'),
      blip('r:link="rIdWeb"'),
      blip('r:link="rIdFile"'),
      blip('r:embed="rIdFile"'),
      `<w:p><w:r><w:pict><v:shape><v:imagedata r:id="rIdFile"/></v:shape></w:pict></w:r></w:p>`,
      `<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Anmälan på webben</w:t></w:r></w:hyperlink></w:p>`,
      `<w:subDoc r:id="rIdSub"/>`,
      docxParagraph('Kursen har tre kvällar och en helg i oktober.'),
    ].join('');
    const file = write('linked.docx', zipFile(docxEntries(body, rels)));
    const result = await importPlan(file, opts());
    expect(result.yaml).toContain('Kursen har tre kvällar och en helg i oktober.');
    expect(result.yaml).toContain('Anmälan på webben');
    expect(hasReader(pipe)).toBe(false);
    expect(await requestsMade()).toEqual([]);
    expect(listener.connections()).toBe(0);
  }, 10_000);

  test('an OpenDocument text with a linked picture and a link: its text only', async () => {
    const body = `<text:h text:outline-level="1">Studieplan hösten 2025</text:h><text:p><draw:frame><draw:image xlink:href="${listener.url}/odt.png" xlink:type="simple"/></draw:frame>Kursen har tre kvällar och en helg i oktober.</text:p><text:p><text:a xlink:href="${listener.url}/odt-link">Anmälan på webben</text:a></text:p>`;
    const result = await importPlan(write('linked.odt', zipFile(odtEntries(body))), opts());
    expect(result.yaml).toContain('Kursen har tre kvällar och en helg i oktober.');
    expect(result.yaml).toContain('Anmälan på webben');
    expect(await requestsMade()).toEqual([]);
  }, 10_000);
});
