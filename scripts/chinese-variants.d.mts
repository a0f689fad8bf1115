/** Types for `chinese-variants.mjs` (plain Node, run once at authoring time). */

/** Simplified (Mainland) → traditional as written in Hong Kong, by opencc-js. */
export function toHant(text: string): string;
/** Traditional (Hong Kong) → simplified (Mainland), by opencc-js. */
export function toHans(text: string): string;
/** Adds the missing script to every map with only one of `zh-Hans`/`zh-Hant`, in place; returns how many it added. */
export function addVariants(value: unknown): number;
/** The layout of `data/*.json`. */
export function format(value: unknown, depth?: number, key?: string): string;
