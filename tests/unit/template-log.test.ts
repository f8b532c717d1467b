import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test, vi } from 'vitest';
import { build } from '../../src/pipeline/build.js';

/** Issue 16: a template's {{log}} wrote to the terminal during a build. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('{{log "..."}} in a layout prints nothing and renders nothing', async () => {
  mkdirSync(path.join(dir, 'plans'));
  cpSync(path.join(root, 'tests/fixtures/valid/minimal.yaml'), path.join(dir, 'plans/plan.yaml'));
  cpSync(path.join(root, 'templates/booklet'), path.join(dir, 'tpl'), { recursive: true });
  const layout = path.join(dir, 'tpl/layout.hbs');
  writeFileSync(layout, readFileSync(layout, 'utf8').replace('</body>', '{{log "\\u001b[2KFAKE ✔ built" level="error"}}</body>'));
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
  try {
    const r = await build(['plans/'], { cwd: dir, template: 'tpl', formats: ['html'] });
    expect(r.plans[0]?.outputs).toHaveLength(1);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    expect(readFileSync(path.join(dir, 'out/plan.html'), 'utf8')).not.toContain('FAKE');
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});
