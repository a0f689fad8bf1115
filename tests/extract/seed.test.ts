// The seed press release must extract to the hand-made seed itinerary on places, order and
// stated dates. The release lives outside the repository; without it this test says so and skips.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractItinerary } from '../../src/extract/extract-itinerary';
import { distanceKm } from '../../src/extract/distance';
import type { Itinerary } from '../../src/itinerary/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const releasePath = path.resolve(repoRoot, '../shared/seed/press-release.txt');
const seed = JSON.parse(readFileSync(path.join(repoRoot, 'data/hk-customs-yrd-visit-2023.json'), 'utf8')) as Itinerary;
const hasRelease = existsSync(releasePath);
if (!hasRelease) console.log(`Skipping the seed extraction test: ${releasePath} is absent.`);

describe.skipIf(!hasRelease)('extracting the seed press release', () => {
  const published = seed.sources[0]?.published ?? '2023-12-13';
  const extracted = hasRelease ? extractItinerary(readFileSync(releasePath, 'utf8'), { published }) : undefined;

  it('gives the seed visit’s places in the seed’s order, each within 25 km of the seed’s point', async () => {
    const { itinerary } = await extracted!;
    expect(itinerary.stops).toHaveLength(seed.stops.length);
    seed.stops.forEach((want, i) => {
      const got = itinerary.stops[i]!;
      expect(distanceKm(got.coordinates, want.coordinates), `stop ${i} ${JSON.stringify(want.name)} vs ${String(got.name)}`).toBeLessThan(25);
    });
  });

  it('gives every date the seed marks as stated', async () => {
    const { itinerary } = await extracted!;
    seed.stops.forEach((want, i) => {
      const got = itinerary.stops[i]!;
      if (want.dateCertainty === 'stated') {
        if (want.arrive) expect(got.arrive, `stops[${i}].arrive`).toBe(want.arrive);
        if (want.depart) expect(got.depart, `stops[${i}].depart`).toBe(want.depart);
      }
      for (const m of want.meetings.filter((m) => m.dateCertainty === 'stated')) {
        expect(got.meetings.map((x) => x.date), `a meeting on ${m.date} at stops[${i}]`).toContain(m.date);
      }
    });
  });

  it('finds the two Directors General, each at the city of their customs district', async () => {
    const { itinerary } = await extracted!;
    const at = (id: string) => JSON.stringify(itinerary.stops.find((s) => s.id === id)?.meetings.map((m) => m.with));
    expect(at('hangzhou')).toContain('Wang Wei');
    expect(at('shanghai')).toContain('Gao Rongkun');
  });

  it('keeps each fact’s sentence as its source, sliced exactly from the text', async () => {
    const text = readFileSync(releasePath, 'utf8');
    const { itinerary } = await extracted!;
    const refs = itinerary.stops.flatMap((s) => [...s.source, ...s.meetings.flatMap((m) => m.source)]);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(text.slice(r.range![0], r.range![1])).toBe(r.text);
  });
});
