/**
 * Place-name data for the basemap, and where to put the names on screen.
 * Pure: no DOM, no Leaflet.
 *
 * A label file (written by `scripts/basemap-labels.mjs`) is
 * `{ "type": "VisitmapLabels", "labels": [...] }`, each label a compact array
 * `[kind, longitude, latitude, minZoom, englishName, names?]`: `kind` is
 * `"c"` (country; `names` is its ISO 3166 region code, named in any language
 * by `Intl.DisplayNames`), `"s"` (sea or ocean) or `"p"` (populated place),
 * and `names` maps language tags to names. Labels come in priority order.
 */

/** What a label names. */
export type LabelKind = 'country' | 'sea' | 'place';

/** One place name, as read from a label file. */
export interface PlaceLabel {
  /** A country, a sea or ocean, or a place (city). */
  kind: LabelKind;
  /** Where the name stands: longitude, in degrees. */
  lon: number;
  /** Where the name stands: latitude, in degrees. */
  lat: number;
  /** The lowest zoom at which it is shown. */
  minZoom: number;
  /** Its English name, the fallback for every language. */
  name: string;
  /** Names by language tag. */
  names?: Readonly<Record<string, string>>;
  /** ISO 3166-1 alpha-2 code of a country. */
  region?: string;
}

const KINDS: Readonly<Record<string, LabelKind>> = { c: 'country', s: 'sea', p: 'place' };

/**
 * Reads a label file, naming the first entry that is not a label.
 * @throws TypeError naming the bad entry.
 */
export function readLabels(data: unknown): PlaceLabel[] {
  const labels = (data as { type?: unknown; labels?: unknown } | null)?.labels;
  if ((data as { type?: unknown } | null)?.type !== 'VisitmapLabels' || !Array.isArray(labels)) {
    throw new TypeError('basemap labels: expected { "type": "VisitmapLabels", "labels": [...] }');
  }
  return labels.map((entry: unknown, i) => {
    const [k, lon, lat, minZoom, name, extra] = Array.isArray(entry) ? entry : [];
    const kind = KINDS[k as string];
    if (!kind || ![lon, lat, minZoom].every(Number.isFinite) || typeof name !== 'string') {
      throw new TypeError(`basemap labels: labels[${i}] must be [kind, lon, lat, minZoom, name, names?]`);
    }
    const label: PlaceLabel = { kind, lon, lat, minZoom, name };
    if (typeof extra === 'string') label.region = extra;
    else if (extra && typeof extra === 'object') label.names = extra as Record<string, string>;
    return label;
  });
}

/** The last tag {@link likelyTag} was asked for, and its answer: a draw asks once per name. */
let [asked, likely] = ['', ''];

/**
 * A BCP 47 tag with the script and region it most likely means filled in, in canonical case
 * (CLDR's likely subtags, as `Intl.Locale` has them: `zh-TW` → `zh-Hant-TW`, `zh` →
 * `zh-Hans-CN`, `ZH-hk` → `zh-Hant-HK`); a tag `Intl.Locale` rejects comes back as it is.
 */
export function likelyTag(language: string): string {
  if (language !== asked) {
    asked = likely = language;
    try {
      likely = new Intl.Locale(language).maximize().toString();
    } catch {
      // not a well-formed tag: it stands as it is
    }
  }
  return likely;
}

/**
 * Picks a label's name in `language` (a BCP 47 tag): an exact entry, then one
 * for a shorter form of the tag (`zh-Hant-TW` → `zh-Hant` → `zh`), the same for
 * the tag's likely form (`zh-TW` and `zh-hk` find `zh-Hant`; `zh` and `zh-SG` find
 * `zh-Hans`), then for a country the name `regionName` gives, then the English name.
 */
export function labelName(label: PlaceLabel, language: string, regionName?: (code: string) => string | undefined): string {
  if (label.names) {
    for (const form of [language, likelyTag(language)]) {
      for (let tag = form; tag; tag = tag.slice(0, Math.max(0, tag.lastIndexOf('-')))) {
        const name = label.names[tag];
        if (name) return name;
      }
    }
  }
  if (label.region && regionName && !/^en\b/.test(language)) return regionName(label.region) ?? label.name;
  return label.name;
}

/** A rectangle on screen, in pixels. */
export interface Box {
  /**
   * An obstacle that hides what is under it (a control), rather than standing for the place it
   * sits on (a marker): a place under or beside it gets no name moved around it.
   */
  hides?: boolean;
  /** Left edge, in container pixels. */
  x: number;
  /** Top edge, in container pixels. */
  y: number;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
}

/** A label to place: its anchor on screen and its text's size. */
export interface LabelCandidate {
  text: string;
  kind: LabelKind;
  /** Anchor on screen: the place's point, or the centre of a country or sea name. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed label: its box, and where its text starts. */
export interface PlacedLabel extends Box {
  /** The name as drawn, in the map's language. */
  text: string;
  /** What the name is of. */
  kind: LabelKind;
  /** The anchor (a place's dot): x in container pixels. */
  anchorX: number;
  /** The anchor's y in container pixels. */
  anchorY: number;
  /** Whether a dot marks the place (not when a marker already covers it). */
  dot: boolean;
}

/** How close (pixels) an obstacle must be to a place to stand for it. */
const NEAR = 8;

/** How much farther (pixels) than the labels' gap a name keeps from any other place's dot. */
const APART = 5;

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The obstacles that stand for a place: those within NEAR pixels of its point
 * (a marker on it), as one box; `undefined` when nothing is near. Obstacles
 * that overlap them are not added: a name placed around a cluster of markers
 * would land beside another stop's marker, far from its own place (Hangzhou's
 * name east of Shanghai's badge on a phone). Obstacles that hide (controls)
 * never stand for a place: see placeLabels.
 */
function coverOf(p: { x: number; y: number }, obstacles: readonly Box[]): Box | undefined {
  let box: Box | undefined;
  for (const o of obstacles) {
    if (!o.hides && overlaps(o, { x: p.x - NEAR, y: p.y - NEAR, width: 2 * NEAR, height: 2 * NEAR })) box = box ? union(box, o) : o;
  }
  return box;
}

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

/**
 * Places labels in the given (priority) order so that none collide, none
 * cover an obstacle (markers, controls) and all lie inside `view`. A place's
 * name tries the right of its dot, then the left, above, below and the four
 * corners; when the place is under or next to a marker (an obstacle that does
 * not hide), the name goes around the marker instead and no dot is drawn; a place
 * under a control (an obstacle that hides) is left out. No place's name comes within 8 px
 * (gap + APART) of another place's dot. A country or sea name is centred on
 * its anchor. A label with no free position is left out. `gap` is the padding
 * kept around each box.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Box[], view: Box, gap = 3): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken: Box[] = [...obstacles];
  // Places' names and dots kept apart by APART px more than `gap`: a name as near another place's
  // dot as to its own reads as that place's ("Hefei ● Shanghai", Shanghai's name pushed left of
  // its marker next to Hefei's dot). A sea's or country's name is set apart by its style.
  // (Dots too are kept that far apart: two dots closer are one blur.)
  const near: Box[] = [];
  for (const c of candidates) {
    const { width: w, height: h } = c;
    const mark = { x: c.x - 3, y: c.y - 3, width: 6, height: 6 };
    // A place under a control (or so close that its dot would touch it) is hidden: naming it
    // elsewhere, without its dot, would put the name on another place.
    if (c.kind === 'place' && obstacles.some((o) => o.hides && overlaps(o, mark))) continue;
    const cover = c.kind === 'place' ? coverOf(c, obstacles) : undefined;
    // Around the place's dot, or around the obstacle that covers it.
    const around = cover ?? { x: c.x - 2, y: c.y - 2, width: 4, height: 4 };
    const dot = c.kind === 'place' && !cover ? mark : null;
    const apart = dot && { x: c.x - 3 - APART, y: c.y - 3 - APART, width: 6 + 2 * APART, height: 6 + 2 * APART };
    const options: [number, number][] =
      c.kind === 'place'
        ? [
            [around.x + around.width + 4, c.y - h / 2],
            [around.x - 4 - w, c.y - h / 2],
            [c.x - w / 2, around.y - 2 - h],
            [c.x - w / 2, around.y + around.height + 2],
            [around.x + around.width + 2, around.y - 2 - h],
            [around.x + around.width + 2, around.y + around.height + 2],
            [around.x - 2 - w, around.y - 2 - h],
            [around.x - 2 - w, around.y + around.height + 2],
          ]
        : [[c.x - w / 2, c.y - h / 2]];
    for (const [x, y] of options) {
      const box = { x: x - gap, y: y - gap, width: w + 2 * gap, height: h + 2 * gap };
      const inView = x >= view.x && y >= view.y && x + w <= view.x + view.width && y + h <= view.y + view.height;
      if (!inView || taken.some((t) => overlaps(t, box) || (dot !== null && overlaps(t, dot)))) continue;
      if (c.kind === 'place' && near.some((n) => overlaps(n, box) || (apart && overlaps(n, apart)))) continue;
      if (dot) taken.push(dot);
      if (apart) near.push(apart);
      taken.push(box);
      if (c.kind === 'place') near.push(box);
      placed.push({ text: c.text, kind: c.kind, x, y, width: w, height: h, anchorX: c.x, anchorY: c.y, dot: dot !== null });
      break;
    }
  }
  return placed;
}
