/** Invalid itineraries for property tests: a valid one with one value somewhere replaced. */

/** Every place a value sits in a JSON tree, as a list of keys. */
function paths(value: unknown, at: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value != 'object' || value === null) return [at];
  return [at, ...Object.keys(value).flatMap((k) => paths((value as Record<string, unknown>)[k], [...at, Array.isArray(value) ? +k : k]))];
}

/** A copy of `input` with the value at one of its paths (picked by `n`) replaced by `junk`. */
export function mutate(input: unknown, n: number, junk: unknown): unknown {
  const copy = structuredClone(input);
  const all = paths(copy).filter((p) => p.length);
  const path = all[n % all.length]!;
  let parent = copy as Record<PropertyKey, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<PropertyKey, unknown>;
  parent[path.at(-1)!] = junk;
  return copy;
}
