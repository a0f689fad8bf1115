// The stops a rule test expects, written as the corpus's expected files give them, and what the corpus scorer finds
// wrong in a draft against them (shared by the rule tests that score whole announcements).
import type { Itinerary, TravelMode } from '../../src/itinerary/types';
import { score, type ExpectedStop } from './evaluate';

/** A stop visited, with the days the text places the traveller there and the stated mode of the leg into it. */
export const at = (name: string, days: string[], mode?: TravelMode): ExpectedStop => ({ name, country: '', days, ...(mode ? { mode } : {}) });
/** The home the trip leaves, with its stated day of leaving. */
export const from = (name: string, depart?: string): ExpectedStop => ({ name, country: '', ...(depart ? { depart } : {}) });
/** The home the trip comes back to, with its stated day and mode. */
export const back = (name: string, arrive?: string, mode?: TravelMode): ExpectedStop => ({ name, country: '', ...(arrive ? { arrive } : {}), ...(mode ? { mode } : {}) });

/** What the corpus scorer finds wrong in the draft of `text`: missed or extra stops, days outside their stop, modes, and
 *  meetings missed (each `[stop, with]`: words that must appear in a meeting at that stop). */
export const missesWith =
  (draft: (text: string, published: string, home: string) => Itinerary, label: string) =>
  (text: string, published: string, home: string, stops: ExpectedStop[], meetings: [stop: string, with_: string][] = []): string[] =>
    score(label, { published, home, stops, meetings: meetings.map(([stop, w]) => ({ stop, with: w })) }, draft(text, published, home)).failures;

/** An announcement a rule test scores whole: its stops (home first, and last where the trip comes back), the meetings it
 *  states where a test checks them, and for one the extractor still misreads, why. */
export interface Case {
  what: string;
  text: string;
  published: string;
  home: string;
  stops: ExpectedStop[];
  meetings?: [stop: string, with_: string][];
  why?: string;
}

/** What the corpus scorer finds wrong with a {@link Case}'s draft: stops missed, extra or out of order, days, modes and meetings. */
export const caseMisses =
  (draft: (text: string, published: string, home: string) => Itinerary) =>
  (c: Case): string[] =>
    missesWith(draft, c.what)(c.text, c.published, c.home, c.stops, c.meetings);

/** A {@link Case}, and where a test checks them, the modes of all its legs in order (home to first stop first). */
export type ModeCase = Case & { legs?: TravelMode[] };

/** What the corpus scorer finds wrong with a {@link ModeCase}'s draft, and a leg whose mode is not the one the case expects. */
export const modeCaseMisses =
  (draft: (text: string, published: string, home: string) => Itinerary) =>
  (c: ModeCase): string[] => {
    const got = draft(c.text, c.published, c.home).legs.map((l) => l.mode);
    return [...caseMisses(draft)(c), ...(c.legs && got.join() !== c.legs.join() ? [`legs ${c.legs.join(',')} (got ${got.join(',')})`] : [])];
  };

/** A {@link Case}'s misses, but for one marked `why` (its meetings not read), those of its places, days and modes only. */
export const placeMisses =
  (draft: (text: string, published: string, home: string) => Itinerary) =>
  (c: Case): string[] =>
    caseMisses(draft)(c).filter((x) => !c.why || !x.startsWith('missed meeting'));

/** A {@link Case} with the stops no sentence dates, which must carry no stated date. */
export interface DatedCase extends Case {
  undated?: string[];
}

/** The stops of `names` that the draft gives a stated date, each with it. */
export const statedUndated = (it: Itinerary, names: string[]): string[] =>
  it.stops.flatMap((s) => {
    const name = typeof s.name === 'string' ? s.name : Object.values(s.name).join(' ');
    return names.includes(name) && s.dateCertainty === 'stated' && (s.arrive || s.depart) ? [`${name}: stated ${s.arrive ?? '-'}..${s.depart ?? '-'}`] : [];
  });
