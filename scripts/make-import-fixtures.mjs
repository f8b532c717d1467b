#!/usr/bin/env node
// Writes the fixtures of `studyplan import` (tests/fixtures/import/) from plans.mjs beside them:
// for each language a .md, a .txt, an .html page (navigation and footer around the plan), a .docx
// (the docx package), an .odt and a PDF from LibreOffice (soffice, from the .docx), and a PDF
// printed by Chromium. The binaries are committed (CI has no LibreOffice); run this again after
// changing plans.mjs:   node scripts/make-import-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import puppeteer from 'puppeteer-core';
import { plans } from '../tests/fixtures/import/plans.mjs';

const dir = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HEADINGS = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 };

const markdown = (blocks) =>
  blocks.map(([k, t]) => (k[0] === 'h' ? `${'#'.repeat(Number(k[1]))} ${t}` : k === 'q' ? `> ${t}` : k === 'b' ? `**${t}**` : k === 'li' ? `- ${t}` : t)).join('\n\n') + '\n';
const text = (blocks) => blocks.map(([k, t]) => (k === 'li' ? `- ${t}` : k === 'q' ? `”${t}”` : t)).join('\n') + '\n';
const article = (blocks) =>
  blocks
    .map(([k, t]) =>
      k[0] === 'h'
        ? `<${k}>${esc(t)}</${k}>`
        : k === 'q'
          ? `<blockquote><p>${esc(t)}</p></blockquote>`
          : k === 'b'
            ? `<p><strong>${esc(t)}</strong></p>`
            : k === 'li'
              ? `<ul><li>${esc(t)}</li></ul>`
              : `<p>${esc(t)}</p>`,
    )
    .join('\n');
const page = (lang, title, body, chrome) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:"DejaVu Sans",sans-serif;font-size:11pt;margin:2cm}h1{font-size:24pt}h2{font-size:17pt}h3{font-size:13.5pt}blockquote{font-style:italic}</style></head>
<body>${chrome ? `\n<header><nav><a href="/">Start</a> <a href="/om-oss">Om oss</a> <a href="/kalender">Kalender</a></nav></header>` : ''}
<main><article>
${body}
</article></main>${chrome ? '\n<footer><p>Telefon 010-000 00 00 · Följ oss på sociala medier</p><p>© 2024</p></footer>' : ''}
</body></html>
`;

function docx(blocks) {
  const children = blocks.map(([k, t]) =>
    HEADINGS[k]
      ? new Paragraph({ text: t, heading: HEADINGS[k] })
      : new Paragraph({ children: [new TextRun({ text: t, italics: k === 'q', bold: k === 'b' })], ...(k === 'li' ? { bullet: { level: 0 } } : {}) }),
  );
  return Packer.toBuffer(new Document({ creator: 'studyplan tests', sections: [{ children }] }));
}

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [lang, plan] of Object.entries(plans)) {
  const base = path.join(dir, plan.name);
  const title = plan.blocks.find(([k]) => k === 'h1')[1];
  writeFileSync(`${base}.md`, markdown(plan.blocks));
  writeFileSync(`${base}.txt`, text(plan.blocks));
  writeFileSync(`${base}.html`, page(lang, title, article(plan.blocks), true));
  writeFileSync(`${base}.docx`, await docx(plan.blocks));
  const tab = await browser.newPage();
  await tab.setContent(page(lang, title, article(plan.blocks), false), { waitUntil: 'load' });
  writeFileSync(`${base}.chromium.pdf`, await tab.pdf({ format: 'A4', printBackground: false }));
  await tab.close();
  const work = mkdtempSync(path.join(tmpdir(), 'import-fixtures-'));
  try {
    const soffice = (to, from) => execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', to, '--outdir', work, from], { stdio: 'ignore' });
    soffice('odt', `${base}.docx`);
    copyFileSync(path.join(work, `${plan.name}.odt`), `${base}.odt`);
    soffice('pdf', `${base}.odt`);
    copyFileSync(path.join(work, `${plan.name}.pdf`), `${base}.libreoffice.pdf`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`${plan.name}: ${['md', 'txt', 'html', 'docx', 'odt', 'chromium.pdf', 'libreoffice.pdf'].map((e) => `${e} ${readFileSync(`${base}.${e}`).length} B`).join(', ')}`);
}
await browser.close();
