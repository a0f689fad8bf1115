// The extractor's verb patterns are composed from one list of verb forms (src/extract/verbs.ts). A pure refactor:
// each composed pattern is held here to the literal it replaced, pasted as it was, so that any drift in a fragment
// fails; and random sentences of verb forms show each one matches where, and what, its literal did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARRIVED_ON } from '../../src/extract/arrival-day';
import { ARRIVED_HERE, ARRIVED_THEN_IN, DEPART_FOR, TRAVEL_TO, VISIT_CUE } from '../../src/extract/find-places';
import { CLAUSE_BREAK, CUES } from '../../src/extract/modes';
import { UNPLACED } from '../../src/extract/place-warnings';
import { DEPART, RETURN } from '../../src/extract/sentences';
import { LANDS } from '../../src/extract/stops';
import * as verbs from '../../src/extract/verbs';
import {
  ARRIVE,
  ARRIVE_WORD,
  COMES_BACK,
  COMES_FROM,
  DEPART_WORD,
  EVENT_VERB,
  HOME_WORD,
  LANDS_HOME,
  LEAVES,
  LEAVES_FOR,
  LEAVES_FROM,
  RETURN_WORD,
  SITE_VERB,
} from '../../src/extract/visit-words';

const cue = (mode: string) => CUES.find(([m]) => m === mode)![1];
const flightCue = cue('flight');
const seaCue = cue('sea');

// [where the pattern lives, the composed pattern, the literal it replaced]
const PATTERNS: [string, RegExp, RegExp][] = [
  ['arrival-day ARRIVED_ON', ARRIVED_ON,
    /\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down|reach(?:es|ed)?)\s+(?:there\s+|in\s+\p{Lu}[\p{L}-]*\s+)?(?:(?:on|at|in)\s+)?(?:the\s+)?(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+(?:of\s+)?)?$/iu],
  ['find-places VISIT_CUE', VISIT_CUE,
    /\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|tour(?:s|ed|ing)?(?:\s+of)?|travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?to|arriv(?:e|es|ed|ing|al)\s+(?:in|at)|depart(?:s|ed|ing|ure)?\s+(?:for|to)|leav(?:e|es|ing)\s+for|left\s+for|head(?:s|ed|ing)?\s+(?:to|for)|fl(?:y|ew|ies|ying)\s+(?:in)?to|proceed(?:s|ed|ing)?\s+to|go(?:es)?\s+to|went\s+to|mov(?:e|es|ed|ing)\s+on\s+to|stop(?:s|ped)?\s+(?:over\s+)?(?:in|at)|return(?:s|ed|ing)?\s+to|back\s+(?:to|in)|bound\s+for|via|(?:and\s+)?then\s+to|and\s+to|go(?:es)?\s+on\s+to|went\s+on\s+to|(?:will\s+)?be\s+in|(?:is|are|was|were)\s+(?:now\s+)?in|(?:stop|leg|stage|destination|port\s+of\s+call)\s+(?:is|was|will\s+be|would\s+be)|continu(?:e|es|ed)\s+to|call(?:s|ed)?\s+at|inspect(?:s|ed|ing)?|reach(?:es|ed)?|journey\s+to|mission\s+to|(?:train|flight|drive|ferry|transfer|helicopter|motorcade|return)\s+(?:back\s+)?(?:by\s+[a-z-]+\s+)?to|delegation\s+to|stay(?:s|ed)?\s+in|land(?:s|ed|ing)?\s+(?:in|at)|touch(?:es|ed|ing)?\s+down\s+(?:in|at)|(?:expected|due)\s+(?:back\s+)?(?:in|at)|home\s+to)\s+(?:the\s+)?$/i],
  ['find-places DEPART_FOR', DEPART_FOR,
    /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing|ure)?|set(?:s|ting)?\s+off|[ey]mplan(?:e|es|ed|ing)|head(?:s|ed|ing)?|board(?:s|ed|ing)?|embark(?:s|ed|ing)?|t(?:ake|akes|ook|aking)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:flight|train|plane|ferry|boat|helicopter))\b[^.;]{0,60}\bfor\s+(?:the\s+)?$/i],
  ['find-places TRAVEL_TO', TRAVEL_TO,
    /\b(?:fl(?:y|ew|ies|ying)|travel(?:s|led|ed|ling|ing)?|go(?:es)?|went|head(?:s|ed|ing)?|dr(?:ive|ove|ives|iving)|sail(?:s|ed|ing)?|cross(?:es|ed|ing)?|journey(?:s|ed)?|mov(?:e|es|ed|ing)|t(?:ake|akes|ook|aking)|r(?:ide|ode|ides)|board(?:s|ed|ing)?|catch(?:es)?|caught|continu(?:e|es|ed|ing)|proceed(?:s|ed|ing)?)\b[^.;]{0,60}?\bto\s+(?:the\s+)?$/i],
  ['find-places ARRIVED_THEN_IN', ARRIVED_THEN_IN,
    /\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|touch(?:es|ed|ing)?\s+down)\s+(?:(?!and\b|to\b|for\b|with\b|where\b|who\b|which\b|after\b|before\b)[\p{L}\d]+\s+){1,5}?(?:in|at)\s+(?:the\s+)?$/iu],
  ['find-places ARRIVED_HERE (was inline in findPlaces)', ARRIVED_HERE,
    /\b(?:arriv(?:e|es|ed)|land(?:s|ed)|touch(?:es|ed)\s+down)\s+here\b/i],
  ['visit-words ARRIVE', ARRIVE,
    /\barriv(?:e|es|ed|ing)\b|\b(?:travel(?:s|led|ed|ling)?|fl(?:y|ew|ies|ying)|head(?:s|ed)?|proceed(?:s|ed)?|mov(?:e|es|ed)\s+on)\s+(?:on\s+)?to\b|\b(?:depart(?:s|ed)?|leav(?:e|es)|left)\s+for\b/i],
  ['visit-words EVENT_VERB', EVENT_VERB,
    /\b(?:met|meet|visit|attend|tour|call|held|hold|sign|witness|spoke|speak|address|deliver|inspect|join|launch|open|host|participat|officiat|stay|spen[dt]|arriv|view|receiv|welcom|exchang|interact|learn|see|saw|observ|lead|led|celebrat|unveil|lay|laid|give|gave|brief|talk|guest\s+of\s+honou?r|t(?:ake|akes|ook|aking)\s+part|(?:be|is|are|was|were)\s+present|audience|talks|lunch|dinner|banquet|reception|ceremony|wreath)/i],
  ['visit-words COMES_BACK', COMES_BACK,
    /\b(?:return(?:s|ed|ing)?|back)\s+(?:to|in)\s+(?:the\s+)?$/i],
  ['visit-words HOME_WORD', HOME_WORD,
    /\b(?:return(?:s|ed|ing)?|back|fl(?:y|ew|ies|ying)|head(?:s|ed|ing)?|travel(?:s|led|ling)?)\s+home\b/i],
  ['visit-words ARRIVE_WORD', ARRIVE_WORD,
    /\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?\s+(?:in|at)|touch(?:es|ed|ing)?\s+down|reach(?:es|ed)?)\b/i],
  ['visit-words DEPART_WORD', DEPART_WORD,
    /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\b/i],
  ['visit-words RETURN_WORD', RETURN_WORD,
    /\b(?:return(?:s|ed|ing)?|(?:fl(?:y|ew|ies|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|c(?:o|a)me)\s+back|back\s+(?:to|in|home))\b/i],
  ['visit-words SITE_VERB', SITE_VERB,
    /\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|inspect(?:s|ed|ing)?|call(?:s|ed)?\s+at|view(?:s|ed)?|went\s+to|arriv(?:e|es|ed))\b/i],
  ['visit-words LANDS_HOME', LANDS_HOME,
    /\b(?:land(?:s|ed)|touch(?:es|ed)\s+down|(?:arriv(?:es|ed)|welcomed)\s+back)\b/i],
  ['visit-words LEAVES (was inline in visits.ts, leavesElsewhere)', LEAVES,
    /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?)\s+(?:the\s+)?$/i],
  ['visit-words LEAVES_FROM (was inline in stops.ts, leavesLast)', LEAVES_FROM,
    /\b(?:leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?)\s+(?:the\s+)?$/i],
  ['visit-words COMES_FROM (was inline in visits.ts, left)', COMES_FROM,
    /\b(?:from|leav(?:e|es|ing)|left|depart(?:s|ed|ing)?(?:\s+from)?)\s+(?:the\s+)?$/i],
  ['visit-words LEAVES_FOR (was inline in visits.ts, bound)', LEAVES_FOR,
    /\b(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left)\s+for\s+(?:the\s+)?$/i],
  ["modes CUES 'flight'", flightCue,
    /\b(?:fl(?:y|ew|ies|own)|flying(?!\s+visit)|by\s+(?:air|plane|air\s?craft|jet|helicopter)|flights?|(?:air|aero)?planes?|air\s?craft|(?:jet|airliner|helicopter|Boeing|Airbus|Air\s+Force\s+One)|airlift(?:ed)?|[ey]mplan(?:e|es|ed|ing)|jet(?:s|ted)\s+(?:out|off|in)|land(?:s|ed|ing)(?=\s+(?:at|in|on)\b)|touch(?:es|ed|ing)?\s+down)\b|乘飞机|飞抵|搭乘航班|乘专机/giu],
  ["modes CUES 'sea'", seaCue,
    /\b(?:by\s+(?:sea|ferry|boat|ship|vessel)|ferry|ships?|vessel|yacht|catamaran|sail(?:s|ed|ing)?(?=\s+(?:to|for|from|across|into|back|on)\b))\b|乘船|渡轮/giu],
  ['modes CLAUSE_BREAK', CLAUSE_BREAK,
    /;|\band\s+(?=return(?:s|ed|ing)?\b)|,\s*(?:and\s+)?then\b|,\s*and\s+(?=(?:on|from|the\s+(?:next|following)|later|afterwards)\b)|\band\s+then\b|\bbefore\b|\bafter\b(?!\s+(?:an?|the|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:flight|drive|ride|journey|crossing|voyage|sail))|\bthen\b/giu],
  ['stops LANDS', LANDS,
    /\b(?:touch(?:es|ed)?\s+down|land(?:s|ed)?|arriv(?:es|ed))\b/i],
  ['sentences DEPART', DEPART,
    /\b(?:depart(?:s|ed|ing|ure)?|leav(?:e|es|ing)|left|set(?:s)?\s+(?:off|out)|beg(?:an|in|ins|inning)|start(?:s|ed|ing)?|embark(?:s|ed|ing)?|commenc(?:e|es|ed|ing)|kick(?:s|ed)?\s+off|(?:jet(?:s|ted)?|fl(?:y|ew|ies))\s+out)\b/i],
  ['sentences RETURN', RETURN,
    /\b(?:return(?:s|ed|ing)?|back\s+(?:to|in|home)|(?:flight|journey|trip|way)\s+home|(?:fl(?:y|ew|ies|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|travel(?:s|led|ling)?|sail(?:s|ed|ing)?)\s+home|(?:expected|due)\s+(?:back\s+|home\s+)?(?:in|at)\b|conclud(?:e|es|ed|ing)|end(?:s|ed)?\s+(?:her|his|their|the)\s+(?:visit|trip|tour))\b/i],
  ['place-warnings UNPLACED', UNPLACED,
    /\b(?:[Vv]isits?\s+to|[Tt]rip\s+to|travel(?:s|led|ed)?\s+to|arriv(?:e|es|ed)\s+in|depart(?:s|ed)?\s+for|fl(?:y|ies|ew)\s+to|dr(?:ive|ives|ove)\s+to|(?:train|flight|transfer)\s+to|(?:travel(?:s|led|ed)?|fl(?:y|ies|ew)|dr(?:ive|ives|ove))\s+by\s+(?:air|road|car|train|rail|helicopter|boat)\s+to|head(?:s|ed)?\s+to|proceed(?:s|ed)?\s+to|tour\s+of|left\s+for|leave\s+for)\s+(?:the\s+(?:port|city|town|island|village)\s+of\s+)?((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]*){0,4})/gu],
];

// Every form of the verbs the patterns spell and their look-alikes; the words around them.
const VERB_WORDS = (
  'arrive arrives arrived arriving arrival arrivals land lands landed landing landings touch touches touched touching ' +
  'reach reaches reached reaching visit visits visited visiting visitor tour tours toured touring tourist inspect inspects ' +
  'inspected inspecting call calls called calling fly flew flies flying flown flight flights travel travels travelled ' +
  'traveled travelling traveling head heads headed heading proceed proceeds proceeded proceeding move moves moved moving ' +
  'go goes going went gone come came return returns returned returning depart departs departed departing ' +
  'departure leave leaves leaving left continue continues continued continuing sail sails sailed sailing board boards ' +
  'boarded boarding embark embarks embarked embarking emplane emplanes emplaned emplaning enplanes take takes took taking ' +
  'taken set start began kick jet jetted welcomed view viewed drive drove ride rode'
).split(' ');
const OTHER_WORDS = (
  'down back home part off out plane train ferry by air sea road on to in at for from the a here there via then and ' +
  'before after while where will be is was of early morning evening night Friday Paris Rome Kigali Hong Kong port city ' +
  'Air Force One Boeing 乘飞机 飞抵 乘船 渡轮'
).split(' ');
const WORDS = [...VERB_WORDS, ...OTHER_WORDS];
const SEPARATORS = [' ', ' ', ' ', '  ', ', ', '; ', '. ', '-', '\n'];
const word = fc.oneof(fc.constantFrom(...VERB_WORDS), fc.constantFrom(...OTHER_WORDS));
const sentence = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS), fc.boolean()), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.map(([w, sep, cap]) => (cap ? w[0]!.toUpperCase() + w.slice(1) : w) + sep).join(''));

/** Every match of a pattern in a text, as [index, text], as `matchAll` with the pattern's own flags plus `g` finds them. */
const matches = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index, m[0]]);

describe('the verb patterns composed from one list of verb forms', () => {
  it.each(PATTERNS)('%s has the source and flags of the literal it replaced', (_where, composed, literal) => {
    expect(composed.source).toBe(literal.source);
    expect(composed.flags).toBe(literal.flags);
  });

  it('matches random sentences of verb forms where, and as, each literal did', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        for (const [where, composed, literal] of PATTERNS) {
          // The anchored patterns read the words right before a place: try the sentence up to the end of each word and each space.
          for (const end of [...text.matchAll(/\S(?=\s|$)|\s/g)].map((m) => m.index + 1)) {
            const part = text.slice(0, end);
            expect(matches(composed, part), `${where} on ${JSON.stringify(part)}`).toEqual(matches(literal, part));
            expect(composed.test(part), where).toBe(literal.test(part));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Each family's fragments: the words the full one takes, and for each narrower fragment the forms it leaves out.
const FAMILIES: [string, string[], [string, string[]][]][] = [
  ['ARRIVE', ['arrive', 'arrives', 'arrived', 'arriving'], [['ARRIVE_OR_ARRIVAL', []], ['ARRIVE_NO_ING', ['arriving']], ['ARRIVES_ARRIVED', ['arrive', 'arriving']]]],
  ['LAND', ['land', 'lands', 'landed', 'landing'], [['LAND_NO_ING', ['landing']], ['LANDS_LANDED', ['land', 'landing']], ['LAND_INFLECTED', ['land']]]],
  ['TOUCH_DOWN', ['touch down', 'touches down', 'touched down', 'touching down'], [['TOUCH_DOWN_NO_ING', ['touching down']], ['TOUCHES_TOUCHED_DOWN', ['touch down', 'touching down']]]],
  ['REACH', ['reach', 'reaches', 'reached'], []],
  ['VISIT', ['visit', 'visits', 'visited', 'visiting'], []],
  ['TOUR', ['tour', 'tours', 'toured', 'touring'], []],
  ['INSPECT', ['inspect', 'inspects', 'inspected', 'inspecting'], []],
  ['CALL_AT', ['call at', 'calls at', 'called at'], []],
  ['FLY', ['fly', 'flew', 'flies', 'flying'], [['FLY_NO_ING', ['flying']]]],
  ['TRAVEL', ['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'], [['TRAVEL_NO_TRAVELING', ['traveling']], ['TRAVEL_NO_ING', ['travelling', 'traveling']], ['TRAVEL_BRITISH', ['traveled', 'traveling']]]],
  ['HEAD', ['head', 'heads', 'headed', 'heading'], [['HEAD_NO_ING', ['heading']]]],
  ['PROCEED', ['proceed', 'proceeds', 'proceeded', 'proceeding'], [['PROCEED_NO_ING', ['proceeding']]]],
  ['MOVE', ['move', 'moves', 'moved', 'moving'], [['MOVE_NO_ING', ['moving']]]],
  ['GO', ['go', 'goes'], [['GO_OR_GOING', []]]],
  ['CONTINUE', ['continue', 'continues', 'continued', 'continuing'], [['CONTINUE_NO_ING', ['continuing']]]],
  ['SAIL', ['sail', 'sails', 'sailed', 'sailing'], []],
  ['BOARD', ['board', 'boards', 'boarded', 'boarding'], []],
  ['EMBARK', ['embark', 'embarks', 'embarked', 'embarking'], []],
  ['EMPLANE', ['emplane', 'emplanes', 'emplaned', 'emplaning'], []],
  ['TAKE', ['take', 'takes', 'took', 'taking'], []],
  ['RETURN', ['return', 'returns', 'returned', 'returning'], []],
  ['DEPART', ['depart', 'departs', 'departed', 'departing'], [['DEPART_OR_DEPARTURE', []], ['DEPART_NO_ING', ['departing']]]],
  ['LEAVE', ['leave', 'leaves', 'leaving'], [['LEAVE_NO_ING', ['leaving']]]],
];
const fragment = (name: string) => (verbs as unknown as Record<string, string>)[name]!;
const whole = (name: string) => new RegExp(`^(?:${fragment(name)})$`, 'i');

describe('the verb families', () => {
  it.each(FAMILIES)('%s takes each of its forms and no other of the words', (name, forms) => {
    expect(forms.filter((f) => !whole(name).test(f))).toEqual([]);
    expect(WORDS.filter((w) => whole(name).test(w) && !forms.includes(w))).toEqual([]);
  });

  it.each(FAMILIES.flatMap(([name, forms, narrower]) => narrower.map(([n, leaves]) => [n, name, forms, leaves] as const)))(
    '%s takes the forms of %s but the ones it leaves out',
    (narrow, _family, forms, leaves) => {
      expect(forms.filter((f) => whole(narrow).test(f))).toEqual(forms.filter((f) => !leaves.includes(f)));
    },
  );

  it('reads each composite as the families it names', () => {
    expect(verbs.ARRIVAL).toBe(`${verbs.ARRIVE}|${verbs.LAND}|${verbs.TOUCH_DOWN}`);
    expect(verbs.LANDED).toBe(`${verbs.LANDS_LANDED}|${verbs.TOUCHES_TOUCHED_DOWN}`);
    expect(verbs.LEAVING).toBe(`${verbs.LEAVE}|left|${verbs.DEPART}`);
  });

  it('builds a pattern from regex source written as in a literal', () => {
    expect(verbs.re('iu')`\b(?:${verbs.REACH})\s+\p{Lu}$`).toEqual(/\b(?:reach(?:es|ed)?)\s+\p{Lu}$/iu);
  });
});
