/** Types for `thumbnail-sources.mjs` (plain Node, run uncompiled by the screenshot script). */

/** One gallery thumbnail: the page it shows and what is photographed. */
export interface ThumbnailExample {
  /** The page as served from site/, e.g. `examples/seed.html`. */
  page: string;
  /** The element photographed. */
  element: string;
  /** What to click before the picture. */
  click?: (page: unknown) => { click(): Promise<void> };
  /** The files a generated page is made from, instead of those worked out from `page`. */
  sources?: string[];
}

/** The thumbnails, by name (`assets/thumbs/<name>.png`). */
export const EXAMPLES: Record<string, ThumbnailExample>;

/** The manifest of what each thumbnail was taken of, relative to the repository's root. */
export const THUMBNAIL_SOURCES: string;

/** The files a thumbnail's page is made from, each with a short hash of its content. */
export function thumbnailSources(root: string, example: { page: string; sources?: string[] }): Record<string, string>;

/** The thumbnails whose page changed since they were taken, with the files that changed. */
export function staleThumbnails(
  root: string,
  examples: Record<string, { page: string; sources?: string[] }>,
  recorded: Record<string, Record<string, string>>,
): { name: string; changed: string[] }[];
