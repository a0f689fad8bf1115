// The text a GPX or KML file's descriptions hold, for a drafted stop's details: HTML (KML
// balloons, My Maps) read as plain text, and the labelled lines the details are made of.

import { isSafeUrl } from '../itinerary/url';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi;
const decodeEntity = (all: string, dec?: string, hex?: string, name?: string): string =>
  dec || hex ? String.fromCodePoint(parseInt(dec ?? hex!, dec ? 10 : 16)) : ENTITIES[name!.toLowerCase()] ?? all;
/** `text` with its character references decoded (numeric ones, and the few named ones descriptions use). */
const decode = (text: string): string => text.replace(ENTITY, decodeEntity);

/**
 * The text of a description that may be HTML (KML balloons, My Maps): a line break for
 * `<br>` and the end of a block, no tags, entities decoded, blank lines dropped. A link
 * keeps its address after its text, `text (address)` (the address alone when it is the
 * text; an http, https, mailto or relative address only); what a `<script>` or `<style>`
 * element holds is code, not text, and is left out, as are comments.
 * @example
 * htmlText('Arrival 09:40<br>Flight CX 594'); // 'Arrival 09:40\nFlight CX 594'
 * htmlText('<a href="https://e.x/">site</a>'); // 'site (https://e.x/)'
 */
export function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi, (all, dq?: string, sq?: string, bare?: string, inner = '') => {
      const address = (dq ?? sq ?? bare ?? '').trim();
      const text = inner.replace(/<[^>]*>/g, '').trim();
      // As links anywhere in visitmap (isSafeUrl): http, https, mailto or relative addresses only, read as a browser
      // reads them, its entities decoded first (`java&#9;script:` is javascript:).
      const kept = address && !address.startsWith('#') && isSafeUrl(decode(address));
      return !kept || text === address ? inner : text ? `${inner} (${address})` : address;
    })
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(ENTITY, decodeEntity)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** `Label: text` for each text given, in order; none for an empty one. */
export function detailLines(entries: Iterable<readonly [string, string | null | undefined]>): string[] {
  const lines: string[] = [];
  for (const [label, text] of entries) if (text && text.trim()) lines.push(`${label}: ${text.trim()}`);
  return lines;
}
