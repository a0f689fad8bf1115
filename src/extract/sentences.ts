import { MONTH_NC, WEEKDAY_NC } from './date-words';
import { addDays, findDates, findDuration, findPublished, parseISO, tenseOf, type DateMention, BOUND, COUNTED_DAY, countedDay } from './dates';
import type { Info } from './draft';
import { findPlaces } from './find-places';
import type { Gazetteer } from './gazetteer';
import { splitSentences, type Sentence } from './segment';
import { travellerSubject } from './visit-words';
import { ARRIVAL, DEPART_OR_DEPARTURE, DRIVE, EMBARK, FLY, GO, HEAD, LEAVE, PROCEED, RETURN as RETURN_FORMS, SAIL, TRAVEL, re } from './verbs';

// Stage 1 of extraction: the text as sentences, each with its dates and place names.

export const DEPART = re('i')`\b(?:${DEPART_OR_DEPARTURE}|${LEAVE}|left|set(?:s)?\s+(?:off|out)|beg(?:an|in|ins|inning)|start(?:s|ed|ing)?|${EMBARK}|commenc(?:e|es|ed|ing)|kick(?:s|ed)?\s+off|(?:jet(?:s|ted)?|${FLY})\s+out)\b`;
export const RETURN = re('i')`\b(?:${RETURN_FORMS}|back\s+(?:to|in|home)|(?:flight|journey|trip|way)\s+home|(?:${FLY}|${HEAD}|${GO}|went|${TRAVEL}|${SAIL})\s+home|(?:expected|due)\s+(?:back\s+|home\s+)?(?:in|at)\b|conclud(?:e|es|ed|ing)|end(?:s|ed)?\s+(?:her|his|their|the)\s+(?:visit|trip|tour))\b`;
// "Berlin, 17 April 2024 –", "Washington, D.C., Friday, May 24, 2024 --", "Jakarta, Friday (8/11/2024) -", "Beijing, Aug. 25 --";
// not a programme's day heading, "Tuesday, 18 June – Seoul", whose date is the day's.
export const DATELINE = re(
  'u',
)`^(?!\s*${WEEKDAY_NC}\b)[\p{L} .,'’-]{2,40}?,\s*(?:(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4}|(?=\s*[–—-]))|\d{4}-\d{2}-\d{2}|(?:\p{L}+,?\s*)?\(?\d{1,2}[/.]\d{1,2}[/.]\d{4}\)?)(?:\s*[–—-]+\s*|\s*$)`;
// "HELSINKI, March 15 (Nordic News Agency) - ": a dateline with the agency in brackets after its day.
export const AGENCY_LINE = /^\p{Lu}[\p{L} .'’-]{1,39},\s*[\p{L}\d ,.]{3,25}?\s*\([^()\n]{2,40}\)\s*[–—-]/u;
const AGENCY_YEAR = /^\p{Lu}[\p{L} .'’-]{1,39},\s*[\p{L}\d ,.]{3,25}?\d{4}\s*\([^()\n]{2,40}\)\s*[–—-]/u;
// A return told as done: "returned to Canberra", "arrived back in Brasília", "flew home".
const RETURNED = /\b(?:returned|(?:arrived|came|got|was|were|flew|travelled|traveled|headed)\s+(?:back|home))\b/i;
// A week a text names before its weekdays: "spent last week in Europe", "earlier this week"; "will travel to Africa next week",
// "the week after next".
const WEEK_TOLD = /\b(?:last\s+week|earlier\s+this\s+week|next\s+week|the\s+week\s+after\s+next)\b/i;
// "has set out a plan", "set out its reservations": a position laid out, no departure.
const LAID_OUT = /\bset(?:s)?\s+out\s+(?=(?:its|his|her|their|our|the|a|an|what|how)\b)/gi;
const SAID = /\b(?:said|announced|stated|confirmed|told\s+(?:\p{L}+\s+){0,2})\s*(?:on\s+)?$/iu;
// An opening on a time of the day the story has reached: "That afternoon", "Later that day", "In the evening".
const SAME_DAY = /^\s*(?:(?:later\s+)?(?:that|the\s+same)\s+(?:morning|afternoon|evening|night|day)|later\s+(?:that\s+day|in\s+the\s+(?:day|afternoon|evening))|in\s+the\s+(?:afternoon|evening))\b/i;
// "has arrived in Pyongyang", "have just arrived here": an arrival told in the present perfect.
const HAS_ARRIVED = /\b(?:has|have)\s+(?:just\s+|already\s+)?arrived\b/i;
// The same inside a sentence: "returned to Manila later in the day", "went out to Irpin, and returned the same evening".
const LATER_SAME_DAY = /\b(?:later\s+(?:that\s+day|in\s+the\s+(?:day|afternoon|evening))|(?:later\s+)?(?:that|the\s+same)\s+(?:morning|afternoon|evening|night|day))\b/i;
// "The delegation will then travel to Suzhou by high-speed train", after a day's programme: travel on told as what comes next.
export const THEN_TRAVEL = re('i')`\b(?:will\s+|would\s+)?then\s+(?:${TRAVEL}|${FLY}|${HEAD}|${GO}|${PROCEED}|${EMBARK}|${SAIL}|${DRIVE}|take|took|board)\b`;
// A date after these words is not where the story is: "before departing China on April 9".
const AHEAD = /\b(?:before|by)\s+(?:\p{L}+\s+){0,3}$/iu;
// A dated heading that opens a readout written at the end of its day: "Readout, 29 July: … in Hanoi today", "Day 2, 14 May –";
// a label of up to three words before the date, a colon or a dash after it, and a month named in it.
// The words of a whole trip before its span: "will inspect Sichuan Province from", "leads a trade mission to China from".
const TRIP_BEFORE_SPAN = /\b(?:visit|tour|inspect|mission|delegation|travel)\w*\b[^.;]*\bfrom\s+$/i;
const HEADING_BEFORE = /^\s*(?:[\p{L}\d]+(?:[\s,]+|$)){0,3}$/u;
const HEADING_AFTER = /^\s*[:–—]/;
const NAMES_MONTH = re('i')`${MONTH_NC}|\d{4}-\d{2}-\d{2}`;
// The words a readout says of its own day, and the days either side of it.
const OWN_DAY = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow|yesterday|last\s+(?:night|evening))\b/i;

// "begins a three-day visit", "will start his four-day state visit": the visit's first day is the one the sentence then gives.
// "arrives in New Delhi on Wednesday for a three-day visit": the day of arriving, which a visit's length counts from.
const ARRIVES_ON = re('iu')`\b(?:${ARRIVAL})\b[^.;:]{0,60}$`;
const BEGINS_VISIT = /\b(?:begin|begins|began|start|starts|started|open|opens|opened)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|mission)\b/i;

// "D (Monday 5 October):", "D-Day, 5 October –": the day a programme counts from; "D+1:", "D+2 –": a day counted from it.
const D_DAY = /^\s*D(?:-?Day)?\s*[(,:–—-]/i;
const D_PLUS = /^\s*D\s*([+-])\s*(\d{1,2})\b/;

/** What every date of a text is read against: its publication date, else a year it names. */
export interface TextAnchor {
  /** ISO `YYYY-MM-DD`: the caller's, else a date line of the text. */
  published?: string;
  /** The first plausible year written in the text. */
  year?: number;
}

/**
 * The anchor of a text's dates: `published` as given, else found in the text; and the first year it names.
 * @example
 * anchorOf('Berlin, 17 April 2024 – The Chancellor …'); // { published: '2024-04-17', year: 2024 }
 */
export function anchorOf(text: string, published?: string): TextAnchor {
  const p = published ?? findPublished(text);
  const year = /\b(19[5-9]\d|20\d\d)\b/.exec(text)?.[1];
  return { ...(p ? { published: p } : {}), ...(year ? { year: Number(year) } : {}) };
}

// Between a counted day and the day that dates it: "the first day of the visit, 4 March", "6 March, the third day".
const COUNT_THEN_DAY = /^(?:\s+of\s+(?:the|his|her|their|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:visit|trip|tour|stay|mission|programme|journey))?\s*[,(–—-]\s*(?:on\s+)?(?:\p{L}+,?\s+)?$/iu;
const DAY_THEN_COUNT = /^\s*[,(–—-]\s*(?:which\s+is\s+|being\s+)?$/i;

/** The first day of a count whose day the sentence gives beside it ("On the first day of the visit, 4 March"). */
function datedCount(text: string, counted: RegExpExecArray, dates: DateMention[]): string | undefined {
  const n = countedDay(counted);
  if (n === undefined) return undefined;
  const end = counted.index + counted[0].length;
  const day = dates.find((d) => !d.to && ((d.start >= end && COUNT_THEN_DAY.test(text.slice(end, d.start))) || (d.end <= counted.index && DAY_THEN_COUNT.test(text.slice(d.end, counted.index)))));
  return day ? addDays(day.from, 1 - n) : undefined;
}

// A run of blanks inside a line: the rules read it as its first two ("in Tokyo Nov. 14" and 4,000 spaces took 30 s, the regular
// expressions that look over blanks trying each of them in turn), or as a tab when it has one. Two stay two: a table's columns
// are set apart by two spaces or more ("2018-07-12  Brussels").
const BLANKS = /[^\S\n]{3,}/g;

/** The sentence with its runs of blanks cut to two (a tab), and `quote` (the sentence as in the input) when that changed it. */
function readable(s: Sentence): { s: Sentence; quote?: string } {
  const text = s.text.replace(BLANKS, (run) => (run.includes('\t') ? '\t' : run.slice(0, 2)));
  return text === s.text ? { s } : { s: { ...s, text }, quote: s.text };
}

/**
 * Splits the text into sentences and reads each one's dates (resolved against `anchor`
 * and the sentences before it), place names, and whether it speaks of setting out or
 * coming back. A dateline ("Berlin, 17 April 2024 –") is the publication, not a travel day.
 * @example
 * readSentences('She left on 3 May for Tokyo.', gazetteer, { published: '2024-05-01' })[0].dates[0].from; // '2024-05-03'
 */
export function readSentences(text: string, gazetteer: Gazetteer, anchor: TextAnchor): Info[] {
  const infos: Info[] = [];
  let previous: string | undefined;
  let narrative: string | undefined;
  let reached: string | undefined;
  // Whether the day reached is a single day, not the first of a span.
  let reachedDay = false;
  let trip: { from: string; to?: string } | undefined;
  // The first day told as the trip's start ("leaves Seoul on 8 November"), which a trip without a span or a length counts from.
  let opened: string | undefined;
  let dday: string | undefined;
  // The latest day told so far (after the return of a report told from its end), and that return.
  let latest: string | undefined;
  let ended: string | undefined;
  // The day of the readout heading the sentences since it ("Readout, 29 July:"), which their "today" and "tomorrow" are told from.
  let headed: string | undefined;
  for (const sentence of splitSentences(text)) {
    const { s, quote } = readable(sentence);
    // "Beijing, November 8, 2024 (Xinhua) -- …": an agency's dateline with its year, as a dateline has, is the publication's day
    // too. (One without its year, "SHANGHAI, April 13 (Xinhua) --", still tells the day the report's weekdays are counted from.)
    const dateline = s.sentence === 1 ? DATELINE.exec(s.text)?.[0].length ?? AGENCY_YEAR.exec(s.text)?.[0].length ?? 0 : 0;
    const base = {
      ...anchor,
      tense: tenseOf(s.text),
      ...(previous ? { previous } : {}),
      ...(narrative ? { narrative } : {}),
      ...(latest ? { told: latest } : {}),
      ...(ended ? { ended } : {}),
      ...(RETURN.test(s.text) ? { returns: true } : {}),
    };
    // Whether an earlier sentence has told a day: the trip's start is the first day the text tells.
    const toldBefore = !!latest;
    // "who began his tour in Bangkok on Sunday, arrived in Hanoi on day three of the trip": a day counted in a trip whose start
    // the same sentence tells first.
    const dayCounted = COUNTED_DAY.exec(s.text);
    // The sentence's dates before any trip is known, read once for the two readings of a counted day below.
    const uncounted = !trip && dayCounted ? findDates(s.text, base) : undefined;
    const opening = !opened && !toldBefore ? uncounted?.[0] : undefined;
    if (opening && dayCounted && opening.end <= dayCounted.index && DEPART.test(s.text.slice(0, opening.start))) opened = opening.from;
    // "On the first day of the visit, 4 March, …", "on 6 March, the third day of the trip": a counted day the sentence dates
    // itself tells the day the count starts from, over the day of leaving home.
    const dated = uncounted && dayCounted ? datedCount(s.text, dayCounted, uncounted) : undefined;
    if (dated) opened = dated;
    const context = { ...base, ...(trip ? { trip } : opened ? { trip: { from: opened } } : {}) };
    // "the spokesperson said on Wednesday": the day something was said is no day of the trip.
    let dates = findDates(s.text, context).filter((d) => d.start >= dateline && !SAID.test(s.text.slice(0, d.start)));
    const head = dates[0];
    if (head && !head.to && HEADING_BEFORE.test(s.text.slice(dateline, head.start)) && HEADING_AFTER.test(s.text.slice(head.end)) && NAMES_MONTH.test(s.text.slice(head.start, head.end))) headed = head.from;
    if (headed && headed !== anchor.published && OWN_DAY.test(s.text)) dates = findDates(s.text, { ...context, published: headed }).filter((d) => d.start >= dateline && !SAID.test(s.text.slice(0, d.start)));
    // "… before flying home on Friday": a day of the return (again) is not moved back before the one first told.
    const again = ended ? RETURN.exec(s.text) : null;
    if (again) {
      const plain = findDates(s.text, { ...context, ended: undefined });
      for (const d of dates) {
        const p = d.start >= again.index ? plain.find((x) => x.start === d.start && x.end === d.end) : undefined;
        if (!p) continue;
        d.from = p.from;
        if (p.to) d.to = p.to;
        else delete d.to;
      }
    }
    // "That afternoon she boarded a train for Shanghai", "In the evening, they will fly to Ottawa": an undated sentence
    // that opens on a time of the same day happened on the day the story has reached.
    // "He returned to Manila later in the day", "… and returned by train the same evening": those words anywhere, too.
    // Not after a span ("a state visit to the UK from 20 to 23 November. The President will then travel to Paris"): then is after it.
    const sameDay = SAME_DAY.exec(s.text) ?? LATER_SAME_DAY.exec(s.text) ?? (reachedDay ? THEN_TRAVEL.exec(s.text) : null);
    if (!dates.length && reached && sameDay) dates.push({ from: reached, start: sameDay.index, end: sameDay.index + sameDay[0].length, confidence: 0.7 });
    // "PYONGYANG, July 25. /TASS/. … Shoigu has arrived in Pyongyang": an arrival told as just done, in a report with no day before
    // it, is on the day the report is published.
    const justNow = !dates.length && anchor.published && (!reached || reached === anchor.published) ? HAS_ARRIVED.exec(s.text) : null;
    // Only when its subject is the traveller ("Russian President Vladimir Putin has arrived", "A delegation led by Defense Minister
    // Sergei Shoigu has arrived", "The Minister has arrived"): not "The first shipment of aid", "An advance team", "Chinese
    // peacekeepers" or "Rescue teams from Japan", whose arrival dates no one's trip.
    if (justNow && travellerSubject(s.text.slice(0, justNow.index))) dates.push({ from: anchor.published!, start: justNow.index, end: justNow.index + justNow[0].length, confidence: 0.7 });
    // A programme counted from its first day: "D (Monday 5 October): Arrival in Cork", then "D+1: Travel by road to Kilkenny".
    const counted = D_PLUS.exec(s.text);
    if (counted && dday && !dates.some((d) => d.start < counted[0].length + 3)) dates.unshift({ from: addDays(dday, (counted[1] === '-' ? -1 : 1) * Number(counted[2])), start: 0, end: counted[0].length, confidence: 0.7 });
    else if (D_DAY.test(s.text) && dates[0] && dates[0].start < 25) dday = dates[0].from;
    for (const d of dates) if (!d.to && BOUND.test(s.text.slice(Math.max(0, d.start - 20), d.start))) d.bound = true;
    previous = dates[dates.length - 1]?.to ?? dates[dates.length - 1]?.from ?? previous;
    const told = dates.filter((d) => !d.bound && !AHEAD.test(s.text.slice(Math.max(0, d.start - 30), d.start)));
    // "Prime Minister Albanese returned to Canberra on Saturday after a week in Europe.": the first day a report tells is its
    // return; the days it tells next are of the trip before it, not the story moving on from it.
    const endFirst = !narrative && !latest && told.length > 0 && RETURNED.test(s.text) && !DEPART.test(s.text);
    if (endFirst) ended = told.map((d) => d.to ?? d.from).sort().pop();
    else narrative = told[0]?.from ?? narrative;
    if (!endFirst) for (const d of told) if (!latest || (d.to ?? d.from) > latest) latest = d.to ?? d.from;
    // "The Taoiseach spent last week in Europe. On Monday he was in Brussels": the weekdays told next are of that week.
    const week = !narrative && !told.length && anchor.published ? WEEK_TOLD.exec(s.text) : null;
    if (week) narrative = weekStart(anchor.published!, week[0]);
    // The latest day the sentence tells of: "arrived on Monday … and the following morning laid a wreath" has reached Tuesday.
    reached = told[told.length - 1]?.from ?? reached;
    if (told.length) reachedDay = !told[told.length - 1]!.to;
    // The trip's days: the first span the text gives ("from 2 to 13 September").
    const span = dates.find((d) => d.to);
    // Not a stay the same sentence goes on from ("will be in Mexico City from Sunday until Tuesday …, then travel to
    // Guadalajara on Wednesday"): the trip lasts past it.
    // Nor one after a day the same sentence has told ("On Monday he leaves Brasília for Johannesburg, where from Tuesday to
    // Thursday he will take part in the summit. On Friday … Luanda"): a stay the trip began before.
    if (!trip && span?.to && !told.some((d) => d.from > span.to! || d.from < span.from)) trip = { from: span.from, to: span.to };
    // "leaves Seoul on 8 November for a state visit …. On the second day of the visit": the first day told with the trip's start.
    if (!trip && !opened && told.length && !toldBefore && DEPART.test(s.text.slice(0, told[0]!.start))) opened = told[0]!.from;
    // "a three-day state visit to Ghana beginning on 18 February": the trip's days, from its first day and its length.
    const length = !trip && told.length === 1 ? findDuration(s.text) : undefined;
    // "begins a three-day visit to Saudi Arabia in Riyadh on Monday": the visit begun on that day, its verb before the place; or
    // arrived at, "arrives in New Delhi on Wednesday for a three-day visit".
    if (length && (/\b(?:beginning|starting|from|as\s+of|commencing)\s+(?:on\s+)?(?:\p{L}+,?\s+)?$/iu.test(s.text.slice(0, told[0]!.start)) || BEGINS_VISIT.test(s.text.slice(0, told[0]!.start)) || ARRIVES_ON.test(s.text.slice(0, told[0]!.start)))) trip = { from: told[0]!.from, to: addDays(told[0]!.from, length - 1) };
    const mentions = findPlaces(s.text, gazetteer);
    // "will inspect Sichuan Province from 18 to 20 April. He starts in Chengdu … The following day he travels to Deyang": the span of
    // a trip to a region or a country, naming no place it is spent at, is walked through from its first day, not counted on from its
    // last (as "in Beijing from 3 to 5 June. The following day …" is).
    const tripSpan = dates.length === 1 && dates[0]!.to && !dates[0]!.bound ? dates[0]! : undefined;
    if (tripSpan && TRIP_BEFORE_SPAN.test(s.text.slice(0, tripSpan.start)) && !mentions.some((m) => m.start < tripSpan.start && !m.country && m.candidates.some((c) => c.kind !== 'region'))) previous = tripSpan.from;
    infos.push({ s, ...(quote !== undefined ? { quote } : {}), dates, mentions, departs: DEPART.test(s.text.replace(LAID_OUT, '')), returns: RETURN.test(s.text) });
  }
  const first = infos[0];
  if (first && first.s.paragraph === 1 && infos[1]?.s.paragraph !== 1 && infos.length > 1) first.headline = true;
  programmeDays(infos);
  return infos;
}

/**
 * The day a week named before its weekdays starts from, for a text published on `published`: the Monday of that week for
 * "last week" and "earlier this week"; for "next week" the Sunday before its Monday ("next week. On Sunday he leaves …, on
 * Monday …"), but never before the day after publication; "the week after next", a week on.
 */
function weekStart(published: string, words: string): string {
  const monday = addDays(published, -((new Date(parseISO(published)).getUTCDay() + 6) % 7));
  if (/^last/i.test(words)) return addDays(monday, -7);
  if (/^earlier/i.test(words)) return monday;
  const next = [addDays(monday, 6), addDays(published, 1)].sort().pop()!;
  return /after\s+next/i.test(words) ? addDays(next, 7) : next;
}

/**
 * A day-by-day programme ("Day 2 – Wednesday, 14 May" or "Wednesday 1 November – Astana" on a line of its own, twice or more):
 * each undated sentence under a day's heading happened on that day.
 */
function programmeDays(infos: Info[]): void {
  // "20 June: Depart New Delhi for New York.", "22 June: Travel to Washington, D.C. Official welcome …": a day opening its line
  // with a colon heads the sentences after it, however long its line.
  const headingOf = (i: Info) =>
    i.dates.find(
      (d) =>
        /^\s*(?:Day\s+\w+)?[\s,.:–—-]*$/i.test(i.s.text.slice(0, d.start)) &&
        (/^(?:\s*[–—:-]\s*[^\n.]{1,80})?[\s.:]*(?:\n|$)/.test(i.s.text.slice(d.end)) || (d.start === 0 && i.s.sentence === 1 && /^\s*:\s+\p{Lu}/u.test(i.s.text.slice(d.end)))),
    );
  if (infos.filter((i) => headingOf(i)).length < 2) return;
  let day: DateMention | undefined;
  let at = -1;
  infos.forEach((info, k) => {
    const h = headingOf(info);
    if (h) [day, at] = [h, k];
    else if (day && !info.dates.length) {
      info.dates.push({ ...day, start: 0, end: 0, confidence: 0.7 });
      info.heading = at;
    }
  });
}
