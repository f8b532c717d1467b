import type { sv } from './sv.js';

/** The shape of one language's catalogue: Swedish is written first, and en, nb and da have its keys. */
export type Words = typeof sv;
