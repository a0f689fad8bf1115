import type { ExportStrings } from '../geojson/strings';

/**
 * The GPX and KML exports' own words in Chinese, for `--language`. Only the command line
 * reads this module, so the browser bundles carry none of it. The traditional table is the
 * simplified one converted by opencc-js at authoring time (scripts/chinese-variants.mjs,
 * Hong Kong forms); tests/cli/strings-zh.test.ts checks that they still agree.
 */
const ZH_HANS: Readonly<ExportStrings> = {
  arrive: '到达 {date}',
  depart: '离开 {date}',
  inferred: '推断',
  with: '会见',
  stopsFolder: '站点',
  legsFolder: '路段',
};

const ZH_HANT: Readonly<ExportStrings> = {
  arrive: '到達 {date}',
  depart: '離開 {date}',
  inferred: '推斷',
  with: '會見',
  stopsFolder: '站點',
  legsFolder: '路段',
};

/** The tables by script, for tests. */
export const CHINESE_STRINGS = { Hans: ZH_HANS, Hant: ZH_HANT } as const;

/**
 * The exports' words for a `--language` tag: Chinese in the script the tag implies (`zh`,
 * `zh-CN`, `zh-SG`, `zh-Hans`: simplified; `zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`:
 * traditional), else undefined (English, the exports' default).
 */
export function exportStringsFor(language: string | undefined): Readonly<ExportStrings> | undefined {
  if (language === undefined) return undefined;
  const locale = new Intl.Locale(language).maximize();
  if (locale.language !== 'zh') return undefined;
  return locale.script === 'Hant' ? ZH_HANT : ZH_HANS;
}
