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

/** The numbers sorted, each once, runs of three or more as ranges: `[9, 2, 3, 4]` → `["2–4", "9"]`. */
function runs(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts;
}
