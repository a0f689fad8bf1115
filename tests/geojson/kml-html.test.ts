// @vitest-environment jsdom
// KML defines a description as HTML: what a reader that renders it shows must be the text, never markup.
import { describe, expect, it } from 'vitest';
import { describeStop } from '../../src/geojson/describe';
import { toKML } from '../../src/geojson/kml';
import { exportStrings } from '../../src/geojson/strings';
import { parseItinerary } from '../../src/itinerary/parse';
import { escapeXmlText, HOSTILE } from './helpers';

describe('KML descriptions, which KML defines as HTML', () => {
  // What a KML reader that renders descriptions (Google Earth's balloon) does: parse the XML, then
  // the description's text as HTML.
  const parser = new DOMParser();
  const rendered = (description: string) => parser.parseFromString(`<!doctype html><body>${description}</body>`, 'text/html').body;

  it('render as the text they hold, with no element, whatever the text holds', () => {
    HOSTILE.forEach((h, n) => {
      const raw = {
        id: `hostile-${n}`,
        title: 'T',
        description: `${h} <img src=x onerror=alert(1)><script>alert(2)</script>`,
        stops: [
          {
            id: 'a',
            name: 'A',
            coordinates: [0, 0],
            note: `${h} <a href="javascript:alert(3)">x</a>`,
            meetings: [{ id: 'm', title: `<b onmouseover=alert(4)>${h}</b>`, with: [{ name: '<i>Wang</i> & Ho' }], url: 'https://example.org/?a=1&b=<2>' }],
          },
          { id: 'b', name: 'B', coordinates: [1, 1] },
        ],
      };
      const it = parseItinerary(raw);
      const descriptions = [...parser.parseFromString(toKML(raw), 'application/xml').getElementsByTagName('description')].map((d) => d.textContent ?? '');
      const expected = [raw.description, ...it.stops.map((s) => describeStop(s, 'en', exportStrings({}, 'toKML')))].map(escapeXmlText);
      expect(descriptions.length, h).toBe(3);
      descriptions.forEach((d, i) => {
        const body = rendered(d);
        expect(body.querySelector('*'), `${h}: ${d}`).toBeNull();
        expect(body.textContent, h).toBe(expected[i]!.replace(/\r\n?/g, '\n'));
      });
    });
  });
});
