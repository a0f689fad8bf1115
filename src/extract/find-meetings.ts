// Meetings, site visits and events in a sentence, with the people named in each. Over 300 lines
// for a reason: half of it is the patterns (honorifics, offices, the verbs of meeting, hosting and
// attending, where a name ends), which only the functions below read, in the order they give.
import type { Participant } from '../itinerary/types';
import { MONTH_FULL, WEEKDAY_NC } from './date-words';
import { re } from './verbs';

/** A meeting, site visit or event found in a sentence, before it is placed at a stop. */
export interface MeetingMention {
  kind: 'meeting' | 'visit' | 'event';
  /** The title, made from the sentence's own words (the text is the user's). */
  title: string;
  /** One entry per participant, with the span of the sentence that names it. */
  /** … `said`: an office met without a holder's name, every word as the text writes it ("Minister of Foreign Affairs of Malaysia"), for the title. */
  with: { participant: Participant; start: number; end: number; said?: string }[];
  /** A meeting's own name, which its title keeps ("co-chaired the Bi-National Commission with …": "Bi-National Commission"). */
  named?: string;
  /** "the two presidents will hold a bilateral meeting": a meeting with the traveller's counterpart, whom the sentence does not name (`with` is empty). */
  counterpart?: true;
  /** "meet X in Dakar on 29 August, and Minister Y in Accra": one listed after the day of the one before, dated only by a day of its own. */
  ownDay?: true;
  /** `[start, end)` of the whole phrase within the sentence. */
  start: number;
  end: number;
}

// Honorifics and styles before a name, of every kind of state: "Mr", "Smt.", "Shri", "His Majesty", "Her Royal Highness", "the Right
// Honourable", "Her Excellency the Right Honourable" (not "Hon" alone, a surname).
const HONORIFIC =
  /^(?:(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Madame|Dr|Prof|Professor|Sir|Dame|Sheikh|Sheikha|Emir|Shri|Sri|Smt|Shrimati|H\.?E\.?|H\.?M\.?|H\.?R\.?H\.?|(?:His|Her|Their)\s+(?:Excellency|Excellencies|Majesty|Majesties|Royal\s+Highness|Highness|Holiness|Beatitude)|(?:the\s+)?(?:Right\s+|Rt\.?\s+)?(?:Honou?rable|Hon(?=\.)))\.?\s+)+/;
export const ROLE_WORDS =
  /^(?:Foreign|Finance|Defence|Defense|Trade|Commerce|Interior|Home|Vice|Deputy|Acting|Executive|Assistant|Under|Permanent|Prime|Chief|Senior|First|Party|Director|General|Minister|Premier|President|Governor|Mayor|Secretary|Chairman|Chairwoman|Chair|Chairperson|Ambassador|Consul|Consul-General|Commissioner|Head|Leader|Speaker|Chancellor|King|Queen|Prince|Princess|Crown|Sheikh|Emir|Amir|Sultan|Al-Sultan|Emperor|Empress|Grand|Duke|Duchess|Pope|Patriarch|Imam|Archbishop|Cardinal|Governor-General|CEO|Chief Executive|Managing|Founder|Dean|Rector|Provost|Principal|Member|Members|Councillor|Councilor|Administrator|Commander|Envoy|Representative|Special|State|Councillor|Lieutenant)$/;
const GROUP = /^(?:representatives|members|officials|senior officials|leaders|executives|students|staff|delegates|officers|heads|business leaders|the management|management|professionals|entrepreneurs|academics|scholars|experts|young people|youth)\s+(?:of|from)\s+(.+)$/i;

// Words of an office's or ministry's name: "Minister of Investment, Trade and Industry"
// keeps its commas, as they list the portfolio, not people.
const PORTFOLIO = new Set(
  (
    'trade investment industry industries commerce economic economy development finance financial treasury planning science technology ' +
    'innovation transport tourism culture education health energy environment agriculture fisheries communications information digital ' +
    'security justice labour labor employment housing infrastructure resources natural water youth sports arts heritage defence defense ' +
    'interior home local government public works services international relations immigration maritime ports aviation logistics mines ' +
    'petroleum climate change social welfare women family children community rural urban regional affairs cooperation co-operation ' +
    'external foreign national enterprise enterprises small medium cooperatives research higher training ' +
    'land transportation food forestry forests livestock marine oceans ocean mining minerals mineral power telecommunications media ' +
    'consumer protection competition budget revenue taxation customs religious veterans equality gender knowledge skills vocational ' +
    'mine irrigation sanitation solidarity overseas diaspora integration european industrial space reconstruction recovery territorial ' +
    'cohesion transition ecological green wellbeing prosperity administration reform statistics textiles horticulture aquaculture ' +
    'business entrepreneurship competitiveness sustainability sport wildlife parks hospitality creative connectivity resilience disaster ' +
    'management emergency pensions banking insurance markets capital citizenship migration multicultural disability aged care schools ' +
    'universities tertiary commonwealth cabinet'
  ).split(' '),
);
// "together with Foreign Minister X", "alongside Trade Minister Y": a portfolio's minister with no country's word is, in an
// announcement, most often one of the traveller's own who travels with them, not someone met (a host's comes as "Indonesian
// Foreign Minister X" or "the Foreign Minister of Chile, X", which still meet). Its portfolio is any word of {@link PORTFOLIO}
// but these: "Cabinet Secretary Kipchumba Murkomen" is Kenya's title for a minister, of no portfolio; "together with Mining
// Minister Jambaljamts" at a mine is the host's, whose country's mines the traveller tours.
const NOT_OWN = new Set(['cabinet', 'mining', 'mine', 'mines', 'minerals', 'mineral']);
const OWN_MINISTER = String.raw`(?!\s+(?:the\s+)?(?:Deputy\s+)?(?:${[...PORTFOLIO].filter((w) => !NOT_OWN.has(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?:\s+and\s+\p{L}[\p{L}-]+)?\s+(?:Minister|Secretary)\b(?!\s+(?:of|for)\b))`;
// "before departure", "ahead of her departure for Kyiv", "before she leaves": before the trip, not before leaving a place named.
const BRIEFED_AT_HOME =
  /\b(?:[Bb]efore|[Aa]head\s+of|[Pp]rior\s+to)\s+(?:(?:(?:his|her|their|the)\s+)?(?:departure|departing|leaving|setting\s+off)|(?:he|she|they)\s+(?:leaves?|departs?|left|departed|sets?\s+off))(?!\s+(?:from\s+)?(?:the\s+)?\p{Lu})/u;
// "hand over the documents … to Prime Minister X": whom a thing is given to, a title and capitalised names up to what follows
// ("President Ruto later in the day": Ruto); "to President Abbas's government" gives it to no person.
const GIVEN_TO = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Pope)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}-]*(?:['’](?!s\b)\p{L}[\p{L}-]*)?(?![\p{L}'’-])))+(?!(?:\.?\s+\p{Lu}[\p{L}-]*)*['’]s\b)/u;
// "The EU will deliver aid to …", "Staff will deliver the letter to …": a giver who is a body or a group, not the traveller.
const OTHER_GIVER =
  /(?:^|[,;:]|\b(?:where|when|and|then)\b)\s*(?:[Tt]he\s+(?!(?:(?:Vice|Deputy|Prime|Foreign|Trade|Crown|First)\s+)?(?:Minister|Secretary|President|Premier|Chancellor|King|Queen|Prince|Princess|Envoy|Ambassador|Governor|Mayor|Chair\p{L}*|Speaker|Emir|Sultan)\b)[^,;:]*?|(?:[Ss]taff|[Oo]fficials|[Aa]ides|[Dd]iplomats|[Dd]elegates|[Vv]olunteers|[Ww]orkers|[Dd]onors|[Oo]rgani[sz]ers|[Aa]gencies))\s+(?:(?:will|would|shall|also|then|later|is\s+to|are\s+to)\s+)*$/u;
// A title that opens a person met: "President", "Prime Minister", "His" (Majesty …), "Mr".
const TITLED = String.raw`(?:Vice\s+|Deputy\s+|Foreign\s+|Prime\s+)*(?:President|Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Secretary|Governor|Mayor|Chairman|Chairwoman|Chairperson|Chair|Speaker|Director|Commissioner|Mr|Ms|Mrs|Dr|His|Her)\b`;
// … "spent Monday with the Minister of X", "will join President X to inspect …": time spent with an office or a titled person.
// … "Mr Lee reported to President Xi Jinping on the situation in Hong Kong": a duty visit's report to a head of state or government;
// "hand over the documents … to Prime Minister X", "deliver a letter from the King to President Y": a thing given to one in person.
// … "toured the headquarters of NASA with Vice President X", "opened the port with the Governor of Kisumu County, X", "After the
// ceremony with the Governor of Campeche, X": an act done with an office or a titled person is time spent with them; "will visit the
// Itaipu dam, on the Paraná river at Foz do Iguaçu, on 27 February, together with President X": set off by commas after the act;
// "visit the Piraeus port with Greek Prime Minister X": a country's word before a head's title, as agencies write it.
const MEET =
  re('giu')`\b(?:meeting|retreat|summit|dialogue)\s+(?:of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+)?with\s+(?=(?:the\s+)?${TITLED})|\b(?:met|meets|meet)\s+(?:(?:separately|jointly|briefly|privately|also)\s+)?(?:with\s+)?|\b(?:meetings?|talks|discussions)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+|and\s+(?:an?\s+)?(?:working\s+|official\s+|state\s+)?(?:lunch|luncheon|dinner|breakfast)\s+)?with\s+|\b(?:talks|meetings?|summit(?:\s+talks)?|discussions)\s+between\s+(?:(?!\s+and\s)[^.;,]){1,60}?\s+and\s+(?=(?:the\s+)?${TITLED})|\bmeeting\s+(?=(?:the\s+)?\p{Lu})|\b(?:summit(?:\s+meeting)?|talks?|discussions|audience|t[êe]te-[àa]-t[êe]tes?|(?:joint\s+)?(?:press|news)\s+conference)\s+with\s+|(?<!\b(?:return(?:s|ed|ing)?|back|go(?:es|ing)?|went|gone|come|came|get|got)\s+)\bto\s+\p{Ll}[\p{Ll}-]*,\s+(?:together\s+)?with\s+(?=(?:the\s+)?${TITLED})|\bcall(?:ed|s|ing)?\s+(?:(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?on\s+|\bpa(?:id|ys|y)\s+(?:a\s+)?(?:courtesy\s+)?(?:call|calls|visit)\s+on\s+|\bcourtesy\s+(?:call|visit)s?\s+to\s+|\b(?:held|hold|holds|holding|had|have|has|having|co-chair(?:ed|s)?|chair(?:ed|s)?)\s+(?:(?!with\b)[\p{L}\d'’–-]+\s+){0,8}?(?:meeting|meetings|talks|discussions|consultations|dialogue|Dialogue|conversation|conversations|interaction|session|sessions|town[\s-]halls?|communication|breakfast|lunch|luncheon|dinner|roundtable|round-table|t[êe]te-[àa]-t[êe]tes?),?\s+(?:on\s+the\s+(?:sidelines|margins)(?:\s+of\s+(?:the\s+)?[^.;,]{1,60}?)?,?\s+(?:including\s+)?(?=with\s)|including\s+(?=with\s))?(?:(?:there|here|today|also|again|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+)?with\s+|\bco-chair(?:ed|s)?\s+(?:[^.;,]{0,80}?\s)?with\s+(?=(?:the\s+)?\p{Lu})|\bsp(?:oke|eaks?|eaking)\s+(?:(?:briefly|also|separately|privately)\s+)?with\s+(?=(?:the\s+)?\p{Lu})|\b[Ww]elcome\s+(?:(?:at|in)\s+(?:the\s+)?\p{Lu}[^.;,]{0,50}?\s)?by\s+(?=(?:the\s+)?(?:Mr|Ms|Mrs|Dr|His|Her|Their|President|Prime|King|Queen)\b)|\bpa(?:id|ys|y)\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+to\s+(?=(?:former\s+)?(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Pope|Senator|Governor|Mayor|Mr|Ms|Mrs|Dr|His|Her)\b)|\breceiv(?:ed|es|e)\s+(?=(?:former\s+)?(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Senator|Governor|Mayor|Minister|Mr|Ms|Mrs|Dr)\b)|\bexchang(?:ed|e|es|ing)\s+views\s+with\s+|\bsp(?:ent|end|ends|ending)\s+(?:the\s+)?(?:day|morning|afternoon|evening|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+with\s+(?=(?:the\s+)?\p{Lu})|\bjoin(?:s|ed|ing)?\s+(?=(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Governor|Mayor)\s+\p{Lu})|\b(?:was|were|will\s+be|being|be|is|are)\s+(?:(?:then|also|later|first|warmly|formally|officially)\s+)?(?:received|welcomed|greeted|met|accorded|joined|hosted|briefed)\s+(?:(?:(?!,\s*(?:followed|and|then|before|after)\b)[^.;]){0,60}?\s)?by\s+|\bhosted\s+by\s+|\b(?:hand(?:s|ed|ing)?\s+over|present(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+(?:(?!\bto\b)[^.;:]){1,80}?\sto\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Pope)\s+\p{Lu})|\breport(?:s|ed|ing)?\s+(?:in\s+person\s+)?to\s+(?=(?:the\s+)?(?:President|Premier|Vice\s+Premier|Vice\s+President|Prime\s+Minister|Chairman|Chancellor|King|Queen)\b)|\b(?:(?:ceremony|event|tour|visit)\s+with|(?:open(?:ed|s)?|tour(?:ed|s)?|visit(?:ed|s)?|inaugurat(?:ed|es|e)|launch(?:ed|es)?|unveil(?:ed|s)?|inspect(?:ed|s)?|commission(?:ed|s)?)\s+(?:(?:(?!with\b)[^.;,:]){1,60}?\swith|[^.;:]{1,120}?,\s*(?:together|along)\s+with${OWN_MINISTER})|(?:address(?:ed|es)?|attend(?:ed|s)?)\s+[^.;:]{1,120}?\s(?:together\s+with|alongside)${OWN_MINISTER}|^(?:Together|Along)\s+with${OWN_MINISTER})\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:Vice\s+President|Vice\s+Premier|President|Prime\s+Minister|Premier|Chancellor|King|Queen|Governor|Mayor|Minister|Secretary|Chief\s+Minister|Crown\s+Prince|Mr|Ms|Mrs|Dr)\b)`;
// The hosts as the subject: "… will host him", "President X held a welcome ceremony for him", "X and Y will host a
// luncheon", "Prime Minister X will join him", "President X and I will then meet", "X and Foreign Minister Y will hold the Dialogue".
const HOSTS =
  /\s(?:(?:is|are|was|were)\s+(?:expected|due|scheduled|set)\s+)?(?:will\s+|to\s+|then\s+|also\s+)*(?:(?:host(?:s|ed)?|welcom(?:e|es|ed)|receiv(?:e|es|ed)|greet(?:s|ed)?|join(?:s|ed)?|accompan(?:y|ies|ied)|meet|met|meets|brief(?:s|ed)?)\s+(?:him|her|them|me|us|the\s+(?:couple|delegation|visitors|guests))\b|invit(?:e|es|ed)\s+(?:him|her|them|the\s+(?:couple|delegation|visitors|guests))\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:dinner|lunch|luncheon|breakfast|reception|banquet)\b|(?:host(?:s|ed)?|h(?:old|olds|eld)|g(?:ive|ives|ave)|offer(?:s|ed)?|la(?:y|ys|id)\s+on)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}(?:ceremony|banquet|dinner|lunch|luncheon|reception|breakfast|dialogue|Dialogue|consultations)\b|(?:welcom(?:e|es|ed)|receiv(?:e|es|ed)|greet(?:s|ed)?)\s+(?:the\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Pope|Mr|Ms|Mrs|Dr|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:with|at|to|in|on)\b|\p{Lu}\p{Ll}+(?=\s+(?:with|at|to|in|on)\b|[,.]))\b)|\s+and\s+(?:I|we)\s+(?:will\s+|then\s+|also\s+)*(?:meet|met|hold|held)\b/gu;
// A title that opens the hosts' names: what comes before it in the clause ("On 6 May", "Wang Yi and") is not theirs.
const TITLE_START =
  /\b(?:(?:Vice|Deputy|Prime|Foreign|Crown|First|Grand|Governor-General|President|Premier|Chancellor|King|Queen|Sultan|Emir|Emperor|Empress|Prince|Princess|Secretary|Minister|Governor|Mayor|Chairman|Speaker|Pope|Sheikh|Mr|Ms|Mrs|Dr|Smt|Shri|His|Her)\b)/u;
// The hosts' office and name set off by commas before the verb ("…, the President of Kenya, William Ruto, will receive him").
const APPOSITIVE = /(?:^|[;:]|,\s*(?:where|when|and)?|\b(?:where|when|then))\s*(([^;:,]+?),\s*([^;:,]+?)),\s*$/u;
// ", in Ouagadougou Captain Ibrahim Traoré": a place and then a title that opens whom the verb left out meets there.
// "…, and on 8 July Vice Premier Y", "…; in Abidjan, President Z": a day, or a place set off by a comma after a semicolon, likewise.
const GAPPED =
  re('gu')`(?:,|;(?=\s*(?:and\s+)?(?:in|at)\s))\s*(?:and\s+)?(?:(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}?,?|on\s+(?:\d{1,2}\s+(?:${MONTH_FULL})|(?:${MONTH_FULL})\s+\d{1,2}|${WEEKDAY_NC}))\s+(?=(?:the\s+)?(?:Vice|Deputy|Prime|Foreign|Crown|President|Premier|Chancellor|King|Queen|Sultan|Emir|Emperor|Prince|Princess|Secretary|Minister|Governor|Mayor|Chairman|Speaker|Sheikh|General|Captain|Colonel|Admiral|Field\s+Marshal|Mr|Ms|Mrs|Dr|His|Her)\b)`;
const GAPPED_AT = new RegExp(`^${GAPPED.source}`, 'u');
// "meet X in Dakar on 29 August, President Y in Accra on 30 August, and …", "talks with X on Tuesday, and with Prime Minister Y":
// after the day that ends whom is met, the verb left out, a titled person (with a place of their own, or after "with") is met too.
const LISTED_AFTER_DAY = re('u')`^\s+on\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_FULL})|(?:${MONTH_FULL})\s+\d{1,2}|${WEEKDAY_NC}),\s*(?:and\s+)?(?:(with)\s+)?(?=(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:Vice\s+President|Vice\s+Premier|President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown\s+Prince|Governor|Mayor|Minister|Secretary|Chief\s+Minister|Speaker|Chairman)\b)`;
// "be in Riyadh on 9 February for talks with X, in Doha on 10 February for …": in a list of places each with its day, the next
// place and day after the people is the next stop, not where they are met (as "talks with X, in Paris on Friday" alone is).
const DATED_PLACE = re('u')`(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:on|from)\s+(?:the\s+)?(?:\d|${MONTH_FULL}|${WEEKDAY_NC})`;
const NEXT_DATED_PLACE = new RegExp(`,\\s+(?:and\\s+)?(?:then\\s+)?${DATED_PLACE.source}`, 'u');
// Where whom is met ends. "talks with President Boluarte and, together with her, attend …": an "and" right before an aside set off by
// commas, then a word in small letters (the next act, not "and, separately, President Abbas"), so the people end at it.
// A full stop after an initial or "Jr" ("Ferdinand R. Marcos Jr.") does not end the name.
const OBJECT_END =
  /(?<!\b(?:\p{Lu}|Jr|Sr|Dr|Mr|Mrs|Ms|Smt|St))\.|\.\s*$|[;:!?(]|\s(?:will|would|shall|is|are|was|were|has|have|had|did|does|could|can|should)\s|,\s+(?:[\p{L}\d'’-]+\s+){1,3}(?:will|would|shall|can|may|must|are|were)\s|\s(?:on|in|at)\s+(?:the\s+)?(?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)|(?<!\b(?:Minister|Secretary|Commissioner|Envoy|Representative|Ambassador|Director|Coordinator|Spokesperson|Rapporteur))\sfor\s+(?:more|about|over|an?|the|talks|discussions|a\s+meeting|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:talks|discussions|consultations|meetings?))\b|,\s*(?:and\s+)?(?:later|then|afterwards|subsequently)\b|\s(?:followed|began|begins|ended|ends|lasted|took\s+place)\b|\s(?:he|she|they)\s+\p{Ll}|,\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:announced|said|signed|pledged|stressed|noted|added|told|urged|warned|promised|unveiled)\b|,?\s(?:to|where|which|who|during|the\s+next\s+day|the\s+following\s+day|tomorrow|today|tonight|yesterday|this\s+(?:morning|afternoon|evening)|about|regarding|respectively|before|after|while|when|from\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December))\b|,\s*(?:and\s+)?(?:discussed|exchanged|introduced|learned|visited|attended|toured|witnessed|where|which|during|to|followed|hold|held|meet|met|call|called|pay|paid|sign|signed|address|addressed|visit|tour|attend|inspect|lay|laid)\b|\s+and\s+(?!(?:with\s+(?:the\s+)?\p{Lu})|(?:(?:of|for)\s+the\s+\p{Lu})|(?:the|a|an|other|several|his|her|their|its|local|business|senior|young|various|some|many|all|fellow|representatives|members|officials|leaders|executives|students|staff|delegates|officers|heads|professionals|entrepreneurs|academics|scholars|experts|youth|community|industry|government)\b)\p{Ll}|\s+and\s+(?:discussed|exchanged|introduced|learned|learnt|visited|attended|toured|witnessed|signed|received|briefed|had|held|hold|called|call|met|meet|visit|attend|tour|was|were|will|to)\b|\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:will|would|shall|is|are|was|were|has|have|had)\s|\s+and\s*,(?=[^,.;]{1,40},\s*(?!(?:the|an?|his|her|their|other|senior|local)\b)\p{Ll})/u;

// "Visit to the Al-Hakim Mosque in Cairo": a programme's visit to a named site (a place's name after "visit to" is the trip).
const SITE =
  /\b(?:[Vv]isits?\s+to(?=\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Mosque|Temple|Church|Cathedral|Basilica|Synagogue|Shrine|Museum|Memorial|Monument|Mausoleum|Palace|Fort|Park|Gardens?|Centre|Center|University|College|Hospital|School|Plant|Factory|Terminal)\b)|visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|inspect(?:ed|s|ing)?|call(?:ed|s)?\s+at|view(?:ed|s)?|went\s+to|go\s+to)\s+(?=the\s|an?\s|(?:\p{Lu}[\p{L}-]*\s+)+(?:International\s+)?Airport\b)/giu;
const EVENT =
  /\b(?:attend(?:ed|s|ing)?|officiat(?:ed|es|ing|e)\s+at|sp(?:oke|eak|eaks)\s+at|address(?:ed|es)?|deliver(?:ed|s)?\s+(?:a\s+)?(?:speech|keynote(?:\s+speech)?|remarks|lecture)\s+at|deliver(?:ed|s)?(?=\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:speech|address|lecture)\s+(?:on\s+[^.;,]{1,80}?\s+)?at\s)|witness(?:ed|es)?|t(?:ook|ake|akes)\s+part\s+in|participat(?:ed|es|e)\s+in|join(?:ed|s)?|launch(?:ed|es)?|open(?:ed|s)?|preside(?:d|s)?\s+over|officiated\s+at)\s+(?=the\s|a\s|an\s)|\baddress(?:ed|es)?\s+(?=(?:[A-Z][\w-]*\s+)?(?:students|young\s+people|youth|business\s+leaders|members\s+of|representatives\s+of|workers|troops|soldiers|graduates|volunteers|civil\s+society|parliamentarians|lawmakers|legislators|diplomats)\b)|^(?=(?:State|Official|Working|Gala)\s+(?:dinner|banquet|lunch|luncheon|reception)\b)/gi;
// "travels to Oslo tomorrow for the 75th session of the Nordic Council", "will be in Rome on Friday for the summit": what the journey is for.
// A place's name may hold a lowercase particle: "travel to Rio de Janeiro for the G20 Leaders' Summit".
const JOURNEY_FOR = /\b(?:to|in)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|da|do|dos|das|del|la|el|al)\s+)?\p{Lu}[\p{L}'’-]*)*\s+(?:(?:tomorrow|today|tonight|next\s+week|on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?|on\s+\d{1,2}\s+\p{Lu}\p{Ll}+)\s+)?for\s+(?=the\s|an?\s)/gu;
// …when it is an event: its head word, before any "of …" ("75th session of the Nordic Council", "annual summit"), not "a two-day visit".
const EVENT_HEAD =
  /^(?:[\p{L}\d'’-]+\s+){0,5}?(?:sessions?|summit|conference|forum|congress|assembly|meeting|ceremony|celebrations?|festival|games|expo|exhibition|fair|dialogue|funeral|inauguration|coronation|commemorations?|anniversary|parade|convention|symposium|roundtable|retreat|opening|launch)(?:$|\s+(?:of|on|for|in|at|marking)\b)/iu;
const PHRASE_END = /\.(?![A-Z]\.|-[A-Z])(?<!\.[A-Z]\.)|[;:!?(]|,\s|\s(?:which|where|who|respectively|before|after|while|to\s+(?:study|learn|see|meet|discuss|observe|understand|review|promote|get)|organised|organized|co-organised|co-organized|held|hosted|with|and\s+(?:met|meets?|visit(?:s|ed)?|attend(?:s|ed)?|tour(?:s|ed)?|spoke|speaks?|deliver(?:s|ed)?|ha[ds]|hold(?:s)?|held|call(?:s|ed)?|was|were|will|also))\b|\s(?:on|in)\s+(?:the\s+)?(?:morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)|\sfrom\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|\s(?:(?:next|this|last)\s+(?:week|weekend|month|year)|tomorrow|today|tonight|at\s+the\s+(?:end|start|beginning)\s+of)\b/;

// The body that hosts an event ("a reception hosted by the New Zealand Embassy"): its organiser, not someone met.
const HOST_BODY = /\b(?:Embassy|Consulate(?:-General)?|High\s+Commission|Office|Ministry|Department|Chamber|Association|Federation|Council|Agency|Bureau|Authority|Foundation|Institute|Society|Company|Corporation|Group|Organi[sz]ation|Committee|Board|Commission|Secretariat|Cent(?:re|er)|Union|League)$/;
// "… a luncheon hosted by the Hong Kong Economic and Trade Office": the body after an event's name that hosts or organises it.
const HOSTED_BY = /^\s+(?:hosted|organi[sz]ed|co-organi[sz]ed)\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*|and|of|for|the)(?:\s+(?:\p{Lu}[\p{L}-]*|and|of|for|the))*)/u;

const LISTED = /\b(?:of|for)\s+(?:the\s+)?((?:(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s*,\s*)+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*\s+)*(?:and|&)\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*)/gu;

/** The ranges of a phrase that are one office's name despite their commas. */
function portfolios(phrase: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of phrase.matchAll(LISTED)) {
    const words = m[1]!.split(/[\s,&]+/).filter((w) => w && w !== 'and' && w !== 'the');
    if (words.every((w) => PORTFOLIO.has(w.toLowerCase()))) out.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
  return out;
}

/**
 * Splits "the Director General of X, Mr Wang Wei, and Ms Li" into participant phrases; "Indian Prime Minister X and Australian
 * Prime Minister Y" too, at an "and" before a word that opens an office.
 */
function splitParticipants(phrase: string, offset: number): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  // "Indigenous peoples – First Nations, Métis and Inuit – at Maskwacis": an aside set apart by dashes is split nowhere.
  const keep = [...portfolios(phrase), ...[...phrase.matchAll(/\s[–—]\s[^–—]+[–—]/gu)].map((m): [number, number] => [m.index, m.index + m[0].length])];
  const re = /,\s*(?:and\s+)?|\s+and\s+(?=\p{Lu}[\p{L}'’.-]*\s+(?:Prime|Foreign|Vice|Deputy|President|Premier|Chancellor|Minister|Secretary|Governor|Mayor|King|Queen|Crown|Chief|Chairman|Speaker|Councill?or)\b)|(?<=\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*)\s+and\s+(?=(?:\p{Lu}[\p{L}-]*\s+)+(?:business\s+leaders|students|community|diaspora|officials|executives|entrepreneurs)\b)|\s+and\s+(?=(?:the\s|with\s+(?:the\s+)?\p{Lu}|Mr\b|Ms\b|Mrs\b|Dr\b|Madam\b|Professor\b|representatives|members|officials|senior|leaders|executives|students|Vice\b|Deputy\b|Minister\b|Premier\b|President\b|Governor\b|Mayor\b|Secretary\b|Chairman\b|Director\b|Ambassador\b|Prime\b|Chancellor\b|King\b|Queen\b|Crown\b|Chief\b|Sheikh\b|Emir\b|Sultan\b|(?:Patriarch|Pope|Emperor|Empress|Prince|Princess|Cardinal|Archbishop)\s+\p{Lu}|His\b|Her\b|former\b|other\s+(?:leaders|officials|members|ministers)\b))/gu;
  let last = 0;
  // "President Xi Jinping and Ursula von der Leyen": a titled person's name, "and", then another person's name, are two people.
  const marks = [
    ...phrase.matchAll(re),
    ...[...phrase.matchAll(AND_NAME)].filter((m) => {
      const d = describe(phrase.slice(0, m.index).split(/,\s*/).pop()!);
      return !!d.role && !!d.rest && isName(d.rest);
    }),
  ].sort((a, b) => a.index - b.index);
  for (const m of marks) {
    if (keep.some(([a, b]) => m.index > a && m.index < b)) continue;
    // "the Prime Minister and Minister of Foreign Affairs, Sheikh X": offices joined by "and" are one person's.
    if (!m[0].includes(',') && isTitle(phrase.slice(last, m.index))) continue;
    parts.push({ text: phrase.slice(last, m.index), start: offset + last });
    last = m.index + m[0].length;
  }
  parts.push({ text: phrase.slice(last), start: offset + last });
  return parts.filter((p) => p.text.trim());
}

const stripThe = (s: string) => s.replace(/^the\s+/i, '').trim();
// "Vice Premier", "the Prime Minister": titles only, no name.
const isTitle = (s: string) => stripThe(s).split(/\s+/).every((w) => ROLE_WORDS.test(w));
const isName = (s: string) => !isTitle(s) && (HONORIFIC.test(s) || /^(?:[\p{Lu}][\p{L}'’-]*\.?\s?){2,5}$/u.test(s.trim()));
// "Hendrik van den Bosch", "Inés de la Fuente": a name with the little words of family names between its capitalised words;
// up to seven of them, with the styles that Malay names carry ("Tengku Datuk Seri Utama Zafrul Aziz").
/** A lowercase particle inside a person's name, always before another word of it ("Lula da Silva", "Mohamed bin Zayed"); traveller.ts reads names with it too. */
export const NAME_PARTICLE = String.raw`(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|bin|binti|ibn|al|el|ter|ten|zu|y)`;
const PARTICLE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:${NAME_PARTICLE}\s+)*\p{Lu}[\p{L}'’-]*\.?){1,6}$`, 'u');
/** "Ursula von der Leyen", "Lula da Silva": capitalised words with a family name's particle inside, a person's name. */
const PARTICLED = new RegExp(String.raw`^(?=.*\s${NAME_PARTICLE}\s)(?:\p{Lu}[\p{L}'’-]*\.?\s+|${NAME_PARTICLE}\s+){1,6}\p{Lu}[\p{L}'’-]*$`, 'u');
/** " and Ursula von der Leyen": "and" before a person's name of two words or more, which ends the phrase or a comma ends. */
const AND_NAME = new RegExp(String.raw`\s+and\s+(?=\p{Lu}[\p{L}'’-]*(?:\s+(?:${NAME_PARTICLE}\s+)*\p{Lu}[\p{L}'’-]*)+(?:,|$))`, 'gu');
/** The holder's name where an office set off by commas comes first ("the Mayor of X, Inés de la Fuente"): the order says it is a person's, so particles are let in. */
const isHolder = (s: string) => isName(s) || (!isTitle(s) && PARTICLE_NAME.test(s.trim()));

/** Reads "the ROLE of ORG" (or "ROLE NAME") into role and organisation. */
function describe(text: string): Pick<Participant, 'role' | 'organisation'> & { rest?: string } {
  // "New Zealand's Minister of Foreign Affairs": the office, of New Zealand.
  const whose = /^(\p{Lu}[\p{L}\s-]*?)['’]s\s+(.+)$/u.exec(stripThe(text));
  if (whose) {
    const d = describe(whose[2]!);
    if (d.role && !d.rest) return { ...d, organisation: d.organisation ?? whose[1]! };
  }
  const t = stripThe(text);
  const of = /^(.+?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(t);
  // "Vice President and Prime Minister of the UAE": offices joined by "and" are one person's; "Secretary-General" is one office's word.
  const roleWord = (w: string, k: number, all: string[]) => w.split('-').every((p) => ROLE_WORDS.test(p)) || (w === 'and' && k > 0 && ROLE_WORDS.test(all[k + 1] ?? ''));
  if (of && of[1]!.split(/\s+/).every(roleWord)) {
    // "Minister of Foreign Affairs, International Cooperation and External Trade": a portfolio is part of the office's name.
    const isPortfolio = (s: string) => s.split(/[\s,&]+/).every((w) => !w || w === 'and' || w === 'the' || PORTFOLIO.has(w.toLowerCase()));
    if (isPortfolio(of[2]!)) return { role: t.replace(/\s+(?:of|at|for)\s+the\s+/, (m) => m.replace(/the\s+$/, '')) };
    // "Minister for Foreign Affairs Yoshimasa Hayashi": the office's portfolio, then its holder's name with no comma between.
    // Not an institution's name ("Chairman of the National Assembly Vuong Dinh Hue" stays the office of that Assembly).
    const after = /^\s+(?:of|at|for)\s+the\s/.test(t.slice(of[1]!.length)) ? [] : of[2]!.split(/\s+/);
    for (let k = after.length - 2; k > 0; k--) {
      const holder = after.slice(k).join(' ');
      // … not the end of a portfolio that lists its parts ("Minister for Resources and Northern Australia").
      if (!/^(?:and|&)$/.test(after[k - 1]!) && isPortfolio(after.slice(0, k).join(' ')) && isName(holder)) return { role: t.slice(0, t.length - holder.length).trim(), rest: holder };
    }
    // "the Secretary of the CPC Yunnan Provincial Committee": an office of an institution keeps every word of its
    // name; "the President of Ruritania" is a President, of Ruritania.
    if (/^\s+(?:of|at|for)\s+the\s/.test(t.slice(of[1]!.length))) return { role: t, organisation: of[2]! };
    // "the Minister of Transport of Malaysia": the office with its portfolio, of a country; every word of the office
    // kept as written ("Minister for Transport of Singapore" had become "Minister of Transport").
    const whose = /^(.+?)\s+of\s+(.+)$/.exec(of[2]!);
    // "the Minister of Culture and of the Arts": a second portfolio joined by "and of" is the office's too.
    if (whose && /\s(?:and|&)$/.test(whose[1]!)) return { role: t };
    return whose && isPortfolio(whose[1]!) ? { role: t.slice(0, t.length - whose[2]!.length).replace(/\s+of\s+$/, ''), organisation: whose[2]! } : { role: of[1]!, organisation: of[2]! };
  }
  const words = t.split(/\s+/);
  let k = 0;
  while (k < words.length && roleWord(words[k]!, k, words)) k++;
  // "Prime Minister Sheikh Hasina": a style after an office, before one word, is part of that person's name.
  if (k > 1 && k === words.length - 1 && /^Sheikha?$/.test(words[k - 1]!)) k--;
  if (k > 0 && k < words.length) {
    const rest = words.slice(k).join(' ');
    // "President Xiomara Castro of Honduras": the country after the holder's name is the office's, not the name's.
    const whose = /^(.+?)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u.exec(rest);
    if (whose && isName(whose[1]!)) return { role: words.slice(0, k).join(' '), rest: whose[1]!, organisation: whose[2]! };
    return { role: words.slice(0, k).join(' '), rest };
  }
  if (k > 0) return { role: t };
  // "Federal President Frank-Walter Steinmeier", "Swiss President Karin Keller-Sutter", "U.S. President X": an office of several words, the first
  // not an office's word of its own, before a name (or alone: "the Federal President") is the role, not part of the name.
  const j = words.findIndex((w, i) => i > 0 && w !== 'and' && roleWord(w, i, words));
  if (j > 0 && j <= 3 && words.slice(0, j).every((w) => /^\p{Lu}[\p{L}-]*$|^(?:\p{Lu}\.){2,3}$/u.test(w) && !ROLE_WORDS.test(w))) {
    let e = j;
    while (e < words.length && roleWord(words[e]!, e, words)) e++;
    const rest = words.slice(e).join(' ');
    if (!rest) return { role: t };
    // Not a body's name ("the Japan External Trade Organization").
    // "European Commission President Ursula von der Leyen": the name may hold a family name's particles.
    if ((/^(?:\p{Lu}[\p{L}'’.-]*\s?){1,5}$/u.test(rest) || PARTICLE_NAME.test(rest)) && !HOST_BODY.test(rest)) return { role: words.slice(0, e).join(' '), rest };
  }
  return { rest: t };
}

// A topic set off after the people ("…, Jonas Berg, on energy"), not "on the sidelines of …", "on behalf of …" or "on 3 May".
const TOPIC = /^(?:on\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|eve|side|behalf)\b|\d)|about|regarding|concerning|covering)\b/u;
const TOPIC_AFTER = /\s(?:on\s+(?!(?:the\s+)?(?:sidelines|margins|occasion|eve|side|behalf|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)|(?:about|regarding|concerning)\s)/u;

/** The kind of body a name heads ("… Work Office of the CPC Central Committee": "Office"). */
const bodyKind = (s: string) => /\b(Office|Committee|Council|Commission|Ministry|Department|Bureau|Agency|Authority|Board)(?:\s+(?:of|for)\s.*)?$/u.exec(s)?.[1];
/** Whether `text`, after " and " (`between`), is a second body of the office `prev` holds without a name: a body of the same kind. */
function secondBody(prev: Participant, between: string, text: string): boolean {
  if (prev.kind !== undefined || typeof prev.role !== 'string' || typeof prev.organisation !== 'string' || !/^\s+and\s+$/.test(between)) return false;
  const kind = bodyKind(stripThe(text));
  return !!kind && /^the\s+\p{Lu}/u.test(text) && kind === bodyKind(prev.organisation);
}

/** Turns the participant phrases into participants, pairing a role phrase with the name that follows or precedes it. */
function participants(phrase: string, offset: number): MeetingMention['with'] {
  const out: MeetingMention['with'] = [];
  const parts = splitParticipants(phrase, offset);
  let topic = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    // "meet Malawians living in Johannesburg": a group described by what its people do, and where, is one group, named whole.
    const described = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:living|working|studying|residing|based|serving)\s+(?:in|at|abroad)\b/u.exec(p.text.trim());
    if (described) {
      out.push({ participant: { name: stripThe(p.text), kind: 'organisation' }, start: p.start, end: p.start + p.text.length });
      continue;
    }
    // "President Xi Jinping at the Great Hall of the People": the venue is not the person.
    const text = p.text
      .replace(/\s(?:in|at|on)\s.*$/s, '')
      .replace(/^with\s+(?=(?:the\s+)?\p{Lu})/u, '')
      .replace(/^(?:together|along)\s+with\s+|^as\s+well\s+as\s+|^(?:including|notably|especially|among\s+them|such\s+as)\s+/i, '')
      // "former Prime Minister X": the office was, the person is.
      .replace(/^former\s+(?=(?:the\s+)?\p{Lu})/u, '')
      // The dash that closed an aside before the place.
      .replace(/\s+[–—]$/u, '')
      .trim();
    const end = p.start + p.text.length;
    // ", on energy and the Arctic", ", covering trade and the Gulf": what the talks are on ends the people; all after it is the
    // topic, until "…, and with the Prime Minister of X" names people again.
    if (TOPIC.test(p.text.trim())) topic = true;
    else if (/^with\s+(?:the\s+)?\p{Lu}/u.test(p.text.trim())) topic = false;
    if (topic) continue;
    // "reported to President X on the situation in Macao and the work of the Government": a topic after the person's name goes on
    // past the "and" that split it, until "with" names people again.
    if (TOPIC_AFTER.test(p.text)) topic = true;
    // ", at Istana Negara": a place after the people, not one of them.
    if (!text || /^(?:at|in|on|for|to|from|with|covering|regarding|about|during|under|\p{Ll}+ing)\b/u.test(text)) continue;
    // "Dr Denis Mukwege, winner of the Nobel Peace Prize": a description in lower case after a person is what that person is.
    const last = out[out.length - 1];
    if (last?.participant.kind === 'person' && /^(?!(?:the|an?)\s)\p{Ll}[\p{L}-]*\s+of\s/u.test(text)) {
      last.end = p.start + p.text.length;
      continue;
    }
    const group = GROUP.exec(text);
    if (group) {
      out.push({ participant: { name: stripThe(group[1]!), role: text.slice(0, text.length - group[1]!.length).replace(/\s+(?:of|from)\s*$/, ''), kind: 'organisation' }, start: p.start, end });
      continue;
    }
    if (HONORIFIC.test(text)) {
      const prev = out[out.length - 1];
      const name = text.replace(HONORIFIC, '').trim();
      // "the Director General of X, Mr Wang Wei": the name completes the role before it.
      if (prev && prev.participant.kind === undefined && typeof prev.participant.name === 'string' && !isName(prev.participant.name)) {
        delete prev.said;
        prev.participant = { ...prev.participant, name, kind: 'person' };
        prev.end = end;
        continue;
      }
      out.push({ participant: { name, kind: 'person' }, start: p.start, end });
      continue;
    }
    const d = describe(text);
    const prev = out[out.length - 1];
    // "Mr Wang Wei, Director General of X": the role completes the name before it.
    if (prev && prev.participant.kind === 'person' && !prev.participant.role && !(d.role && d.rest) && (d.role || /^the\s/i.test(text))) {
      prev.participant = { ...prev.participant, ...(d.role ? { role: d.role } : {}), ...(d.organisation ? { organisation: d.organisation } : d.rest && !d.role ? { organisation: d.rest } : {}) };
      prev.end = end;
      continue;
    }
    // "the Minister of Investment, Trade and Industry, Tengku Zafrul Aziz": a bare name completes the office before it.
    if (prev && prev.participant.kind === undefined && prev.participant.role && !d.role && isHolder(text)) {
      delete prev.said;
      prev.participant = { ...prev.participant, name: text, kind: 'person' };
      prev.end = end;
      continue;
    }
    if (d.role && !d.rest && !d.organisation) out.push({ participant: { name: d.role, role: d.role }, start: p.start, end });
    else if (d.role && d.rest) out.push({ participant: { name: d.rest, role: d.role, ...(d.organisation ? { organisation: d.organisation } : {}), kind: 'person' }, start: p.start, end });
    else if (d.role && d.organisation) {
      const name = typeof d.role === 'string' && d.role.includes(' of ') ? d.role : `${String(d.role)} of ${String(d.organisation)}`;
      const said = stripThe(text);
      out.push({ participant: { name, role: d.role, organisation: d.organisation }, start: p.start, end, ...(said !== name ? { said } : {}) });
    } else if (prev && secondBody(prev.participant, phrase.slice(prev.end - offset, p.start - offset), text)) {
      // "the Director of the Hong Kong and Macao Work Office of the CPC Central Committee and the Hong Kong and Macao Affairs
      // Office of the State Council": a body of the same kind joined by "and" to an office's body is that office's second.
      const both = `${String(prev.participant.role)} and the ${stripThe(text)}`;
      prev.participant = { ...prev.participant, name: both, role: both, organisation: `${String(prev.participant.organisation)} and the ${stripThe(text)}` };
      delete prev.said;
      prev.end = end;
    } else out.push({ participant: { name: d.rest ?? text, ...(isName(text) || PARTICLED.test(text) ? { kind: 'person' as const } : { kind: 'organisation' as const }) }, start: p.start, end });
  }
  return out;
}

/** A body named in lower case, heading the phrase: "the regional transport board", "a trade commission" (an "of" or a second article before it, as in "the needs of the board" or "the standards the board set", leaves it out). */
const ORG_HEAD = /^(?:the\s+|an?\s+)?(?:(?!(?:of|the|an?)\b)[\p{Ll}-]+\s+){0,4}(?:board|committee|council|commission|authority|agency|ministry|bureau|association|chamber|federation)\b/u;

function phraseAfter(sentence: string, from: number, stop: RegExp): string {
  const rest = sentence.slice(from);
  const m = stop.exec(rest);
  return (m ? rest.slice(0, m.index) : rest).replace(/\s+$/, '');
}

const nameOf = (p: Participant) => (typeof p.name === 'string' ? p.name : Object.values(p.name)[0] ?? '');
// A pope's or a monarch's style goes with the name it is known by: "Meeting with Pope Francis", "with King Charles III", not "with Francis".
const STYLED = /^(?:Pope|King|Queen|Emperor|Empress|Sultan|Emir|Amir|Prince|Princess|Grand\s+Duke|Grand\s+Duchess|Patriarch|Cardinal|Archbishop)$/;
/** The name a meeting's title gives a participant: a person with a pope's or a monarch's style keeps it before the name. */
export const titled = (p: Participant): string => {
  const name = nameOf(p);
  return p.kind === 'person' && typeof p.role === 'string' && STYLED.test(p.role) && !name.startsWith(p.role) ? `${p.role} ${name}` : name;
};

/**
 * A meeting with the people found, titled after them, over `[start, end)` of the sentence.
 * An office met without a name ("the Minister of Economy") is the participant's name; the
 * role that let a name found after it complete the office is dropped, not said twice.
 */
const meetingWith = (withList: MeetingMention['with'], start: number, end: number, named?: string): MeetingMention => ({
  kind: 'meeting',
  title: `${named ?? 'Meeting'} with ${withList.map((w) => w.said ?? titled(w.participant)).join(', ')}`,
  ...(named ? { named } : {}),
  with: withList.map((w) => {
    if (w.participant.role !== w.participant.name) return w;
    const { role: _, ...participant } = w.participant;
    return { ...w, participant };
  }),
  start,
  end,
});

// Two who act together, the traveller (a pronoun or a name, not an office: "Crown Prince and Prime Minister X held") first;
// the partner is written in capitalised words (and of, the, de, bin …), with a name set off by commas.
const JOINT =
  /(?<![\p{L}-])(?!(?:Vice|Deputy|Prime|Crown|First|President|Premier|Chancellor|King|Queen|Prince|Princess|Minister|Secretary|Governor|Mayor|Chairman|Speaker|Emir|Sultan)\b)(?:[Hh]e|[Ss]he|\p{Lu}[\p{L}'’-]+)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|de|da|bin|al))*(?:,\s*[^,;:.]+?,)?)\s+(?:(?:will|would|shall|are\s+(?:to|due\s+to|expected\s+to|scheduled\s+to|set\s+to))\s+)?(?:(?:today|also|then|jointly|together|later)\s+)*(?:held|hold|met|meet|agreed|agree|signed|sign|open(?:ed)?|inaugurat(?:e|ed)|launch(?:ed)?|unveil(?:ed)?|co-chair(?:ed)?|chair(?:ed)?|witness(?:ed)?|address(?:ed)?|review(?:ed)?|inspect(?:ed)?|la(?:y|id)|issue(?:d)?|announce(?:d)?|dedicate(?:d)?)\b/gu;
// "He and Foreign Secretary X will open the office": a portfolio's minister with no country's word who does an act with the
// traveller is one of their own (`OWN_MINISTER`, whose failing look-ahead this one is); talks held or an accord signed with one
// ("Wang Yi and Foreign Minister Wong will hold the Dialogue") are still a meeting.
const JOINT_OWN = re('u')`\sand(?!${OWN_MINISTER})\s+[^;:]*?\s(?!(?:held|hold|met|meet|agreed|agree|signed|sign|co-chair(?:ed)?|chair(?:ed)?)$)\p{L}+$`;
const SPOUSE = /^(?:the\s+)?(?:First\s+(?:Lady|Gentleman)|Queen|Princess|Duchess|Lady|Prince\s+Consort)\b/;
// "the two presidents will hold a bilateral meeting", "the two leaders held talks": the traveller and a counterpart meet.
const THE_TWO =
  /\b[Tt]he\s+two\s+(?:leaders|[Pp]residents|heads\s+of\s+(?:state|government)|[Pp]rime\s+[Mm]inisters|[Pp]remiers|[Cc]hancellors)\s+(?:(?:will|would|are\s+(?:expected|due|scheduled|set)\s+to|then|also|later|first|jointly)\s+)*(?:held|hold|met|meet|discussed|discuss)\b/gu;
// "at the invitation of President Gustavo Petro", "at the invitation of his Russian counterpart Vladimir Putin": whom the visit is to.
const INVITATION = /\binvitation\s+of\s+(?:(?:his|her|their)\s+(?:\p{L}+\s+)?counterparts?,?\s+)?((?:the\s+)?\p{Lu}[^,;.()]*?)(?=[,;.()]|\s+(?:for|to|and|on|from|in|at|during)\s|$)/gu;
// ", whom he will also meet", ", with whom Putin will hold separate talks": the people just named are met.
const WHOM = /,\s*(?:with\s+)?whom\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:(?:will|would|also|then|later)\s+)*(?:meet|met|hold|held|talk|talked|sign|signed)\b/gu;
// "He did not meet …", "no meeting with … is planned", "will not be received by", "has no plans to meet": right before the words of a
// meeting, a negation says there is none.
const NEGATED = /(?:\bnot|n[’']t|\bnever|\bno(?:\s+plans?\s+to)?)\s+(?:(?:be|been|have|also|yet|formally|officially|expected\s+to|scheduled\s+to|planning\s+to|plan\s+to|going\s+to)\s+)*$/i;
/** Whether the words of a meeting open their clause as its subject ("A courtesy call on …", "The planned talks with …"), not a verb's object ("He will meet …"). */
const isSubject = (before: string) => !/\b(?:he|she|they|we|I|will|would|shall|is|are|was|were|has|have|had|to)\b/i.test(before.split(/[;:,–—]|\b(?:and|but|while|after|before)\b/).pop()!);
// "A courtesy call on President X, which had been planned for the afternoon, has been cancelled", "A meeting with Y, planned for
// that day, will not take place": right after the people, a meeting said to be called off is none.
const CANCELLED =
  /^\s*,?\s*(?:(?:which|that|originally|initially|planned|scheduled|set)\b[^,;.]*,\s*)?(?:(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:now|since|also|been|be|later|then)\s+)*(?:cancel+ed|called\s+off|postponed|scrapped|dropped|shelved)\b|(?:will|would|did|does|do|could|can|has|have|had)\s*(?:not|n[’']t)\s+(?:(?:now|be|been)\s+)*(?:take\s+place|taken\s+place|go\s+ahead|gone\s+ahead|happen|happened)\b)/i;
// A surname alone, as a text names its traveller throughout ("met Kerry", "met Mr Lee").
const SURNAME_ONLY = /^(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?\p{Lu}[\p{L}'’-]+$/u;

/**
 * "Vice Premier Ding Xuexiang met Mr Lee", "Kim Jong Un, general secretary of …, met Zhao": the subject who meets a surname
 * alone, named in full with a title or an office set off by commas, is a host. A subject without a title or with one name
 * ("President Yoon met Kishida") is taken for the traveller and gives none.
 */
function subjectHosts(sentence: string, at: number): MeetingMention['with'] {
  const before = sentence.slice(0, at).replace(/\b(?:also|then|later|separately|jointly)\s+$/, '');
  const appositive = APPOSITIVE.exec(before);
  const clause = /(?:^|[;:]|--|,\s*(?:where|when|and)?|\b(?:where|when|then))\s*([^;:,]*?)\s*$/u.exec(before)?.[1];
  const title = clause ? TITLE_START.exec(clause) : null;
  const [text, start] = appositive ? [appositive[1]!, appositive.index + appositive[0].indexOf(appositive[1]!)] : clause && title ? [clause.slice(title.index), before.lastIndexOf(clause) + title.index] : ['', 0];
  if (!text) return [];
  return participants(text, start).filter((w) => w.participant.kind === 'person' && typeof w.participant.name === 'string' && w.participant.name.split(/\s+/).length >= 2 && (!!w.participant.role || !!appositive));
}

/**
 * The one person a text says the visit is at the invitation of ("at the invitation of President Gustavo Petro"), with a title;
 * `undefined` when it names none, or several (several hosts, several visits).
 * @example
 * invitingHost(['Lula travels to Bogotá at the invitation of President Gustavo Petro.'])?.participant.name; // 'Gustavo Petro'
 */
export function invitingHost(texts: readonly string[]): MeetingMention['with'][number] | undefined {
  const hosts = texts.flatMap((t) => [...t.matchAll(INVITATION)].flatMap((m) => participants(m[1]!, 0))).filter((w) => w.participant.kind === 'person' && !!w.participant.role);
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** "co-chaired the Bi-National Commission with": the name of what is co-chaired, in capitalised words. */
const CO_CHAIRED = /^[Cc]o-chair(?:ed|s)?\s+the\s+((?:\d+(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|on|for|and|the|\p{Lu}[\p{L}'’-]*))*)\s+with\s+$/u;

/**
 * Finds meetings ("met with the Director General of …, Mr Wang Wei"), site visits
 * ("visited the Yangshan Automated Terminal") and events ("attended the experience day")
 * in one sentence.
 * @example
 * findMeetings('She met with the Mayor of Osaka, Mr Hideyuki Yokoyama.')[0].with[0].participant;
 * // { name: 'Hideyuki Yokoyama', role: 'Mayor', organisation: 'Osaka', kind: 'person' } ("the Mayor of the City of Osaka": role 'Mayor of the City of Osaka')
 */
export function findMeetings(sentence: string): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of sentence.matchAll(MEET)) {
    if (NEGATED.test(sentence.slice(0, m.index))) continue;
    const start = m.index + m[0].length;
    const whole = phraseAfter(sentence, start, OBJECT_END);
    const next = DATED_PLACE.test(sentence.slice(0, m.index)) ? NEXT_DATED_PLACE.exec(sentence.slice(start)) : null;
    // A comma the stop left at the end ("X, and on 8 July …") is the next gap's, not the people's.
    let listed = (next && next.index < whole.length ? whole.slice(0, next.index) : whole).replace(/,$/, '');
    // "Secretary Blinken will be joined by Secretary of Defense Lloyd J. Austin III.": joined, with nothing after the people (no
    // place, no day, no act), says who travels along, not whom the traveller meets.
    if (/\bjoined\s+by\s+$/.test(m[0]) && /^[\s.]*$/.test(sentence.slice(start + listed.length))) continue;
    // "She was briefed by officials on the situation before departure": a briefing before the traveller leaves home is no meeting
    // at a stop; one on the way is ("In Kyiv she was briefed by the Minister of Defence, X, before leaving Kyiv").
    // "Before departing for Kyiv, she was briefed by X in Warsaw": a place the briefing is in, named, puts it on the way.
    if (/\bbriefed\b/.test(m[0]) && BRIEFED_AT_HOME.test(sentence) && !/\sin\s+\p{Lu}/u.test(sentence.slice(m.index))) continue;
    const given = /^(?:hand|present|deliver)/i.test(m[0]) ? GIVEN_TO.exec(sentence.slice(start)) : undefined;
    if (given === null || (given && OTHER_GIVER.test(sentence.slice(0, m.index)))) continue;
    // "…, in Ouagadougou Captain Y, and in Niamey General Z": the last of such places ends no object at its "and".
    // "welcomed by King X on 21 November, and on 22 November Prime Minister Y": the day that ended the first person's phrase is theirs.
    const day = /^\s+on\s+\d{1,2}\s+\p{Lu}\p{Ll}+(?=,)/u.exec(sentence.slice(start + listed.length));
    if (day && GAPPED_AT.test(sentence.slice(start + listed.length + day[0].length))) listed += day[0];
    for (let g = GAPPED_AT.exec(sentence.slice(start + listed.length)); g; g = GAPPED_AT.exec(sentence.slice(start + listed.length))) {
      const from = start + listed.length + g[0].length;
      listed = `${sentence.slice(start, from)}${phraseAfter(sentence, from, OBJECT_END)}`;
    }
    // "In Bamako he will meet X, in Ouagadougou Captain Y, and in Niamey General Z": the verb left out, each place with whom is met there.
    const gaps = [...listed.matchAll(GAPPED)];
    const phrase = given?.[0] ?? (gaps.length ? listed.slice(0, gaps[0]!.index) : listed);
    gaps.forEach((g, k) => {
      const from = start + g.index + g[0].length;
      const to = start + (gaps[k + 1]?.index ?? listed.length);
      // "…, and on Tuesday Foreign Minister Y will fly to Lima": a verb after the people makes them its subject, not met.
      if (/^\s+(?:will|would|shall|is|are|was|were|has|have|had)\s/.test(sentence.slice(to))) return;
      const people = participants(sentence.slice(from, to), from).filter((w) => w.participant.kind === 'person');
      if (people.length) out.push(meetingWith(people, start + g.index + g[0].search(/\b(?:in|at|on)\b/), to));
    });
    for (let at = start + listed.length, l = LISTED_AFTER_DAY.exec(sentence.slice(at)); l; l = LISTED_AFTER_DAY.exec(sentence.slice(at))) {
      const from = at + l[0].length;
      const next = phraseAfter(sentence, from, OBJECT_END);
      at = from + next.length;
      // "…, and President Y will host a dinner": a verb after the people makes them its subject, not met.
      if (/^\s+(?:will|would|shall|is|are|was|were|has|have|had)\s/.test(sentence.slice(at)) || (!l[1] && !/\s(?:in|at)\s+\p{Lu}/u.test(next))) break;
      const people = participants(next, from).filter((w) => w.participant.kind === 'person');
      if (!people.length) break;
      out.push({ ...meetingWith(people, from, at), ownDay: true });
    }
    // Whom, not what: a name, people, or a body named in lower case ("meet the regional transport
    // board", not "meet the needs of the board").
    if (!/[\p{Lu}]|representatives|officials|members|leaders|students|^(?:the\s+)?(?:young\s+people|youth|community|diaspora)\b/u.test(phrase) && !ORG_HEAD.test(phrase)) continue;
    // "the 23rd Meeting of the Council", "Meeting on 15 May": a meeting's name, not whom it is with.
    if (/^(?:of|on|in|at|for|to|and|with|from|by|will|was|is)\b/.test(phrase)) continue;
    // "a reception hosted by the New Zealand Embassy": a body that hosts is the event's organiser, not someone met (a host who is a person is).
    // "to announce, with President X and Prime Minister Y, the next stage": after an act's verb the people set off by commas, not its object.
    // "hand over the documents to Prime Minister X, thirty years after …": a thing given, then only people are whom it is given to.
    const commaWith = /^to\s/i.test(m[0]) || /^(?:hand|present|deliver)/i.test(m[0]);
    const withList = participants(phrase, start).filter(
      (w) => (!commaWith || w.participant.kind === 'person') && (!/\bhosted\b/i.test(m[0]) || w.participant.kind === 'person' || !HOST_BODY.test(String(w.participant.name))),
    );
    if (!withList.length || (CANCELLED.test(sentence.slice(start + phrase.length)) && isSubject(sentence.slice(0, m.index)))) continue;
    const hosts = /^(?:met|meets?|h(?:eld|olds?)|ha[ds]|have)\b/i.test(m[0]) && withList.length === 1 && !withList[0]!.participant.role && SURNAME_ONLY.test(nameOf(withList[0]!.participant)) ? subjectHosts(sentence, m.index) : [];
    const all = [...hosts, ...withList];
    out.push(meetingWith(all, hosts[0]?.start ?? m.index, start + phrase.length, CO_CHAIRED.exec(m[0])?.[1]));
  }
  // "where President Joe Biden and First Lady Jill Biden will host him": the hosts are the subject.
  for (const m of sentence.matchAll(HOSTS)) {
    if (NEGATED.test(sentence.slice(0, m.index + /^\s*(?:(?:will|to|then|also)\s+)*/.exec(m[0])![0].length))) continue;
    // "the President of the Republic of Kenya, William Ruto, will receive him": an office with its holder set off by commas.
    const appositive = APPOSITIVE.exec(sentence.slice(0, m.index));
    const office = appositive && /^(?:the\s+)?\p{Lu}/u.test(appositive[2]!) && isHolder(appositive[3]!) ? describe(appositive[2]!) : undefined;
    if (appositive && office?.role && !office.rest) {
      const start = appositive.index + appositive[0].indexOf(appositive[1]!);
      const withList = participants(appositive[1]!, start).filter((w) => w.participant.kind === 'person');
      if (withList.length) out.push(meetingWith(withList, start, m.index + m[0].length));
      continue;
    }
    // "where President Joe Biden, a Pennsylvania-born former senator, will host him": a titled holder, then what he is in lower case.
    if (appositive && /^(?:an?|the)\s/.test(appositive[3]!) && /\s(?!the\b|and\b|for\b)\p{Ll}{3,}/u.test(appositive[3]!) && TITLE_START.test(appositive[2]!)) {
      const start = appositive.index + appositive[0].indexOf(appositive[2]!);
      const withList = participants(appositive[2]!, start).filter((w) => w.participant.kind === 'person' && !!w.participant.role);
      if (withList.length) out.push(meetingWith(withList, start, m.index + m[0].length));
      continue;
    }
    const clause = /(?:^|[;:]|,\s*(?:where|when|and)?|\b(?:where|when|then))\s*([^;:,]*?)$/u.exec(sentence.slice(0, m.index));
    if (!clause?.[1] || !/^(?:the\s+)?\p{Lu}/u.test(clause[1])) continue;
    const title = TITLE_START.exec(clause[1]);
    const subject = /^(?:the\s+)?(?:him|her|them|he|she|they)\b/i.test(m[0]) || !title ? clause[1] : clause[1].slice(title.index);
    const start = m.index - subject.length;
    // "President João Lourenço of Angola received Kagame": with a surname alone received (the traveller, as texts name one), only
    // a host named in full (a title and two names) is taken, as "Vice Premier X met Mr Lee" (`subjectHosts`).
    const surname = /\s\p{Lu}\p{Ll}+$/u.test(m[0]) && !/\s(?:President|Premier|Chancellor|King|Queen|Emperor|Sultan|Emir|Pope|Mr|Ms|Mrs|Dr)$/.test(m[0]);
    const withList = participants(subject.replace(/\s+$/, ''), start).filter(
      (w) => (w.participant.kind === 'person' || (w.participant.role && title)) && (!surname || (!!w.participant.role && String(w.participant.name).split(/\s+/).length >= 2)),
    );
    if (withList.length) out.push(meetingWith(withList, start, m.index + m[0].length));
  }
  // "Yoon and Japanese Prime Minister Shigeru Ishiba held their first summit", "he and President X agreed": the titled partner.
  for (const m of sentence.matchAll(JOINT)) {
    const subject = m[1]!.replace(/,$/, '');
    const title = TITLE_START.exec(subject);
    const start = m.index + m[0].indexOf(m[1]!) + (title?.index ?? 0);
    if (!title || out.some((o) => o.kind === 'meeting' && start < o.end && o.start < m.index + m[0].length)) continue;
    if (JOINT_OWN.test(m[0])) continue;
    // "he and First Lady X will open", "The King and Queen Camilla will lay": a spouse acts with the traveller, not a host.
    if (SPOUSE.test(subject.slice(title.index))) continue;
    const withList = participants(subject.slice(title.index), start).filter((w) => w.participant.kind === 'person' && !!w.participant.role);
    if (withList.length) out.push(meetingWith(withList, start, m.index + m[0].length));
  }
  // "the two presidents will hold a bilateral meeting": the counterpart, unnamed here, is met (`invitingHost` may name them).
  for (const m of sentence.matchAll(THE_TWO)) {
    if (out.some((o) => o.kind === 'meeting')) continue;
    out.push({ kind: 'meeting', title: 'Meeting', with: [], counterpart: true, start: m.index, end: m.index + m[0].length });
  }
  // "chaired by the Prime Minister of X, B, whom he will also meet": the people before "(with) whom", from the last "by" or "with".
  for (const m of sentence.matchAll(WHOM)) {
    const lead = [...sentence.slice(0, m.index).matchAll(/\b(?:by|with)\s+/g)].pop();
    if (!lead) continue;
    const start = lead.index + lead[0].length;
    const phrase = sentence.slice(start, m.index);
    if (/[;:]/.test(phrase) || out.some((o) => o.kind === 'meeting' && o.start <= start && start < o.end)) continue;
    const withList = participants(phrase, start).filter((w) => w.participant.kind === 'person' && !!w.participant.role);
    if (withList.length) out.push(meetingWith(withList, start, m.index + m[0].length));
  }
  for (const [re, kind] of [[SITE, 'visit'], [EVENT, 'event'], [JOURNEY_FOR, 'event']] as const) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index + m[0].length;
      if (out.some((o) => start >= o.start && start < o.end)) continue;
      const phrase = stripThe(phraseAfter(sentence, start, PHRASE_END).replace(/^an?\s+/i, '')).replace(/\s+and$/, '');
      if (phrase.length < 3 || phrase.split(/\s+/).length > 16 || (re === JOURNEY_FOR && !EVENT_HEAD.test(phrase))) continue;
      const title = phrase.charAt(0).toUpperCase() + phrase.slice(1);
      const end = start + phrase.length + (sentence.slice(start).length - sentence.slice(start).replace(/^(?:the|an?)\s+/i, '').length);
      // Its host or organiser, when a body, goes with it: not a meeting of its own (see MEET's "hosted by"), nor lost.
      const host = HOSTED_BY.exec(sentence.slice(end))?.[1]?.replace(/\s+(?:and|of|for|the)$/, '');
      const at = host && HOST_BODY.test(host) ? sentence.indexOf(host, end) : -1;
      const by = at < 0 ? [] : [{ participant: { name: host!, kind: 'organisation' as const }, start: at, end: at + host!.length }];
      out.push({ kind, title, with: by, start: m.index, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// The words of a style, each alone ("His Excellency", "the Right Honourable"), before a name.
const STYLE_WORD = /^(?:His|Her|Their|Excellency|Majesty|Highness|Royal|Holiness|Right|Honourable|Honorable|Hon\.?)$/;
// An office set off by a comma right before a name: "the Federal Chancellor, ", "which the President of the French Republic, ".
const OFFICE_BEFORE = new RegExp(
  `(?:^|[,;:(\\n.]\\s*|\\b\\p{Ll}+\\s+)(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+)*(?:${ROLE_WORDS.source.slice(4, -2)})(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[^,;:.]*)?,\\s*$`,
  'u',
);

const BODY_WORD = /^(?:Council|Committee|Commission|Assembly|Congress|Parliament|Party|Office|Ministry|Department|Bureau|Agency|Government|Republic|Kingdom|Union|Federation)$/;

/**
 * A person named by surname alone ("President Macron") with the fuller name the text gives
 * elsewhere ("President Emmanuel Macron"); where the text gives two people of that surname,
 * the one with the same title (`role`); else the name itself.
 * @example
 * fullName('Macron', ['At the invitation of President Emmanuel Macron.']); // 'Emmanuel Macron'
 * fullName('Biden', ['President Joseph R. Biden and First Lady Jill Biden'], 'President'); // 'Joseph R. Biden'
 */
export function fullName(name: string, texts: readonly string[], role?: string, strict = false): string {
  if (!/^[\p{Lu}][\p{L}'’-]+$/u.test(name)) return name;
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]*\\.?\\s+){1,4})${name}\\b`, 'gu');
  const found = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      // Only the words right before the surname, after any title: "President Emmanuel" gives "Emmanuel", "His Excellency Olaf" "Olaf".
      const words = m[1]!.trim().split(/\s+/);
      let k = words.length;
      while (k > 0 && !ROLE_WORDS.test(words[k - 1]!) && !HONORIFIC.test(`${words[k - 1]!} `) && !STYLE_WORD.test(words[k - 1]!)) k--;
      const before = text.slice(0, m.index);
      // "the President of the French Republic, Emmanuel Macron": a name set off after an office is titled too, by that office.
      const office = k > 0 ? undefined : OFFICE_BEFORE.exec(before)?.[0];
      // `strict`: only a title or an office says it is a person's name ("Premier of Western Australia" does not).
      const titled = k > 0 || !!office || (!strict && m.index > 0 && /\p{Ll}\s$/u.test(before));
      // "Vice Premier of the State Council Ding", "the European Council Charles Michel": a body's words before the name are not the name's.
      k = Math.max(k, ...words.map((w, i) => (BODY_WORD.test(w) ? i + 1 : 0)));
      if (!titled || k >= words.length) continue;
      const full = `${words.slice(k).join(' ')} ${name}`;
      const titles = office ? office.split(/[\s,]+/).filter((w) => ROLE_WORDS.test(w)) : words.slice(0, k);
      found.set(full, new Set([...(found.get(full) ?? []), ...titles]));
    }
  }
  // Two people with that surname ("Penny Wong", "Lawrence Wong"): the title may tell which.
  const last = role?.split(/\s+/).pop();
  // "Sultan Ibrahim" beside "Prime Minister Anwar Ibrahim": a monarch's name is whole, not another's surname.
  if (found.size === 1) return last && STYLED.test(last) && ![...found.values()][0]!.has(last) ? name : [...found.keys()][0]!;
  const titled = [...found].filter(([, titles]) => last && titles.has(last));
  return titled.length === 1 ? titled[0]![0] : name;
}

/**
 * The holder of an office named by its title alone ("the Sultan", "His Majesty the King"): the one
 * name the text writes after that title ("Sultan Haji Hassanal Bolkiah"); `undefined` when it writes none, or several.
 * @example
 * officeHolder('the Sultan', ['At the invitation of His Majesty Sultan Haji Hassanal Bolkiah.']); // 'Sultan Haji Hassanal Bolkiah'
 */
export function officeHolder(name: string, texts: readonly string[]): string | undefined {
  const title = name.replace(HONORIFIC, '').replace(/^the\s+/i, '').trim();
  if (!title || !title.split(/\s+/).every((w) => ROLE_WORDS.test(w))) return undefined;
  const re = new RegExp(`\\b${title}\\s+((?:[\\p{Lu}][\\p{L}'’-]*\\.?\\s+){0,3}[\\p{Lu}][\\p{L}'’-]+)`, 'gu');
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const words = m[1]!.split(/\s+/);
      if (!words.some((w) => ROLE_WORDS.test(w) || /^(?:of|and|the)$/i.test(w))) found.add(`${title} ${m[1]!}`);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
