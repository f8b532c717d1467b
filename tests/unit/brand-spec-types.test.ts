import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectTypeOf, test } from 'vitest';
import type { BrandSpec } from '../../src/brand/load-brand.js';
import type { Brand } from '../../src/plan/types.generated.js';
import type { SiteSettings } from '../../src/publish/settings.js';
import type { StudyplanConfig } from '../../src/project/config.generated.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Issue 26: the config's types are generated from its schema, as the plan's are; the brand and
 * site settings are those types, not interfaces written again by hand. A brand reads the same in
 * a plan and in the config: the two schemas give `brand` the same keys.
 */
const schema = (f: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', f), 'utf8')) as { $defs: Record<string, { properties: Record<string, unknown> }> };

test('brand has the same keys in the plan schema and the config schema', () => {
  const plan = Object.keys(schema('studyplan.schema.json').$defs['brand']!.properties).sort();
  const config = Object.keys(schema('studyplan.config.schema.json').$defs['brand']!.properties).sort();
  expect(plan).toEqual(config);
  expect(plan).toContain('logo');
});

test('BrandSpec and SiteSettings are the generated types (checked by tsc over the tests)', () => {
  expectTypeOf<BrandSpec>().toEqualTypeOf<NonNullable<StudyplanConfig['brand']>>();
  expectTypeOf<Brand>().toEqualTypeOf<BrandSpec>();
  expectTypeOf<SiteSettings>().toEqualTypeOf<NonNullable<StudyplanConfig['site']>>();
});
