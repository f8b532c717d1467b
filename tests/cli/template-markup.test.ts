import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

const PLAN = `title: Studieplan 2026
publisher:
  name: Socialdemokraterna i Test
period:
  year: 2026
sections:
  - kind: courses
    title: Utbildningar
    courses:
      - id: kurs
        title: Kurs
        audience: Alla medlemmar
        links:
          - title: Anmälan
            url: https://www.example.se/anmalan/kurs/
`;

let project: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-template-markup-'));
  mkdirSync(path.join(project, 'plans'));
  writeFileSync(path.join(project, 'plans', 'plan.yaml'), PLAN);
  // A district's own link markup: a class and a rel before the href.
  mkdirSync(path.join(project, 'mall', 'partials'), { recursive: true });
  writeFileSync(path.join(project, 'mall', 'template.json'), JSON.stringify({ name: 'mall', extends: 'booklet' }));
  writeFileSync(path.join(project, 'mall', 'partials', 'link.hbs'), '{{#if href}}<a class="lank" rel="noopener" href="{{href}}">{{text}}</a>{{else}}{{text}}{{/if}}');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("a template's own markup gets what the booklet's gets", () => {
  test("a template whose links carry other attributes before the href still prints the link's address", async () => {
    const run = await runMain(project, ['build', '--format', 'html', '--template', './mall', '--out', 'ut']);
    expect(run.stderr).toBe('');
    const html = readFileSync(path.join(project, 'ut', 'plan.html'), 'utf8');
    expect(html).toContain('<a class="lank" rel="noopener" href="https://www.example.se/anmalan/kurs/">Anmälan</a><span class="print-url"> (example.se/<wbr>anmalan/<wbr>kurs)</span>');
  });
});
