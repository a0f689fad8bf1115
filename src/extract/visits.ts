// Stage 2 of extraction: which mentions are places visited, and the days the text gives them.
// Over 300 lines: `findVisits` reads each sentence once and decides, with
// the trip's start and end found so far, which of its places are visited and on which days; the
// rules share that running state, so they stay in one pass rather than in files that pass it around.

import type { DateMention } from './dates';
import { addDays, findDuration } from './dates';
import { splitArrival } from './arrival-day';
import { MONTH, MONTH_NC, monthIndex } from './date-words';
import { RETURN } from './sentences';
import { ARRIVAL, CONTINUE, DEPART, DRIVE, EMBARK, FLY, GO, HEAD, INSPECT, LEAVE, LEAVING, MOVE, PROCEED, REACH, RETURN as RETURN_VERB, SAIL, TAKE, TOUR, TRAVEL, VISIT, re } from './verbs';
import { AFTER_EVENT, homewardDay, travellerAfterEvent, isHistory, leavingDays, leftOn, setOffDay } from './leaving-day';
import type { Info, Visit } from './draft';
import { ROUTE_DASH, type PlaceMention } from './find-places';
import { isRegionName } from './place-warnings';
import type { TextPlaces } from './places';
import type { GazetteerEntry } from './types';
import { distanceKm } from './distance';
import { stayOf, BEGIN, AIRPORT_AFTER, ARRIVES_AT, SITE_BEFORE, BEFORE_HOME, LANDS_HOME, ARRIVE, EVENT_VERB, COMES_BACK, OPENS_TRIP, CAME_FROM, CAME_IN_FROM, LEAVES_AFTER, HOME_WORD, RETURN_ON, ARRIVE_WORD, DEPART_WORD, RETURN_WORD, RECAP, WRAPS_UP, SITE_VERB, LEAVES, LEAVES_FOR, COMES_FROM, GOES_BY_TO, GOES_ON_DAY_TO, GOES_ON_TO, GOES_FROM_TO, GOES_TO, FOR_VISIT_TO, SETS_OUT_TO, SETS_OFF_BACK, STAYS_UNTIL, VISITS_SPAN, travellerSubject } from './visit-words';

// The departure words of a visit's beginning, not of leaving ("began his visit in Abuja"), and those of leaving.
const BEGINS = re('i')`\b${BEGIN}\b`;
const BEGINS_IN = re('iu')`\b${BEGIN}\s+in\s+(?:the\s+)?$`;
const LEAVES_HOME = re('i')`\b(?:${LEAVING}|set(?:s)?\s+(?:off|out)|${EMBARK}|(?:jet(?:s|ted)?|${FLY})\s+out)\b`;

/** A day of the trip's start or end, and whether the text states it. */
export interface TripDay {
  day: string;
  stated: boolean;
  /** The sentence that gives it. */
  info?: number;
  /** The trip's end: its sentence sets off home that day ("Departure for Seoul"), the day of leaving the last stop. */
  setsOff?: boolean;
  /** "will depart for Hong Kong in the evening of February 8 and arrive on February 9": the stated day of setting off, before the end. */
  leaves?: string;
}

/** What stage 2 finds: the visits in the order of the text, and the trip's stated bounds. */
export interface Visits {
  visits: Visit[];
  start?: TripDay;
  end?: TripDay;
  /** "will travel to China from 4 to 7 November": the first day of a visit to a country the text spans, no day of leaving home. */
  opens?: string;
  /** "will inspect Shanxi Province from 4 to 6 January": that span's last day, by which the trip has ended (inferred). */
  closes?: string;
  /** "a three-day visit": the trip's length in days. */
  duration?: number;
  /** Cities named as the place of a district: the "Shenzhen" of "Qianhai in Shenzhen". */
  located: GazetteerEntry[];
}

// Roads, bridges and tunnels are travelled along, not visited: "by coach via the Hong Kong–Zhuhai–Macao Bridge".
const INFRASTRUCTURE = /\b(?:Bridge|Tunnel|Expressway|Highway|Motorway|Freeway|Railway|Line|Canal|Strait|Causeway)$/;
// "will fly to South Africa on 20 August for the BRICS summit in Johannesburg", "travel to the Gulf … as a guest of the … summit in
// Manama", "then returns to France for the G7 summit at Biarritz", "travel to Barbados for the first Africa–CARICOM summit in
// Bridgetown": travel for an event, to the city it is held in; the words naming the event may be joined by a dash of any length.
// "will leave Singapore at 10am on 12 November for the 31st ASEAN Summit in Manila": so does leaving a place for the event.
const TRAVELS_FOR_EVENT = re('iu')`\b(?:(?:${FLY}|${TRAVEL}|${HEAD}|${GO}|went|${RETURN_VERB})\s+to\b|(?:${LEAVING})\s+(?=\p{Lu}))[^.;]{0,60}?\b(?:for|to\s+attend|as\s+(?:a|the)\s+guest\s+of)\s+(?:the\s+|a\s+)?(?:[\p{L}\d'’‐‑–—-]+\s+){0,5}(?:summit|conference|forum|games|expo)\s+(?:in|at)\s+$`;
// "Kawasaki Heavy Industries", "Hyundai Motor Group", "Shanghai Electric": a company's name after the place that begins it.
const COMPANY_AFTER = /^\s+(?:\p{Lu}[\p{L}&-]*\s+){0,2}(?:Heavy|Industries|Corporation|Holdings|Motors?|Steel|Electric|Airlines|Airways|Shipbuilding)\b/u;
// "the Toyota plant in Georgetown": the lower-case kind of a works, then the town that holds it.
const WORKS_IN = /^\s+(?:(?:assembly|car|battery|manufacturing|production)\s+)?(?:plant|factory|works|shipyard|refinery|facility)\s+(?:in|at|near|outside)\s+(?:the\s+)?\p{Lu}/u;
// The words that end a site's name: "Windsor Castle", "Pearl Harbor", "the Bergen-Belsen Memorial".
const SITE_WORD = String.raw`Castle|Palace|Cathedral|Abbey|Temple|Shrine|Park|Gardens?|Harbou?r|Stadium|Museum|Fort|Memorial`;
// "travel to Windsor Castle", "visit Nara Park": a site that places the traveller in the town it is named after.
const VENUE = re('')`^[\s-]*(?:${SITE_WORD}|Station|(?:International\s+)?Airport|Old\s+Town)\b`;

// The start of a programme line up to a place it lists: a day ("January 9 (Mon.):" too), a dash or colon, and other places of that day (not "State of").
// A table's row, "Tuesday 9 June | 10:00 | Rijeka | …", "Mon 3 Nov | Rio de Janeiro | Arrival": its cells may be set apart by bars, and a
// time may come between the day and the place; the weekday may be shortened.
// "Day 1 (Monday 9 March): Arrive Auckland": the day's number before its date in brackets, and a line that opens with "Arrive".
// "Day 3, 9 July: Durban and Pietermaritzburg, where …": or after a comma.
// "17 July⇥By air⇥Jeddah⇥Talks with …": cells set apart by tabs, and a cell of the way of travelling before the place.
// "2018-07-12  Brussels; evening: London", "04/05 …": a day in figures, and cells set apart by two spaces or more.
// Places listed before another right after a programme's heading: "Erbil and ", "Kyoto, Nara and ".
const HEADING_LIST = /(?<=[:–—|-]\s*)(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*,\s*|\s+and\s+|\s*&\s*))+$/u;
const PROGRAMME_HEADING = /^\s*(?:Day\s+\w+\s*[,–—:|-]\s*|Day\s+\w+\s*\((?=[^)\n]*\d[^)\n]*\)))?(?:\p{L}+day,?\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{4})?)\)?(?:\s*\([\p{L}.]{2,12}\))?(?:\s*[–—:|-]|[ ]*\t|[ ]{2,})\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[aApP]\.?[mM]\.?|h))?\s*[–—|\t]\s*)?(?:(?:[Bb]y|[Tt]ravel\s+by)\s+\p{L}+[ ]*[|\t]\s*)?(?:[^\n:;|\t]*;\s*(?!\s))*(?:[^\n:;|]*,\s*)?(?:Arrive\s+)?$/u;
// "Monday: Vadodara and Ahmedabad.", "Tuesday – Surat": a programme's line headed by its weekday alone, in a week the text has given.
const WEEKDAY_HEADING = /^\s*(?:[-•·▪]\s*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*[–—:|]\s*(?:[^\n:;|\t]*;\s*(?!\s))*(?:[^\n:;|]*,\s*)?$/u;
// Both end on the items of the line before the place, each up to its ";" and all the blanks after it (`\s*(?!\s)`): blanks that
// could go to an item's end or to the next item's start made a long line that is no heading take exponential time.
/** Whether `before` is a programme line's heading up to a place: its day, with or without its date. */
export const headsLine = (before: string): boolean => PROGRAMME_HEADING.test(before) || WEEKDAY_HEADING.test(before);

// A change of planes or a transit names where the traveller only passes through: "changes planes in Doha", "in transit
// through Dubai", "via Madrid, where the delegation will change planes", "via Frankfurt to change aircraft".
const TRANSIT_BEFORE = /\b(?:chang(?:e|es|ed|ing)\s+(?:planes|aircraft|flights|trains)\s+(?:in|at)|(?:in\s+)?transit(?:s|ed|ing)?\s+(?:through|via|in|at)|(?:a\s+)?connecting\s+flights?\s+(?:in|at|through|via)|layover\s+(?:in|at))\s+(?:the\s+)?$/i;
const TRANSIT_AFTER = /^\s*,?\s*(?:where\s+(?:[\p{L}-]+\s+){1,3}?(?:change|changes|changed|changing|transfer|transfers|transferred)\s+(?:planes|aircraft|flights|trains)|to\s+(?:change|transfer)\s+(?:planes|aircraft|flights|trains)|for\s+(?:a\s+)?(?:connecting\s+flight|change\s+of\s+(?:planes|aircraft)))\b/iu;

// "met in Hiroshima in May 2023": a month and a year apart from the trip, as "in 2019" is, where the sentence tells of the past.
const IN_MONTH_YEAR = new RegExp(String.raw`^[^.;]{0,25}?\bin\s+${MONTH_NC}\s+(?:19|20)\d\d\b`);
// "The two leaders met in", "He last saw Mr Wang during his visit to": a sentence told in the past, before the place, and not of
// a trip still to come ("will attend the summit in Paris in February 2025", "Preparations are under way for … visit to Rome in
// 2025", "The planned visit to Rome in May 2025"): a month or a year after the place is another time only then.
const PAST_BEFORE = /\b(?:was|were|had|did|met|saw|went|came|held|took|gave|\p{Ll}{3,}ed)\b/u;
const NOT_PAST = /\b(?:will|shall|would|going\s+to|(?:is|are)\s+to|planned|scheduled|expected|proposed|invited|due|upcoming|forthcoming|coming|next)\b/i;
const toldInPast = (before: string, sentence: string): boolean => PAST_BEFORE.test(before) && !NOT_PAST.test(sentence);

const DAY_APART = /\b(?:a|one|two|three|\d)\s+days?\s+(?:after|before)\s+(?:[\p{L}-]+\s+){0,3}?(?:last|first|previously|had)\s+met\b/iu;
const metThisTrip = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  const end = sentence.slice(m.end).search(/[,;.:()]/);
  const stop = end < 0 ? sentence.length : m.end + end;
  return DAY_APART.test(sentence.slice(0, m.start)) || dates.some((d) => d.start >= m.end && d.start < stop && /^(?:on\s+|the\s+)?[\d\p{Lu}]/u.test(sentence.slice(d.start)));
};

// "a bus service from Janakpur to", "a ferry link between Portsmouth and", "a new train between", "a rail link from": a route's noun,
// then the place that is one end of it (or the other, after the first).
const ROUTE_NOUN = String.raw`(?:services?|links?|routes?|lines?|connections?|corridors?|railways?|pipelines?|highways?|motorways?|expressways?|roads?|cables?|(?:passenger\s+|freight\s+|new\s+)?trains?)`;
const ROUTE_END = new RegExp(String.raw`\b${ROUTE_NOUN}\s+(?:(?:from|between|linking|connecting)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:to|and|with)\s+(?:the\s+)?)?)$`, 'u');
// "take the", "aboard a", "ride the new", "drove along the": the traveller on the route, travelling it.
const RIDES = /\b(?:take|takes|took|taking|taken|ride|rides|rode|riding|board(?:s|ed|ing)?|aboard|catch(?:es|ing)?|caught|travel(?:s|led|ling)?\s+(?:on|by)|dr(?:ive|ives|ove|iven|iving)\s+(?:along|down|on)|along|via|on\s+board|(?:arriv|return)\p{Ll}*\s+on)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** "discuss the railway from Mombasa to": a route's start named, not left by the traveller ("took the train from Mombasa" is). */
const routeNamed = (before: string): boolean => {
  const r = ROUTE_END.exec(before);
  return !!r && !RIDES.test(before.slice(0, r.index));
};

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
const SEPARATOR = /^(?:and|or)$/;
const LOWER = /^[\p{Ll}-]+$/u;
const DESCRIBED = /^(?:port|city|town|village|island|capital)$/;

type Word = RegExpExecArray;

/** Where a list's separator ending at word `j` is: `j` itself ("and"), or the "and" before a description ("and the port of"). */
function separatorsAt(words: readonly Word[], j: number): number[] {
  const at: number[] = [];
  if (j >= 0 && SEPARATOR.test(words[j]![0])) at.push(j);
  if (j >= 2 && words[j]![0] === 'of' && DESCRIBED.test(words[j - 1]![0])) {
    for (let t = j - 2; t >= Math.max(0, j - 4) && LOWER.test(words[t]![0]); t--) {
      if (words[t]![0] === 'the' && t > 0 && SEPARATOR.test(words[t - 1]![0])) at.push(t - 1);
    }
  }
  return at;
}

/** The first word of the longest run of names-and-separators ending at word `j` ("Kumasi and Tamale and "), or -1. */
function listStart(words: readonly Word[], j: number, memo: Map<number, number>): number {
  const known = memo.get(j);
  if (known !== undefined) return known;
  let best = -1;
  for (const sep of separatorsAt(words, j)) {
    let s = sep - 1;
    let first = -1;
    for (; s >= 0 && CAPITALISED.test(words[s]![0]); s--) if (words[s]!.index > 0) first = s;
    if (first < 0) continue;
    const further = listStart(words, s, memo);
    const start = further >= 0 ? further : first;
    if (best < 0 || start < best) best = start;
  }
  memo.set(j, best);
  return best;
}

/**
 * `clause` without the names in capitals joined by "and" or "or" that end it ("nurses trained in Kumasi and " → "nurses trained in "),
 * a name perhaps with its description ("built in Fort Worth and the port of " → "built in "). Read word by word from the end; the
 * regular expression it replaces, which cut the same,
 * `/(?<=\s)(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:and|or)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:port|city|town|village|island|capital)\s+of\s+)?)+$/u`,
 * took minutes on a sentence of a few thousand capitalised words (each place's clause tried from each of its words).
 */
export function withoutListed(clause: string): string {
  if (!/\s$/.test(clause)) return clause;
  const words = [...clause.matchAll(/\S+/g)];
  const start = listStart(words, words.length - 1, new Map());
  return start < 0 ? clause : clause.slice(0, words[start]!.index);
}

// "fighters built in ", "cars made at the": where a thing was made.
const BUILT_IN = /\b(?:built|made|produced|assembled)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "open a school built in", "inspect the metro line being built in": the traveller's own act at the thing made there (not "open the
// market for cars made in").
const SITE_ACT = /\b(?:open(?:s|ing)?|inaugurat(?:e|es|ing)|inspect(?:s|ing)?|tour(?:s|ing)?|visit(?:s|ing)?|see(?:s|ing)?|view(?:s|ing)?|unveil(?:s|ing)?)\s+(?:an?|the|its|their|his|her)\s+(?:(?!(?:for|of|on|with|from|about|and)\s)[\p{L}-]+\s+){1,3}?(?:being\s+)?(?:built|made|produced|assembled)\s+(?:in|at)\s+(?:the\s+)?$/iu;
// "will visit Yang Hengjun, ", "to see Alexei Navalny, ": the one held is the one visited.
const VISITS_HELD = /\b(?:visit(?:s|ing)?|see(?:s|ing)?|call(?:s|ing)?\s+on)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*\s*,\s*$/u;

/**
 * Whether a name is an aside, not where the traveller goes: a subject of talks ("the situation in
 * Gaza"), an act of others ("commitments made by
 * President Biden and President Xi in Woodside"), or a time apart from the trip ("in 2019", "last July",
 * "which the Emirates will host in Dubai at the end of the year").
 */
function isAside(m: PlaceMention, sentence: string, dates: readonly DateMention[] = []): boolean {
  // "nurses trained in Kumasi and Tamale", "fighters built in Fort Worth and the port of Alexandroupolis": a place listed after
  // another, perhaps with its description, is said in the same words.
  const clause = withoutListed(sentence.slice(0, m.start).split(/[;,(]/).pop() ?? '');
  if (/\b(?:made|reached|agreed|signed|adopted|taken|built|founded)\s+by\b/i.test(clause)) return true;
  // "the African Union, headquartered in Addis Ababa", "a start-up based in Lagos", "copper mined in Atacama": where a body or a
  // thing is, or comes from, said of it.
  // Not the traveller's own base: "will be based in Mombasa", "is located at".
  // "nurses trained in Kumasi and Tamale": where people learnt, said of them (not "Malawians living in Johannesburg", met there).
  // Not the traveller's own base: "will be based in Mombasa", "is located at".
  if (/\b(?:headquartered|based|located|founded|registered|incorporated|born|raised|educated|trained|mined|grown|manufactured)\s+(?:in|at)\s+(?:the\s+)?$/i.test(clause) && !/\b(?:be|is|are|was|were|been|being|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+\s+)?(?:based|located)\s+(?:in|at)\s+(?:the\s+)?$/i.test(clause)) return true;
  // "talks on fighters built in Fort Worth": where a thing talked of was made. Not a thing the traveller opens, inspects or tours
  // there ("inspect the metro line being built in Ho Chi Minh City", "open a school built in Peshawar").
  if (BUILT_IN.test(clause) && !SITE_ACT.test(clause)) return true;
  // "the consensus reached in San Francisco", "follow up on the meeting of Presidents Biden and Xi in Bali": an earlier
  // act, of others or of the traveller, told as background.
  // "the exchanges under the programme launched in Hiroshima", "a fund set up in Riyadh": a thing begun elsewhere, said of it.
  if (/\b(?:the|a|an|its|their)\s+(?:(?!(?:be|been|being|to|will|is|are|was|were)\b)[\p{L}-]+\s+){1,3}?(?:launched|established|set\s+up|created)\s+(?:in|at)\s+(?:the\s+)?$/iu.test(clause)) return true;
  // "The two leaders last met at the G7 summit in Hiroshima": a meeting of another time. Not one the sentence dates after the place
  // ("He had met King Abdullah in Amman on Tuesday", "first met in Osaka on Monday") or ties to this trip's day ("a day after he
  // had met King Abdullah in Amman"): a recap of this trip.
  if (/\b(?:last|first|previously|had)\s+met\b[^.;:]*\b(?:in|at)\s+(?:the\s+)?$/i.test(clause) && !metThisTrip(m, sentence, dates)) return true;
  if (/\b(?:made|reached|agreed|signed|adopted)\s+(?:in|at)\s+(?:the\s+)?$|\b(?:follow(?:s|ing)?[\s-]up\s+on|build(?:s|ing)?\s+on)\s+the\b/i.test(clause)) return true;
  // ""Summer Davos", in Tianjin": a name in a short quoted name is part of that name.
  const quoted = /["“]([^"“”]{0,30})$/.exec(sentence.slice(0, m.start));
  if (quoted && /^([^"“”]{0,30})["”]/.test(sentence.slice(m.end)) && /\p{L}/u.test(quoted[1]! + (/^([^"“”]{0,30})["”]/.exec(sentence.slice(m.end))?.[1] ?? ''))) return true;
  // "the G7 summit that Germany will host at Schloss Elmau at the end of June": an event others host at another time.
  if (/\bhost(?:s|ed|ing)?\s+(?:in|at)\s+(?:the\s+)?$/i.test(clause) && /^[^.;]{0,40}?\b(?:at\s+the\s+(?:end|beginning|start)\s+of|later\s+this|in\s+(?:early|mid|late)[\s-])/i.test(sentence.slice(m.end))) return true;
  // "discuss the situation in Gaza", "the war in Sudan": a place talked about, not gone to.
  // "the hostages held in Gaza", "aid to civilians in Gaza": the people or things of a place, not the traveller, are there
  // (not "the Great Hall of the People in Beijing", a venue).
  if (/\b(?:situation|conflict|war|crisis|peace|stability|fighting|violence|tensions?|hostilities|ceasefire|elections?|earthquake|floods?|attacks?|victims|hostages?|developments?|civilians|residents|refugees|citizens|families|(?<!\bof\s+the\s+)people|population|Palestinians|Israelis|Ukrainians|Hospital|hospital|explosion|aid|catastrophe|disaster|emergency|suffering)\s+(?:(?:still\s+|now\s+|currently\s+)?(?:held|trapped|living|stranded)\s+(?:hostage\s+|captive\s+|by\s+\p{Lu}[\p{L}-]*\s+)?)?(?:in|into|to)\s+(?:the\s+)?$/iu.test(clause)) return true;
  // "the situation at the Rivne nuclear power plant": a site talked about, named after its town.
  if (/\b(?:situation|safety|security|fighting|attacks?|shelling)\s+(?:at|around|near)\s+the\s+$/i.test(clause) && /^\s+(?:[a-z-]+\s+){0,3}(?:plant|station|dam|port|crossing|mine|reactor|facility)\b/.test(sentence.slice(m.end))) return true;
  // "Alexei Navalny, held in a penal colony in Pokrov", "a journalist jailed in Tehran": where someone is held, not the traveller.
  // Not where the traveller visits the one held ("will visit Yang Hengjun, jailed in Beijing, on 10 March"): a visit there.
  if (/\b(?:jailed|imprisoned|detained|interned|incarcerated|held)\s+(?:(?:captive|hostage|prisoner)\s+)?(?:in|at)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:colony|prison|jail|gaol|camp|cell|detention\s+cent(?:re|er))\s+(?:in|at|near|outside)\s+(?:the\s+)?$|\b(?:jailed|imprisoned|detained|interned|incarcerated)\s+(?:in|at)\s+(?:the\s+)?$/iu.test(clause) && !VISITS_HELD.test(sentence.slice(0, m.start).replace(/[^;,(]*$/, ''))) return true;
  // "flag off a bus service from Janakpur to Ayodhya", "a ferry link between Portsmouth and Caen": the ends of a route named, not
  // travelled by the traveller ("take the ferry service from Portsmouth to Caen" is).
  if (routeNamed(clause)) return true;
  // "in Boston on 26 May, where she will speak about the attacks on two mosques in Christchurch": what a speech is about, given where
  // it is held. Tried on the words after the last "." or ";" only (the pattern cannot cross one): a long sentence of many
  // full stops made it try every "where" against every "about".
  const upTo = sentence.slice(0, m.start);
  if (WHERE_ABOUT.test(upTo.slice(Math.max(upTo.lastIndexOf('.'), upTo.lastIndexOf(';')) + 1))) return true;
  // "The visit follows the AUSMIN talks held in Sydney in August": an event told in the past, in a month, in a sentence of no day
  // and no attending.
  if (!dates.length && HELD_IN.test(clause) && MONTH_AFTER.test(sentence.slice(m.end)) && toldInPast(sentence.slice(0, m.start), sentence) && !GOES_TO_EVENT.test(sentence)) return true;
  // "the Astana process", "the Minsk agreements", "the Normandy format": a place that names a process or a text.
  if (/^\s+(?:process|format|agreements?|accords?|declaration|consensus|framework|formula)\b/i.test(sentence.slice(m.end))) return true;
  // ", California, last November": a state or country written after the name does not hide the time.
  return /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?=,))?(?:,?\s+[^,.;]{0,25}?)?,?\s(?:last|next)\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October|November|December)\b|^[^.;]{0,25}?\b(?:ago|in\s+(?:19|20)\d\d)\b|^\s*(?:,\s*)?at\s+the\s+end\s+of\s+the\s+year/iu.test(
    sentence.slice(m.end),
  ) || (IN_MONTH_YEAR.test(sentence.slice(m.end)) && toldInPast(sentence.slice(0, m.start), sentence));
}

// The words of coming back, then at most a few words ("home", "to Kigali", "yesterday") before "from".
const RETURNED_FROM = re('iu')`\b(?:${RETURN_VERB}|back)\s+(?:(?:home|here|to\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|yesterday|today|on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|(?:this|last)\s+\p{Ll}+)\s+){0,3}from\s+(?:the\s+)?$`;

// "A planned visit to the shrine at Ajmer", "The stop in Lagos", "his visit to": a visit named, right before its place.
const VISIT_NOUN_TO = /\b(?:visits?|trips?|stops?|stopovers?|legs?|excursions?)\s+(?:to|in|at)\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,3}(?:at|in|of)\s+)?(?:the\s+)?$/u;
// "has cancelled his", "called off a", "postponed the planned": giving up the visit named next.
const CANCELS = /\b(?:cancel(?:s|l?ed|l?ing)?|postpon(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|scrap(?:s|ped|ping)?|drop(?:s|ped|ping)?|put(?:s|ting)?\s+off|shelv(?:e|es|ed|ing))\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
// "… has been dropped", ", planned for 4 May, has been postponed", "was called off", "will not take place": the visit just named given up (not one put off
// to another day: "was postponed from March and will take place on 4 May", "which was postponed, will take place on 11 March").
const GIVEN_UP_AFTER = /^[^.;]{0,40}?\b(?:(?:has|have|had|was|were|is|are|will\s+be)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?(?:cancell?ed|postponed|called\s+off|scrapped|dropped|put\s+off|shelved)\b(?!\s+(?:from|to|until|till|and\s+will)\b)(?!(?:(?!\b(?:but|although|though|while|whereas|instead)\b)[^.;])*\bwill\s+(?:now\s+|still\s+)?(?:take\s+place|go\s+ahead|be\s+held)\b)|will\s+not\s+(?:now\s+)?(?:take\s+place|go\s+ahead))/i;
// "will no longer visit", "will not now travel to", "he will not travel to Manila": the traveller not going.
const NO_LONGER = /\b(?:no\s+longer|(?:will|would|shall)\s+not\s+now)\s+(?:(?!and\b|but\b|then\b)\p{Ll}+\s+){1,3}$|\b(?:will|would|shall)\s+not\s+(?:travel|go|fly|visit|stop)(?:\s+(?:on\s+)?(?:to|in))?\s+(?:the\s+)?$/u;
// "… until 5 May", "… before the summit": a journey only put off, still made.
const PUT_OFF_UNTIL = /^[^.;]*?\b(?:until|till|before|after)\b/i;

/**
 * "had been scheduled to continue on to Amman …; that meeting was cancelled", "A planned visit to Donetsk was cancelled", "A
 * planned visit to the shrine at Ajmer has been dropped", "The visit to Lagos has been called off", "He has cancelled his visit to
 * Lagos", "will no longer visit Lagos": a plan given up is no visit.
 */
const givenUp = (m: PlaceMention, sentence: string): boolean => {
  const before = sentence.slice(0, m.start);
  if (
    (/\b(?:had\s+been|was|were)\s+(?:scheduled|due|expected|planned|set)\s+to\b/i.test(before) || /\b(?:planned|scheduled|proposed|intended)\s+(?:visit|trip|stop|stopover|excursion)s?\s+(?:to|in|at)\s+$/i.test(before)) &&
    /\b(?:cancell?ed|postponed|called\s+off|scrapped|dropped)\b/i.test(sentence)
  )
    return true;
  const visit = VISIT_NOUN_TO.exec(before);
  return (!!visit && (CANCELS.test(before.slice(0, visit.index)) || GIVEN_UP_AFTER.test(sentence.slice(m.end)))) || (NO_LONGER.test(before) && !PUT_OFF_UNTIL.test(sentence.slice(m.end)));
};

// "officials of the Zhongshan Municipal Hong Kong and Macao Affairs Bureau": a place inside a body's name, after the name's first
// word, is what the body deals with, not where it is (the name's first place, Zhongshan, is where).
const BODY_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,4}?\s+(?:Bureau|Office|Department|Ministry|Commission|Council|Committee|Authority|Association|Chamber|Federation|Agency|Secretariat)\b/u;
const NAME_GOES_ON = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|&))?\s+$/u;
// "for the BRICS and Shanghai Cooperation Organisation summits", "the Warsaw Pact", "the Paris Agreement": a body or a treaty named
// after a place, wherever it stands, is not the place (its meetings are held where the sentence puts the traveller).
const BODY_NAMED = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}?\s+(?:Organi[sz]ation|Pact|Treaty|Accords?|Agreements?|Protocol|Alliance|Initiative)\b/u;
const namesBody = (m: PlaceMention, sentence: string): boolean =>
  m.embedded && ((BODY_AFTER.test(sentence.slice(m.end)) && NAME_GOES_ON.test(sentence.slice(0, m.start))) || BODY_NAMED.test(sentence.slice(m.end)));

// The act done at a site whose name is before it ("commission the first three berths of the", "open the new terminal at").
const SITE_OPENED = re('iu')`\b(?:commission(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|${INSPECT}|${TOUR}|${VISIT})\s+(?:(?:[\p{L}\d'’-]+\s+){0,6}?(?:of|at)\s+)?the\s+$`;
// "a diplomat who spent part of his childhood in Paris", "who represents a constituency in Tottori", "who was elected from Lahore",
// "his father, who was born in the village of Kogelo near Kisumu", "a robotics company that
// supplies factories in Foshan", "the train that crosses the continent from Sydney to Perth": a place inside an undated clause
// that describes a person or a thing (its verb right after "who", "that" or "which"), not the traveller's journey. Not a
// clause of the trip ("a week that took him to Seoul", "a visit to Europe that includes Brussels") nor one still to come ("who will
// host him in").
const DESCRIBES = /\b(?:who|that|which)\s+(?:also\s+|once\s+|now\s+|still\s+|(?:has|have|had)\s+(?:also\s+)?)?(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\p{Ll}+ly\s+)?(?:born|raised|brought\s+up|elected|educated|trained|based|buried|jailed|imprisoned|detained|exiled|stationed|posted)\b|(?!(?:this|his|its|is|was|has|does|us|as|always|sometimes|perhaps|towards|unless|less)\b)(?:\p{Ll}{2,}(?:s|ed)|spent|grew|led|ran|built|made|won|sold|taught|fought|lost)\b)(?![^,;.:()]*\b(?:him|her|them)\b)[^,;.:()]*$/u;
const TRAVELS_AFTER_WHO = re('i')`^who\s+(?:\w+\s+)?(?:${ARRIVAL}|${FLY}|flown|${TRAVEL}|${HEAD}|${GO}|went|gone|${DRIVE}|${SAIL}|${REACH}|${MOVE}|${PROCEED}|${CONTINUE}|${LEAVE}|left|${DEPART}|${RETURN_VERB}|${EMBARK}|${TOUR})\b`;
const describesApart = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  const d = DESCRIBES.exec(sentence.slice(0, m.start));
  // "President Ramaphosa, who arrived in Kyiv by train, …": a person's clause of travel is the traveller's.
  if (d && /^who\b/i.test(d[0]) && TRAVELS_AFTER_WHO.test(d[0])) return false;
  // "a working visit to Europe that includes Brussels", "a week that took him to Seoul", "The trip, which covers Nairobi": the
  // trip's own clause, right after its noun or after a comma.
  if (!d || /\b(?:an?|the|his|her|their|its|this)\s+(?:[\p{L}-]+\s+){0,3}?(?:visits?|trips?|tours?|journeys?|programmes?|programs?|itinerary|missions?|week|days?|delegations?)\b(?:[^,;.:()]*|\s*,\s*)$/iu.test(sentence.slice(0, d.index))) return false;
  const end = sentence.slice(m.end).search(/[,;.:()]/);
  const stop = end < 0 ? sentence.length : m.end + end;
  return !dates.some((x) => x.start >= d.index && x.start < stop) && !/\bhim\b|\bher\b|\bthem\b/.test(sentence.slice(m.end, stop));
};

// "Toyota and Suzuki, whose plants in Gujarat", "Samsung, whose factories in Bac Ninh, Hai Phong and Thai Nguyen", "the Asian
// Development Bank, whose headquarters are in Manila": where a body's or a person's things are, said of them, each place of the
// list. Not the trip's own clause ("whose visit to Seoul begins"), nor a dated one.
const WHOSE = /\bwhose\s+(?!(?:visits?|trips?|tours?|journeys?|programmes?|programs?|itinerary|delegations?|missions?)\b)(?:[\p{L}-]+\s+){1,3}?(?:(?:are|is|were|was|lies?)\s+)?(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+))*$/u;
const whoseApart = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  const w = WHOSE.exec(sentence.slice(0, m.start));
  if (!w) return false;
  // "King Salman, whose palace in Riyadh will host the signing": a venue of this trip's own event, still to come.
  if (/^(?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s+(?:will|is\s+to|are\s+to)\s+(?:also\s+)?(?:host|welcome|receive|stage|be\s+the\s+venue)\b/u.test(sentence.slice(m.end))) return false;
  const end = sentence.slice(m.end).search(/[;.:()]/);
  return !dates.some((x) => x.start >= w.index && x.start < (end < 0 ? sentence.length : m.end + end));
};

// "on his 2019 visit to Osaka", "the Chancellor's previous visit to Hanoi", "during his visit to Osaka in 2019": a journey of another
// time, not this one (a year that is none of the sentence's days).
const OTHER_VISIT = /\b(?:his|her|their|its|the|an?|\p{Lu}[\p{L}-]*['’]s)\s+(?:((?:19|20)\d\d|previous|earlier|past|former)\s+)?(?:(?:state|official|working|first|last)\s+)?(?:visit|trip|journey|tour)\s+to\s+(?:the\s+)?$/iu;
const YEAR_AFTER = new RegExp(String.raw`^[^.;]{0,25}?\bin\s+(?:${MONTH_NC}\s+)?((?:19|20)\d\d)\b`);
const otherVisit = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  const o = OTHER_VISIT.exec(sentence.slice(0, m.start));
  const year = o?.[1] ?? (o && toldInPast(sentence.slice(0, o.index), sentence) ? YEAR_AFTER.exec(sentence.slice(m.end))?.[1] : undefined);
  return !!o && (!!o[1] || !!year) && (!year || !/^\d/.test(year) || !dates.some((d) => d.from.startsWith(year)));
};

// "a Pennsylvania-born former senator from Delaware", "a businessman from Lagos", "students from Shanghai": where a person
// comes from, not a place the traveller leaves.
const ORIGIN_FROM = /\b(?:senators?|congress(?:man|woman|men|women)|representatives?|lawmakers?|MPs?|deput(?:y|ies)|delegates?|natives?|born|hails?|hailing|originally|citizens?|business(?:man|woman|men|women|people)|entrepreneurs?|students?|experts?|scholars?|athletes?|artists?|officials?|guests?|investors?|companies|firms?|leaders|executives|workers|nurses|tourists|visitors|pilgrims|fans|supporters|volunteers|players|delegations?|communit(?:y|ies)|descendants|emigrants|immigrants|doctors|farmers|fishermen|migrants|families|members|diaspora|grain|wheat|maize|rice|beef|meat|wine|oil|gas|coal|fertili[sz]ers?|goods|products|exports|imports|shipments|cargo|soy(?:a|beans)?|coffee|cocoa|tea|sugar|cotton|fruits?|cherries|salmon|fish|seafood|lamb|pork|poultry|dairy|copper|iron(?:\s+ore)?|ore|lithium|nickel|gold|timber|wool|minerals|LNG|uranium|electricity|power)\s+(?:\p{Ll}+\s+){0,2}?from\s+(?:the\s+)?$/u;

// "since last year's summit in Bangkok", "the previous round of talks in Doha": an event of another time, where the sentence gives
// no day; "The next BRICS summit will be held in Kazan": one still to come, where the sentence tells of no travel or attending
// (not "will travel to Kazakhstan for the upcoming summit in Astana").
const EVENT_WORD = String.raw`(?:summit|meeting|conference|games|olympics|COP\d*|forum|session|round|talks|world\s+cup|election|edition|expo|festival|congress|assembly|championship|tournament|world\s+(?:\p{L}+\s+){0,2}?day)s?`;
const EVENT_NOUN = String.raw`(?:[\p{L}\d'’-]+\s+){0,4}?${EVENT_WORD}\b[^.;:]*\b(?:in|at)\s+(?:the\s+)?$`;
const PAST_EVENT = re('iu')`\b(?:last\s+(?:year|month|week)['’]s|(?:the|its|their)\s+previous|since\s+the)\s+${EVENT_NOUN}`;
const COMING_EVENT = re('iu')`\b(?:next\s+(?:year|month|week)['’]s|the\s+(?:next|last|upcoming|coming|forthcoming))\s+${EVENT_NOUN}`;
const GOES_TO_EVENT = re('i')`\b(?:attend|${TRAVEL}|${FLY}|${HEAD}|${GO}|participat|join|${TAKE}\s+part|lead|led)`;
// ", where she will speak about …": a speech's topic, in the clause of the place it is given at.
const WHERE_ABOUT = /,\s*where\b[^.;]*?\b(?:speak|talk|lecture|remarks|address)\w*\s+(?:\p{Ll}+\s+){0,2}?about\b(?![^.;]*\b(?:travel|fly|flies|flew|go|goes|went|visit|visits|then|before|after)\b)[^.;]*$/iu;
// "the AUSMIN talks held in", "the summit hosted at": an event held somewhere, its kind right before.
const HELD_IN = new RegExp(String.raw`\b(?:${EVENT_WORD}|talks)\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:held|hosted|staged)\s+(?:in|at)\s+(?:the\s+)?$`, 'iu');
// "…; the next summit will be held in Johannesburg in November 2025", "…, and the next round will be in Doha": the coming event in
// a clause of its own, which tells of no travel or attending and gives no day (a month or a year is none).
// "… and announce that the next World Youth Day will be in Kraków": what is announced or said is a clause of its own too.
const CLAUSE_BREAK = /;|,\s+(?:and|while|but)\s|\s[–—]\s|\b(?:announc|declar|confirm|sa[iy])\p{Ll}*\s+that\s/gu;
// "the last meeting of the trip will be with students in Osaka": an event of this trip, not another time.
const OF_THIS_TRIP = /\b(?:of|during|on)\s+(?:the|this|his|her|their|its)\s+(?:(?:state|official|working)\s+)?(?:trip|visit|tour|journey|programme|program|stay)\b/i;
// "the next summit will be in Lisbon", "the upcoming forum will be held in Riyadh": the coming event said to be there, in words that
// would read as the traveller's "be in" but have the event as their subject.
const NEXT_EVENT_BE_IN = new RegExp(String.raw`\b(?:next|upcoming|coming|forthcoming)\s+(?:[\p{L}\d'’-]+\s+){0,4}?${EVENT_WORD}\s+(?:will|shall|is\s+to)\s+(?:also\s+)?be\s+(?:held\s+|hosted\s+|staged\s+)?(?:in|at)\s+(?:the\s+)?$`, 'iu');
const comingEvent = (text: string): boolean => {
  const c = COMING_EVENT.exec(text);
  return !!c && !OF_THIS_TRIP.test(c[0]);
};
const otherTimeEvent = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  // "since the summits in Singapore and Hanoi": a place listed after another is said in the same words.
  const before = sentence.slice(0, m.start).replace(/(?<=\s)(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*,\s*|\s+(?:and|or)\s+))+$/u, '');
  if (!dates.length && (PAST_EVENT.test(before) || (comingEvent(before) && !GOES_TO_EVENT.test(sentence)))) return true;
  const open = [...before.matchAll(CLAUSE_BREAK)].pop();
  if (!open) return false;
  const from = open.index + open[0].length;
  const next = [...sentence.slice(m.end).matchAll(CLAUSE_BREAK)][0];
  const to = next ? m.end + next.index : sentence.length;
  return comingEvent(before.slice(from)) && !GOES_TO_EVENT.test(sentence.slice(from, to)) && !dates.some((d) => d.start >= from && d.start < to && /(?<!\d)\d{1,2}(?!\d)/.test(sentence.slice(d.start, d.end)));
};

// "visit the frigate Baden-Württemberg and the supply ship Frankfurt am Main", "aboard HMS Prince of Wales": a ship named after a place.
const SHIP_BEFORE = /\b(?:ship|frigate|destroyer|carrier|cruiser|corvette|submarine|vessel|liner|yacht|icebreaker|tanker|flagship|(?:USS|HMS|HMAS|HMNZS|HMCS|INS|RFS|HNLMS|MV|RV))\s+$/u;

// "Brazil hosts the G20 summit in Rio de Janeiro in November", "the summit that Brazil will host in Rio de Janeiro in November",
// "Egypt has hosted talks …, in Cairo and Doha": an event others host in a month none of the sentence's days is in (with no day of
// the sentence, one the sentence tells no travel or attending to), or one they have hosted before. Not the traveller hosted
// ("will host him in the Oval Office").
const HOSTS = /\bhost(?:s|ed|ing)?\b([^.;:]{0,60}?)\s(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s+)?$/u;
const MONTH_AFTER = new RegExp(String.raw`^[^.;]{0,25}?\bin\s+${MONTH}(?!\p{L}|\s+\d)`, 'u');
const hostedElsewhen = (m: PlaceMention, sentence: string, dates: readonly DateMention[]): boolean => {
  const h = HOSTS.exec(sentence.slice(0, m.start));
  // Nor "will host a dinner for the President in Tokyo in April": the traveller hosted, named by an office.
  if (!h || /\b(?:him|her|them|us)\b|\bfor\s+(?:the\s+)?(?:visiting\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Minister|Secretary|Premier|Emperor|Crown\s+Prince|Emir|Sultan|Sheikh|delegation|guests?|Mr|Ms|Mrs|Dr)\b/u.test(h[1]!)) return false;
  if (/\b(?:has|have|had)\s+(?:\p{Ll}+\s+)?hosted\s*$/u.test(sentence.slice(0, h.index + h[0].indexOf('host') + 6))) return true;
  const month = MONTH_AFTER.exec(sentence.slice(m.end))?.[1];
  if (month) return !dates.some((d) => Number(d.from.slice(5, 7)) - 1 === monthIndex(month)) && (dates.length > 0 || !GOES_TO_EVENT.test(sentence));
  // "talk about … the G20 summit Japan will host in Osaka", "Brazil will host the G20 summit in Rio de Janeiro": with no month, an
  // event others host, in a sentence that gives no day and tells of no travel or attending.
  const host = HOSTED_BY.exec(sentence.slice(0, h.index));
  return !dates.length && !GOES_TO_EVENT.test(sentence) && (EVENT_IN.test(h[1]!) || (!!host && EVENT_BEFORE.test(sentence.slice(0, host.index))));
};
// "summit Japan will ", "summit that Brazil will ": the others who host an event, named in capitals right before "host".
const HOSTED_BY = /(?:(?:that|which)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:(?:will|is\s+to|has|had|would)\s+)?(?:also\s+)?$/u;
const EVENT_IN = new RegExp(String.raw`\b${EVENT_WORD}\b`, 'iu');
const EVENT_BEFORE = new RegExp(String.raw`\b${EVENT_WORD}\s+$`, 'iu');

// "a video conference with the Sultan of Selangor in Shah Alam", "spoke by telephone with the President in Kyiv": where the
// other side of a call is, not the traveller.
const CALL_IN = /\b(?:video|virtual(?:ly)?|online|(?:tele)?phone|remotely)(?:\s+(?:call|conference|link|meeting|summit|talks))?\s+with\b(?:(?!\b(?:and|then|before|after)\b)[^,;.:]){0,60}\b(?:in|at)\s+(?:the\s+)?$/i;

/**
 * "in Tokyo Nov. 12–13", "Riyadh, Saudi Arabia, April 20–21", "in Djibouti Friday, March 9": a day written right after the place
 * ending at `end` (or after its country, set off by commas) with no "on", as the US style and tables write it; a day whose words open
 * with a figure or a name (not "today", nor "the 9th").
 */
const bareDayAfter = (text: string, end: number, d: DateMention): boolean =>
  d.start >= end && /^(?:,[^,.;:()]{1,40},)?\s+$/.test(text.slice(end, d.start)) && /^[\d\p{Lu}]/u.test(text.slice(d.start));

// "the Japanese Embassy in Beijing", "the Consulate-General of India in Dubai": a country's mission and the city it is in.
// Not a mission the traveller opens or whose staff the traveller meets ("open Australia's new Embassy in Hanoi", "meet staff of the
// Consulate-General in Ho Chi Minh City"): the traveller is in its city.
const MISSION_VISITED = /\b(?:(?:re)?open|inaugurat(?:e|es|ing)|meet|visit|address|tour|greet|thank|call\s+(?:on|at))\s+(?:[\p{L}'’-]+\s+){0,5}?(?=(?:Embassy|Consulate|High\s+Commission|(?:Permanent\s+)?Mission)\b)/iu;
const MISSION_IN = /\b(?:Embassy|Consulate(?:[\s-]General)?|High\s+Commission|(?:Permanent\s+)?Mission)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s+(?:in|at)\s+(?:the\s+)?$/u;

// "a state visit to Japan, which runs until", "the tour that will last until": the end of the visit itself.
const VISIT_RUNS_UNTIL = /\b(?:visit|trip|tour|journey|mission)\b[^.;]{0,40}?\b(?:which|that)\s+(?:will\s+)?(?:runs?|lasts?|continues?)\s+(?:until|till|through)\s+$/i;

// "The programme:", "Itinerary:", then the list's places before this one.
const PROGRAMME_COLON = /\b(?:programme|program|itinerary|schedule)\s*:\s*(?:[^:.]*?(?:,|;|\band\b)\s*)?$/i;
const LIST_THEN_DAY = /^(?:\s*(?:,|\band\b|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})+\s+(?=\d)/u;
// "some fifty kilometres from the Rafah crossing", "a town 20 km north of Kyiv": a place a distance is measured from, neither gone to
// nor left.
const MEASURED_FROM = /\b(?:km|kilomet(?:re|er)s?|miles?)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+|away\s+)?(?:from|of)\s+(?:the\s+)?$/i;
// "drive 150 km from Nairobi to Nakuru", "fly 300 miles from …": a distance the traveller goes, from where the leg starts.
const TRAVELLED_FROM = /\b(?:drives?|driving|drove|travel(?:s|led|ed|ling|ing)?|rides?|riding|rode|walk(?:s|ed|ing)?|cycl(?:e|es|ed|ing)|fl(?:y|ies|ying|ew)|sail(?:s|ed|ing)?|journey(?:s|ed|ing)?|trek(?:s|ked|king)?|go(?:es|ing)?|went|head(?:s|ed|ing)?|cover(?:s|ed|ing)?)\s+(?:(?:some|about|around|nearly|almost|over|roughly)\s+)?(?:[\d,.]+\s*|[\p{L}-]+\s+)(?:km|kilomet(?:re|er)s?|miles?)\s+from\s+(?:the\s+)?$/iu;
/** Whether `before` ends on a place a distance is measured from ("fifty kilometres from "), not one a distance is gone from. */
const measuredFrom = (before: string): boolean => MEASURED_FROM.test(before) && !TRAVELLED_FROM.test(before);

// "is leading a separate mission to Shanghai", "will travel separately to Berlin": another's journey, or another trip.
const SEPARATE = /\bseparate(?:ly|\s+(?:[\p{L}-]+\s+)?(?:missions?|delegations?|visits?|trips?|journeys?|tours?))\s+(?:(?:by\s+)?[\p{L}-]+\s+){0,2}?(?:to|in|at)\s+(?:the\s+)?$/iu;
// "He will also make a separate", "She will travel separately": the traveller's own trip, apart from the rest of it.
const OWN_SEPARATE = /(?:^|[.;:]\s*|\b(?:and|then)\s+)(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+(?:(?:will|would|shall|also|then|later|is|are|to)\s+)*(?:[\p{Ll}-]+\s+){1,3}?separate/u;
// "separate visits to Hobart and Launceston": visits apart from each other, one to each place of a list.
const SEPARATE_EACH = /\bseparate\s+(?:visits|trips|journeys|tours)\s+(?:to|in)\s+(?:the\s+)?$/u;
const LIST_GOES_ON = /^\s*(?:,|and\s+\p{Lu})/u;
// "will chair the meeting", "address the summit": the traveller's own part in a gathering.
// "will be at the meeting", "will represent Ireland at the meeting": there in person, or for the country.
const TAKES_PART = /\b(?:(?:co-?)?chair|host|address|open|speak|spoke|presid|attend|particip)\p{Ll}*|\b(?:will|to|shall)\s+(?:also\s+|then\s+)?be\s+at\s+the\b|\brepresent(?:s|ed|ing)?\s+[^.;]{0,60}?\bat\s+the\b/iu;
const OTHERS_MEET = /\b(?:meeting|summit|conference|council|session|gathering)s?\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:ministers|leaders|heads\s+of\s+(?:state|government)|governors|mayors|central\s+bankers)\s+(?:in|at)\s+(?:the\s+)?$/iu;

/** How sure it is that a mention is a place visited: travel words, "in X" with an event, or a named site being visited. */
function visitConfidence(m: PlaceMention, e: GazetteerEntry, sentence: string, dates: readonly DateMention[] = []): number {
  const before = sentence.slice(0, m.start);
  if (m.personal || m.locator || e.kind === 'region' || givenUp(m, sentence) || namesBody(m, sentence)) return 0;
  if (describesApart(m, sentence, dates) || whoseApart(m, sentence, dates) || otherVisit(m, sentence, dates) || SHIP_BEFORE.test(before)) return 0;
  if ((m.cue !== 'visit' || NEXT_EVENT_BE_IN.test(before)) && (otherTimeEvent(m, sentence, dates) || hostedElsewhen(m, sentence, dates))) return 0;
  if (m.cue === 'in' && CALL_IN.test(before)) return 0;
  // "is leading a separate mission to Shanghai", "will travel separately to Berlin": another's journey, or another trip.
  // Not the traveller's own ("He will also make a separate trip to Geelong", "will pay separate visits to Hobart and Launceston").
  if (SEPARATE.test(before) && !OWN_SEPARATE.test(before) && !(SEPARATE_EACH.test(before) && LIST_GOES_ON.test(sentence.slice(m.end)))) return 0;
  // "the meeting of euro area finance ministers in Luxembourg": a gathering of others, in a sentence that gives no day and tells
  // of no travel or attending (not "will attend the meeting of NATO foreign ministers in Brussels").
  if (m.cue !== 'visit' && !dates.length && OTHERS_MEET.test(before) && !GOES_TO_EVENT.test(sentence) && !TAKES_PART.test(sentence)) return 0;
  // "Staff of the Japanese Embassy in Beijing will join him": where a mission is, in a sentence that gives no day and no visit.
  const mission = m.cue !== 'visit' && !dates.length ? MISSION_IN.exec(before) : null;
  if (mission && !MISSION_VISITED.test(before.slice(0, mission.index + mission[0].length))) return 0;
  if (e.kind !== 'control-point' && INFRASTRUCTURE.test(m.text)) return 0;
  // "visit the Kawasaki Heavy Industries plant" (in Kobe): a company named after a place, not the place.
  if (m.embedded && COMPANY_AFTER.test(sentence.slice(m.end))) return 0;
  // "tour the Toyota plant in Georgetown, Kentucky": a works named after a place (a firm's or a town's) and placed in another
  // town is that town's; the name is not where the traveller goes.
  if (WORKS_IN.test(sentence.slice(m.end))) return 0;
  // "He will tour Incheon International Airport": a site toured (kept as one), not the city visited.
  if (AIRPORT_AFTER.test(sentence.slice(m.end)) && SITE_BEFORE.test(before)) return 0;
  // "how aid could reach Gaza through the Rafah crossing": aid, not the traveller, goes there.
  if (/\b(?:aid|assistance|supplies|fuel|food|medicines?)\s+(?:\p{L}+\s+){0,2}?(?:reach(?:es|ed)?|enter(?:s|ed)?|get\s+into|flow(?:s|ed)?\s+into)\s+$/iu.test(before)) return 0;
  if (measuredFrom(before)) return 0;
  // "fly to Bogotá via Madrid, where it will change planes", "transiting through Dubai": a place only passed through.
  if (TRANSIT_BEFORE.test(before) || TRANSIT_AFTER.test(sentence.slice(m.end))) return 0;
  const big = e.origin !== 'world' || e.population >= 100000;
  // "took students to the Bombay Stock Exchange last year", "flew to Nairobi two years ago": a journey of another year (not
  // "last week", which a report told after the trip says of the trip itself).
  if (m.cue === 'visit' && /^(?:[^.;]{0,25}?)\s(?:last\s+year|(?:a|one|two|three|four|five|\d+)\s+years?\s+ago)\b/i.test(sentence.slice(m.end))) return 0;
  if (m.cue === 'visit') return !m.embedded || big || VENUE.test(sentence.slice(m.end)) ? 0.9 : 0;
  if (isAside(m, sentence, dates)) return 0;
  // "returned to Hong Kong through the Lok Ma Chau Control Point": a crossing passed on the way is a stop.
  if (e.kind === 'control-point' && /\b(?:through|across)\s+(?:the\s+)?$/i.test(before)) return 0.6;
  // "will be in Graz from 4 to 6 May and in Salzburg on 7–8 May", "begins a state visit to Morocco in Marrakesh on 3 October":
  // a city given its own day in a sentence of being somewhere or of a visit.
  // "in Mindelo, on the island of São Vicente, on 6 July": a description set off by commas between the city and its day.
  // "in Kampala on Thursday, March 16": a weekday's mention holds its "on".
  // "will be in Rhodes on 24 June, and on 25 June in Kos": the day may come before the place, its verb left out.
  const datedIn = dates.some(
    (d) =>
      /^(?:,[^,.;:()]{1,40},|,)?\s+(?:on|from|between)\s+$/.test(sentence.slice(m.end, d.start)) ||
      (/^\s+$/.test(sentence.slice(m.end, d.start)) && /^on\s/i.test(sentence.slice(d.start))) ||
      bareDayAfter(sentence, m.end, d) ||
      (d.end <= m.start && /^\s*,?\s*in\s+(?:the\s+)?$/.test(sentence.slice(d.end, m.start))),
  );
  // "After the G20 summit in Brisbane on 15 and 16 November, …": the dated event the sentence opens on is one the traveller is at.
  // Not one others are at (`travellerAfterEvent`).
  const afterEvent = datedIn && AFTER_EVENT.test(before) && travellerAfterEvent(sentence, m.end);
  if (m.cue === 'in') return !m.embedded && (EVENT_VERB.test(sentence) || TRAVELS_FOR_EVENT.test(before) || afterEvent || (datedIn && (SITE_VERB.test(sentence) || /\b(?:be|is|are|was|were)\s+in\b/i.test(sentence)))) ? 0.75 : 0;
  if (m.cue === 'none' && e.origin !== 'world' && SITE_VERB.test(sentence)) return 0.6;
  // "will attend the Tokyo Conference on Afghanistan on July 8": an event named after its city, attended on a day the sentence
  // gives, is held there.
  if (m.cue === 'none' && m.embedded && dates.length > 0 && ATTENDS_THE.test(sentence.slice(0, m.start)) && CITY_EVENT.test(sentence.slice(m.end))) return 0.75;
  // "will commission the first three berths of the Lamu Port": a site named after its town, opened, toured or inspected there.
  if (m.cue === 'none' && m.site && SITE_OPENED.test(before)) return 0.6;
  // "returned home yesterday from Luanda, where he attended …": the place a traveller comes back from was visited (its day, the
  // day of leaving it).
  if (m.cue === 'from' && !m.embedded && RETURNED_FROM.test(before)) return 0.75;
  // "flew in from the southern Indian city of Chennai, where he held talks with …": the place come in from, where the sentence
  // says what was done there.
  if (m.cue === 'from' && !m.embedded && CAME_IN_FROM.test(before) && /^\s*,\s*where\b/.test(sentence.slice(m.end))) return 0.75;
  // A programme's day heading, "Wednesday 27 March – Itaguaí, State of Rio de Janeiro; São Paulo": the day's places.
  // "Day 3 – Sunday 7 March: Erbil and Mosul; …": each place of a list that opens the line.
  if (m.cue === 'none' && (headsLine(before) || (HEADING_LIST.test(before) && headsLine(before.replace(HEADING_LIST, ''))))) return 0.6;
  // "Afternoon: Varanasi; boat ride on the Ganges.", "Thursday 6 July – Morning: Haifa;": a programme's part of the day headed by
  // its place, opening the line or right after the day's heading.
  const part = /(?:Morning|Afternoon|Evening|Night)\s*[:–—]\s*$/i.exec(before);
  const partOf = part && before.slice(0, part.index);
  if (m.cue === 'none' && partOf !== null && (!/\S/.test(partOf) || headsLine(partOf)) && /^\s*(?:[;,.:–—]|$)/.test(sentence.slice(m.end))) return 0.6;
  // "The programme: Singapore 31 October – 2 November, Bandar Seri Begawan 2–3 November and …": a city of a programme's list after
  // its colon, its days written right after it.
  // "…; Ramallah and Jerusalem 1–2 May": so is each place of a list the days follow.
  const listDay = LIST_THEN_DAY.exec(sentence.slice(m.end));
  const listDated = !!listDay && dates.some((d) => d.start === m.end + listDay[0].length);
  if (m.cue === 'none' && !m.embedded && PROGRAMME_COLON.test(before) && (listDated || dates.some((d) => bareDayAfter(sentence, m.end, d)))) return 0.6;
  // "… visit Adelaide on 15 June, Canberra on 17 June, where …, and Perth on 18 June": a city dated in a sentence of visits.
  const datedHere = dates.some((d) => /^\s+(?:on|from)\s+$/.test(sentence.slice(m.end, d.start)) || bareDayAfter(sentence, m.end, d));
  if (m.cue === 'none' && big && !m.embedded && datedHere && SITE_VERB.test(sentence)) return 0.6;
  return 0;
}

export interface Found {
  m: PlaceMention;
  e: GazetteerEntry;
  c: number;
}

// ", visit the … on", "and hold talks … on": a verb of what is done at a place, between a day of reaching it and a later day.
const SPENT_VERB = re('i')`^[^.;]*?(?:,|\band)\s+(?:then\s+|also\s+)?(?:${VISIT}|${TOUR}|${INSPECT}|attend(?:s|ed|ing)?|hold(?:s|ing)?|held|meet(?:s|ing)?|met|lay(?:s|ing)?|laid|address(?:es|ed|ing)?|open(?:s|ed|ing)?|sign(?:s|ed|ing)?)\b`;

// "Pearl Harbor", "Bergen-Belsen Memorial": a name going on in a site's word, or after a hyphen, past the place it begins with.
const NAMED_SITE = re('u')`^(?:[-‐‑]\p{Lu}|\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:${SITE_WORD})\b)`;

// "leaving Israel on", "will depart on": whether the text before a day ends in the words of leaving (the place left, capitalised,
// between) …
const LEFT_WORD = re('i')`\b(?:${LEAVING})\s+([^.;:]*)$`;
const leavesOn = (before: string): boolean => /^(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:on\s+)?(?:the\s+)?$/u.test(LEFT_WORD.exec(before)?.[1] ?? '-');
// … and after it the place left for: "Tuesday afternoon for Rome".
const DAY_FOR = /^\)?(?:\s+(?:morning|afternoon|evening|night))?,?\s+for\s+(?:the\s+)?$/i;

/**
 * Gives each date of a sentence to the visit nearest it in its clause; a span given for a
 * list of places opens at the first and closes at the last; a single day given for a list
 * is each one's. `skipFirst`: the sentence's first date starts the trip, it is no stop's day.
 */
function daysOfVisits(
  info: Info,
  found: readonly Found[],
  skipFirst: boolean,
  homeAt: readonly number[] = [],
): { days: Visit['days'][]; dated: DateMention[][]; before: DateMention[] } {
  // "Riyadh, Saudi Arabia; Amman, Jordan; and Tel Aviv": a semicolon between listed places is no clause break.
  const listed = (i: number) => found.some((f) => /^;\s*(?:and\s+)?$/.test(info.s.text.slice(i, f.m.start)));
  // "spend two days in Nairobi before travelling to Mombasa on Thursday": "before …ing" begins a clause too.
  // "remain there until the 5th of March, when she will continue to Bogotá": so does ", when" with its own subject.
  // "travel to Quito, Ecuador, and Bogotá, Colombia, October 19–21": nor is ", and" between two listed places, each perhaps with
  // its country.
  const andListed = (b: RegExpMatchArray) =>
    /^,\s+and\s$/.test(b[0]) &&
    found.some((f) => f.m.start === b.index! + b[0].length) &&
    found.some((f) => f.m.end <= b.index! && /^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?$/u.test(info.s.text.slice(f.m.end, b.index)));
  // "in Addis Ababa Wednesday, March 7, and Thursday, March 8, in Djibouti …": nor is ", and" between two days, a list of one stay's days.
  // Not a day with its own "on" ("on the 14th, and on the 16th he will fly to Havana"): that one opens a clause.
  const daysListed = (b: RegExpMatchArray) =>
    /^,\s+and\s$/.test(b[0]) && info.dates.some((e) => e.end === b.index) && info.dates.some((e) => e.start === b.index! + b[0].length && /^[\d\p{Lu}]/u.test(info.s.text.slice(e.start)));
  // "After Mass in Revolution Square on Sunday, he will travel on Monday to Holguín": so does the comma closing an opening "After …"
  // (its look back tried at commas only, `(?=,)` first: tried at every letter it was a twentieth of the corpus's time).
  const breaks = [...info.s.text.matchAll(/;|,\s+(?:and|then|before|after|while)\s|\sbefore\s+(?=\p{L}+ing\b)|,\s+when\s+(?=(?:he|she|they|it|we)\s)|(?=,)(?<=^(?:After|Following)\s[^,;]{1,60}),(?=\s+(?:he|she|they|the\s+\p{L}+)\s)/gu)].filter((b) => (b[0] !== ';' || !listed(b.index)) && !andListed(b) && !daysListed(b));
  const clause = (pos: number) => breaks.filter((b) => b.index < pos).length;
  const dated = found.map(() => [] as DateMention[]);
  const before: DateMention[] = [];
  // "to Rio de Janeiro on Sunday, 17 November": the weekday's mention may hold its "on".
  const ownDay = (j: number) =>
    info.dates.some((e) => e.start >= found[j]!.m.end && (/^\s+(?:on|from)\s+$/.test(info.s.text.slice(found[j]!.m.end, e.start)) || (/^\s+$/.test(info.s.text.slice(found[j]!.m.end, e.start)) && /^(?:on|from)\s/i.test(info.s.text.slice(e.start))) || bareDayAfter(info.s.text, found[j]!.m.end, e)));
  // "today concluded a week that took him to Seoul, …, and to Hiroshima": a sentence that ends the trip.
  const wrapsUp = WRAPS_UP.test(info.s.text);
  // "On Tuesday he arrives in Durban …, and on Friday he ends the tour in Brazzaville": the end told in a later clause than a
  // day's own leaves that day to its clause's place.
  const wrapAt = WRAPS_UP.exec(info.s.text)?.index ?? Infinity;
  info.dates.forEach((d, di) => {
    if (skipFirst && di === 0) return;
    // "returned to Ottawa on 12 September after a trip to Singapore": a date nearest the home city is not a stop's.
    const nearestVisit = Math.min(...found.map((f) => Math.abs(f.m.start - d.start)));
    const between = (h: number) => info.s.text.slice(Math.min(h, d.end), Math.max(h, d.start));
    // Not a day written before the return's own clause ("travel to Rio de Janeiro for the G20 Leaders' Summit on 18 and 19
    // November and will return to Mexico City on 20 November": the 18th and 19th are Rio's), unless a "where" clause holds it
    // ("travel to Glasgow, where he will attend the climate conference on 1 and 2 November, and return to New Delhi on 3
    // November": the conference's days, not the stay's bounds).
    const placeBefore = found.filter((f) => f.m.end <= d.start).pop();
    const returnAfter = (h: number) => h > d.end && !!placeBefore && !/,\s*where\b/i.test(info.s.text.slice(placeBefore.m.end, d.start)) && AND_RETURN.test(between(h));
    if (homeAt.some((h) => Math.abs(h - d.start) < nearestVisit && !/\b(?:before|after)\b/i.test(between(h)) && !returnAfter(h))) return;
    if (isHistory(info, d)) return;
    // "will travel to Europe from 15 to 22 April, with the Commonwealth meeting in London at its centre": a span right after a
    // region travelled to is the trip's, no day of a place only named after it (not of the places it visits: "travel to Europe
    // from 20 to 27 June, visiting Madrid, Paris and Berlin").
    const region = d.to ? REGION_FROM.exec(info.s.text.slice(0, d.start)) : null;
    if (region && isRegionName(region[1]!.trim()) && found.every((f) => f.m.start >= d.end && f.m.cue !== 'visit')) return;
    // "visit Tokyo … that will run until 13 July" in the trip's first sentence: the trip's end, no stop's day. Not "in Hanoi,
    // where she will remain through Wednesday": the end of a stay.
    if (skipFirst && d.bound && !STAYS_UNTIL.test(info.s.text.slice(0, d.start))) return;
    // "arrived in Tokyo on Tuesday for a state visit, which runs until Friday": the visit's end, no day of the place before it.
    if (d.bound && VISIT_RUNS_UNTIL.test(info.s.text.slice(0, d.start))) return;
    // "a visit to Vietnam on 3 and 4 June, after the Dialogue in Singapore", "Journey to Luxembourg and Belgium (26-29 September)":
    // a date written right after a country is that country's.
    // Not a country an event is about ("the Tokyo Conference on Afghanistan on July 8").
    const country = info.mentions.find((m) => m.country && /^(?:\s+(?:on|from)\s+|\s*\(\s*)$/.test(info.s.text.slice(m.end, d.start)) && !/\b(?:on|about)\s+(?:the\s+)?$/i.test(info.s.text.slice(0, m.start)));
    const ofCountry = country?.country;
    const visitTo = !!country && /\bvisits?\s+to\s+(?:the\s+)?$/i.test(info.s.text.slice(0, country.start));
    // "attend the G20 Summit in Rio de Janeiro from November 17 to 19, and pay a state visit to Brazil from November 19 to 21": nor
    // is it a place of that country with days of its own in an earlier clause, for a visit to the country (not "left Nigeria on 12
    // July for Accra", the day Abuja is left).
    if (ofCountry && found.every((f, j) => f.e.country !== ofCountry || (visitTo && clause(f.m.start) < clause(d.start) && dated[j]!.length > 0))) return;
    // "a working tour from the 2nd to the 4th of February: Guatemala City on the 2nd, San Salvador on the 3rd …": a span before a
    // colon, whose places each take a day of it after the colon, is the trip's, no one place's.
    const after = found.filter((f) => f.m.start >= d.end);
    if (d.to && /^\s*:/.test(info.s.text.slice(d.end)) && after.length > 1 && info.dates.filter((e) => e.start > d.end && e.from >= d.from && e.from <= d.to!).length >= after.length) return;
    const inClause = found.map((_f, k) => k).filter((k) => clause(found[k]!.m.start) === clause(d.start));
    const pool = inClause.length ? inClause : found.map((_f, k) => k);
    // "on 5 June Mombasa", "on Tuesday in Paysandú": a place right after the date; else "Accra on Tuesday": the nearest place before it; else the nearest.
    const near = (ks: number[]) => ks.sort((a, b) => Math.abs(found[a]!.m.start - d.start) - Math.abs(found[b]!.m.start - d.start))[0];
    // … but "Guatemala City on the 2nd, San Salvador on the 3rd": a day written right after a place, with "on", is that place's,
    // not the one after the comma.
    const ownBefore = pool.some(
      (j) => found[j]!.m.end <= d.start && ((/^\s+(?:(?:on|from)\s+(?:the\s+)?)?$/i.test(info.s.text.slice(found[j]!.m.end, d.start)) && /^(?:on|from)\s/i.test(info.s.text.slice(found[j]!.m.end).trimStart())) || bareDayAfter(info.s.text, found[j]!.m.end, d)),
    );
    // "leaving Israel on Tuesday afternoon for Rome": a day written between the leaving and "for" the place is the day it is
    // left for, that place's, not the stop before's.
    const leftFor = (j: number) => leavesOn(info.s.text.slice(0, d.start)) && DAY_FOR.test(info.s.text.slice(d.end, found[j]!.m.start));
    const right = pool.filter((j) => found[j]!.m.start >= d.end && (/^\s+(?:in|at)\s+(?:the\s+)?$/.test(info.s.text.slice(d.end, found[j]!.m.start)) || leftFor(j) || (/^[\s,]*$/.test(info.s.text.slice(d.end, found[j]!.m.start)) && !(ownBefore && info.s.text.slice(d.end, found[j]!.m.start).includes(',')))));
    // "today concluded a week that took him to Seoul, …, and to Hiroshima": a day written before the places of a sentence
    // that ends the trip is the last place's.
    const ending = wrapsUp && clause(wrapAt) <= clause(d.start) && !d.to && found.length > 1 && found.every((f) => f.m.start >= d.end) ? found.reduce((a, f, j) => (f.m.start > found[a]!.m.start ? j : a), 0) : undefined;
    const k = ending ?? right[0] ?? near(pool.filter((j) => found[j]!.m.end <= d.start)) ?? near(pool);
    // "There she will meet the President on 4 June and visit Mombasa on 5 June": a day before the
    // only places, each with its own day, is spent where the traveller already is.
    // "He attended the opening on 8 November, and on 10 November he travelled to Lumbini": a day of a clause that names no
    // place, when the place's own clause has a day of its own, is spent there too.
    // Only a place travelled to in its clause ("… travelled by road to Lumbini"), not one stayed in ("On Monday, July 17, and
    // Tuesday, July 18, the Secretary will take part in the meetings in Gandhinagar").
    // "he will travel on Monday to Holguín": the day may stand between the verb and "to".
    const ownClauseDay = (j: number) => (GOES_TO.test(info.s.text.slice(0, found[j]!.m.start)) || GOES_ON_DAY_TO_HERE.test(info.s.text.slice(0, found[j]!.m.start))) && info.dates.some((e) => e !== d && clause(e.start) === clause(found[j]!.m.start));
    if (k !== undefined && !right.length && d.end <= found[k]!.m.start && (ownDay(k) || (!inClause.length && ownClauseDay(k))) && !skipFirst) before.push(d);
    else if (k !== undefined) dated[k]!.push(d);
  });
  // "Tuesday 3 March — Faro": a programme's day heading names the place the day is spent at, reached that day at the latest; the
  // day of leaving is the next heading's (the day of travelling on), not this one.
  const heading = found.length > 0 && found.every((f) => f.m.cue === 'none') && headsLine(info.s.text.slice(0, found[0]!.m.start));
  const as: Visit['days'][number]['as'] = heading || ARRIVE.test(info.s.text) || GOES_ON_DAY_TO.test(info.s.text) || GOES_BY_TO.test(info.s.text) || GOES_ON_TO.test(info.s.text) || (info.dates.length === 1 && GOES_FROM_TO.test(info.s.text)) ? 'arrive' : 'both';
  // Two places written as one list: only list words between them and the places between ("Tokyo, Kyoto and Osaka").
  const order = found.map((_f, j) => j).sort((a, b) => found[a]!.m.start - found[b]!.m.start);
  const listedWith = (a: number, b: number) => {
    const [x, y] = [order.indexOf(a), order.indexOf(b)].sort((p, q) => p - q);
    return order.slice(x!, y!).every((j, n) => LIST_GAP.test(info.s.text.slice(found[j]!.m.end, found[order[x! + n + 1]!]!.m.start)));
  };
  // "arriving in Osaka": the arrival told right before the place.
  const arrivesAt = (k: number) => {
    const o = order.indexOf(k);
    const from = o > 0 ? found[order[o - 1]!]!.m.end : 0;
    return ARRIVES_AT.test(info.s.text.slice(from, found[k]!.m.start));
  };
  // "begins in Nairobi on 3 June and continues to Kampala and Kigali, ending in Addis Ababa on 9 June": places travelled to on
  // a verb of their own, as one list, with no day there, share no day of another place of the clause.
  const goneToOwn = (j: number) => {
    let o = order.indexOf(j);
    while (o > 0 && listedWith(order[o - 1]!, j)) o--;
    const from = o > 0 ? found[order[o - 1]!]!.m.end : 0;
    return GOES_TO.test(info.s.text.slice(from, found[order[o]!]!.m.start));
  };
  // "fly to Labasa via Nadi on 3 August": a place passed through on the way to j is not another place's day; both share it.
  const via = (j: number, k: number) => found[j]!.m.end <= found[k]!.m.start && /^\s*,?\s*(?:via|through|by\s+way\s+of)\s+(?:the\s+)?$/i.test(info.s.text.slice(found[j]!.m.end, found[k]!.m.start));
  // "flies on to Accra and then Abuja, where he will hold talks … on 2 March": a place whose only days are later ones of a
  // "where" clause after it, spent there, is reached on the list's day too.
  const spentAfter = (j: number, d: DateMention) =>
    d.end <= found[j]!.m.start && dated[j]!.every((e) => e.from > d.from && e.start > found[j]!.m.end && /^\s*,\s*where\b[^;]*$/i.test(info.s.text.slice(found[j]!.m.end, e.start)));
  const days = found.map(() => [] as Visit['days']);
  found.forEach((f, k) => {
    for (const d of dated[k]!) {
      // "… a visit to Tokyo and Osaka, arriving in Osaka on 8 May": the list is the places written as one with k, not every
      // undated place of the clause, when the sentence tells of arriving at k itself.
      // Nor a place the later of the two is travelled to from on a verb of its own ("leave for Shenzhen this afternoon
      // (November 2) and drive to Dongguan the following day": the following day is Dongguan's alone).
      const ownWay = (j: number) => {
        const [a, b] = [found[j]!, f].sort((x, y) => x.m.start - y.m.start);
        return GOES_TO.test(info.s.text.slice(a!.m.end, b!.m.start));
      };
      // "visiting Madrid, Paris and Berlin, where he will meet Chancellor Olaf Scholz on 26 June": a day in a clause about the
      // place before it is that place's alone; a span over the list spans it all, a place of it dated elsewhere too.
      const whereAt = /^[^.;]*?,\s*where\b[^;]*$/i.test(info.s.text.slice(f.m.end, d.start)) && f.m.end <= d.start;
      // "Lima (2 March) – Cusco – Santiago (6 March) – Buenos Aires": in a route set apart by dashes, a day in brackets after a
      // stage is that stage's alone; the stages written with no day are not spent on it.
      const routeStage =
        f.m.end <= d.start &&
        /^\s*\(\s*$/.test(info.s.text.slice(f.m.end, d.start)) &&
        found.some((g) => g !== f && ROUTE_DASH.test(info.s.text.slice(Math.min(f.m.end, g.m.end), Math.max(f.m.start, g.m.start))));
      const list = whereAt || routeStage
        ? [k]
        : found.map((_g, j) => j).filter((j) => j === k || (clause(found[j]!.m.start) === clause(f.m.start) && (dated[j]!.length === 0 || (!!d.to && listedWith(j, k)) || spentAfter(j, d)) && (!arrivesAt(k) || listedWith(j, k)) && !ownWay(j) && (!goneToOwn(j) || listedWith(j, k) || via(j, k))));
      if (list.length > 1 && d.to) {
        days[list[0]!]!.push({ day: d.from, as: 'arrive' });
        days[list[list.length - 1]!]!.push({ day: d.to, as: 'depart' });
      } else if (list.length > 1 && wrapsUp) {
        // "today concluded a week that took him to Seoul and to Hiroshima": the day the trip ends, at the last place.
        days[list[list.length - 1]!]!.push({ day: d.from, as: 'depart' });
      } else if (list.length > 1 && /\bfrom\s+(?:(?:today|tomorrow)\s*\(\s*)?$/i.test(info.s.text.slice(0, d.start))) {
        // "a five-day visit to Kunming, Dali, Chengdu and Chongqing from tomorrow (June 3)": the day the listed visits begin,
        // at the first place; the others' days are told later, not this one.
        days[list[0]!]!.push({ day: d.from, as: 'arrive' });
      } else if (list.length > 1) for (const j of list) days[j]!.push({ day: d.from, as });
      else if (d.to) days[k]!.push({ day: d.from, as: 'arrive' }, { day: d.to, as: 'depart' });
      else {
        // "On Thursday the President flew on to Tashkent, and on Friday he held talks …": a day of a later clause than the
        // place's, after the day it is reached, is spent there, not another arrival.
        // "will fly to Hanover on 3 May, visit the memorial on 4 May and travel on to Celle": so is a later day of the same
        // clause, after its own verb and no arrival, where no later place of the sentence has a day of its own (which the stay
        // lasts until: "fly to Beijing on Thursday evening and hold talks … on Friday, before leaving for Abu Dhabi on Saturday").
        const earlierDay = dated[k]!.find((e) => e.end <= d.start && e.from < d.from);
        const spentLater =
          !!earlierDay &&
          d.start > f.m.end &&
          !ARRIVE_WORD.test(info.s.text.slice(earlierDay.end, d.start)) &&
          SPENT_VERB.test(info.s.text.slice(earlierDay.end, d.start)) &&
          !found.some((g, j) => g.m.start > f.m.start && dated[j]!.length > 0);
        // "On Wednesday he flies to Singapore, where he will deliver the Singapore Lecture on Friday": so is a later day of a "where"
        // clause right after the place.
        const whereLater = !!earlierDay && d.start > f.m.end && /^\s*,\s*where\b[^;]*$/i.test(info.s.text.slice(f.m.end, d.start));
        const later = as === 'arrive' && !!earlierDay && (clause(d.start) > clause(f.m.end) || spentLater || whereLater);
        // "He will remain in the capital until Friday morning, when he flies to Villavicencio": the end of the stay before is the
        // day the place travelled to after it is reached, no day of leaving it.
        const stayEnds = !!d.bound && d.end <= f.m.start && STAYS_UNTIL.test(info.s.text.slice(0, d.start)) && GOES_TO.test(info.s.text.slice(d.end, f.m.start));
        const one = f.m.cue === 'from' || (d.bound && !stayEnds) ? 'depart' : later ? 'both' : as;
        // "On 5 May she leaves for Osaka": the day of leaving, not a stated day of arriving.
        const leaving = one === 'arrive' && LEAVES_FOR.test(info.s.text.slice(0, f.m.start)) && !ARRIVE_WORD.test(info.s.text);
        // "In Dubai he will meet the Director General on March 3": a day spent at the place, neither a stated day of
        // reaching it nor of leaving it (no sentence says the leaving).
        // So is the later day of a "where" clause ("flies to Singapore, where he will deliver the Lecture on Friday").
        const spent = one === 'both' && ((f.m.cue === 'in' && !ARRIVE_WORD.test(info.s.text)) || whereLater);
        // "Nairobi (3–4 June) and Mombasa (5 June)": a day in brackets after the place is its stay, as a span would be, the
        // day of leaving too.
        const bracketed = one === 'both' && /^\s*\(\s*$/.test(info.s.text.slice(f.m.end, d.start));
        if (bracketed) days[k]!.push({ day: d.from, as: 'arrive' }, { day: d.from, as: 'depart' });
        else days[k]!.push({ day: d.from, as: one, ...(leaving || spent ? { inferred: true } : {}), ...(whereLater ? { where: true } : {}) });
      }
    }
  });
  return { days, dated, before };
}

// "attend the Tokyo Conference", "co-chair the Brussels Conference": an event named after the city it is held in.
const ATTENDS_THE = /\b(?:attend(?:s|ed|ing)?|co-?chair(?:s|ed|ing)?|host(?:s|ed|ing)?|address(?:es|ed|ing)?|open(?:s|ed|ing)?)\s+the\s+$/i;
const CITY_EVENT = /^\s+(?:Conference|Summit|Forum|Dialogue|Ministerial)\b/;

// "travel to Europe from", "a tour of Southeast Asia between": a region travelled to, right before a span.
const REGION_FROM = /\b(?:to|visit(?:s|ing)?|tour(?:s|ing)?\s+of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3})(?:from|between)\s+$/u;

// "… and will return to Mexico City": a return told in a clause of its own after a day.
const AND_RETURN = re('i')`\band\s+(?:(?:he|she|they)\s+)?(?:will\s+|would\s+|then\s+)?${RETURN_WORD.source}`;
// "will travel on Monday to Holguín": a day between the verb and "to", right before the place.
const GOES_ON_DAY_TO_HERE = re('i')`${GOES_ON_DAY_TO.source}\s+(?:the\s+)?$`;

// Between two places of one list: "Tokyo and Osaka", "Adelaide, Canberra", "Riyadh, Saudi Arabia; Amman, Jordan; and Tel Aviv".
const LIST_GAP = /^(?:\s*(?:,|;|\band\b|&)\s*(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s*(?:,|;)\s*)?(?:and\s+)?|\s+)$/u;

// "for Tokyo on 6 May via Shanghai", "for Tokyo via Shanghai", "flew to Nuuk on 20 January, stopping en route in Akureyri", "with a
// refuelling stop in Keflavík": only the day of leaving between the place and "via" (not "and then travel via").
const VIA_ON_THE_WAY =
  /^(?:\s*,?\s*(?:on|this|next|tomorrow|tonight)\b(?:(?!\b(?:and|then|before|after)\b)[^,;.]){0,30}?)?\s*,?\s*(?:via|(?:stopping|pausing|with\s+an?\s+(?:[\w-]+\s+)?stop(?:over)?)\s+(?:en\s+route\s+|on\s+the\s+way\s+)?(?:in|at)|(?:and\s+)?(?:en\s+route|on\s+the\s+way)\s+(?:stopping\s+)?(?:in|at))\s+$/i;
// "En route to Nuuk, he stopped in Akureyri": where the traveller goes, named before a stop made on the way.
const EN_ROUTE_TO = /\b(?:en\s+route|on\s+(?:the|his|her|their)\s+way)\s+to\s+(?:the\s+)?$/i;
// "En route, she will make a refuelling stop in Akureyri." after "She will travel to Nuuk": a stop on the way to the place the
// sentence before travels to.
// "En route to Nuuk," names that place again.
// "will make the journey by road, stopping in", "will go by train, stopping over at": the way of a journey, then a stop on it.
const STOPPING_ON_WAY = /\b(?:(?:make|makes|made|making)\s+the\s+(?:journey|trip|drive)|(?:go|goes|went|travel(?:s|led)?|drive|drives|drove)\s+(?:there\s+)?by\s+[a-z-]+)\b[^.;,]{0,30},\s*(?:briefly\s+)?stopping\s+(?:over\s+)?(?:in|at)\s+(?:the\s+)?/i;
const EN_ROUTE = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:En\s+route|On\s+the\s+way(?:\s+there)?)(?:\s+to\s+[^,;.]{1,40})?\s*,/u;

// "Before the Forum, he will stop over in Brisbane", "Before the summit he will visit …": the event a stop comes before.
const BEFORE_EVENT = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}?Before\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(forum|summit|conference|meeting|session|assembly|visit|talks|games)\b(?!\s+(?:in|at)\s)/iu;

// After the words of a return, a clause of something else the traveller then does: ", and will resume her briefings".
const ONCE_BACK = /\band\s+(?:will\s+|then\s+|also\s+)*(?!(?:return|arriv|land|fl[yie]|travel|head|reach|be\s+back|get\s+back|touch)\w*)\p{Ll}+[^,;]*$/u;

// ", and by road to Vanadzor", "and then on to Kapit": a later place travelled to, its verb left out.
const ONWARD = /\b(?:and|then)\s+(?:then\s+)?(?:on\s+)?(?:by\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:the\s+)?$/i;

// "tonight", "this evening", "on the night of": a departure late in the day.
const NIGHT = /\b(?:tonight|overnight|(?:this|that|the|in\s+the)\s+(?:late\s+)?(?:evening|night))\b/i;

// The words between a place and its day: "London on 29 June", "Beijing on the evening of 19 October", "Paris, on Friday".
const RIGHT_AFTER = /^,?\s+(?:on\s+)?(?:the\s+)?(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?$/i;

// Between a place left and its day: "left Kigali for Bridgetown on 11 September".
const LEFT_FOR = /^\s+for\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:on\s+)?(?:the\s+)?$/u;

/** Whether the sentence travels to the place at `at` ("will travel to Nuuk", "left for Nuuk"). */
const goesToIn = (info: Info, at: number) => LEAVES_FOR.test(info.s.text.slice(0, at)) || GOES_TO.test(info.s.text.slice(0, at));

/**
 * Stage 2: the places visited, sentence by sentence, with the days the text gives each;
 * and the trip's start ("will depart on …") and end ("return to … on …") where stated.
 */
export function findVisits(infos: readonly Info[], places: TextPlaces): Visits {
  const { entryOf, isHome } = places;
  const out: Visits = { visits: [], located: [] };
  let lastVisit: Visit | undefined;
  // "flew on to Palau, which she reached the following morning. In Koror she was received …": the day a country is reached,
  // which the sentence names no city of, waiting for the first stop there.
  let reachedCountry: { country: string; day: string; info: number } | undefined;
  // The sentence of a stated return home after the places visited, which ends the trip: later days are after it.
  let homeEnd: { info: number } | undefined;
  // Each dated return to the home city, named, after the places visited so far: a home stop where the text goes on to another trip.
  const backHome: { info: number; at: number; day: string; home: GazetteerEntry }[] = [];
  const spans: { countries: string[]; from: string; to: string }[] = [];
  const closes: { country: string; day: string }[] = [];
  infos.forEach((info, idx) => {
    out.duration ??= findDuration(info.s.text);
    // "She will return to Hong Kong on 8 May. On 9 May, she will brief the press.": a sentence that names no place and tells
    // of no return, and whose days all fall after a stated return home told before it, is no day of the trip (the draft
    // warns of it as held nowhere). Only a return home ("return to Hong Kong", "fly home") told after a place visited,
    // no earlier than any day given before it: not a report told from the end, nor "the treasures returned by France".
    // Not once a place is visited after that return: the text tells a second trip ("Three weeks later, he arrived in …").
    const home = homeEnd && out.end?.stated && out.end.info === homeEnd.info && homeEnd.info < idx && !out.visits.some((v) => v.info > homeEnd!.info) ? out.end.day : undefined;
    const named = info.mentions.some((m) => !m.personal && !m.embedded && !!entryOf(m));
    if (home && !named && !info.returns && info.dates.length && info.dates.every((d) => d.from > home && !isHistory(info, d))) return;
    const found: Found[] = [];
    for (const m of info.mentions) {
      const e = entryOf(m);
      if (!e || isHome(e)) continue;
      // "began her visit to Estonia in Narva": a city named after the country it is in is no district's city, but where the visit is.
      // Not where a sentence ends the visit ("ended his visit to Nigeria and Ghana in Accra"): the place it ends at is told later.
      const ofCountry = m.locator && !WRAPS_UP.test(info.s.text) && info.mentions.some((x) => !!x.country && !entryOf(x) && x.country === e.country && /^\s+in\s+$/.test(info.s.text.slice(x.end, m.start)));
      if (m.locator && !ofCountry && !out.located.includes(e)) out.located.push(e);
      const c = visitConfidence(ofCountry ? { ...m, locator: false } : m, e, info.s.text, info.dates);
      // "On June 5 he will fly to Chengdu. He will … visit the Tianfu Software Park.": a town of the world list (under a million
      // people) that only begins the name of a "the …", far from where the story is, names the venue (there is a Tianfu in
      // Shandong, 1,500 km off), not a journey there. Not "flew to Zamboanga City", a town's own longer name.
      const here = found.length ? found[found.length - 1]!.e : lastVisit?.entry;
      // "visit Pearl Harbor" (Pearl, Mississippi), "the Bergen-Belsen Memorial" (Bergen, Norway): so does one whose name goes on
      // in a site's word or after a hyphen, where the town is in another country or a continent away (not "visited Nagasaki
      // Peace Park" after Tokyo, a site of the town itself).
      const theVenue = m.embedded && /\bthe\s+$/i.test(info.s.text.slice(0, m.start)) && /^\s+\p{Lu}/u.test(info.s.text.slice(m.end));
      const siteName = m.embedded && NAMED_SITE.test(info.s.text.slice(m.end));
      const far = here ? distanceKm(here.coordinates, e.coordinates) : 0;
      if (c > 0 && e.origin === 'world' && e.population < 1e6 && here && ((theVenue && far > 300) || (siteName && (e.country !== here.country || far > 2000)))) continue;
      if (c > 0) found.push({ m, e, c });
    }
    // A sentence of both the setting off and the return, naming no stop: the trip starts on the day of setting off.
    const setOff = info.departs && info.returns ? setOffDay(info) : undefined;
    const first = setOff ?? info.dates[0];
    const namesHome = (m: PlaceMention) => !!entryOf(m) && isHome(entryOf(m)!);
    // "return to Hong Kong", and after a first stop any travel to home: "depart Osaka for Hong Kong … and arrive on 7 November".
    const toHome = info.mentions.filter((m) => m.cue === 'visit' && namesHome(m));
    // "… visit Osaka and Seoul, and return on 19 April": where a return dated with no place begins, after the last place.
    const lastEnd = found.length ? found[found.length - 1]!.m.end : -1;
    const returnWords = lastEnd < 0 ? null : RETURN_ON.exec(info.s.text.slice(lastEnd));
    // Where its date would begin (after "return on"): the anchor nearest that date, not the place's day before it.
    const returnAt = returnWords ? lastEnd + returnWords.index + returnWords[0].length : undefined;
    const homeReturn =
      (toHome.length > 0 && (info.returns || (out.visits.length > 0 && !found.some((f) => f.m.start > toHome[0]!.start)))) ||
      (info.returns && HOME_WORD.test(info.s.text)) ||
      returnAt !== undefined ||
      (!found.length && LANDS_HOME.test(info.s.text) && info.mentions.some((m) => (m.cue === 'visit' || m.cue === 'in') && namesHome(m)));
    // "departed Beijing for London" leaves a stop, not home: it does not start the trip.
    const leavesElsewhere = info.mentions.some((m) => !m.personal && LEAVES.test(info.s.text.slice(0, m.start)) && !namesHome(m));
    // "will arrive in Nairobi on 3 June and leave for Addis Ababa": a departure after an arrival leaves a stop.
    const arrivesFirst = (ARRIVE_WORD.exec(info.s.text)?.index ?? Infinity) < (DEPART_WORD.exec(info.s.text)?.index ?? -1);
    // A report that opens with the end ("concluded his visit today … He set off on 14 December"): a departure dated
    // before every day given so far still starts the trip.
    let startsTrip = false;
    let opensAt = false;
    let spanStart: string | undefined;
    // "has today completed a two-day visit to Poland": a sentence that ends the trip does not start it.
    if (info.departs && first && !out.start && !leavesElsewhere && !WRAPS_UP.test(info.s.text) && !arrivesFirst && !out.visits.some((v) => v.days.some((d) => d.day < first.from)) && !(info.returns && !setOff)) {
      // "The President began his visit in Abuja, Nigeria, on 3 December": the day the visit begins at its first stop; the day
      // of leaving home, before it, is not stated.
      const beginsThere = found.length > 0 && BEGINS.test(info.s.text) && !LEAVES_HOME.test(info.s.text);
      // "an official visit to the Congo from 7 to 13 June. The visit begins in Kinshasa, where on 8 June …": the visit's span, told
      // before any place, begins at the place the visit begins at; the day of its "where" clause is one spent there, later.
      const span = beginsThere && !out.visits.length ? infos.slice(0, idx).flatMap((i) => i.dates.filter((d) => !!d.to && !d.bound && d.from < first.from))[0] : undefined;
      spanStart = span && first.start > found[0]!.m.end && /^[^.;]*?,\s*where\s/.test(info.s.text.slice(found[0]!.m.end, first.start)) ? span.from : undefined;
      out.start = { day: spanStart ?? first.from, stated: !beginsThere, info: idx };
      startsTrip = true;
      // "Peters began the visit in Shanghai, where he spent Sunday and Monday": the days of the place named as where the trip
      // begins are that place's too, not only the trip's start.
      // "… from 7 to 11 December. He began in Shenzhen, where he laid a wreath … on 8 December": so is the place the traveller begins
      // in, right after the verb, with the span told before it and a later day in its "where" clause.
      opensAt = beginsThere && found.some((f) => OPENS_TRIP.test(info.s.text.slice(0, f.m.start)) || (!!spanStart && BEGINS_IN.test(info.s.text.slice(0, f.m.start))));
    }
    // "will travel to North America tomorrow", before any place is visited: setting out for a region or country the
    // sentence names no city of starts the trip that day.
    // The day is a single one, inside those words ("travel tonight to") or right after the place ("to the Gulf region today").
    const setsOutTo = !out.start && !info.headline && !info.departs && !info.returns && !found.length ? SETS_OUT_TO.exec(info.s.text) : null;
    const setOutOn =
      setsOutTo && out.visits.every((v) => infos[v.info]!.headline)
        ? info.dates.find((d) => !d.to && d.start >= setsOutTo.index && (d.end <= setsOutTo.index + setsOutTo[0].length || /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of|and|region)\s+)+(?:on\s+)?$/u.test(info.s.text.slice(setsOutTo.index + setsOutTo[0].length, d.start))))
        : undefined;
    if (setOutOn) out.start = { day: setOutOn.from, stated: true, info: idx };
    // "will travel to China from 4 to 7 November": the span of the visit to the country, whose first day the trip has begun by.
    const spanTo = setsOutTo && !setOutOn && out.visits.every((v) => infos[v.info]!.headline) ? info.dates.find((d) => !!d.to && /^\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of|and)\s+)+from\s+$/u.test(info.s.text.slice(setsOutTo.index + setsOutTo[0].length, d.start))) : undefined;
    if (spanTo) out.opens ??= spanTo.from;
    if (spanTo?.to) out.closes ??= spanTo.to;
    // "will visit the Caribbean from 17 to 27 March", before any place is visited: so is a visit's span to a region or country.
    // Only the traveller's visit, or the trip's: not "A delegation from Indonesia will visit Canberra from 4 to 6 May".
    const visitsTo = !out.start && !setsOutTo && !info.headline && !info.departs && !info.returns && !found.length && out.visits.every((v) => infos[v.info]!.headline) ? VISITS_SPAN.exec(info.s.text) : null;
    // "will visit Ishikawa Prefecture on 22 March", a day trip: so is the one day of such a visit.
    const visitSpan = visitsTo && travellerSubject(info.s.text.slice(0, visitsTo.index)) ? info.dates.find((d) => new RegExp(String.raw`^(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*,?|of|and)\s+)+${d.to ? 'from' : 'on'}\s+$`, 'u').test(info.s.text.slice(visitsTo.index + visitsTo[0].length, d.start))) : undefined;
    if (visitSpan) out.opens ??= visitSpan.from;
    if (visitSpan?.to) out.closes ??= visitSpan.to;
    // The latest day given for the return: "the return flight on the evening of 20 March" does not undo "returned today".
    // … and ends on the latest other day it gives ("returned on 9 May, at the end of a visit that began on 4 May").
    // Not a day of what the traveller does once back: "will return to Lima on Tuesday night … and will resume her press
    // conferences on Wednesday".
    const backAt = RETURN_WORD.exec(info.s.text)?.index;
    const onceBack = (d: DateMention) => backAt !== undefined && d.start > backAt && ONCE_BACK.test(info.s.text.slice(backAt, d.start));
    // "returned to Islamabad on Sunday after a week in New York, where he addressed the Assembly on Friday": of the days written
    // after the return's word, the latest, not the one written last.
    const byDay = (a: DateMention, b: DateMention) => (a.to ?? a.from).localeCompare(b.to ?? b.from);
    const afterBack = (d: DateMention) => backAt !== undefined && d.start > backAt;
    const toldBack = info.dates.filter((d) => !isHistory(info, d) && !onceBack(d));
    const lastTold = setOff && startsTrip ? info.dates.filter((d) => d !== setOff).sort(byDay).pop() : (toldBack.some(afterBack) ? toldBack.filter(afterBack).sort(byDay) : toldBack).pop();
    const endDay = lastTold && (lastTold.to ?? lastTold.from);
    if ((homeReturn || (info.returns && !found.length)) && endDay && !(out.end && out.end.day > endDay)) {
      // A sentence that sets off home on one day and arrives on a later one states both: the leaving is the last stop's.
      const off = SETS_OFF_BACK.exec(info.s.text);
      const arrives = ARRIVE_WORD.exec(info.s.text);
      const leaves = off && arrives && arrives.index > off.index ? info.dates.find((d) => !d.to && d.start > off.index && d.end <= arrives.index && d.from < endDay)?.from : undefined;
      out.end = { day: endDay, stated: true, info: idx, ...(off && !arrives ? { setsOff: true } : {}), ...(leaves ? { leaves } : {}) };
      const atHome = toHome.length > 0 || HOME_WORD.test(info.s.text);
      homeEnd = atHome && out.visits.some((v) => v.info < idx) && out.visits.every((v) => v.days.every((d) => d.day <= endDay)) ? { info: idx } : undefined;
      if (homeEnd && toHome.length && places.home) backHome.push({ info: idx, at: toHome[0]!.start, day: endDay, home: places.home });
    }
    if (info.departs && first && !out.end && first.to && found.length > 1) out.end = { day: first.to, stated: true, info: idx };
    // "a state visit to Japan, which runs until Friday": the trip lasts until then (inferred: no return is told), unless a
    // sentence of return says otherwise.
    const runsTo = info.dates.find((d) => d.bound && !d.to && VISIT_RUNS_UNTIL.test(info.s.text.slice(0, d.start)));
    if (runsTo && !out.end) out.end = { day: runsTo.from, stated: false, info: idx };

    const homeWord = info.returns ? HOME_WORD.exec(info.s.text) : null;
    const homeAt = info.returns || info.departs ? [...info.mentions.filter((m) => namesHome(m) && m.cue === 'visit').map((m) => m.start), ...(homeWord ? [homeWord.index] : []), ...(returnAt !== undefined ? [returnAt] : [])] : [];
    const { days, dated, before: earlier } = daysOfVisits(info, found, startsTrip && !opensAt, homeAt);
    // "The tour, which took him to Tokyo, Seoul and Manila, ends on 29 April": one list of places each visited in an earlier
    // sentence, named again in the trip's own clause, is a recap; its days are the trip's, no day of any of them.
    const recap =
      found.length > 1 &&
      RECAP.test(info.s.text.slice(0, found[0]!.m.start)) &&
      found.every((f, k) => out.visits.some((v) => v.entry === f.e && v.info < idx) && (k === 0 || LIST_GAP.test(info.s.text.slice(found[k - 1]!.m.end, f.m.start))));
    if (recap) for (const d of days) d.length = 0;
    if (spanStart && opensAt) days[0]!.unshift({ day: spanStart, as: 'arrive' });
    // "April 11 (Tuesday): travel by coach to Foshan …; proceed to Shenzhen in the late afternoon": a place travelled to in a
    // later clause of a sentence of one day, which dates another of its places, is reached that day (inferred: the clause
    // does not repeat it).
    const single = info.dates.length === 1 && !info.dates[0]!.to && !info.dates[0]!.bound ? info.dates[0] : undefined;
    // "arrive in Lima on 12 November and spend two days there before travelling to Cusco": a stay told between them puts the
    // place travelled to that many nights on.
    if (single && !startsTrip && dated.some((d) => d.length)) {
      const spent = stayOf(info.s.text);
      found.forEach((f, k) => {
        const nights = spent && spent.at > single.end && spent.at < f.m.start ? spent.nights : 0;
        // "On Saturday 21 December he will visit Bouaké, then return to Abidjan": so is a place come back to.
        const goes = GOES_TO.test(info.s.text.slice(0, f.m.start)) || COMES_BACK.test(info.s.text.slice(0, f.m.start));
        if (!days[k]!.length && f.m.start > single.end && goes) days[k]!.push({ day: addDays(single.from, nights), as: 'arrive', inferred: true });
      });
    }
    // "On 4 June she will go by helicopter to Gyumri, and by road to Vanadzor on 5 June", "On Monday she continued by road to
    // Sibu, and the next day she went by boat to Kapit": a later place of the sentence travelled on to on a later day of its
    // own is left for on that day, the last at the place before it (as leavingDays counts a stop left in an earlier sentence).
    found.forEach((f, k) => {
      const prev = k > 0 ? found[k - 1]! : undefined;
      const day = dated[k]!.length === 1 && !dated[k]![0]!.to ? dated[k]![0]!.from : undefined;
      if (!prev || !day || prev.e === f.e || prev.m.end > f.m.start || !days[k - 1]!.length || days[k - 1]!.some((d) => d.day >= day)) return;
      const between = info.s.text.slice(prev.m.end, f.m.start);
      // "spent Monday and Tuesday in Seoul, leaving South Korea on Wednesday for Tokyo": a leaving told with its day before
      // "for" the place is the last day at the stop before, past the end of a stay told before it.
      const toldLeft = dated[k]![0]!.start > prev.m.end && leavesOn(info.s.text.slice(prev.m.end, dated[k]![0]!.start)) && DAY_FOR.test(info.s.text.slice(dated[k]![0]!.end, f.m.start));
      if (!toldLeft && days[k - 1]!.some((d) => d.as === 'depart')) return;
      if (!ARRIVE_WORD.test(between) && (GOES_TO.test(between) || ONWARD.test(between) || toldLeft)) days[k - 1]!.push({ day, as: 'depart' });
    });
    // … and its day is the last place's day of leaving ("visit Singapore on 3 May and return on 5 May").
    const homeDay = returnAt !== undefined && info.dates.find((d) => d.start >= returnAt);
    if (homeDay) days[found.length - 1]!.push({ day: homeDay.from, as: 'depart' });
    // "On May 25 he will fly to Japan to attend the G7 summit in Ise on May 26 and 27": the first place of the country flown to,
    // later in the sentence, is reached on the day of that travel, not the day spent where the traveller was.
    const flownTo = info.mentions.find((m) => !!m.country && !entryOf(m) && m.country !== places.home?.country && GOES_TO.test(info.s.text.slice(0, m.start)));
    const reached = flownTo && earlier.find((d) => !d.to && d.end <= flownTo.start);
    const there = reached ? found.findIndex((f) => f.m.start > flownTo!.end && f.e.country === flownTo!.country) : -1;
    if (reached && there >= 0 && days[there]!.every((d) => d.day > reached.from)) {
      days[there]!.unshift({ day: reached.from, as: 'arrive' });
      earlier.splice(earlier.indexOf(reached), 1);
    }
    // A day spent where the traveller is states no arrival there and no leaving: the stay covers it, inferred.
    if (lastVisit) for (const d of earlier) lastVisit.days.push({ day: d.from, as: 'both', inferred: true });
    found.forEach((_f, k) => splitArrival(info.s.text, dated[k]!, days[k]!).forEach((day) => lastVisit?.days.push({ day, as: 'depart' })));
    if (lastVisit) leavingDays(info, found, dated, lastVisit);
    // "On Monday morning he will tour Samarkand before flying on to Astana": that day is also the last at the stop he leaves.
    const leavesAt = LEAVES_AFTER.exec(info.s.text)?.index;
    // Not where the sentence first travels on to another place ("Lula will fly to Beijing on Thursday evening and hold talks … on
    // Friday, before leaving for Abu Dhabi"): those days are that place's.
    if (lastVisit && leavesAt !== undefined && !found.some((f) => f.e === lastVisit!.entry) && found.some((f) => f.m.start > leavesAt) && !found.some((f) => f.m.start < leavesAt && GOES_TO.test(info.s.text.slice(0, f.m.start)))) {
      for (const d of info.dates) if (d.end <= leavesAt && !d.bound) lastVisit.days.push({ day: d.to ?? d.from, as: 'depart' });
    }
    // "will depart for Riyadh on Sunday, February 5": the day the trip starts is the day it reaches its one destination;
    // "depart for Singapore this Sunday (March 9) to begin a visit to Singapore and Kuala Lumpur": the one it leaves for,
    // when the others are named after that day.
    // "20 June: Depart New Delhi for New York": the same with the place left named.
    const leavesFor = (before: string) => LEAVES_FOR.test(before) || /\b(?:[Dd]epart(?:s|ed|ing)?|[Ll]eav(?:e|es|ing)|[Ll]eft)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}for\s+(?:the\s+)?$/u.test(before);
    const bound = found.length > 0 && leavesFor(info.s.text.slice(0, found[0]!.m.start)) && found.slice(1).every((f) => !!first && f.m.start > first.end);
    // "departed Tokyo on the morning of the 7th and arrived in Seoul in the early afternoon": one day for both, when no other is given.
    // "Sunday 3 February: 13:00 departure by air from Rome for Abu Dhabi; 22:00 arrival at the Presidential Airport": a programme's
    // noun tells the arrival too.
    const rest = info.s.text.slice(first?.end ?? 0);
    const arrivesSameDay = found.length === 1 && info.dates.length === 1 && !!(ARRIVE_WORD.exec(rest) ?? /\barrival\b/i.exec(rest)) && found[0]!.m.start > (first?.end ?? 0);
    // "During his stay in Budapest, which began on Tuesday": the one place of the sentence that starts the trip.
    const onlyPlace = found.length === 1 && info.dates.length === 1 && found[0]!.m.end < first!.start && !leavesElsewhere;
    // "will depart on Sunday (March 2) for a four-day visit to Dubai, Abu Dhabi and Amman": the day of leaving, written
    // before the place the visit begins at, is the day it reaches it at the earliest.
    const setsOut = found.length > 0 && !!first && FOR_VISIT_TO.test(info.s.text.slice(first.end, found[0]!.m.start)) && DEPART_WORD.test(info.s.text.slice(Math.max(0, first.start - 30), first.start));
    // "will depart Dhaka on 8 November for Pokhara": the day right before "for" the place is the day of leaving for it too.
    const dayFor = found.length > 0 && !!first && first.end <= found[0]!.m.start && /^\)?,?\s+for\s+(?:the\s+)?$/i.test(info.s.text.slice(first.end, found[0]!.m.start));
    // "will depart Dhaka on 8 November for Pokhara, where he will attend the opening on 9 November": a later day spent at the
    // place is no arrival; the day of leaving for it still is.
    // "departed Abuja on Thursday for Accra, where he will attend the summit on Friday and Saturday": the days of a "where"
    // clause after the place are spent there, whatever they are written as; the day of leaving for it is still its first.
    const where = found.length && dayFor ? /^[^.;]*?,\s*where\s/.exec(info.s.text.slice(found[0]!.m.end)) : null;
    const spentThere = !!where && dated[0]!.length > 0 && dated[0]!.every((d) => d.start > found[0]!.m.end + where[0].length && d.from > first!.from) && !ARRIVE_WORD.test(info.s.text);
    // "will depart for Beijing tomorrow (March 4) to attend the opening … on March 5", "leave for Brussels on 2 April to take
    // part in the meeting on 3 and 4 April": with no arrival told, the later days are spent at the place, which the day of
    // leaving for it reaches.
    const noArrival = !days[0]?.length || spentThere || ((bound || dayFor) && !days[0]!.some((d) => d.day <= (first?.from ?? '')) && !ARRIVE_WORD.test(info.s.text));
    // "20 June: Depart New Delhi for New York", "- 5 August: depart Nadi for Auckland": a programme's day heading the line (after its bullet).
    const heads = !!first && first.end <= (found[0]?.m.start ?? 0) && /^\s*[:–—-]\s/.test(info.s.text.slice(first.end)) && /^\s*(?:[•·▪*–-]\s*)?$/.test(info.s.text.slice(0, first.start));
    if (startsTrip && first && ((bound && (first.start > found[0]!.m.end || heads)) || dayFor || setsOut || arrivesSameDay || onlyPlace) && noArrival && !first.to) {
      // "will depart for Riyadh tonight (February 25)": a flight at night reaches the place the next day at the earliest.
      // "… a visit to Tokyo and Osaka, arriving in Osaka on 8 May": an arrival told of a later place is not this one's.
      const other = found.find((f) => f.e !== found[0]!.e && f.m.start > found[0]!.m.start);
      const guessed = (bound || setsOut || dayFor) && !ARRIVE_WORD.test(info.s.text.slice(0, other?.m.start));
      const night = guessed && NIGHT.test(info.s.text.slice(Math.max(0, first.start - 25), first.end + 25));
      days[0]!.push({ day: night ? addDays(first.from, 1) : first.from, as: 'arrive', ...(guessed ? { inferred: true } : {}) });
    }
    // The first stop in a country reached in the sentence before, or the one before that, undated, is reached that day.
    if (reachedCountry && idx > reachedCountry.info + 2) reachedCountry = undefined;
    const firstThere = reachedCountry ? found.findIndex((f) => f.e.country === reachedCountry!.country) : -1;
    if (reachedCountry && found.length && (firstThere < 0 || found.slice(0, firstThere).some((f) => f.e.country !== reachedCountry!.country))) reachedCountry = undefined;
    else if (reachedCountry && firstThere >= 0) {
      if (!days[firstThere]!.length) days[firstThere]!.push({ day: reachedCountry.day, as: 'arrive' });
      reachedCountry = undefined;
    }
    // "flew on to Vanuatu", "took the first direct flight from Peru to Bolivia".
    const travelsTo = (m: PlaceMention) =>
      GOES_TO.test(info.s.text.slice(0, m.start)) || (/\bto\s+(?:the\s+)?$/i.test(info.s.text.slice(0, m.start)) && /\b(?:flight|fl(?:y|ew|ies)|train|drove|sailed)\b/i.test(info.s.text));
    const country = !found.length && !info.returns && !info.headline ? info.mentions.find((m) => !!m.country && !entryOf(m) && m.country !== places.home?.country && travelsTo(m)) : undefined;
    // The day it is reached ("which she reached the following morning"), else the one day of the travel ("On Tuesday she took …").
    const dayOf = info.dates.filter((d) => !d.to && !d.bound && !isHistory(info, d));
    const reachedOn = !country ? undefined : ARRIVE_WORD.test(info.s.text.slice(country.end)) ? dayOf.filter((d) => d.start > country.end).pop() : info.dates.length === 1 ? dayOf[0] : undefined;
    if (country && reachedOn) reachedCountry = { country: country.country!, day: reachedOn.from, info: idx };
    const stay = stayOf(info.s.text);
    found.forEach((f, k) => {
      const v: Visit = { entry: f.e, info: idx, at: f.m.start, days: days[k]!, confidence: f.c * (dated[k]!.length ? Math.min(1, dated[k]![0]!.confidence + 0.1) : 1) };
      if (COMES_BACK.test(info.s.text.slice(0, f.m.start))) v.comesBack = true;
      if (OPENS_TRIP.test(info.s.text.slice(0, f.m.start))) v.opens = true;
      if (f.m.cue === 'from' && RETURNED_FROM.test(info.s.text.slice(0, f.m.start))) v.homeward = true;
      if (CAME_FROM.test(info.s.text.slice(0, f.m.start)) || (f.m.cue === 'from' && CAME_IN_FROM.test(info.s.text.slice(0, f.m.start)))) v.cameFrom = true;
      if (stay && stay.at > f.m.start && !found.some((g) => g.m.start > f.m.start && g.m.start < stay.at)) v.stay = stay.nights;
      out.visits.push(v);
      // The headline's places are the body's to date: "to visit UK, then Paris" is no stay in Paris before the body's first day.
      // A place only come in from is not where the story goes on ("flew in from Chennai, where …. During his stay, …").
      if (!info.headline && !recap && !(v.cameFrom && f.m.cue === 'from')) lastVisit = v;
    });
    // "will depart for Tokyo on 6 May via Shanghai": a place passed through on the way to the one left for comes before it.
    // "will fly to Nuuk on 20 January via Reykjavik", "En route to Nuuk, he stopped in Akureyri" too.
    const [to, via] = found;
    if (to && via && to.e !== via.e && ((VIA_ON_THE_WAY.test(info.s.text.slice(to.m.end, via.m.start)) && goesToIn(info, to.m.start)) || EN_ROUTE_TO.test(info.s.text.slice(0, to.m.start)))) {
      const at = out.visits.length - found.length;
      [out.visits[at], out.visits[at + 1]] = [out.visits[at + 1]!, out.visits[at]!];
    }
    // "She will travel to Nuuk on 20 January. En route, she will stop in Akureyri.": the stop comes before the place travelled to.
    // "… to the Pacific Islands Forum Leaders Meeting in Honiara … Before the Forum he will stop over in Brisbane": a stop made
    // before the event the sentence before goes to comes before the event's place.
    const event = BEFORE_EVENT.exec(info.s.text)?.[1];
    const beforeEvent = !!event && idx > 0 && new RegExp(`\\b${event}\\b`, 'i').test(infos[idx - 1]!.s.text);
    // "He will make the journey by road, stopping in Busia": a stop on the way, told a sentence after the journey, before any
    // place of its own sentence.
    const stopping = STOPPING_ON_WAY.exec(info.s.text);
    const onTheWay = !!stopping && found.every((f) => f.m.start >= stopping.index + stopping[0].length);
    const towards = found.length && (EN_ROUTE.test(info.s.text) || beforeEvent || onTheWay) ? out.visits.length - found.length - 1 : -1;
    const dest = out.visits[towards];
    if (dest && dest.info === idx - 1 && dest.at !== undefined && (beforeEvent || goesToIn(infos[idx - 1]!, dest.at)) && found.some((f) => f.e !== dest.entry)) {
      // The place named again ("En route to Nuuk") is the same arrival, not a second.
      out.visits.splice(towards, out.visits.length - towards, ...out.visits.slice(towards + 1).filter((v) => v.entry !== dest.entry), dest);
      lastVisit = dest;
    }
    // "departed Jakarta on Sunday … The entourage … is expected to land in Nairobi in the evening": an undated
    // arrival told in the next sentences, before any other day or place, is on the trip's first day.
    const begin = out.start?.info;
    const firstAfter = begin !== undefined && idx > begin && idx <= begin + 2 && !out.visits.some((v) => v.info > begin && v.info < idx);
    if (firstAfter && found.length && !days[0]!.length && infos.slice(begin + 1, idx + 1).every((i) => !i.dates.length) && ARRIVE_WORD.test(info.s.text)) {
      out.visits[out.visits.length - found.length]!.days.push({ day: out.start!.day, as: 'arrive' });
    }
    // "arrived in Manila on Sunday after leading the delegation in Bangkok on 18 and 19 November": the traveller is
    // where the sentence's latest day puts them, not at the place written last.
    const lastDay = (v?: Visit) => v?.days.map((d) => d.day).sort().pop() ?? '';
    const latest = info.headline ? undefined : out.visits.slice(out.visits.length - found.length).sort((a, b) => lastDay(b).localeCompare(lastDay(a)))[0];
    if (latest && lastDay(latest) > lastDay(lastVisit)) lastVisit = latest;
    // "an official visit to Viet Nam from 3 to 5 June": a span given for a country the traveller visits.
    // "a visit to Peru and Bolivia from 9 to 13 March": a span given for a list of countries opens in the first and closes in the last.
    let spanned = false;
    // "Chancellor Merkel in Japan, 9–10 March 2015", a headline: the country the traveller is in, with its span.
    const countryVisits = info.mentions.filter((m) => m.country && !entryOf(m) && (m.cue === 'visit' || (info.headline && m.cue === 'in')));
    const countryVisit = countryVisits[0];
    const lastCountry = countryVisits[countryVisits.length - 1];
    const countrySpan = info.dates.find((d) => d.to && lastCountry && Math.abs(d.start - lastCountry.end) < 20);
    // "a state visit to Mongolia from 20 to 22 September, and a state visit to Cuba from 25 to 27 September": each country of
    // the sentence with a span of its own right after it is spanned alone.
    const ownSpans = countryVisits.map((c) => info.dates.find((d) => d.to && d.start >= c.end && d.start - c.end < 20));
    const eachOwn = countryVisits.length > 1 && ownSpans.every((d, i) => !!d && ownSpans.indexOf(d) === i);
    if (countryVisit && countrySpan && !found.some((f) => countryVisits.some((c) => c.country === f.e.country))) {
      if (eachOwn) countryVisits.forEach((c, i) => spans.push({ countries: [c.country!], from: ownSpans[i]!.from, to: ownSpans[i]!.to! }));
      else spans.push({ countries: countryVisits.map((c) => c.country!), from: countrySpan.from, to: countrySpan.to! });
      spanned = true;
    }
    // "Trudeau wrapped up a visit to China on Thursday", a news agency's opening before the days it tells: the day the country is
    // left, at its last stop.
    const wrapped = !found.length && !spanned && countryVisits.length === 1 && !info.returns && WRAPS_UP.test(info.s.text) ? info.dates.filter((d) => !d.to && !d.bound) : [];
    if (wrapped.length === 1) closes.push({ country: countryVisit!.country!, day: wrapped[0]!.from });
    // "will travel to Ottawa and Toronto. On Monday …": after an undated list the traveller is at its first place.
    const listed = out.visits.slice(out.visits.length - found.length);
    if (found.length > 1 && listed.every((v) => !v.days.length)) lastVisit = listed[0];
    // "Today he attended …", "In Samoa the King will open … on 25 October": a dated event with no
    // place named, or only the country the traveller is in, happened where the traveller last was.
    // A name inside a longer one ("Secretary of State Antony Blinken", "the Heliopolis War Memorial"), an aside, or a
    // country the traveller leaves for ("before leaving for the United States") names no other place.
    // A country named with no word of place before it ("setting out Australia's vision") is talked about, not gone to.
    // The traveller's own country ("business leaders interested in investing in Indonesia") is not where the day is spent.
    const inCountry = (m: PlaceMention) =>
      !!m.country && !entryOf(m) && (m.country === lastVisit?.entry.country || m.cue === 'visit' || m.cue === 'none' || (m.country === places.home?.country && !info.returns));
    // The place the traveller is at, named in an office ("meet the Prime Minister of Singapore"), names no other place.
    const namesPlace = info.mentions.some((m) => !m.personal && !m.embedded && !inCountry(m) && !isAside(m, info.s.text, info.dates) && !(lastVisit && entryOf(m) === lastVisit.entry));
    // Not a span the sentence gives a country of another stop ("The last stage will be a state visit to Chile on 20 and 21
    // November", after Rio): that span is the country's (above).
    const othersSpan = spanned && countryVisits.some((c) => c.country !== lastVisit?.entry.country);
    if (!namesPlace && !othersSpan && !found.length && lastVisit && info.dates.length && EVENT_VERB.test(info.s.text) && (!info.departs || LEAVES_AFTER.test(info.s.text)) && !info.returns) {
      for (const d of info.dates) lastVisit.days.push({ day: d.from, as: 'both', inferred: true }, ...(d.to ? [{ day: d.to, as: 'both' as const, inferred: true }] : []));
      if (!lastVisit.extra?.includes(idx)) (lastVisit.extra ??= []).push(idx);
    }
    // "After a meeting … on the morning of 13 September, the Pope will fly back to Rome": a dated event before
    // the return home is the last stop's.
    const back = info.returns && !found.length && lastVisit ? RETURN_WORD.exec(info.s.text)?.index : undefined;
    if (back !== undefined && lastVisit && EVENT_VERB.test(info.s.text.slice(0, back))) {
      for (const d of info.dates) if (d.end <= back && !d.to) lastVisit.days.push({ day: d.from, as: 'both' });
    }
    if (lastVisit && info.returns && (!found.length || BEFORE_HOME.test(info.s.text))) homewardDay(info, lastVisit);
    // "fly from New Delhi to Abu Dhabi on 3 March": the day the traveller leaves the place before.
    // "returned to Poland that night and, on Saturday, 17 June, flew from Rzeszów": the day written last before the place, else the first.
    const told = info.dates.filter((d) => !d.bound);
    for (const m of info.mentions) {
      // "After bidding farewell on 28 June, they will depart London on 29 June": the day right after the place, else that one.
      // "left Kigali for Bridgetown on 11 September": the day after where the traveller leaves for, too.
      const leaving =
        told.find((d) => d.start >= m.end && (RIGHT_AFTER.test(info.s.text.slice(m.end, d.start)) || (LEFT_FOR.test(info.s.text.slice(m.end, d.start)) && LEAVES.test(info.s.text.slice(0, m.start))))) ??
        told.filter((d) => d.end <= m.start).pop() ??
        told[0];
      const e = entryOf(m);
      const left = e && !isHome(e) && COMES_FROM.test(info.s.text.slice(0, m.start)) && !measuredFrom(info.s.text.slice(0, m.start)) && !describesApart(m, info.s.text, info.dates) && !ORIGIN_FROM.test(info.s.text.slice(0, m.start)) && !routeNamed(info.s.text.slice(0, m.start));
      const before = left ? [...out.visits].reverse().find((v) => v.entry === e && v.info < idx) : undefined;
      // "He will leave Osaka on 9 May and return on 10 May", "left Stephenville on Tuesday evening for the flight home": a
      // return told after the place, and no other place named, leaves it too.
      // (Not a place the text went on from: "left Warsaw for the flight home" after Kyiv leaves a second stay there.)
      const homeAfter = RETURN_ON.test(info.s.text.slice(m.end)) || (info.returns && lastVisit?.entry === e && RETURN.test(info.s.text.slice(m.end)));
      // "addressed a business forum before leaving Seoul on Thursday evening", "He will leave Tokyo on 5 May": the stop the story is
      // at, left on the day written right after its name, is left that day, wherever the traveller goes next.
      const leavesHere = !found.length && lastVisit === before && !!leaving && !leaving.to && leaving.start >= m.end && RIGHT_AFTER.test(info.s.text.slice(m.end, leaving.start)) && LEAVES.test(info.s.text.slice(0, m.start));
      if (before && leaving && (found.some((f) => f.e !== e) || homeReturn || (!found.length && homeAfter) || leavesHere)) before.days.push({ day: leftOn(info, leaving), as: 'depart' });
      // "left Budapest on Thursday for Belgrade", the text's first word of Budapest: the traveller was there until that day.
      // "left Lisbon on Thursday, wrapping up a visit to Portugal", "leaves Lisbon for home", "The aircraft left Washington on
      // Friday night" (abroad): a report told from the end.
      else if (left && e && leaving && !before && !m.personal && !m.embedded && (found.some((f) => f.e !== e) || WRAPS_UP.test(info.s.text) || (!!places.home && e.country !== places.home.country && !/\bfrom\s+(?:the\s+)?$/i.test(info.s.text.slice(0, m.start))))) {
        out.visits.push({ entry: e, info: idx, at: m.start, days: [{ day: leaving.from, as: 'depart' }], confidence: 0.6 });
      }
    }
  });
  // "… before returning to Kuala Lumpur that night. Three weeks later, the Prime Minister arrived in Singapore": a return
  // home that places visited later, on later days, follow is a stop at home between two trips.
  for (const b of backHome) {
    const later = out.visits.filter((v) => v.info > b.info);
    if (!later.length || !later.every((v) => v.days.length > 0 && v.days.every((d) => d.day > b.day))) continue;
    out.visits.splice(out.visits.indexOf(later[0]!), 0, { entry: b.home, info: b.info, at: b.at, days: [{ day: b.day, as: 'arrive' }], confidence: 0.6, comesBack: true });
  }
  // The first stop in the country opens the span unless the text dates it, the last closes it.
  for (const sp of spans) {
    const first = out.visits.find((v) => v.entry.country === sp.countries[0]);
    const inCountry = out.visits.filter((v) => v.entry.country === sp.countries[sp.countries.length - 1]);
    // A day of leaving ("emplane for Rio from Abuja on the 17th") does not date the opening. Nor does a later day spent there
    // ("an official visit to Russia from 15 to 17 October … talks in Moscow on 16 October": Moscow from the 15th), unless
    // the text tells the arrival.
    const own = first ? out.visits.filter((v) => v.entry === first.entry).flatMap((v) => v.days.filter((d) => d.as !== 'depart')) : [];
    if (first && own.every((d) => d.day > sp.from && d.day <= sp.to && d.as !== 'arrive')) first.days.push({ day: sp.from, as: 'arrive' });
    // "will visit France, the UAE and Bahrain from 22 to 26 August … then returns to France for the G7 summit at Biarritz on 25
    // and 26 August": a stop of another listed country dated after every day of the last one's stops is where the span closes.
    const latest = (v: Visit) => v.days.reduce((a, d) => (d.day > a ? d.day : a), '');
    const lastThere = inCountry[inCountry.length - 1];
    const later = lastThere ? out.visits.filter((v) => sp.countries.includes(v.entry.country) && inCountry.every((w) => latest(v) > latest(w))).pop() : undefined;
    // "will visit Japan and Korea from 5 to 12 April … in Seoul on 8 April … in Beijing on 11 April": a stop of a country the span
    // does not list, dated after the last listed one within the span, is where the traveller is by then; the span closes no stop.
    const closing = later ?? lastThere;
    const beyond = closing && out.visits.some((v, k) => k > out.visits.indexOf(closing) && !sp.countries.includes(v.entry.country) && v.days.some((d) => !d.span && d.day > latest(closing) && d.day <= sp.to));
    if (!beyond) closing?.days.push({ day: sp.to, as: 'depart', span: true });
  }
  for (const c of closes) {
    const last = out.visits.filter((v) => v.entry.country === c.country).pop();
    if (last && last.days.every((d) => d.day <= c.day) && !out.visits.some((v) => v.entry.country !== c.country && v.days.some((d) => d.day > c.day))) last.days.push({ day: c.day, as: 'depart' });
  }
  return out;
}

/**
 * "will pay a state visit to Ghana on 2 and 3 July", in a text that names no place visited: the capital of each country
 * travelled to, on the days its sentence gives (the stop's note says the capital is assumed). Not the home's country.
 */
export function capitalVisits(infos: readonly Info[], places: TextPlaces, capitals: ReadonlyMap<string, GazetteerEntry>): Visit[] {
  const out: Visit[] = [];
  infos.forEach((info, idx) => {
    for (const m of info.mentions) {
      const capital = m.country && m.cue === 'visit' && !m.personal && !m.embedded && !places.entryOf(m) ? capitals.get(m.country) : undefined;
      if (!capital || capital.country === places.home?.country || out.some((v) => v.entry === capital)) continue;
      const days = info.dates.filter((d) => !d.bound).flatMap((d) => [{ day: d.from, as: 'both' as const }, ...(d.to ? [{ day: d.to, as: 'both' as const }] : [])]);
      out.push({ entry: capital, info: idx, at: m.start, days, confidence: 0.5, country: m.text });
    }
  });
  return out;
}
