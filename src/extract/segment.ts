/** A sentence of the input, located in it. */
export interface Sentence {
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** `[start, end)` in UTF-16 code units of the whole input. */
  range: [number, number];
  /** The sentence's text, as in the input. */
  text: string;
}

// Words after which a full stop does not end a sentence.
// Words that begin a sentence after dotted initials ("… in the U.S. The President …").
const STARTERS = /^\s+["“‘(]?(?:The|He|She|They|It|We|I|This|These|That|His|Her|Their|Its|On|In|At|After|Before|During|Later|There|A|An|Mr|Ms|Mrs|Dr|President|Prime|Secretary|\d)\b/;
// A title after dotted initials, with its holder's name or the rest of the office after it: "U.N. Secretary-General Ban", "U.S. Vice President".
const OFFICE_AFTER = /^\s+(?:President|Prime\s+Minister|Secretary(?:-General)?|Vice\s+President)\s+\p{Lu}/u;
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st no jan feb mar apr jun jul aug sep sept oct nov dec gen gov sen rep hon jr sr ' +
    'co ltd inc corp dept vs etc e.g i.e a.m p.m u.s u.k h.e approx est fig mt ft smt'
  ).split(' '),
);

/**
 * Splits text into paragraphs (blank lines; or single lines when the text has no blank
 * line) and sentences, keeping each one's place in the input.
 * @example
 * splitSentences('Title\n\nShe left. She came back.').map((s) => [s.paragraph, s.sentence]);
 * // [[1, 1], [2, 1], [2, 2]]
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const blocks: [number, number][] = [];
  const separator = /\n[ \t]*\n/.test(text) ? /\n[ \t]*(?:\n[ \t]*)+/g : /\n/g;
  let last = 0;
  for (const m of text.matchAll(separator)) {
    blocks.push([last, m.index]);
    last = m.index + m[0].length;
  }
  blocks.push([last, text.length]);
  // "Programme⏎17 July⇥By air⇥Jeddah⇥…⏎18 July⇥…": a table's rows (cells set apart by tabs or bars), even with no blank line
  // between them, are each a paragraph of their own, as every line is in a text with no blank line.
  const rows = blocks.flatMap(([a, b]) => {
    const lines = [...text.slice(a, b).matchAll(/[^\n]+/g)].map((l): [number, number] => [a + l.index, a + l.index + l[0].length]);
    return lines.length > 1 && lines.some(([x, y]) => /\t|\s\|\s/.test(text.slice(x, y))) ? lines : [[a, b] as [number, number]];
  });

  let paragraph = 0;
  for (const [start, end] of rows) {
    if (!text.slice(start, end).trim()) continue;
    paragraph++;
    let sentence = 0;
    let s = start;
    const push = (e: number) => {
      let a = s;
      let b = e;
      while (a < b && /\s/.test(text[a] ?? '')) a++;
      while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
      if (b > a) out.push({ paragraph, sentence: ++sentence, range: [a, b], text: text.slice(a, b) });
      s = e;
    };
    // "- 6 August, Auckland: …⏎- 7 August, Wellington: …": each item of a list, its line opening with a bullet, is a sentence
    // of its own, whether or not the line before ends with a full stop.
    const re = /[.!?]["”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n(?=[ \t]*[•·▪*–-][ \t])/g;
    re.lastIndex = start;
    const block = text.slice(0, end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(block))) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(s, m.index))?.[1]?.toLowerCase() ?? '';
      // "Mr. Wang", "Dec. 10", an initial "J. Smith": not a sentence end ("President João Lourenço. On 8 October", "Kraków. The": a
      // word's last letters after one outside A–Z are no initial).
      if (text[m.index] === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word))) continue;
      // "aboard a U.S. Air Force plane": dotted initials end a sentence only before a word that starts one ("… the U.S. He …").
      // "met U.N. Secretary-General Ban Ki-moon", "talks with U.S. President Barack Obama": nor before a title they qualify.
      if (text[m.index] === '.' && /^(?:[a-z]\.)+[a-z]$/.test(word) && (!STARTERS.test(text.slice(m.index + m[0].length)) || OFFICE_AFTER.test(text.slice(m.index + m[0].length)))) continue;
      push(m.index + m[0].length);
    }
    push(end);
  }
  return out;
}
