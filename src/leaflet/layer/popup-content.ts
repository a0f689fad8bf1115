import type { Itinerary, Meeting, Participant, Stop } from '../../itinerary/types';
import { el, localizedEl, otherLanguages, pick } from '../dom';
import { checkedDistanceKm } from '../../geo/distance';
import { datesWithCertainty, fill, formatDates, formatNumber } from '../../story/format';
import { safeLink } from '../../story/links';
import type { LayerStrings } from '../options';

/** What the default popup builder needs besides the stop. */
export interface PopupBuildContext {
  /** The itinerary the stop belongs to. */
  itinerary: Itinerary;
  /** Position of the stop in visiting order, from 0. */
  index: number;
  /** BCP 47 tag of the language to show names and text in. */
  language: string;
  /** Locale dates are formatted in, e.g. `'en-GB'`. */
  dateLocale: string;
  /** Words the popup writes itself. */
  strings: LayerStrings;
  /** Base URL for relative meeting links. */
  linkBase: string;
  /** The page's origin: links elsewhere are external. `null` treats every http(s) link as external. */
  pageOrigin: string | null;
  /** `target` of links that leave the site; `null` opens them in the same tab. */
  externalLinkTarget: string | null;
  /** Other stops made at the same place (indexes), offered as buttons. */
  sameplace?: number[];
  /** Called when one of those buttons is pressed. */
  onOpenStop?: (index: number) => void;
  /**
   * Opens the details view of a meeting that has no `url` (the layer's `openMeeting`),
   * given the link pressed so that focus can return to it. Without it such a meeting has
   * no details link.
   */
  onOpenMeeting?: (id: string, opener: HTMLElement) => void;
  /**
   * Whether the page opens a `#meeting=<id>` link when loaded (a `DeepLink` reads the
   * URL): then the control that opens the details view is such a link, else a button (a link
   * that opened nothing in a new tab, and left the URL as it was, would promise too much).
   * A string is the key the link is read from: `'b.meeting'` for a `DeepLink` with `key: 'b'`
   * (`#b.meeting=<id>`); `true` is `'meeting'`.
   */
  meetingLinks?: boolean | string;
}

/**
 * The default popup: the stop's name (and its other languages), its dates with their
 * certainty, and each meeting with its date, participants, summary and a link to its
 * details: its `url`, or, for a meeting without one, a button opening the details view
 * (when `onOpenMeeting` is given; a `#meeting=<id>` link with `meetingLinks`). Everything from data goes in as text; links only when
 * {@link safeLink} accepts them, otherwise the URL is shown as plain text.
 * @example
 * const it = parseItinerary(json);
 * const el = buildPopupContent(it.stops[0], {
 *   itinerary: it,
 *   index: 0,
 *   language: 'en',
 *   dateLocale: 'en-GB',
 *   strings: DEFAULT_STRINGS,
 *   linkBase: location.href,
 *   pageOrigin: location.origin,
 *   externalLinkTarget: '_blank',
 * });
 */
export function buildPopupContent(stop: Stop, ctx: PopupBuildContext): HTMLElement {
  const { language, strings } = ctx;
  const root = el('article', 'vm-popup');
  // In the direction of the layer's words (their first letter), not the page's: English labels on a right-to-left page keep their punctuation.
  root.dir = 'auto';
  const header = el('header', 'vm-popup__header', undefined, root);
  el('p', 'vm-popup__number', fill(strings.stopOfTotal, { n: ctx.index + 1, total: ctx.itinerary.stops.length }), header);
  const title = localizedEl('h2', 'vm-popup__title', stop.name, language, header);
  title.tabIndex = -1; // focus target when the popup is opened from the keyboard
  const others = otherLanguages(stop.name, language);
  if (others.length) {
    const alt = el('p', 'vm-popup__alt-names', undefined, header);
    others.forEach(([tag, text], i) => {
      if (i) alt.append(' · ');
      // Isolated (dir="auto", as <bdi>): a Hebrew name after an Arabic one stays after it.
      Object.assign(el('span', '', text, alt), { lang: tag, dir: 'auto' });
    });
  }
  const dates = datesWithCertainty(stop.arrive, stop.depart, stop.dateCertainty, ctx.dateLocale, strings);
  if (dates) el('p', `vm-popup__dates vm-certainty--${stop.dateCertainty ?? 'none'}`, dates, header);
  if (stop.note) {
    // Provenance notes are long: folded, for the reader who asks how we know.
    const details = el('details', 'vm-popup__note', undefined, root);
    el('summary', '', strings.aboutData, details);
    el('p', '', stop.note, details);
  }

  if (stop.meetings.length) {
    const list = el('ul', 'vm-popup__meetings', undefined, root);
    for (const meeting of stop.meetings) list.append(buildMeeting(meeting, ctx));
  }

  if (ctx.sameplace?.length) {
    const also = el('p', 'vm-popup__also', `${strings.alsoHere}: `, root);
    for (const other of ctx.sameplace) {
      const s = ctx.itinerary.stops[other]!;
      const button = el('button', 'vm-popup__also-stop', fill(strings.stopOfTotal, { n: other + 1, total: ctx.itinerary.stops.length }), also);
      const when = datesWithCertainty(s.arrive, s.depart, undefined, ctx.dateLocale, strings);
      if (when) button.textContent += ` (${when})`;
      button.onclick = () => ctx.onOpenStop?.(other);
    }
  }
  return root;
}

/**
 * The popup of leg `index` (from stop `index` to the next): its travel mode in the layer's
 * words, "From → To", when (the first stop's departure to the next one's arrival) and its
 * great-circle distance in the date locale's numbers. Everything from data goes in as text.
 * @example
 * const el = buildLegPopupContent(0, { itinerary: it, language: 'en', dateLocale: 'en-GB', strings: DEFAULT_STRINGS });
 */
export function buildLegPopupContent(index: number, ctx: Pick<PopupBuildContext, 'itinerary' | 'language' | 'dateLocale' | 'strings'>): HTMLElement {
  const { itinerary, language, strings } = ctx;
  const mode = itinerary.legs[index]!.mode;
  const a = itinerary.stops[index]!;
  const b = itinerary.stops[index + 1]!;
  const root = el('article', 'vm-popup vm-popup--leg');
  root.dir = 'auto';
  const header = el('header', 'vm-popup__header', undefined, root);
  el('p', `vm-popup__number vm-popup__mode--${mode}`, strings.modes[mode], header);
  const title = el('h2', 'vm-popup__title', undefined, header);
  title.tabIndex = -1;
  // Each name isolated (a right-to-left name would turn the arrow round) and in its language.
  localizedEl('bdi', '', a.name, language, title);
  title.append(' → ');
  localizedEl('bdi', '', b.name, language, title);
  const dates = formatDates(a.depart ?? a.arrive, b.arrive ?? b.depart, ctx.dateLocale, strings);
  if (dates) el('p', 'vm-popup__dates', dates, header);
  const km = checkedDistanceKm(a.coordinates, b.coordinates);
  el('p', 'vm-popup__distance', fill(strings.km ?? '{n} km', { n: formatNumber(km, ctx.dateLocale, km < 10 ? 1 : 0) }), root);
  return root;
}

function buildMeeting(meeting: Meeting, ctx: PopupBuildContext): HTMLElement {
  const { language, strings } = ctx;
  const item = el('li', `vm-meeting vm-meeting--${meeting.kind ?? 'meeting'}`);
  localizedEl('h3', 'vm-meeting__title', meeting.title, language, item);
  const dates = datesWithCertainty(meeting.date, undefined, meeting.dateCertainty, ctx.dateLocale, strings);
  if (dates) el('p', 'vm-meeting__date', dates, item);
  if (meeting.with.length) {
    const who = el('p', 'vm-meeting__with', `${strings.with}: `, item);
    const names = el('span', 'vm-meeting__people', undefined, who);
    meeting.with.forEach((person, i) => {
      if (i) names.append('; ');
      names.append(participant(person, language));
    });
  }
  if (meeting.summary !== undefined) localizedEl('p', 'vm-meeting__summary', meeting.summary, language, item);
  if (meeting.url || ctx.onOpenMeeting) item.append(meetingLink(meeting, ctx));
  return item;
}

/** A person or organisation: "Wang Wei (Director General, Hangzhou Customs District)", each part in its language. */
export function participant(person: Participant, language: string): HTMLElement {
  const span = el('span', 'vm-person');
  // Each person isolated, in the direction of their own words: an Arabic name with its role in
  // brackets keeps them, and the people keep their order, in a page of either direction.
  span.dir = 'auto';
  localizedEl('span', 'vm-person__name', person.name, language, span);
  const extra = [person.role, person.organisation].filter((t) => t !== undefined && pick(t, language).text !== '');
  if (extra.length) {
    span.append(' (');
    extra.forEach((t, i) => {
      if (i) span.append(', ');
      localizedEl('span', i === 0 && person.role !== undefined ? 'vm-person__role' : 'vm-person__org', t, language, span);
    });
    span.append(')');
  }
  return span;
}

/**
 * "Meeting details" ("Email" for a `mailto:` address), naming its meeting for screen readers
 * listing the page's links: a link to the meeting's `url` (shown as plain text when not safe); for a meeting without one,
 * what opens the built-in details view: with `meetingLinks`, a real `#meeting=<id>` link
 * (it can be copied, or opened in a new tab), which a plain click or Enter opens in place;
 * otherwise a button.
 */
function meetingLink(meeting: Meeting, ctx: PopupBuildContext): HTMLElement {
  const p = el('p', 'vm-meeting__link');
  const url = meeting.url;
  // `#meeting=<id>` as formatStoryHash writes it.
  const key = ctx.meetingLinks === true ? 'meeting' : ctx.meetingLinks;
  const link = url ? safeLink(url, ctx.linkBase, ctx.pageOrigin) : key && { href: `#${key}=${encodeURIComponent(meeting.id)}`, external: false };
  if (link === null) {
    el('span', 'vm-link-blocked', url, p);
    return p;
  }
  // A button has no `href`: typed as a link for `linkTo`, which only a link gets.
  const a = el(link ? 'a' : 'button', 'vm-meeting__details', linkText(link && link.href, ctx.strings), p) as HTMLAnchorElement;
  if (link) linkTo(a, link, ctx);
  el('span', 'vm-visually-hidden', `: ${pick(meeting.title, ctx.language).text}`, a);
  if (!url) {
    a.onclick = (e) => {
      // A new tab or window: the link as it is (a middle click fires no `click`).
      if (link && (e.ctrlKey || e.metaKey || e.shiftKey)) return;
      e.preventDefault();
      ctx.onOpenMeeting!(meeting.id, a);
    };
  }
  return p;
}

/** What a meeting's link says: "Email" for a `mailto:` address, which writes rather than shows details, else "Meeting details". */
export function linkText(href: string | false | undefined, strings: Pick<LayerStrings, 'details' | 'email'>): string {
  return href && href.startsWith('mailto:') ? (strings.email ?? 'Email') : strings.details;
}

/**
 * Makes `a` a link to `link` (as {@link safeLink} returns it); one that leaves the site
 * gets `rel="noopener noreferrer"`, the `externalLinkTarget` and the `vm-external` class.
 */
export function linkTo(a: HTMLAnchorElement, link: { href: string; external: boolean }, ctx: Pick<PopupBuildContext, 'externalLinkTarget'>): void {
  a.href = link.href;
  if (link.external) {
    a.rel = 'noopener noreferrer';
    if (ctx.externalLinkTarget) a.target = ctx.externalLinkTarget;
    a.classList.add('vm-external');
  }
}
