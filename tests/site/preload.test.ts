import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addPreloads } from '../../scripts/preload.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `files` (path → text) under a new temporary directory. */
function site(files: Record<string, string>): void {
  dir = mkdtempSync(path.join(tmpdir(), 'visitmap-preload-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

const PAGE = (scripts: string) => `<!doctype html>
<head>
<script type="importmap">
{ "imports": { "lib": "../dist/lib.js", "peer": "../vendor/peer.js" } }
</script>
</head>
<body>
${scripts}
</body>
`;

const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('addPreloads', () => {
  it('preloads the whole static module graph once each, after the import map, by paths relative to the page', async () => {
    site({
      'examples/page.html': PAGE(`<script type="module">\n  import { a } from 'lib';\n  import { b } from './local.js';\n</script>`),
      'examples/local.js': `import 'lib';\nexport const b = 1;\n`,
      'dist/lib.js': `import * as P from 'peer';\nimport { c } from './chunks/c.js';\nexport { d } from './chunks/d.js';\nexport const a = 1;\n`,
      'dist/chunks/c.js': `import { d } from './d.js';\nexport const c = d;\n`,
      'dist/chunks/d.js': `export const d = 1;\n`,
      'vendor/peer.js': `export default 1;\n`,
    });
    expect(await addPreloads(path.join(dir, 'examples/page.html'))).toBe(5);
    const html = readFileSync(path.join(dir, 'examples/page.html'), 'utf8');
    expect(preloads(html)).toEqual(['../dist/lib.js', '../vendor/peer.js', '../dist/chunks/c.js', '../dist/chunks/d.js', 'local.js']);
    const first = html.indexOf('<link rel="modulepreload"');
    expect(first).toBeGreaterThan(html.indexOf('</script>'));
    expect(first).toBeLessThan(html.indexOf('</head>'));
  });

  it('leaves dynamic imports lazy and JSON modules to the loader, and follows a module script given by src', async () => {
    site({
      'examples/page.html': PAGE(`<script type="module" src="main.js"></script>`),
      'examples/main.js': `import data from './d.json' with { type: 'json' };
const lazy = () => import('lib');
import 'peer';
`,
      'examples/d.json': '{}',
      'dist/lib.js': `export const a = 1;\n`,
      'vendor/peer.js': `export default 1;\n`,
    });
    expect(await addPreloads(path.join(dir, 'examples/page.html'))).toBe(2);
    expect(preloads(readFileSync(path.join(dir, 'examples/page.html'), 'utf8'))).toEqual(['main.js', '../vendor/peer.js']);
  });

  it('preloads the data an inline script fetches by a literal, same-site URL, as a CORS fetch', async () => {
    site({
      'examples/page.html': PAGE(
        `<script type="module">\n  const a = await (await fetch('../data/trip.json')).json();\n  const b = await fetch("data/pacific.json", { cache: 'no-store' });\n  const c = await fetch(someUrl);\n  const d = await fetch('https://tiles.example/x.json');\n</script>`,
      ),
    });
    expect(await addPreloads(path.join(dir, 'examples/page.html'))).toBe(2);
    const html = readFileSync(path.join(dir, 'examples/page.html'), 'utf8');
    expect([...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1])).toEqual(['../data/trip.json', 'data/pacific.json']);
  });

  it('leaves a page without an import map as it is', async () => {
    const page = `<!doctype html>\n<script type="module">import './a.js';</script>\n`;
    site({ 'page.html': page, 'a.js': '' });
    expect(await addPreloads(path.join(dir, 'page.html'))).toBe(0);
    expect(readFileSync(path.join(dir, 'page.html'), 'utf8')).toBe(page);
  });
});
