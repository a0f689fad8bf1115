import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './release-sentences';
import { readRelease, repoRoot } from './seed-files';

/** Longest run of the release's words allowed anywhere in the project's own files. */
const MAX_RUN = 7;
const SCANNED = ['data', 'examples', 'scripts'];
const TEXT_FILE = /\.(json|geojson|gpx|kml|md|txt|html?|css|m?[jt]s|cjs|svg)$/i;

/** Words, lower-cased: letters and digits, keeping inner hyphens and apostrophes ("shanghai-based"). */
function words(text: string): string[] {
  const decoded = text.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return decoded.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Every run of `n` consecutive words, joined by single spaces. */
function runs(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i += 1) out.push(list.slice(i, i + n).join(' '));
  return out;
}

/** The first run of `n` words of `text` that the release also has, if any. */
function copiedRun(text: string, release: Set<string>, n = MAX_RUN + 1): string | undefined {
  const vocabulary = new Set([...release].flatMap((r) => r.split(' ')));
  const list = words(text);
  // Only build a run where its last n words are all release words: large data files stay cheap.
  let known = 0;
  for (let i = 0; i < list.length; i += 1) {
    known = vocabulary.has(list[i] ?? '') ? known + 1 : 0;
    if (known < n) continue;
    const run = list.slice(i + 1 - n, i + 1).join(' ');
    if (release.has(run)) return run;
  }
  return undefined;
}

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : TEXT_FILE.test(name) ? [full] : [];
  });
}

/**
 * A file's text with the one allowed quotation removed: the release's title given in
 * full as a JSON string value (the source document's `title`, a citation).
 */
function scannable(file: string, title: string): string {
  const text = readFileSync(file, 'utf8');
  return /\.(geo)?json$/i.test(file) ? text.split(JSON.stringify(title)).join('""') : text;
}

describe('the seed does not copy the release', () => {
  it('finds an 8-word run however it is spaced or capitalised, and not a 7-word one', () => {
    const release = new Set(runs(words('One two three four five six seven eight nine.'), 8));
    expect(copiedRun('x ONE two\nthree   four five six seven eight y', release)).toBe('one two three four five six seven eight');
    expect(copiedRun('one two three four five six seven x eight', release)).toBeUndefined();
  });

  const release = readRelease();
  it.runIf(release !== undefined)(`has no run of ${MAX_RUN + 1} words from the release in ${SCANNED.join('/, ')}/`, () => {
    const text = release ?? '';
    const title = splitSentences(text)[0]?.text ?? '';
    const shingles = new Set(runs(words(text), MAX_RUN + 1));
    const files = SCANNED.flatMap((d) => filesUnder(path.join(repoRoot, d)));
    expect(files.length).toBeGreaterThan(0);
    const copied = files
      .map((file) => [path.relative(repoRoot, file), copiedRun(scannable(file, title), shingles)])
      .filter(([, run]) => run !== undefined);
    expect(copied).toEqual([]);
  });
});
