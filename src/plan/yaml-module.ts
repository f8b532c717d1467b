import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
let loaded: YamlModule | undefined;
/**
 * The `yaml` package, loaded on first use: lint's many plans mostly go through the quick reader
 * (read-events.ts), and loading yaml cost each thread 30 ms.
 */
export function yamlModule(): YamlModule {
  return (loaded ??= createRequire(import.meta.url)('yaml') as YamlModule);
}
