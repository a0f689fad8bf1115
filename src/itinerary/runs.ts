/**
 * Whole numbers, sorted and each once, with runs of three or more written as ranges:
 * what a marker's label and a message naming many features both list.
 *
 * @example
 * runs([9, 2, 3, 4, 2]); // ['2–4', '9']
 */
export function runs(numbers: readonly number[]): string[] {
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
