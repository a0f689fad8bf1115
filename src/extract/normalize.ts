// Letters that NFD does not split into a base and a mark, written as their plain letters: "Łódź" is "Lodz", "Tromsø" "Tromso".
const FOLD: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th' };

/** A name without its diacritics: "São Paulo" → "Sao Paulo" (the combining marks its NFD form splits off), "Wrocław" → "Wroclaw". */
export const withoutMarks = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØđĐðÐħĦıßæÆœŒþÞ]/g, (c) => FOLD[c]!);

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
