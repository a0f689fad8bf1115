/**
 * Which pieces of basemap data a view needs, and which world copies it shows.
 * Pure: no DOM, no Leaflet, so the rules are tested in plain Node.
 */

/**
 * Where a basemap's data comes from: a URL to fetch (fetched only when the
 * view first needs it), or an already loaded object.
 */
export type BasemapSource = string | URL | object;

/**
 * One piece of basemap data and where it is needed: a source plus the zooms
 * and the area where it is drawn. A part is fetched only the first time a view
 * needs it, so detailed data for one region costs nothing elsewhere.
 *
 * @example
 * // The world at 1:50m; 1:10m coasts on top only when zoomed into East Asia
 * // (both files ship in the package: visitmap/basemap/*.json).
 * [{ source: 'world-50m.json' },
 *  { source: 'east-asia-10m.json', minZoom: 6, bounds: [[0, 90], [50, 150]] }]
 */
export interface BasemapPart {
  /** The data: a URL, or a loaded object. */
  source: BasemapSource;
  /** The lowest zoom at which the part is drawn. Default: no limit. */
  minZoom?: number;
  /** The highest zoom at which the part is drawn. Default: no limit. */
  maxZoom?: number;
  /** `[[south, west], [north, east]]` (degrees, west < east): the part is drawn only when the view meets it, in any world copy. Default: the whole world. */
  bounds?: [[number, number], [number, number]];
}

/** A view: its zoom and its edges in degrees; longitudes may run past ±180 (world copies). */
export interface ViewWindow {
  /** The map's zoom. */
  zoom: number;
  /** West edge, in degrees of longitude (past -180 in a world copy to the west). */
  west: number;
  /** South edge, in degrees of latitude. */
  south: number;
  /** East edge, in degrees of longitude (past 180 in a world copy to the east). */
  east: number;
  /** North edge, in degrees of latitude. */
  north: number;
}

/** The view of a map (anything with Leaflet's `getZoom` and `getBounds`). */
export function viewOf(map: { getZoom(): number; getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } }): ViewWindow {
  const b = map.getBounds();
  return { zoom: map.getZoom(), west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
}

/**
 * Normalises what a basemap layer was given into parts, naming the position
 * of anything that is neither a URL, a loaded object nor a {@link BasemapPart}.
 * @throws TypeError for programmer misuse.
 */
export function toParts(input: BasemapSource | BasemapPart | ReadonlyArray<BasemapSource | BasemapPart>, who: string): BasemapPart[] {
  const list = Array.isArray(input) ? input : [input];
  if (list.length === 0) throw new TypeError(`${who}: give at least one source`);
  return list.map((item: unknown, i) => {
    if (typeof item === 'string' || item instanceof URL) return { source: item };
    if (typeof item !== 'object' || item === null) {
      throw new TypeError(`${who}: source ${i} must be a URL or a TopoJSON topology, got ${item === null ? 'null' : typeof item}`);
    }
    if (!('source' in item)) return { source: item };
    const part = item as BasemapPart;
    const b = part.bounds;
    if (b !== undefined && !(Array.isArray(b) && b.length === 2 && b.flat().every(Number.isFinite) && b[0][1] < b[1][1] && b[0][0] <= b[1][0])) {
      throw new TypeError(`${who}: part ${i} bounds must be [[south, west], [north, east]] with west < east`);
    }
    return toParts([part.source as BasemapSource], `${who}: part ${i}`).map((p) => ({ ...part, source: p.source }))[0]!;
  });
}

/**
 * The shifts (multiples of 360°) of the world copies a view from `west` to
 * `east` shows, nearest the main copy first: `[0]` for a view inside
 * −180…180, `[0, 360]` for a view centred on 180.
 */
export function worldCopies(west: number, east: number): number[] {
  // `west + 180` can round up to a whole world (899.9999999999999 + 180 is 1080): step back
  // when the copy found starts east of the view's west edge.
  let first = Math.floor((west + 180) / 360);
  if (first * 360 - 180 > west) first--;
  const last = Math.floor((east + 180) / 360 - 1e-12);
  const shifts: number[] = [];
  for (let k = first; k <= Math.max(first, last); k++) shifts.push(k * 360);
  return shifts.sort((a, b) => Math.abs(a) - Math.abs(b));
}

/** Whether `part` is drawn in `view`: within its zooms and meeting its bounds in some world copy. */
export function isDue(part: BasemapPart, view: ViewWindow): boolean {
  if (part.minZoom !== undefined && view.zoom < part.minZoom) return false;
  if (part.maxZoom !== undefined && view.zoom > part.maxZoom) return false;
  if (!part.bounds) return true;
  const [[s, w], [n, e]] = part.bounds;
  if (n < view.south || s > view.north) return false;
  return worldCopies(view.west, view.east).some((shift) => w + shift < view.east && e + shift > view.west);
}

/** Loading state of one part: fetched once, kept for later views. */
interface PartState<T> {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  value?: T;
  /** Settles when the part has loaded or failed. */
  done?: Promise<void>;
}

/**
 * Loads parts as views need them, each at most once, and says when all the
 * parts a view needs have settled (loaded or failed), so a layer can swap
 * from coarse to fine data in one step, never through an empty map.
 */
export class PartLoader<T> {
  private readonly states: PartState<T>[];

  constructor(
    readonly parts: readonly BasemapPart[],
    /** Reads and prepares one part; a rejection marks it failed (reported by `onError`). */
    private readonly read: (part: BasemapPart) => Promise<T>,
    private readonly onError: (error: Error, part: BasemapPart) => unknown,
  ) {
    this.states = parts.map(() => ({ status: 'idle' }));
  }

  /** The indexes of the parts `view` needs (all parts for `null`). */
  due(view: ViewWindow | null): number[] {
    return this.parts.flatMap((part, i) => (view === null || isDue(part, view) ? [i] : []));
  }

  /** The loaded value of part `i`, if it has loaded. */
  value(i: number): T | undefined {
    return this.states[i]!.value;
  }

  /** Whether every part in `indexes` has loaded or failed. */
  settled(indexes: readonly number[]): boolean {
    return indexes.every((i) => this.states[i]!.status === 'ready' || this.states[i]!.status === 'failed');
  }

  /**
   * Starts loading the parts in `indexes` that have not started; resolves when
   * all of them have settled, including those another call started.
   */
  async load(indexes: readonly number[]): Promise<void> {
    await Promise.all(indexes.map((i) => (this.states[i]!.done ??= this.start(i))));
  }

  private async start(i: number): Promise<void> {
    const state = this.states[i]!;
    state.status = 'loading';
    try {
      state.value = await this.read(this.parts[i]!);
      state.status = 'ready';
    } catch (e) {
      state.status = 'failed';
      this.onError(e instanceof Error ? e : new Error(String(e)), this.parts[i]!);
    }
  }
}

/**
 * How a layer reports a part that failed: as its `error` event, `{ error, source }`, or on the
 * console when nothing listens (a Leaflet `Evented`; passed in, so this file needs no Leaflet).
 */
export const reportTo =
  (layer: { listens(type: string): boolean; fire(type: string, data: object): unknown }) =>
  (error: Error, part: BasemapPart): unknown =>
    layer.listens('error') ? layer.fire('error', { error, source: part.source }) : console.error(error);

/** Reads a source: fetches a URL as JSON (naming it in any HTTP error), passes an object through. */
export async function readSource(source: BasemapSource, who: string, init?: RequestInit): Promise<unknown> {
  if (typeof source !== 'string' && !(source instanceof URL)) return source;
  const response = await fetch(source, init);
  if (!response.ok) throw new Error(`${who}: ${source} answered HTTP ${response.status}`);
  return response.json();
}
