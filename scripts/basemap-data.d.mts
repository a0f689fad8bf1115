// Types for scripts/basemap-data.mjs, so that tests written in TypeScript can import it.
type Position = number[];
type Ring = Position[];
type Rect = readonly [west: number, south: number, east: number, north: number];
export interface Shapes {
  polygons: Ring[][];
  coastline: Position[][];
  borders: Position[][];
}
export const EAST_ASIA: Rect;
export function outside(rect: Rect): Rect[];
export function clipRing(ring: Ring, rect: Rect): Ring | null;
export function clipLine(line: Position[], rect: Rect): Position[][];
export function splitLine(line: Position[], keep: (a: Position, b: Position) => boolean): Position[][];
export function splitPolygonAtAntimeridian(polygon: Ring[]): Ring[][];
export function worldShapes(topology: unknown): Shapes;
export function clipShapes(shapes: Shapes, rects: readonly Rect[]): Shapes;
export function toTopology(shapes: Shapes, quantization?: number): import('topojson-specification').Topology;
export function basemapFiles(region?: Rect): {
  files: Record<string, import('topojson-specification').Topology>;
  parts: import('../src/basemap/basemap-parts').BasemapPart[];
};
export function writeBasemapData(outDir: string): { file: string; bytes: number }[];
