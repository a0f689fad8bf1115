import type { TravelMode } from '../itinerary/types';

// Words that state how a leg is travelled, by mode. Chinese: 乘飞机/飞抵 (flew), 乘高铁/乘火车 (rail),
// 乘车/驱车 (road), 乘船/渡轮 (sea).
const CUES: [TravelMode, RegExp][] = [
  ['flight', /\b(?:fl(?:y|ew|ies|ying|own)|by\s+(?:air|plane|air\s?craft)|flight|plane)\b|乘飞机|飞抵|搭乘航班/giu],
  ['rail', /\b(?:by\s+(?:high-speed\s+|bullet\s+|overnight\s+|special\s+)?(?:rail|train)|high-speed\s+(?:rail|train)|bullet\s+train|(?:the|a)\s+train|train)\b|乘高铁|乘坐高铁|乘火车|乘坐火车/giu],
  ['road', /\b(?:by\s+(?:road|car|coach|bus|motorcade)|dr(?:ive|ove|iving|iven))\b|乘车|驱车/giu],
  ['sea', /\b(?:by\s+(?:sea|ferry|boat|ship)|ferry|sail(?:s|ed|ing)?)\b|乘船|渡轮/giu],
];
// A clause of travel ends at a semicolon, or where the next leg begins.
const CLAUSE_BREAK = /;|,\s*(?:and\s+)?then\b|\band\s+then\b|\bbefore\b|\bafter\b|\bthen\b/gi;

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
  let from = 0;
  let to = sentence.length;
  if (at !== undefined) {
    for (const m of sentence.matchAll(CLAUSE_BREAK)) {
      if (m.index <= at) from = m.index + m[0].length;
      else if (m.index < to) to = m.index;
    }
  }
  let best: { mode: TravelMode; distance: number } | undefined;
  for (const [mode, re] of CUES) {
    for (const m of sentence.matchAll(re)) {
      if (m.index < from || m.index >= to) continue;
      const distance = at === undefined ? m.index : Math.abs(m.index - at);
      if (!best || distance < best.distance) best = { mode, distance };
    }
  }
  return best?.mode ?? 'unknown';
}
