// The time words of a sentence that are not dates: its tense, and the length of a trip it gives.

/** Number words of durations and counted days. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

/**
 * The length in days of "a three-day visit", "a week-long tour", "a two-week trip",
 * "a four-night stay" (five days); `undefined` when the sentence gives none.
 * @example
 * findDuration('He began a four-night stay in Beijing.'); // 5
 * findDuration('a week-long tour of Japan'); // 7
 * findDuration('He met the mayor.'); // undefined
 */
export function findDuration(sentence: string): number | undefined {
  const m = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|\d{1,2})[-\s](day|week|night)s?(?:[-\s]long)?\s+(?:official\s+|working\s+|study\s+|business\s+|duty\s+|state\s+|trade\s+|private\s+|apostolic\s+)?(?:visit|trip|tour|mission|stay|journey|programme|program|delegation)/i.exec(
    sentence,
  );
  if (m) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[2]!.toLowerCase();
    return unit === 'week' ? n * 7 : unit === 'night' ? n + 1 : n;
  }
  return /\bweek-long\s+(?:visit|trip|tour|mission)/i.test(sentence) ? 7 : undefined;
}

// Past forms that do not end in "-ed": "left", "flew", "met", "spent".
const PAST =
  /\b(?:left|flew|met|went|came|began|spent|took|gave|held|led|made|paid|saw|spoke|drove|rode|sat|stood|brought|bought|caught|sought|told|wrote|laid|won|ran|set\s+off|got)\b/i;

// A journey in the present of a timetable: "The Taoiseach flies to Washington on Tuesday", "begins a visit … on Monday".
export const SCHEDULED =
  /\b(?:flies|travels|leaves|departs|arrives|returns|heads|begins|starts|sets\s+(?:off|out)|goes|moves\s+on|continues|proceeds|sails|drives)\b/i;

// Words in "-ed" that are no past form: "travels to Busan by high-speed rail", "a hundred", "will proceed", "need".
const NOT_PAST = /^(?:speed|need|proceed|exceed|succeed|indeed|feed|seed|breed|bed|red|shed|hundred|embed)$/i;

/** Whether a word of the sentence is a past form in "-ed": a word in lower case, or the sentence's first, and not the end of a
 *  compound ("high-speed", "state-owned"). */
function pastInEd(sentence: string): boolean {
  return [...sentence.matchAll(/^\s*(\p{L}[\p{L}\d_]*ed)\b|(?<![\p{L}\d_'’-])(\p{Ll}[\p{L}\d_]*ed)\b/gu)].some((m) => !NOT_PAST.test(m[1] ?? m[2]!));
}

/** Reads the tense of a sentence from its auxiliaries and verbs. */
export function tenseOf(sentence: string): 'future' | 'past' | 'unknown' {
  // "is also scheduled to", "are now expected to": an adverb between the auxiliary and the plan does not make it past.
  if (/\b(will|shall|(?:is|are)\s+(?:(?:also|still|now|further|additionally|likewise|then)\s+)?(?:to|scheduled|expected|due|set\s+to|going\s+to|leaving|departing)|plans to|will be)\b/i.test(sentence)) return 'future';
  // A past form in "-ed" is a word in lower case, or the sentence's first: not a name that ends so ("Sheikh Mohamed bin Zayed",
  // "the United Nations", "Ahmed"), which would make "arrives in New Delhi on Wednesday" a Wednesday gone by.
  if (/\b(was|were|had|did|yesterday)\b/i.test(sentence) || pastInEd(sentence) || PAST.test(sentence)) return 'past';
  return 'unknown';
}
