import type { LocalizedText } from './types';

/**
 * The text in `language`. A language map falls back from the most specific tag to the
 * least (`zh-Hans-CN` → `zh-Hans` → `zh`), then to any tag of the same language
 * (`zh` finds `zh-Hant`), then to `en`, then to the first language given. Tags match
 * case-insensitively. A plain string is returned as it is; `undefined` gives `''`.
 *
 * @param language BCP 47 tag wanted; default: none, so `en` or else the first language.
 * @example
 * localize({ en: 'Hangzhou', 'zh-Hans': '杭州' }, 'zh-Hans-CN'); // '杭州'
 * localize({ en: 'Hangzhou', 'zh-Hans': '杭州' }, 'fr');         // 'Hangzhou'
 */
export function localize(text: LocalizedText | undefined, language = ''): string {
  if (text === undefined || typeof text == 'string') return text ?? '';
  const tags = Object.keys(text);
  const find = (prefix: string, exact: boolean): string | undefined =>
    tags.find((tag) => {
      const t = tag.toLowerCase();
      return t == prefix || (!exact && t.startsWith(prefix + '-'));
    });
  let want = language.toLowerCase();
  const primary = want.split('-')[0]!;
  let tag: string | undefined;
  for (; want && !tag; want = want.slice(0, Math.max(0, want.lastIndexOf('-')))) tag = find(want, true);
  tag ??= (primary && find(primary, false)) || find('en', true) || tags[0];
  return tag === undefined ? '' : text[tag]!;
}

/**
 * The language tags a text is given in, in their order; `[]` for a plain string or `undefined`.
 *
 * @example
 * languagesOf({ en: 'Hangzhou', 'zh-Hans': '杭州' }); // ['en', 'zh-Hans']
 */
export function languagesOf(text: LocalizedText | undefined): string[] {
  return text === undefined || typeof text == 'string' ? [] : Object.keys(text);
}
