#!/usr/bin/env node
// `studyplan import` (issue 31) on a 20-page PDF and a .docx of the same text, made here the same
// way every run (the Swedish fixture plan's sections and courses repeated with numbered titles;
// the PDF laid out by pdf-lib in Helvetica, headings larger; the .docx by the docx package).
// Each is measured against reading the same file with its library alone in the same run:
// pdfjs-dist's getTextContent of every page, and mammoth.convertToHtml. The import is
// importPlan (read, recognise, YAML, lint of the new plan); its reading alone is readSource.
// Median of N runs (BENCH_RUNS, default 7), in-process. Needs dist/ (npm run build).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { plans } from '../tests/fixtures/import/plans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = 20;
const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
const { importPlan } = await dist('import/index.js');
const { readSource } = await dist('import/read-source.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/** The plan's blocks: its opening, then its sections and courses again and again, each course numbered. */
function* blocks() {
  const all = plans.sv.blocks;
  const firstSection = all.findIndex(([k]) => k === 'h2');
  yield* all.slice(0, firstSection);
  for (let round = 1; ; round++) for (const [k, t] of all.slice(firstSection)) yield [k, k === 'h3' ? `${t} (${round})` : t];
}

const SIZES = { h1: 22, h2: 16, h3: 13 };

/** PAGES full A4 pages: each block wrapped to the column, a page break where the next line does not fit. */
async function makePdf() {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  const body = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const used = [];
  let page = pdf.addPage([595, 842]);
  let y = 786;
  for (const [k, text] of blocks()) {
    const size = SIZES[k] ?? 11;
    const font = SIZES[k] || k === 'b' ? bold : body;
    const lines = [];
    let line = '';
    for (const word of (k === 'li' ? `• ${text}` : text).split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > 483 && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
    y -= SIZES[k] ? size : 4;
    for (const l of lines) {
      if (y < 56) {
        if (pdf.getPageCount() === PAGES) return { bytes: Buffer.from(await pdf.save()), blocks: used };
        page = pdf.addPage([595, 842]);
        y = 786;
      }
      page.drawText(l, { x: 56, y, size, font });
      y -= size * 1.35;
    }
    used.push([k, text]);
  }
}

const HEADINGS = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 };
function makeDocx(used) {
  const children = used.map(([k, t]) =>
    HEADINGS[k]
      ? new Paragraph({ text: t, heading: HEADINGS[k] })
      : new Paragraph({ children: [new TextRun({ text: t, italics: k === 'q', bold: k === 'b' })], ...(k === 'li' ? { bullet: { level: 0 } } : {}) }),
  );
  return Packer.toBuffer(new Document({ creator: 'studyplan bench', sections: [{ children }] }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
  await fn(); // warm-up: modules loaded, code compiled
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(xs);
}

/** What the library alone does with the PDF: every page's text items. */
async function pdfjsText(bytes) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let items = 0;
  for (let n = 1; n <= doc.numPages; n++) items += (await (await doc.getPage(n)).getTextContent()).items.length;
  await doc.destroy();
  return items;
}

const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-bench-import-'));
try {
  const pdf = await makePdf();
  const docx = await makeDocx(pdf.blocks);
  const pdfFile = path.join(dir, 'plan.pdf');
  const docxFile = path.join(dir, 'plan.docx');
  writeFileSync(pdfFile, pdf.bytes);
  writeFileSync(docxFile, docx);
  const opts = { cwd: dir, out: 'plans/plan.yaml', lintLang: 'sv' };
  const courses = (await importPlan(pdfFile, opts)).report.courses.length;
  const rows = [
    ['PDF: pdfjs-dist getTextContent, all pages (baseline)', await time(() => pdfjsText(pdf.bytes))],
    ['PDF: readSource (text, fonts, lines, blocks)', await time(() => readSource(pdfFile, 'plan.pdf', dir))],
    ['PDF: importPlan (read, recognise, YAML, lint)', await time(() => importPlan(pdfFile, opts))],
    ['DOCX: mammoth.convertToHtml (baseline)', await time(() => mammoth.convertToHtml({ buffer: docx }))],
    ['DOCX: readSource (zip checked, mammoth, blocks)', await time(() => readSource(docxFile, 'plan.docx', dir))],
    ['DOCX: importPlan (read, recognise, YAML, lint)', await time(() => importPlan(docxFile, opts))],
  ];
  console.log(
    `a ${PAGES}-page PDF (${(pdf.bytes.length / 1024).toFixed(0)} kB) and a .docx of the same ${pdf.blocks.length} paragraphs (${(docx.length / 1024).toFixed(0)} kB), ${courses} courses; median of ${runs} runs`,
  );
  for (const [i, [name, ms]] of rows.entries()) {
    const base = rows[i < 3 ? 0 : 3][1];
    console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms${i % 3 ? ` (${(ms / base).toFixed(2)} x the baseline)` : ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
