// The verbs of travel that the extractor's patterns read, each family spelled once as a fragment of regular
// expression source. The patterns elsewhere (find-places, visit-words, arrival-day, modes, stops, sentences,
// place-warnings) are composed from these with `re`. Where patterns accept different forms of one verb, each set of
// forms is its own named fragment beside the family's full one, so that the difference is visible here and a
// change to one never reaches another silently. tests/extract/verbs.test.ts holds every composed pattern to the
// literal it replaced.

/**
 * A regular expression from a template of regex source written as in a literal (backslashes kept, as
 * `String.raw` does) with fragments in its holes.
 * @example
 * re('i')`\b(?:${ARRIVE})\b`; // /\b(?:arriv(?:e|es|ed|ing))\b/i
 */
export const re =
  (flags: string) =>
  (source: TemplateStringsArray, ...fragments: string[]): RegExp =>
    new RegExp(String.raw(source, ...fragments), flags);

// Arrival.

/** "arrive", "arrives", "arrived", "arriving". */
export const ARRIVE = 'arriv(?:e|es|ed|ing)';
/** {@link ARRIVE} and the noun "arrival" ("upon arrival in Rome"). */
export const ARRIVE_OR_ARRIVAL = 'arriv(?:e|es|ed|ing|al)';
/** {@link ARRIVE} without "arriving". */
export const ARRIVE_NO_ING = 'arriv(?:e|es|ed)';
/** "arrives", "arrived" only. */
export const ARRIVES_ARRIVED = 'arriv(?:es|ed)';

/** "land", "lands", "landed", "landing". */
export const LAND = 'land(?:s|ed|ing)?';
/** {@link LAND} without "landing". */
export const LAND_NO_ING = 'land(?:s|ed)?';
/** "lands", "landed" only. */
export const LANDS_LANDED = 'land(?:s|ed)';
/** "lands", "landed", "landing": not the bare word, which is also the noun ("by land"). */
export const LAND_INFLECTED = 'land(?:s|ed|ing)';

/** "touch down", "touches down", "touched down", "touching down". */
export const TOUCH_DOWN = String.raw`touch(?:es|ed|ing)?\s+down`;
/** {@link TOUCH_DOWN} without "touching down". */
export const TOUCH_DOWN_NO_ING = String.raw`touch(?:es|ed)?\s+down`;
/** "touches down", "touched down" only. */
export const TOUCHES_TOUCHED_DOWN = String.raw`touch(?:es|ed)\s+down`;

/** "reach", "reaches", "reached". */
export const REACH = 'reach(?:es|ed)?';

/** Arriving, landing or touching down, in all their forms: the words of an arrival that may have a time after them. */
export const ARRIVAL = `${ARRIVE}|${LAND}|${TOUCH_DOWN}`;
/** "landed", "touched down", without their "-ing" and bare forms: a landing told as done or to be done. */
export const LANDED = `${LANDS_LANDED}|${TOUCHES_TOUCHED_DOWN}`;

// Visiting a site.

/** "visit", "visits", "visited", "visiting". */
export const VISIT = 'visit(?:s|ed|ing)?';
/** "tour", "tours", "toured", "touring". */
export const TOUR = 'tour(?:s|ed|ing)?';
/** "inspect", "inspects", "inspected", "inspecting". */
export const INSPECT = 'inspect(?:s|ed|ing)?';
/** "call at", "calls at", "called at". */
export const CALL_AT = String.raw`call(?:s|ed)?\s+at`;

// Travelling on.

/** "fly", "flew", "flies", "flying". */
export const FLY = 'fl(?:y|ew|ies|ying)';
/** {@link FLY} without "flying". */
export const FLY_NO_ING = 'fl(?:y|ew|ies)';
/** "travel", "travels", "travelled", "traveled", "travelling", "traveling". */
export const TRAVEL = 'travel(?:s|led|ed|ling|ing)?';
/** {@link TRAVEL} without the American "traveling". */
export const TRAVEL_NO_TRAVELING = 'travel(?:s|led|ed|ling)?';
/** {@link TRAVEL} without "-ing": "travel", "travels", "travelled", "traveled". */
export const TRAVEL_NO_ING = 'travel(?:s|led|ed)?';
/** {@link TRAVEL} in British spelling only: "travel", "travels", "travelled", "travelling". */
export const TRAVEL_BRITISH = 'travel(?:s|led|ling)?';
/** "head", "heads", "headed", "heading". */
export const HEAD = 'head(?:s|ed|ing)?';
/** {@link HEAD} without "heading". */
export const HEAD_NO_ING = 'head(?:s|ed)?';
/** "proceed", "proceeds", "proceeded", "proceeding". */
export const PROCEED = 'proceed(?:s|ed|ing)?';
/** {@link PROCEED} without "proceeding". */
export const PROCEED_NO_ING = 'proceed(?:s|ed)?';
/** "move", "moves", "moved", "moving". */
export const MOVE = 'mov(?:e|es|ed|ing)';
/** {@link MOVE} without "moving". */
export const MOVE_NO_ING = 'mov(?:e|es|ed)';
/** "go", "goes" (and "went", spelled where it is used). */
export const GO = 'go(?:es)?';
/** {@link GO} and "going". */
export const GO_OR_GOING = 'go(?:es|ing)?';
/** "continue", "continues", "continued", "continuing". */
export const CONTINUE = 'continu(?:e|es|ed|ing)';
/** {@link CONTINUE} without "continuing". */
export const CONTINUE_NO_ING = 'continu(?:e|es|ed)';
/** "sail", "sails", "sailed", "sailing". */
export const SAIL = 'sail(?:s|ed|ing)?';
/** "board", "boards", "boarded", "boarding". */
export const BOARD = 'board(?:s|ed|ing)?';
/** "embark", "embarks", "embarked", "embarking". */
export const EMBARK = 'embark(?:s|ed|ing)?';
/**
 * "emplane", "emplanes", "emplaned", "emplaning": boarding an aircraft. As written, `[ey]` takes "ymplane" too and
 * not "enplane"; kept so, since this change only moves the patterns.
 */
export const EMPLANE = '[ey]mplan(?:e|es|ed|ing)';
/** "take", "takes", "took", "taking" ("took part", "take the train"). */
export const TAKE = 't(?:ake|akes|ook|aking)';
/** "return", "returns", "returned", "returning". */
export const RETURN = 'return(?:s|ed|ing)?';

// Leaving.

/** "depart", "departs", "departed", "departing". */
export const DEPART = 'depart(?:s|ed|ing)?';
/** {@link DEPART} and the noun "departure". */
export const DEPART_OR_DEPARTURE = 'depart(?:s|ed|ing|ure)?';
/** {@link DEPART} without "departing". */
export const DEPART_NO_ING = 'depart(?:s|ed)?';
/** "leave", "leaves", "leaving" (and "left", spelled where it is used). */
export const LEAVE = 'leav(?:e|es|ing)';
/** {@link LEAVE} without "leaving". */
export const LEAVE_NO_ING = 'leav(?:e|es)';
/** Leaving in all its words: "leave", "left", "depart", "departing". */
export const LEAVING = `${LEAVE}|left|${DEPART}`;
