/** Where the seed data and its source live, and how tests read them. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_PATH = path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json');
export const RELEASE_PATH = path.resolve(repoRoot, '../shared/seed/press-release.txt');

/** A loosely typed view of the itinerary JSON as written (before `parseItinerary`). */
export type Json = Record<string, unknown>;

/** The seed itinerary JSON exactly as committed. */
export function readSeed(): Json {
  return JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Json;
}

/** The press release text, or `undefined` (with a printed notice) when it is not there. */
export function readRelease(): string | undefined {
  if (existsSync(RELEASE_PATH)) return readFileSync(RELEASE_PATH, 'utf8');
  console.log(`press release not found at ${RELEASE_PATH}: skipping the tests that need it`);
  return undefined;
}

/** A value as a list, as the itinerary input allows one item or a list. */
export function asList(value: unknown): Json[] {
  if (Array.isArray(value)) return value as Json[];
  return value === undefined || value === null ? [] : [value as Json];
}

/** The English text of a LocalizedText (`{ en: … }` or a plain string). */
export function english(text: unknown): string {
  if (typeof text === 'string') return text;
  const en = (text as Json | undefined)?.en;
  return typeof en === 'string' ? en : '';
}
