/**
 * The legs' arrowheads read back from the SVG a layer drew (T13 §6), shared by the jsdom test
 * (tests/leaflet/arrows.test.ts) and the browser's (tests/e2e/globe.e2e.test.ts): every leg
 * drawn has a head at its middle by length on screen, pointing along it, 11 px long and 12 px
 * wide whatever the zoom. Points are Leaflet's layer pixels, as the paths' `d` holds them.
 */
import { expect } from 'vitest';

interface Pt {
  x: number;
  y: number;
}

/** The subpaths of an SVG path's `d` as Leaflet writes it (`M x yL x y…z`). */
export function subpaths(d: string): Pt[][] {
  return d
    .split('M')
    .filter((s) => s.trim())
    .map((sub) =>
      sub
        .replace(/z/gi, '')
        .split('L')
        .map((xy) => {
          const [x, y] = xy.trim().split(/\s+/).map(Number);
          return { x: x!, y: y! };
        }),
    );
}

const dist = (a: Pt, b: Pt) => Math.hypot(a.x - b.x, a.y - b.y);

/** The smallest turn (radians) between two directions. */
const turn = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));

/** A head read as an arrow: its tip (the corner across from the shortest side, the base), the middle of its base, its centre, its direction. */
function asArrow(triangle: Pt[]): { tip: Pt; base: Pt; centre: Pt; width: number; angle: number } {
  expect(triangle, 'a head is a triangle').toHaveLength(3);
  const across = (k: number) => dist(triangle[(k + 1) % 3]!, triangle[(k + 2) % 3]!);
  const i = [0, 1, 2].sort((a, b) => across(a) - across(b))[0]!;
  const tip = triangle[i]!;
  const [a, b] = [triangle[(i + 1) % 3]!, triangle[(i + 2) % 3]!];
  const base = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return { tip, base, centre: { x: (tip.x + base.x) / 2, y: (tip.y + base.y) / 2 }, width: dist(a, b), angle: Math.atan2(tip.y - base.y, tip.x - base.x) };
}

/** The point `s` px along a drawn line (clamped to its ends). */
function pointAlong(line: Pt[], s: number): Pt {
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const d = dist(a, b);
    if (s <= d && d > 0) return { x: a.x + ((b.x - a.x) * s) / d, y: a.y + ((b.y - a.y) * s) / d };
    s -= d;
  }
  return line[line.length - 1]!;
}

/**
 * The point halfway along a drawn line by length, and the line's direction there (radians, on
 * screen): that of the chord 15 px either side, which Leaflet's thinning of a curve by a pixel
 * turns by under 4°, where the segment the middle falls on may be a longer chord of it.
 */
function middleOf(line: Pt[]): { at: Pt; angle: number } {
  const half = line.slice(1).reduce((sum, p, i) => sum + dist(p, line[i]!), 0) / 2;
  const h = Math.min(15, half);
  const [a, b] = [pointAlong(line, half - h), pointAlong(line, half + h)];
  return { at: pointAlong(line, half), angle: Math.atan2(b.y - a.y, b.x - a.x) };
}

/**
 * Each leg (its mode and its path's `d`, drawn whole: one subpath) has a head in its mode's
 * arrow path (`heads[mode]`, the `d` of `path.vm-arrow--<mode>`) at its middle, within 2 px
 * (a head centred on its tip would be 5.5 px off), pointing along it, within 5° (Leaflet draws
 * a leg rounded to whole pixels and thinned by a pixel: see `middleOf`), 11 px long and 12 px
 * wide; and there are as many heads as legs.
 */
export function expectHeadsOnLegs(legs: { mode: string; d: string }[], heads: Record<string, string>, what: string): void {
  const all = Object.values(heads).flatMap((d) => subpaths(d));
  expect(all.length, `${what}: a head per leg`).toBe(legs.length);
  legs.forEach(({ mode, d }, k) => {
    const lines = subpaths(d);
    expect(lines, `${what}: leg ${k + 1} is drawn whole`).toHaveLength(1);
    const middle = middleOf(lines[0]!);
    // The head nearest the leg's middle that points its way (there and back share a middle).
    const head = subpaths(heads[mode] ?? '')
      .map(asArrow)
      .filter((h) => turn(h.angle, middle.angle) < Math.PI / 2)
      .sort((a, b) => dist(a.centre, middle.at) - dist(b.centre, middle.at))[0];
    expect(head, `${what}: leg ${k + 1} (${mode}) has a head pointing its way`).toBeDefined();
    expect(dist(head!.centre, middle.at), `${what}: leg ${k + 1}'s head is at its middle`).toBeLessThan(2);
    expect(turn(head!.angle, middle.angle), `${what}: leg ${k + 1}'s head points along it`).toBeLessThan((5 * Math.PI) / 180);
    expect(dist(head!.tip, head!.base), `${what}: leg ${k + 1}'s head is 11 px long`).toBeCloseTo(11, 6);
    expect(head!.width, `${what}: and 12 px wide`).toBeCloseTo(12, 6);
  });
}
