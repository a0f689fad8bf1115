import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { PartLoader, isDue, toParts, worldCopies, type BasemapPart } from '../../src/basemap/basemap-parts';

const EAST_ASIA: BasemapPart['bounds'] = [[0, 90], [50, 150]];
const view = (zoom: number, west: number, south: number, east: number, north: number) => ({ zoom, west, south, east, north });

describe('worldCopies', () => {
  it('is just the main copy for a view inside −180…180', () => {
    expect(worldCopies(100, 130)).toEqual([0]);
    expect(worldCopies(-180, 180)).toEqual([0]);
  });

  it('adds the copy east of 180 for a view centred on the antimeridian', () => {
    expect(worldCopies(90, 270)).toEqual([0, 360]);
    expect(worldCopies(-270, -90)).toEqual([0, -360]);
  });

  it('covers every longitude of any view with exactly the copies it meets', () => {
    fc.assert(
      fc.property(fc.double({ min: -900, max: 900, noNaN: true }), fc.double({ min: 0.001, max: 720, noNaN: true }), (west, width) => {
        const east = west + width;
        const shifts = worldCopies(west, east);
        // Every copy listed meets the view…
        for (const s of shifts) expect(s - 180 < east && s + 180 >= west).toBe(true);
        // …and every longitude in the view falls in one of them.
        for (const lon of [west, (west + east) / 2, east - 1e-9]) {
          expect(shifts.some((s) => lon >= s - 180 && lon < s + 180 + 1e-9)).toBe(true);
        }
        expect(new Set(shifts).size).toBe(shifts.length);
      }),
    );
  });

  it('keeps the copy of a west edge whose sum with 180 rounds up to a whole world', () => {
    // 899.9999999999999 + 180 === 1080 in floating point; the view still starts in the copy at 720.
    expect(worldCopies(899.9999999999999, 900.001)).toEqual([720, 1080]);
  });
});

describe('isDue', () => {
  const fine: BasemapPart = { source: 'east-asia-10m.json', minZoom: 6, bounds: EAST_ASIA };

  it('needs the detailed region only when zoomed into it', () => {
    expect(isDue(fine, view(6, 115, 20, 125, 32))).toBe(true);
    expect(isDue(fine, view(5, 115, 20, 125, 32))).toBe(false); // not zoomed in enough
    expect(isDue(fine, view(8, 2, 48, 4, 50))).toBe(false); // Paris
    expect(isDue(fine, view(8, 115, -40, 125, -30))).toBe(false); // south of the region
  });

  it('finds a region in the world copy a view over the Pacific shows', () => {
    const pacific: BasemapPart = { source: 'x', bounds: [[0, -180], [60, -120]] };
    expect(isDue(pacific, view(4, 170, 10, 200, 40))).toBe(true); // −180…−160 seen as 180…200
    expect(isDue(pacific, view(4, 100, 10, 170, 40))).toBe(false);
  });

  it('respects maxZoom', () => {
    expect(isDue({ source: 'w', maxZoom: 2 }, view(2, -180, -80, 180, 80))).toBe(true);
    expect(isDue({ source: 'w', maxZoom: 2 }, view(3, -180, -80, 180, 80))).toBe(false);
  });
});

describe('toParts', () => {
  it('accepts URLs, topologies and parts, and names the position of anything else', () => {
    const topo = { type: 'Topology' };
    expect(toParts(['a.json', topo, { source: 'b.json', minZoom: 3 }], 't')).toEqual([
      { source: 'a.json' },
      { source: topo },
      { source: 'b.json', minZoom: 3 },
    ]);
    expect(() => toParts(['a.json', 7 as never], 't')).toThrow(/t: source 1 must be a URL or a TopoJSON topology, got number/);
    expect(() => toParts([{ source: 'a', bounds: [[0, 10], [5, 0]] }], 't')).toThrow(/part 0 bounds must be/);
    expect(() => toParts([], 't')).toThrow(/at least one source/);
  });
});

describe('PartLoader', () => {
  it('reads each part once however often it is asked, and reports a failure once', async () => {
    const read = vi.fn(async (part: BasemapPart) => {
      if (part.source === 'bad') throw new Error('nope');
      return String(part.source);
    });
    const errors: string[] = [];
    const loader = new PartLoader([{ source: 'a' }, { source: 'bad' }], read, (e) => errors.push(e.message));
    expect(loader.settled([0, 1])).toBe(false);
    await Promise.all([loader.load([0, 1]), loader.load([0, 1])]);
    await loader.load([0, 1]);
    expect(read).toHaveBeenCalledTimes(2);
    expect(loader.settled([0, 1])).toBe(true);
    expect(loader.value(0)).toBe('a');
    expect(loader.value(1)).toBeUndefined();
    expect(errors).toEqual(['nope']);
  });
});
