#!/usr/bin/env node
/**
 * Prepares the offline basemap's data from Natural Earth (`world-atlas`), in
 * parts that a view fetches only when it needs them (`parts.json` lists each
 * part with its zooms and bounds, see `BasemapPart`):
 *
 * - `world-110m.json`: the whole world at 1:110m, for zoom 2 and below;
 * - `world-50m/<west>_<south>.json`: the 1:50m world in 60° tiles, East Asia
 *   cut out, from zoom 3;
 * - `east-asia-50m.json`: the 1:50m land in the East Asia region, zooms 3 to 5;
 * - `east-asia-10m.json`: the 1:10m land, coastlines and borders cut to the
 *   region the seed visit lives in, fine enough to show the Yangtze and Pearl
 *   River deltas, from zoom 6, fetched only when the view is in that region;
 * - `labels-*.json`: place names (scripts/basemap-labels.mjs), also listed;
 * - `world-50m.json`: the 1:50m world with that region cut out, so that it and
 *   `east-asia-10m.json` tile the globe (kept for pages that load both whole).
 *
 * Both are TopoJSON topologies with `land`, `coastline` and `borders`
 * objects (see `src/basemap/basemap-geometry.ts`). Cut edges are not coasts,
 * so coastlines are clipped as lines and never drawn along a cut.
 *
 * Usage: node scripts/basemap-data.mjs OUT_DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh, merge } from 'topojson-client';
import { writeLabelData } from './basemap-labels.mjs';

const require = createRequire(import.meta.url);

/** The detailed region as `[west, south, east, north]`: south China to Japan, Hainan to Korea. */
export const EAST_ASIA = Object.freeze([90, 0, 150, 50]);

/** The four rectangles that cover the world except `rect`. */
export function outside([w, s, e, n]) {
  return [
    [-180, -90, w, 90],
    [e, -90, 180, 90],
    [w, -90, e, s],
    [w, n, e, 90],
  ];
}

const inside = (p, edge, [w, s, e, n]) =>
  edge === 0 ? p[0] >= w : edge === 1 ? p[0] <= e : edge === 2 ? p[1] >= s : p[1] <= n;

function crossing(a, b, edge, [w, s, e, n]) {
  if (edge < 2) {
    const x = edge === 0 ? w : e;
    return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  }
  const y = edge === 2 ? s : n;
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/**
 * Clips a closed ring to a rectangle (Sutherland–Hodgman, exact for a convex
 * clip). Returns a closed ring, or `null` when nothing is left. A concave ring
 * may come back with zero-width spans along the cut: harmless for a fill.
 */
export function clipRing(ring, rect) {
  let points = ring.slice(0, -1);
  for (let edge = 0; edge < 4 && points.length > 0; edge++) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      const curIn = inside(cur, edge, rect);
      if (curIn !== inside(prev, edge, rect)) points.push(crossing(prev, cur, edge, rect));
      if (curIn) points.push(cur);
    }
  }
  if (points.length < 3) return null;
  return [...points, points[0]];
}

/** Clips a line to a rectangle (Liang–Barsky per segment); returns the pieces inside. */
export function clipLine(line, [w, s, e, n]) {
  const pieces = [];
  let current = null;
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [[-dx, x0 - w], [dx, e - x0], [-dy, y0 - s], [dy, n - y0]]) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      current = null;
      continue;
    }
    const a = t0 === 0 ? line[i - 1] : [x0 + t0 * dx, y0 + t0 * dy];
    const b = t1 === 1 ? line[i] : [x0 + t1 * dx, y0 + t1 * dy];
    if (!current) {
      current = [a];
      pieces.push(current);
    }
    current.push(b);
    if (t1 < 1) current = null;
  }
  return pieces;
}

/**
 * Land polygons, coastlines and internal country borders of a `world-atlas`
 * countries topology, made planar: `world-atlas` is spherical, so a ring may
 * jump from longitude 180 to -180 (Chukotka, Fiji), which a flat map would draw
 * as a band across the world. Such rings are split at the antimeridian;
 * coastlines leave out the jumps, the cut edges and the polar edge.
 */
export function worldShapes(topology) {
  const { land, countries } = topology.objects;
  const landGeometry = land.type === 'GeometryCollection' ? merge(topology, land.geometries) : feature(topology, land).geometry;
  const spherical = landGeometry.type === 'Polygon' ? [landGeometry.coordinates] : landGeometry.coordinates;
  const polygons = [];
  const coastline = [];
  for (const polygon of spherical) {
    for (const ring of polygon) {
      const pieces = splitLine(ring, isCoastSegment);
      // A ring that is all coast is stored once, shared by the land and the coast.
      coastline.push(...(pieces.length === 1 && pieces[0].length === ring.length ? [ring] : pieces));
    }
    polygons.push(...splitPolygonAtAntimeridian(polygon));
  }
  const borders = countries ? mesh(topology, countries, (a, b) => a !== b).coordinates : [];
  return { polygons, coastline, borders: borders.flatMap((line) => splitLine(line, isCoastSegment)) };
}

/** False for a jump across the antimeridian, an edge along it, or the edge at the pole. */
function isCoastSegment([x0, y0], [x1, y1]) {
  if (Math.abs(x1 - x0) > 180) return false;
  if (x0 === x1 && Math.abs(x0) === 180) return false;
  return !(Math.abs(y0) >= 89.9 && Math.abs(y1) >= 89.9);
}

/** The runs of a line whose segments pass `keep`, as separate lines. */
export function splitLine(line, keep) {
  const pieces = [];
  let current = null;
  for (let i = 1; i < line.length; i++) {
    if (!keep(line[i - 1], line[i])) {
      current = null;
      continue;
    }
    if (!current) pieces.push((current = [line[i - 1]]));
    current.push(line[i]);
  }
  if (pieces.length === 1 && pieces[0].length === line.length) return [line];
  return pieces;
}

/**
 * A polygon whose rings jump across the antimeridian, as planar polygons: each
 * ring is unwrapped to be continuous (longitudes past ±180), then cut into the
 * world and its copies on either side, shifted back. A ring that goes round a
 * pole (Antarctica) does not come back to its start when unwrapped; it is
 * already drawn right on a flat map, along the pole, and is kept as it is.
 */
export function splitPolygonAtAntimeridian(polygon) {
  const unwrapped = polygon.map(unwrap);
  if (unwrapped.every((ring) => ring === null)) return [polygon];
  const rings = unwrapped.map((ring, i) => ring ?? polygon[i]);
  const out = [];
  for (const shift of [-360, 0, 360]) {
    const window = [-180 + shift, -90, 180 + shift, 90];
    const [outer, ...holes] = rings.map((ring) => clipRing(ring, window));
    if (!outer) continue;
    const back = (ring) => ring.map(([x, y]) => [x - shift, y]);
    out.push([back(outer), ...holes.filter(Boolean).map(back)]);
  }
  return out;
}

/** The ring made continuous across ±180, or `null` if it has no jump or goes round a pole. */
function unwrap(ring) {
  let offset = 0;
  let jumped = false;
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const dx = ring[i][0] - ring[i - 1][0];
    if (Math.abs(dx) > 180) {
      offset -= Math.sign(dx) * 360;
      jumped = true;
    }
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return jumped && offset === 0 ? out : null;
}

const within = (ring, [w, s, e, n]) => ring.every(([x, y]) => x >= w && x <= e && y >= s && y <= n);

/**
 * The shapes cut to the given rectangles (which must not overlap). A ring or
 * line wholly inside a rectangle is kept as the very same array, so a ring that
 * is also a coastline stays shared and `toTopology` stores it once.
 */
export function clipShapes(shapes, rects) {
  const polygons = [];
  const coastline = [];
  const borders = [];
  const clipLines = (lines, rect, into) => {
    for (const line of lines) {
      if (within(line, rect)) into.push(line);
      else into.push(...clipLine(line, rect));
    }
  };
  for (const rect of rects) {
    for (const polygon of shapes.polygons) {
      const [outer, ...holes] = polygon.map((ring) => (within(ring, rect) ? ring : clipRing(ring, rect)));
      if (outer) polygons.push([outer, ...holes.filter(Boolean)]);
    }
    clipLines(shapes.coastline, rect, coastline);
    clipLines(shapes.borders, rect, borders);
  }
  return { polygons, coastline, borders };
}

/**
 * Writes shapes as a quantised TopoJSON topology (one arc per ring or line,
 * delta-encoded; a ring that is also a coastline is one shared arc).
 * `quantization` points per axis across the bounding box: 5e4 is about 130 m
 * across the East Asia region, finer than the 1:10m data itself.
 */
export function toTopology({ polygons, coastline, borders }, quantization = 5e4) {
  const all = [...polygons.flat(), ...coastline, ...borders];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of all) {
    for (const [x, y] of line) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  const kx = (e - w) / (quantization - 1) || 1;
  const ky = (n - s) / (quantization - 1) || 1;
  const arcs = [];
  const indexOf = new Map();
  const encode = (line, minPoints) => {
    if (indexOf.has(line)) return indexOf.get(line);
    const arc = [];
    let px = 0;
    let py = 0;
    for (const [x, y] of line) {
      const qx = Math.round((x - w) / kx);
      const qy = Math.round((y - s) / ky);
      if (arc.length > 0 && qx === px && qy === py) continue;
      arc.push(arc.length === 0 ? [qx, qy] : [qx - px, qy - py]);
      px = qx;
      py = qy;
    }
    const index = arc.length < minPoints ? null : arcs.push(arc) - 1;
    indexOf.set(line, index);
    return index;
  };
  const polygonArcs = [];
  for (const polygon of polygons) {
    const rings = [];
    for (const ring of polygon) {
      const index = encode(ring, 4);
      if (index !== null) rings.push([index]);
      else if (rings.length === 0) break; // the outer ring vanished: so does the polygon
    }
    if (rings.length > 0) polygonArcs.push(rings);
  }
  const lineArcs = (lines) => lines.map((l) => encode(l, 2)).filter((i) => i !== null).map((i) => [i]);
  return {
    type: 'Topology',
    bbox: [w, s, e, n],
    transform: { scale: [kx, ky], translate: [w, s] },
    objects: {
      land: { type: 'GeometryCollection', geometries: [{ type: 'MultiPolygon', arcs: polygonArcs }] },
      coastline: { type: 'MultiLineString', arcs: lineArcs(coastline) },
      borders: { type: 'MultiLineString', arcs: lineArcs(borders) },
    },
    arcs,
  };
}

/** Size in degrees of the 1:50m world tiles. */
const TILE = 60;

/** The rectangle where `a` and `b` overlap, or `null`. */
function intersect([w1, s1, e1, n1], [w2, s2, e2, n2]) {
  const r = [Math.max(w1, w2), Math.max(s1, s2), Math.min(e1, e2), Math.min(n1, n2)];
  return r[0] < r[2] && r[1] < r[3] ? r : null;
}

/** `[west, south, east, north]` as a part's `[[south, west], [north, east]]`. */
const toBounds = ([w, s, e, n]) => [[s, w], [n, e]];

/**
 * The basemap files as objects keyed by file name (relative paths), and the
 * parts that say when each is drawn, in drawing order.
 */
export function basemapFiles(region = EAST_ASIA) {
  const fine = worldShapes(require('world-atlas/countries-10m.json'));
  const coarse = worldShapes(require('world-atlas/countries-50m.json'));
  const world = worldShapes(require('world-atlas/countries-110m.json'));
  const files = {
    'world-110m.json': toTopology(world),
    'east-asia-50m.json': toTopology(clipShapes(coarse, [region])),
    'east-asia-10m.json': toTopology(clipShapes(fine, [region])),
    'world-50m.json': toTopology(clipShapes(coarse, outside(region))),
  };
  const parts = [{ source: 'world-110m.json', maxZoom: 2 }];
  for (let w = -180; w < 180; w += TILE) {
    for (let s = -90; s < 90; s += TILE) {
      const tile = [w, s, w + TILE, s + TILE];
      const rects = outside(region).map((r) => intersect(r, tile)).filter(Boolean);
      const shapes = clipShapes(coarse, rects);
      if (shapes.polygons.length === 0 && shapes.coastline.length === 0) continue;
      const name = `world-50m/${w}_${s}.json`;
      files[name] = toTopology(shapes);
      parts.push({ source: name, minZoom: 3, bounds: toBounds(tile) });
    }
  }
  parts.push({ source: 'east-asia-50m.json', minZoom: 3, maxZoom: 5, bounds: toBounds(region) });
  parts.push({ source: 'east-asia-10m.json', minZoom: 6, bounds: toBounds(region) });
  return { files, parts };
}

/**
 * Writes the basemap files and the label files into `outDir`, and
 * `parts.json`: `{ shapes: BasemapPart[], labels: BasemapPart[] }` with
 * sources relative to it. Returns the files written and their sizes in bytes.
 */
export function writeBasemapData(outDir) {
  mkdirSync(outDir, { recursive: true });
  const { files, parts } = basemapFiles();
  const written = Object.entries(files).map(([name, topology]) => {
    const file = path.join(outDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    const text = JSON.stringify(topology);
    writeFileSync(file, text);
    return { file, bytes: Buffer.byteLength(text) };
  });
  const labels = writeLabelData(outDir);
  written.push({ file: path.join(outDir, 'labels-*.json'), bytes: labels.bytes });
  const manifest = path.join(outDir, 'parts.json');
  writeFileSync(manifest, `${JSON.stringify({ shapes: parts, labels: labels.parts })}\n`);
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node scripts/basemap-data.mjs OUT_DIR');
    process.exit(2);
  }
  for (const { file, bytes } of writeBasemapData(outDir)) console.log(`${file}: ${(bytes / 1024).toFixed(0)} KiB`);
}

