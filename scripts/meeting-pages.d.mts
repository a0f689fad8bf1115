/** Types for `meeting-pages.mjs` (plain Node so the gallery build can run it uncompiled). */

/** One page written by {@link writeMeetingPages}. */
export interface MeetingPage {
  /** The meeting's id (the page is `<id>.html`). */
  id: string;
  /** The id of the stop the meeting belongs to (the page links to `#stop=<stop>`). */
  stop: string;
  /** The file written. */
  file: string;
}

export interface MeetingPagesOptions {
  /** The map page, relative to the meeting pages; `#stop=<id>` is appended. Default `'../seed.html'`. */
  mapPage?: string;
}

/** Writes `outDir/meetings/<id>.html` per meeting, `index.html` and `meeting.css`. */
export function writeMeetingPages(itinerary: unknown, outDir: string, options?: MeetingPagesOptions): MeetingPage[];

/** A copy of the itinerary JSON whose meetings without a `url` link to their pages (`meetings/<id>.html`), and how many were linked. */
export function withMeetingPages<T>(itinerary: T, pages: readonly Pick<MeetingPage, 'id'>[]): { itinerary: T; added: number };

/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(value: unknown): string;

/** The URL if it is http:, https:, mailto: or relative; otherwise `undefined`. */
export function safeUrl(url: unknown): string | undefined;
