// Types for scripts/basemap-labels.mjs, so that tests written in TypeScript can import it.
type Label = [kind: 'c' | 's' | 'p', lon: number, lat: number, minZoom: number, name: string, extra?: string | Record<string, string>];
export const SPACING: number;
export const MAX_ZOOM: number;
export const SEAS: [string, number, number, number, string, string][];
export const CITY_NAMES_ZH: Record<string, [string, string]>;
export function countryLabels(): Label[];
export function cityLabels(): Label[];
export function labelFiles(): {
  files: Record<string, { type: 'VisitmapLabels'; labels: Label[] }>;
  parts: import('../src/basemap/basemap-parts').BasemapPart[];
};
export function writeLabelData(outDir: string): { parts: import('../src/basemap/basemap-parts').BasemapPart[]; bytes: number };
