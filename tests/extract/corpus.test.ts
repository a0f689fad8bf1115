// The honest evaluation: announcement-style texts written for this project from the facts
// of real visits, each with a hand-made expected itinerary. Figures are printed; the test
// fails under the floors the issue sets.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { loadGazetteer, type Gazetteer } from '../../src/extract/gazetteer';
import { readCorpus, report, score, totals, type Score } from './evaluate';

const here = path.dirname(fileURLToPath(import.meta.url));
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function run(dir: string): Score[] {
  return readCorpus(path.join(here, dir)).map(({ name, text, expected }) => {
    const { itinerary } = extractWith(gazetteer, text, {
      ...(expected.published ? { published: expected.published } : {}),
      ...(expected.home ? { home: expected.home } : {}),
    });
    return score(name, expected, itinerary);
  });
}

describe('extraction over the corpus', () => {
  it('finds ≥ 90% of the places (precision and recall) and ≥ 90% of the stated dates', () => {
    const scores = run('corpus');
    expect(scores.length).toBeGreaterThanOrEqual(15);
    console.log(report('corpus', scores));
    const t = totals(scores);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.dates).toBeGreaterThanOrEqual(0.9);
    expect(t.meetings).toBeGreaterThanOrEqual(0.75);
  });

  it('reports the held-out texts, written after the rules, separately', () => {
    const scores = run('heldout');
    expect(scores.length).toBeGreaterThanOrEqual(3);
    console.log(report('held-out', scores));
    const t = totals(scores);
    // A floor well under the corpus one: these texts were not used to tune the rules,
    // but the extractor must still be clearly useful on them.
    expect(t.precision).toBeGreaterThanOrEqual(0.6);
    expect(t.recall).toBeGreaterThanOrEqual(0.6);
  });
});
