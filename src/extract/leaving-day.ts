import { addDays, type DateMention } from './dates';
import type { Info, Visit } from './draft';
import type { Found } from './visits';
import { DEPART } from './sentences';
import { ARRIVED_ON } from './arrival-day';
import { ARRIVE_WORD, BEFORE_HOME, GOES_TO, LEAVES_FOR, OPENS_ON_TRAVELLER, SETS_OFF_HOME, STAYS_UNTIL } from './visit-words';

// Part of stage 2 (visits.ts): the day a sentence gives for leaving a stop, which is also a day at it, and the days a
// sentence gives that are no day of the trip.

/**
 * "arrived on 19 October … following the attack by Hamas on 7 October", "since he took office on 1 January", "Kibbutz Nir Oz, which
 * was attacked on 7 October": an
 * earlier day of what led to the trip is no day of it; nor a later day of what it leads up to ("ahead of the election on 4 July").
 */
// "After the G20 summit in Brisbane on 15 and 16 November, President Xi will pay a state visit to Australia": a dated event the
// sentence opens on, in a place, before what the traveller goes on to, is one the traveller is at, no history.
const AFTER_EVENT_SOURCE = String.raw`(?:^|\s[–—-]{1,2}\s+)(?:After|Following)\s+the\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:summit|meeting|conference|forum|games|session|talks|ceremony)\s+(?:in|at)\s+(?:the\s+)?`;
/** Before the place: the sentence opens on a dated event there. */
export const AFTER_EVENT = new RegExp(`${AFTER_EVENT_SOURCE}$`, 'iu');
const AFTER_EVENT_ON = new RegExp(`${AFTER_EVENT_SOURCE}\\p{Lu}[^,;()]{0,40}?\\s+on\\s+$`, 'iu');

/**
 * Whether the clause after such an opening (from `at`, past its comma) is the traveller's: "…, the Prime Minister will travel to
 * Kigali on 1 July", not "Following the summit in Vilnius on 11 July 2023, the alliance agreed new plans".
 */
export const travellerAfterEvent = (text: string, at: number): boolean => {
  const comma = text.indexOf(',', at);
  return comma >= 0 && OPENS_ON_TRAVELLER.test(text.slice(comma + 1));
};

export const isHistory = (info: Info, d: DateMention): boolean =>
  (/\b(?:(?:following|after)\s+the|since)\s[^,;()]{0,80}$/i.test(info.s.text.slice(0, d.start)) && !AFTER_EVENT_ON.test(info.s.text.slice(0, d.start)) && info.dates.some((o) => o.from > d.from)) ||
  // "visit to Kibbutz Nir Oz, which was attacked on 7 October": what was done there before, told in a clause of its own.
  (/\b(?:which|that|where|who)\s+(?:was|were|had\s+been)\s+\p{L}+ed\b[^,;()]{0,30}?\s(?:on|in)\s+(?:the\s+)?$/iu.test(info.s.text.slice(0, d.start)) && info.dates.some((o) => o.from > d.from)) ||
  // "He will return to the UK that evening to resume campaigning ahead of the general election on 4 July": a later day of
  // what the trip leads up to is no day of it either.
  (/\b(?:ahead\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to)\s+(?:the|a|an|his|her|their|next)\s[^,;()]{0,80}$/i.test(info.s.text.slice(0, d.start)) && info.dates.some((o) => o.from < d.from));

// "fly overnight from Marseille to Washington": a night's travel to the place after "to".
const OVERNIGHT_TO = /\bovernight\b[^,;]*\bto\s+(?:the\s+)?$/i;

// "Thereafter, on 25 August", "After that, on Friday": travel told as coming after the stay before it.
const THEREAFTER = /^\s*(?:Thereafter|After\s+that|Afterwards|Subsequently|Following\s+(?:that|this|the\s+\p{L}+))\s*,/iu;

/**
 * The day of leaving for a travel the sentence dates `d`: "He will fly overnight from Marseille to Washington, arriving on 13
 * February" leaves the day before the arrival it dates; any other day is the day of leaving itself.
 */
export function leftOn(info: Info, d: DateMention): string {
  const night = /\bovernight\b/i.test(info.s.text) && ARRIVED_ON.test(info.s.text.slice(Math.max(0, d.start - 60), d.start));
  return night ? addDays(d.from, -1) : d.from;
}

/**
 * "The delegation will leave for Hanoi on the afternoon of 1 August", "On Tuesday she will fly to Mombasa", "travels to
 * Paris by air": the day of leaving for the next stop is also the last at the stop left (`last`, changed in place), as
 * the corpus counts it (a dated day of leaving a stop is a day at it). Not for an arrival ("left for Astana, arriving on
 * Tuesday night"), a span ("leave for Osaka from 3 to 5 June"), a stop whose stay the text ends ("in Nairobi from 2 to 3
 * June"), nor where the sentence names the stop left itself. Until round 8 only "leave/depart for" was read so; with
 * round 7's texts the wider reading gained 14 of the tuning texts' dates and lost none.
 */
export function leavingDays(info: Info, found: readonly Found[], dated: readonly DateMention[][], last: Visit): void {
  const k = found.findIndex((f) => !found.some((g) => g.m.start < f.m.start));
  const f = found[k];
  // "… the BRICS Summit, which South Africa hosts from 22–24 August. Thereafter, on 25 August, he will travel to Athens": a stay
  // the text ends before a later travel on still lasts until that travel.
  const travelDay = f && dated[k]!.length === 1 && !dated[k]![0]!.to && !dated[k]![0]!.bound ? dated[k]![0]!.from : undefined;
  if (last.days.some((d) => d.as === 'depart' && (!travelDay || !THEREAFTER.test(info.s.text) || d.day >= travelDay))) return;
  // "travel to Lusaka, where she will stay until the 24th": a bound of the stay is no day of travelling on; but "He will remain in
  // the capital until Friday morning, when he flies to Villavicencio" bounds the stay left, before the place travelled to.
  const d0 = f ? dated[k]![0] : undefined;
  const stayLeft = !!d0?.bound && d0.end <= f!.m.start && STAYS_UNTIL.test(info.s.text.slice(0, d0.start));
  const day = d0 && !d0.to && (!d0.bound || stayLeft) ? d0.from : undefined;
  if (ARRIVE_WORD.test(info.s.text)) {
    const to = found.findIndex((g) => OVERNIGHT_TO.test(info.s.text.slice(0, g.m.start)));
    const reached = to >= 0 && dated[to]!.length === 1 && !dated[to]![0]!.to ? dated[to]![0]! : undefined;
    if (reached && found[to]!.e !== last.entry) last.days.push({ day: leftOn(info, reached), as: 'depart' });
    return;
  }
  // "He left Paris on Tuesday … before flying to Chișinău on Wednesday": a sentence that leaves another place before the one
  // travelled to leaves from there, not from the stop the story was last at.
  const elsewhere =
    f &&
    info.mentions.some(
      (m) => m.start < f.m.start && !m.country && !m.personal && !m.candidates.includes(last.entry) && /\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|from)\s+$/i.test(info.s.text.slice(0, m.start)),
    );
  if (f && day && !elsewhere && f.e !== last.entry && (LEAVES_FOR.test(info.s.text.slice(0, f.m.start)) || GOES_TO.test(info.s.text.slice(0, f.m.start)))) last.days.push({ day, as: 'depart' });
}

/**
 * "Mr Hipkins began his journey home on Sunday", "will depart for home on 29 June", "Before returning to Bangkok on
 * Thursday, 19 October, he will be received by …", "…, where she will tour the depot before flying home on 7 March": in a
 * sentence of the return that names no stop, or one that sets off home after the stop it names, the day the traveller
 * sets off home is the last at the stop left (`last`, changed in place), up to any arrival the sentence gives after it
 * ("fly home, arriving back in Seoul on Sunday" is the arrival's day).
 */
export function homewardDay(info: Info, last: Visit): void {
  const setsOff = SETS_OFF_HOME.exec(info.s.text) ?? BEFORE_HOME.exec(info.s.text);
  if (!setsOff) return;
  const from = setsOff.index + setsOff[0].length;
  const arrives = ARRIVE_WORD.exec(info.s.text.slice(from));
  const until = arrives ? from + arrives.index : Infinity;
  const first = info.dates.find((d) => d.start >= setsOff.index && d.end <= until && !d.to && !isHistory(info, d));
  if (first) last.days.push({ day: first.from, as: 'depart' });
}

/**
 * "departed Tokyo on 29 April and visited Madagascar and Nigeria, returning to Japan on 5 May", "returned to Lima on
 * 9 May, at the end of a visit that began on 4 May": in a sentence that tells both the setting off and the return, the
 * day written right after the words of setting off (a place, "on", "the morning of" between them), which starts the
 * trip; `undefined` when no day follows them so.
 */
export function setOffDay(info: Info): DateMention | undefined {
  const word = DEPART.exec(info.s.text);
  if (!word) return undefined;
  const after = word.index + word[0].length;
  return info.dates.find((d) => d.start >= after && /^\s+(?:(?:for|from)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:on\s+)?(?:the\s+)?(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?$/u.test(info.s.text.slice(after, d.start)));
}
