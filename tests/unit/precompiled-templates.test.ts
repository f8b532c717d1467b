import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, templateRenderer } from '../../src/render/environment.js';
import { loadTemplate } from '../../src/render/template-loader.js';
import { PRECOMPILED } from '../../src/render/templates.generated.js';
import { ROOT } from '../helpers/cli.js';

/**
 * The built-in templates come precompiled (scripts/precompile-templates.mjs): the committed file
 * must be what the script writes now, with the options the runtime compiles with, and a template
 * rendered from it must give what compiling its text gives.
 */
describe('precompiled built-in templates', () => {
  it('are current: the script in --check mode finds nothing to change', () => {
    expect(execFileSync(process.execPath, ['scripts/precompile-templates.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/up to date \(\d+ templates\)/);
  });

  it('are compiled with the options of src/render/environment.ts', async () => {
    const script = await readFile(path.join(ROOT, 'scripts/precompile-templates.mjs'), 'utf8');
    const options = /const COMPILE_OPTIONS = (\{[^}]*\});/.exec(script)?.[1];
    expect(options).toBeDefined();
    expect(Function(`return (${options})`)()).toEqual({ ...COMPILE_OPTIONS });
  });

  it('hold every file of the booklet template, and render as compiling its text does', async () => {
    const template = await loadTemplate('booklet');
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    for (const file of [template.layout, ...template.partials.values()]) expect(PRECOMPILED[hash(file.source)], file.file).toBeDefined();
    const quote = template.partials.get('quote')!;
    const view = { cite: 'https://example.se/tal', html: '<p>Kunskap är makt</p>', author: 'Ture Nerman', source: 'Tal & skrifter' };
    const fromSpec = Handlebars.create().template(PRECOMPILED[hash(quote.source)] as Parameters<typeof Handlebars.template>[0]);
    const fromText = Handlebars.create().compile(quote.source, COMPILE_OPTIONS);
    expect(fromSpec(view)).toBe(fromText(view));
    expect(fromSpec(view)).toContain('Tal &amp; skrifter');
    // Strict, as compiled: a field the view lacks is an error both ways.
    expect(() => fromSpec({})).toThrow(/not defined/);
    expect(() => fromText({})).toThrow(/not defined/);
    // The renderer of the template uses them: it compiles nothing of its own.
    expect(typeof templateRenderer(template).page).toBe('function');
  });
});
