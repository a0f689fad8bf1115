import type { LocalizedText } from './types';

/**
 * STUB (owned by the itinerary helper). The text in `language`, falling back from
 * `zh-Hans-CN` to `zh-Hans` to `zh`, then to `en`, then to the first language given.
 */
export function localize(_text: LocalizedText | undefined, _language?: string): string {
  throw new Error('not implemented');
}

/** STUB: the language tags a text is given in (`[]` for a plain string). */
export function languagesOf(_text: LocalizedText | undefined): string[] {
  throw new Error('not implemented');
}
