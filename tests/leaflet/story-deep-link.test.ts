// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DayControl } from '../../src/leaflet/controls/day-control';
import { LegendControl } from '../../src/leaflet/controls/legend-control';
import { StopListControl } from '../../src/leaflet/controls/stop-list-control';
import { SummaryControl } from '../../src/leaflet/controls/summary-control';
import { meetingDetails } from '../../src/leaflet/controls/meeting-details';
import { DeepLink } from '../../src/leaflet/deep-link';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { TimelineControl } from '../../src/leaflet/controls/timeline-control';
import { parseItinerary } from '../../src/itinerary/parse';
import { jsdomMap } from './dom-fixtures';
import { seed, seedWithoutUrls } from './fixtures';

describe('DeepLink', () => {
  let map: L.Map;
  let link: DeepLink | null = null;

  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    // jsdom has no scrollIntoView, which a popup taking focus calls (a link's stop, see below).
    Element.prototype.scrollIntoView = () => {};
    map = jsdomMap();
  });

  afterEach(() => {
    link?.remove();
    link = null;
    map.remove();
    document.body.replaceChildren();
    history.replaceState(null, '', location.pathname);
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    vi.unstubAllGlobals();
  });

  it('opens the stop a link names when it starts, by id', () => {
    history.replaceState(null, '', '#stop=lingang');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(layer);
    expect(layer.getCurrentIndex()).toBe(4);
  });

  it('with a key, follows only its own keys: another map’s link stays in the address', () => {
    history.replaceState(null, '', '#stop=kyoto&b.stop=lingang&b.t=2023-12-11T06:00:00Z');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(layer, { key: 'b' });
    expect(layer.getCurrentIndex()).toBe(4);
    layer.openStop('hangzhou');
    expect(location.hash).toBe('#stop=kyoto&b.stop=hangzhou');
    link.remove();
    expect(location.hash).toBe('#stop=kyoto');
    link = null;
  });

  it('refuses a key that cannot go in the address, and a second link on the same keys while the first follows them', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    expect(() => new DeepLink(layer, { key: 'a&b' })).toThrow(/DeepLink: key "a&b" must be letters, digits, "-" or "_"/);
    link = new DeepLink(layer, { key: 'a' });
    expect(() => new DeepLink(layer, { key: 'a' })).toThrow(/another deepLink on this page follows the keys a\.stop, a\.t, a\.day, a\.meeting: give each map its own key/);
    const other = new DeepLink(layer); // the keys without a prefix are free
    other.remove();
    // A link whose layer left the map follows nothing: the next trip's link may take its keys.
    layer.remove();
    const next = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    expect(() => new DeepLink(next, { key: 'a' }).remove()).not.toThrow();
  });

  it('gives back what the first link took out of the address when a second one on the same keys is refused: the link is not lost', () => {
    // Two maps, neither given a key: the first took the second's #stop= out of the address (not one of its stops)
    // before the second was refused, and the page's link was gone.
    const japan = { id: 'japan', title: 'Japan', stops: [{ id: 'tokyo', name: 'Tokyo', coordinates: [139.69, 35.68], precision: 'city' }, { id: 'kyoto', name: 'Kyoto', coordinates: [135.77, 35.01], precision: 'city' }] };
    const a = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const b = new ItineraryLayer(parseItinerary(japan), { animate: false }).addTo(map);
    history.replaceState(null, '', '#intro&stop=kyoto&t=2024-04-02T01:00:00Z');
    link = new DeepLink(a);
    expect(location.hash).toBe('#intro'); // not one of its stops: taken out, as a link it cannot follow is
    expect(() => new DeepLink(b)).toThrow(/another deepLink on this page follows the keys stop, t, day, meeting/);
    expect(location.hash).toBe('#intro&stop=kyoto&t=2024-04-02T01:00:00Z');
    // Once something is written after, that is what the address says: nothing older comes back.
    link.remove();
    history.replaceState(null, '', '#intro&stop=kyoto');
    link = new DeepLink(a);
    a.openStop('hangzhou');
    expect(() => new DeepLink(b)).toThrow(/another deepLink/);
    expect(location.hash).toBe('#intro&stop=hangzhou');
  });

  it('opens the stop a link names on a map made without a view, when the fit that gives it one comes after', async () => {
    // An outside tester's: L.map('map') as the Quick start makes it, deepLink(layer), then
    // fitItinerary(): the stop became current, but no popup opened and the link showed nothing.
    map.remove();
    const div = document.createElement('div');
    Object.defineProperty(div, 'clientWidth', { value: 800 });
    Object.defineProperty(div, 'clientHeight', { value: 600 });
    document.body.append(div);
    map = L.map(div, { fadeAnimation: false, zoomAnimation: false });
    history.replaceState(null, '', '#stop=lingang');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(layer);
    layer.fitItinerary();
    await Promise.resolve();
    expect(layer.getCurrentIndex()).toBe(4);
    expect(document.querySelector('.leaflet-popup .vm-popup__title')?.textContent).toBe('Lingang New Area');
    expect(document.activeElement).toBe(document.querySelector('.leaflet-popup .vm-popup__title'));
  });

  it('ignores a stop id the itinerary does not have', () => {
    history.replaceState(null, '', '#stop=atlantis');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    expect(() => (link = new DeepLink(layer))).not.toThrow();
    expect(layer.getCurrentIndex()).toBe(-1);
  });

  it('writes the opened stop as a new history entry, keeping the page’s own part of the hash', () => {
    history.replaceState(null, '', '#intro');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(layer);
    const before = history.length;
    layer.openStop('hangzhou');
    expect(location.hash).toBe('#intro&stop=hangzhou');
    expect(history.length).toBe(before + 1);
    layer.openStop('hangzhou'); // the same stop again: nothing new
    expect(history.length).toBe(before + 1);
  });

  it('only reads with history: false', () => {
    history.replaceState(null, '', '#stop=yangshan');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(layer, { history: false });
    expect(layer.getCurrentIndex()).toBe(3);
    layer.openStop('hangzhou');
    expect(location.hash).toBe('#stop=yangshan');
  });

  it('follows a changed hash (back, forward, a typed link) to its day, time and stop', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline, days });
    history.replaceState(null, '', '#day=2023-12-11&t=2023-12-11T02:00:00Z');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(days.getDay()?.key).toBe('2023-12-11');
    expect(layer.getStopFilter()).toEqual([1, 2, 3, 4]);
    expect(timeline.getProgress()).toBe(2);
    expect(layer.getCurrentIndex()).toBe(2);
    history.replaceState(null, '', '#');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(days.getDay()).toBeNull();
    expect(layer.getStopFilter()).toBeNull();
  });

  it('keeps a link’s t inside a one-stop day’s stay, on the stop’s own clock, and lets the slider reach the day’s ends', () => {
    // An outside tester's (T12 §3): an Anchorage itinerary's days in Longyearbyen and Alert were one moment
    // each, Anchorage's midnight: `#day=2025-06-04&t=…17:00Z` (Alert 12:00–18:00 -04:00) lost its t, and
    // Home/End on 2 Jun never reached the 08:00 arrival.
    const polar = parseItinerary({
      id: 'polar', title: 'Polar', timezone: 'America/Anchorage',
      stops: [
        { id: 'anchorage', name: 'Anchorage', coordinates: [-149.9, 61.2], precision: 'city', depart: '2025-06-01T09:00' },
        { id: 'longyearbyen', name: 'Longyearbyen', coordinates: [15.6, 78.2], precision: 'city', arrive: '2025-06-02T08:00+02:00', depart: '2025-06-03T10:00+02:00' },
        { id: 'alert', name: 'Alert', coordinates: [-62.35, 82.5], precision: 'venue', arrive: '2025-06-04T12:00-04:00', depart: '2025-06-04T18:00-04:00' },
        { id: 'oslo', name: 'Oslo', coordinates: [10.75, 59.9], precision: 'city', arrive: '2025-06-05T09:00+02:00' },
      ],
    });
    history.replaceState(null, '', '#day=2025-06-04&t=2025-06-04T17:00:00Z');
    const layer = new ItineraryLayer(polar, { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline, days });
    expect(location.hash).toBe('#day=2025-06-04&t=2025-06-04T17:00:00Z');
    expect(new Date(timeline.getTime()).toISOString()).toBe('2025-06-04T17:00:00.000Z');
    days.select('2025-06-02');
    const range = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    const key = (k: string) => range.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('Home');
    expect(new Date(timeline.getTime()).toISOString()).toBe('2025-06-02T06:00:00.000Z'); // 08:00 in Longyearbyen, its arrival
    key('End');
    expect(new Date(timeline.getTime()).toISOString()).toBe('2025-06-02T21:59:00.000Z'); // 23:59 there
    expect(layer.getCurrentIndex()).toBe(1);
  });

  it('plays the last stop’s stay, and keeps a link’s t in it: a meeting that afternoon', () => {
    // Before, the story ended at the last stop's arrival (09:00): `#stop=bergen&t=…T12:00:00Z` (14:00, the
    // meeting) lost its t, the slider and End stopped at 09:00, and playing ended there.
    const stay = parseItinerary({
      id: 'stay', title: 'Stay', timezone: 'Europe/Oslo',
      stops: [
        { id: 'oslo', name: 'Oslo', coordinates: [10.75, 59.91], precision: 'city', depart: '2025-06-04T08:00' },
        { id: 'bergen', name: 'Bergen', coordinates: [5.32, 60.39], precision: 'city', arrive: '2025-06-04T09:00', depart: '2025-06-04T18:00', meetings: [{ id: 'm', title: 'Port visit', date: '2025-06-04T14:00' }] },
      ],
    });
    history.replaceState(null, '', '#stop=bergen&t=2025-06-04T12:00:00Z');
    const layer = new ItineraryLayer(stay, { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline });
    expect(location.hash).toBe('#stop=bergen&t=2025-06-04T12:00:00Z');
    expect(new Date(timeline.getTime()).toISOString()).toBe('2025-06-04T12:00:00.000Z');
    expect(layer.getCurrentIndex()).toBe(1);
    const range = map.getContainer().querySelector<HTMLInputElement>('.vm-timeline__range')!;
    expect(Number(range.max)).toBe(10 * 60); // 08:00 to 18:00
    range.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(new Date(timeline.getTime()).toISOString()).toBe('2025-06-04T16:00:00.000Z'); // leaving at 18:00
    expect(layer.getCurrentIndex()).toBe(1);
    expect(location.hash).toBe('#stop=bergen&t=2025-06-04T16:00:00Z');
  });

  it("shows a day the page filters the layer to itself (setStopFilter with a day) in the picker and the link, and every day again with null", () => {
    // h-left16's: the picker said "All days" beside a map filtered to 11 December.
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { days });
    const changes: Array<string | null> = [];
    days.on('change', (e) => changes.push(e.day?.key ?? null));
    layer.setStopFilter([1, 2], { day: '2023-12-11' });
    expect(days.getDay()?.key).toBe('2023-12-11');
    expect(document.querySelector<HTMLSelectElement>('.vm-days__select')!.value).toBe('2023-12-11');
    expect(location.hash).toBe('#day=2023-12-11');
    expect(layer.getStopFilter(), 'the page chose the stops: the picker does not widen them to the whole day').toEqual([1, 2]);
    layer.setStopFilter(null);
    expect(days.getDay()).toBeNull();
    expect(document.querySelector<HTMLSelectElement>('.vm-days__select')!.value).toBe('');
    expect(changes).toEqual(['2023-12-11', null]);
    // The picker's own choice goes through the layer's filter once, not back again.
    days.select('2023-12-12');
    expect(changes).toEqual(['2023-12-11', null, '2023-12-12']);
    // Taken off the map for good (`remove()`), it no longer answers the layer's filter.
    days.remove();
    layer.setStopFilter([1, 2], { day: '2023-12-11' });
    expect(changes).toEqual(['2023-12-11', null, '2023-12-12']);
  });

  it("reads a link's time without an offset on the itinerary's clock, not the reader's, and one with an offset as written", () => {
    // An outside tester's: #t=2025-06-04T17:00 was read in the browser's own zone (Date.parse), so one link showed each visitor another moment.
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York'; // a reader far from the trip (Asia/Shanghai)
    try {
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
      const timeline = new TimelineControl(layer).addTo(map);
      link = new DeepLink(layer, { timeline });
      for (const t of ['2023-12-11T10:00', '2023-12-11T10:00:00', '2023-12-11T02:00:00Z', '2023-12-11T03:00+01:00']) {
        history.replaceState(null, '', `#t=${encodeURIComponent(t)}`); // a `+` unescaped reads as a space, as in a query
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        expect(new Date(timeline.getTime()).toISOString(), t).toBe('2023-12-11T02:00:00.000Z'); // Shanghai reached, 10:00 there
        expect(layer.getCurrentIndex(), t).toBe(2);
      }
      // What is no time of the itinerary's format is not followed, and leaves the address (Date.parse took "11 Dec 2023 10:00").
      history.replaceState(null, '', '#t=11%20Dec%202023%2010%3A00');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      expect(location.hash).toBe('');
      expect(new Date(timeline.getTime()).toISOString()).not.toMatch(/^2023-12-11T15:00/);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('writes the time with the stop when there is a timeline, and the day when one is picked', () => {
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline, days });
    timeline.seekStop('shanghai');
    expect(location.hash).toBe('#stop=shanghai&t=2023-12-11T02:00:00Z');
    days.select('2023-12-11');
    expect(location.hash).toBe('#stop=shanghai&t=2023-12-11T02:00:00Z&day=2023-12-11');
  });

  it('takes the stop and its time out of the link when the timeline is reset, keeping the day, without a history entry', () => {
    // An outside tester's: seekStop('suva'), then reset() showed the whole story, but #stop=suva&t=… stayed to open on reload.
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline, days });
    days.select('2023-12-11');
    timeline.seekStop('shanghai');
    expect(location.hash).toBe('#stop=shanghai&t=2023-12-11T02:00:00Z&day=2023-12-11');
    const before = history.length;
    const resets: unknown[] = [];
    timeline.on('reset', (e) => resets.push(e.type));
    expect(document.querySelector('.leaflet-popup .vm-popup__title')?.textContent).toBe('Shanghai');
    timeline.reset();
    // Another tester's: the stop the timeline left stayed open after the reset.
    expect(document.querySelector('.leaflet-popup')).toBeNull();
    expect(location.hash).toBe('#day=2023-12-11');
    expect(history.length).toBe(before);
    expect(resets).toEqual(['reset']);
  });

  it('resets the timeline of a day view to where the same link opens: the day’s start, as picking the day does', () => {
    // An outside tester's: reset() on a map opened with #day= went to the day's end; reloading the link, to its start.
    const open = (hash: string, on: L.Map) => {
      history.replaceState(null, '', hash);
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(on);
      const timeline = new TimelineControl(layer).addTo(on);
      const days = new DayControl(layer).addTo(on);
      return { timeline, link: new DeepLink(layer, { timeline, days }) };
    };
    const other = jsdomMap();
    const reloaded = open('#day=2023-12-11', other);
    const opened = reloaded.timeline.getProgress();
    reloaded.link.remove();
    const page = open('#day=2023-12-11', map);
    link = page.link;
    page.timeline.seekStop('shanghai');
    expect(page.timeline.getProgress()).not.toBe(opened);
    page.timeline.reset();
    expect(page.timeline.getProgress()).toBe(opened);
    expect(page.timeline.getTime()).toBe(reloaded.timeline.getTime());
    // The whole story, with no day: its end, as a page opened without a link shows it.
    link.apply('#');
    page.timeline.seekStop('shanghai');
    page.timeline.reset();
    expect(page.timeline.getProgress()).toBe(page.timeline.moments.length - 1);
    other.remove();
  });

  it('takes the stop and its time out of the link when its popup closes, keeping the day and the page’s own part', () => {
    history.replaceState(null, '', '#intro');
    const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    const timeline = new TimelineControl(layer).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { timeline, days });
    days.select('2023-12-11');
    timeline.seekStop('shanghai');
    expect(location.hash).toBe('#intro&stop=shanghai&t=2023-12-11T02:00:00Z&day=2023-12-11');
    const before = history.length;
    layer.closePopup();
    expect(location.hash).toBe('#intro&day=2023-12-11');
    expect(history.length).toBe(before); // closing rewrites the entry, as closing a meeting does
    // Read again (a reload), the link opens no popup.
    link.remove();
    layer.remove();
    const again = new ItineraryLayer(seed(), { animate: false }).addTo(map);
    link = new DeepLink(again, { timeline: new TimelineControl(again).addTo(map), days: new DayControl(again).addTo(map) });
    expect(again._popup.isOpen()).toBe(false);
  });

  it('opens from #meeting=<id> on load, writes it when opened, and takes it away when closed', () => {
    history.replaceState(null, '', '#stop=lingang&meeting=lingang-big-data');
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    link = new DeepLink(layer);
    expect(layer.getOpenMeeting()).toBe('lingang-big-data');
    layer.closeMeeting();
    expect(location.hash).toBe('#stop=lingang');
    const before = history.length;
    layer.openMeeting('yangshan-terminal');
    expect(location.hash).toBe('#stop=lingang&meeting=yangshan-terminal');
    expect(history.length).toBe(before + 1);
    history.replaceState(null, '', '#stop=lingang&meeting=hangzhou-smart-customs');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(layer.getOpenMeeting()).toBe('hangzhou-smart-customs');
    history.replaceState(null, '', '#stop=lingang');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(layer.getOpenMeeting()).toBeNull();
    history.replaceState(null, '', '#meeting=atlantis');
    expect(() => window.dispatchEvent(new HashChangeEvent('hashchange'))).not.toThrow();
    expect(layer.getOpenMeeting()).toBeNull();
  });

  it('closes a meeting view, and takes it out of the address, when a day is picked that hides its stop; keeps it on its own day', () => {
    // A helper's finding: the view stayed over a map hiding its stop, and the address held a meeting and a day that disagree.
    history.replaceState(null, '', '#meeting=hangzhou-customs-meeting');
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    const days = new DayControl(layer).addTo(map);
    link = new DeepLink(layer, { days });
    expect(layer.getOpenMeeting()).toBe('hangzhou-customs-meeting');
    days.select('2023-12-10');
    expect(layer.getOpenMeeting()).toBe('hangzhou-customs-meeting');
    days.select('2023-12-13');
    expect(layer.getOpenMeeting()).toBeNull();
    expect(location.hash).not.toContain('meeting=');
  });

  it('makes a popup’s details control a #meeting= link only while it reads the URL, a button otherwise', () => {
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    const control = () => map.getContainer().querySelector<HTMLElement>('.leaflet-popup .vm-meeting__details')!;
    layer.openStop('hangzhou');
    expect([control().tagName, control().getAttribute('href')]).toEqual(['BUTTON', null]);
    control().click();
    expect(layer.getOpenMeeting()).toBe('hangzhou-customs-meeting');
    layer.closeMeeting();
    link = new DeepLink(layer);
    layer.openStop('lingang');
    expect([control().tagName, control().getAttribute('href')]).toEqual(['A', '#meeting=lingang-big-data']);
    link.remove();
    link = null;
    layer.openStop('hangzhou');
    expect(control().tagName).toBe('BUTTON');
  });

  describe('focus on a stop opened by a link', () => {
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

    it.each(['#stop=lingang', '#meeting=unknown&stop=lingang'])('%s on load: focus in the stop’s popup, Escape closes it and focuses its marker', (hash) => {
      // Before, the popup opened with focus left on the page: Escape did nothing.
      history.replaceState(null, '', hash);
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
      link = new DeepLink(layer);
      expect(layer._popup.index).toBe(4);
      expect(document.activeElement!.matches('.leaflet-popup .vm-popup__title')).toBe(true);
      press('Escape');
      expect(layer._popup.isOpen()).toBe(false);
      expect(document.activeElement).toBe(layer._markers!.elementOfPlace(layer._placeOfStop[4]!));
    });

    it('takes no focus from a field the visitor is typing in, nor when a meeting’s view opens', () => {
      const search = document.body.appendChild(document.createElement('input'));
      search.focus();
      history.replaceState(null, '', '#stop=lingang');
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
      link = new DeepLink(layer);
      expect(layer._popup.index).toBe(4);
      expect(document.activeElement).toBe(search);
      // Back or forward to another stop, focus on the page: its popup takes it.
      search.blur();
      history.replaceState(null, '', '#stop=hangzhou');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      expect(layer._popup.index).toBe(1);
      expect(document.activeElement!.matches('.leaflet-popup .vm-popup__title')).toBe(true);
      // A meeting's view takes focus itself: the popup of its stop, open beneath, does not take it back.
      link.remove();
      layer.remove();
      history.replaceState(null, '', '#meeting=lingang-big-data&stop=lingang');
      const withDetails = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
      link = new DeepLink(withDetails);
      expect(withDetails.getOpenMeeting()).toBe('lingang-big-data');
      expect(withDetails._popup.index).toBe(4);
      expect(document.activeElement!.closest('.leaflet-popup')).toBeNull();
    });

    it('focuses the popup when it opens after the map’s move, unless the visitor has started typing meanwhile', () => {
      for (const typing of [false, true]) {
        history.replaceState(null, '', '#stop=lingang');
        const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
        // The move ends later (an animated flight): its end is called by hand.
        let arrive = () => {};
        layer._camera!.moveTo = (_target, _animate, arrived) => void (arrive = arrived);
        link = new DeepLink(layer);
        expect(layer._popup.isOpen()).toBe(false);
        const search = document.body.appendChild(document.createElement('input'));
        if (typing) search.focus();
        arrive();
        expect(layer._popup.index).toBe(4);
        expect(document.activeElement!.matches('.leaflet-popup .vm-popup__title')).toBe(!typing);
        link.remove();
        link = null;
        layer.remove();
        search.remove();
      }
    });
  });

  // An outside tester's (T12): at the trip's end, "Next stop" a second time (after Escape closed the
  // last stop's popup) wrote #stop= with no popup open; a reload opened a popup never shown.
  describe('the timeline at the ends of the story: the address says what is shown', () => {
    const button = (name: 'next' | 'previous') => map.getContainer().querySelector<HTMLButtonElement>(`.vm-timeline__button--${name}`)!;
    const open = (layer: ItineraryLayer) => (layer._popup.isOpen() ? layer.itinerary.stops[layer._popup.index]!.id : null);

    function story(): { layer: ItineraryLayer; timeline: TimelineControl; days: DayControl } {
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
      const timeline = new TimelineControl(layer).addTo(map);
      const days = new DayControl(layer).addTo(map);
      link = new DeepLink(layer, { timeline, days });
      return { layer, timeline, days };
    }

    it('Next at the last stop, its popup closed, does nothing and is marked unavailable, saying why', () => {
      const { layer, timeline } = story();
      timeline.seekStop('shanghai-again');
      button('next').click();
      expect(open(layer)).toBe('hong-kong-return');
      expect(button('next').getAttribute('aria-disabled')).toBe('true');
      expect(button('next').title).toBe('No stop after this one');
      expect(button('next').disabled).toBe(false); // still focusable: it keeps the keyboard
      layer.closePopup();
      expect(location.hash).toBe('');
      const changes: string[] = [];
      timeline.on('change', (e) => changes.push(e.cause));
      button('next').click();
      timeline.stepForward();
      expect(changes).toEqual([]);
      expect(open(layer)).toBeNull();
      expect(location.hash).toBe(''); // no stop named that is not shown
      // Previous is there, and takes the story back.
      expect(button('previous').getAttribute('aria-disabled')).toBe('false');
      button('previous').click();
      expect(open(layer)).toBe('shanghai-again');
      expect(location.hash).toMatch(/^#stop=shanghai-again&t=/);
      expect(button('next').getAttribute('aria-disabled')).toBe('false');
      expect(button('next').title).toBe('');
    });

    it('Previous at the first stop likewise', () => {
      const { layer, timeline } = story();
      timeline.seekStop('hong-kong-departure');
      expect(button('previous').getAttribute('aria-disabled')).toBe('true');
      expect(button('previous').title).toBe('No stop before this one');
      layer.closePopup();
      button('previous').click();
      expect(open(layer)).toBeNull();
      expect(location.hash).toBe('');
    });

    it('on a day of one stop Previous is unavailable at its start and Next at its end, its stay that day between, and neither names a stop not shown', () => {
      const { layer, timeline, days } = story();
      days.select('2023-12-12'); // Shanghai again, the only stop that day, reached that day
      expect(button('previous').getAttribute('aria-disabled')).toBe('true');
      button('previous').click();
      expect(open(layer)).toBeNull();
      expect(location.hash).toBe('#day=2023-12-12');
      // Next goes to the day's last minute (23:59 in Shanghai), still at Shanghai, and no further.
      button('next').click();
      expect(open(layer)).toBe('shanghai-again');
      expect(location.hash).toBe('#stop=shanghai-again&t=2023-12-12T15:59:00Z&day=2023-12-12');
      expect(button('next').getAttribute('aria-disabled')).toBe('true');
      button('next').click();
      expect(location.hash).toBe('#stop=shanghai-again&t=2023-12-12T15:59:00Z&day=2023-12-12');
      // Nothing to travel that day: play does nothing.
      timeline.play();
      expect(timeline.isPlaying()).toBe(false);
    });

    it('a step back while playing, or a seek, to the stop reached opens its popup: the address it writes is shown', () => {
      const { layer, timeline } = story();
      timeline.play(); // from the first stop; playing opens no popup (follow: 'popup')
      expect(open(layer)).toBeNull();
      button('previous').click(); // pauses there
      expect(open(layer)).toBe('hong-kong-departure');
      expect(location.hash).toMatch(/^#stop=hong-kong-departure&t=/);
      timeline.seekStop('shanghai');
      layer.closePopup();
      timeline.seekStop('shanghai'); // where it stands: its popup opens again, as the link names it
      expect(open(layer)).toBe('shanghai');
      expect(location.hash).toMatch(/^#stop=shanghai&t=/);
    });
  });

  // An outside tester's (T12): after map.removeLayer(layer) its day picker, summary, stop list and
  // legend stayed on the map and still acted (a day picked zoomed the map and wrote #day=), and a
  // layer removed while playing left #stop=…&t=… in the address, even after map.remove().
  describe('a layer leaving the map: its controls and its link go with it, and come back with it', () => {
    function story() {
      const layer = new ItineraryLayer(seed(), { animate: false }).addTo(map);
      const timeline = new TimelineControl(layer, { bar: false }).addTo(map);
      const days = new DayControl(layer).addTo(map);
      const controls = [timeline, days, new StopListControl(layer).addTo(map), new LegendControl(layer).addTo(map), new SummaryControl(layer).addTo(map)];
      link = new DeepLink(layer, { timeline, days });
      return { layer, timeline, days, controls };
    }

    it('hides every control of the layer while it is off the map, and a day picked then neither moves the map nor writes the address', () => {
      const { layer, days, controls } = story();
      const picked: (string | null)[] = [];
      days.on('change', (e) => picked.push(e.day?.key ?? null)); // the page's own listener
      map.removeLayer(layer);
      expect(controls.map((c) => c.getContainer()!.hidden)).toEqual([true, true, true, true, true]);
      expect(controls.every((c) => map.getContainer().contains(c.getContainer()!))).toBe(true); // still the page's, on the map
      const view = [map.getCenter(), map.getZoom()];
      days.select('2023-12-11');
      expect([map.getCenter(), map.getZoom()]).toEqual(view);
      expect(location.hash).toBe('');
      // Back: shown again, with the day kept (and written), and the page's listener still there.
      layer.addTo(map);
      expect(controls.map((c) => c.getContainer()!.hidden)).toEqual([false, false, false, false, false]);
      expect(days.getDay()?.key).toBe('2023-12-11');
      expect(layer.getStopFilterDay()).toBe('2023-12-11');
      expect(location.hash).toBe('#day=2023-12-11');
      days.select(null);
      expect(picked).toEqual(['2023-12-11', null]);
      expect(location.hash).not.toMatch(/day=/); // the link writes again
    });

    it('takes the link’s keys out of the address when the layer leaves the map playing, and writes none after, nor after map.remove()', () => {
      history.replaceState(null, '', '#intro');
      const { layer, timeline } = story();
      timeline.seekStop('lingang');
      expect(location.hash).toMatch(/^#intro&stop=lingang&t=/);
      timeline.play();
      expect(timeline.isPlaying()).toBe(true);
      map.removeLayer(layer);
      expect(timeline.isPlaying()).toBe(false);
      expect(location.hash).toBe('#intro'); // the page's part stays
      timeline.seekStop('hangzhou'); // the page's script, while the layer is away
      expect(location.hash).toBe('#intro');
      map.remove();
      expect(location.hash).toBe('#intro');
      map = jsdomMap(); // for afterEach
    });

    it('a control added while its layer is off the map is hidden until the layer comes', () => {
      const layer = new ItineraryLayer(seed(), { animate: false });
      const list = new StopListControl(layer).addTo(map);
      expect(list.getContainer()!.hidden).toBe(true);
      layer.addTo(map);
      expect(list.getContainer()!.hidden).toBe(false);
      list.remove();
      map.removeLayer(layer);
      layer.addTo(map); // no longer its control: nothing to do
    });
  });
});
