// @vitest-environment jsdom
import * as L from 'leaflet';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromGeoJSON } from '../../src/geojson/from-geojson';
import { MODE_COLORS } from '../../src/geojson/style';
import { toGeoJSON } from '../../src/geojson/to-geojson';
import { parseItinerary } from '../../src/itinerary/parse';
import { TRAVEL_MODES, type TravelMode } from '../../src/itinerary/types';
import { DayControl } from '../../src/leaflet/controls/day-control';
import { FULLSCREEN_CLASS, fullscreenControl, type FullscreenEvent } from '../../src/leaflet/controls/fullscreen-control';
import { deepLink } from '../../src/leaflet/deep-link';
import { legendControl } from '../../src/leaflet/controls/legend-control';
import { stopListControl } from '../../src/leaflet/controls/stop-list-control';
import { SummaryControl } from '../../src/leaflet/controls/summary-control';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { ItineraryLayer, itineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { canvasLargeMode } from '../../src/leaflet/layer/large-mode';
import { resolveLegStyles } from '../../src/leaflet/layer/legs';
import { DEFAULT_LEG_STYLES, ITINERARY_LAYER_DEFAULTS } from '../../src/leaflet/options';
import { seed } from './fixtures';
import { validItinerary } from '../arbitraries';
import { storyDays } from '../../src/story/days';

/** A map div with a size (jsdom has no layout). */
function mapDiv(): HTMLElement {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  return div;
}

const withView = () => L.map(mapDiv(), { center: [30, 118], zoom: 5, fadeAnimation: false, zoomAnimation: false });

/** An itinerary of `n` stops along the equator. */
function many(n: number) {
  return { id: 'big', title: 'Big', stops: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `S${i}`, coordinates: [(i % 300) - 150, (i % 7) - 3] })) };
}

describe('layer and control options', () => {
  let map: L.Map | undefined;
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {} }));
  });
  afterEach(() => {
    map?.remove();
    map = undefined;
    document.body.replaceChildren();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('keeps a control’s default where an option is given as undefined, and holds every option in control.options', () => {
    const layer = new ItineraryLayer(seed());
    const timeline = new TimelineControl(layer, { speed: undefined, dwell: undefined, position: undefined });
    expect(timeline.options).toMatchObject({ speed: 1, dwell: 1500, follow: 'popup', position: 'bottomleft' });
    expect(timeline.getPosition()).toBe('bottomleft');
    expect(() => new TimelineControl(layer, { speed: 0 })).toThrow(/speed must be greater than 0/);
    const days = new DayControl(layer, { fit: undefined, position: 'topright' });
    expect(days.options).toMatchObject({ fit: true, position: 'topright' });
  });

  it("refuses a control option that is a likely typo of one of its defaults, as the layer's are, and takes the others", () => {
    // An outside tester's: timelineControl(layer, { sped: 2 }) and dayControl(layer, { positon: … }) kept the defaults silently.
    const layer = new ItineraryLayer(seed());
    expect(() => new TimelineControl(layer, { sped: 2 } as never)).toThrow(new TypeError('TimelineControl: unknown option sped (did you mean speed?)'));
    expect(() => new DayControl(layer, { positon: 'topright' } as never)).toThrow(new TypeError('DayControl: unknown option positon (did you mean position?)'));
    expect(() => new SummaryControl(layer, { opne: true } as never)).toThrow(/^SummaryControl: unknown option opne \(did you mean open\?\)$/);
    // Options without a default, and a page's own names, pass.
    const timeline = new TimelineControl(layer, { animate: false, strings: {}, dateLocale: 'en-GB', toleranceKm: 5, straightLegs: true, mine: 1 } as never);
    expect(timeline.options).toMatchObject({ animate: false, speed: 1 });
    expect(() => stopListControl(layer, { collapsed: true })).not.toThrow();
    // The second tester's: an option without a default, the fullscreen button's, a deep link's, a position that is no corner.
    expect(() => stopListControl(layer, { colapsed: true } as never)).toThrow(new TypeError('StopListControl: unknown option colapsed (did you mean collapsed?)'));
    expect(() => fullscreenControl({ positon: 'topright' } as never)).toThrow(new TypeError('FullscreenControl: unknown option positon (did you mean position?)'));
    expect(() => new TimelineControl(layer, { position: 'middle' } as never)).toThrow(
      new TypeError('TimelineControl: options.position must be topleft, topright, bottomleft, bottomright, got "middle"'),
    );
    expect(() => deepLink(layer, { timline: null, window } as never)).toThrow(new TypeError('DeepLink: unknown option timline (did you mean timeline?)'));
  });

  it('refuses a control option of another kind than its number or yes/no default, naming it, as the layer does', () => {
    // The third tester's: timelineControl(layer, { speed: '2' }) was taken (and read as text).
    const layer = new ItineraryLayer(seed());
    expect(() => new TimelineControl(layer, { speed: '2' } as never)).toThrow(new TypeError('TimelineControl: options.speed must be a number, got "2"'));
    expect(() => new TimelineControl(layer, { bar: 'no' } as never)).toThrow(new TypeError('TimelineControl: options.bar must be true or false, got "no"'));
    expect(() => new DayControl(layer, { fit: 1 } as never)).toThrow(new TypeError('DayControl: options.fit must be true or false, got 1'));
    expect(() => deepLink(layer, { read: 'yes', window } as never)).toThrow(new TypeError('DeepLink: options.read must be true or false, got "yes"'));
    // Values of the default's kind, undefined (the default), and options whose default is of no such kind pass.
    expect(new TimelineControl(layer, { speed: 2, dwell: undefined, follow: false, bar: false }).options).toMatchObject({ speed: 2, dwell: 1500, follow: false });
  });

  it("refuses a stop filter's option that is a likely typo of day, before anything changes", () => {
    // The third tester's: setStopFilter(ids, { dya: … }) showed the stops with no day, silently.
    const layer = new ItineraryLayer(seed());
    expect(() => layer.setStopFilter(['shanghai'], { dya: '2023-12-12' } as never)).toThrow(new TypeError('setStopFilter: unknown option dya (did you mean day?)'));
    expect([layer.getStopFilter(), layer.getStopFilterDay()]).toEqual([null, null]);
    expect(layer.setStopFilter(['shanghai'], { day: '2023-12-11' }).getStopFilterDay()).toBe('2023-12-11');
  });

  it('gives legs clicks and a popup only with the legPopup option, so a page without leg popups does not load them', () => {
    map = withView();
    const hits = () => map!.getContainer().querySelectorAll('path.vm-leg-hit').length;
    const plain = itineraryLayer(seed()).addTo(map);
    expect(map.getContainer().querySelectorAll('path.vm-leg').length).toBe(6);
    expect(hits()).toBe(0);
    plain.remove();
    const built: number[] = [];
    const legPopup = (index: number) => (built.push(index), document.createElement('p'));
    const layer = itineraryLayer(seed(), { legPopup, animate: false }).addTo(map);
    expect(hits()).toBe(6);
    layer._openLeg(2, L.latLng(31, 121));
    expect(built).toEqual([2]);
    expect(() => itineraryLayer(seed(), { legPopup: 'yes' as never })).toThrow(/legPopup/);
  });

  it('keeps a layer default where an option is given as undefined, and resolves the settings once', () => {
    const layer = new ItineraryLayer(seed(), { language: undefined, toleranceKm: undefined, strings: { stop: undefined, with: 'Mit' } });
    expect(layer.settings.language).toBe('en');
    expect(layer.settings.toleranceKm).toBe(1);
    expect(layer.settings.dateLocale).toBe('en-GB');
    expect(layer.settings.strings.stop).toBe('Stop');
    expect(layer.settings.strings.with).toBe('Mit');
    expect(layer.options.clusterRadius).toBe(30); // the defaults, through the prototype
    expect(new ItineraryLayer(seed(), { language: 'de' }).settings.dateLocale).toBe('de');
  });

  it('keeps its defaults on the prototype, without Leaflet\'s layer defaults, and mergeOptions changes them for every layer made after', () => {
    expect(ItineraryLayer.prototype.options).toEqual({ ...ITINERARY_LAYER_DEFAULTS });
    expect(new ItineraryLayer(seed()).options).not.toHaveProperty('pane');
    try {
      ItineraryLayer.mergeOptions({ clusterRadius: 12 });
      const layer = new ItineraryLayer(seed(), { language: 'de' });
      expect(layer.options.clusterRadius).toBe(12);
      expect(layer.options.language).toBe('de');
      expect(Object.keys(layer.options)).toEqual(['language']); // the given ones only; the rest through the prototype
      expect(layer).toBeInstanceOf(L.FeatureGroup);
    } finally {
      ItineraryLayer.mergeOptions({ clusterRadius: ITINERARY_LAYER_DEFAULTS.clusterRadius });
    }
    expect(new ItineraryLayer(seed()).options.clusterRadius).toBe(30);
  });

  it('keeps the default name of a travel mode or precision given as undefined in strings, as for every other option', () => {
    const layer = new ItineraryLayer(seed(), { strings: { modes: { rail: undefined, sea: 'Mer' } as never, precision: { city: undefined } as never } });
    expect(layer.settings.strings.modes).toMatchObject({ rail: 'Rail', sea: 'Mer', flight: 'Flight' });
    expect(layer.settings.strings.precision.city).toBe('City (approximate)');
  });

  it('refuses an option of the wrong kind when the layer is made, naming it, instead of failing later inside Leaflet', () => {
    // Each of these was accepted, then failed deep in the drawing ("e.replace is not a function",
    // "Cannot read properties of null") or silently drew nothing (an outside tester's findings).
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ strings: { stopOfTotal: 42 } }, /^ItineraryLayer: options\.strings: stopOfTotal must be text, got 42$/],
      [{ strings: { modes: { rail: true } } }, /^ItineraryLayer: options\.strings\.modes: rail must be text, got boolean$/],
      [{ popupOptions: null }, /^ItineraryLayer: options\.popupOptions must be like \{"maxWidth":320,"minWidth":220\}, got null$/],
      [{ clusterRadius: NaN }, /^ItineraryLayer: options\.clusterRadius must be a number ≥ 0, got NaN$/],
      [{ meetingDetails: true }, /^ItineraryLayer: options\.meetingDetails must be a function or null, got boolean$/],
      [{ toGeoJSON: 5 }, /^ItineraryLayer: options\.toGeoJSON must be a function or null, got number$/],
      [{ linkBase: 5 }, /^ItineraryLayer: options\.linkBase must be a string or null, got number$/],
      [{ fitPadding: -500 }, /^ItineraryLayer: options\.fitPadding must be an object or null, got number$/],
      [{ clusterRadius: -5 }, /options\.clusterRadius must be a number ≥ 0/],
      [{ animate: 'no' }, /^ItineraryLayer: options\.animate must be like true, got string$/],
      [{ clusterRadious: 10 }, /^ItineraryLayer: unknown option clusterRadious \(did you mean clusterRadius\?\)$/],
      [{ largeThreshold: -1 }, /^ItineraryLayer: options\.largeThreshold must be a number ≥ 0, got -1$/],
      [{ language: 'english please' }, /^ItineraryLayer: options\.language must be a language tag such as "en" or "zh-Hans"$/],
      [{ legStyles: { fligth: { color: 'red' } } }, /^ItineraryLayer: options\.legStyles: unknown travel mode fligth \(expected flight\)$/],
      [{ legStyles: { boat: { color: 'red' } } }, /^ItineraryLayer: options\.legStyles: unknown travel mode boat \(expected flight, rail, road, sea, unknown\)$/],
    ];
    for (const [options, message] of cases) expect(() => new ItineraryLayer(seed(), options as never), JSON.stringify(options)).toThrow(message);
    expect(() => new ItineraryLayer(seed(), [] as never)).toThrow(/^ItineraryLayer: options must be an object$/);
    // What the types allow still passes: null where an option may be null, Infinity for "never large",
    // Leaflet's own layer options and names that are no likely typo.
    const layer = new ItineraryLayer(seed(), { externalLinkTarget: null, linkBase: null, largeThreshold: Infinity, clusterRadius: 0, pane: 'overlayPane', attribution: 'Mine', myPluginSetting: 1 } as never);
    expect(layer.settings.largeThreshold).toBe(Infinity);
    expect(layer.settings.externalLinkTarget).toBeNull();
  });

  it('refuses a word of strings that is a typo or in no table, and strings that are not an object, when the layer is made', () => {
    // An outside tester's stopOfTotl kept the default without a word, and strings: 'x' passed.
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ strings: { stopOfTotl: 'Halt {n} von {total}' } }, /^ItineraryLayer: options\.strings: unknown word stopOfTotl \(did you mean stopOfTotal\?\)$/],
      [{ strings: { legnd: 'Legende' } }, /^ItineraryLayer: options\.strings: unknown word legnd \(did you mean legend\?\)$/],
      [{ strings: 'x' }, /^ItineraryLayer: options\.strings must be an object of words, got string$/],
      [{ strings: ['Stop'] }, /^ItineraryLayer: options\.strings must be an object of words, got \[string\]$/],
      [{ strings: { modes: 'x' } }, /^ItineraryLayer: options\.strings\.modes must be an object of words, got string$/],
      [{ strings: { modes: { fligth: 'Vol' } } }, /^ItineraryLayer: options\.strings\.modes: unknown word fligth \(did you mean flight\?\)$/],
      [{ strings: { modes: { boat: 'Bateau' } } }, /^ItineraryLayer: options\.strings\.modes: unknown word boat \(expected flight, rail, road, sea, unknown\)$/],
      [{ strings: { precision: { venu: 'Lieu' } } }, /^ItineraryLayer: options\.strings\.precision: unknown word venu \(did you mean venue\?\)$/],
    ];
    for (const [options, message] of cases) expect(() => new ItineraryLayer(seed(), options as never), JSON.stringify(options)).toThrow(message);
    // The words of LayerStrings whose defaults live elsewhere (the details view's, the exports'),
    // given to the layer as one table serves both, pass and are kept; null strings are the defaults.
    const others = { email: 'E-Mail', close: 'Schließen', topics: 'Themen', source: 'Quelle', paragraph: 'Absatz {n}', sentence: 'Satz {n}', arrive: 'An {date}', depart: 'Ab {date}', stopsFolder: 'Halte', legsFolder: 'Wege' };
    expect(new ItineraryLayer(seed(), { strings: others }).settings.strings).toMatchObject(others);
    expect(new ItineraryLayer(seed(), { strings: null as never }).settings.strings.stop).toBe('Stop');
  });

  it('refuses a leg style that is not an object of Leaflet path options of their kinds, and a fitPadding that is no pair of numbers, when the layer is made', () => {
    // An outside tester's: each was accepted, and drew a wrong line or failed only at fitItinerary().
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ legStyles: { flight: 'red' } }, /^ItineraryLayer: options\.legStyles\.flight must be an object of path options, got string$/],
      [{ legStyles: { flight: [] } }, /^ItineraryLayer: options\.legStyles\.flight must be an object of path options, got a list$/],
      [{ legStyles: { flight: { weight: -3 } } }, /^ItineraryLayer: options\.legStyles\.flight\.weight must be a finite number ≥ 0, got -3$/],
      [{ legStyles: { rail: { opacity: NaN } } }, /^ItineraryLayer: options\.legStyles\.rail\.opacity must be a number from 0 to 1, got NaN$/],
      // An opacity above 1 (the outside tester's 5), a padding of text, a word given as null: each named as given.
      [{ legStyles: { rail: { opacity: 5 } } }, /^ItineraryLayer: options\.legStyles\.rail\.opacity must be a number from 0 to 1, got 5$/],
      [{ fitPadding: ['1', '2'] }, /^ItineraryLayer: options\.fitPadding must be \[x, y\], pixels ≥ 0, or null, got \[string, string\]$/],
      [{ strings: { stopOfTotal: null } }, /^ItineraryLayer: options\.strings: stopOfTotal must be text, got null$/],
      [{ strings: { fromtime: 'ab {time}' } }, /^ItineraryLayer: options\.strings: unknown word fromtime \(did you mean fromTime\?\)$/],
      [{ legStyles: { rail: { weight: Infinity } } }, /^ItineraryLayer: options\.legStyles\.rail\.weight must be a finite number ≥ 0, got Infinity$/],
      [{ legStyles: { sea: { weight: '3' } } }, /^ItineraryLayer: options\.legStyles\.sea\.weight must be a finite number ≥ 0, got string$/],
      [{ legStyles: { flight: { colour: 'red' } } }, /^ItineraryLayer: options\.legStyles\.flight: unknown field colour \(did you mean color\?\)$/],
      [{ legStyles: { flight: { width: 3 } } }, /^ItineraryLayer: options\.legStyles\.flight: unknown field width$/],
      [{ legStyles: { flight: { color: 5 } } }, /^ItineraryLayer: options\.legStyles\.flight\.color must be a string, got 5$/],
      [{ legStyles: { road: { dashArray: 6 } } }, /^ItineraryLayer: options\.legStyles\.road\.dashArray must be a string or a list of numbers ≥ 0, got 6$/],
      [{ legStyles: { road: { dashArray: [6, -8] } } }, /^ItineraryLayer: options\.legStyles\.road\.dashArray must be a string or a list of numbers ≥ 0, got \[6, -8\]$/],
      [{ legStyles: { road: { dashArray: ['6', '8'] } } }, /^ItineraryLayer: options\.legStyles\.road\.dashArray must be a string or a list of numbers ≥ 0, got \[string, string\]$/],
      [{ legStyles: { road: { className: 7 } } }, /^ItineraryLayer: options\.legStyles\.road\.className must be a string, got 7$/],
      [{ legStyles: { road: { renderer: 'canvas' } } }, /^ItineraryLayer: options\.legStyles\.road\.renderer must be a Leaflet renderer, got string$/],
      [{ legStyles: { road: { renderer: {} } } }, /^ItineraryLayer: options\.legStyles\.road\.renderer must be a Leaflet renderer, got object$/],
      [{ fitPadding: [NaN, 2] }, /^ItineraryLayer: options\.fitPadding must be \[x, y\], pixels ≥ 0, or null, got \[NaN, 2\]$/],
      [{ fitPadding: [10] }, /options\.fitPadding must be \[x, y\].*got \[10\]$/],
      [{ fitPadding: [10, -1] }, /options\.fitPadding must be \[x, y\].*got \[10, -1\]$/],
      [{ fitPadding: { x: 1, y: 2 } }, /options\.fitPadding must be \[x, y\].*got object$/],
    ];
    for (const [options, message] of cases) expect(() => new ItineraryLayer(seed(), options as never), JSON.stringify(options)).toThrow(message);
    // Leaflet's other path options pass; a mode or field given as undefined keeps the defaults.
    const layer = new ItineraryLayer(seed(), { legStyles: { flight: { color: undefined, weight: 0, lineJoin: 'miter', fillOpacity: 0.5 }, rail: undefined } as never, fitPadding: [0, 12.5] });
    expect(layer.settings.fitPadding).toEqual([0, 12.5]);
    map = withView();
    layer.addTo(map);
    const flight = map.getContainer().querySelector('path.vm-leg--flight')!;
    expect(flight.getAttribute('stroke')).toBe(DEFAULT_LEG_STYLES.flight.color);
    expect(flight.getAttribute('stroke-linejoin')).toBe('miter');
    expect(map.getContainer().querySelector('path.vm-leg--rail')!.getAttribute('stroke')).toBe(DEFAULT_LEG_STYLES.rail.color);
  });

  it('takes the path options Leaflet takes for a leg: a dash list, a class name and a renderer', () => {
    // Before, `legStyles` refused all three ("unknown field className", "dashArray must be a string").
    const renderer = L.svg({ padding: 0.5 });
    const layer = new ItineraryLayer(seed(), { legStyles: { road: { dashArray: [6, 8], className: 'my-road' }, rail: { renderer, className: 'my-rail extra' } } });
    map = withView();
    layer.addTo(map);
    const road = map.getContainer().querySelector<SVGPathElement>('path.vm-leg--road')!;
    expect(road.getAttribute('stroke-dasharray')).toBe('6,8');
    expect(road.getAttribute('class')).toMatch(/(^| )vm-leg vm-leg--road my-road( |$)/);
    const rail = map.getContainer().querySelector<SVGPathElement>('path.vm-leg--rail')!;
    expect(rail.getAttribute('class')).toMatch(/ my-rail extra( |$)/);
    // Drawn by the renderer given: in its own SVG, not the map's default one.
    expect(rail.ownerSVGElement).toBe((renderer as unknown as { _container: SVGElement })._container);
    expect(road.ownerSVGElement).not.toBe(rail.ownerSVGElement);
    // The legend draws the listed dashes as SVG does.
    legendControl(layer).addTo(map);
    expect(map.getContainer().querySelector('.vm-legend__item--road line')!.getAttribute('stroke-dasharray')).toBe('6 8');
  });

  it('refuses a stop filter that is not a list, naming the method', () => {
    const layer = new ItineraryLayer(seed());
    expect(() => layer.setStopFilter('shanghai' as never)).toThrow(/^setStopFilter: expected a list of stop ids or indexes, or null$/);
    expect(layer.setStopFilter(['shanghai']).getStopFilter()).toHaveLength(1);
  });

  it("refuses a stop filter's day that is not a real YYYY-MM-DD day, naming the option, and keeps the filter it had", () => {
    // An outside tester's: '2023-13-45' threw a bare "RangeError: Invalid time value", and 'garbage' was taken.
    const layer = new ItineraryLayer(seed());
    layer.setStopFilter(['shanghai-again'], { day: '2023-12-12' });
    for (const day of ['2023-13-45', 'garbage', '2023-02-30', '2023-12-12T09:00', 20231212])
      expect(() => layer.setStopFilter(['hangzhou'], { day: day as never }), String(day)).toThrow(new TypeError(`setStopFilter: options.day ${JSON.stringify(day)} is not a day as YYYY-MM-DD`));
    expect([layer.getStopFilter(), layer.getStopFilterDay()]).toEqual([[5], '2023-12-12']);
    expect(layer.setStopFilter(['hangzhou'], { day: null }).getStopFilterDay()).toBeNull();
  });

  it("refuses a stop filter's day that none of its stops is on, naming their nearest days, and keeps the filter it had", () => {
    // An outside tester's: setStopFilter(['tokyo'], { day: '2023-09-01' }) (Tokyo 6–8 Sep) was taken, the timeline in Tokyo on 6 Sep.
    const layer = new ItineraryLayer(seed());
    layer.setStopFilter(['shanghai'], { day: '2023-12-11' });
    expect(() => layer.setStopFilter(['shanghai-again'], { day: '2023-12-01' })).toThrow(new RangeError('setStopFilter: options.day 2023-12-01 holds none of the stops given (their nearest days: 2023-12-12)'));
    expect(() => layer.setStopFilter(['hangzhou', 'shanghai-again'], { day: '2023-12-15' })).toThrow(/\(their nearest days: 2023-12-14\)$/);
    expect(() => layer.setStopFilter([2, 5], { day: '2023-12-11' }).setStopFilter([1, 5], { day: '2023-12-11' })).not.toThrow();
    expect(() => layer.setStopFilter(['hong-kong-departure', 'shanghai-again'], { day: '2023-12-11' })).toThrow(/\(their nearest days: 2023-12-10, 2023-12-12\)$/);
    expect([layer.getStopFilter(), layer.getStopFilterDay()]).toEqual([[1, 5], '2023-12-11']);
    // Every day of a stay holds its stop, the days between its arrival and departure too; and each day the picker offers holds its stops.
    for (const day of ['2023-12-12', '2023-12-13', '2023-12-14']) expect(layer.setStopFilter(['shanghai-again'], { day }).getStopFilterDay()).toBe(day);
    const undated = new ItineraryLayer({ id: 'u', title: 'U', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }, { id: 'b', name: 'B', coordinates: [1, 1] }] });
    expect(() => undated.setStopFilter(['a'], { day: '2023-12-11' })).toThrow(/\(none of them has a date\)$/);
  });

  it('takes every day the day picker offers with its stops, as setStopFilter is given them', () => {
    fc.assert(
      fc.property(validItinerary(), (json) => {
        const layer = new ItineraryLayer(json);
        for (const day of storyDays(layer.itinerary)) expect(layer.setStopFilter(day.stops, { day: day.key }).getStopFilterDay()).toBe(day.key);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses an openStop option it would ignore, naming it and what it takes: focus: true in plain JS, a misspelt name', () => {
    // Before, { focus: true } opened the stop and focused nothing, silently.
    const layer = new ItineraryLayer(seed(), { animate: false });
    expect(() => layer.openStop('hangzhou', { focus: true } as never)).toThrow(/^ItineraryLayer\.openStop: options\.focus must be "popup", "marker" or false, got true$/);
    expect(() => layer.openStop('hangzhou', { focus: 'Popup' } as never)).toThrow(/options\.focus must be "popup", "marker" or false, got "Popup"$/);
    expect(() => layer.openStop('hangzhou', { popup: 'no' } as never)).toThrow(/options\.popup must be true or false, got "no"$/);
    expect(() => layer.openStop('hangzhou', { focused: 'popup' } as never)).toThrow(/^ItineraryLayer\.openStop: unknown option focused \(did you mean focus\?\)$/);
    expect(() => layer.openStop('hangzhou', { zoom: 9 } as never)).toThrow(/unknown option zoom \(expected focus, animate, popup\)$/);
    expect(layer.getCurrentIndex()).toBe(-1); // nothing done
    for (const focus of ['popup', 'marker', false, undefined] as const) layer.openStop('hangzhou', { focus, animate: undefined, popup: false });
    expect(layer.getCurrentIndex()).toBe(1);
  });

  it('refuses a tolerance the legs cannot be drawn with when the layer is made, not later when its legs are placed', () => {
    // The core's rule: a finite number of km, at least 1 mm. Before, 1e-9 passed the layer and
    // failed inside the placement (silently, in large mode's background tasks).
    fc.assert(
      fc.property(fc.oneof(fc.double({ max: 0.000000999, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity)), (toleranceKm) => {
        expect(() => new ItineraryLayer(seed(), { toleranceKm })).toThrow(/^ItineraryLayer: toleranceKm must be a finite number of at least 0\.000001 \(1 mm\), got /);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.000001, max: 20000, noNaN: true }), (toleranceKm) => {
        expect(new ItineraryLayer(seed(), { toleranceKm }).settings.toleranceKm).toBe(toleranceKm);
      }),
      { numRuns: 30 },
    );
  });

  it('draws the timeline’s route with the layer’s settings unless the timeline overrides them', () => {
    map = withView();
    const layer = new ItineraryLayer(seed(), { straightLegs: true, legStyles: { flight: { color: '#123456' } } }).addTo(map);
    new TimelineControl(layer).addTo(map);
    const route = [...map.getContainer().querySelectorAll<SVGPathElement>('path.vm-story-route--flight')];
    expect(route.length).toBeGreaterThan(0);
    for (const path of route) expect(path.getAttribute('stroke')).toBe('#123456');
    // Straight legs: two points a leg, so each drawn path has one segment.
    const d = route[0]!.getAttribute('d')!;
    expect(d.match(/L/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('names travel modes in the summary in the layer’s words', () => {
    map = withView();
    const layer = new ItineraryLayer(seed(), { strings: { modes: { flight: 'Vol', rail: 'Train', road: 'Route', sea: 'Mer', unknown: '?' } } }).addTo(map);
    new SummaryControl(layer).addTo(map);
    const modes = [...map.getContainer().querySelectorAll('.vm-summary__mode')].map((td) => td.textContent);
    expect(modes.length).toBe(layer.itinerary.legs.length);
    expect(modes).toEqual(layer.itinerary.legs.map((leg) => layer.settings.strings.modes[leg.mode]));
    expect(modes).toContain('Vol');
    expect(modes).not.toContain('Flight');
  });

  it('counts places beside the stops only where some stops share one, in the singular for one', () => {
    const stopsFact = (stops: [number, number][]) => {
      map?.remove();
      map = withView();
      const data = { id: 't', title: 'T', stops: stops.map((coordinates, i) => ({ id: `s${i}`, name: `S${i}`, coordinates })) };
      new SummaryControl(new ItineraryLayer(data).addTo(map)).addTo(map);
      return [...map.getContainer().querySelectorAll('.vm-summary__fact')].find((row) => row.querySelector('dt')!.textContent === 'Stops')!.querySelector('dd')!.textContent;
    };
    expect(stopsFact([[2.35, 48.86]])).toBe('1');
    expect(stopsFact([[2.35, 48.86], [2.35, 48.86]])).toBe('2 (1 place)');
    expect(stopsFact([[2.35, 48.86], [4.9, 52.37]])).toBe('2');
    expect(stopsFact([[2.35, 48.86], [4.9, 52.37], [2.35, 48.86]])).toBe('3 (2 places)');
  });

  it('fires control events through Leaflet’s Evented: off with a context removes only that listener', () => {
    const layer = new ItineraryLayer(seed());
    const days = new DayControl(layer, { fit: false });
    const heard: string[] = [];
    const a = { name: 'a' };
    const b = { name: 'b' };
    function listener(this: { name: string }) {
      heard.push(this.name);
    }
    days.on('change', listener, a).on('change', listener, b);
    days.select(days.days[0]!.key);
    days.off('change', listener, a);
    days.select(null);
    expect(heard).toEqual(['a', 'b', 'b']);
    days.once({ change: (e) => heard.push(e.day?.key ?? 'all') });
    days.select(days.days[1]!.key);
    days.select(null);
    expect(heard.slice(3)).toEqual(['b', days.days[1]!.key, 'b']);
  });

  it('fires enter and exit from the fullscreen button through the controls’ one Evented base, to a listener with its context', () => {
    // It was a plain L.Control that fired nothing: a page could not pause its story when the map filled the screen.
    map = withView();
    const button = fullscreenControl().addTo(map);
    const heard: string[] = [];
    const page = { name: 'page' };
    function listener(this: { name: string }, e: FullscreenEvent) {
      heard.push(`${this.name} ${e.type}${e.target === button ? '' : ' (another target)'}`);
    }
    button.on('enter', listener, page).once('exit', listener, page);
    button.toggle(); // jsdom has no Fullscreen API: the CSS overlay
    expect(map.getContainer().classList.contains(FULLSCREEN_CLASS)).toBe(true);
    button.toggle().toggle().toggle();
    expect(heard).toEqual(['page enter', 'page exit', 'page enter']);
    button.off('enter', listener, {}); // another context: not this listener
    button.toggle().toggle();
    button.off('enter', listener, page);
    button.toggle().toggle();
    expect(heard.slice(3)).toEqual(['page enter']);
  });
});

describe('one palette for the map, the canvas, the legend and the exports', () => {
  afterEach(() => document.body.replaceChildren());

  it('gives each travel mode the exports’ colour on the map', () => {
    const styles = resolveLegStyles(null, {});
    for (const mode of TRAVEL_MODES) {
      expect(DEFAULT_LEG_STYLES[mode].color).toBe(MODE_COLORS[mode]);
      expect(styles[mode].color).toBe(MODE_COLORS[mode]);
    }
  });

  it('draws the seed’s legs, its legend swatches and its export in the same colours', () => {
    const map = withView();
    const itinerary = seed();
    const layer = new ItineraryLayer(itinerary, { arrows: false }).addTo(map);
    legendControl(layer).addTo(map);
    const exported = toGeoJSON(itinerary);
    const exportColour = new Map<TravelMode, unknown>();
    for (const f of exported.features) if (f.properties.kind === 'leg') exportColour.set(f.properties.mode, f.properties.stroke);
    const mapColour = new Map<string, string | null>();
    for (const path of map.getContainer().querySelectorAll('path.vm-leg')) {
      const mode = [...path.classList].find((c) => c.startsWith('vm-leg--'))!.slice('vm-leg--'.length);
      mapColour.set(mode, path.getAttribute('stroke'));
    }
    const legendColour = new Map<string, string | null>();
    for (const item of map.getContainer().querySelectorAll('.vm-legend__item')) {
      const line = item.querySelector('line');
      if (line) legendColour.set([...item.classList].find((c) => c.startsWith('vm-legend__item--'))!.slice(17), line.getAttribute('stroke'));
    }
    expect(exportColour.size).toBeGreaterThan(1);
    for (const [mode, colour] of exportColour) {
      expect(mapColour.get(mode)).toBe(colour);
      expect(legendColour.get(mode)).toBe(colour);
    }
    map.remove();
  });
});

describe('fit options given as undefined', () => {
  afterEach(() => document.body.replaceChildren());

  it("keep the fit's own maxZoom, the layer's 12 and a day's 9, as an option given as undefined keeps its default", () => {
    // { ...defaults, ...options } let maxZoom: undefined through: two stops 300 m apart were fitted at zoom 18.
    const near = { id: 'walk', title: 'Walk', stops: [
      { id: 'a', name: 'A', coordinates: [114.17, 22.3], arrive: '2023-12-10' },
      { id: 'b', name: 'B', coordinates: [114.173, 22.3], arrive: '2023-12-10' },
    ] };
    const map = L.map(mapDiv(), { fadeAnimation: false, zoomAnimation: false, center: [0, 0], zoom: 2, maxZoom: 18 });
    const layer = itineraryLayer(near, { animate: false }).addTo(map);
    layer.fitItinerary({ maxZoom: undefined, padding: undefined });
    expect(map.getZoom()).toBe(12);
    map.setView([0, 0], 2);
    new DayControl(layer, { fitOptions: { maxZoom: undefined } }).addTo(map).select('2023-12-10');
    expect(map.getZoom()).toBe(9);
    map.remove();
  });
});

describe('a map made without a view', () => {
  afterEach(() => document.body.replaceChildren());

  it('gets its view from fitItinerary(), and the layer draws', () => {
    const map = L.map(mapDiv(), { fadeAnimation: false, zoomAnimation: false });
    const layer = itineraryLayer(seed()).addTo(map);
    expect(map.getContainer().querySelectorAll('.vm-marker').length).toBe(0); // Leaflet waits for a view
    layer.fitItinerary();
    expect(map.getContainer().querySelectorAll('.vm-marker').length).toBeGreaterThan(0);
    const view = map.getBounds();
    for (const s of layer.itinerary.stops) expect(view.contains([s.coordinates[1], s.coordinates[0]])).toBe(true);
    map.remove();
  });

  it('gets its view from fitBounds: true', () => {
    const map = L.map(mapDiv(), { fadeAnimation: false, zoomAnimation: false });
    const layer = itineraryLayer(seed(), { fitBounds: true }).addTo(map);
    expect(map.getContainer().querySelectorAll('path.vm-leg').length).toBe(layer.itinerary.legs.length);
    const view = map.getBounds();
    for (const s of layer.itinerary.stops) expect(view.contains([s.coordinates[1], s.coordinates[0]])).toBe(true);
    map.remove();
  });
});

describe('what the layer leaves to imports of their own', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('refuses GeoJSON data without fromGeoJSON, naming it, and draws it with it', () => {
    const collection = toGeoJSON(seed());
    expect(() => itineraryLayer(collection)).toThrow(TypeError);
    expect(() => itineraryLayer(collection)).toThrow(/fromGeoJSON\(data\)/);
    expect(itineraryLayer(collection, { fromGeoJSON }).itinerary).toEqual(fromGeoJSON(collection));
    expect(itineraryLayer(fromGeoJSON(collection)).itinerary.stops.map((s) => s.id)).toEqual(seed().stops.map((s) => s.id));
  });

  it('uses an itinerary parseItinerary returned as it is, and still checks a copy of one', () => {
    const parsed = parseItinerary(JSON.parse(JSON.stringify(seed())));
    expect(itineraryLayer(parsed).itinerary).toBe(parsed);
    // A copy (structured clone, a worker's message) looks the same but was not checked here: it is.
    const copy = structuredClone(parsed);
    expect(itineraryLayer(copy).itinerary).not.toBe(copy);
    expect(itineraryLayer(copy).itinerary).toEqual(parsed);
    (copy.stops[1]!.coordinates as number[])[1] = 95;
    expect(() => itineraryLayer(copy)).toThrow(/stops\[1\]\.coordinates\[1\]/);
  });

  it('writes layer.toGeoJSON() with the toGeoJSON option, and says what to call without it', () => {
    const itinerary = seed();
    expect(() => itineraryLayer(itinerary).toGeoJSON()).toThrow(/toGeoJSON\(layer\.itinerary\)/);
    expect(itineraryLayer(itinerary, { toGeoJSON, toleranceKm: 5 }).toGeoJSON()).toEqual(toGeoJSON(itinerary, { toleranceKm: 5 }));
  });

  it('switches to the canvas past largeThreshold with canvasLargeMode, and warns without it', () => {
    // jsdom has no canvas: drawing on one is the browser tests' (layer.e2e, "past largeThreshold").
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const plain = itineraryLayer(many(12), { largeThreshold: 10 });
    expect(plain.large).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/largeMode: canvasLargeMode/));
    const large = itineraryLayer(many(12), { largeThreshold: 10, largeMode: canvasLargeMode });
    expect(large.large).toBe(true);
    expect(itineraryLayer(many(9), { largeThreshold: 10, largeMode: canvasLargeMode }).large).toBe(false);
    const parts = canvasLargeMode.draw({ itinerary: large.itinerary, lines: large.itinerary.legs.map(() => []), styles: resolveLegStyles(null, {}), pane: undefined, onStopClick() {} });
    expect(parts.every((p) => p instanceof L.Path)).toBe(true);
  });

  it('adds the stop list for the deprecated stopList option only with its control, and warns without it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const map = withView();
    const layer = itineraryLayer(seed(), { stopList: true, stopListControl }).addTo(map);
    expect(map.getContainer().querySelectorAll('.vm-stoplist-control').length).toBe(1);
    layer.remove();
    expect(map.getContainer().querySelectorAll('.vm-stoplist-control').length).toBe(0);
    itineraryLayer(seed(), { stopList: true }).addTo(map);
    expect(map.getContainer().querySelectorAll('.vm-stoplist-control').length).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/stopListControl\(layer\)\.addTo\(map\)/));
    map.remove();
  });
});
