
/**
 * JSON text of a collection with one feature per line: as compact as `JSON.stringify`
 * (one newline per feature more), yet a diff of two exports shows which stop changed.
 * Deterministic, so a committed export can be compared byte for byte.
 */
export function stringifyCollection(fc: { features: unknown[] }): string {
  const { features, ...head } = fc;
  const top = JSON.stringify(head).slice(0, -1);
  if (features.length === 0) return `${top},"features":[]}\n`;
  return `${top},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
