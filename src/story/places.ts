import { runs } from '../itinerary/runs';

export { groupPlaces, type Place } from '../geo/places';

/**
 * The label of a marker standing for the given stop numbers (1-based): runs of three
 * or more become ranges. `[1, 7]` → `"1 · 7"`, `[3, 4, 5, 6]` → `"3–6"`.
 *
 * @example
 * numbersLabel([2, 3, 4, 9]) // "2–4 · 9"
 */
export function numbersLabel(numbers: readonly number[]): string {
  return runs(numbers).join(' · ');
}

/**
 * The label of a group of markers of different places that overlap on screen: as
 * {@link numbersLabel}, but with commas, `[3, 6]` → `"3, 6"`, so that two places never read
 * as one place visited twice (`"3 · 6"`).
 */
export function groupLabel(numbers: readonly number[]): string {
  return runs(numbers).join(', ');
}
