/**
 * True for a tag shaped like BCP 47 (`en`, `zh-Hans`, `pt-BR`, `zh-Hans-CN`): a language of
 * two or three letters, then subtags of one to eight letters or digits, joined by `-`. Shape
 * only, no registry look-up; it keeps words like `english` and keys like `__proto__` out of
 * language maps.
 *
 * @example
 * isLanguageTag('zh-Hans'); // true
 * isLanguageTag('english');  // false
 */
export function isLanguageTag(tag: string): boolean {
  let length = 0;
  let first = true;
  for (let i = 0; i <= tag.length; i++) {
    const ch = tag.charCodeAt(i); // NaN past the end
    if (ch == 45 || i == tag.length) {
      if (first ? length < 2 || length > 3 : length < 1 || length > 8) return false;
      first = false;
      length = 0;
    } else {
      const low = ch | 32;
      if (!((low > 96 && low < 123) || (!first && ch > 47 && ch < 58))) return false;
      length++;
    }
  }
  return true;
}
