/**
 * Adds preload links to a built gallery page, so that a browser asks for what the page needs
 * at once instead of discovering it one round trip at a time:
 * - `<link rel="modulepreload">` for every JavaScript module its scripts import statically,
 *   directly or through other modules (the page's script, then visitmap/leaflet, then its
 *   chunks, then Leaflet… would otherwise be a round trip each);
 * - `<link rel="preload" as="fetch" crossorigin>` for the data its inline scripts `fetch()` by a
 *   literal URL (the itinerary), which would otherwise wait for every module to run.
 * Dynamic `import()`s stay lazy, and JSON modules are left to the module loader (Chromium does
 * not preload them as modules).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { init, parse } from 'es-module-lexer';

const IMPORT_MAP = /<script type="importmap">([\s\S]*?)<\/script>\n?/;
const MODULE_SCRIPT = /<script type="module"([^>]*)>([\s\S]*?)<\/script>/g;
/** `fetch('…')` with one literal, same-site URL as its first argument. */
const FETCH = /\bfetch\(\s*(['"])((?:\.{0,2}\/)?[\w./-]+)\1\s*[,)]/g;

/** The static imports of `code` as resolved file URLs (bare names through the import map); skips what cannot be resolved. */
function staticImports(code, parent, map, where) {
  const [found] = parse(code, where);
  const urls = [];
  for (const { n: name, d: dynamic, a: attributes } of found) {
    if (dynamic !== -1 || attributes !== -1 || !name) continue;
    const mapped = map.imports[name];
    if (mapped) urls.push(new URL(mapped, map.page));
    else if (/^\.{0,2}\//.test(name)) urls.push(new URL(name, parent));
  }
  return urls;
}

/**
 * Writes the preload links into `pageFile` (after its import map, which must come first) and
 * returns how many it added. A page without an import map is left as it is.
 */
export async function addPreloads(pageFile) {
  await init;
  const html = readFileSync(pageFile, 'utf8');
  const found = IMPORT_MAP.exec(html);
  if (!found) return 0;
  const page = pathToFileURL(pageFile);
  const map = { imports: JSON.parse(found[1]).imports ?? {}, page };
  const modules = new Map();
  const visit = (urls) => {
    for (const url of urls) {
      if (modules.has(url.href) || !/\.m?js$/.test(url.pathname)) continue;
      modules.set(url.href, url);
      const file = fileURLToPath(url);
      visit(staticImports(readFileSync(file, 'utf8'), url, map, file));
    }
  };
  const data = new Map();
  for (const [, attributes, inline] of html.matchAll(MODULE_SCRIPT)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    visit(src ? [new URL(src, page)] : staticImports(inline, page, map, pageFile));
    for (const [, , href] of inline.matchAll(FETCH)) data.set(new URL(href, page).href, new URL(href, page));
  }
  const dir = path.dirname(pageFile);
  const href = (url) => path.relative(dir, fileURLToPath(url)).split(path.sep).join('/');
  const links = [
    ...[...modules.values()].map((url) => `<link rel="modulepreload" href="${href(url)}">\n`),
    ...[...data.values()].map((url) => `<link rel="preload" href="${href(url)}" as="fetch" crossorigin>\n`),
  ];
  if (!links.length) return 0;
  const at = found.index + found[0].length;
  writeFileSync(pageFile, html.slice(0, at) + links.join('') + html.slice(at));
  return links.length;
}
