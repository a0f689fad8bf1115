// Date mentions in one sentence: every phrasing the corpus writes a day in, as one table of
// patterns (PATTERNS) read by one loop. Over 300 lines for that reason: the table is the file,
// and each pattern keeps beside it, as a comment, the phrasings it reads.

/** A date (or a span of days) found in a sentence. */
export interface DateMention {
  /** `[start, end)` within the sentence. */
  start: number;
  /** End of the mention within the sentence, exclusive (UTF-16 code units). */
  end: number;
  /** ISO `YYYY-MM-DD`. */
  from: string;
  /** Last day of a span ("from March 19 to 23"), ISO. */
  to?: string;
  /** How sure the reading is: lower for weekday names and "the next day". */
  confidence: number;
  /** "until 13 July", "through Friday": the date bounds a stay or the trip, it is not a day the story reaches. */
  bound?: boolean;
}

/** What a date is read against. */
export interface DateContext {
  /** Publication date, ISO; anchors "today", "tomorrow", weekdays and missing years. */
  published?: string;
  /** Year to use when neither the text nor `published` gives one. */
  year?: number;
  /** Whether the sentence speaks of the future ("will depart"), the past, or cannot tell. */
  tense: 'future' | 'past' | 'unknown';
  /** The date the previous sentences spoke of, for "the next day". */
  previous?: string;
  /**
   * The day the story has reached (the first day the last dated sentence gives that is not a
   * bound such as "until 13 July"; the first day of a span): a weekday ("on Monday") is the first one on or after it.
   */
  narrative?: string;
  /** The latest day written earlier in the same sentence: "on Thursday, before returning on Friday". */
  earlier?: string;
  /** The last span written earlier in the same sentence: "from the 2nd to the 4th of February: Guatemala City on the 2nd". */
  span?: {
    /** The span's first day, `YYYY-MM-DD`. */
    from: string;
    /** The span's last day, `YYYY-MM-DD`. */
    to: string;
  };
  /** The latest day the sentences before this one have told (not a bound; after `ended`, if any). */
  told?: string;
  /**
   * The day of the return a report told first ("returned to Canberra on Saturday after a week in Europe. He arrived in London
   * on Sunday …"): the days told after it are the trip's, on or before it.
   */
  ended?: string;
  /** The sentence tells a return ("will return to Dublin on Saturday"): its day comes after every day told before it. */
  returns?: boolean;
  /** The trip's first and last days where the text gives them, for "on the last day", "on day two". */
  trip?: {
    /** The trip's first day, `YYYY-MM-DD`. */
    from: string;
    /** The trip's last day, `YYYY-MM-DD`, where the text gives it. */
    to?: string;
  };
}

import { isoCheck } from '../itinerary/iso-date';
import { NUMBER_WORDS, SCHEDULED, tenseOf } from './tense';

export { findDuration, tenseOf } from './tense';

import { DAY, iso, LISTED_DAYS, MONTH, MONTH_FULL, MONTH_NC, monthIndex, TO, utcDay, WEEKDAY, WEEKDAY_NC, WEEKDAYS, YEAR } from './date-words';

export { findPublished } from './published';

const toISO = (t: number): string => new Date(t).toISOString().slice(0, 10);
export const parseISO = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
export const addDays = (iso: string, days: number): string => toISO(parseISO(iso) + days * 86400000);

/** The year for a month and day without one: the one that puts the date nearest to `published`; when that is months away, the nearest on the side the tense points to. */
function yearFor(month: number, day: number, ctx: DateContext): number | undefined {
  if (!ctx.published) return ctx.year;
  const pub = parseISO(ctx.published);
  const y = Number(ctx.published.slice(0, 4));
  const nearest = (years: number[]) => years.reduce((a, c) => (Math.abs(utcDay(c, month, day) - pub) < Math.abs(utcDay(a, month, day) - pub) ? c : a));
  const best = nearest([y, y - 1, y + 1]);
  if (Math.abs(utcDay(best, month, day) - pub) <= 120 * 86400000) return best;
  // Months away either way: a sentence in the future speaks of days after publication, one in the past of days before it.
  const fits = (c: number) => (ctx.tense === 'future' ? utcDay(c, month, day) >= pub : ctx.tense === 'past' ? utcDay(c, month, day) <= pub : true);
  const side = [y, y - 1, y + 1].filter(fits);
  return side.length ? nearest(side) : best;
}


/** A day/month/year written in figures: day first unless only month first is a real date or it lies nearer `published`. */
function numeric(a: number, b: number, year: number | undefined, published?: string): string | undefined {
  // No thirteenth month: "10/30/2023" is month first only (`iso` would roll month 30 over into another year).
  const dayFirst = b <= 12 ? iso(year, b - 1, a) : undefined;
  const monthFirst = a <= 12 ? iso(year, a - 1, b) : undefined;
  if (!dayFirst || !monthFirst || !published) return dayFirst ?? monthFirst;
  const gap = (d: string) => Math.abs(parseISO(d) - parseISO(published));
  return gap(monthFirst) < gap(dayFirst) ? monthFirst : dayFirst;
}

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray, ctx: DateContext): { from?: string; to?: string; confidence: number } | undefined;
}

/** Resolves a month/day pair, taking a stated year or else the nearest one. */
function absolute(monthName: string, dayText: string, yearText: string | undefined, ctx: DateContext) {
  const month = monthIndex(monthName);
  const day = Number(dayText);
  return iso(yearText ? Number(yearText) : yearFor(month, day, ctx), month, day);
}

/** Words before a date that make it a bound of the trip or a stay, not the day the story has reached: "until 13 July". */
export const BOUND = /\b(?:until|till|through|ending|ends?|run(?:s|ning)?\s+to)\s+(?:\p{L}+\s+)?$/iu;

/** The first day of weekday `target` (0 = Sunday) on or after `iso`. */
const onOrAfter = (target: number, iso: string): string => addDays(iso, (target - new Date(parseISO(iso)).getUTCDay() + 7) % 7);

/**
 * The day a weekday name points at. Future: the first such day on or after the day the story
 * has reached (`narrative`), else the next one after publication. Past: the first on or after
 * `narrative` if that is not after publication, else the last one before publication. A day so
 * found a week past the trip's stated last day is the one the week before, when that is not before
 * publication; in a report told from its end (`ended`), one after that end is the one the week before. With `after`: the
 * first on or after it ("from Sunday to Thursday").
 */
function weekday(name: string, ctx: DateContext, after?: string): string | undefined {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  if (after) return onOrAfter(target, after);
  const pub = ctx.published;
  // "Vietnam on 3 and 4 June … On Friday (2 June) he will speak in Singapore": a week past the trip's stated end is the week before,
  // never before a day the same sentence has already written ("in Abidjan from Monday to Wednesday … to Yamoussoukro on
  // Thursday, before returning on Friday": the span was a stay, not the trip).
  const back = (d: string) => addDays(d, -7);
  // Nor a return before a day earlier sentences have told ("spend Monday and Tuesday in Austin … on Friday, 17 March, he will
  // meet … will return to Dublin on Saturday": the span was a stay, and the Saturday is the 18th, not the 11th).
  const within = (d: string) =>
    ctx.trip?.to && d > ctx.trip.to && (!ctx.earlier || back(d) >= ctx.earlier) && (!ctx.returns || !ctx.told || back(d) >= ctx.told) && (!pub || back(d) >= pub) ? back(d) : d;
  const day = weekdayFrom(target, ctx, within);
  // "returned to Canberra on Saturday after a week in Europe. He arrived in London on Sunday": a report told from its end
  // speaks of days on or before the return, in the order it tells them (not before a day it has told since).
  const since = [ctx.earlier ?? '', ctx.told ?? ''].sort().pop()!;
  return day && ctx.ended && day > ctx.ended && back(day) >= since ? back(day) : day;
}

/** {@link weekday} without a day to count from: by the story's day, else by publication; `within` keeps a day in the trip. */
function weekdayFrom(target: number, ctx: DateContext, within: (d: string) => string): string | undefined {
  const { published: pub, narrative } = ctx;
  if (narrative && ctx.tense !== 'past' && (!pub || narrative >= pub)) return within(onOrAfter(target, narrative));
  if (narrative && ctx.tense === 'past' && (!pub || onOrAfter(target, narrative) <= pub)) return onOrAfter(target, narrative);
  if (!pub) return undefined;
  const d = new Date(parseISO(pub)).getUTCDay();
  const forward = (target - d + 7) % 7;
  if (ctx.tense === 'future') return addDays(pub, forward === 0 ? 7 : forward);
  const back = (d - target + 7) % 7;
  // "returned to Beijing on Friday" in a report of that Friday: the day itself.
  if (ctx.tense === 'past') return addDays(pub, -back);
  return addDays(pub, forward <= back ? forward : -back);
}

/** The day numbered `n` that falls on weekday `name`, nearest the day the story has reached (else publication). */
function numberedWeekday(name: string, n: number, ctx: DateContext): string | undefined {
  const base = ctx.narrative ?? ctx.published;
  if (!base) return undefined;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  for (let k = 0; k <= 200; k++) {
    for (const d of [addDays(base, k), addDays(base, -k)]) {
      const t = new Date(parseISO(d));
      if (t.getUTCDate() === n && t.getUTCDay() === target) return d;
    }
  }
  return undefined;
}

/**
 * The day numbered `n` of the month the story is in (else publication's), or of the month before or after: the nearest
 * that falls on weekday `name` within five weeks; else, the weekday being a slip, the first on or after the story's day.
 */
function numberedDay(name: string, n: number, ctx: DateContext): string | undefined {
  const base = ctx.narrative ?? ctx.published;
  if (!base) return undefined;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const month = Number(base.slice(0, 4)) * 12 + Number(base.slice(5, 7)) - 1;
  const days = [-1, 0, 1, 2].map((k) => iso(Math.floor((month + k) / 12), (month + k) % 12, n)).filter((d): d is string => !!d);
  const gap = (d: string) => Math.abs(parseISO(d) - parseISO(base));
  const matching = days.filter((d) => new Date(parseISO(d)).getUTCDay() === target && gap(d) <= 35 * 86400000).sort((a, b) => gap(a) - gap(b));
  return matching[0] ?? days.find((d) => d >= base) ?? days[days.length - 1];
}

/**
 * A day counted from the date before it (resolved in {@link findDates}): "the next day", "the
 * following morning", "the day after" (+1); "the same evening", "later that day", "at the end of the day", "upon arrival" (0); "two days
 * later" (+2); "the previous day", "the day before, she will visit", "a day earlier" (-1); "two days earlier" (-2).
 * Not "later in the day after the closing session": that day, its time told by what comes before it.
 */
const RELATIVE: Pattern = {
  re: /\b(?:(?:the\s+)?(?:next|following|subsequent)\s+(?:day|morning|afternoon|evening|night)|(?<!\blater\s+in\s+)the\s+day\s+after(?!\s+tomorrow)|(the\s+same|that(?:\s+same)?|later\s+that|earlier\s+that|at\s+the\s+(?:end|close)\s+of\s+the)\s+(?:day|morning|afternoon|evening|night)|((?:up)?on\s+(?:his|her|their|the\s+delegation's)?\s*arrival)|(a|one|two|three|four|five|six|\d)\s+days?\s+later|(the\s+(?:previous|preceding)\s+(?:day|evening|night)|the\s+day\s+before(?=,?\s+(?:he|she|they|we)\b))|(a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before(?=,?\s+(?:he|she|they|we)\b)))\b/gi,
  read: () => ({ confidence: 0.6 }),
};
const count = (n: string): number => NUMBER_WORDS[n.toLowerCase()] ?? Number(n);
const offsetOf = (m: RegExpExecArray): number => (m[1] || m[2] ? 0 : m[3] ? count(m[3]) : m[4] ? -1 : m[5] ? -count(m[5]) : 1);

/** "the second day", "on the final day", "day three": a day counted in the trip. */
export const COUNTED_DAY = /\b(?:the\s+)?(first|opening|second|third|fourth|fifth|sixth|seventh|last|final|closing)\s+day\b|\bday\s+(one|two|three|four|five|six|seven|[1-7])\b/i;

const ORDINALS: Record<string, number> = { first: 1, opening: 1, one: 1, second: 2, two: 2, third: 3, three: 3, fourth: 4, four: 4, fifth: 5, five: 5, sixth: 6, six: 6, seventh: 7, seven: 7 };
/** The number of a {@link COUNTED_DAY} match ("the third day": 3, "day 2": 2); none for the last day. */
export const countedDay = (m: RegExpExecArray): number | undefined => {
  const word = (m[1] ?? m[2]!).toLowerCase();
  return /^(?:last|final|closing)$/.test(word) ? undefined : ORDINALS[word] ?? Number(word);
};

const PATTERNS: Pattern[] = [
  // 2023-12-10
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ from: iso(Number(m[1]), Number(m[2]) - 1, Number(m[3])), confidence: 0.95 }) },
  // 26/07/2023, 8.11.2024: day and month in the order that puts the date nearer publication (either, when it is not known).
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g, read: (m, c) => ({ from: numeric(Number(m[1]), Number(m[2]), Number(m[3]), c.published), confidence: 0.9 }) },
  // "04/05 Arrival in Maputo; 05/05 Maputo, talks with …": a day and month in figures without a year, heading a programme's line
  // or an item of its list (not a time, "10.30", nor a figure inside a sentence), in the order nearer publication. Not a fraction of a
  // unit ("1/2 day: talks in Geneva", "3/4 time") nor "24/7" (a hotline's hours).
  {
    re: /(?<=(?:^|[\n;:•·▪])[ \t]*(?:[–-][ \t]*)?)(?!24\/7\b)(\d{1,2})\/(\d{1,2})\b(?!\/)(?![ \t]*(?:days?|hours?|times?|weeks?|months?|years?|board|price|rate)\b)(?=[ \t:,–—-]+\p{L})/gu,
    read: (m, c) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      const year = b <= 12 ? yearFor(b - 1, a, c) : a <= 12 ? yearFor(a - 1, b, c) : undefined;
      return { from: numeric(a, b, year, c.published), confidence: 0.85 };
    },
  },
  // March 30 to April 2(, 2024)
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}${TO}${MONTH}\\s+${DAY}${YEAR}\\b`, 'g'),
    read: (m, c) => ({ from: absolute(m[1]!, m[2]!, m[5], c), to: absolute(m[3]!, m[4]!, m[5], c), confidence: 0.9 }),
  },
  // 30 March to 2 April( 2024)
  {
    re: new RegExp(`\\b${DAY}\\s+${MONTH}${TO}${DAY}\\s+${MONTH}${YEAR}\\b`, 'g'),
    read: (m, c) => ({ from: absolute(m[2]!, m[1]!, m[5], c), to: absolute(m[4]!, m[3]!, m[5], c), confidence: 0.9 }),
  },
  // March 19 to 23(, 2024), June 3, 4 and 5
  {
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${LISTED_DAYS})?${TO}${DAY}\\b(?!\\s*${MONTH_NC})${YEAR}`, 'g'),
    read: (m, c) => ({ from: absolute(m[1]!, m[2]!, m[4], c), to: absolute(m[1]!, m[3]!, m[4], c), confidence: 0.9 }),
  },
  // 19 to 23 March( 2024), the 3rd to the 5th of June, 3, 4 and 5 June, Tuesday 24 to Thursday 26 June
  {
    re: new RegExp(`(?<!${MONTH_NC}\\s+|\\bDay\\s+)\\b${DAY}(?:${LISTED_DAYS})?(?:${TO}(?:the\\s+)?|\\s+(?:to|until|till|through)\\s+${WEEKDAY_NC},?\\s+)${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'),
    read: (m, c) => ({ from: absolute(m[3]!, m[1]!, m[4], c), to: absolute(m[3]!, m[2]!, m[4], c), confidence: 0.9 }),
  },
  // (Monday,) December 10(, 2023)
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, 'g'), read: (m, c) => ({ from: absolute(m[1]!, m[2]!, m[3], c), confidence: 0.9 }) },
  // 10 December( 2023), the 10th of December
  { re: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}\\b`, 'g'), read: (m, c) => ({ from: absolute(m[2]!, m[1]!, m[3], c), confidence: 0.9 }) },
  // from Sunday to Thursday
  {
    re: new RegExp(`\\b${WEEKDAY}${TO}${WEEKDAY}\\b`, 'g'),
    read: (m, c) => {
      const from = weekday(m[1]!, c);
      return { from, to: from && weekday(m[2]!, c, from), confidence: 0.7 };
    },
  },
  // the day after tomorrow / the day before yesterday
  { re: /\bthe day after tomorrow\b/gi, read: (_m, c) => ({ from: c.published && addDays(c.published, 2), confidence: 0.85 }) },
  { re: /\bthe day before yesterday\b/gi, read: (_m, c) => ({ from: c.published && addDays(c.published, -2), confidence: 0.85 }) },
  { re: /\btomorrow\b/gi, read: (_m, c) => ({ from: c.published && addDays(c.published, 1), confidence: 0.85 }) },
  // "flew out of London last night", in a report of the day after: the evening before publication.
  { re: /\b(?:yesterday|last\s+(?:night|evening))\b/gi, read: (_m, c) => ({ from: c.published && addDays(c.published, -1), confidence: 0.85 }) },
  { re: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, read: (_m, c) => ({ from: c.published, confidence: 0.85 }) },
  // "on Tuesday (20)": the day of that number that falls on that weekday, nearest the story.
  { re: new RegExp(`\\b${WEEKDAY}\\s*\\((\\d{1,2})\\)`, 'g'), read: (m, c) => ({ from: numberedWeekday(m[1]!, Number(m[2]), c), confidence: 0.9 }) },
  // "On Thursday the 12th", "• Monday 12th:" (no month after it): the day of that number, the one on that weekday when one is
  // near the story; else, as a writer's slip of the weekday, the number wins.
  {
    re: new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?${MONTH_NC})`, 'g'),
    read: (m, c) => ({ from: numberedDay(m[1]!, Number(m[2]), c), confidence: 0.9 }),
  },
  // "over the weekend", "spent the weekend in Kyiv", "next weekend": its Saturday and Sunday, as weekdays are read.
  {
    re: /\b(?:(last|next|this|coming)|(?:over|during|at|for|on)\s+the|spen(?:d|ds|ding|t)\s+the)\s+weekend\b/gi,
    read: (m, c) => {
      const word = m[1]?.toLowerCase();
      const tense = word === 'last' ? 'past' : word === 'next' || word === 'coming' ? 'future' : c.tense;
      const from = weekday('Saturday', { ...c, tense });
      return { from, to: from && addDays(from, 1), confidence: 0.7 };
    },
  },
  // on Monday (morning), last Friday, next Tuesday
  {
    re: new RegExp(`\\b(?:(last|next|this|on|coming)\\s+)?${WEEKDAY}\\b`, 'g'),
    read: (m, c) => {
      const tense = m[1] === 'last' ? 'past' : m[1] === 'next' || m[1] === 'coming' ? 'future' : c.tense;
      // "leaves this Sunday", written on a Sunday: that very day; so is "is due in Brussels later on Wednesday", a news
      // agency's report of that Wednesday.
      const thatDay = m[1] === 'this' || (m[1] === 'on' && /\blater\s+$/i.test(m.input!.slice(0, m.index)));
      if (thatDay && c.published && new Date(parseISO(c.published)).getUTCDay() === WEEKDAYS.indexOf(m[2]!.toLowerCase())) return { from: c.published, confidence: 0.7 };
      // "arrived in Tokyo on Tuesday for a state visit, which runs until Friday": a bound after a day the sentence has told
      // is on or after it, whatever the tense of the words before.
      if (!m[1] && c.narrative && BOUND.test(m.input!.slice(0, m.index))) return { from: weekday(m[2]!, c, c.narrative), confidence: 0.7 };
      return { from: weekday(m[2]!, { ...c, tense }), confidence: 0.7 };
    },
  },
  // "on the last day", "on the second day", "on day three": counted in the trip the text has given.
  {
    re: new RegExp(COUNTED_DAY.source, 'gi'),
    read: (m, c) => {
      if (!c.trip) return undefined;
      const n = countedDay(m);
      if (n === undefined) return c.trip.to ? { from: c.trip.to, confidence: 0.7 } : undefined;
      const from = addDays(c.trip.from, n - 1);
      return c.trip.to && from > c.trip.to ? undefined : { from, confidence: 0.7 };
    },
  },
  // "on the 12th", "from the 3rd", "the morning of the 7th", "spend the 21st and 22nd in Mexico City", "remain until the 18th": that
  // day of the month the story is in, or of the next month; told in the
  // past, never after publication ("left on the night of the 15th" in a report of 19 October is 15 October).
  {
    re: /(?:\b(?:on|from|(?:morning|afternoon|evening|night)\s+of|spen(?:d|ds|ding|t))\s+|(?<=\b(?:until|till)\s+))the\s+(\d{1,2})(?:st|nd|rd|th)(?:\s+(?:and|to)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th))?\b(?!\s+(?:century|anniversary|session|summit|meeting|edition|round|congress|plenary|time|floor|birthday|generation|of\s+\p{L}))/giu,
    read: (m, c) => {
      const base = c.narrative ?? c.published;
      if (!base) return undefined;
      const day = Number(m[1]);
      const inMonth = (k: number) => {
        const month = Number(base.slice(0, 4)) * 12 + Number(base.slice(5, 7)) - 1 + k;
        return iso(Math.floor(month / 12), month % 12, day);
      };
      let from = inMonth(0);
      // "from the 2nd to the 4th of February: Guatemala City on the 2nd, San Salvador on the 3rd": a day inside a span the
      // sentence has written is that span's, not the next month's.
      const inSpan = !!from && !!c.span && c.span.from <= from && from <= c.span.to;
      if (from && from < base && !inSpan) from = inMonth(1);
      // Told in the past of a story not yet ahead of publication, as weekdays are: the first on or after the story's day
      // that is not after publication, else the last before it.
      if (c.tense === 'past' && c.published && from && from > c.published && (!c.narrative || c.narrative <= c.published)) {
        const told = [inMonth(-1), inMonth(0), inMonth(1)].filter((d): d is string => !!d && d <= c.published!);
        from = (c.narrative ? told.find((d) => d >= c.narrative!) : undefined) ?? told[told.length - 1];
      }
      // "on the 22nd and 23rd": a span in the same month; "on the 30th and the 1st", one into the next.
      const month = from ? Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 : 0;
      const end = from && m[2] ? iso(Math.floor(month / 12), month % 12, Number(m[2])) : undefined;
      const to = from && end && end < from && m[2] ? iso(Math.floor((month + 1) / 12), (month + 1) % 12, Number(m[2])) : end;
      return from ? { from, ...(to && to > from ? { to } : {}), confidence: 0.75 } : undefined;
    },
  },
  RELATIVE,
];

// A weekday, or a month next to a day's number, in capitals ("MONDAY 3 MARCH", "MAY 12"; not the "MAY" of "WE MAY").
const CAPS_MONTH = `(?:${MONTH_FULL.toUpperCase()})`;
const CAPITALS = new RegExp(`\\b(?:${WEEKDAY_NC.toUpperCase()}\\b|${CAPS_MONTH}(?=\\s+\\d)|(?<=\\d(?:ST|ND|RD|TH)?\\s+(?:OF\\s+)?)${CAPS_MONTH}\\b)`, 'g');

/**
 * Finds the dates a sentence gives, resolved against the publication date. Overlapping
 * matches keep the longest; "tomorrow (January 8)" keeps the stated day.
 * @example
 * findDates('She will depart tomorrow (January 8).', { published: '2024-01-07', tense: 'future' })[0].from;
 * // '2024-01-08'
 */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  // "DAY 2 — TUESDAY 4 MARCH": names of days and months in capitals are read as written in title case (same length).
  const sentence = text.replace(CAPITALS, (w) => w[0] + w.slice(1).toLowerCase());
  const found: DateMention[] = [];
  // Relative mentions → how many days after the date before them.
  const relative = new Map<DateMention, number>();
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(sentence))) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // "arrived here on Tuesday …, a tour that will also take him to Laos": the tense of the words up to the date, when they have one.
      // "travels to Seville on Tuesday, and to Valencia on Thursday": the story has reached the latest day written before this one
      // in the sentence, when that is later than where the sentences before left it.
      // Not a bound written before it ("in New York from Thursday evening until Saturday morning, speaking at the General Assembly
      // on Friday": the Friday within the stay, not the one after it).
      const earlier = found.filter((f) => f.end <= start && f.from && !BOUND.test(sentence.slice(Math.max(0, f.start - 20), f.start))).map((f) => f.to ?? f.from).sort().pop();
      const narrative = earlier && (!ctx.narrative || earlier > ctx.narrative) ? earlier : ctx.narrative;
      const spanned = found.filter((f) => f.end <= start && f.to).pop();
      const span = spanned ? { from: spanned.from, to: spanned.to! } : undefined;
      const r = p.read(m, { ...ctx, ...(narrative ? { narrative } : {}), ...(earlier ? { earlier } : {}), ...(span ? { span } : {}), tense: tenseAt(sentence.slice(0, end), ctx, narrative) });
      if (p === RELATIVE) {
        // Resolved below against the date just before it, in this sentence or the last.
        // "Upon arrival in Tokyo on 8 February": the arrival is the day the sentence gives, when it gives one.
        if (m[2] && PATTERNS.some((q) => q !== RELATIVE && new RegExp(q.re.source, q.re.flags.replace('g', '')).test(sentence))) continue;
        const mention = { start, end, from: '', confidence: 0.6 };
        found.push(mention);
        relative.set(mention, offsetOf(m));
        continue;
      }
      if (!r?.from) continue;
      const to = r.to && spanEnd(r.from, r.to);
      found.push({ start, end, from: r.from, ...(to && to !== r.from ? { to } : {}), confidence: r.confidence });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let before = ctx.previous;
  for (const f of found) {
    const offset = relative.get(f);
    if (offset !== undefined && before) f.from = addDays(before, offset);
    before = f.to ?? f.from ?? before;
  }
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.from) found.splice(i, 1);
  // "yesterday (December 12)", "on Monday, December 10": one date, the more exact one.
  // "April 11 (Tuesday): travel to Foshan": a weekday in brackets after the date names the same day, not another.
  const dates: DateMention[] = [];
  found.forEach((f, i) => {
    const next = found[i + 1];
    const last = dates[dates.length - 1];
    if (next && /^\s*[(,]?\s*$/.test(sentence.slice(f.end, next.start)) && f.confidence < next.confidence) next.start = f.start;
    else if (last && !last.to && last.confidence > f.confidence && /^\s*\(\s*$/.test(sentence.slice(last.end, f.start)) && /^\s*\)/.test(sentence.slice(f.end))) last.end = f.end;
    else dates.push(f);
  });
  return joinSpans(sentence, dates);
}

/**
 * The tense of the words up to a date, else of the sentence. A journey told in the present with neither ("The Taoiseach flies
 * to Washington on Tuesday", "begins a visit … on Monday") is to come, unless the story has already told days before
 * publication ("arrived in Zanzibar on Saturday … She returns to Kampala on Sunday", a recap).
 */
function tenseAt(words: string, ctx: DateContext, narrative: string | undefined): DateContext['tense'] {
  const recap = narrative && ctx.published && narrative < ctx.published;
  // "… arrived in Hanoi on day three of the trip and travels to Jakarta on Thursday": a journey in the present in a clause of its
  // own, after "and", is told as a timetable, whatever the clauses before it tell.
  const last = words.split(/;|,?\s+and\s+(?=(?:then\s+|later\s+)?\p{Ll}+s\b)/u).pop()!;
  if (last !== words && tenseOf(last) === 'unknown' && SCHEDULED.test(last)) return recap ? 'unknown' : 'future';
  const own = tenseOf(words);
  const tense = own === 'unknown' ? ctx.tense : own;
  return tense === 'unknown' && !recap && SCHEDULED.test(words) ? 'future' : tense;
}

/** The last day of a span, in the year that puts it on or after its first day: "30 December to 2 January". */
function spanEnd(from: string, to: string): string {
  const year = Number(from.slice(0, 4));
  const same = `${year}${to.slice(4)}`;
  const next = `${year + 1}${to.slice(4)}`;
  const ok = (d: string) => isoCheck(d) === 0;
  return same >= from && ok(same) ? same : ok(next) ? next : to;
}

/**
 * "from tomorrow (April 12) to April 14", "from Monday to 5 June": two dates joined by "to",
 * "until" or a dash, the second after the first and within two months, are one span.
 */
function joinSpans(sentence: string, dates: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    // "from Monday, March 13, through Wednesday, March 15": a comma may close the first date.
    const link = prev && !prev.to && !d.to && /^\s*\)?\s*,?\s*(?:to|until|till|through|[-–—])\s*(?:the\s+)?$/i.test(sentence.slice(prev.end, d.start));
    if (prev && link && d.from > prev.from && parseISO(d.from) - parseISO(prev.from) <= 60 * 86400000) {
      out[out.length - 1] = { ...prev, end: d.end, to: d.from, confidence: Math.min(prev.confidence, d.confidence) };
    } else out.push(d);
  }
  return out;
}
