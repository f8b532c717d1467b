/**
 * How many bytes each kind of input may hold (src/files/safe-read.ts refuses more before reading).
 * Plans have their own limit (src/plan/limits.ts, 1 MiB). Real configs are under 2 kB, template
 * files under 100 kB, font files under 200 kB, cover photos 1–3 MB and a cache of 300 plans about
 * 400 kB: each limit leaves room for any real file and bounds a hostile one.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** A template's layout, partials, labels, CSS and assets, each. */
export const MAX_TEMPLATE_FILE_BYTES = 8 * 1024 * 1024;
/** A font file or a font package's CSS. */
export const MAX_FONT_BYTES = 8 * 1024 * 1024;
/** A logo, cover or picture a plan or the config names. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** A built output read back (a shard's PDF when merging): a booklet of 60 pages is about 5 MB. */
export const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** out/.studyplan-cache.json. */
export const MAX_CACHE_BYTES = 32 * 1024 * 1024;
