import type { LocalizedText } from './types';

/**
 * The text in `language`. A language map falls back from the most specific tag to the
 * least (`zh-Hans-CN` → `zh-Hans` → `zh`), a tag in the same script coming before the bare
 * language (`zh-Hans` finds `zh-CN`; `zh-TW` finds `zh-Hant`), then to any tag of the same language
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
  let want = language.toLowerCase();
  // The tag asked for itself, as the first step below finds it, before any fallback is worked out.
  if (want) for (const tag in text) if (tag.toLowerCase() == want) return text[tag]!;
  const tags = Object.keys(text);
  const find = (prefix: string, exact: boolean): string | undefined =>
    tags.find((tag) => {
      const t = tag.toLowerCase();
      return t == prefix || (!exact && t.startsWith(prefix + '-'));
    });
  const primary = want.split('-')[0]!;
  const script = scriptOf(want);
  // The first tag of the language asked for in script `s` ('' for a tag that names none).
  const inScript = (s: string) => tags.find((t) => t.toLowerCase().split('-')[0] === primary && scriptOf(t.toLowerCase()) === s);
  let tag: string | undefined;
  for (; want && !tag; want = want.slice(0, Math.max(0, want.lastIndexOf('-')))) {
    // Before a bare `zh`, a tag in the script asked for (`zh-Hans` finds `zh-CN`): never the other script while this one is there.
    if (script && want === primary) tag = inScript(script);
    tag ??= find(want, true);
  }
  tag ??= (primary && (inScript('') ?? find(primary, false))) || find('en', true) || tags[0];
  return tag === undefined ? '' : text[tag]!;
}

/**
 * The script of a lower-case tag: its script subtag (`zh-hant-hk` → `hant`), or the one its
 * Chinese region implies (`zh-tw`, `zh-hk`, `zh-mo` → `hant`; `zh-cn` → `hans`); `''` when the tag says none.
 */
function scriptOf(tag: string): string {
  const [primary, ...rest] = tag.split('-');
  const region = rest.find((s) => s.length === 2);
  return rest.find((s) => s.length === 4) ?? (primary === 'zh' && region ? (/tw|hk|mo/.test(region) ? 'hant' : 'hans') : '');
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

/**
 * Letters of a right-to-left script in the Basic Multilingual Plane: Hebrew, Arabic, Syriac,
 * Thaana, N'Ko and the rest up to U+08FF, and their presentation forms (the range also holds a
 * few neutral forms, which an isolate leaves as they were).
 */
const RTL = /[\u0590-\u08ff\ufb1d-\ufefc]/;

/**
 * Names joined by arrows in their order, `Tel Aviv → Jerusalem`. A name with right-to-left
 * letters is isolated (U+2068 … U+2069, as `<bdi>` does): else two Hebrew or Arabic names
 * and the arrow between them form one right-to-left run, which shows the route backwards.
 */
export function route(names: string[]): string {
  return names.map((n) => (RTL.test(n) ? `\u2068${n}\u2069` : n)).join(' → ');
}
