import * as L from 'leaflet';
import { el, isolateFromMap, svgEl } from '../dom';

/** The words the timeline writes. */
export interface TimelineStrings {
  /** Accessible name of the control. Default `'Timeline of the visit'`. */
  timeline: string;
  /** Label of the play button. Default `'Play the visit'`. */
  play: string;
  /** Label of the pause button. Default `'Pause'`. */
  pause: string;
  /** Label of the previous-stop button. Default `'Previous stop'`. */
  previous: string;
  /** Label of the next-stop button. Default `'Next stop'`. */
  next: string;
  /** Why the previous-stop button is unavailable, at the start (of the story or the day picked). Default `'No stop before this one'`. */
  noPrevious: string;
  /** Why the next-stop button is unavailable, at the end. Default `'No stop after this one'`. */
  noNext: string;
  /** Accessible name of the slider. */
  time: string;
  /** Marks a date inferred from the source. Default `'inferred'`. */
  inferred: string;
  /** `{n}`, `{total}`, `{name}`. */
  stop: string;
  /** Between two stops: `{from}`, `{to}`. */
  travelling: string;
}

/** The built-in words: English. */
export const TIMELINE_STRINGS: Readonly<TimelineStrings> = /* @__PURE__ */ Object.freeze({
  timeline: 'Timeline of the visit',
  play: 'Play the visit',
  pause: 'Pause',
  previous: 'Previous stop',
  next: 'Next stop',
  noPrevious: 'No stop before this one',
  noNext: 'No stop after this one',
  time: 'Time in the visit',
  inferred: 'inferred',
  stop: 'stop {n} of {total}, {name}',
  travelling: 'travelling from {from} to {to}',
});

/** Icon paths on a 16 × 16 grid: drawn, not font glyphs, which many systems lack. */
const ICONS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M3.5 2.5h3.2v11H3.5zM9.3 2.5h3.2v11H9.3z',
  previous: 'M2.5 2.5h2.2v11H2.5zM13.5 2.5v11L5.2 8z',
} as const;

function svgIcon(d: string): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: '0 0 16 16', width: '16', height: '16', 'aria-hidden': 'true' });
  svgEl('path', { d, fill: 'currentColor' }, svg);
  return svg;
}

/** What the view is told to do by its buttons and slider. */
export interface TimelineViewActions {
  previous(): void;
  toggle(): void;
  next(): void;
  /** The slider moved to `value` on its axis (minutes after the first moment; for an undated story, the stop position), `null` when let go. */
  slide(value: number | null): void;
  /** A key on the slider: acts on arrows, Page Up/Down, Home and End, leaves the others (Space plays). */
  key(e: KeyboardEvent): void;
}

/** A stop's tick: where it is on the slider's axis, whether its date is inferred (a hollow tick). */
export interface TimelineTick {
  minutes: number;
  inferred: boolean;
}

/**
 * The timeline's DOM: previous, play/pause and next buttons, the slider with ticks for its
 * stops (hollow for an inferred date), and the readout of where and when the story is.
 * The ticks are thinned to what the slider's width can show, and only those shown are
 * elements: a trip of 20,000 stops has a few dozen, not one per stop.
 */
export class TimelineView {
  readonly root: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly steps: [HTMLButtonElement, HTMLButtonElement];
  private readonly range: HTMLInputElement;
  private readonly readout: HTMLElement;
  /** Each stop's place on the tick row, in % of its width. */
  private readonly places: Float64Array;
  private readonly inferred: boolean[];
  private readonly title: (stop: number) => string;
  private readonly tickRow: HTMLElement;
  /** The ticks shown, and the stop each one marks. */
  private readonly shown: HTMLElement[] = [];
  private shownStops: number[] = [];
  /** The row's width the ticks were last thinned for. */
  private rowWidth = -1;
  private readonly strings: TimelineStrings;
  private valueText = '';
  private tickStop = -1;

  /**
   * @param ticks each stop's place on the slider's axis (minutes after the first, or its position in an undated story) and whether its date is inferred.
   * @param title a stop's name on its tick (asked only for the ticks shown).
   * @param span where the axis ends: the last tick, or past it the end of the last stop's stay.
   */
  constructor(strings: TimelineStrings, ticks: readonly TimelineTick[], title: (stop: number) => string, span: number, actions: TimelineViewActions) {
    this.strings = strings;
    this.places = Float64Array.from(ticks, (t) => (100 * t.minutes) / (span || 1));
    this.inferred = ticks.map((t) => t.inferred);
    this.title = title;
    const s = strings;
    const root = (this.root = el('div', 'vm-timeline'));
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', s.timeline);
    const buttons = el('div', 'vm-timeline__buttons', undefined, root);
    const button = (cls: string, label: string, icon: string, fn: () => void) => {
      const b = el('button', `vm-timeline__button vm-timeline__button--${cls}`, undefined, buttons);
      b.setAttribute('aria-label', label);
      b.append(svgIcon(icon));
      L.DomEvent.on(b, 'click', fn);
      return b;
    };
    const previous = button('previous', s.previous, ICONS.previous, actions.previous);
    this.play = button('play', s.play, ICONS.play, actions.toggle);
    this.steps = [previous, button('next', s.next, ICONS.previous, actions.next)]; // mirrored in the CSS
    const track = el('div', 'vm-timeline__track', undefined, root);
    const range = (this.range = el('input', 'vm-timeline__range', undefined, track));
    range.type = 'range';
    range.max = String(Math.max(0, span)); // from 0, a range's default min
    range.step = 'any';
    range.setAttribute('aria-label', s.time);
    range.disabled = ticks.length < 2;
    this.tickRow = el('div', 'vm-timeline__ticks', undefined, track);
    this.tickRow.setAttribute('aria-hidden', 'true');
    this.readout = el('div', 'vm-timeline__readout', undefined, root);
    // In its words' direction, not the page's (the slider and its buttons run with the page).
    this.readout.dir = 'auto';
    this.readout.setAttribute('aria-hidden', 'true'); // the slider's aria-valuetext says the same
    L.DomEvent.on(range, 'input', () => actions.slide(Number(range.value)));
    L.DomEvent.on(range, 'change', () => actions.slide(null));
    L.DomEvent.on(range, 'keydown', actions.key as L.DomEvent.EventHandlerFn); // leaves Space to the root's handler: it plays
    L.DomEvent.on(root, 'keydown', ((e: KeyboardEvent) => {
      if (e.key !== ' ' || e.altKey || e.ctrlKey || e.metaKey) return;
      if ((e.target as HTMLElement).tagName === 'BUTTON') return; // a button's own Space
      e.preventDefault();
      actions.toggle();
    }) as L.DomEvent.EventHandlerFn);
    isolateFromMap(root);
  }

  /**
   * Thins the ticks as a chart's axis is: from the left, a tick shows only 10 px or more after
   * the last one shown (two 8 px dots closer than that run together), and only those shown are
   * elements. The slider and its keys still reach every stop, and its value text names it.
   */
  private thin(width: number): void {
    const gap = 1000 / width; // 10 px, in % of the row
    const stops: number[] = [];
    let last = -gap;
    this.places.forEach((p, i) => {
      if (p - last < gap) return;
      stops.push(i);
      last = p;
    });
    const row = this.tickRow;
    while (this.shown.length < stops.length) this.shown.push(el('span', 'vm-timeline__tick', undefined, row));
    this.shown.splice(stops.length).forEach((t) => t.remove());
    stops.forEach((i, k) => {
      const tick = this.shown[k]!;
      tick.className = `vm-timeline__tick${this.inferred[i] ? ' vm-timeline__tick--inferred' : ''}`;
      tick.style.left = `${this.places[i]}%`; // geometry, not styling
      tick.title = this.title(i);
    });
    this.shownStops = stops;
  }

  /**
   * Marks the previous and next buttons unavailable at the start and the end: `aria-disabled`,
   * not `disabled`, so that a button pressed to the end keeps the keyboard; its title says why.
   */
  ends(start: boolean, end: boolean): void {
    [start, end].forEach((stuck, i) => {
      const b = this.steps[i]!;
      b.setAttribute('aria-disabled', String(stuck));
      b.title = stuck ? (i ? this.strings.noNext : this.strings.noPrevious) : '';
    });
  }

  /**
   * Shows the story at `minutes` on the slider's axis (see the ticks), at stop `at` (or
   * travelling from it): the slider, its spoken value, the readout, the current tick and the play button.
   * `dates` is the date in full and without its year (a narrow bar shows that one).
   */
  render(minutes: number, at: number, dates: [string, string], inferred: boolean, where: string, playing: boolean, all: boolean): void {
    const s = this.strings;
    const when = dates[0];
    this.range.value = String(minutes);
    const text = when ? `${when}${inferred ? ` (${s.inferred})` : ''}: ${where}` : where;
    if (text !== this.valueText) {
      this.valueText = text;
      this.range.setAttribute('aria-valuetext', text);
      const readout = this.readout;
      readout.replaceChildren();
      el('span', 'vm-timeline__date', when, readout);
      el('span', 'vm-timeline__brief', dates[1], readout);
      if (inferred) el('span', 'vm-timeline__inferred', s.inferred, readout);
      el('span', 'vm-timeline__where', where, readout);
    }
    if (all || at !== this.tickStop) {
      this.tickStop = at;
      // The control renders `all` when the slider's width may have changed.
      const width = this.tickRow.clientWidth;
      if (all && width !== this.rowWidth) this.thin((this.rowWidth = width));
      this.shown.forEach((t, k) => t.classList.toggle('vm-timeline__tick--current', this.shownStops[k] === at));
    }
    this.root.classList.toggle('vm-timeline--playing', playing);
    const label = playing ? s.pause : s.play;
    if (this.play.getAttribute('aria-label') !== label) {
      this.play.setAttribute('aria-label', label);
      this.play.firstElementChild!.firstElementChild!.setAttribute('d', playing ? ICONS.pause : ICONS.play);
    }
  }
}
