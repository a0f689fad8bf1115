/**
 * Checks that every `source` of an itinerary points at a real sentence of its document,
 * with the exact range, and that the sentence supports the fact it is cited for.
 */
import { splitSentences, type Sentence } from './release-sentences';
import { asList, english, type Json } from './seed-files';

/** One source reference, where it sits in the data, and the words its sentence may show as support. */
interface Citation {
  path: string;
  ref: Json;
  /** The sentence must contain at least one of these (names, topics, stated days). */
  evidence: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** `2023-12-10` → `December 10`, the way the release writes a day. */
export function releaseDay(date: string): string {
  const [, month, day] = /^\d{4}-(\d{2})-(\d{2})/.exec(date) ?? [];
  return month && day ? `${MONTHS[Number(month) - 1]} ${Number(day)}` : date;
}

function statedDays(entity: Json, fields: string[]): string[] {
  if (entity.dateCertainty !== 'stated') return [];
  return allDays(entity, fields);
}

/** Every day an entity gives, stated or inferred: an inferred day is read from the sentence that gives the day it rests on. */
function allDays(entity: Json, fields: string[]): string[] {
  return fields.map((f) => entity[f]).filter((d): d is string => typeof d === 'string').map(releaseDay);
}

/** Every source reference in the itinerary with the evidence that supports its fact. */
export function citations(itinerary: Json): Citation[] {
  const out: Citation[] = [];
  const add = (path: string, source: unknown, evidence: string[]): void => {
    asList(source).forEach((ref, i) => out.push({ path: `${path}.source[${i}]`, ref, evidence }));
  };
  const stops = asList(itinerary.stops);
  stops.forEach((stop, s) => {
    add(`stops[${s}]`, stop.source, [english(stop.name), ...allDays(stop, ['arrive', 'depart'])]);
    asList(stop.meetings).forEach((meeting, m) => {
      const people = asList(meeting.with).flatMap((p) => [english(p.name), english(p.organisation)]);
      const topics = asList(meeting.topics).map((t) => String(t));
      add(`stops[${s}].meetings[${m}]`, meeting.source, [...people, ...topics, ...statedDays(meeting, ['date'])]);
    });
  });
  const nameOf = (id: unknown): string => english(stops.find((st) => st.id === id)?.name);
  asList(itinerary.legs).forEach((leg, l) => add(`legs[${l}]`, leg.source, [nameOf(leg.from), nameOf(leg.to)]));
  return out;
}

/** True when `term` appears in `sentence` as whole words, ignoring case and spacing. */
export function mentions(sentence: string, term: string): boolean {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(sentence);
}

/**
 * Every problem with the itinerary's sources against `text`, each starting with its path;
 * empty when all is well.
 */
export function checkProvenance(itinerary: Json, text: string, documentId = 'press-release'): string[] {
  const sentences = splitSentences(text);
  const find = (p: unknown, s: unknown): Sentence | undefined =>
    sentences.find((x) => x.paragraph === p && x.sentence === s);
  const problems: string[] = [];
  const documents = asList(itinerary.sources ?? itinerary.source).map((d) => d.id);
  for (const { path, ref, evidence } of citations(itinerary)) {
    if (ref.document !== documentId || !documents.includes(documentId)) {
      problems.push(`${path}: cites document ${JSON.stringify(ref.document)}, not the listed "${documentId}"`);
      continue;
    }
    const sentence = find(ref.paragraph, ref.sentence);
    if (!sentence) {
      problems.push(`${path}: paragraph ${String(ref.paragraph)}, sentence ${String(ref.sentence)} does not exist`);
      continue;
    }
    const range = ref.range as unknown;
    if (!Array.isArray(range) || range[0] !== sentence.range[0] || range[1] !== sentence.range[1]) {
      problems.push(`${path}: range ${JSON.stringify(range)} is not the sentence's [${sentence.range.join(', ')}]`);
    }
    if (!evidence.some((term) => term !== '' && mentions(sentence.text, term))) {
      problems.push(`${path}: paragraph ${sentence.paragraph}, sentence ${sentence.sentence} mentions none of ${JSON.stringify(evidence.filter(Boolean))}`);
    }
  }
  return [...problems, ...checkStatedDays(itinerary, sentences)];
}

/** A stated day must be written in one of the sentences its entity cites; a stop must be named in one. */
function checkStatedDays(itinerary: Json, sentences: Sentence[]): string[] {
  const problems: string[] = [];
  const textOf = (source: unknown): string[] => asList(source)
    .map((ref) => sentences.find((x) => x.paragraph === ref.paragraph && x.sentence === ref.sentence)?.text ?? '');
  const check = (path: string, entity: Json, fields: string[]): void => {
    const cited = textOf(entity.source);
    for (const day of statedDays(entity, fields)) {
      if (!cited.some((t) => mentions(t, day))) problems.push(`${path}: the stated day ${day} is in none of its sentences`);
    }
  };
  asList(itinerary.stops).forEach((stop, s) => {
    check(`stops[${s}]`, stop, ['arrive', 'depart']);
    if (!textOf(stop.source).some((t) => mentions(t, english(stop.name)))) {
      problems.push(`stops[${s}]: none of its sentences names ${english(stop.name)}`);
    }
    asList(stop.meetings).forEach((meeting, m) => check(`stops[${s}].meetings[${m}]`, meeting, ['date']));
  });
  return problems;
}
