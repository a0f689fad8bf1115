#!/usr/bin/env node
// The extractor's speed: `extractWith` (visitmap/extract) over the tuning corpus's texts (tests/extract/corpus/*.txt only,
// never its held-out folder) and over synthetic long inputs, each against a plain tokenising pass over the same text
// (every run of letters or digits matched once, `/[\p{L}\p{N}]+/gu`). The pass is linear and shares no code with the
// extractor, so any slowdown of the extractor shows in the ratio, and one that grows faster than the text (a regular
// expression tried from every word over the rest of the sentence) makes the ratio grow with the text: each synthetic shape
// is timed at a size and at 4 times it, and a linear extractor keeps its ratio about the same. The sentence splitter was
// not chosen as the baseline: it is part of the extractor, so a slower splitter would slow both sides alike.
// CPU time (`process.cpuUsage`), the heap collected before each run, the fastest of the turns kept.
//
//   npm run build && node --expose-gc bench/extract-scale.mjs [--root DIR] [--quick] [--shapes blanks,caps]
// `npm run bench -- --only extract` prints the same as its "extract" rows.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpu } from './import-scale.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** The synthetic inputs, each a function of the length of its long part, and what it is. */
export const SHAPES = {
  blanks: ['"in Tokyo Nov. 14", a run of spaces, "and in Osaka"', (n) => `in Tokyo Nov. 14${' '.repeat(n)}and in Osaka`],
  tabs: ['the same with tabs', (n) => `in Tokyo Nov. 14${'\t'.repeat(n)}and in Osaka`],
  commas: ['a run of commas', (n) => `in Tokyo Nov. 14 ${','.repeat(n)} and in Osaka`],
  digits: ['a run of digits', (n) => `in Tokyo Nov. 14 ${'7'.repeat(n)} and in Osaka`],
  capitals: ['capitalised words, no place', (n) => `in Tokyo Nov. 14 ${rep('Minister President Secretary Foreign Affairs ', n)} and in Osaka`],
  places: ['place names in capitals, one after another', (n) => `in Tokyo Nov. 14 ${rep('Tokyo Osaka Kyoto Paris London ', n)} and in Osaka`],
  sentence: ['one sentence of clauses with places, people and dates, no full stop', (n) => `The Minister arrived in Tokyo on 14 November ${rep('and met President John Smith in Osaka on 15 November to talk about trade, ', n)}`],
  dates: ['a run of dates', (n) => `in Tokyo ${rep('14 November, ', n)} and in Osaka`],
  semicolons: ['a weekday\'s programme line of items set apart by ";  "', (n) => `Monday: ${rep('talks with the Mayor;  ', n)}then Nara and Osaka.`],
};

/** The tuning corpus's texts, sorted by name. */
export function tuningTexts(root) {
  const dir = path.join(root, 'tests/extract/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(path.join(dir, f), 'utf8'), expected: JSON.parse(readFileSync(path.join(dir, `${f.slice(0, -4)}.json`), 'utf8')) }));
}

/**
 * The extractor's time over the tokenising pass's: `{ what, size, extractMs, baseMs, ratio, growth? }` rows. First the
 * tuning corpus (each text with its publication date and home), then a text of about 200 kB made of those texts, then
 * every shape of `shapes` at `size` and `4 × size` characters (`growth`: the larger's ratio over the smaller's). `quick`: the
 * first 30 texts and a text of 50 kB, for a run that only checks the bench works.
 */
export async function extractScale(root, { size = 2_500, turns = 3, shapes = Object.keys(SHAPES), quick = false } = {}) {
  const ex = await import(pathToFileURL(path.join(root, 'dist/extract.js')).href);
  const gazetteer = await ex.loadGazetteer();
  const tokenise = (texts) => {
    let words = 0;
    for (const t of texts) for (const _ of t.matchAll(/[\p{L}\p{N}]+/gu)) words++;
    return words;
  };
  // The fastest of `turns` runs of each side; the pass is repeated until it takes 20 ms or more, and divided (a short text's
  // pass takes microseconds, which a timer and a loaded machine cannot tell apart).
  const measure = (texts, extract) => {
    extract();
    let extractMs = Infinity;
    let baseMs = Infinity;
    let repeat = 1;
    while (cpu(() => { for (let r = 0; r < repeat; r++) tokenise(texts); }) < 20) repeat *= 2;
    for (let i = 0; i < turns; i++) {
      extractMs = Math.min(extractMs, cpu(extract));
      baseMs = Math.min(baseMs, cpu(() => { for (let r = 0; r < repeat; r++) tokenise(texts); }) / repeat);
    }
    return { extractMs, baseMs, ratio: extractMs / baseMs };
  };
  const out = [];
  const corpus = tuningTexts(root).slice(0, quick ? 30 : undefined);
  const texts = corpus.map((c) => c.text);
  const options = (e) => ({ ...(e.published ? { published: e.published } : {}), ...(e.home ? { home: e.home } : {}) });
  const chars = texts.reduce((a, t) => a + t.length, 0);
  out.push({ what: `tuning corpus, ${texts.length} texts`, size: chars, ...measure(texts, () => corpus.forEach((c) => ex.extractWith(gazetteer, c.text, options(c.expected)))) });
  let big = '';
  for (const t of texts) {
    if (big.length >= (quick ? 50_000 : 200_000)) break;
    big += `${t}\n\n`;
  }
  out.push({ what: `one text of ${quick ? 50 : 200} kB, tuning texts end to end`, size: big.length, ...measure([big], () => ex.extractWith(gazetteer, big, { published: '2024-01-01' })) });
  for (const name of shapes) {
    const [what, make] = SHAPES[name];
    const [a, b] = [size, 4 * size].map((n) => {
      const text = make(n);
      return { what: `${name}: ${what}`, size: text.length, ...measure([text], () => ex.extractWith(gazetteer, text, { published: '2024-11-10' })) };
    });
    out.push(a, { ...b, growth: b.ratio / a.ratio });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag) => args.find((_, i) => args[i - 1] === flag);
  const root = path.resolve(value('--root') ?? path.join(here, '..'));
  const quick = args.includes('--quick');
  const rows = await extractScale(root, { size: quick ? 500 : 2_500, turns: quick ? 1 : 3, quick, ...(value('--shapes') ? { shapes: value('--shapes').split(',') } : {}) });
  for (const r of rows) console.log(`${r.what} | ${r.size} | ${r.ratio.toFixed(0)} | ${r.extractMs.toFixed(1)} ms vs ${r.baseMs.toFixed(3)} ms${r.growth ? ` | ratio × ${r.growth.toFixed(2)}` : ''}`);
}
