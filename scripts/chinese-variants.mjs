// Gives every Chinese text of a dataset both scripts, converted once at authoring time:
// a name written in simplified characters (zh-Hans) gets its traditional form (zh-Hant),
// and the other way round, with OpenCC's tables (opencc-js): Hong Kong traditional, Mainland simplified. What was authored
// is kept as written; tests/data/chinese.test.ts checks each pair against the converter.
//
//   node scripts/chinese-variants.mjs data/hk-customs-yrd-visit-2023.json
//
// The output is written back in place, in the file's layout (short objects on one line).
import { readFileSync, writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

/** Simplified → traditional as written in Hong Kong (the traveller's), and traditional → simplified (Mainland). */
export const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
export const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Adds the missing script to every `{ en, zh-Hans }` or `{ en, zh-Hant }` map in `value`; returns how many it added. */
export function addVariants(value) {
  let added = 0;
  if (Array.isArray(value)) for (const v of value) added += addVariants(v);
  else if (value && typeof value === 'object') {
    const hans = value['zh-Hans'];
    const hant = value['zh-Hant'];
    if (typeof hans === 'string' && hant === undefined) {
      value['zh-Hant'] = toHant(hans);
      added++;
    } else if (typeof hant === 'string' && hans === undefined) {
      value['zh-Hans'] = toHans(hant);
      added++;
    }
    for (const v of Object.values(value)) added += addVariants(v);
  }
  return added;
}

const inline = (v) =>
  Array.isArray(v)
    ? `[${v.map(inline).join(', ')}]`
    : v && typeof v === 'object'
      ? Object.keys(v).length
        ? `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }`
        : '{}'
      : JSON.stringify(v);
const isLeaf = (v) => !v || typeof v !== 'object';
const flat = (v) => (Array.isArray(v) ? v.every(isLeaf) : v && typeof v === 'object' && Object.values(v).every((x) => isLeaf(x) || (Array.isArray(x) && x.every(isLeaf))));

/** The layout of data/*.json: objects and lists of plain values on one line when short, sources and participants one per line. */
export function format(v, depth = 0, key = undefined) {
  const pad = '  '.repeat(depth);
  const one = inline(v);
  if (Array.isArray(v) && (key === 'source' || key === 'with') && v.length && v.every(flat)) {
    return one.length + pad.length < 140 ? one : `[\n${v.map((x) => `${pad}  ${inline(x)}`).join(',\n')}\n${pad}]`;
  }
  if (isLeaf(v) || (flat(v) && (one.length + pad.length < 150 || (Array.isArray(v) && key !== 'topics')) && !(!Array.isArray(v) && one.length > 150))) return one;
  if (Array.isArray(v)) return v.length ? `[\n${v.map((x) => `${pad}  ${format(x, depth + 1)}`).join(',\n')}\n${pad}]` : '[]';
  return `{\n${Object.entries(v).map(([k, x]) => `${pad}  ${JSON.stringify(k)}: ${format(x, depth + 1, k)}`).join(',\n')}\n${pad}}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/chinese-variants.mjs FILE.json');
    process.exit(2);
  }
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const added = addVariants(data);
  writeFileSync(file, `${format(data)}\n`);
  console.log(`${file}: ${added} Chinese text${added === 1 ? '' : 's'} given the other script`);
}
