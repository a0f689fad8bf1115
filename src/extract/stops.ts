import type { Leg, SourceRef, Stop } from '../itinerary/types';
import { ref, uniqueId, type Draft, type Info } from './draft';
import { LONG_FORM_TAIL, type PlaceMention } from './find-places';
import { modeNear } from './modes';
import { slug, withoutMarks } from './normalize';
import { ARRIVAL, CROSS, DEPART_OR_DEPARTURE, DRIVE, FLY, HEAD, LEAVE, PROCEED, REACH, RETURN, SAIL, TRAVEL, re } from './verbs';
import { COMES_FROM, LEAVES_FROM, travellersOwn } from './visit-words';
import type { Visits } from './visits';
import type { GazetteerEntry } from './types';

// Stage 5 of extraction: the drafts as the itinerary's stops and legs, each fact with its sentence.

/** The stops, each with its sentences as `source` and a note saying what is inferred. */
export function buildStops(ordered: readonly Draft[], infos: readonly Info[], found: Visits): Stop[] {
  const used = new Set<string>();
  return ordered.map((d) => {
    const base = slug(d.entry.name);
    const id = uniqueId(d.home ? `${base}-${d.home}` : base, used);
    const fields = (['arrive', 'depart'] as const).filter((f) => d[f]);
    const stated = (f: 'arrive' | 'depart') => d.stated.has(f) && !d.guessed?.has(`${f}:${d[f]!}`);
    const allStated = fields.length > 0 && fields.every(stated);
    const inferred = fields.filter((f) => !stated(f));
    const seen = new Set<number>();
    const source: SourceRef[] = [];
    for (const v of d.visits) {
      for (const i of [v.info, ...(v.extra ?? [])]) {
        if (seen.has(i)) continue;
        seen.add(i);
        source.push(ref(infos[i]!, i === v.info ? v.confidence : 0.6));
      }
    }
    // The headline only where the body says nothing of the place.
    if (source.length > 1 && infos[0]?.headline) source.splice(0, source.length, ...source.filter((r) => r.range![0] !== infos[0]!.s.range[0]));
    const homeInfo = d.home === 'departure' ? found.start?.info : d.home === 'return' ? found.end?.info : undefined;
    if (homeInfo !== undefined) source.push(ref(infos[homeInfo]!, 0.8));
    const notes: string[] = [];
    // "Reykjavík, 29 October –", "She returns to Reykjavík": a home the text names (its dateline, the return) with no sentence of this end of the trip.
    const named = d.home && homeInfo === undefined && infos.some((i) => i.mentions.some((m) => !m.personal && m.candidates.some((c) => c === d.entry || (c.name === d.entry.name && c.country === d.entry.country))));
    const told = homeInfo !== undefined ? 'read from the text' : named ? `named by the text, the ${d.home === 'departure' ? 'departure from' : 'return to'} it assumed` : 'not named by the text, assumed';
    if (d.home) notes.push(`Home city (${d.home}); ${told}.`);
    if (inferred.length) notes.push(`${inferred.join(' and ')} inferred, not stated.`);
    if (d.untilReturn) notes.push('No sentence gives the leaving: the stay lasts until the return.');
    const country = d.visits.find((v) => v.country)?.country;
    if (country) notes.push(`The text names only the country (${country}): its capital assumed.`);
    if (d.entry.precision !== 'venue' && d.entry.origin !== 'world') notes.push(`Point is approximate (${d.entry.precision}).`);
    // "Malé": the name as the text writes it, where the list has it without its marks ("Male").
    // "Mocímboa da Praia": the full name the text writes, where the world list has the short one (find-places.ts).
    const written = d.visits
      .map((v) => infos[v.info]?.mentions.find((m) => m.start === v.at)?.text)
      .find((t) => !!t && t !== d.entry.name && (withoutMarks(t) === d.entry.name || (d.entry.origin === 'world' && t.startsWith(d.entry.name) && LONG_FORM_TAIL.test(t.slice(d.entry.name.length)))));
    return {
      id,
      name: written ?? d.entry.name,
      coordinates: [d.entry.coordinates[0], d.entry.coordinates[1]],
      precision: d.entry.precision,
      ...(d.arrive && d.home !== 'departure' ? { arrive: d.arrive } : {}),
      ...(d.depart && d.home !== 'return' ? { depart: d.depart } : {}),
      ...(fields.length ? { dateCertainty: allStated ? ('stated' as const) : ('inferred' as const) } : {}),
      meetings: [],
      source,
      ...(notes.length ? { note: notes.join(' ') } : {}),
    };
  });
}

// "The presidential aircraft touched down at …": a landing told right after the return.
export const LANDS = re('i')`\b(?:${ARRIVAL})\b`;
// "the overnight flight home", "fly back home": a mode's word that is the way home.
// "had flown in from Singapore", "drove in from Kampala": travel that arrives from the place named after it.
const IN_FROM = re('i')`\b(?:${FLY}|flown|${DRIVE}|${SAIL})\s+in\s+from\s+(?:the\s+)?$`;
// "departed for home by air", "returned home aboard an Air Niugini charter": leaving for home, or going home, with its way after.
const HOME_LEG = re('i')`\b(?:(?:flight|${FLY}|flown|drive|${SAIL}|train|ferry)\s+(?:back\s+)?home|(?:${LEAVE}|left|${DEPART_OR_DEPARTURE}|set(?:s|ting)?\s+off)\s+for\s+home|(?:${RETURN}|went|go(?:es)?|came|come)\s+(?:back\s+)?home(?=\s+(?:by|aboard|on\s+board)\b))\b`;

/**
 * The sentences that may state the mode of the leg home, with where the return is named in each: the trip's
 * dated end, the landing told right after it, and any sentence that speaks of the return ("return to Hong
 * Kong by car", "before flying back to the United Kingdom", "on the flight home aboard …") and sends the
 * traveller to no other place.
 */
function homewardSentences(d: Draft, last: Draft, infos: readonly Info[], found: Visits): { info: number; at?: number }[] {
  // The home as named, or its country as the destination ("back to the United Kingdom").
  // An airport known only as its city ("the Ninoy Aquino International Airport") names it too.
  const names = (m: PlaceMention) => m.text === d.entry.name || d.entry.aliases.includes(m.text) || (m.candidates.length === 1 && m.candidates[0] === d.entry) || (!!m.country && m.country === d.entry.country && m.cue === 'visit');
  // A country's name is no place travelled to, unless it is the last stop's own ("travel by car to Luxembourg …, and he will return").
  const elsewhere = (k: number) => infos[k]!.mentions.some((m) => !m.personal && (!m.country || m.candidates.includes(last.entry)) && m.cue === 'visit' && !names(m));
  // "left the Netherlands aboard the presidential aircraft": leaving the last stop, or its country, for no other place.
  const leavesLast = (k: number) =>
    infos[k]!.mentions.some((m) => (m.candidates.includes(last.entry) || m.country === last.entry.country) && LEAVES_FROM.test(infos[k]!.s.text.slice(0, m.start)));
  const homeward = infos.map((_info, k) => k).filter((k) => (infos[k]!.returns || leavesLast(k)) && !elsewhere(k));
  const end = found.end?.info;
  const landing = end !== undefined && infos[end + 1] && LANDS.test(infos[end + 1]!.s.text) && !elsewhere(end + 1) ? [end + 1] : [];
  const ends = [...new Set([...(end !== undefined ? [end] : []), ...landing, ...homeward.reverse()])];
  const near = ends.map((k) => {
    // The home as named, else the words of the return ("before returning home by air"). "Canberra, 23 February – … flew to
    // Singapore …, and flew home on 23 February": words that are the way home come before the home named only in the dateline.
    const text = infos[k]!.s.text;
    const at = infos[k]!.mentions.find((m) => names(m) && m.cue === 'visit')?.start ?? HOME_LEG.exec(text)?.index ?? infos[k]!.mentions.find(names)?.start ?? /\b(?:return|back|home)/i.exec(text)?.index;
    return { info: k, ...(at !== undefined ? { at } : {}) };
  });
  // "… before taking the overnight flight home", "His aircraft landed at Phnom Penh International Airport": words that name
  // the way home, or a landing at the home, wherever else the sentence goes first.
  const named = infos.flatMap((info, k) => {
    const way = HOME_LEG.exec(info.s.text);
    const landing = LANDS.test(info.s.text) ? info.mentions.find((m) => names(m) && (m.cue === 'visit' || m.cue === 'in')) : undefined;
    // "He took off for Berlin on Friday evening": travel whose words lead to the home.
    const to = info.mentions.find((m) => names(m) && modeNear(info.s.text, m.start)?.distance === 0);
    const at = way?.index ?? landing?.start ?? to?.start;
    return at !== undefined && !ends.includes(k) ? [{ info: k, at }] : [];
  });
  // "The aircraft is due to leave Accra this evening; he is expected back in Berlin": a mode anywhere in a sentence of the return, after those at its words.
  // Not where the sentence also travels elsewhere ("travel on to Kigali by air … before returning home").
  return [...near, ...named, ...near.filter((c) => c.at !== undefined && !elsewhere(c.info)).map((c) => ({ info: c.info }))];
}

// "reached the capital on an overnight train", "The delegation's aircraft landed there", "took the high-speed train to the
// capital": an arrival, or travel to a place named by what it is (not "to Tillia", a place of its own).
// Case matters in the second: the first "to" after the travel, to "the capital", not to "Tapa Army Base" nor "to meet".
// "The journey will be made by ferry.", "She will make the crossing by road": the way of the journey the sentence before told.
// "The delegation crossed the boundary by coach at the Shenzhen Bay Port": a border crossed, the way into the stop beyond it.
const ARRIVES_SOMEWHERE = [
  re('i')`\b(?:${ARRIVAL}|${REACH})\b`,
  re('u')`\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED}|${DRIVE}|${SAIL}|flight|train|journey)\b(?:(?!\bto\b)[^.;]){0,60}\bto\s+the\s+\p{Ll}`,
  re('iu')`\b(?:journey|crossing|trip|transfer|voyage)\b[^.;]{0,30}\bby\s+\p{Ll}`,
  // "The delegation crossed the boundary by coach at the Shenzhen Bay Port": crossing into the country of the stop.
  re('i')`\b${CROSS}\s+(?:the\s+)?(?:boundary|border|frontier)\b`,
];
// "She will travel by helicopter.", "The journey will be made by road.": the way of travelling, told with no place; it may come a
// sentence later, after one of what is done there ("She will meet the Mayor and open a school.").
const TRAVELS_BY = [ARRIVES_SOMEWHERE[2]!, re('iu')`\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED}|${DRIVE}|go(?:es)?|went)\s+(?:there\s+)?by\s+\p{Ll}`];

/**
 * Whether a place the sentence of an arrival names is passed through on the way into `entry`, not another place travelled to:
 * a control point, where a border is crossed ("crossed the boundary by coach at the Shenzhen Bay Port"), or a port or
 * control point of the stop itself ("at the Shenzhen Bay Port", for Shenzhen).
 */
const passedThrough = (m: PlaceMention, entry: GazetteerEntry) =>
  (m.candidates.length > 0 && m.candidates.every((c) => c.kind === 'control-point')) ||
  m.candidates.some((e) => e.within === entry.name && e.country === entry.country && (e.kind === 'control-point' || e.kind === 'port'));

/**
 * "The visit began in Montreal. The delegation's aircraft landed there on Sunday evening", "Mr Sunak is in Kyiv today … He
 * reached the capital on an overnight train": the sentence right after one that makes the stop a visit, which tells of
 * an arrival or of travel to somewhere and makes no visit to any stop, may state the mode of the leg reaching the stop: after
 * every sentence that names it.
 */
function arrivalAfter(d: Draft, ordered: readonly Draft[], infos: readonly Info[]): number[] {
  const visited = new Set(ordered.flatMap((o) => o.visits.map((v) => v.info)));
  // Not a sentence that names another place, which its travel may be to ("landed at Seoul Air Base"): only the stop itself, a
  // country, or a place left ("will fly from Macau International Airport … and arrive in the capital").
  // Nor one that travels to another country ("She then flew on to Vanuatu" after Labasa, in Fiji).
  const other = (k: number) =>
    infos[k]!.mentions.some(
      (m) => !m.personal && (!m.country || (m.cue === 'visit' && m.country !== d.entry.country)) && !m.candidates.includes(d.entry) && !passedThrough(m, d.entry) && !COMES_FROM.test(infos[k]!.s.text.slice(0, m.start)),
    );
  const apart = (k: number) => k < infos.length && !visited.has(k) && !infos[k]!.headline && !infos[k]!.returns && !infos[k]!.departs && !other(k);
  // Not travel "to the capital" when the capital is another stop ("took the overnight train to the capital" after Ho Chi Minh City).
  const toOther = (k: number) => !d.entry.capital && TO_THE_CAPITAL.test(infos[k]!.s.text) && ordered.some((o) => o.entry.capital && o.entry.country === d.entry.country);
  const after = [...new Set(d.visits.map((v) => v.info + 1))].filter((k) => apart(k) && !toOther(k) && ARRIVES_SOMEWHERE.some((r) => r.test(infos[k]!.s.text)));
  // Two sentences on, past one that tells of no travel: only the way of travelling ("She will travel by helicopter.").
  const later = [...new Set(d.visits.map((v) => v.info + 2))].filter((k) => apart(k - 1) && apart(k) && !modeNear(infos[k - 1]!.s.text) && !ARRIVES_SOMEWHERE.some((r) => r.test(infos[k - 1]!.s.text)) && TRAVELS_BY.some((r) => r.test(infos[k]!.s.text)));
  return [...new Set([...after, ...later])];
}

// A verb of travel, of any way ("travel", "fly", "drive", "sail").
const TRAVELS = re('i')`\b(?:${TRAVEL}|${FLY}|${DRIVE}|${SAIL})\b`;

/**
 * "led a delegation … to Guangzhou yesterday. … The delegation … set off from Macao by road on Thursday morning": a sentence
 * that sets off from the home and names no other place (nor makes a visit, nor returns), told apart from the sentence that
 * makes the first stop a visit, may state the mode of the first leg.
 */
function setsOffHome(ordered: readonly Draft[], infos: readonly Info[]): number[] {
  const home = ordered[0]!.entry;
  const visited = new Set(ordered.flatMap((o) => o.visits.map((v) => v.info)));
  // "The President will travel aboard the presidential aircraft from the Nnamdi Azikiwe International Airport": travel from
  // the home sets off from it as a departure does.
  const leaves = (info: Info, start: number) => COMES_FROM.test(info.s.text.slice(0, start)) && (info.departs || TRAVELS.test(info.s.text.slice(0, start)));
  return infos.flatMap((info, k) =>
    !info.returns && !info.headline && !visited.has(k) && info.mentions.some((m) => m.candidates.includes(home) && leaves(info, m.start)) && info.mentions.every((m) => m.personal || m.country || m.candidates.includes(home)) ? [k] : [],
  );
}

/**
 * "Monday 2 March — Coimbra / Arrival by air.", "Tuesday 3 March — Faro / Travel by road.": the lines of a programme under a
 * day's heading that names the stop, which name no place of their own and neither set off nor return, tell of that day
 * there, and may state the mode of the leg reaching it.
 */
function underHeading(d: Draft, infos: readonly Info[]): number[] {
  const headings = new Set(d.visits.map((v) => v.info));
  return infos.flatMap((info, k) =>
    info.heading !== undefined && headings.has(info.heading) && !info.departs && !info.returns && !info.mentions.some((m) => !m.personal && !m.country) ? [k] : [],
  );
}

/**
 * "Raisi then flew to Uganda late on Wednesday. On Thursday morning he held talks … in Entebbe": a sentence of travel to the
 * stop's country, a country the stop before is not in, told after that stop's first sentence and up to this stop's, which
 * names no city of its own, may state the mode of the leg: where it names the country, after the sentences naming the stop.
 */
function intoCountry(d: Draft, before: Draft, infos: readonly Info[]): { info: number; at: number; after: true }[] {
  const country = d.entry.country;
  if (before.entry.country === country) return [];
  const first = Math.min(...d.visits.map((v) => v.info));
  const from = before.home ? -1 : Math.min(...before.visits.map((v) => v.info));
  return infos.flatMap((info, k) => {
    // "the first direct flight … from Israel to Saudi Arabia": a country travelled to, whatever the words before "to".
    const m = info.mentions.find((x) => x.country === country && (x.cue === 'visit' || /\bto\s+(?:the\s+)?$/i.test(info.s.text.slice(0, x.start))));
    if (!m || k <= from || k > first || info.headline || info.returns || info.mentions.some((x) => !x.personal && !x.country && x.cue === 'visit')) return [];
    return [{ info: k, at: m.start, after: true as const }];
  });
}

/**
 * "He took the high-speed train to the capital on Tuesday" (after Shanghai), "flew to the Korean capital" (Pyongyang): travel
 * to a country's capital named by what it is, not by its name, states the mode of the leg to the stop that is that capital:
 * the capital of a country another stop is in, or one whose word before "capital" names no other country's. Not in a sentence
 * that makes a visit to another place.
 */
function toTheCapital(d: Draft, ordered: readonly Draft[], infos: readonly Info[]): { info: number; at: number; after: true }[] {
  if (!d.entry.capital) return [];
  const visited = ordered.filter((o) => !o.home && o !== d).map((o) => o.entry.country);
  return infos.flatMap((info, k) => {
    const m = TO_THE_CAPITAL.exec(info.s.text);
    if (!m || info.headline || info.returns) return [];
    const at = m.index + m[0].length - m[1]!.length;
    const word = m[2] ? at : undefined;
    if (!m[2] && !visited.includes(d.entry.country)) return [];
    // A place the sentence comes from ("flew to the Korean capital late on 18 June, straight from a working trip to Yakutsk") is no other visit.
    const from = (start: number) => COMES_FROM.test(info.s.text.slice(0, start)) || (start > at && /\bfrom\b/.test(info.s.text.slice(at, start)));
    const elsewhere = info.mentions.some((x) => !x.personal && ((x.start === word && !x.candidates.includes(d.entry)) || (!x.country && x.cue === 'visit' && !x.candidates.includes(d.entry) && !from(x.start))));
    return elsewhere ? [] : [{ info: k, at, after: true as const }];
  });
}
const TO_THE_CAPITAL = /\bto\s+the\s+((\p{Lu}[\p{L}-]*\s+(?:\p{Lu}[\p{L}-]*\s+)?)?capital)\b(?!\s*,?\s+(?:of\s+)?\p{Lu})/u;

// "travelling between the two cities by Shinkansen", "moving between the venues by road": a way told for the legs between a sentence's places.
const BETWEEN = /\bbetween\s+(?:the|these|those|both|all)\s+(?:(?:two|three|four)\s+)?\p{Ll}+\s+(?:by|on|aboard)\s+[^,;.]*/giu;

// "; he will travel there by ferry", ", and they will go there by road": the way to the place the clause before named.
const THERE_BY = re('iu')`[;,]\s*(?:and\s+)?(?:he|she|they|we|the\s+\p{Ll}+)\s+(?:will\s+|would\s+)?(?:${TRAVEL}|${FLY}|${DRIVE}|${SAIL}|go(?:es)?|went|get|gets|got)\s+there(?=\s+by\s)`;

// "by train throughout", "all the way by road", "Both legs will be flown", "for the whole tour": a mode told for the trip's every leg.
const THROUGHOUT = /\b(?:throughout(?=\s*[.,;)]|\s+(?:the|his|her|their)\s+(?:trip|tour|journey|visit|programme)\b)|all\s+the\s+way|(?:both|all|each|every)\s+(?:of\s+the\s+)?(?:legs?|stages?|journeys?)|(?:the|its)\s+(?:whole|entire)\s+(?:trip|tour|journey|visit))\b/iu;

// "All travel within Japan will be by Shinkansen", "all movements inside Kenya by road": a mode told for the legs between the
// places of one country (the words before that country's name).
const WITHIN = /\b(?:all|every|each)\s+(?:(?:of\s+)?(?:the|his|her|their)\s+)?(?:travel|journeys?|legs?|transfers?|movements?|trips?)\s+(?:with)?in\s+(?:the\s+)?$/iu;

// "The delegation will travel by high-speed rail between the three cities.", "All domestic legs will be made by Shinkansen.": a
// way told in a sentence that names no place, for the legs between the stops visited (not from or to the home), and for
// "domestic" legs only those inside one country.
const AMONG = /\bbetween\s+(?:the|these|those|both|all)\s+(?:(?:two|three|four|five|six)\s+)?(?:cities|places|stops|capitals|towns|islands|provinces|venues)\b/iu;
const DOMESTIC = /\b(?:(?:all|every|each)\s+(?:(?:of\s+)?(?:the|his|her|their)\s+)?)?(?:domestic|internal|in-country)\s+(?:travel|journeys?|legs?|transfers?|movements?|trips?)\b/iu;
// "She will discuss the planned high-speed rail line between the two cities", "discuss domestic travel by air with tourism
// operators": a way talked about, or a line opened or planned, before the way's words, is no way the traveller goes.
const TALKED_OF = /\b(?:discuss(?:es|ed|ing)?|talks?\s+(?:on|about)|sp(?:eak|eaks|eaking|oke)\s+(?:about|on)|debat(?:e|es|ed|ing)|review(?:s|ed|ing)?|explor(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|inspect(?:s|ed|ing)?|inaugurat(?:e|es|ed|ing)|open(?:s|ed|ing)?|launch(?:es|ed|ing)?|planned|proposed)\b/iu;

/**
 * The legs between consecutive stops. A leg's mode is the one a sentence states next to
 * the stop it arrives at (any sentence that makes it a visit, or the trip's end for the
 * return home), with that sentence as `source`; else `unknown`, with no source.
 */
export function buildLegs(stops: readonly Stop[], ordered: readonly Draft[], infos: readonly Info[], found: Visits): Leg[] {
  const legs: Leg[] = [];
  // "All legs within Japan will be by Shinkansen": a mode told for the legs inside one country only.
  const within = infos.flatMap((info, k) => {
    const m = info.headline ? undefined : info.mentions.find((x) => x.country && WITHIN.test(info.s.text.slice(0, x.start)));
    const near = m ? modeNear(info.s.text) : undefined;
    return near ? [{ mode: near.mode, info: k, country: m!.country! }] : [];
  });
  // "travelling by train throughout", "Both legs will be flown": one way of travelling told for every leg, each leg's
  // own when nothing nearer states it.
  const throughout = infos.flatMap((info, k) => {
    const near = THROUGHOUT.test(info.s.text) && !within.some((w) => w.info === k) ? modeNear(info.s.text) : undefined;
    return near && !info.headline ? [{ mode: near.mode, info: k }] : [];
  })[0];
  const among = infos.flatMap((info, k) => {
    const kind = info.headline || info.mentions.some((m) => !m.personal && !m.country) ? undefined : AMONG.test(info.s.text) ? ('among' as const) : DOMESTIC.test(info.s.text) ? ('domestic' as const) : undefined;
    const near = kind ? modeNear(info.s.text) : undefined;
    return near && !TALKED_OF.test(info.s.text.slice(0, near.index)) ? [{ mode: near.mode, info: k, kind }] : [];
  });
  for (let i = 1; i < stops.length; i++) {
    const d = ordered[i]!;
    const candidates: { info: number; at?: number; after?: boolean }[] = d.visits.map((v) => ({ info: v.info, at: v.at }));
    // "goes to Cebu City, where he will meet local officials; he will travel there by ferry": a later clause's way "there".
    for (const { info, at = 0 } of d.visits) {
      const there = THERE_BY.exec(infos[info]!.s.text.slice(at));
      if (there) candidates.push({ info, at: at + there.index + there[0].length - 'there'.length, after: true });
    }
    // "departed aboard the presidential aircraft for a state visit to China": the trip's start states the first leg.
    // Not when that sentence names the stop itself: "leave for Shenzhen this afternoon and drive to Dongguan the following day"
    // states the way to Dongguan, and no way to Shenzhen.
    const start = found.start?.info;
    if (i === 1 && ordered[0]!.home === 'departure' && start !== undefined && !d.visits.some((v) => v.info === start && v.at !== undefined)) candidates.push({ info: start });
    if (i === 1 && ordered[0]!.home === 'departure') for (const k of setsOffHome(ordered, infos)) candidates.push({ info: k, after: true });
    // "He had flown in from Singapore late Wednesday": travel in from the stop before is the way of this leg, wherever it is told.
    for (const [k, info] of infos.entries()) {
      for (const m of info.mentions) {
        const inFrom = (m.text === ordered[i - 1]!.entry.name || m.candidates.includes(ordered[i - 1]!.entry)) && !info.headline ? IN_FROM.exec(info.s.text.slice(0, m.start)) : null;
        // Only the traveller's own: not "Her French counterpart, who had flown in from Berlin".
        if (inFrom && travellersOwn(info.s.text.slice(0, inFrom.index))) candidates.push({ info: k, at: inFrom.index, after: true });
      }
    }
    if (d.home === 'return') for (const c of homewardSentences(d, ordered[i - 1]!, infos, found)) candidates.push(c);
    else for (const k of [...arrivalAfter(d, ordered, infos), ...underHeading(d, infos)]) candidates.push({ info: k, after: true });
    if (!d.home) candidates.push(...intoCountry(d, ordered[i - 1]!, infos), ...toTheCapital(d, ordered, infos));
    // The sentence whose mode word sits nearest the place ("travel by coach to Foshan" over "to Guangzhou by rail …
    // a visit to Guangzhou and Foshan"); a sentence that names no place for the leg only when none does.
    let best: { mode: Leg['mode']; distance: number; info: number } | undefined;
    const prev = ordered[i - 1]!;
    for (const c of candidates) {
      const text = infos[c.info]!.s.text;
      // "in Tokyo on 14 and 15 October and in Osaka on 16 and 17 October, travelling between the two cities by Shinkansen": a
      // way told between the sentence's places is not the way to the first of them.
      const between = prev.visits.some((v) => v.info === c.info) ? text : text.replace(BETWEEN, (w) => ' '.repeat(w.length));
      const near = modeNear(between, c.at);
      // "will then fly to Washington on Thursday for talks …, and attend the United Nations summit in New York": the way to the
      // stop before, travelled to between the way's words and this place, is not the way to a place the clause then puts the
      // traveller in.
      const travelledTo = (v: { info: number; at?: number }) => v.info === c.info && v.at !== undefined && near!.index < v.at && v.at < c.at! && /\bto\s+(?:the\s+)?$/.test(text.slice(0, v.at));
      if (near && c.at !== undefined && /\b(?:in|at|near|outside)\s+(?:the\s+)?$/.test(text.slice(0, c.at)) && prev.visits.some(travelledTo)) continue;
      const distance = near ? near.distance + (c.at === undefined ? 10000 : 0) + (c.after ? 10000 : 0) : Infinity;
      if (near && (!best || distance < best.distance)) best = { mode: near.mode, distance, info: c.info };
    }
    const inside = within.find((w) => w.country === d.entry.country && w.country === ordered[i - 1]!.entry.country);
    if (!best && inside) best = { ...inside, distance: Infinity };
    const visited = !d.home && !ordered[i - 1]!.home;
    const told = visited ? among.find((a) => a.kind === 'among' || d.entry.country === ordered[i - 1]!.entry.country) : undefined;
    if (!best && told) best = { ...told, distance: Infinity };
    if (!best && throughout) best = { ...throughout, distance: Infinity };
    const mode: Leg['mode'] = best?.mode ?? 'unknown';
    const source = best ? infos[best.info] : undefined;
    legs.push({ from: stops[i - 1]!.id, to: stops[i]!.id, mode, source: source ? [ref(source, 0.6)] : [] });
  }
  return legs;
}
