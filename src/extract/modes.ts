import type { TravelMode } from '../itinerary/types';

/**
 * The travel mode a sentence states ("by train", "flew", "by ferry", "drove"), or
 * `unknown` when it states none.
 * @example
 * modeOf('She will travel to Kuala Lumpur by train.'); // 'rail'
 * modeOf('She will visit Kuala Lumpur.'); // 'unknown'
 */
export function modeOf(sentence: string): TravelMode {
  if (/\b(?:fl(?:y|ew|ies|ying)|by\s+air|flight|plane)\b/i.test(sentence)) return 'flight';
  if (/\b(?:by\s+(?:high-speed\s+)?(?:rail|train)|high-speed\s+rail|train)\b/i.test(sentence)) return 'rail';
  if (/\b(?:by\s+(?:road|car|coach|bus)|drove|drive)\b/i.test(sentence)) return 'road';
  if (/\b(?:by\s+(?:sea|ferry|boat|ship)|ferry|sailed)\b/i.test(sentence)) return 'sea';
  return 'unknown';
}
