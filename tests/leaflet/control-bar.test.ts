// @vitest-environment jsdom
import * as L from 'leaflet';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSmallMap, SMALL_MAP } from '../../src/leaflet/controls/control-bar';
import { DayControl } from '../../src/leaflet/controls/day-control';
import { LegendControl } from '../../src/leaflet/controls/legend-control';
import { meetingDetails } from '../../src/leaflet/controls/meeting-details';
import { StopListControl } from '../../src/leaflet/controls/stop-list-control';
import { SummaryControl } from '../../src/leaflet/controls/summary-control';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { seed } from './fixtures';

describe('isSmallMap: the breakpoint of the story bar, from the map container', () => {
  it('is small below 640 px wide or 440 px high, large from there on', () => {
    expect(isSmallMap({ x: 350, y: 658 })).toBe(true); // a phone upright
    expect(isSmallMap({ x: 804, y: 320 })).toBe(true); // a phone sideways
    expect(isSmallMap({ x: 639, y: 900 })).toBe(true);
    expect(isSmallMap({ x: 1200, y: 439 })).toBe(true);
    expect(isSmallMap({ x: 640, y: 440 })).toBe(false);
    expect(isSmallMap({ x: 1060, y: 585 })).toBe(false); // the story at 1100×750
    expect(SMALL_MAP).toEqual({ width: 640, height: 440 });
  });

  it('takes a map with no size yet (hidden, not laid out) for a large one', () => {
    expect(isSmallMap({ x: 0, y: 0 })).toBe(false);
    expect(isSmallMap({ x: 300, y: 0 })).toBe(false);
  });

  it('is monotone: a map no larger than a small map, in each direction, is small too', () => {
    const side = fc.integer({ min: 1, max: 4000 });
    fc.assert(
      fc.property(side, side, side, side, (w, h, dw, dh) => {
        fc.pre(isSmallMap({ x: w, y: h }));
        return isSmallMap({ x: Math.max(1, w - dw), y: Math.max(1, h - dh) });
      }),
    );
  });
});

describe('ControlBar: the story controls on a small map', () => {
  let size = { x: 800, y: 600 };
  let map: L.Map;

  /** A map whose container reports `size` (jsdom has no layout); `resize` sets a new one and fires Leaflet's resize. */
  function makeMap(): L.Map {
    const div = document.createElement('div');
    Object.defineProperty(div, 'clientWidth', { get: () => size.x });
    Object.defineProperty(div, 'clientHeight', { get: () => size.y });
    document.body.append(div);
    return L.map(div, { center: [30, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false });
  }
  const resize = (x: number, y: number) => {
    size = { x, y };
    map.invalidateSize(false);
  };
  const $ = <E extends Element = HTMLElement>(selector: string) => map.getContainer().querySelector<E & HTMLElement>(selector);
  const toggle = (label: string) => [...map.getContainer().querySelectorAll<HTMLButtonElement>('.vm-bar__toggle')].find((b) => b.textContent!.startsWith(label))!;
  const sheetOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls')!)!;
  const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  /** The story page's controls, in its order. */
  function story(timelineOptions = {}) {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const legend = new LegendControl(layer).addTo(map);
    const stops = new StopListControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    const summary = new SummaryControl(layer).addTo(map);
    const timeline = new TimelineControl(layer, timelineOptions).addTo(map);
    return { layer, legend, stops, days, summary, timeline };
  }

  beforeEach(() => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
    size = { x: 800, y: 600 };
    map = makeMap();
  });

  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  it('leaves every control in its corner on a large map', () => {
    const c = story();
    expect($('.vm-bar')).toBeNull();
    expect(c.timeline.getContainer()!.parentElement!.className).toContain('leaflet-bottom leaflet-left');
    expect(c.stops.getContainer()!.parentElement!.className).toContain('leaflet-top leaflet-right');
    expect(c.legend.getContainer()!.parentElement!.className).toContain('leaflet-bottom leaflet-right');
    expect(c.days.getContainer()!.parentElement!.className).toContain('leaflet-top leaflet-left');
    expect(map.getContainer().classList.contains('vm-barred')).toBe(false);
  });

  it('folds the timeline, day picker and toggles for the stop list and legend into one bar at the bottom of a small map, and back when it grows', () => {
    resize(350, 658);
    const c = story();
    const bar = $('.vm-bar')!;
    expect(bar.parentElement!.className).toContain('leaflet-bottom leaflet-left');
    expect(bar.parentElement!.lastElementChild).toBe(bar); // nearest the bottom edge
    const row = bar.querySelector('.vm-bar__row')!;
    expect(row.contains(c.timeline.getContainer()!)).toBe(true);
    expect(row.contains(c.days.getContainer()!)).toBe(true);
    expect([...row.querySelectorAll('.vm-bar__toggle')].map((b) => b.textContent)).toEqual(['Legend', 'Itinerary7']);
    expect(sheetOf(toggle('Itinerary')).contains(c.stops.getContainer()!)).toBe(true);
    expect(sheetOf(toggle('Legend')).contains(c.legend.getContainer()!)).toBe(true);
    expect(c.summary.getContainer()!.classList.contains('vm-bar-hidden')).toBe(true);
    expect(map.getContainer().classList.contains('vm-barred')).toBe(true);
    // Parts of the bar, which is the one control: no control inside another.
    expect([...map.getContainer().querySelectorAll('.vm-bar .leaflet-control')]).toEqual([]);

    resize(1060, 585);
    expect($('.vm-bar')).toBeNull();
    expect(c.timeline.getContainer()!.parentElement!.className).toContain('leaflet-bottom leaflet-left');
    expect(c.stops.getContainer()!.parentElement!.className).toContain('leaflet-top leaflet-right');
    expect(c.legend.getContainer()!.parentElement!.className).toContain('leaflet-bottom leaflet-right');
    expect(c.summary.getContainer()!.classList.contains('vm-bar-hidden')).toBe(false);
    expect(map.getContainer().classList.contains('vm-barred')).toBe(false);
    for (const control of Object.values(c).slice(1)) expect((control as TimelineControl).getContainer()!.classList.contains('leaflet-control')).toBe(true);

    resize(804, 320); // turned sideways
    expect($('.vm-bar .vm-timeline')).not.toBeNull();
  });

  it('forms no bar without a timeline, nor with `bar: false`', () => {
    resize(350, 658);
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    new LegendControl(layer).addTo(map);
    new StopListControl(layer).addTo(map);
    expect($('.vm-bar')).toBeNull();
    const timeline = new TimelineControl(layer, { bar: false }).addTo(map);
    expect($('.vm-bar')).toBeNull();
    timeline.remove();
    new TimelineControl(layer).addTo(map);
    expect($('.vm-bar')).not.toBeNull();
  });

  it('unfolds when the timeline is removed, and takes in a control added later', () => {
    resize(350, 658);
    const c = story();
    c.legend.remove();
    expect(toggle('Legend')).toBeUndefined();
    expect($('.vm-legend')).toBeNull();
    const legend = new LegendControl(c.layer).addTo(map);
    expect(sheetOf(toggle('Legend')).contains(legend.getContainer()!)).toBe(true);
    c.timeline.remove();
    expect($('.vm-bar')).toBeNull();
    expect(c.stops.getContainer()!.parentElement!.className).toContain('leaflet-top leaflet-right');
  });

  it('hides the bar, toggles and all, while the layer is off the map, and shows it again when it is back', () => {
    // An outside tester's (T12): a removed layer's controls stayed and acted; on a phone they are in the bar.
    resize(350, 658);
    const c = story();
    map.removeLayer(c.layer);
    expect($('.vm-bar')!.hidden).toBe(true);
    resize(360, 640); // folded again while away: still hidden
    expect($('.vm-bar')!.hidden).toBe(true);
    c.layer.addTo(map);
    expect($('.vm-bar')!.hidden).toBe(false);
    expect([...$('.vm-bar')!.querySelectorAll('.vm-bar__toggle')].map((b) => b.textContent)).toEqual(['Legend', 'Itinerary7']);
  });

  it('opens one sheet at a time; the toggle and Escape close it and give the keyboard back to the toggle', () => {
    resize(350, 658);
    story();
    const stops = toggle('Itinerary');
    const legend = toggle('Legend');
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(sheetOf(stops).hidden).toBe(true);
    expect(sheetOf(stops).getAttribute('role')).toBe('region');
    expect(sheetOf(stops).getAttribute('aria-labelledby')).toBe(stops.id);

    stops.click();
    expect(stops.getAttribute('aria-expanded')).toBe('true');
    expect(sheetOf(stops).hidden).toBe(false);
    expect(document.activeElement!.matches('.vm-stoplist__stop')).toBe(true); // in the list

    legend.click();
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(sheetOf(stops).hidden).toBe(true);
    expect(legend.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(sheetOf(legend)); // nothing to focus in the legend: its sheet

    key(document.activeElement!, 'Escape');
    expect(legend.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(legend);

    stops.click();
    stops.click();
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(stops);
  });

  it('closes the sheet when a popup opens, or the open popup shows another stop, the keyboard going back to its toggle', () => {
    resize(350, 658);
    const c = story();
    const stops = toggle('Itinerary');
    const choose = (name: string) => {
      stops.click();
      expect(stops.getAttribute('aria-expanded')).toBe('true');
      const button = [...map.getContainer().querySelectorAll<HTMLButtonElement>('.vm-bar__sheet .vm-stoplist__stop')].find((b) => b.textContent!.includes(name))!;
      button.focus();
      button.click();
    };
    choose('Lingang');
    expect(c.layer.getCurrentIndex()).toBe(4);
    expect($('.leaflet-popup')).not.toBeNull();
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(stops);
    choose('Hangzhou'); // the popup is open already: Leaflet fires no popupopen, the layer does
    expect(c.layer.getCurrentIndex()).toBe(1);
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(stops);
  });

  it("closes a meeting's details view when a sheet opens, as it closes the popup, and the sheet when a meeting's view opens", () => {
    // On a phone the "Itinerary" sheet closed the stop's popup but left the meeting's view open over it.
    resize(350, 658);
    const layer = new ItineraryLayer(seed(), { animate: false, meetingDetails }).addTo(map);
    new StopListControl(layer).addTo(map);
    new TimelineControl(layer).addTo(map);
    layer.openStop('lingang');
    layer.openMeeting('lingang-big-data');
    const stops = toggle('Itinerary');
    stops.click();
    expect(stops.getAttribute('aria-expanded')).toBe('true');
    expect($('.leaflet-popup')).toBeNull();
    expect(layer.getOpenMeeting()).toBeNull();
    expect($('.vm-meeting-details')!.hidden).toBe(true);
    // And the other way, as a popup opening closes the sheet (a #meeting= link followed while it is open).
    layer.openMeeting('lingang-big-data');
    expect(stops.getAttribute('aria-expanded')).toBe('false');
    expect(layer.getOpenMeeting()).toBe('lingang-big-data');
  });

  it('keeps an open sheet open, and the keyboard where it was, when the map is resized but stays small', () => {
    resize(350, 658);
    story();
    toggle('Itinerary').click();
    const focused = document.activeElement;
    resize(360, 640);
    expect(toggle('Itinerary').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(focused);
  });

  it('keeps the layout of the screen while the page is laid out for paper, and folds again on screen', () => {
    const c = story();
    const media = { matches: true };
    vi.stubGlobal('matchMedia', (query: string) => ({ media: query, matches: query === 'print' && media.matches }));
    try {
      resize(700, 416); // the printed map: small by its size, but a sheet of paper, not a phone
      expect($('.vm-bar')).toBeNull();
      expect(c.stops.getContainer()!.parentElement!.className).toContain('leaflet-top leaflet-right');
      media.matches = false;
      resize(350, 658);
      expect($('.vm-bar .vm-timeline')).not.toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
