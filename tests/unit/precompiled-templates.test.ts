import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  });

  afterEach(() => vi.restoreAllMocks());

  /** The environments templateRenderer makes, with their compile() watched: a text compiled at run time is counted. */
  const watchCompiles = () => {
    const compiled: string[] = [];
    const create = Handlebars.create.bind(Handlebars);
    vi.spyOn(Handlebars, 'create').mockImplementation(() => {
      const hb = create();
      const compile = hb.compile.bind(hb);
      vi.spyOn(hb, 'compile').mockImplementation((input, options) => {
        compiled.push(String(input).slice(0, 40));
        return compile(input, options);
      });
      return hb;
    });
    return compiled;
  };

  it('are what the renderer of the built-in template uses: it compiles none of its files at run time', async () => {
    const compiled = watchCompiles();
    const template = await loadTemplate('booklet');
    const renderer = templateRenderer(template);
    expect(renderer.page).toBeTypeOf('function');
    expect(renderer.index).toBeTypeOf('function');
    expect(compiled).toEqual([]);
  });

  it('are not used for a file whose text differs: that one is compiled (the watch above sees a compile)', async () => {
    const compiled = watchCompiles();
    const booklet = await loadTemplate('booklet');
    const quote = booklet.partials.get('quote')!;
    const edited = { ...booklet, partials: new Map([...booklet.partials, ['quote', { ...quote, source: `${quote.source}\n` }]]) };
    templateRenderer(edited);
    expect(compiled).toHaveLength(1);
  });
});
