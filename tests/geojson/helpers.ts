import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ItineraryError } from '../../src/itinerary/parse';
import type { ItineraryJSON } from '../../src/itinerary/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = 'data/hk-customs-yrd-visit-2023.json';
export const SEED_GEOJSON = 'data/hk-customs-yrd-visit-2023.geojson';

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(repoRoot, relative), 'utf8'));
}

/**
 * `value` as an app hands its JSON to the exporters (`JSON.parse` and `response.json()` give
 * `any`): unchecked, typed as the itinerary JSON they take, so a test can give them bad input
 * and see it rejected at run time.
 */
export function unchecked(value: unknown): ItineraryJSON {
  return value as ItineraryJSON;
}

/** An itinerary file in the repository, read as an app reads it (see `unchecked`). */
export function readItinerary(relative: string): ItineraryJSON {
  return unchecked(readJson(relative));
}

/** Fixture inputs by name (file name without `.json`), plus the seed visit from `data/`. */
export function fixtureInputs(): Array<[name: string, file: string]> {
  const dir = path.join(repoRoot, 'tests/fixtures/in');
  const own = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f): [string, string] => [f.slice(0, -5), `tests/fixtures/in/${f}`]);
  return [...own, ['hk-customs-yrd-visit-2023', SEED]];
}

/** Strings that break naive XML, JSON or HTML writers, and characters XML 1.0 forbids. */
export const HOSTILE = [
  ']]> & <b>bold</b> "quoted" \'single\'',
  '<![CDATA[ x ]]>',
  'bell\u0007 nul\u0000 esc\u001b vt\u000b end',
  'lone surrogate \ud800 and \udfff, non-character \ufffe\uffff',
  '&amp; &#x0; &lt;script&gt;alert(1)&lt;/script&gt;',
  'emoji 🗺️ right-to-left \u202e text',
];

/** The issues of the ItineraryError `fn` throws; fails when it throws none. */
export function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof ItineraryError) return e.issues;
    throw e;
  }
  throw new Error('expected an ItineraryError');
}

/** What a text becomes after a writer and a parser: the forbidden characters are gone, the rest is intact. */
export function escapeXmlText(s: string): string {
  return s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
