import type { Itinerary, Meeting } from '../itinerary/types';

/** A meeting and the stop it happened at. */
export interface MeetingAt {
  /** The meeting, as in the itinerary. */
  meeting: Meeting;
  /** Index of its stop in visiting order. */
  stop: number;
}

/**
 * The meeting with id `id` and its stop, or `undefined` when no meeting has it (a stale
 * link, a typo in a hash). Meeting ids are unique in a parsed itinerary.
 *
 * @example
 * findMeeting(itinerary, 'lingang-big-data'); // { meeting: {…}, stop: 4 }
 */
export function findMeeting(itinerary: Itinerary, id: string): MeetingAt | undefined {
  let meeting: Meeting | undefined;
  const stop = itinerary.stops.findIndex((s) => (meeting = s.meetings.find((m) => m.id === id)));
  return meeting && { meeting, stop };
}
