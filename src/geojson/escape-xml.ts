/**
 * Characters XML 1.0 forbids anywhere (C0 controls except tab/newline/return, lone
 * surrogates, U+FFFE/U+FFFF). They cannot even be written as references, so they go.
 */
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be normalised to LF by every parser; the reference keeps it. Some
  // parsers (xmldom) treat NEL and the Unicode line and paragraph separators as line
  // ends too: references keep them as well.
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};

/**
 * Makes any string safe as XML text or attribute value: drops the characters XML 1.0
 * forbids and escapes the markup ones (so `]]>` and `<script>` come out as text).
 *
 * @example
 * escapeXml('Ho & <Wang> ]]>'); // 'Ho &amp; &lt;Wang&gt; ]]&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'\r\u0085\u2028\u2029]/g, (c) => ENTITIES[c] as string);
}
