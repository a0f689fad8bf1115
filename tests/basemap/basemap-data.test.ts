import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import {
  EAST_ASIA,
  basemapFiles,
  clipLine,
  clipRing,
  outside,
  splitPolygonAtAntimeridian,
  toTopology,
} from '../../scripts/basemap-data.mjs';

const square = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

/** Even-odd point-in-polygon over every ring of a MultiPolygon. */
function onLand(land: MultiPolygon, [x, y]: Position): boolean {
  let inside = false;
  for (const polygon of land.coordinates) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as Position;
        const [xj, yj] = ring[j] as Position;
        if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
      }
    }
  }
  return inside;
}

describe('clipRing', () => {
  it('cuts a square that overlaps the rectangle to the overlap', () => {
    const ring = clipRing(square(0, 0, 10, 10), [5, 5, 20, 20]);
    expect(ring).not.toBeNull();
    const xs = ring!.map(([x]) => x!);
    const ys = ring!.map(([, y]) => y!);
    expect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]).toEqual([5, 5, 10, 10]);
    expect(ring![0]).toEqual(ring![ring!.length - 1]);
  });

  it('returns null for a ring wholly outside the rectangle', () => {
    expect(clipRing(square(0, 0, 1, 1), [5, 5, 6, 6])).toBeNull();
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the rectangle into two pieces ending on its edge', () => {
    const pieces = clipLine(
      [
        [0, 0],
        [20, 0],
        [20, 5],
        [0, 5],
      ],
      [-1, -1, 10, 10],
    );
    expect(pieces).toEqual([
      [
        [0, 0],
        [10, 0],
      ],
      [
        [10, 5],
        [0, 5],
      ],
    ]);
  });
});

describe('splitPolygonAtAntimeridian', () => {
  it('cuts a ring that jumps from 180 to -180 into planar pieces with no jump', () => {
    // An island straddling the antimeridian, stored the spherical way.
    const ring = [
      [178, 60],
      [-178, 60],
      [-178, 62],
      [178, 62],
      [178, 60],
    ];
    const pieces = splitPolygonAtAntimeridian([ring]);
    expect(pieces).toHaveLength(2);
    for (const [outer] of pieces) {
      for (let i = 1; i < outer!.length; i++) {
        expect(Math.abs(outer![i]![0]! - outer![i - 1]![0]!)).toBeLessThanOrEqual(180);
        expect(Math.abs(outer![i]![0]!)).toBeLessThanOrEqual(180);
      }
    }
  });

  it('keeps a ring that goes round the pole as it is', () => {
    const ring = [
      [-180, -80],
      [0, -75],
      [180, -80],
      [180, -90],
      [-180, -90],
      [-180, -80],
    ];
    expect(splitPolygonAtAntimeridian([ring])).toEqual([[ring]]);
  });
});

describe('toTopology', () => {
  it('round-trips shapes through topojson-client within the quantisation step, storing a shared ring once', () => {
    const island = square(120, 30, 121, 31);
    const topology = toTopology({ polygons: [[island]], coastline: [island], borders: [] }, 1e4);
    expect(topology.arcs).toHaveLength(1);
    const land = feature(topology, topology.objects.land!) as FeatureCollection;
    const ring = (land.features[0]!.geometry as MultiPolygon).coordinates[0]![0]!;
    ring.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(island[i]![0]!, 3);
      expect(p[1]).toBeCloseTo(island[i]![1]!, 3);
    });
  });
});

describe('basemapFiles', () => {
  const { files } = basemapFiles();
  const landOf = (name: string) =>
    (feature(files[name]!, files[name]!.objects.land!) as FeatureCollection).features[0]!.geometry as MultiPolygon;

  it('shows the Yangtze and Pearl River deltas: Chongming island is land, the estuaries and Hangzhou Bay are sea', () => {
    const land = landOf('east-asia-10m.json');
    expect(onLand(land, [121.5, 31.62])).toBe(true); // Chongming island
    expect(onLand(land, [121.2, 31.75])).toBe(false); // Yangtze estuary, north channel
    expect(onLand(land, [121.0, 30.45])).toBe(false); // Hangzhou Bay
    expect(onLand(land, [120.16, 30.27])).toBe(true); // Hangzhou
    expect(onLand(land, [113.75, 22.35])).toBe(false); // Pearl River estuary
    expect(onLand(land, [113.95, 22.26])).toBe(true); // Lantau island
  });

  it('tiles the world: the region holds no land outside it, the world file none inside it', () => {
    const [w, s, e, n] = EAST_ASIA;
    const coords = (g: MultiPolygon) => g.coordinates.flat(2);
    // The quantisation step of the files is far below 0.01 degrees.
    for (const [x, y] of coords(landOf('east-asia-10m.json'))) {
      expect(x! >= w - 0.01 && x! <= e + 0.01 && y! >= s - 0.01 && y! <= n + 0.01).toBe(true);
    }
    const strictlyInside = coords(landOf('world-50m.json')).filter(
      ([x, y]) => x! > w + 0.01 && x! < e - 0.01 && y! > s + 0.01 && y! < n - 0.01,
    );
    expect(strictlyInside).toEqual([]);
    expect(outside(EAST_ASIA)).toHaveLength(4);
  });

  it('draws borders and coastlines as lines', () => {
    const topo = files['east-asia-10m.json']!;
    const borders = feature(topo, topo.objects.borders!) as Feature<MultiLineString>;
    const coast = feature(topo, topo.objects.coastline!) as Feature<MultiLineString>;
    expect(borders.geometry.coordinates.length).toBeGreaterThan(10);
    expect(coast.geometry.coordinates.length).toBeGreaterThan(100);
  });
});
