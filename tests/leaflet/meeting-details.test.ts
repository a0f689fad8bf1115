// @vitest-environment jsdom
import * as L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localize } from '../../src/itinerary/localize';
import { parseItinerary } from '../../src/itinerary/parse';
import type { Itinerary } from '../../src/itinerary/types';
import { buildMeetingDetails, meetingDetails, type MeetingDetailsContext } from '../../src/leaflet/controls/meeting-details';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { buildPopupContent } from '../../src/leaflet/layer/popup-content';
import { findMeeting } from '../../src/story/meetings';
import { contentContext, jsdomMap } from './dom-fixtures';
import { hostile, seed, seedWithoutUrls } from './fixtures';


const ctx = contentContext;

function details(itinerary: Itinerary, id: string, extra?: Partial<MeetingDetailsContext>): HTMLElement {
  const found = findMeeting(itinerary, id)!;
  return buildMeetingDetails(found.meeting, ctx(itinerary, found.stop, extra));
}

const text = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);

describe('buildMeetingDetails', () => {
  it('shows the stop, title, date with its certainty, who, summary, topics and each source with its paragraph and sentence', () => {
    const it_ = seed();
    const view = details(it_, 'hangzhou-customs-meeting');
    expect(view.querySelector('.vm-meeting-details__stop')!.textContent).toBe('Stop 2 of 7: Hangzhou');
    expect(view.querySelector('.vm-meeting-details__title')!.textContent).toBe('Meeting with the Director General of Hangzhou Customs');
    expect(view.querySelector('.vm-meeting-details__date')!.textContent).toBe('10 Dec 2023 · inferred');
    expect(text(view, '.vm-meeting-details__with li')).toEqual(['Wang Wei (Director General, Hangzhou Customs District)']);
    expect(view.querySelector('.vm-meeting-details__summary')!.textContent).toBe(findMeeting(it_, 'hangzhou-customs-meeting')!.meeting.summary);
    expect(text(view, '.vm-meeting-details__topics li')).toEqual(['Smart Customs', 'regional co-operation']);
    const sources = text(view, '.vm-meeting-details__sources li');
    expect(sources).toHaveLength(2);
    expect(sources[0]).toBe(
      `${it_.sources[0]!.title as string} (Hong Kong SAR Government, Customs and Excise Department, 13 Dec 2023), paragraph 3, sentence 1`,
    );
    expect(sources[1]).toMatch(/, paragraph 3, sentence 2$/);
    expect(text(view, '.vm-meeting-details__heading')).toEqual(['With', 'Topics', 'Source']);
  });

  it('shows names and roles in the chosen language, marked with their language tag', () => {
    const view = details(seed(), 'hangzhou-customs-meeting', { language: 'zh-Hans' });
    const title = view.querySelector('.vm-meeting-details__title')!;
    expect(title.getAttribute('lang')).toBe('zh-Hans');
    expect(view.querySelector('.vm-person__role')!.textContent).toBe('关长');
  });

  it('falls back to the stop’s dates for a meeting without a date', () => {
    const raw = { id: 'i', title: 'T', stops: [{ id: 'a', name: 'A', coordinates: [0, 0], arrive: '2024-03-01', depart: '2024-03-02', dateCertainty: 'stated', meetings: [{ id: 'm', title: 'M' }] }] };
    const view = details(parseItinerary(raw), 'm');
    expect(view.querySelector('.vm-meeting-details__date')!.textContent).toMatch(/^1\s?–\s?2 Mar 2024 · stated$/);
    expect(view.querySelector('.vm-meeting-details__with, .vm-meeting-details__topics, .vm-meeting-details__sources')).toBeNull();
  });

  it('resolves a source against the itinerary’s documents: by id, the only one when none is named, the document’s id when it has no title', () => {
    const base = { id: 'i', title: 'T', stops: [{ id: 'a', name: 'A', coordinates: [0, 0] }] };
    const one = parseItinerary({
      ...base,
      sources: [{ id: 'doc', title: 'The document', url: 'https://docs.example/d' }],
      stops: [{ ...base.stops[0], meetings: [{ id: 'm', title: 'M', source: [{ paragraph: 2 }, { document: 'doc', sentence: 4 }] }] }],
    });
    const view = details(one, 'm');
    expect(text(view, '.vm-meeting-details__sources li')).toEqual(['The document, paragraph 2', 'The document, sentence 4']);
    const a = view.querySelector<HTMLAnchorElement>('.vm-meeting-details__document a')!;
    expect(a.href).toBe('https://docs.example/d');
    expect(a.rel).toBe('noopener noreferrer');
    const two = parseItinerary({
      ...base,
      sources: [{ id: 'x' }, { id: 'y' }],
      stops: [{ ...base.stops[0], meetings: [{ id: 'm', title: 'M', source: [{ document: 'y', paragraph: 1 }] }] }],
    });
    expect(text(details(two, 'm'), '.vm-meeting-details__sources li')).toEqual(['y, paragraph 1']);
  });

  it('links the meeting’s own page when it has a url, resolved against linkBase', () => {
    const view = details(seed(), 'hangzhou-customs-meeting');
    expect(view.querySelector<HTMLAnchorElement>('.vm-meeting-details__page a')!.href).toBe('https://visit.example/maps/meetings/hangzhou-customs-meeting.html');
    expect(details(seedWithoutUrls(), 'hangzhou-customs-meeting').querySelector('.vm-meeting-details__page')).toBeNull();
  });

  it('says "Email" on the link of a meeting whose url is a mailto: address', () => {
    const it_ = seed();
    findMeeting(it_, 'hangzhou-customs-meeting')!.meeting.url = 'mailto:office@customs.example';
    const a = details(it_, 'hangzhou-customs-meeting').querySelector<HTMLAnchorElement>('.vm-meeting-details__page a')!;
    expect([a.href, a.textContent]).toEqual(['mailto:office@customs.example', 'Email']);
  });

  for (const payload of ['<img src=x onerror="window.__xss=1">', '"><script>window.__xss=1</script>', '<a href="javascript:alert(1)">x</a>', '{{7*7}} & &amp; </details>']) {
    it(`puts ${JSON.stringify(payload)} in as text, never as markup`, () => {
      const it_ = parseItinerary(hostile(payload, 'https://ok.example/'));
      // The parser refuses script links; the view must hold even if one slips past it.
      (it_.stops[0]!.meetings[0] as { url: string }).url = 'javascript:alert(1)';
      it_.sources.push({ id: 'doc', title: payload, url: 'javascript:alert(1)', publisher: payload });
      it_.stops[0]!.meetings[0]!.source = [{ document: 'doc', paragraph: 1 }];
      const view = details(it_, 'm1');
      expect(view.querySelector('.vm-meeting-details__sources li')!.textContent).toBe(`${payload} (${payload}), paragraph 1`);
      for (const node of view.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
      }
      expect(view.querySelectorAll('img, script, iframe').length).toBe(0);
      expect(view.querySelector('.vm-meeting-details__title')!.textContent).toBe(payload);
      expect(view.querySelector('.vm-meeting-details__summary')!.textContent).toBe(payload);
      expect(text(view, '.vm-meeting-details__topics li')).toEqual([payload]);
      expect(view.querySelector('.vm-meeting-details__with li')!.textContent).toBe(`${payload} (${payload}, ${payload})`);
      for (const a of view.querySelectorAll('a')) expect(a.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
      expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    });
  }
});

describe('the popup’s details link', () => {
  const popupCtx = ctx;

  it('links a meeting without a url to #meeting=<id> where the page reads such links, which a click opens in place, naming the link pressed', () => {
    const it_ = seedWithoutUrls();
    const onOpenMeeting = vi.fn();
    const popup = buildPopupContent(it_.stops[1]!, { ...popupCtx(it_, 1), onOpenMeeting, meetingLinks: true });
    const links = [...popup.querySelectorAll<HTMLAnchorElement>('a.vm-meeting__details')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#meeting=hangzhou-customs-meeting', '#meeting=hangzhou-smart-customs']);
    expect(links[0]!.textContent).toBe('Meeting details: Meeting with the Director General of Hangzhou Customs');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    links[1]!.dispatchEvent(click);
    expect(onOpenMeeting).toHaveBeenCalledWith('hangzhou-smart-customs', links[1]);
    expect(click.defaultPrevented).toBe(true);
    const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    links[0]!.dispatchEvent(newTab);
    expect(newTab.defaultPrevented).toBe(false);
    expect(onOpenMeeting).toHaveBeenCalledTimes(1);
  });

  it('offers a button, not a link leading nowhere, for a meeting without a url where the page does not read #meeting= links', () => {
    const it_ = seedWithoutUrls();
    const onOpenMeeting = vi.fn();
    const popup = buildPopupContent(it_.stops[1]!, { ...popupCtx(it_, 1), onOpenMeeting });
    expect(popup.querySelector('a')).toBeNull();
    const buttons = [...popup.querySelectorAll<HTMLButtonElement>('button.vm-meeting__details')];
    expect(buttons.map((b) => [b.type, b.textContent])).toEqual([
      ['button', 'Meeting details: Meeting with the Director General of Hangzhou Customs'],
      ['button', `Meeting details: ${localize(it_.stops[1]!.meetings[1]!.title, 'en')}`],
    ]);
    // A click with a modifier opens it too: there is no new tab for a button to open.
    buttons[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    expect(onOpenMeeting).toHaveBeenCalledWith(it_.stops[1]!.meetings[1]!.id, buttons[1]);
  });

  it('gives a meeting without a url no link when there is no view to open, and keeps a url’s link as it was', () => {
    const bare = seedWithoutUrls();
    expect(buildPopupContent(bare.stops[1]!, popupCtx(bare, 1)).querySelector('a')).toBeNull();
    const it_ = seed();
    const a = buildPopupContent(it_.stops[1]!, { ...popupCtx(it_, 1), onOpenMeeting: vi.fn() }).querySelector<HTMLAnchorElement>('a.vm-meeting__details')!;
    expect(a.href).toBe('https://visit.example/maps/meetings/hangzhou-customs-meeting.html');
  });
});

describe('the details view on a layer', () => {
  let map: L.Map;
  beforeEach(() => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    map = jsdomMap();
  });
  afterEach(() => {
    map.remove();
    document.body.replaceChildren();
    vi.unstubAllGlobals();
  });

  const panel = () => map.getContainer().querySelector<HTMLElement>('.vm-meeting-details');

  it('opens as a dialog named by the meeting’s title, focused, and Escape closes it, returning focus to its opener', () => {
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    const opener = document.body.appendChild(document.createElement('button'));
    const events: string[] = [];
    layer.on('meetingopen', (e) => events.push(`open ${e.meeting.id} at ${e.stop.id}`));
    layer.on('meetingclose', (e) => events.push(`close ${e.meeting.id}`));
    layer.openMeeting('lingang-big-data', { opener });
    const view = panel()!;
    expect(view.hidden).toBe(false);
    expect(view.getAttribute('role')).toBe('dialog');
    const title = document.getElementById(view.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe(localize(findMeeting(layer.itinerary, 'lingang-big-data')!.meeting.title, 'en'));
    expect(title.textContent).not.toBe('');
    expect(document.activeElement).toBe(title);
    expect(layer.getOpenMeeting()).toBe('lingang-big-data');
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(view.hidden).toBe(true);
    expect(document.activeElement).toBe(opener);
    expect(layer.getOpenMeeting()).toBeNull();
    expect(events).toEqual(['open lingang-big-data at lingang', 'close lingang-big-data']);
  });

  it('keeps keys pressed in the view from the map (n would open the next stop)', () => {
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    layer.openMeeting('yangshan-terminal');
    const before = layer.getCurrentIndex();
    panel()!.querySelector('h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    expect(layer.getCurrentIndex()).toBe(before);
  });

  it('rejects an unknown meeting id with a RangeError naming it', () => {
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    expect(() => layer.openMeeting('atlantis')).toThrow(/no meeting has the id "atlantis"/);
    expect(layer.getOpenMeeting()).toBeNull();
  });

  it('without the meetingDetails option, opens nothing and warns once, naming the option', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const plain = new ItineraryLayer(seedWithoutUrls(), { animate: false }).addTo(map);
    plain.openMeeting('lingang-big-data');
    plain.openMeeting('lingang-big-data');
    expect(panel()).toBeNull();
    expect(warn.mock.calls.filter(([m]) => String(m).includes('meetingDetails'))).toHaveLength(1);
  });

  it('goes away with the layer', () => {
    const layer = new ItineraryLayer(seedWithoutUrls(), { animate: false, meetingDetails }).addTo(map);
    layer.openMeeting('lingang-big-data');
    layer.remove();
    expect(panel()).toBeNull();
  });
});
