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

/** What the corpus scorer finds wrong in the draft of `text`: missed or extra stops, days outside their stop, modes. */
export const missesWith =
  (draft: (text: string, published: string, home: string) => Itinerary, label: string) =>
  (text: string, published: string, home: string, stops: ExpectedStop[]): string[] =>
    score(label, { published, home, stops, meetings: [] }, draft(text, published, home)).failures;

/** An announcement scored whole, with its stops (home first, and last where the trip comes back) and their stated days and modes. */
export interface StopsCase {
  what: string;
  text: string;
  published: string;
  home: string;
  stops: ExpectedStop[];
  /** For a case the extractor still misreads: why. */
  why?: string;
}
