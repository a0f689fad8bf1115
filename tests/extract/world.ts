// The world gazetteer, loaded once per test file, and drafts made with it, for the rule tests.
import { beforeAll } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { loadGazetteer, type Gazetteer } from '../../src/extract/gazetteer';
import { anchorOf, readSentences } from '../../src/extract/sentences';
import { score } from './evaluate';

/** An announcement written for the rule tests, with the stops (home too) and meetings a reader expects. */
export interface Announcement {
  what: string;
  text: string;
  published: string;
  home: string;
  stops: string[];
  meetings?: [stop: string, with_: string][];
}

/** Loads the gazetteer before the file's tests; `world.g` holds it once loaded. */
export function useWorld() {
  const world = { g: undefined as unknown as Gazetteer };
  beforeAll(async () => {
    world.g = await loadGazetteer();
  });
  const draft = (text: string, published: string, home: string) => extractWith(world.g, text, { published, home }).itinerary;
  /** Each stop as `Name arrive..depart`. */
  const stopDays = (text: string, published: string, home: string) =>
    draft(text, published, home).stops.map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`);
  /** Every date of every sentence, as `from` or `from..to`. */
  const datesOf = (text: string, published?: string) =>
    readSentences(text, world.g, anchorOf(text, published)).map((i) => i.dates.map((d) => (d.to ? `${d.from}..${d.to}` : d.from)));
  /** The stops visited (not home) as `Name arrive..depart`, and every leg's mode. */
  const read = (text: string, published: string, home: string) => {
    const it = draft(text, published, home);
    return { stops: it.stops.slice(1, -1).map((s) => `${s.name} ${s.arrive ?? ''}..${s.depart ?? ''}`), modes: it.legs.map((l) => l.mode) };
  };
  /** What the corpus scorer finds wrong with an announcement's draft: stops missed or extra, meetings missed. */
  const failures = (c: Announcement) => {
    const expected = {
      published: c.published,
      home: c.home,
      stops: c.stops.map((name) => ({ name, country: '' })),
      meetings: (c.meetings ?? []).map(([stop, w]) => ({ stop, with: w })),
    };
    return score(c.what, expected, draft(c.text, c.published, c.home)).failures;
  };
  return { world, draft, stopDays, datesOf, read, failures };
}
