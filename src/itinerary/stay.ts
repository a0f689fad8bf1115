import { isEarlier } from './iso-date';
import type { Meeting, Stop } from './types';

/**
 * The meetings of a valid stop dated outside its stay, each with its index: before its
 * arrival's day or after its departure's, compared as the validator compares a route's
 * dates (a date and a date-time of the same day are not apart). The format allows them; the
 * CLI's `validate` and the extractor warn of them, as a map would draw such a meeting on a
 * day the traveller was elsewhere.
 */
export function outsideStay(stop: Stop): [number, Meeting][] {
  const { arrive, depart } = stop;
  const out: [number, Meeting][] = [];
  stop.meetings.forEach((m, k) => {
    if (m.date && ((arrive && isEarlier(m.date, arrive)) || (depart && isEarlier(depart, m.date)))) out.push([k, m]);
  });
  return out;
}
