// The words of stage 2 (visits.ts): what a sentence says of travel, arrival, return, events and stays.
import { NUMBER_WORDS } from './tense';

// "arrive in X on D", "travel to X on D": D is the day of arrival, not of leaving too.
export const ARRIVE = /\barriv(?:e|es|ed|ing)\b|\b(?:travel(?:s|led|ed|ling)?|fl(?:y|ew|ies|ying)|head(?:s|ed)?|proceed(?:s|ed)?|mov(?:e|es|ed)\s+on)\s+(?:on\s+)?to\b|\b(?:depart(?:s|ed)?|leav(?:e|es)|left)\s+for\b/i;
/**
 * Words of a sentence that say something happened, or that the traveller is there ("the Guest of
 * Honour at the parade in Paris"): with no place named, it happened where the traveller was.
 */
export const EVENT_VERB = /\b(?:met|meet|visit|attend|tour|call|held|hold|sign|witness|spoke|speak|address|deliver|inspect|join|launch|open|host|participat|officiat|stay|spen[dt]|arriv|view|receiv|welcom|exchang|interact|learn|see|saw|observ|lead|led|celebrat|unveil|lay|laid|give|gave|brief|talk|guest\s+of\s+honou?r|t(?:ake|akes|ook|aking)\s+part|(?:be|is|are|was|were)\s+present|audience|talks|lunch|dinner|banquet|reception|ceremony|wreath)/i;
// "return to Sydney", "came back to Hong Kong": the words right before a place the traveller goes back to;
// "will be back in Amsterdam for the banquet", "Back in Paris on the 21st": any "back to/in".
export const COMES_BACK = /\b(?:return(?:s|ed|ing)?|back)\s+(?:to|in)\s+(?:the\s+)?$/i;
// "… attend a forum before leaving for Kenya": the day is spent where the traveller is.
export const LEAVES_AFTER = /\b(?:before|then)\s+(?:leaving|departing|heading|setting\s+off|flying\s+on)\b/i;
// "before returning home", "flew home": home named by the word alone.
export const HOME_WORD = /\b(?:return(?:s|ed|ing)?|back|fl(?:y|ew|ies|ying)|head(?:s|ed|ing)?|travel(?:s|led|ling)?)\s+home\b/i;
export const ARRIVE_WORD = /\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?\s+(?:in|at)|touch(?:es|ed|ing)?\s+down|reach(?:es|ed)?)\b/i;
export const DEPART_WORD = /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\b/i;
export const RETURN_WORD = /\b(?:return(?:s|ed|ing)?|(?:fl(?:y|ew|ies|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|c(?:o|a)me)\s+back|back\s+(?:to|in|home))\b/i;
// "wrapping up a two-day visit", "concluding his state visit", "left … for home": the sentence ends the stay it names.
export const WRAPS_UP = /\b(?:wrap(?:s|ped|ping)?\s+up|conclud(?:e|es|ed|ing)|round(?:s|ed|ing)?\s+off|end(?:s|ed|ing)|complet(?:e|es|ed|ing))\b[^.;]{0,40}\b(?:visit|trip|tour|stay|mission)\b|\bfor\s+home\b/i;
export const SITE_VERB = /\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?|call(?:s|ed)?\s+at|view(?:s|ed)?|went\s+to|arriv(?:e|es|ed))\b/i;
// "landed at Rome's Fiumicino airport", "was welcomed back at the … Airport": a landing at home ends the trip.
export const LANDS_HOME = /\b(?:land(?:s|ed)|touch(?:es|ed)\s+down|(?:arriv(?:es|ed)|welcomed)\s+back)\b/i;

/** "spend two nights", "stay three days": the nights of a stay, and where the sentence gives them. */
export function stayOf(sentence: string): { nights: number; at: number } | undefined {
  const m = /\b(?:spend(?:s|ing)?|stay(?:s|ing)?(?:\s+for)?)\s+(a|one|two|three|four|five|six|seven|\d)\s+(night|day)s?\b/i.exec(sentence);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return { nights: m[2]!.toLowerCase() === 'night' ? n : Math.max(1, n - 1), at: m.index };
}
