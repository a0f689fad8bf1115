// The verbs of travel that the extractor's patterns read, each family spelled once as a fragment of regular
// expression source. The patterns elsewhere (find-places, visit-words, arrival-day, modes, stops, sentences,
// place-warnings) are composed from these with `re`. Each family is one fragment that every pattern takes whole: a
// form added here is read everywhere. The only other fragments are the two nouns read as cues ("arrival in",
// "departure for"): each says why it exists.
// tests/extract/verbs.test.ts holds every composed pattern to its source.

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
/**
 * {@link ARRIVE} and the noun "arrival", in the words right before a place (find-places.ts VISIT_CUE: "was met on
 * arrival at Beijing West station that night", a programme's "Arrival in Tokyo"). Without the noun these are no visit
 * cue and the days they give are lost: on the tuning texts stated dates fell from 809 to 805 of 846 and stated modes
 * from 134 to 133 of 143.
 */
export const ARRIVE_OR_ARRIVAL = 'arriv(?:e|es|ed|ing|al)';

/** "land", "lands", "landed", "landing". */
export const LAND = 'land(?:s|ed|ing)?';

/** "touch down", "touches down", "touched down", "touching down". */
export const TOUCH_DOWN = String.raw`touch(?:es|ed|ing)?\s+down`;

/** "reach", "reaches", "reached". */
export const REACH = 'reach(?:es|ed)?';

/** Arriving, landing or touching down, in all their forms: the words of an arrival that may have a time after them. */
export const ARRIVAL = `${ARRIVE}|${LAND}|${TOUCH_DOWN}`;
/** Landing or touching down, in all their forms. */
export const LANDED = `${LAND}|${TOUCH_DOWN}`;

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
/** "travel", "travels", "travelled", "traveled", "travelling", "traveling". */
export const TRAVEL = 'travel(?:s|led|ed|ling|ing)?';
/** "head", "heads", "headed", "heading". */
export const HEAD = 'head(?:s|ed|ing)?';
/** "proceed", "proceeds", "proceeded", "proceeding". */
export const PROCEED = 'proceed(?:s|ed|ing)?';
/** "move", "moves", "moved", "moving". */
export const MOVE = 'mov(?:e|es|ed|ing)';
/** "drive", "drives", "drove", "driving", "driven". */
export const DRIVE = 'dr(?:ive|ives|ove|iving|iven)';
/** "cross", "crosses", "crossed", "crossing". */
export const CROSS = 'cross(?:es|ed|ing)?';
/** "go", "goes", "going" (and "went", spelled where it is used). */
export const GO = 'go(?:es|ing)?';
/** "continue", "continues", "continued", "continuing". */
export const CONTINUE = 'continu(?:e|es|ed|ing)';
/** "sail", "sails", "sailed", "sailing". */
export const SAIL = 'sail(?:s|ed|ing)?';
/** "board", "boards", "boarded", "boarding". */
export const BOARD = 'board(?:s|ed|ing)?';
/** "embark", "embarks", "embarked", "embarking". */
export const EMBARK = 'embark(?:s|ed|ing)?';
/**
 * "emplane", "emplanes", "emplaned", "emplaning": boarding an aircraft. As written, `[ey]` takes "ymplane" too and
 * not "enplane"; kept as the extractor has read it, no pattern spelling it otherwise.
 */
export const EMPLANE = '[ey]mplan(?:e|es|ed|ing)';
/** "take", "takes", "took", "taking" ("took part", "take the train"). */
export const TAKE = 't(?:ake|akes|ook|aking)';
/** "return", "returns", "returned", "returning". */
export const RETURN = 'return(?:s|ed|ing)?';

// Leaving.

/** "depart", "departs", "departed", "departing". */
export const DEPART = 'depart(?:s|ed|ing)?';
/**
 * {@link DEPART} and the noun "departure", as programmes write a leaving ("Departure from Tokyo on a government
 * aircraft", "Departure by air for São Paulo"). Without the noun the tuning texts lose a day of leaving and a mode:
 * in the sentence's departure words (sentences.ts) stated dates fell from 809 to 808 of 846 and stated modes from
 * 134 to 133 of 143; in the words before a destination (find-places.ts DEPART_FOR) stated modes fell from 134 to 133.
 */
export const DEPART_OR_DEPARTURE = 'depart(?:s|ed|ing|ure)?';
/** "leave", "leaves", "leaving" (and "left", spelled where it is used). */
export const LEAVE = 'leav(?:e|es|ing)';
/** Leaving in all its words: "leave", "left", "depart", "departing". */
export const LEAVING = `${LEAVE}|left|${DEPART}`;
