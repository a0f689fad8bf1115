/** A name without its diacritics: "São Paulo" → "Sao Paulo" (the combining marks its NFD form splits off). */
export const withoutMarks = (name: string): string => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * The lookup key of a name: lower case, without diacritics, with hyphens, dashes and
 * full stops as spaces and apostrophes dropped, so "Hong Kong–Zhuhai–Macao Bridge",
 * "Xi’an" and "São Paulo" meet their plain spellings.
 */
export function placeKey(name: string): string {
  return withoutMarks(name)
    .toLowerCase()
    .replace(/['‘’ʻʼ`]/g, '')
    .replace(/[-‐‑‒–—.,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL- and id-safe slug: "Hong Kong" → `hong-kong`. */
export function slug(name: string): string {
  return placeKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}
