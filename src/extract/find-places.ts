import { BARE_DAY } from './date-words';
import { distanceKm } from './distance';
import type { Gazetteer } from './gazetteer';
import { placeKey } from './normalize';
import type { GazetteerEntry } from './types';
import { ARRIVAL, ARRIVE_OR_ARRIVAL, BOARD, CALL_AT, CONTINUE, DEPART_OR_DEPARTURE, EMBARK, EMPLANE, FLY, GO, HEAD, INSPECT, LAND, LEAVE, MOVE, PROCEED, REACH, RETURN, SAIL, TAKE, TOUCH_DOWN, TOUR, TRAVEL, VISIT, re } from './verbs';

/**
 * How a place is introduced: `visit` after words of travel ("visit to", "arrived in",
 * "depart for", "return to"), `in` after a bare "in"/"at", `from` after "from", `none`.
 */
type Cue = 'visit' | 'in' | 'from' | 'none';

/** A place name found in a sentence, before it is resolved to one entry. */
export interface PlaceMention {
  /** `[start, end)` within the sentence. */
  start: number;
  end: number;
  text: string;
  candidates: GazetteerEntry[];
  /** ISO code when the name is a country ("Japan"), which only gives context. */
  country?: string;
  cue: Cue;
  /** Part of a longer proper name: "Hong Kong Customs", "Shanghai-based". */
  embedded: boolean;
  /** Part of a person's name after an honorific: "Ms Ho", "Mr Gao Rongkun". */
  personal: boolean;
  /** Locates the place named just before it: the "Guangzhou" of "Nansha in Guangzhou". */
  locator?: boolean;
  /** "Tokyo, Japan": the country written right after the name. */
  countryHint?: string;
  /** "a visit to Brunei Darussalam and Singapore": a city-state listed among countries, which may name the country. */
  amongCountries?: boolean;
  /** "the Lamu Port", "RAAF Base Darwin": the name of a site in the town, which locates the site. */
  site?: boolean;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mdm', 'madam', 'madame', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'mx']);
// Titles before a person's name, and the particles inside one ("Marcelo Rebelo de Sousa", "Mohamed bin Zayed").
const TITLES = new Set('president premier chancellor king queen emperor sultan emir sheikh prince princess pope governor mayor minister secretary'.split(' '));
// "in Ouagadougou Captain Ibrahim Traoré", "in Niamey General X": a title or rank after a place opens a person's name, no longer name of the place.
const PERSON_OPENERS = new Set('general captain colonel admiral lieutenant commander brigadier marshal field prime vice deputy crown chief his her their'.split(' '));
const opensPerson = (w: string) => {
  const k = w.toLowerCase();
  return HONORIFICS.has(k) || TITLES.has(k) || PERSON_OPENERS.has(k);
};
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'du', 'van', 'von', 'der', 'bin', 'binti', 'al', 'el', 'y']);
// The particles of a town's full name after the short one GeoNames gives ("Mocímboa da Praia"); not "de", "del" or "du",
// which more often open another place ("Porto de Galinhas", "San José del Cabo") and cost tuning texts their stops.
const LONG_FORM = new Set(['da', 'do', 'dos', 'das']);
/** What such a full name adds to the short one: " da Praia". */
export const LONG_FORM_TAIL = /^\s(?:da|do|dos|das)\s\p{Lu}[\p{L}\p{M}\p{N}'’]*$/u;
const CONNECTORS = new Set(['in', 'of', 'de', 'del', 'la', 'le', 'du', 'am', 'an', 'der', 'da', 'do', 'dos', 'das', 'upon', 'sur', 'en', 'al', 'el', 'and']);
// Capitalised words that name towns somewhere but, in announcements, are plain words.
const COMMON_WORDS = new Set(
  (
    'date mission union police enterprise opportunity progress industry independence liberty commerce delta ' +
    'asia bay central sale orange paradise university success reading mobile eagle welcome economy hope march may ' +
    'mandal of as best colon bar van mary grand deputy president premier general council chairman justice ' +
    'customs trade office port center centre mobile victory unity harmony friendship concord ' +
    'republic kingdom state states city island islands august june july april sunday monday tuesday wednesday thursday friday saturday china ' +
    'mon tue tues wed thu thur thurs fri sat sun ' +
    'summit federal capital national royal imperial forum congress assembly parliament embassy'
  ).split(' '),
);
/** A country's long form before its name: "the People's Republic of China", "the Federal Republic of Germany". */
export const STATE_FORM = String.raw`(?:(?:People['’]s|Democratic|Federal|Federative|Islamic|Socialist|Arab|United|Bolivarian|Plurinational|Hashemite|Oriental|Co-operative|Cooperative)\s+)*(?:Republic|Kingdom|Commonwealth|State|Federation|Principality|Grand\s+Duchy|Sultanate|Emirate)\s+of\s+(?:the\s+)?`;
// "a state visit to the Islamic Republic of Iran": the long form ends where the country's name begins.
const STATE_BEFORE = new RegExp(String.raw`\bthe\s+` + STATE_FORM + '$');
// "Thursday, April 13: In Dublin, the President …": a preposition capitalised at a clause's head is no word of a longer name.
/** Between two places of a route set apart by dashes, the first one's days in brackets maybe: " (2 March) – ", " – ". */
export const ROUTE_DASH = /^(?:\s*\([^()]{1,30}\))?\s+[–—-]\s+$/;
const LEADS_IN = /^(?:in|at|to|from|for|on|via|near|outside|after|before|then|and)$/i;
export const VISIT_CUE = re('i')`\b(?:${VISIT}(?:\s+to)?|trip\s+to|${TOUR}(?:\s+of)?|${TRAVEL}\s+(?:on\s+)?to|${ARRIVE_OR_ARRIVAL}\s+(?:in|at)|${DEPART_OR_DEPARTURE}\s+(?:for|to)|${LEAVE}\s+for|left\s+for|${HEAD}\s+(?:to|for)|(?:${FLY}|flown)\s+(?:in)?to|${PROCEED}\s+to|${GO}\s+to|went\s+to|${MOVE}\s+on\s+to|stop(?:s|ped)?\s+(?:over\s+)?(?:in|at)|stop-?overs?\s+(?:in|at)|${RETURN}\s+to|back\s+(?:to|in)|bound\s+for|via|(?:and\s+)?(?:then|finally|lastly|afterwards)\s+(?:by\s+(?:[a-z-]+\s+){1,2})?to|and\s+(?:from\s+there\s+)?(?:on\s+)?to|${GO}\s+on\s+to|went\s+on\s+to|(?:will\s+)?be\s+in|(?:is|are|was|were)\s+(?:now\s+)?in|(?:stop|leg|stage|destination|port\s+of\s+call)\s+(?:is|was|will\s+be|would\s+be)|${CONTINUE}\s+to|${CALL_AT}|${INSPECT}|${REACH}|journey\s+to|mission\s+to|(?:train|flight|drive|ferry|transfer|helicopter|motorcade|return|delegation)\s+(?:back\s+)?(?:by\s+[a-z-]+\s+)?to|flights?\s+[A-Z\d]{2}\s?\d{1,4}\s+to|stay(?:s|ed)?\s+in|${LAND}\s+(?:in|at)|${TOUCH_DOWN}\s+(?:in|at)|(?:expected|due)\s+(?:back\s+)?(?:in|at)|home\s+to|(?<=(?:^|[:\n])[ \t]*)to)\s+(?:the\s+)?$`;
// "The trip ends in Brasília", "will begin in Dakar on Sunday", "will wrap up the trip in Los Angeles" (a trip of the traveller's
// wrapped up, not "talks that negotiators wrapped up in Jeddah"), "His last stop in Central Asia is Ashgabat", "The last stop of the
// trip on Thursday (16 May) will be Abu Dhabi": where a trip begins, goes on or ends, and a stop named after words about it.
const TRIP_BOUND = /\b(?:(?:begin|began|start|end|conclude|continue)(?:s|ed|d|ning|ing)?(?:\s+[\p{L}\d()]+){0,4}?\s+in|(?:wrap(?:s|ped|ping)?\s+up|round(?:s|ed|ing)?\s+off)\s+(?:his|her|their|the|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:visit|tour|trip|journey|swing|stay|mission|travels?)(?:\s+[\p{L}\d()]+){0,3}?\s+in|(?:stop|leg|stage|destination)\s+(?:in|of|on)\s+[^.;:]{1,40}?\s+(?:is|was|will\s+be|would\s+be))\s+(?:the\s+)?$/iu;
// "a working visit to Europe that includes Brussels, Strasbourg and Berlin", "a tour taking in Hue": the places a trip is said to include.
const TRIP_INCLUDES = /\b(?:visits?|tour|trip|journey|itinerary|programme|program|mission)\b[^.;:]{0,60}?\b(?:(?:that|which)\s+(?:will\s+)?(?:also\s+)?)?(?:includ(?:es|ed|ing|e)|tak(?:es|ing|e)\s+in|took\s+in|cover(?:s|ed|ing)?)\s+(?:stops?\s+(?:in|at)\s+)?(?:the\s+)?$/i;
// "will visit the Azores from 10 to 12 June: Ponta Delgada on 10 June, …": a list after a colon that ends a clause of visiting.
export const VISIT_LIST = /\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|travel(?:s|led|ling)?|trip|journey|stops?|itinerary|programme|program|schedule)\b[^.;:\n]*:[ \t]*$/i;
// …each with its day: "Ponta Delgada on 10 June", "Horta (12 June)".
// "with visits to three capitals: Tallinn, Riga and Vilnius.": a list of names alone that ends the sentence.
// "in Port Moresby Nov. 17–18", "in Djibouti Friday, March 9": a day after a place is no word of its name.
const DAY_NEXT = new RegExp(`^${BARE_DAY}`, 'u');
const LIST_TO_END = /^(?:\s*(?:,|,?\s+and|&)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*\s*[.!]?\s*$/u;
const DATED_AFTER = /^(?:\s+(?:on|from)\s+(?:the\s+)?(?:\d|\p{Lu}\p{Ll}+day\b)|\s*\()/u;
// "…, and Beijing on Tuesday warned Washington", "and on Gaza on 7 March will brief the Council": a verb right after the place's day
// makes the place the subject or the topic of a clause of its own (a government named by its capital), no stop in a list.
const DAY_THEN_VERB = /^\s+(?:on|from)\s+(?:the\s+)?(?:(?:\p{Lu}\p{Ll}*\.?|\d{1,2}(?:st|nd|rd|th)?|\d{4}),?\s+){1,3}(?:is|are|was|were|has|have|had|will|would|may|might|could|can|should|must|said|says|told|\p{Ll}+ed)\b/u;
// "the leaders were driven to Irpin", "she was taken by car to Bucha": the traveller carried there.
const CARRIED_TO = /\b(?:be|been|being|is|are|was|were)\s+(?:then\s+|later\s+|also\s+)?(?:driven|taken|brought|escorted|accompanied|transferred|ferried|flown)\b[^.;]{0,40}?\bto\s+(?:the\s+)?$/i;
// "will leave China on Saturday for Abu Dhabi": a departure verb earlier in the clause.
export const DEPART_FOR = re('i')`\b(?:${LEAVE}|left|${DEPART_OR_DEPARTURE}|set(?:s|ting)?\s+off|${EMPLANE}|${HEAD}|${BOARD}|${EMBARK}|${TAKE}\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:flight|train|plane|ferry|boat|helicopter))\b[^.;]{0,60}\bfor\s+(?:the\s+)?$`;
// Travel that the verb families do not spell: "led a delegation of the Macao SAR Government to Hong Kong", "jetted into Kisumu",
// "helicoptered to Kakamega", "choppered back to"; "boarded the Presidential jet at Jomo Kenyatta International Airport for Addis
// Ababa": the airport left from stretches DEPART_FOR's clause past its sixty letters.
const TRAVEL_ELSE = re('iu')`\b(?:delegation\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+){1,6}?to|(?:jet(?:s|ted|ting)|(?:helicopter|chopper)(?:s|ed|ing)?)\s+(?:back\s+)?(?:in)?to|(?:${LEAVE}|left|${DEPART_OR_DEPARTURE}|${BOARD}|${EMBARK})\b[^.;]{0,60}?\bat\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:International\s+)?Airport\s+for)\s+(?:the\s+)?$`;
// "fly from Moscow to Vienna", "travel on Friday to Raleigh", "had flown from Rome to Warsaw": a travel verb earlier in the clause.
export const TRAVEL_TO = re('i')`\b(?:${FLY}|flown|${TRAVEL}|${GO}|went|${HEAD}|dr(?:ive|ove|ives|iving)|${SAIL}|cross(?:es|ed|ing)?|journey(?:s|ed)?|${MOVE}|${TAKE}|r(?:ide|ode|ides)|${BOARD}|catch(?:es)?|caught|${CONTINUE}|${PROCEED})\b[^.;]{0,60}?\bto\s+(?:the\s+)?$`;
// "Wednesday 27 July: Flight from Edmonton to Québec City.": a programme's line of travel written without a verb, its leg's noun
// before where it sets off from.
const LEG_FROM_TO = /\b(?:flight|train|drive|ferry|transfer|helicopter|motorcade|journey)\s+(?:by\s+[a-z-]+\s+)?from\s+[^.;:\n]{1,40}?\bto\s+(?:the\s+)?$/i;
// ", where he met Prime Minister Modi, ": a clause of what was done at a place, between commas, before the next words.
const WHERE_ASIDE = /,\s*where\b[^.;:,()]{1,80},\s*(?=to\s+(?:the\s+)?$)/iu;
// "in Bellahouston Park, ", "at State House, ": a site of capitalised words after "in" or "at", then a comma before its town.
const SITE_THEN_TOWN = /\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*,\s*$/u;
// "Beijing on 3 June and Tianjin", "Nairobi (3–4 June) and Mombasa", "Nairobi and on 5 June Mombasa": a date may sit on either side of the link.
// "Ghana (Accra) on 4 May and Togo": a bracket that closed after the name. "in Tokyo Nov. 12–13 and in Singapore": a day with no "on".
// The white space before the link word is taken whole, once (an atomic group: a lookahead and its back-reference), so a long run
// of it is not split again between the two "\s*" for each length the day's words may take (quadratic, 25 times over).
const LIST_LINK = new RegExp(String.raw`^\)?(?:\s+(?:on|from|until|till|between|in|for)\s+[^.;:()]{1,30}?|\s+${BARE_DAY}[^.;:()]{0,24}?|\s*\([^()]{1,30}\)|,\s*\p{Lu}[\p{L} ]{2,30})?(?=(?<ws>\s*))\k<ws>(?:,|;|[,;]?\s*and|,?\s*as\s+well\s+as|,?\s*then|,?\s*and\s+then|,?\s*before\s+(?:going|moving\s+on|travelling|traveling)\s+to|,?\s*followed\s+by|&|\/)(?:\s+(?:on|from|in)\s+[^.;:(),]{1,25}?)?\s*(?:the\s+)?$`, 'iu');

// "landed that evening in Rzeszów", "arrived on Monday at Kigali": a few words of time between the arrival and its place.
export const ARRIVED_THEN_IN = re('iu')`\b(?:${ARRIVAL})\s+(?:(?!and\b|to\b|for\b|with\b|where\b|who\b|which\b|after\b|before\b)[\p{L}\d]+\s+){1,5}?(?:in|at)\s+(?:the\s+)?$`;
// "… arrived here by special plane": an arrival at the place the sentence is written from.
export const ARRIVED_HERE = re('i')`\b(?:${ARRIVAL})\s+here\b`;

// "a banquet at the Palace of Versailles", "at the Château de Chambord": a venue named after its town places the traveller there.
const VENUE_OF = /\b(?:in|at|to)\s+the\s+(?:Palace|Château|Chateau|Castle|Cathedral|Abbey|Port|Harbou?r|Citadel|Fortress)\s+(?:of|de|du)\s+$/i;
// "the port city of Mombasa", "the Nigerian capital, Abuja", "the towns of Bucha and Irpin", "the shrine of Aparecida": a description right before the name;
// news agencies' "the Sudanese capital Khartoum", "the Chinese city Tianjin" set the name beside a capital or a city with no comma.
const DESCRIBED = /\bthe\s+(?:[\p{L}-]+\s+){0,3}?(?:capital|city|cities|towns?|port|village|villages|islands?|resorts?|shrines?|sanctuary)(?:(?:\s+of\s+[\p{L}\s]{2,30}?)?,\s*|\s+of\s+|(?<=capital|city)\s+)$/iu;
// "the Lamu Port", "Ramstein Air Base", "RAAF Base Darwin", "at Cochin Shipyard", "the Moyale One-Stop Border Post": a site named after its town locates the town (the
// words before the site lead into it) rather than naming something else. Not a university, whose name is often not its town's
// ("speak at Columbia University" in New York, "Georgetown University" in Washington).
const SITE_AFTER = /^\s+(?:Port|Shipyard|Dockyard|(?:Air|Naval|Army|Military)\s+Base|(?:One-Stop\s+)?Border\s+(?:Post|Point|Crossing))\b/u;
// "the Basilica of Saint Paul", "the Church of St. Louis": the words of a church before the saint it is dedicated to.
const DEDICATED_TO = /\b(?:Basilica|Church|Cathedral|Chapel|Shrine|Abbey|Monastery|Sanctuary|Parish)\s+of\s+$/;
// Words that say where something is, right before a town: "at ", "near ", or a site's name and a comma ("Gurdwara Darbar Sahib, ").
const LOCATED_AT = /(?:\b(?:at|near|outside)\s+|,\s*)$/i;
// "Izium, Kharkiv Oblast", "Hofu, Yamaguchi Prefecture": a first-level division written after a town, which only locates it.
const DIVISION_AFTER = /^\s+(?:Oblast|Province|Prefecture|Governorate|Krai|Voivodeship)\b/u;
const BASE_BEFORE = /(?:\p{Lu}[\p{L}]*\s+){0,2}Base\s+$/u;

// A programme line's opening, after its bullet if any; and a day of it, "Tuesday 3 March", "March 3rd, 2025", or in figures as a
// table's first cell, "2019-01-14", "04/05".
const LINE = String.raw`(?:^|\n)[ \t]*(?:[•·▪*–-][ \t]*)?`;
const LINE_DAY = String.raw`(?:(?:\p{L}+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{4})?)`;
// "• Tuesday 3 March: ", "Day 2 (Wednesday, 4 March) – ", "Day two: ", a table's "2019-01-14  " (its cells set apart by a tab or two spaces or
// more): the head of a programme's line of one day, before what the day holds.
const DAY_HEAD = re('u')`${LINE}(?:${LINE_DAY}|Day\s+(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)(?:\s*\([^()\n]{3,30}\))?(?:,?\s+\d{4})?)(?:\s*[:–—]\s*|\t[ \t]*|[ \t]{2,})$`;
// "- 7 August, ", "• Thursday 7 August, ": a programme line's day before the place it is spent at; ", 7 August: " after it.
const DAY_COMMA = re('u')`${LINE}${LINE_DAY}\s*,\s*$`;
// "…; 06/05 Beira, visit to the port;": a day in figures opening a line or an item of a programme's list, right before its place.
const FIGURES_HEAD = re('u')`(?:${LINE}|;[ \t]*)(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(?:\/\d{4})?)[ \t]+$`;
const LINE_START = re('u')`${LINE}$`;
const DAY_COLON = re('u')`^,\s*${LINE_DAY}\s*:[ \t]+\S`;

interface Token {
  start: number;
  end: number;
  word: string;
  /** The word with the "'s" that `word` drops: "John's" of "St. John's". */
  whole: string;
}

// "Côte d'Ivoire": an elided particle before a capital is a word of the name.
const isCap = (w: string) => /^(?:\p{Ll}['’])?\p{Lu}/u.test(w);
// An inner lower-case word of a name: a listed connector, or any short particle ("Dar es Salaam",
// "Bandar bin Abbas"); the whole span must still be a known name.
const isParticle = (w: string) => CONNECTORS.has(w) || /^\p{Ll}{1,3}$/u.test(w);

/**
 * "arrived in the Chinese capital", "his last day in the Spanish capital": a demonym of one to five words ("Turks and Caicos Islander") at
 * `tokens[i]`, after "the" and before "capital", is the country's capital, unless the sentence names it right
 * after ("the Nigerian capital, Abuja", "the Spanish capital of Madrid"), where the name is found instead.
 * The index of the token "capital", and the entries of that name in that country.
 */
function capitalAt(tokens: readonly Token[], i: number, sentence: string, gazetteer: Gazetteer): { j: number; candidates: GazetteerEntry[] } | undefined {
  if (!/\bthe\s+$/i.test(sentence.slice(0, tokens[i]!.start))) return undefined;
  for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) {
    if (tokens[j]!.word.toLowerCase() !== 'capital') continue;
    const code = gazetteer.countryByDemonym.get(placeKey(sentence.slice(tokens[i]!.start, tokens[j - 1]!.end)));
    const capital = code && gazetteer.capitals.get(code);
    if (!capital) return undefined;
    const named = /^(?:\s*,)?\s+(?:of\s+|city\s+of\s+)?(\p{Lu}[\p{L}'’-]*)(?:\s+(\p{Lu}[\p{L}'’-]*))?/u.exec(sentence.slice(tokens[j]!.end));
    if (named && (gazetteer.lookup(named[1]!).length || (named[2] && gazetteer.lookup(`${named[1]} ${named[2]}`).length))) return undefined;
    const same = gazetteer.lookup(capital.name).filter((e) => e.country === code && e.kind !== 'region');
    return { j, candidates: same.length ? same : [capital] };
  }
  return undefined;
}

/**
 * Finds the names of known places (and countries) in a sentence, longest match first,
 * with what surrounds each: the cue before it, and whether it belongs to a person's name
 * or a longer proper name.
 * @example
 * findPlaces('She will visit Guangzhou, Huizhou and Shenzhen.', gazetteer).map((m) => [m.text, m.cue]);
 * // [['Guangzhou', 'visit'], ['Huizhou', 'visit'], ['Shenzhen', 'visit']]
 */
export function findPlaces(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu)) {
    let word = m[0];
    // "Japan's" is Japan.
    if (/['’]s$/.test(word)) word = word.slice(0, -2);
    tokens.push({ start: m.index, end: m.index + word.length, word, whole: m[0] });
  }
  // Not across a line: "- Flight to Assomada\n- Visit to the school" is two lines of a list, not one name.
  // A tab sets a table's cells apart ("By air⇥Jeddah⇥Talks with …"), as a line break does: no name runs across it.
  // "St. Petersburg", "Mt. Hagen": a short saint, mount or fort keeps its full stop.
  const joinable = (a: Token, b: Token) =>
    (/^[^\S\n\t]*[-‐‑–—]*[^\S\n\t]*$/.test(sentence.slice(a.end, b.start)) && sentence.slice(a.end, b.start).length <= 3) ||
    (/^(?:St|Ste|Mt|Ft)$/.test(a.word) && /^\.[^\S\n\t]?$/.test(sentence.slice(a.end, b.start)));

  const mentions: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isCap(first.word)) continue;
    // "the Guinea-Bissauan capital": a demonym may begin with a place's name.
    const capital = capitalAt(tokens, i, sentence, gazetteer);
    let found: { j: number; key: string; end?: number } | undefined = capital && { j: capital.j, key: '' };
    if (!found) for (let j = Math.min(tokens.length - 1, i + gazetteer.maxWords); j >= i; j--) {
      const span = tokens.slice(i, j + 1);
      // "Ben Gurion airport": an airport's name may end in the word written small.
      const small = (t: Token, k: number) => !isCap(t.word) && !(k === span.length - 1 && k > 0 && t.word === 'airport');
      if (small(span[span.length - 1]!, span.length - 1)) continue;
      if (span.some((t, k) => k > 0 && (!joinable(span[k - 1]!, t) || (small(t, k) && !isParticle(t.word))))) continue;
      // "St. John's": a name that ends in "'s" is found with it where the gazetteer has it so.
      const end = span[span.length - 1]!;
      const whole = span.length > 1 && end.whole !== end.word ? placeKey(span.map((t) => (t === end ? t.whole : t.word)).join(' ')) : undefined;
      const spaced = whole && gazetteer.byKey.has(whole) ? whole : placeKey(span.map((t) => t.word).join(' '));
      // "Hai Phong" for "Haiphong": the words written apart.
      const squashed = spaced.replace(/ /g, '');
      const known = (k: string) => gazetteer.byKey.has(k) || gazetteer.countryByKey.has(k);
      const key = !known(spaced) && span.length > 1 && known(squashed) ? squashed : spaced;
      if (gazetteer.byKey.has(key) || gazetteer.countryByKey.has(key)) {
        found = { j, key, ...(key === whole ? { end: end.start + end.whole.length } : {}) };
        break;
      }
    }
    if (!found) continue;
    // "Mocímboa da Praia": a town of the world list, which GeoNames names short ("Mocímboa"), written in full with a particle and
    // a name after it, is read whole where no place has the full name, and shown as written (stops.ts).
    const [particle, after] = [tokens[found.j + 1], tokens[found.j + 2]];
    if (
      !capital &&
      found.end === undefined &&
      particle &&
      after &&
      LONG_FORM.has(particle.word) &&
      isCap(after.word) &&
      joinable(tokens[found.j]!, particle) &&
      joinable(particle, after) &&
      !gazetteer.countryByKey.has(found.key) &&
      (gazetteer.byKey.get(found.key) ?? []).every((e) => e.origin === 'world') &&
      !gazetteer.byKey.has(placeKey(sentence.slice(first.start, after.end)))
    )
      found = { j: found.j + 2, key: found.key };
    const last = { ...tokens[found.j]!, end: found.end ?? tokens[found.j]!.end };
    const text = sentence.slice(first.start, last.end);
    const candidates = capital?.candidates ?? gazetteer.byKey.get(found.key) ?? [];
    const country = gazetteer.countryByKey.get(found.key);
    // A single plain word that is also a town somewhere ("Mission", "Date") counts only
    // when the caller or the curated list names it.
    if (found.j === i && COMMON_WORDS.has(found.key) && !candidates.some((c) => c.origin !== 'world')) continue;
    // "the UN General Assembly", "an EU summit": two or three capitals are a body's initials, not a town of those letters ("Un", India).
    if (found.j === i && /^\p{Lu}{2,3}$/u.test(first.word) && !country && !candidates.some((c) => c.origin !== 'world')) continue;

    // Walk back over capitalised words and name particles: an honorific or a title makes this a person's
    // name ("Ms Ho", "President Marcelo Rebelo de Sousa").
    let personal = false;
    for (let k = i - 1; k >= 0 && joinable(tokens[k]!, tokens[k + 1]!); k--) {
      const w = tokens[k]!.word.toLowerCase();
      if (HONORIFICS.has(w) || (TITLES.has(w) && isCap(tokens[k]!.word))) personal = true;
      if (!isCap(tokens[k]!.word) && !NAME_PARTICLES.has(w)) break;
    }
    const next = tokens[found.j + 1];
    const prev = tokens[i - 1];
    const before = sentence.slice(0, first.start);
    const siteAfter = !country && SITE_AFTER.test(sentence.slice(last.end));
    const nextIsProper =
      next !== undefined &&
      joinable(last, next) &&
      // "the Indonesia-China Business Forum": a hyphen joins even two countries into one name.
      (/[-‐‑–]/.test(sentence.slice(last.end, next.start)) || (isCap(next.word) && !gazetteer.countryByKey.has(placeKey(next.word)) && !opensPerson(next.word) && !DAY_NEXT.test(sentence.slice(next.start)))) &&
      !siteAfter &&
      // "In Washington D.C., the …": the district's initials, written with no comma before them, name no longer place.
      !/^\s+D\.\s?C\b/.test(sentence.slice(last.end));
    const siteBefore = !country && BASE_BEFORE.test(before);
    const prevIsProper =
      (prev !== undefined && !siteBefore && joinable(prev, first) && isCap(prev.word) && !VISIT_CUE.test(before) && /\s$/.test(before) && prev.start > 0 && !HONORIFICS.has(prev.word.toLowerCase()) && !LEADS_IN.test(prev.word)) ||
      // "at the International University of Rabat": the place names an institution, not where the traveller is.
      /\b(?:University|College|Institute|Academy|School|Museum|Library|Bank|Hospital|Council|Chamber|Society|Foundation|Agency|Authority|Ministry|Government|Commerce|Industry|Mayor|Governor)\s+of\s+(?:the\s+)?$/.test(before) ||
      // "at the Basilica of Saint Paul in Harissa": a saint a church is dedicated to, not the town of that name (Saint Paul, Minnesota).
      (/^(?:Saint|St\.?)\s/.test(text) && DEDICATED_TO.test(before));
    const hint = /^\s*,\s*([\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?)/u.exec(sentence.slice(last.end));
    const countryHint = hint ? gazetteer.countryByKey.get(placeKey(hint[1]!)) : undefined;

    // "celebrate Mass in Bellahouston Park, Glasgow": the site the gazetteer lacks names no place; the town after it is where it is.
    const placeBefore = mentions.length > 0 && /^,\s*$/.test(sentence.slice(mentions[mentions.length - 1]!.end, first.start));
    let cue: Cue = 'none';
    // "drove to Borgo Egnazia, near Fasano", "is hosting at Borgo Egnazia, near Fasano": a venue the gazetteer lacks, placed
    // near a town, takes its words of travel to the town.
    const toward = (siteBefore ? before.replace(BASE_BEFORE, '') : before).replace(/(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,?\s+(?:near|outside|close\s+to)\s+$/u, '');
    // "landed in the Nigerian capital, Abuja", "arrived in the port city of Mombasa": the place named in apposition takes the cue of its description
    // when travel leads into it ("toured the port of Callao" stays a site).
    // "drove to the towns of Bucha and Irpin": a plural description leads into the list it opens.
    const described = (country ? toward.replace(STATE_BEFORE, 'the ') : toward).replace(DESCRIBED, 'the ');
    // "RIYADH, September 10 (Xinhua) -- … arrived here by special plane": the dateline's place is where the traveller arrived.
    if (first.start === 0 && /^[\s,]+(?:\p{L}+\.?\s+\d{1,2}\b|\d{1,2}\s+\p{L}+)/u.test(sentence.slice(last.end)) && ARRIVED_HERE.test(sentence)) cue = 'visit';
    // A programme's line headed by its place: "Skopje: talks with the Prime Minister …".
    else if (LINE_START.test(before) && /^[ \t]*:[ \t]+\S/.test(sentence.slice(last.end)) && !country) cue = 'visit';
    // "• Tuesday 3 March: Punta del Este, working lunch with …": a programme's day line that opens with its place.
    // (A heading of the place alone, "Monday 2 March — Coimbra", is read as the heading of the lines under it.)
    else if ((DAY_HEAD.test(before) || FIGURES_HEAD.test(before)) && /^[ \t]*[,;:–—][ \t]*\S/.test(sentence.slice(last.end)) && !country) cue = 'visit';
    // "- 7 August, Wellington: talks with …", "Wellington, 7 August: talks with …": a programme's line that opens with its day and
    // its place, then a colon before what is done there; "Friday 21 March, Tapa.": a heading of its day and its place alone.
    else if (((DAY_COMMA.test(before) && /^[ \t]*(?::[ \t]+\S|\.?[ \t]*$)/.test(sentence.slice(last.end))) || (LINE_START.test(before) && DAY_COLON.test(sentence.slice(last.end)))) && !country) cue = 'visit';
    // "fly across the Andes to the Chilean capital, Santiago", "was driven to the towns of …": any words of travel into the description, as into a name.
    // "will visit the port city of Valparaíso": a visit's verb right before the description, too.
    else if (described !== toward && ((/\b(?:in|at|to|into|for)\s+the\s+$/i.test(described) && (VISIT_CUE.test(described) || DEPART_FOR.test(described) || TRAVEL_TO.test(described) || CARRIED_TO.test(described))) || (/\bthe\s+$/.test(described) && VISIT_CUE.test(described)))) cue = 'visit';
    // "had flown on Monday night from New Delhi, where he met Prime Minister Modi, to Rzeszów": a clause about the place left, set
    // apart by commas, stands between the travel and where it goes.
    else if (TRAVEL_TO.test(toward.replace(WHERE_ASIDE, ' '))) cue = 'visit';
    else if (VISIT_CUE.test(toward) || TRIP_BOUND.test(toward) || TRIP_INCLUDES.test(toward) || CARRIED_TO.test(toward) || ARRIVED_THEN_IN.test(toward) || DEPART_FOR.test(toward) || TRAVEL_TO.test(toward) || TRAVEL_ELSE.test(toward) || LEG_FROM_TO.test(toward)) cue = 'visit';
    else if (VISIT_LIST.test(before) && (DATED_AFTER.test(sentence.slice(last.end)) || LIST_TO_END.test(sentence.slice(last.end))) && !country) cue = 'visit';
    else if (/\b(?:in|at)\s+(?:the\s+)?$/i.test(described) || /^\s*(?:in|at)\s+$/i.test(toward) || VENUE_OF.test(toward) || (SITE_THEN_TOWN.test(before) && !placeBefore)) cue = 'in';
    // "flew in from the southern Indian city of Chennai": from a place described before its name, too.
    else if (/\bfrom\s+(?:the\s+)?$/i.test(before) || /\bfrom\s+the\s+$/i.test(described)) cue = 'from';
    const prevMention = mentions[mentions.length - 1];
    // "in Tashkent and then the ancient city of Samarkand": a description between the list's words and the name.
    if (cue === 'none' && prevMention && LIST_LINK.test(sentence.slice(prevMention.end, first.start).replace(DESCRIBED, 'the '))) cue = prevMention.cue;
    // "Panama City on 15 May, San José, Costa Rica, on 16 May, and Tegucigalpa": the list goes on past the country that locates a city.
    const located = prevMention?.country && mentions[mentions.length - 2]?.countryHint === prevMention.country ? mentions[mentions.length - 2] : undefined;
    if (cue === 'none' && located && LIST_LINK.test(sentence.slice(prevMention!.end, first.start).replace(/^\s*,/, ''))) cue = located.cue;
    // "will visit Ghana on 4 May (Accra) and Togo": the city in brackets after a country is where the visit to it goes.
    if (cue === 'none' && prevMention?.country && /^(?:\s+(?:on|from)\s+[^.;:()]{1,30}?)?\s*\(\s*$/.test(sentence.slice(prevMention.end, first.start))) cue = prevMention.cue;
    // "Tuesday 10 November: Hanoi – Ha Long Bay": a day's way from one place to the next, a dash with spaces between them;
    // "Lima (2 March) – Cusco – Santiago (6 March) – Buenos Aires": a route whose places may each carry their days in brackets.
    if (cue === 'none' && prevMention?.cue === 'visit' && ROUTE_DASH.test(sentence.slice(prevMention.end, first.start))) cue = 'visit';
    // "includes Tokyo, where …, and Hiroshima, where …": places of one list, each with its own clause.
    if (cue === 'none' && prevMention?.cue === 'visit' && /^,\s*where\b[^;:.()]*?,\s*and\s+(?:the\s+)?$/.test(sentence.slice(prevMention.end, first.start)) && /^\s*,\s*where\b/.test(sentence.slice(last.end))) cue = 'visit';
    // "will fly on to Santiago for talks with …, and on Monday to Brasília": the same travel on another day, its verb left out.
    if (cue === 'none' && mentions.some((x) => x.cue === 'visit' && !x.country) && /,\s*and\s+(?:then\s+)?on\s+[^,;.]{1,25}?\s+to\s+(?:the\s+)?$/u.test(before)) cue = 'visit';
    // "will visit Abu Dhabi on Monday for talks with …, and Muscat on Tuesday": the same visit on another day, its verb left out,
    // after a place visited with its own day.
    if (cue === 'none' && !country && !nextIsProper && !prevIsProper && /,\s*and\s+(?:then\s+)?$/.test(before) && DATED_AFTER.test(sentence.slice(last.end)) && !DAY_THEN_VERB.test(sentence.slice(last.end)) && mentions.some((x) => x.cue === 'visit' && !x.country && DATED_AFTER.test(sentence.slice(x.end)))) cue = 'visit';
    // "be in Mumbai from March 4 to 6, in Bengaluru on March 7 and 8, and in New Delhi": a list of "in" places.
    if (cue === 'in' && prevMention?.cue === 'visit' && LIST_LINK.test(sentence.slice(prevMention.end, first.start).replace(/\b(?:in|at)\s+(?:the\s+)?$/i, ''))) cue = 'visit';
    // "in Apia on 5 March, in Nuku'alofa on 7 March and on Rarotonga on 8 March": an island in a list of "in" places takes "on",
    // and has its day too, or ends a list of two or more (not "in Geneva on 20 April, and on Gaza at the Security Council": a topic;
    // nor "and on Gaza on 7 March will brief": a topic with a day; nor "speak in Geneva on 5 March, and on Jerusalem.": no list).
    if (
      cue === 'none' &&
      (prevMention?.cue === 'visit' || prevMention?.cue === 'in') &&
      /\bin\s+(?:the\s+)?$/i.test(sentence.slice(0, prevMention.start)) &&
      /\bon\s+$/.test(before) &&
      LIST_LINK.test(sentence.slice(prevMention.end, first.start).replace(/\bon\s+$/, '')) &&
      ((/^(?:\s+in\s+the\s+(?:\p{Lu}\p{L}*\s+){1,3}?Islands)?,?\s+(?:on|from)\s+(?:the\s+)?\d/u.test(sentence.slice(last.end)) && !DAY_THEN_VERB.test(sentence.slice(last.end))) ||
        (/^(?:\s+in\s+the\s+(?:\p{Lu}\p{L}*\s+){1,3}?Islands)?\s*[.;]/u.test(sentence.slice(last.end)) &&
          mentions.length > 1 &&
          LIST_LINK.test(sentence.slice(mentions[mentions.length - 2]!.end, prevMention.start).replace(/\b(?:in|at)\s+(?:the\s+)?$/i, ''))))
    )
      cue = 'visit';

    // "Nansha in Guangzhou", but not "the Leaders' Summit in New Delhi": a name inside a longer one locates nothing.
    // "Mindelo, on the island of São Vicente", "Kasane, in the north of the country's Chobe District": the island or region that holds it.
    // "represent the President of Mexico in Guatemala City": a country holds no city of another, so the city locates nothing.
    const locator =
      prevMention !== undefined &&
      !prevMention.embedded &&
      (!prevMention.country || candidates.some((c) => c.country === prevMention.country)) &&
      /^\s*(?:in|,\s*(?:in|on)\s+the\s+(?:[\p{L}-]+\s+)?(?:island|province|state|region|county|district|prefecture|governorate|department|emirate|canton|atoll)\s+of)\s+$/iu.test(sentence.slice(prevMention.end, first.start));
    mentions.push({
      ...(locator ? { locator } : {}),
      start: first.start,
      end: last.end,
      text,
      candidates,
      ...(country ? { country } : {}),
      cue,
      embedded: nextIsProper || prevIsProper,
      personal,
      ...(countryHint ? { countryHint } : {}),
      ...(siteAfter || siteBefore ? { site: true } : {}),
    });
    i = found.j;
  }
  // "Seattle, Washington", "Melbourne, Victoria": a state named like a city elsewhere, after a town near it, only locates the town.
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    const state = gazetteer.states.get(placeKey(m.text));
    if (!prev || !state || prev.country || placeKey(prev.text) === placeKey(m.text) || !/^,\s*$/.test(sentence.slice(prev.end, m.start))) return;
    if (!prev.candidates.some((c) => c.country === state.country && distanceKm(c.coordinates, state.centre) < 500)) return;
    m.locator = true;
    prev.countryHint ??= state.country;
  });
  // "Izium, Kharkiv Oblast": a province or an oblast after a town and a comma only locates the town.
  mentions.forEach((m, k) => {
    const prev = mentions[k - 1];
    if (prev && !prev.country && !m.country && /^,\s*$/.test(sentence.slice(prev.end, m.start)) && DIVISION_AFTER.test(sentence.slice(m.end))) m.locator = true;
  });
  // "lay a wreath at Tungipara, Gopalganj, and visit …", "at Kartarpur, Narowal, where …": a town near another, after it and a comma,
  // in no list (no place leads into the first, no place follows the second), is the district's town that locates the first. Only
  // of a town said to be where something is ("at Tungipara", "Gurdwara Darbar Sahib, Kartarpur"): a town visited ("visit Haifa,
  // Acre.", "visit Amsterdam, Haarlem, and meet …") opens two towns of a programme.
  mentions.forEach((m, k) => {
    const [prev, before] = [mentions[k - 1], mentions[k - 2]];
    if (!prev || prev.country || m.country || prev.locator || m.locator || !/^,\s*$/.test(sentence.slice(prev.end, m.start))) return;
    if (!LOCATED_AT.test(sentence.slice(0, prev.start))) return;
    if ((before && LIST_LINK.test(sentence.slice(before.end, prev.start))) || !/^(?:\s*,\s*(?:and\s+)?\p{Ll}|\s*[.;])/u.test(sentence.slice(m.end))) return;
    const near = prev.candidates.filter((c) => m.candidates.some((d) => d.country === c.country && distanceKm(c.coordinates, d.coordinates) < 60));
    if (!near.length) return;
    m.locator = true;
    prev.candidates = near;
  });
  // "Austin, Texas": a state written after a town, whether or not the gazetteer has a place of its name, leaves of the towns of
  // that name only those in the state (within 500 km of its centre), so the state's town is taken without doubt.
  for (const m of mentions) {
    const after = /^,\s*(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\b/u.exec(sentence.slice(m.end));
    const state = after && !m.country ? gazetteer.states.get(placeKey(after[1]!)) : undefined;
    const there = state ? m.candidates.filter((c) => c.country === state.country && distanceKm(c.coordinates, state.centre) < 500) : [];
    if (!there.length) continue;
    m.candidates = there;
    m.countryHint ??= state!.country;
  }
  // "a visit to Brunei Darussalam and Singapore": a city-state listed among countries.
  const countryOnly = (m: PlaceMention | undefined) => !!m?.country && !m.candidates.some((c) => c.country === m.country);
  mentions.forEach((m, k) => {
    const [prev, next] = [mentions[k - 1], mentions[k + 1]];
    const listed =
      (countryOnly(prev) && LIST_LINK.test(sentence.slice(prev!.end, m.start))) || (countryOnly(next) && LIST_LINK.test(sentence.slice(m.end, next!.start)));
    if (m.country && listed && m.candidates.some((c) => c.country === m.country)) m.amongCountries = true;
  });
  return mentions;
}
