// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/geojson/summarize';
import { parseItinerary } from '../../src/itinerary/parse';
import { buildLegPopupContent, buildPopupContent, type PopupBuildContext } from '../../src/leaflet/layer/popup-content';
import type { Itinerary } from '../../src/itinerary/types';
import { DEFAULT_STRINGS } from '../../src/leaflet/options';
import { contentContext } from './dom-fixtures';
import { hostile, seed } from './fixtures';

const ctx = (itinerary: Itinerary, index: number, extra: Partial<PopupBuildContext> = {}): PopupBuildContext => ({ ...contentContext(itinerary, index), ...extra });

describe('buildPopupContent', () => {
  it('shows the stop name, its number, its other languages and its dates with their certainty', () => {
    const it_ = seed();
    const el = buildPopupContent(it_.stops[1]!, ctx(it_, 1));
    expect(el.querySelector('.vm-popup__title')!.textContent).toBe('Hangzhou');
    expect(el.querySelector('.vm-popup__number')!.textContent).toBe('Stop 2 of 7');
    const alt = el.querySelector('.vm-popup__alt-names span')!;
    expect(alt.textContent).toBe('杭州');
    expect(alt.getAttribute('lang')).toBe('zh-Hans');
    expect(el.querySelector('.vm-popup__dates')!.textContent).toMatch(/^10\s?–\s?11 Dec 2023 · inferred$/);
  });

  it('isolates each participant and each other-language name in its own direction', () => {
    // An outside tester's: "With: أحمد علي (وزير الخارجية); דוד לוי (שר החוץ)" was drawn with the
    // Hebrew name first and the brackets and ";" moved, for want of isolation.
    const it_ = parseItinerary({
      id: 'bidi',
      title: 'Bidi',
      stops: [
        {
          id: 'amman',
          name: { en: 'Amman', ar: 'عمّان', he: 'עמאן' },
          coordinates: [35.93, 31.95],
          meetings: [{ id: 'm', title: 'Talks', with: [{ name: 'أحمد علي', role: 'وزير الخارجية' }, { name: 'דוד לוי', role: 'שר החוץ' }] }],
        },
      ],
    });
    const el = buildPopupContent(it_.stops[0]!, ctx(it_, 0));
    const people = [...el.querySelectorAll('.vm-person')];
    expect(people.map((p) => [p.textContent, p.getAttribute('dir')])).toEqual([
      ['أحمد علي (وزير الخارجية)', 'auto'],
      ['דוד לוי (שר החוץ)', 'auto'],
    ]);
    expect([...el.querySelectorAll('.vm-popup__alt-names span')].map((s) => [s.textContent, s.getAttribute('dir')])).toEqual([
      ['عمّان', 'auto'],
      ['עמאן', 'auto'],
    ]);
  });

  it('shows the chosen language first and marks its language tag', () => {
    const it_ = seed();
    const el = buildPopupContent(it_.stops[1]!, ctx(it_, 1, { language: 'zh-Hans' }));
    const title = el.querySelector('.vm-popup__title')!;
    expect(title.textContent).toBe('杭州');
    expect(title.getAttribute('lang')).toBe('zh-Hans');
    expect(el.querySelector('.vm-popup__alt-names')!.textContent).toBe('Hangzhou');
  });

  it('falls back through the available names for a language the stop lacks', () => {
    const it_ = seed();
    const el = buildPopupContent(it_.stops[1]!, ctx(it_, 1, { language: 'zh-Hans-CN' }));
    expect(el.querySelector('.vm-popup__title')!.textContent).toBe('杭州');
    const fr = buildPopupContent(it_.stops[1]!, ctx(it_, 1, { language: 'fr' }));
    expect(fr.querySelector('.vm-popup__title')!.textContent).toBe('Hangzhou');
  });

  it('lists each meeting with its title, date, people, summary and a details link resolved against linkBase', () => {
    const it_ = seed();
    const el = buildPopupContent(it_.stops[1]!, ctx(it_, 1));
    const meetings = el.querySelectorAll('.vm-meeting');
    expect(meetings.length).toBe(it_.stops[1]!.meetings.length);
    const first = meetings[0]!;
    expect(first.querySelector('.vm-meeting__title')!.textContent).toBe('Meeting with the Director General of Hangzhou Customs');
    expect(first.querySelector('.vm-meeting__date')!.textContent).toBe('10 Dec 2023 · inferred');
    expect(first.querySelector('.vm-meeting__with')!.textContent).toContain('Wang Wei (Director General, Hangzhou Customs District)');
    expect(first.querySelector('.vm-meeting__summary')!.textContent!.length).toBeGreaterThan(10);
    const a = first.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://visit.example/maps/meetings/hangzhou-customs-meeting.html');
    expect(a.hasAttribute('target')).toBe(false);
    expect(a.hasAttribute('rel')).toBe(false);
  });

  it('says "Email" on a meeting whose url is a mailto: address, in the words given (Chinese too), and "Meeting details" on a page', () => {
    const it_ = seed();
    it_.stops[1]!.meetings[0]!.url = 'mailto:office@customs.example';
    const link = (extra: Partial<PopupBuildContext> = {}) => buildPopupContent(it_.stops[1]!, ctx(it_, 1, extra)).querySelectorAll('.vm-meeting__details');
    const [mail, page] = link();
    expect(mail!.getAttribute('href')).toBe('mailto:office@customs.example');
    expect(mail!.textContent).toBe('Email: Meeting with the Director General of Hangzhou Customs');
    expect(page!.textContent).toMatch(/^Meeting details: /);
    const zh = link({ language: 'zh-Hans', strings: { ...DEFAULT_STRINGS, details: '会议详情', email: '发送邮件' } });
    expect([zh[0]!.firstChild!.textContent, zh[1]!.firstChild!.textContent]).toEqual(['发送邮件', '会议详情']);
    // Without an `email` word of its own, a table of strings made before it existed still says what the link does.
    expect(link({ strings: { ...DEFAULT_STRINGS, details: 'Details' } })[0]!.firstChild!.textContent).toBe('Email');
  });

  it('opens external links in a new tab with rel="noopener noreferrer"', () => {
    const it_ = seed();
    const el = buildPopupContent(it_.stops[1]!, ctx(it_, 1, { linkBase: 'https://elsewhere.example/' }));
    const a = el.querySelector('a')!;
    expect(a.rel).toBe('noopener noreferrer');
    expect(a.target).toBe('_blank');
  });

  it('offers the other visits to the same place', () => {
    const it_ = seed();
    const opened: number[] = [];
    const el = buildPopupContent(it_.stops[0]!, ctx(it_, 0, { sameplace: [6], onOpenStop: (i) => opened.push(i) }));
    const button = el.querySelector<HTMLButtonElement>('.vm-popup__also-stop')!;
    expect(button.textContent).toBe('Stop 7 of 7 (14 Dec 2023)');
    button.click();
    expect(opened).toEqual([6]);
  });

  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload=alert(1)>',
    '{{constructor.constructor("window.__pwned=1")()}}',
  ];
  for (const payload of payloads) {
    it(`keeps ${JSON.stringify(payload)} as text in every field`, () => {
      const it_ = parseItinerary(hostile(payload, 'https://ok.example/'));
      // The parser already refuses script links; the popup must hold even if one slips past it.
      (it_.stops[0]!.meetings[0] as { url: string }).url = 'javascript:alert(1)';
      const el = buildPopupContent(it_.stops[0]!, ctx(it_, 0));
      expect(el.querySelectorAll('img, script, svg').length).toBe(0);
      for (const node of el.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
      }
      expect(el.querySelector('.vm-popup__title')!.textContent).toBe(payload);
      expect(el.querySelector('a')).toBeNull();
      expect(el.querySelector('.vm-link-blocked')!.textContent).toBe('javascript:alert(1)');
    });
  }
});

describe('buildLegPopupContent', () => {
  const legCtx = (itinerary: Itinerary, extra: Partial<PopupBuildContext> = {}) => ({ itinerary, language: 'en', dateLocale: 'en-GB', strings: DEFAULT_STRINGS, ...extra });

  it('shows a leg’s mode in the layer’s words, from → to, its dates and its great-circle distance in the locale’s numbers', () => {
    const it_ = seed();
    const el = buildLegPopupContent(0, legCtx(it_));
    expect(el.querySelector('.vm-popup__number')!.textContent).toBe('Flight');
    expect(el.querySelector('.vm-popup__title')!.textContent).toBe('Hong Kong → Hangzhou');
    expect(el.querySelector('.vm-popup__dates')!.textContent).toBe('10 Dec 2023');
    // On the WGS 84 ellipsoid, as the summary and the exports measure it (1066.5 km on a sphere of the mean radius).
    expect(summarize(it_).legs[0]!.distanceKm).toBeCloseTo(1064.0, 0);
    expect(el.querySelector('.vm-popup__distance')!.textContent).toBe('1,064 km');
    // Another language and locale: names with their language tag, the layer's words, German digits.
    const de = buildLegPopupContent(1, legCtx(it_, { language: 'zh-Hans', dateLocale: 'de-DE', strings: { ...DEFAULT_STRINGS, km: '{n} Kilometer', modes: { ...DEFAULT_STRINGS.modes, rail: 'Bahn' } } }));
    expect(de.querySelector('.vm-popup__number')!.textContent).toBe('Bahn');
    expect([...de.querySelectorAll('.vm-popup__title bdi')].map((b) => [b.textContent, b.getAttribute('lang')])).toEqual([
      ['杭州', 'zh-Hans'],
      ['上海', 'zh-Hans'],
    ]);
    expect(de.querySelector('.vm-popup__dates')!.textContent).toMatch(/^11\. Dez\. 2023$/);
    expect(de.querySelector('.vm-popup__distance')!.textContent).toMatch(/^1\d\d Kilometer$/);
  });

  it('keeps names from data as text, and leaves out dates a leg’s stops do not give', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const it_ = parseItinerary(hostile(payload, 'https://ok.example/'));
    const el = buildLegPopupContent(0, legCtx(it_));
    expect(el.querySelectorAll('img, script, svg').length).toBe(0);
    expect(el.querySelector('.vm-popup__title')!.textContent).toBe(`${payload} → ${payload}`);
    expect(el.querySelector('.vm-popup__dates')).toBeNull();
    expect(el.querySelector('.vm-popup__number')!.textContent).toBe(DEFAULT_STRINGS.modes.unknown);
  });
});
