import type { DateMention } from './dates';
import type { Visit } from './draft';
import { ARRIVAL, REACH, re } from './verbs';

// Part of stage 2 (visits.ts): which of a place's days in one sentence is its arrival.

// "…, where they arrived on the morning of Friday, 16 June": the words right before the day of an arrival.
export const ARRIVED_ON = re('iu')`\b(?:${ARRIVAL}|${REACH})\s+(?:there\s+|in\s+\p{Lu}[\p{L}-]*\s+)?(?:(?:on|at|in)\s+)?(?:the\s+)?(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+(?:of\s+)?)?$`;

/**
 * "On Thursday night the leaders boarded a train for the overnight journey to Kyiv, where they arrived on the
 * morning of Friday, 16 June": when a place takes two single days from one sentence and one is written right
 * after the arrival, that one is the arrival; the earlier ones are the traveller's last at the stop before.
 * Returns the days of leaving taken from `days` (changed in place).
 */
export function splitArrival(sentence: string, dated: readonly DateMention[], days: Visit['days']): string[] {
  if (dated.length < 2 || dated.some((d) => d.to)) return [];
  const arrival = dated.find((d) => ARRIVED_ON.test(sentence.slice(Math.max(0, d.start - 60), d.start)));
  if (!arrival) return [];
  const before = dated.filter((d) => d !== arrival && d.from < arrival.from).map((d) => d.from);
  if (!before.length) return [];
  days.splice(0, days.length, ...days.filter((d) => !before.includes(d.day)));
  return before;
}
