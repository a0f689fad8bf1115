import type { Itinerary, Stop } from '../../itinerary/types';
import { el, localizedEl, pick } from '../dom';
import { fill, formatDates } from '../../story/format';
import { safeLink } from '../../story/links';
import { DEFAULT_STRINGS, type LayerStrings } from '../options';

/** Options of {@link StopList}. */
export interface StopListOptions {
  /** Language of names. Default `'en'`. */
  language?: string;
  /** Locale of dates. Default `'en-GB'`. */
  dateLocale?: string;
  /** Words the list writes. Default `DEFAULT_STRINGS` (English). */
  strings?: LayerStrings;
  /** Base URL for relative meeting links. Default: the document's. */
  linkBase?: string;
  /** Target of external links. Default `'_blank'`. */
  externalLinkTarget?: string | null;
  /** Only render the rows in view (for very long itineraries; no meetings shown). Default: from 500 stops on. */
  virtual?: boolean;
  /** Row height in pixels in the virtual list (its CSS must match). Default `36`. */
  rowHeight?: number;
  /** Called when a stop is chosen (click, Enter, Space). */
  onSelect?: (index: number) => void;
  /** Called with a stop's index when `l` is pressed on its entry (the active row in the virtual list): open the leg leaving it, and say whether it did (the key is then taken). */
  onLeg?: (index: number) => boolean;
}

let uid = 0;

/**
 * The itinerary as an ordered list of stops and their meetings: plain DOM that works
 * with or without a map. Each stop is a button; the current one has `aria-current`.
 * Past 500 stops (or with `virtual: true`) it becomes a virtualised listbox: only the
 * rows in view exist in the DOM, so 100,000 stops stay light, and arrow keys, Home,
 * End and Page Up/Down move through it. Given `onLeg`, `l` on a stop opens the leg leaving it.
 *
 * @example
 * const list = new StopList(parseItinerary(data), { onSelect: (i) => console.log(i) });
 * document.body.append(list.element);
 */
export class StopList {
  /** The list's root `<nav>` element: put it in the page. */
  readonly element: HTMLElement;
  private readonly itinerary: Itinerary;
  private readonly o: Required<Omit<StopListOptions, 'onSelect' | 'onLeg'>> & Pick<StopListOptions, 'onSelect' | 'onLeg'>;
  private readonly id = `vm-stoplist-${++uid}`;
  private current = -1;
  private active = 0;
  private items: HTMLButtonElement[] = [];
  private viewport: HTMLElement | null = null;
  private windowEl: HTMLElement | null = null;
  private frame = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(itinerary: Itinerary, options: StopListOptions = {}) {
    this.itinerary = itinerary;
    this.o = {
      language: 'en',
      dateLocale: 'en-GB',
      strings: DEFAULT_STRINGS,
      linkBase: typeof document !== 'undefined' ? document.baseURI : 'about:blank',
      externalLinkTarget: '_blank',
      virtual: itinerary.stops.length >= 500,
      rowHeight: 36,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    };
    this.element = el('nav', `vm-stoplist${this.o.virtual ? ' vm-stoplist--virtual' : ''}`);
    this.element.setAttribute('aria-label', this.o.strings.stopList);
    if (this.o.virtual) this.buildVirtual();
    else this.buildFull();
  }

  /** Marks stop `index` as the current one (and scrolls it into view); `-1` for none. */
  setCurrent(index: number): void {
    this.current = index;
    if (this.o.virtual) {
      if (index >= 0) this.active = index;
      this.scrollToActive();
      this.renderRows();
      return;
    }
    this.items.forEach((button, i) => {
      if (i === index) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
      button.parentElement!.classList.toggle('vm-stoplist__item--current', i === index);
    });
    const button = this.items[index];
    if (button && typeof button.scrollIntoView === 'function') button.scrollIntoView({ block: 'nearest' });
  }

  /** Shows only these stops' entries (`null`: all). The virtual list always shows every stop. */
  setVisible(stops: ReadonlySet<number> | null): void {
    this.items.forEach((button, i) => (button.parentElement!.hidden = Boolean(stops && !stops.has(i))));
  }

  /** Moves keyboard focus to the current stop's entry. */
  focus(): void {
    if (this.viewport) this.viewport.focus();
    else (this.items[this.current] ?? this.items[0])?.focus();
  }

  /** Detaches listeners; the element can then be dropped. */
  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.cleanups.splice(0).forEach((fn) => fn());
    this.element.remove();
  }

  private listen(target: HTMLElement, type: string, fn: (e: Event) => void): void {
    target.addEventListener(type, fn);
    this.cleanups.push(() => target.removeEventListener(type, fn));
  }

  /**
   * A stop's entry: its number, name and dates as seen, with hidden words between them
   * so the name heard is "Stop 2 of 7: Hangzhou, 10 – 11 Dec 2023" and contains what is
   * seen (WCAG 2.5.3, label in name); an aria-label would hide the seen text instead.
   */
  private entry(parent: HTMLElement, stop: Stop, i: number, numberClass: string): void {
    const { o } = this;
    const [before = '', after = ''] = o.strings.stopOfTotal.split('{n}');
    const hidden = (text: string) => text && el('span', 'vm-visually-hidden', text, parent);
    hidden(fill(before, { total: this.itinerary.stops.length }));
    el('span', numberClass, String(i + 1), parent);
    hidden(`${fill(after, { total: this.itinerary.stops.length })}: `);
    // The entry in its words' direction, as the layer's other words; the name isolated in its own
    // (an Arabic name before "10 Dec" on an English page would take the date's number into its run).
    // The name and the comma heard after it in one flex item, the comma inline: Chromium puts a
    // space in the name heard between flex items and around a visually hidden (absolutely placed)
    // span, which stood before the comma ("Hong Kong , 10 Dec 2023").
    const label = el('span', 'vm-stoplist__label', undefined, parent);
    parent.dir = localizedEl('span', 'vm-stoplist__name', stop.name, o.language, label).dir = 'auto';
    const dates = formatDates(stop.arrive, stop.depart, o.dateLocale, o.strings);
    if (dates) {
      el('span', 'vm-stoplist__comma', ', ', label);
      el('span', 'vm-stoplist__dates', dates, parent);
    }
  }

  private select(index: number): void {
    this.o.onSelect?.(index);
  }

  /** `l` (no Ctrl, Alt or Meta: Ctrl+L is the browser's) on stop `index`'s entry: its leg, if `onLeg` opens it. True when the key was taken. */
  private leg(e: KeyboardEvent, index: number): boolean {
    const taken = (e.key === 'l' || e.key === 'L') && !e.ctrlKey && !e.altKey && !e.metaKey && Boolean(this.o.onLeg?.(index));
    if (taken) e.preventDefault();
    return taken;
  }

  private buildFull(): void {
    const { itinerary, o } = this;
    const list = el('ol', 'vm-stoplist__list', undefined, this.element);
    itinerary.stops.forEach((stop, i) => {
      const item = el('li', 'vm-stoplist__item', undefined, list);
      const button = el('button', 'vm-stoplist__stop', undefined, item);
      button.dataset.index = String(i);
      this.entry(button, stop, i, `vm-stoplist__number vm-marker--${stop.precision}`);
      this.items.push(button);
      if (stop.meetings.length) {
        const meetings = el('ul', 'vm-stoplist__meetings', undefined, item);
        for (const meeting of stop.meetings) {
          const li = el('li', 'vm-stoplist__meeting', undefined, meetings);
          li.dir = 'auto';
          const link = safeLink(meeting.url, o.linkBase, typeof location !== 'undefined' ? location.origin : null);
          if (link) {
            const a = el('a', 'vm-stoplist__meeting-link', pick(meeting.title, o.language).text, li);
            a.href = link.href;
            if (link.external) {
              a.rel = 'noopener noreferrer';
              if (o.externalLinkTarget) a.target = o.externalLinkTarget;
            }
          } else localizedEl('span', 'vm-stoplist__meeting-title', meeting.title, o.language, li);
        }
      }
    });
    this.listen(list, 'click', (e) => {
      const button = (e.target as Element).closest?.('button.vm-stoplist__stop') as HTMLButtonElement | null;
      if (button) this.select(Number(button.dataset.index));
    });
    this.listen(list, 'keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      const at = this.items.indexOf(e.target as HTMLButtonElement);
      if (at < 0 || this.leg(e as KeyboardEvent, at)) return;
      const to = key === 'ArrowDown' ? at + 1 : key === 'ArrowUp' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? this.items.length - 1 : -1;
      if (to < 0 || to >= this.items.length) return;
      e.preventDefault();
      this.items[to]!.focus();
    });
  }

  private buildVirtual(): void {
    const { o } = this;
    const total = this.itinerary.stops.length;
    const viewport = (this.viewport = el('div', 'vm-stoplist__viewport', undefined, this.element));
    viewport.tabIndex = 0;
    viewport.setAttribute('role', 'listbox');
    viewport.setAttribute('aria-label', o.strings.stopList);
    viewport.style.setProperty('--vm-row-height', `${o.rowHeight}px`);
    const spacer = el('div', 'vm-stoplist__spacer', undefined, viewport);
    spacer.style.height = `${total * o.rowHeight}px`; // geometry, not styling
    this.windowEl = el('div', 'vm-stoplist__window', undefined, spacer);
    this.listen(viewport, 'scroll', () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.renderRows());
    });
    this.listen(viewport, 'click', (e) => {
      const row = (e.target as Element).closest?.('[role="option"]') as HTMLElement | null;
      if (!row) return;
      this.active = Number(row.dataset.index);
      this.select(this.active);
    });
    this.listen(viewport, 'keydown', (e) => this.onVirtualKey(e as KeyboardEvent));
    this.renderRows();
  }

  private onVirtualKey(e: KeyboardEvent): void {
    if (this.leg(e, this.active)) return;
    const total = this.itinerary.stops.length;
    const page = Math.max(1, Math.floor((this.viewport!.clientHeight || 10 * this.o.rowHeight) / this.o.rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (e.key in moves) this.active = Math.min(total - 1, Math.max(0, this.active + moves[e.key]!));
    else if (e.key === 'Home') this.active = 0;
    else if (e.key === 'End') this.active = total - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(this.active);
      return;
    } else return;
    e.preventDefault();
    this.scrollToActive();
    this.renderRows();
  }

  private scrollToActive(): void {
    const v = this.viewport;
    if (!v) return;
    const top = this.active * this.o.rowHeight;
    if (top < v.scrollTop) v.scrollTop = top;
    else if (top + this.o.rowHeight > v.scrollTop + v.clientHeight) v.scrollTop = top + this.o.rowHeight - v.clientHeight;
  }

  /** Renders the rows in view plus a few either side, and the active row wherever it is. */
  private renderRows(): void {
    const v = this.viewport;
    const win = this.windowEl;
    if (!v || !win) return;
    const { o } = this;
    const total = this.itinerary.stops.length;
    const height = v.clientHeight || 12 * o.rowHeight; // no layout (jsdom, hidden): assume a dozen rows
    const first = Math.max(0, Math.floor(v.scrollTop / o.rowHeight) - 4);
    const last = Math.min(total - 1, Math.ceil((v.scrollTop + height) / o.rowHeight) + 4);
    win.replaceChildren();
    win.style.transform = `translateY(${first * o.rowHeight}px)`; // geometry, not styling
    for (let i = first; i <= last; i++) {
      const stop = this.itinerary.stops[i]!;
      const row = el('div', 'vm-stoplist__row', undefined, win);
      row.id = `${this.id}-${i}`;
      row.dataset.index = String(i);
      row.setAttribute('role', 'option');
      row.setAttribute('aria-posinset', String(i + 1));
      row.setAttribute('aria-setsize', String(total));
      row.setAttribute('aria-selected', String(i === this.current));
      if (i === this.active) row.classList.add('vm-stoplist__row--active');
      if (i === this.current) row.classList.add('vm-stoplist__item--current');
      this.entry(row, stop, i, 'vm-stoplist__number');
    }
    if (this.active >= first && this.active <= last) v.setAttribute('aria-activedescendant', `${this.id}-${this.active}`);
    else v.removeAttribute('aria-activedescendant');
  }
}
