// The honest evaluation: announcement-style texts written for this project from the facts
// of real visits, each with a hand-made expected itinerary, in two parts fixed by a seeded
// split (corpus/split.json): the tuning texts, and a held-out third that no rule was tuned
// on. Both parts' figures are printed; each part is held to the floors it honestly meets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { loadGazetteer, type Gazetteer } from '../../src/extract/gazetteer';
import { readCorpus, report, score, totals, type Score } from './evaluate';
import { heldOut } from './split';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, 'corpus');
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function run(dir: string): Score[] {
  return readCorpus(dir).map(({ name, text, expected }) => {
    const { itinerary } = extractWith(gazetteer, text, {
      ...(expected.published ? { published: expected.published } : {}),
      ...(expected.home ? { home: expected.home } : {}),
    });
    return score(name, expected, itinerary);
  });
}

describe('extraction over the corpus', () => {
  it('holds out the texts the seeded split names, and only those', () => {
    const split = JSON.parse(readFileSync(path.join(corpus, 'split.json'), 'utf8')) as { seed: number; heldout: number; pool: string[] };
    const names = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    const held = names(path.join(corpus, 'heldout'));
    expect(held).toEqual(heldOut(split.pool, split.seed, split.heldout));
    const all = [...names(corpus), ...held];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(held.length * 3).toBeGreaterThanOrEqual(all.length);
  });

  it('tuning texts: finds ≥ 95% of the places (precision and recall), stated dates, stated modes and meetings', () => {
    const scores = run(corpus);
    console.log(report('tuning', scores));
    const t = totals(scores);
    // Round 3 measured 99.5%, 99.5%, 98.9%, 100% and 100% (corpus/README.md); the floors sit under them.
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.recall).toBeGreaterThanOrEqual(0.95);
    expect(t.dates).toBeGreaterThanOrEqual(0.95);
    expect(t.modes).toBeGreaterThanOrEqual(0.95);
    expect(t.meetings).toBeGreaterThanOrEqual(0.95);
  });

  it('held-out texts: reports the figures, held to the floors they honestly meet', () => {
    const scores = run(path.join(corpus, 'heldout'));
    console.log(report('held-out', scores));
    const t = totals(scores);
    // Issue 17's goals, asserted where the one look at these figures met them (corpus/README.md):
    // place precision ≥ 0.95 and stated modes ≥ 0.9. Place recall (0.937) and stated dates
    // (0.917) missed the 0.95 goal; they are held only to a floor under the measured figure,
    // to catch a regression, and the misses are listed in the README.
    expect(t.precision).toBeGreaterThanOrEqual(0.95);
    expect(t.modes).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.dates).toBeGreaterThanOrEqual(0.9);
  });
});
