import * as L from 'leaflet';
import type { Itinerary, Meeting, SourceDocument, SourceRef } from '../../itinerary/types';
import { el, isolateFromMap, localizedEl } from '../dom';
import { datesWithCertainty, fill, formatDates } from '../../story/format';
import { safeLink } from '../../story/links';
import type { LayerStrings, MeetingView } from '../options';
import { findMeeting } from '../../story/meetings';
import { contentContext } from '../layer/draw';
import type { ItineraryLayer } from '../layer/itinerary-layer';
import { linkText, linkTo, participant, type PopupBuildContext } from '../layer/popup-content';

/** The words only the details view writes. Override them through the layer's `strings` option. */
export interface MeetingDetailsStrings {
  /** The close button's name. */
  close: string;
  /** Heading of the topics. */
  topics: string;
  /** Heading of the sources. */
  source: string;
  /** Where in a source document: `{n}` is replaced. */
  paragraph: string;
  /** Where in a paragraph: `{n}` is replaced. */
  sentence: string;
}

/** The view's words in English, under the layer's `strings`. */
export const MEETING_DETAILS_STRINGS: Readonly<MeetingDetailsStrings> = /* @__PURE__ */ Object.freeze({
  close: 'Close',
  topics: 'Topics',
  source: 'Source',
  paragraph: 'paragraph {n}',
  sentence: 'sentence {n}',
});

/** The layer's words over the view's defaults. */
function words(strings: LayerStrings): LayerStrings & MeetingDetailsStrings {
  return { ...MEETING_DETAILS_STRINGS, ...strings } as LayerStrings & MeetingDetailsStrings;
}

/** What {@link buildMeetingDetails} needs besides the meeting: the popup's context, with the meeting's stop. */
export type MeetingDetailsContext = Omit<PopupBuildContext, 'sameplace' | 'onOpenStop' | 'onOpenMeeting'>;

/**
 * The content of a meeting's details view: where (its stop), its title, date and
 * certainty (the stop's dates when the meeting has none), who took part (name, role,
 * organisation), its summary, topics, sources (document title, publisher, date,
 * paragraph and sentence; the document is found in the itinerary's `sources`), the note
 * on what is inferred, and its own page when it has a `url`. Everything from data goes in
 * as text; links only through {@link safeLink}.
 *
 * @param ctx the popup context; `index` is the meeting's stop.
 * @example
 * const found = findMeeting(it, 'lingang-big-data')!;
 * const view = buildMeetingDetails(found.meeting, { ...popupContext, index: found.stop });
 */
export function buildMeetingDetails(meeting: Meeting, ctx: MeetingDetailsContext): HTMLElement {
  const { language, itinerary } = ctx;
  const strings = words(ctx.strings);
  const stop = itinerary.stops[ctx.index]!;
  const root = el('article', 'vm-meeting-details__content');
  const where = el('p', 'vm-meeting-details__stop', `${fill(strings.stopOfTotal, { n: ctx.index + 1, total: itinerary.stops.length })}: `, root);
  localizedEl('span', '', stop.name, language, where);
  const title = localizedEl('h2', 'vm-meeting-details__title', meeting.title, language, root);
  title.tabIndex = -1; // where focus goes when the view opens
  const dates = meeting.date !== undefined
    ? datesWithCertainty(meeting.date, undefined, meeting.dateCertainty, ctx.dateLocale, strings)
    : datesWithCertainty(stop.arrive, stop.depart, stop.dateCertainty, ctx.dateLocale, strings);
  if (dates) el('p', 'vm-meeting-details__date', dates, root);
  if (meeting.with.length) {
    section(root, strings.with, 'ul', 'vm-meeting-details__with', meeting.with, (person, li) => li.append(participant(person, language)));
  }
  if (meeting.summary !== undefined) localizedEl('p', 'vm-meeting-details__summary', meeting.summary, language, root);
  if (meeting.topics.length) section(root, strings.topics, 'ul', 'vm-meeting-details__topics', meeting.topics, (topic, li) => (li.textContent = topic));
  if (meeting.source.length) {
    section(root, strings.source, 'ul', 'vm-meeting-details__sources', meeting.source, (ref, li) => citation(itinerary, ref, ctx, li));
  }
  if (meeting.note) {
    const details = el('details', 'vm-meeting-details__note', undefined, root);
    el('summary', '', strings.aboutData, details);
    el('p', '', meeting.note, details);
  }
  const page = meeting.url !== undefined ? safeLink(meeting.url, ctx.linkBase, ctx.pageOrigin) : null;
  if (page) linkTo(el('a', '', linkText(page.href, strings), el('p', 'vm-meeting-details__page', undefined, root)), page, ctx);
  return root;
}

/** A headed list: `<h3>` then one item per value. */
function section<T>(root: HTMLElement, heading: string, tag: 'ul', className: string, values: readonly T[], fillItem: (value: T, li: HTMLLIElement) => void): void {
  el('h3', 'vm-meeting-details__heading', heading, root);
  const list = el(tag, className, undefined, root);
  for (const value of values) fillItem(value, el('li', '', undefined, list));
}

/** "Commissioner … visits Hangzhou (HK Customs, 13 Dec 2023), paragraph 3, sentence 1". */
function citation(itinerary: Itinerary, ref: SourceRef, ctx: MeetingDetailsContext, li: HTMLLIElement): void {
  const strings = words(ctx.strings);
  const doc = sourceDocument(itinerary, ref);
  const cite = el('cite', 'vm-meeting-details__document', undefined, li);
  const href = doc?.url !== undefined ? safeLink(doc.url, ctx.linkBase, ctx.pageOrigin) : null;
  const name = href ? el('a', '', undefined, cite) : cite;
  if (href) linkTo(name as HTMLAnchorElement, href, ctx);
  if (doc?.title !== undefined) localizedEl('span', '', doc.title, ctx.language, name);
  else name.textContent = doc?.id ?? ref.document ?? strings.source;
  const about = [doc?.publisher, doc && formatDates(doc.published, undefined, ctx.dateLocale)].filter(Boolean);
  const place = [
    ref.paragraph !== undefined ? fill(strings.paragraph, { n: ref.paragraph }) : '',
    ref.sentence !== undefined ? fill(strings.sentence, { n: ref.sentence }) : '',
  ].filter(Boolean);
  li.append(`${about.length ? ` (${about.join(', ')})` : ''}${place.length ? `, ${place.join(', ')}` : ''}`);
}

/**
 * The document a source reference points at: the one it names, or the itinerary's only
 * document when it names none (the schema allows that, and nothing else, so an unknown
 * id never gets here from a parsed itinerary; it would show as the bare id).
 */
function sourceDocument(itinerary: Itinerary, ref: SourceRef): SourceDocument | undefined {
  if (ref.document === undefined) return itinerary.sources.length === 1 ? itinerary.sources[0] : undefined;
  return itinerary.sources.find((d) => d.id === ref.document);
}

let ids = 0;

/**
 * The meeting details view, for the layer's `meetingDetails` option: a non-modal dialog
 * panel inside the map container, above the controls, named by the meeting's title and
 * fitted to phones. Opening it moves focus to that title; Escape or its close button
 * closes it and returns focus to what opened it (for a view a `#meeting=` link opened, or
 * whose popup has closed, to its stop's marker, else the map). Keys and clicks inside it stay out of
 * the map (no panning, no next stop on `n`).
 *
 * @example
 * import { itineraryLayer, meetingDetails } from 'visitmap/leaflet';
 * itineraryLayer(data, { meetingDetails }).addTo(map); // meetings without a url open here
 */
export function meetingDetails(layer: ItineraryLayer): MeetingView {
  return new MeetingDetailsView(layer);
}

/** The view {@link meetingDetails} makes. */
export class MeetingDetailsView implements MeetingView {
  meeting: string | null = null;
  private panel: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private opener: HTMLElement | null = null;

  /** @param layer the layer whose meetings it shows, and which fires `meetingopen` and `meetingclose`. */
  constructor(private readonly layer: ItineraryLayer) {}

  open(container: HTMLElement, id: string, { opener, focus = true }: { opener?: HTMLElement | null; focus?: boolean }): void {
    const found = findMeeting(this.layer.itinerary, id);
    if (!found) throw new RangeError(`ItineraryLayer.openMeeting: no meeting has the id ${JSON.stringify(id)}`);
    const content = buildMeetingDetails(found.meeting, contentContext(this.layer, found.stop));
    const panel = this.panel ?? this.make();
    if (panel.parentElement !== container) container.append(panel);
    if (this.meeting === null || opener) this.opener = opener ?? (document.activeElement as HTMLElement | null);
    this.meeting = id;
    this.body!.replaceChildren(content);
    const title = content.querySelector<HTMLElement>('.vm-meeting-details__title')!;
    panel.setAttribute('aria-labelledby', (title.id = `vm-meeting-details-${++ids}`));
    panel.hidden = false;
    this.body!.scrollTop = 0;
    if (focus) title.focus({ preventScroll: true });
    this.fire('meetingopen', id);
  }

  close(restoreFocus = true): void {
    const id = this.meeting;
    const panel = this.panel;
    if (id === null || !panel) return;
    const hadFocus = panel.contains(document.activeElement);
    this.meeting = null;
    panel.hidden = true;
    this.body!.replaceChildren();
    const opener = this.opener;
    this.opener = null;
    if (restoreFocus && hadFocus) {
      // What opened it, else (a `#meeting=` link opened it: the page had focus; or its popup
      // has closed since) its stop's marker, else the map: never the page's <body>.
      if (opener?.isConnected && opener !== document.body) opener.focus({ preventScroll: true });
      else this.layer._focusStop(findMeeting(this.layer.itinerary, id)!.stop);
      const now = document.activeElement;
      if (!now || now === document.body || panel.contains(now)) panel.parentElement?.focus({ preventScroll: true });
    }
    this.fire('meetingclose', id);
  }

  private fire(type: 'meetingopen' | 'meetingclose', id: string): void {
    const { meeting, stop } = findMeeting(this.layer.itinerary, id)!;
    this.layer.fire(type, { meeting, stop: this.layer.itinerary.stops[stop], index: stop, layer: this.layer });
  }

  remove(): void {
    this.close(false);
    this.panel?.remove();
  }

  private make(): HTMLElement {
    const strings = words(this.layer.settings.strings);
    const panel = el('section', 'vm-meeting-details');
    panel.dir = 'auto'; // in its words' direction, not the page's
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.hidden = true;
    const close = el('button', 'vm-meeting-details__close', undefined, panel);
    close.setAttribute('aria-label', strings.close);
    close.title = strings.close;
    el('span', '', '×', close).setAttribute('aria-hidden', 'true');
    close.addEventListener('click', () => this.close());
    this.body = el('div', 'vm-meeting-details__body', undefined, panel);
    isolateFromMap(panel);
    L.DomEvent.on(panel, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') {
        e.preventDefault();
        this.close();
      }
      e.stopPropagation(); // the map's and the layer's keys (arrows, n, p) are not for the view
    });
    this.panel = panel;
    return panel;
  }
}
