import type { sv } from './sv.js';

/** The shape of one language's catalogue: Swedish is written first, and en and nb have its keys. */
export type Words = typeof sv;
