import { DOMParser as XmldomParser } from '@xmldom/xmldom';
import { ItineraryError } from '../itinerary/index';

/**
 * Parses XML text with the platform's DOMParser in browsers and workers, and with
 * `@xmldom/xmldom` in Node (package.json's `browser` field leaves xmldom out of browser
 * bundles). A file that is not well-formed, or whose root is not `root`, throws an
 * ItineraryError located by line and column (`line 3, column 14`).
 */
export function parseXml(text: string, root: 'gpx' | 'kml'): Document {
  if (!text.trim()) fail('(root)', 'the file is empty');
  const Native = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  let doc: Document;
  if (Native) {
    doc = new Native().parseFromString(text, 'text/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error) {
      // Chromium: "error on line 3 at column 7: …" in a <div>, between headings of its own ("Below is a rendering
      // of the page up to the first error."); Firefox: "…Line Number 3, Column 3:"; jsdom: "3:6: …".
      const report = (error.getElementsByTagName('div')[0] ?? error).textContent!.trim();
      const at = /line (?:number )?(\d+)\D+?column (\d+):?\s*(.*)/i.exec(report) ?? /^(\d+):(\d+):\s*(.*)/.exec(report);
      const message = (at?.[3] || report).split('\n')[0]!.replace(/\s*Below is a rendering of the page.*$/, '').trim();
      broken(text, at ? Number(at[1]) : 0, at ? `line ${at[1]}, column ${at[2]}` : '(root)', message);
    }
  } else {
    try {
      doc = new XmldomParser({
        // Errors stop the parse (an unknown entity would silently drop text); warnings
        // (such as a U+FFFD in the text) do not.
        onError: (level, message) => {
          if (level !== 'warning') throw new Error(message);
        },
      }).parseFromString(text, 'text/xml') as unknown as Document;
    } catch (error) {
      const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator;
      const raw = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/^\[xmldom \w+\]\s*/, '');
      // xmldom wraps the message our onError threw: 'Reporting fatalError "…" caused Error: …'.
      const message = /^Reporting \w+ "(.*)" caused /.exec(raw)?.[1] ?? raw;
      const where = locator?.lineNumber ? `line ${locator.lineNumber}, column ${locator.columnNumber ?? 1}` : '(root)';
      broken(text, locator?.lineNumber ?? 0, where, message);
    }
  }
  const found = doc.documentElement?.localName;
  if (found !== root) fail('(root)', `expected a <${root}> root element, found ${found ? `<${found}>` : 'none'}`);
  return doc;
}

/**
 * A "&" that starts no entity or character reference (`&b=2` in a link, as GDAL writes it), outside comments, CDATA
 * sections and processing instructions: where, from 1, and as text ("&b=2").
 */
function strayAmpersand(text: string): { line: number; column: number; found: string } | undefined {
  const skipped = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|&(?:#\d+|#x[\da-fA-F]+|[A-Za-z_:][\w.:-]*);|&/g;
  for (let m; (m = skipped.exec(text)); ) {
    if (m[0] !== '&') continue;
    const before = text.slice(0, m.index).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1, found: /^&[^\s<"']{0,8}/.exec(text.slice(m.index))![0] };
  }
  return undefined;
}

/**
 * Throws for a file the parser found not well-formed, at `where` (its line `line`) with its `message`. A stray "&" on
 * or before that line is the error, said in one way in every environment: each parser words it its own way, and
 * locates it elsewhere (Chromium past it, at column 42; xmldom at the start of its element, column 3).
 */
function broken(text: string, line: number, where: string, message: string): never {
  const amp = strayAmpersand(text);
  if (amp && (!line || amp.line <= line)) {
    fail(`line ${amp.line}, column ${amp.column}`, `not well-formed XML: a "&" that starts no entity ("${amp.found}"): write it as &amp;`);
  }
  fail(where, `not well-formed XML${message ? `: ${message}` : ''}`);
}

function fail(path: string, message: string): never {
  throw new ItineraryError([{ path, message }]);
}

/** The child elements of `parent` named `name` (any namespace), in order. */
export const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

/** Each parent's element children, labelled as in a path (`wpt[3]`), computed once per parent: a file's thousands of siblings are counted once, not once each. */
const labels = new WeakMap<Node, Map<Node, string>>();

/** The label of `el` among its parent's children: its name, with its position from 1 where it has same-named siblings. */
function labelAmongSiblings(parent: Node, el: Element): string {
  let map = labels.get(parent);
  if (!map) {
    const byName = new Map<string, Element[]>();
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const name = (n as Element).localName;
      const same = byName.get(name);
      if (same) same.push(n as Element);
      else byName.set(name, [n as Element]);
    }
    map = new Map();
    for (const [name, same] of byName) same.forEach((e, i) => map!.set(e, same.length > 1 ? `${name}[${i + 1}]` : name));
    labels.set(parent, map);
  }
  return map.get(el) ?? el.localName;
}

/** An element's path from the root, like `gpx/wpt[3]` or `kml/Document/Folder/Placemark[2]` (a position, from 1, where it has same-named siblings). */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e; e = e.parentNode && e.parentNode.nodeType === 1 ? (e.parentNode as Element) : null) {
    const parent = e.parentNode && e.parentNode.nodeType === 1 ? e.parentNode : null;
    parts.unshift(parent ? labelAmongSiblings(parent, e) : e.localName);
  }
  return parts.join('/');
}
