// The words of stage 2 (visits.ts): what a sentence says of travel, arrival, return, events and stays.
import { ROLE_WORDS } from './find-meetings';
import { NUMBER_WORDS } from './tense';
import { ARRIVE as ARRIVE_FORMS, CALL_AT, CONTINUE, CROSS, DEPART, DEPART_OR_DEPARTURE, DRIVE, FLY, GO, HEAD, INSPECT, LAND, LANDED, LEAVE, LEAVING, MOVE, PROCEED, REACH, RETURN, SAIL, TAKE, TOUCH_DOWN, TOUR, TRAVEL, VISIT, re } from './verbs';

// "arrive in X on D", "travel to X on D": D is the day of arrival, not of leaving too.
export const ARRIVE = re('i')`\b${ARRIVE_FORMS}\b|\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED}|${MOVE}\s+on)\s+(?:on\s+)?to\b|\b(?:${DEPART}|${LEAVE}|left)\s+for\b`;
// "Travel by road to Kilkenny", "flew by helicopter to Odense": {@link ARRIVE}'s travel with its way written before "to".
export const GOES_BY_TO = re('i')`\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED})\s+(?:on\s+)?by\s+(?:[\w-]+\s+){1,3}?to\b`;
// "On October 27 he goes to Shanghai by high-speed train", "went on to Kyoto": {@link ARRIVE}'s travel in the plainest verb.
export const GOES_ON_TO = re('i')`\b(?:${GO}|went)\s+(?:on\s+)?to\b`;
// "flew from Oslo to Longyearbyen on Monday 12 June and opened …": travel with the place it leaves before "to".
export const GOES_FROM_TO = re('iu')`\b(?:${TRAVEL}|${FLY}|${DRIVE}|${SAIL})\s+from\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}to\b`;
// "travels on Monday to Seoul", "flies this afternoon to Osaka": {@link ARRIVE}'s travel with its day written before "to".
export const GOES_ON_DAY_TO = re('i')`\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED}|${MOVE}\s+on)\s+(?:on|this|next|that)\s+[\w ,()]{1,30}?\s+to\b`;
/**
 * Words of a sentence that say something happened, or that the traveller is there ("the Guest of
 * Honour at the parade in Paris"): with no place named, it happened where the traveller was.
 */
export const EVENT_VERB = re('i')`\b(?:met|meet|visit|attend|tour|call|held|hold|sign|witness|spoke|speak|address|deliver|inspect|join|launch|open|host|participat|officiat|stay|spen[dt]|arriv|view|receiv|welcom|exchang|interact|learn|see|saw|observ|lead|led|represent|celebrat|unveil|lay|laid|give|gave|brief|talk|guest\s+of\s+honou?r|(?:co-?)?chair(?:s|ed|ing)?\b|presid(?:e|es|ed|ing)\s+over|${TAKE}\s+part|(?:be|is|are|was|were)\s+present|audience|talks|lunch|dinner|banquet|reception|ceremony|wreath)`;
// "return to Sydney", "came back to Hong Kong": the words right before a place the traveller goes back to;
// "will be back in Amsterdam for the banquet", "Back in Paris on the 21st": any "back to/in".
export const COMES_BACK = re('i')`\b(?:${RETURN}|back)\s+(?:to|in)\s+(?:the\s+)?$`;
// "began", "starts", "commenced", "kicked off": the words of a trip's beginning, one list for stage 2. visits.ts looks for them
// anywhere in a sentence (a visit begun at its first stop, not a leaving home); {@link OPENS_TRIP} also lets in "opened", which
// begins a trip only with the trip named after it ("opened his tour in"), not alone ("opened the new terminal").
export const BEGIN = String.raw`(?:beg(?:an|in|ins|un|inning)|start(?:s|ed|ing)?|commenc(?:e|es|ed|ing)|kick(?:s|ed)?\s+off)`;
// "Yoon began the tour in Manila", "The tour began on Friday in Madrid", "began his visit to Estonia in Narva": the words right
// before the place a trip begins at, its first stop whatever the order the text tells it in.
const OPENER = String.raw`(?:${BEGIN}|open(?:s|ed)?)`;
const TRIP = String.raw`(?:visit|tour|trip|journey|mission|swing)`;
const ON_DAY_TO_IN = String.raw`(?:\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}?)?(?:\s+on\s+[\p{L}\d, ]{1,30}?)?\s+in\s+(?:the\s+)?$`;
export const OPENS_TRIP = new RegExp(
  String.raw`\b${OPENER}\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?${TRIP}${ON_DAY_TO_IN}|\b${TRIP}\s+(?:(?:had|has|will|was|is)\s+)?${OPENER}${ON_DAY_TO_IN}`,
  'iu',
);
// "had arrived in Berlin on Sunday, coming from the Climate Change Conference in Dubai", "flew to the Korean capital, straight
// from a working trip to Yakutsk": the words right before a place the traveller came from, an earlier stop.
export const CAME_FROM = /\b(?:coming|came|comes|straight|directly|fresh|arriving|arrived|flying|flew)\s+(?:straight\s+|directly\s+)?from\s+(?:a|an|the|his|her|their)\s+[^.;,]{0,80}?\b(?:in|to|at)\s+(?:the\s+)?$/i;
// "Xi flew in from the southern Indian city of Chennai, where he held …": the place named as where the traveller came in from,
// with its description.
export const CAME_IN_FROM = /\b(?:coming|came|comes|arriving|arrived|flying|flew|flown)\s+(?:in\s+|here\s+)?(?:straight\s+|directly\s+)?from\s+(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:capital|city|town|port)(?:\s+of|,)?\s+)?$/iu;
// "… attend a forum before leaving for Kenya": the day is spent where the traveller is.
export const LEAVES_AFTER = /\b(?:before|then)\s+(?:leaving|departing|heading|setting\s+off|flying\s+on)\b/i;
// "began his journey home", "set off for home", "flew home", "Before returning to Bangkok": the words of setting off on the way home.
export const SETS_OFF_HOME = re('iu')`\b(?:(?:${BEGIN}|set(?:s|ting)?\s+(?:off|out)\s+on|embark(?:s|ed|ing)?\s+on)\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}-]+\s+)?(?:journey|trip|flight|way)\s+(?:home|back)|(?:${DEPART}|${LEAVE}|left|set(?:s|ting)?\s+(?:off|out))\s+for\s+home|(?:${FLY}|${HEAD})\s+(?:back\s+)?home|^\s*Before\s+(?:${RETURN}|(?:${FLY}|${HEAD}|${TRAVEL})\s+(?:back|home)|${LEAVE}|${DEPART}))\b`;
// "… where she will tour the depot before flying home to Madrid on 7 March": setting off home after the stop the sentence names.
export const BEFORE_HOME = re('i')`\bbefore\s+(?:${FLY}|${HEAD}|${TRAVEL}|${RETURN})\s+(?:back\s+)?home\b`;
// "March 6 (Fri.): Departure for Seoul", "before flying back to Lisbon on June 10": words of setting off on the way home, which
// state the day of leaving the last stop (not "return to Lisbon on 6 June", which may be the day of arriving).
export const SETS_OFF_BACK = re('i')`\b(?:${DEPART_OR_DEPARTURE}|${LEAVE}|left|set(?:s|ting)?\s+(?:off|out))\s+for\b|\b(?:${FLY}|${HEAD})\s+(?:back|home)\b`;
// "… visit Singapore on 3 May and return on 5 May": a return dated at once, to no place named, is the way home.
export const RETURN_ON = re('i')`\b${RETURN}\s+(?:on|by)\b`;
// Words right before a place that make it a site toured, not arrived at ("will also visit Changi Airport").
// "the port city of", "the Sudanese capital", "the fishing village of": the nouns that describe a place named right after them.
export const TOWN_NOUN = 'capital|city|town|port|village|island|resort';
export const SITE_BEFORE = re('i')`\b(?:${VISIT}|${TOUR}|${INSPECT})\s+(?:the\s+)?$`;
// Right before a place: its arrival told ("arriving in Osaka").
export const ARRIVES_AT = re('i')`\b${ARRIVE_FORMS}\s+(?:in|at)\s+(?:the\s+)?$`;
// Right after a city's name, the airport named after it ("Incheon International Airport").
export const AIRPORT_AFTER = /^\s+(?:International\s+)?Airport\b/;
// "before returning home", "flew home": home named by the word alone.
export const HOME_WORD = re('i')`\b(?:${RETURN}|back|${FLY}|${HEAD}|${TRAVEL})\s+home\b`;
export const ARRIVE_WORD = re('i')`\b(?:${ARRIVE_FORMS}|${LAND}\s+(?:in|at)|${TOUCH_DOWN}|${REACH})\b`;
export const DEPART_WORD = re('i')`\b(?:${LEAVING})\b`;
// "left Beijing", "departing the": the words right before a place the traveller leaves.
export const LEAVES = re('i')`\b(?:${LEAVING})\s+(?:the\s+)?$`;
// {@link LEAVES} and "departed from the".
export const LEAVES_FROM = re('i')`\b(?:${LEAVING}(?:\s+from)?)\s+(?:the\s+)?$`;
// {@link LEAVES_FROM} and any "from" ("flew from Moscow"): right before a place the traveller leaves or comes from.
export const COMES_FROM = re('i')`\b(?:from|${LEAVING}(?:\s+from)?)\s+(?:the\s+)?$`;
// "where she will remain through Wednesday", "will stay there until the 5th", "will remain in the capital until Friday morning":
// the words before the last day of a stay.
export const STAYS_UNTIL = /\b(?:remain|stay)(?:s|ed|ing)?\s+(?:there\s+|on\s+|in\s+the\s+(?:capital|city)\s+)?(?:until|till|through)\s+(?:the\s+)?$/i;
// "will depart for Riyadh": the words right before where the traveller goes.
export const LEAVES_FOR = re('i')`\b(?:${DEPART}|${LEAVE}|left)\s+for\s+(?:the\s+)?$`;
// "will depart on Sunday (March 2) for a four-day visit to Dubai": after the day of leaving, the words before the place
// a visit begins at.
export const FOR_VISIT_TO = /^\)?,?\s+for\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|tour|trip|mission)\s+to\s+(?:the\s+)?$/i;
// "will travel to Paris", "flew on to Tanzania", "takes the train to Paris", "travels by high-speed train to Shanghai", "continues by
// air to Helsinki", "drove to
// Maribor", "crossed by ferry to Zanzibar", a programme's "Flight to Yerevan": the words right before where the traveller goes.
export const GOES_TO = re('i')`\b(?:(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED}|${MOVE}|${DRIVE}|${SAIL}|${CROSS}|${GO}|${CONTINUE}|went|flight|journey|train|transfer)(?:\s+on)?\s+(?:by\s+(?:[\w-]+\s+){1,3}?)?|${TAKE}\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:train|flight|plane|ferry|boat)\s+)to\s+(?:the\s+)?$`;
// "will travel to North America tomorrow", "is travelling to the Gulf region today (14 May)", "will travel tonight to the
// State of Israel": setting out for where the traveller goes, with its day before or after "to".
export const SETS_OUT_TO = re('i')`\b(?:${TRAVEL}|${FLY}|${HEAD}|${PROCEED})\s+(?:(?:today|tonight|tomorrow|on\s+\p{L}+day)\s+)?to\b`;
// "will visit the Caribbean from 17 to 27 March", "a visit to the Gulf from": a visit to a region or country, right before its span;
// so is an inspection ("will inspect Shanxi Province from 4 to 6 January"), a mission led there ("leads a trade and investment
// mission to China from 9 to 17 April") and travel through one ("will travel through North Queensland from Monday 4 July").
export const VISITS_SPAN = re('i')`\b(?:(?:${VISIT}|${TOUR}|${INSPECT})\s+(?:to\s+)?|(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?:mission|delegation)\s+to\s+|${TRAVEL}\s+(?:through|across|around)\s+)`;
export const RETURN_WORD = re('i')`\b(?:${RETURN}|(?:${FLY}|${HEAD}|${GO}|went|c(?:o|a)me)\s+back|back\s+(?:to|in|home))\b`;
// "wrapping up a two-day visit", "concluding his state visit", "wrapped up a four-day swing", "left … for home": the sentence ends the stay it names.
export const WRAPS_UP = /\b(?:wrap(?:s|ped|ping)?\s+up|conclud(?:e|es|ed|ing)|round(?:s|ed|ing)?\s+off|end(?:s|ed|ing)|complet(?:e|es|ed|ing))\b[^.;]{0,40}\b(?:visit|trip|tour|stay|mission|swing|journey|week)\b|\bfor\s+home\b/i;
// "The tour, which took him to Tokyo, Seoul and Manila,", "The trip, which will take Lavrov to", "a visit that covers": the trip's
// own clause, right before the places it names again.
export const RECAP = /\b(?:visit|trip|tour|journey|swing|programme|program|itinerary)s?\s*,?\s+(?:which|that)\s+(?:will\s+|has\s+|had\s+)?(?:also\s+)?(?:take|takes|took|taken|taking|bring|brings|brought|covers?|covered)\s+(?:(?:him|her|them|the\s+\p{L}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+)?(?:to\s+)?(?:the\s+)?$/u;
// "will inaugurate the new airport in Tulum, Quintana Roo, on 1 December": a site opened, with its day, is visited too.
export const SITE_VERB = re('i')`\b(?:${VISIT}|${TOUR}|${INSPECT}|${CALL_AT}|view(?:s|ed)?|inaugurat(?:e|es|ed|ing)|went\s+to|${ARRIVE_FORMS})\b`;
// "landed at Rome's Fiumicino airport", "was welcomed back at the … Airport": a landing at home ends the trip.
export const LANDS_HOME = re('i')`\b(?:${LANDED}|(?:${ARRIVE_FORMS}|welcomed)\s+back)\b`;

/** "spend two nights", "stay three days": the nights of a stay, and where the sentence gives them. */
export function stayOf(sentence: string): { nights: number; at: number } | undefined {
  const m = /\b(?:spend(?:s|ing)?|stay(?:s|ing)?(?:\s+for)?)\s+(a|one|two|three|four|five|six|seven|\d)\s+(night|day)s?\b/i.exec(sentence);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return { nights: m[2]!.toLowerCase() === 'night' ? n : Math.max(1, n - 1), at: m.index };
}

// "The Minister", "She", "President Xi", "Chinese Premier Li Qiang", "Their Majesties the Emperor and Empress", "The Secretary for
// Justice, Mr Paul Lam,", "The visit": a subject that is the traveller (an office, a pronoun for them, a person named in full) or
// the trip itself; not "A delegation from Indonesia", "Inspectors of the IAEA", "the alliance" nor "Her French counterpart".
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const SUBJECT = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|(?:[Tt]he\s+)?(?:visit|trip|tour|journey)|(?:(?:His|Her|Their)\s+(?:Majest(?:y|ies)|(?:Royal\s+)?Highness(?:es)?|Excellenc(?:y|ies))\s+)?(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)\s+)?(?:${ROLE_WORDS.source.slice(1, -1)})(?:\s+(?:${CAP}|of|for|and|the))*(?:\s*,[^,]{1,60},)?|(?!(?:Her|His|Their|Its|Our|The|A|An|This|That|These|Those)\s)${CAP}(?:\s+${CAP}){1,3})`;
const TRAVELLER_SUBJECT = new RegExp(String.raw`^${SUBJECT}\s+(?:[\p{Ll}'’]+\s+)*$`, 'u');
/** The trip named as the traveller's own, right before the noun: "During her (three-day) visit", "The Minister's visit". */
const TRAVELLERS_TRIP = new RegExp(String.raw`^(?:(?:[Dd]uring|[Oo]n|[Ff]or|[Ii]n|[Aa]t|[Bb]efore|[Aa]fter)\s+)?(?:[Hh]is|[Hh]er|[Tt]heir|${SUBJECT}['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,3}$`, 'u');
/** A clause that opens on the traveller, then its verb: "the Prime Minister will travel …", not "the alliance agreed …". */
export const OPENS_ON_TRAVELLER = new RegExp(String.raw`^\s*${SUBJECT}\s+\p{Ll}`, 'u');
/**
 * A surname alone, then only the verb's helpers: "Shoigu has arrived", "Xi will then"; not "It", "Today the shipment", nor a
 * group of others opening a sentence ("Officials will visit the Pacific from 10 to 14 March to prepare the Minister's visit").
 */
const NAMED_ALONE = new RegExp(String.raw`^(?!(?:Her|His|Their|Its|Our|The|A|An|This|That|These|Those|It|There|Here|Today|Tonight|Now|Then|Later|Also|Officials|Delegates|Diplomats|Experts|Staff|Aides|Advis[eo]rs|Envoys|Negotiators|Inspectors|Observers|Representatives|Members|Leaders|Ministers|Officers|Troops|Soldiers|Engineers|Journalists|Students|Volunteers|Organi[sz]ers|Teams?|Police|Investigators|Monitors|Technicians|Scientists|Researchers|Workers|Lawmakers|Legislators|Senators|Parliamentarians|MPs|Others|Both|Many|Some|Several|All)\s)${CAP}\s+(?:(?:will|would|shall|has|have|had|is|was|also|then|later|just|already)\s+)*$`, 'u');
/**
 * What opens a clause: the sentence's start, a comma, colon, semicolon or dash, or "said (that)"; and "led by" or "headed by",
 * after which the one leading the party is the subject ("A delegation led by Defense Minister Sergei Shoigu has arrived").
 */
const CLAUSE_START = /(?:[,;:–—]|\s-)\s*|\b(?:said|says|announced|confirmed)\s+(?:that\s+)?|\b(?:led|headed)\s+by\s+/gu;

/**
 * Whether the words before a verb (`before`, the sentence up to it) have the traveller, or the trip, as their subject: "The
 * Minister will visit …", "London, 28 April – The Foreign Secretary will visit …", "Shoigu has arrived", not "A delegation from
 * Indonesia will visit …". The one test of it for stage 1 (an arrival dated on the report's day) and stage 2 (a visit's span).
 */
export function travellerSubject(before: string): boolean {
  const subject = (clause: string) => TRAVELLER_SUBJECT.test(clause) || TRAVELLERS_TRIP.test(clause) || NAMED_ALONE.test(clause);
  return subject(before) || [...before.matchAll(CLAUSE_START)].some((m) => subject(before.slice(m.index + m[0].length)));
}

/**
 * Whether a travel told before `at` ("had flown in from") is the traveller's own: its subject is the traveller, or the clause
 * gives none ("Having flown in from Berlin, the Minister …"); not "Her French counterpart, who had flown in from Berlin",
 * "Ministers who drove in from Berlin".
 */
export function travellersOwn(before: string): boolean {
  const start = Math.max(...[...before.matchAll(/[,;:–—]\s*/gu)].map((m) => m.index + m[0].length), 0);
  const clause = before.slice(start);
  // "…, who had flown in": the one the relative clause tells of, before it.
  const who = /^(.*?)\s*\b(?:who|which|that)\s+(?:[\p{Ll}'’]+\s+)*$/su.exec(clause);
  if (who) return TRAVELLER_SUBJECT.test(`${who[1] || before.slice(0, start).replace(/[,;:–—]\s*$/u, '').replace(/^.*[,;:–—]\s*/su, '')} `);
  return /^(?:[\p{Ll}'’]+\s+|Having\s+|After\s+|Then\s+)*$/u.test(clause) || TRAVELLER_SUBJECT.test(clause);
}
