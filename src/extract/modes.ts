import type { TravelMode } from '../itinerary/types';
import { BOARD, CONTINUE, DRIVE, EMPLANE, FLY, GO, HEAD, LAND, MOVE, PROCEED, RETURN, SAIL, TAKE, TOUCH_DOWN, TRAVEL, re } from './verbs';
import { COMES_FROM, SITE_BEFORE, TOWN_NOUN } from './visit-words';

// "landed at", "will land in Prague", "landing back in Rome": a landing at a place, not the noun of "by land in the north".
// "Hours after landing, he was received …", "on landing": a landing with no place after it.
const LANDING = String.raw`(?<!\b(?:by|the|a|this|that|its|their|our|of)\s+)(?:${LAND})(?=\s+(?:back\s+)?(?:at|in|on)\b)|(?<=\b(?:after|on|upon)\s+)landing(?=\s*,)`;
// "arrive at Paris Orly Airport", "Arrival at Astana international airport": an airport in the name of the place arrived at.
const AIRPORT = String.raw`(?:[Ii]nternational\s+)?[Aa]irport|Air\s+(?:Force\s+)?Base`;
// A cue that is that airport word and nothing more (not "Air Force One" or "Air India One", which are aircraft).
// "of the national carrier", "of the presidential fleet", "of the state airline": an airline or a fleet whose flight it is.
const CARRIER_OF = /^\s+of\s+(?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:carriers?|airlines?|airways|fleet|air\s+force|squadron)\b/u;
const AIRPORT_WORD = re('i')`^(?:${AIRPORT})$`;

// "aboard a Luftwaffe A400M", "on an RAAF KC-30A", "in a Gulfstream": an aircraft named by its type, after words that put the
// traveller aboard it.
const TYPE = String.raw`A\d{3}(?:M|neo)?|(?:C|KC|Il|Tu|An|Yak)-\d{2,3}[A-Z]?|Gulfstream|Learjet|Embraer|Challenger`;
// The type is looked for first, so that the look behind runs only where one stands. "talks on the A400M programme", "delays in
// the A400M contract": a programme or a deal named by the type, not a craft the traveller is aboard.
const AIRCRAFT_TYPE = String.raw`(?=(?:${TYPE})\b)(?<=\b(?:aboard|on|by|in)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2})(?:${TYPE})(?!\s+(?:programmes?|programs?|projects?|contracts?|deals?|orders?|procurement|production|plants?|factor(?:y|ies)|assembly|consortium|partnership|maintenance|industry|cooperation|upgrades?|engines?)\b)`;
// The type's name, capitalised as a name is, after a carrier's ("a Luftwaffe A400M"): no part of a place's name.
const AIRCRAFT_TYPE_WORD = new RegExp(String.raw`^(?:${TYPE})$`);

// Words that state how a leg is travelled, by mode ("landed at", "touched down in" are flights; "by tram", "via the Channel
// Tunnel" rail; "by hovercraft", "by speedboat", "by coast guard boat" the sea). Chinese: 乘飞机/飞抵 (flew), 乘高铁/乘火车 (rail),
// 乘车/驱车 (road), 乘船/渡轮 (sea).
export const CUES: [TravelMode, RegExp][] = [
  [
    'flight',
    re('giu')`\b(?:fl(?:y|ew|ies|own)|flying(?!\s+visit)|by\s+(?:air|plane|air\s?craft|jet|helicopter)|flights?|(?:air|aero)?planes?|air\s?craft|(?:jet|airliner|helicopter|Boeing|Airbus|(?:Air\s+(?:Force|\p{Lu}\p{L}+)|Marine|Army|Navy)\s+One)|${AIRCRAFT_TYPE}|airlift(?:ed)?|${EMPLANE}|${TAKE}\s+off(?=\s+(?:for|from)\b)|jet(?:s|ted|ting)\s+(?:out|off|in(?:to)?|to|back)|(?:helicopter|chopper)(?:s|ed|ing)?(?=\s+(?:back\s+)?(?:in)?to\b)|${LANDING}|${TOUCH_DOWN}|${AIRPORT}|(?<=\b(?:aboard|on|by|in)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2})charter(?!\s+(?:of|for)\b))\b|乘飞机|飞抵|搭乘航班|乘专机`,
  ],
  [
    'rail',
    /\b(?:by\s+(?:high-speed\s+|bullet\s+|overnight\s+|special\s+)?(?:rail|train)|high-speed\s+(?:rail|train)|bullet\s+train|(?:the|a)\s+train|trains?|sleeper|railways?|rail\s+link|metro|subway|Shinkansen|TGV|Eurostar|ICE|maglev|inter-?city|MTR|Gautrain|light\s+(?:rail|rapid\s+transit)|LRT|(?<=\b(?:the|by)\s+)tren|(?:by|aboard)\s+(?:(?:the|a)\s+)?tram|(?<=\b(?:on|ride|rides|rode|riding|take|takes|took|taking)\s+(?:the|a)\s+)tram|(?:via|through|by)\s+the\s+Channel\s+Tunnel)\b|乘高铁|乘坐高铁|乘火车|乘坐火车|乘动车/giu,
  ],
  // "via the Hong Kong-Zhuhai-Macao Bridge", "return by the Bridge": a bridge the traveller goes by or across is a road;
  // "by cross-boundary coach", "by chartered bus", "by armoured car", "by minibus": a coach, bus or car of a kind (not "by cable car").
  [
    'road',
    /\b(?:by\s+(?:road|land|(?:(?!(?:cable|the|an?|its|their)\s)[\p{Ll}-]+\s+){0,2}?(?:car|coach|bus|minibus|minivan|van|taxi|limousine|jeep|motorcycle)s?|motorcade|convoy)|motorcade|convoy|overland|dr(?:ive|ove|iving|iven)|(?:via|by|across|over)\s+the\s+(?:\p{Lu}[\p{L}'’–-]*\s+)*Bridge)\b|乘车|驱车|乘大巴/giu,
  ],
  ['sea', re('giu')`\b(?:by\s+(?:sea|ferry|boat|ship|vessel)|ferry|ships?|vessel|yacht|catamaran|hovercraft|speedboats?|motorboats?|by\s+(?:[\p{Ll}-]+\s+){1,2}boat|TurboJET|jetfoil|hydrofoil|(?<=\b(?:aboard|on|in)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,2})boat|${SAIL}(?=\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:to|for|from|across|into|back|on|aboard)\b))\b|乘船|渡轮`],
];
// A clause of travel ends at a semicolon, or where the next leg begins (", and on 10 January …", "and returned to …", ", and she
// returned to …": a return with its own subject, or its own "will" ("…, and will return to Addis Ababa"); "and flew home on Thursday",
// "and he will be back in Santiago on Saturday"; not ", and on 29 August to Bogotá", the same travel with its verb left out);
// "after a long flight" and "after flying down from Washington" describe the leg they end; "landed at Brindisi, from where he drove
// to …" begins the next.
// "flew from Nairobi to Kigali …, and continued to Kampala": a verb of its own that states no way begins the next leg.
// "will fly to Najaf …, and then to Nasiriyah": "then" with the verb left out is the same travel going on, no break.
// "travel to Brussels on the government jet …, returning to Dublin on 30 June": the return begins a clause of its own.
const SAME_TRAVEL = String.raw`(?!\s+(?:on\s+)?to\s+(?:the\s+)?\p{Lu})`;
export const CLAUSE_BREAK = re('giu')`;|,\s*and\s+(?:(?:he|she|they)\s+)?(?:will\s+|would\s+)?(?=(?:${CONTINUE}|${PROCEED}|${TRAVEL}|${MOVE}|${HEAD}|went|${GO})\s+(?:on\s+)?(?:to|for)\b)|\band\s+(?:(?:he|she|they|it|we)\s+)?(?:will\s+|would\s+|then\s+)?(?=(?:${RETURN}|be\s+back|(?:${FLY}|flown|${DRIVE}|${SAIL}|${HEAD}|went|go(?:es)?)\s+(?:back\s+)?home)\b)|,\s*(?:and\s+)?then\b${SAME_TRAVEL}|,\s*and\s+(?=(?:on|from|the\s+(?:next|following)|later|afterwards)\b)(?!on\s+[^,;.]{1,25}?\s+to\s+\p{Lu}|(?:on|from\s+there(?:\s+on)?)\s+to\s+(?:the\s+)?\p{Lu})|\band\s+then\b${SAME_TRAVEL}|\bbefore\b|\bafter\b(?!\s+(?:an?|the|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:flight|drive|ride|journey|crossing|voyage|sail)|\s+(?:flying|driving|sailing)\s+(?:(?:down|up|over|in|back)\s+)?from\b)|\bthen\b${SAME_TRAVEL}|,\s*(?:from\s+where|whence)\b|,\s*(?=returning\b)`;

// "took two trains to reach Lviv", "changed trains at Przemyśl": trains the traveller takes, boards, rides or changes.
const TRAINS_TAKEN = re('iu')`\b(?:${TAKE}|${BOARD}|aboard|by|on|r(?:ode|ides?|iding)|chang(?:e|es|ed|ing))\s+(?:[\p{L}\d-]+\s+){0,2}$`;
const FLY_WORD = re('i')`^(?:${FLY}|flown)$`;
// "flew in on a cargo plane", "aboard a freight train": a craft the traveller is on.
const ABOARD_BEFORE = re('iu')`\b(?:${TAKE}|${BOARD}|aboard|by|on|in|r(?:ode|ides?|iding))\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$`;

// "Vietnamese port city of ", "Sudanese capital ": a description between a travel and the place's name.
const DESCRIBED_BEFORE = re('u')`^(?:\p{Lu}[\p{L}-]*\s+)(?:[\p{L}-]+\s+){0,2}?(?:${TOWN_NOUN})(?:\s+of|,)?\s+$`;
// "Lofoten Islands and visit the fishing village of ": a region named after a way of travelling, then a place of it visited.
const REGION_THEN_VISIT = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Islands?|Archipelago|Peninsula|Province|Region|Coast|Valley|Highlands)\s+and\s+(?:then\s+)?(?:visits?|tours?|see|sees)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3}of\s+)?$/u;

/**
 * Whether a mode word states the leg to the place at `at`: not when it is part of a proper
 * name ("a Honda Aircraft facility"), nor when it leads to another place ("… when they fly back to London").
 */
function isCue(sentence: string, m: RegExpMatchArray, at?: number): boolean {
  // An airport states the flight to the place it is part of ("Paris Orly Airport"), not to one after it ("from the airport to
  // Seoul"), nor a flight anywhere in a sentence ("Departure from Porto airport for Rome" after a day's programme).
  // An airport toured ("will also visit Changi Airport") is a site, not the way there.
  // "Instead of flying, he will take the Eurostar", "will drive rather than fly to Gothenburg": a way the traveller does not go.
  if (/\b(?:instead\s+of|rather\s+than)\s+(?:by\s+|a\s+|the\s+)?$/i.test(sentence.slice(0, m.index))) return false;
  // "to open the airport's new terminal": an airport no name goes before is a site talked about, not the one landed at.
  if (AIRPORT_WORD.test(m[0])) return at !== undefined && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.slice(0, m.index)) && m.index! > at && m.index! - at < 40 && !/[,;]/.test(sentence.slice(at, m.index)) && !SITE_BEFORE.test(sentence.slice(0, at));
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index! + m[0].length);
  // "Day 3: Durban and Pietermaritzburg, where the Prime Minister will take a train journey to the station …": a way of travelling
  // told in a clause about the place, after it, is what is done there, not how it is reached (unless that clause arrives).
  if (at !== undefined && m.index! > at && /,\s*where\b/i.test(sentence.slice(at, m.index)) && !/\b(?:arriv|land|reach)/i.test(sentence.slice(at, m.index))) return false;
  // "No flight to Kyiv is possible", "could not fly", "without flying"; "had been due to fly to Dunedin, but fog closed the
  // airport and she made the journey by road instead": a way the traveller does not go, or was to go and did not.
  if (/\b(?:no|not|never|cannot|without)\s+(?:(?:direct|commercial|regular)\s+)?$/i.test(before)) return false;
  if (/\b(?:(?:had\s+)?been|was|were)\s+(?:due|scheduled|expected|meant|supposed|planned|planning|intending|set)\s+to\s+$|\b(?:was|were)\s+to\s+have\s+$|\bhad\s+(?:planned|intended|hoped)\s+to\s+$/i.test(before) && /\b(?:but|instead|however)\b/i.test(after)) return false;
  // "the Indonesia-1 Presidential Aircraft carrying the President" is an aircraft; "a Honda Aircraft plant" a company's works,
  // and so is "the COMAC aircraft assembly plant" or "the Boeing factory in Everett": a craft made or kept there, not a way there.
  const works = /^\s+(?:(?:assembly|manufacturing|production|maintenance|repair|final)\s+)?(?:plant|facility|factory|works|company|corporation|group|industries|headquarters|museum|school|college|hangar|maker|manufacturer)\b/i.test(after);
  if (works && !/\s/.test(m[0]) && !new RegExp(String.raw`^(?:${FLY}|${DRIVE}|${SAIL}|flown)$`, 'i').test(m[0])) return false;
  // "inspect the new cruise ship terminal", "the aircraft carrier", "a train depot": a place or thing named by a craft, not a way.
  // "inspect a new ferry terminal", "study the Spanish high-speed rail network": a terminal or a network seen or talked
  // about, unless the traveller takes, boards or goes by it.
  if (/^(?:ships?|vessel|(?:air|aero)?planes?|air\s?craft|trains?|jet|ferry|high-speed\s+(?:rail|train))$/i.test(m[0]) && /^\s+(?:terminals?|carriers?|depots?|yards?|builders?|building|maintenance|networks?|projects?|industry|technology|sector|services?\s+agreement)\b/i.test(after) && !new RegExp(String.raw`\b(?:${TAKE}|${BOARD}|aboard|by|r(?:ode|ides?|iding))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$`, 'iu').test(before)) return false;
  // "the free flight of ideas", "a train of thought": a flight or a train of a thing, not of hours ("after a flight of eleven
  // hours") nor of an airline ("a special flight of Nepal Airlines"), is no journey. "has pledged to train Somali police
  // officers": a train that is a verb; "switch to train for the journey to Brussels": a train one changes to is the way. "a charter
  // flight of the national carrier", "a special flight of the presidential fleet": a flight of an airline's or a fleet's, told
  // in lower case, is one.
  if (/^(?:flights?|trains?)$/i.test(m[0]) && /^\s+of\s+(?:the\s+)?\p{Ll}/u.test(after) && !CARRIER_OF.test(after) && !/^\s+of\s+(?:(?:about|some|over|nearly|almost|just|under|more\s+than|less\s+than)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|many)\s+(?:hours?|minutes?|days?)\b/i.test(after)) return false;
  // "to see the melting ice sheet", "the ice hockey final": ice, not the German ICE train, which is written in capitals.
  if (/^ice$/i.test(m[0]) && m[0] !== 'ICE') return false;
  // "where the British Army trains with the Kenya Defence Forces": "trains" is a way only where the traveller takes, boards or
  // rides them, goes by them or changes them ("took two trains to reach Lviv").
  if (/^trains$/i.test(m[0]) && !TRAINS_TAKEN.test(before)) return false;
  // "flying the flag for British food and drink", "fly the flag": a flag, not a flight. "ASEAN is the driving force", "the driving
  // seat": a force, not a drive.
  if (FLY_WORD.test(m[0]) && /^\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+)?flags?\b/iu.test(after)) return false;
  if (/^driving$/i.test(m[0]) && /^\s+(?:forces?|factors?|seat)\b/i.test(after)) return false;
  // "go aboard the helicopter carrier Izumo", "the aircraft carrier": a ship named by the craft it carries, seen where it lies.
  if (/^(?:helicopters?|(?:air|aero)?planes?|air\s?craft|jets?)$/i.test(m[0]) && /^\s+carriers?\b/i.test(after)) return false;
  // "welcome a freight train arriving from Chongqing", "a cargo ship": a craft that carries goods, not the traveller, unless
  // the traveller takes or boards it ("flew in on a cargo plane").
  if (/\b(?:freight|cargo|goods|container)\s+$/i.test(before) && !ABOARD_BEFORE.test(before)) return false;
  // "built by foreign car makers", "served by local bus operators": a trade or a service named by the vehicle, not a way; "killed
// by suicide car bombs", "hurt by two bus crashes": harm done by a vehicle, not a way.
  if (/^by\s/i.test(m[0]) && /^\s+(?:makers?|manufacturers?|compan(?:y|ies)|operators?|industry|factor(?:y|ies)|plants?|firms?|drivers?|rapid|bomb(?:s|ers?|ings?)?|attacks?|crash(?:es)?|accidents?)\b/i.test(after)) return false;
  if (/^train$/i.test(m[0]) && /\b(?:to|will|would|can|could|must|help(?:s|ed)?)\s+$/i.test(before) && !/\b(?:switch(?:es|ed|ing)?|chang(?:e|es|ed|ing)|transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?)\s+(?:over\s+)?to\s+$/i.test(before)) return false;
  // "returned home aboard an Air Niugini charter": a charter the traveller is aboard is a chartered flight; "on the UN Charter",
  // a charter with a capital inside a sentence, is a name, not a way.
  if (/^charter$/i.test(m[0]) && m[0] !== 'charter') return false;
  // "where he will see an aid convoy": a convoy of aid or relief the traveller sees, not one the traveller goes in.
  if (/^convoy$/i.test(m[0]) && /\b(?:aid|relief|humanitarian|food|fuel|supply)\s+$/i.test(before)) return false;
  // "as part of his drive to attract foreign investment", "a drive for new members": a campaign, not a drive anywhere.
  if (/^drive$/i.test(m[0]) && /\b(?:his|her|their|its|our|the|a|new)\s+$/i.test(before) && /^\s+(?:to|for)\s+(?!(?:the|a|an)\b)\p{Ll}/u.test(after)) return false;
  // "agreements on the standard-gauge railway", "more direct flights between Chinese and Australian cities": a line or an air
  // service talked about, not taken; a railway, a metro or flights state a leg only where the traveller takes them or is on
  // them ("chatting with passengers on the standard gauge railway"), not where talks are on them.
  if (/^(?:railways?|rail\s+link|metro|subway|flights)$/i.test(m[0]) && !new RegExp(String.raw`\b(?:${TAKE}|${BOARD}|aboard|r(?:ode|ides?|iding)|by|via|using|along|(?<!\b(?:agreements?|accords?|deals?|talks|discussions?|negotiations?|cooperation|work|progress|views|report|briefing|memorandum|study|focus(?:ed)?|agreed)\s+)on)\s+(?:[\p{L}\d'’–-]+\s+){0,5}$`, 'iu').test(before)) return false;
  // "took the Laos–China Railway to", "boarded the Nile Ferry": the named line or vessel a traveller takes is the way there;
  // "via the Hong Kong–Zhuhai–Macao Bridge": the named bridge a traveller goes over.
  const taken = !works && new RegExp(String.raw`\b(?:${TAKE}|${BOARD}|aboard|r(?:ode|ides?|iding)|by|on|via|across|over)\s+the\s+(?:\p{Lu}[\p{L}–-]*\s+)+$`, 'u').test(before);
  // "Morning Shinkansen to Osaka": a word capitalised because it opens the line or sentence is no part of a name.
  // "17 July⇥By air⇥Jeddah": a word that opens a table's cell (after a tab or a bar) is no part of a name either.
  const opens = /(?:^|[\n.;:!?]\s*)\p{Lu}[\p{L}-]*\s+$/u.test(before) || /[\t|][ ]*$/.test(before);
  // "Friday 7 April⏎Flight to Guangzhou": no name runs across a line break, so the word after one opens its line.
  if (/^\p{Lu}/u.test(m[0]) && !/^(?:Boeing|Airbus|Air\s)|\s+One$/.test(m[0]) && !AIRCRAFT_TYPE_WORD.test(m[0]) && /\p{Lu}[\p{L}-]*[^\S\n]+$/u.test(before) && /\S/.test(before) && !opens && !taken && (works || !/^(?:Aircraft|Airplane|Plane|Jet|Helicopter|Train|Ferry|Ship|Vessel)$/i.test(m[0]))) return false;
  if (at === undefined) return true;
  // "lands in Mumbai on the 9th, travels to Bengaluru": a landing states the flight to the place it lands in, not to the next.
  const landsIn = new RegExp(String.raw`^(?:${LAND}|${TOUCH_DOWN})$`, 'i').test(m[0]) ? '|in|at' : '';
  const target = new RegExp(String.raw`^[\p{L}-]*\s+(?:back\s+|on\s+)?(?:to|for${landsIn})\s+(?:the\s+)?(?=\p{Lu})`, 'u').exec(sentence.slice(m.index! + m[0].length));
  // "drove to Borgo Egnazia, near Fasano": a venue that the text places near the place, or outside it, is that place.
  const end = m.index! + m[0].length + (target?.[0].length ?? 0);
  // "goes to Shanghai by high-speed train, and on October 28 to Guangzhou": a way told after the first place is that leg's
  // alone; the next place, its verb left out, is reached the way the verb goes ("flies on to La Paz, and on 29 August to Bogotá").
  if (!target) return !(at > m.index! && /,\s*and\s+on\s+[^,;.]{1,25}?\s+to\s+(?:the\s+)?$/.test(sentence.slice(m.index, at)));
  if (end === at) return true;
  // "Day Two – Thursday 12 March: Osaka⏎Morning Shinkansen to Osaka": travel to the place the line already named states its leg.
  const name = (i: number) => /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u.exec(sentence.slice(i))?.[0];
  if (at < end) return !!name(at) && name(at) === name(end);
  const between = sentence.slice(end, at);
  // "fly to the Vietnamese port city of Da Nang", "arrived in the Sudanese capital Khartoum": a description between the travel and the name.
  if (DESCRIBED_BEFORE.test(between)) return true;
  // "fly to Italy for the summit, which Meloni hosts at Borgo Egnazia, near Fasano", "flew to Poland and, on 28 June, was received
  // … in Warsaw": the place the clause then puts the traveller in (not one travelled to or from) is where that leg arrives.
  // Not a place set beside the one travelled to ("drove to Cusco, a city near Quito").
  const beside = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,4}(?:in|near|outside|at)\s+$/u.test(between);
  // "fly to Labasa via Nadi": a place passed through on the way is reached by the same travel.
  if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+on\s+[^,;]{1,25}?)?,?\s+via\s+$/u.test(between)) return true;
  // "travel aboard the royal train to York on 6 November and to Durham on 7 November": a place the same travel goes on to,
  // its verb left out, is reached the same way.
  // "flies on to La Paz, and on 29 August to Bogotá": the same with the next day between.
  if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+on\s+[^,;]{1,25}?)?,?\s+and\s+(?:then\s+)?(?:on\s+[^,;.]{1,25}?\s+|from\s+there\s+(?:on\s+)?|on\s+)?to\s+(?:the\s+)?$/u.test(between)) return true;
  // "go by boat to the Lofoten Islands and visit the fishing village of Svolvær": a way to a region (islands, a province, a
  // coast), then a town of it visited, is the way to the town.
  if (REGION_THEN_VISIT.test(between)) return true;
  // "fly on to Santiago for talks with President Boric, and on Monday to Brasília", "fly to Najaf to meet …, and then to
  // Nasiriyah": a clause of what is done there between.
  if (/^\p{Lu}[^;:.]*?,\s*and\s+(?:then\s+(?:on\s+)?|(?:then\s+)?(?:on\s+[^,;.]{1,25}?\s+|from\s+there\s+(?:on\s+)?|on\s+))to\s+(?:the\s+)?$/u.test(between)) return true;
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},?\s+(?:near|outside)\s+$/u.test(between) || (!beside && /\b(?:in|near|outside|at)\s+$/.test(between) && !/\b(?:to\s+(?!\p{Ll}+\s)|(?:from|via|and\s+(?:then|later))\s)/u.test(between));
}

/**
 * The travel mode a sentence states ("by train", "flew", "by ferry", "drove"), or
 * `unknown` when it states none. With `at` (a place's position in the sentence), only
 * the words in that place's clause count, nearest first: "flew to Tokyo, then took the
 * train to Osaka" gives `flight` at Tokyo and `rail` at Osaka.
 * @example
 * modeOf('She will travel to Kuala Lumpur by train.'); // 'rail'
 * modeOf('She will visit Kuala Lumpur.'); // 'unknown'
 */
export function modeOf(sentence: string, at?: number): TravelMode {
  return modeNear(sentence, at)?.mode ?? 'unknown';
}

/** {@link modeOf} with how far the mode's word is from `at` (from the sentence's start without it) and where it is; `undefined` when none. */
export function modeNear(sentence: string, at?: number): { mode: TravelMode; distance: number; index: number } | undefined {
  // "travels by high-speed train from Tbilisi to Batumi": a place the traveller leaves or comes from is not where the
  // sentence's travel arrives, so its words state no leg to it.
  if (at !== undefined && COMES_FROM.test(sentence.slice(0, at))) return undefined;
  let from = 0;
  let to = sentence.length;
  if (at !== undefined) {
    for (const m of sentence.matchAll(CLAUSE_BREAK)) {
      if (m.index <= at) from = m.index + m[0].length;
      else if (m.index < to) to = m.index;
    }
  }
  let best: { mode: TravelMode; distance: number; index: number } | undefined;
  for (const [mode, re] of CUES) {
    for (const m of sentence.matchAll(re)) {
      if (m.index < from || m.index >= to || !isCue(sentence, m, at)) continue;
      // "travel by air to Djibouti … for talks on the railway": the words that lead to the place come first, whatever follows it.
      const leads = at !== undefined && m.index < at && /^[\p{L}-]*\s+(?:back\s+|on\s+)?(?:to|for)\s+(?:the\s+)?$/u.test(sentence.slice(m.index + m[0].length, at));
      const distance = leads ? 0 : at === undefined ? m.index : Math.abs(m.index - at);
      if (!best || distance < best.distance) best = { mode, distance, index: m.index };
    }
  }
  return best;
}
