import type { Meeting, SourceRef } from '../itinerary/types';
import type { DateMention } from './dates';
import type { PlaceMention } from './find-places';
import type { Sentence } from './segment';
import type { GazetteerEntry } from './types';

// The working records of one extraction, shared by its steps.

/** A sentence with what was found in it. */
export interface Info {
  /** The sentence as the rules read it: its runs of blanks inside a line cut to two, or a tab (see `readSentences`). */
  s: Sentence;
  /** The sentence as in the input, where `s.text` is not: what its facts quote. */
  quote?: string;
  dates: DateMention[];
  mentions: PlaceMention[];
  departs: boolean;
  returns: boolean;
  /** The headline: a first paragraph of one sentence. Facts are quoted from the body when it has them. */
  headline?: boolean;
  /** A line of a day-by-day programme: the sentence of its day's heading ("Monday 2 March — Coimbra"), which gave it its day. */
  heading?: number;
}

export interface Visit {
  entry: GazetteerEntry;
  info: number;
  /** Where the place is named in that sentence. */
  at?: number;
  /**
   * Days the text gives for this visit, and whether they are arrivals, departures or both; `inferred` where the
   * sentence gives the day of something else ("will leave for Tokyo tomorrow": the day of leaving, not of arriving);
   * also where it gives a day spent there ("In Dubai he will meet … on March 3", "On 7 June she will meet the President"):
   * neither the day of reaching it nor of leaving it, which only a sentence of arriving or leaving states. `span`: the last
   * day of a visit to the place's country ("a state visit to India from 9 to 12 March"), given to its last place there.
   * `where`: a later day of a "where" clause after the place ("flies to Singapore, where he will speak on Friday"), spent there.
   */
  days: { day: string; as: 'arrive' | 'depart' | 'both'; inferred?: boolean; span?: boolean; where?: boolean }[];
  confidence: number;
  /** "return to X", "came back to X": the text brings the traveller back to a place. */
  comesBack?: boolean;
  /** "began the tour in Manila": the text names the place the trip begins at. */
  opens?: boolean;
  /** "coming from the Conference in Dubai": the place the traveller came from to the sentence's stop. */
  cameFrom?: boolean;
  /** "return to Dhaka from Jaipur the same day": the place the way home leaves from, the last of the day's stops. */
  homeward?: boolean;
  /** Later sentences that dated this visit without naming the place. */
  extra?: number[];
  /** "where he will spend two nights": the nights the text gives the stay. */
  stay?: number;
  /** "a state visit to Ghana": the country, as the text names it, whose capital this visit is assumed to be. */
  country?: string;
}

export interface Draft {
  entry: GazetteerEntry;
  visits: Visit[];
  arrive?: string;
  depart?: string;
  stated: Set<'arrive' | 'depart'>;
  /** `arrive:YYYY-MM-DD`, `depart:…`: a day that only inferred days give the field, so not stated even where `stated` has it. */
  guessed?: Set<string>;
  meetings: Meeting[];
  home?: 'departure' | 'return';
  /** The nights the text gives the stay, when it gives no last day. */
  stay?: number;
  /** The last stop, whose leaving no sentence states: it lasts until the return home. */
  untilReturn?: boolean;
}


/** The source of a fact: the sentence, where it is, and how sure the extractor is. */
export const ref = (info: Info, confidence: number): SourceRef => ({
  document: 'text',
  paragraph: info.s.paragraph,
  sentence: info.s.sentence,
  range: info.s.range,
  text: info.quote ?? info.s.text,
  confidence: Math.round(confidence * 100) / 100,
});


/** `base`, or `base-2`, `base-3`… whichever is not used yet. */
export const uniqueId = (base: string, used: Set<string>) => {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
};

