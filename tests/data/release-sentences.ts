/**
 * Splits a plain-text document into numbered paragraphs and sentences, by the rule
 * written down in `data/README.md`, so that a `SourceRef` (paragraph, sentence,
 * range) can be checked against the text it points at.
 */

/** One sentence of a document, with its place and its `[start, end)` UTF-16 range. */
export interface Sentence {
  paragraph: number;
  sentence: number;
  range: [start: number, end: number];
  text: string;
}

/** A blank line: empty or only whitespace. Paragraphs are the runs of lines between them. */
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/**
 * A sentence ends at `.`, `!` or `?`, with any closing quotes or brackets right after,
 * when whitespace or the end of the paragraph follows.
 */
const SENTENCE_END = /[.!?]["'\u2019\u201d)\]]*(?=\s|$)/g;

/** Every sentence of `text`, paragraphs and sentences counted from 1. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const [start, end] of paragraphSpans(text)) {
    paragraph += 1;
    let sentence = 0;
    let cursor = start;
    const block = text.slice(start, end);
    const ends = [...block.matchAll(SENTENCE_END)].map((m) => start + (m.index ?? 0) + m[0].length);
    if (ends.length === 0 || ends[ends.length - 1] !== end) ends.push(end);
    for (const stop of ends) {
      const from = skipSpace(text, cursor, stop);
      if (from < stop) {
        sentence += 1;
        out.push({ paragraph, sentence, range: [from, stop], text: text.slice(from, stop) });
      }
      cursor = stop;
    }
  }
  return out;
}

/** `[start, end)` of each paragraph, trimmed of surrounding whitespace. */
function paragraphSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  const push = (from: number, to: number): void => {
    const start = skipSpace(text, from, to);
    let end = to;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (start < end) spans.push([start, end]);
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(cursor, m.index ?? 0);
    cursor = (m.index ?? 0) + m[0].length;
  }
  push(cursor, text.length);
  return spans;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}
