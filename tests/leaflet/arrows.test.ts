// @vitest-environment jsdom
// The legs' arrowheads (T13 §6): drawn in the legs' own SVG renderer, one path per travel mode,
// not as a marker per leg (each marker was a composited layer of its own: a playing timeline
// over 300 legs lost a third of its frames committing them). Read back from the SVG the layer
// drew, in layer pixels, and checked against the legs drawn beside them.
import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';
import { expectHeadsOnLegs, subpaths } from './arrow-geometry';
import { jsdomMap } from './dom-fixtures';

/**
 * Tokyo to Honolulu and on to Los Angeles across ±180 (in the world copies that keep the route
 * whole), with a sea leg to Hilo and back: two heads at one midpoint, pointing opposite ways.
 */
const pacific = {
  id: 'pacific',
  title: 'Pacific',
  stops: [
    { id: 'tokyo', name: 'Tokyo', coordinates: [139.69, 35.69] },
    { id: 'honolulu', name: 'Honolulu', coordinates: [-157.86, 21.31] },
    { id: 'hilo', name: 'Hilo', coordinates: [-155.09, 19.72] },
    { id: 'honolulu-again', name: 'Honolulu', coordinates: [-157.86, 21.31] },
    { id: 'la', name: 'Los Angeles', coordinates: [-118.24, 34.05] },
  ],
  legs: [
    { from: 'tokyo', to: 'honolulu', mode: 'flight' },
    { from: 'honolulu', to: 'hilo', mode: 'sea' },
    { from: 'hilo', to: 'honolulu-again', mode: 'sea' },
    { from: 'honolulu-again', to: 'la', mode: 'flight' },
  ],
};

describe('leg arrowheads', () => {
  let map: L.Map | undefined;
  afterEach(() => {
    map?.remove();
    map = undefined;
    document.body.replaceChildren();
  });

  const draw = (options = {}) => {
    map = jsdomMap();
    new ItineraryLayer(pacific, { fitBounds: true, clusterRadius: 0, ...options }).addTo(map);
    return { map, container: map.getContainer() };
  };

  it('are drawn without a marker per leg: one path per travel mode in the legs’ SVG, after every leg, taking no clicks or focus', () => {
    const { map, container } = draw();
    expect(map.getPane('markerPane')!.querySelectorAll('.vm-arrow'), 'no arrowhead in the marker pane').toHaveLength(0);
    expect(container.querySelectorAll('.leaflet-marker-icon'), 'a marker per place, none per leg').toHaveLength(4);
    const svg = map.getPane('overlayPane')!.querySelector('svg')!;
    const paths = [...svg.querySelectorAll('path')];
    const heads = paths.filter((p) => p.classList.contains('vm-arrow'));
    expect(heads.map((p) => p.getAttribute('class'))).toEqual(['vm-arrow vm-arrow--flight', 'vm-arrow vm-arrow--sea']);
    expect(heads.map((p) => subpaths(p.getAttribute('d')!).length), 'a head for each leg of the mode').toEqual([2, 2]);
    const lastLeg = Math.max(...paths.map((p, i) => (p.classList.contains('vm-leg') ? i : -1)));
    expect(paths.indexOf(heads[0]!), 'drawn over the legs').toBeGreaterThan(lastLeg);
    for (const head of heads) {
      expect(head.classList.contains('leaflet-interactive'), 'no pointer events').toBe(false);
      expect(head.hasAttribute('tabindex')).toBe(false);
      // Filled in the mode's colour, as the leg is stroked; two heads at one point (there and back) both filled.
      const mode = head.getAttribute('class')!.split('--')[1]!;
      expect(head.getAttribute('fill')).toBe(container.querySelector(`path.vm-leg--${mode}`)!.getAttribute('stroke'));
      expect(head.getAttribute('fill-rule')).toBe('nonzero');
    }
  });

  it('sit at the middle of their leg as drawn, pointing along it, 11 px long and 12 px wide, across ±180 and again after a zoom', () => {
    const { map, container } = draw();
    const check = (when: string) => {
      const legs = [...container.querySelectorAll('path.vm-leg')].map((p, k) => ({ mode: pacific.legs[k]!.mode, d: p.getAttribute('d')! }));
      const heads = Object.fromEntries([...container.querySelectorAll('path.vm-arrow')].map((p) => [p.getAttribute('class')!.split('--')[1]!, p.getAttribute('d')!]));
      expectHeadsOnLegs(legs, heads, when);
    };
    // Tokyo to Honolulu is drawn across ±180 (a quarter of the world wide, not three), in one world copy.
    const flight = subpaths(container.querySelector('path.vm-leg--flight')!.getAttribute('d')!)[0]!.map((p) => p.x);
    expect(Math.max(...flight) - Math.min(...flight), 'the leg across ±180').toBeLessThan(map.getPixelWorldBounds().getSize().x / 4);
    check(`zoom ${map.getZoom()}`);
    map.setZoom(map.getZoom() - 1); // zoomed out, so that every leg stays whole in the view
    check(`zoom ${map.getZoom()}`);
  });

  it('are drawn in the renderer the page gave the mode’s legs, not the map’s (legStyles renderer)', () => {
    map = jsdomMap();
    const canvas = L.svg({ padding: 0.5 }); // a page's own renderer (an L.canvas() the same; jsdom draws no canvas)
    const layer = new ItineraryLayer(pacific, { fitBounds: true, clusterRadius: 0, legStyles: { flight: { renderer: canvas } } }).addTo(map);
    const renderers: Record<string, L.Renderer | undefined> = {};
    layer.eachLayer((l) => {
      const path = l as L.Path & { _renderer?: L.Renderer };
      const name = path.options.className?.match(/vm-(leg|arrow)--(\w+)/);
      if (name) renderers[`${name[1]} ${name[2]}`] = path._renderer;
    });
    expect(renderers['leg flight']).toBe(canvas);
    expect(renderers['arrow flight'], "the flights' heads in the flights' renderer").toBe(canvas);
    expect(renderers['arrow sea'], "the sea's on the map's own renderer, as its legs").toBe(renderers['leg sea']);
    expect(renderers['arrow sea']).not.toBe(canvas);
  });

  it('are left out with arrows: false', () => {
    const { container } = draw({ arrows: false });
    expect(container.querySelectorAll('path.vm-leg')).toHaveLength(4);
    expect(container.querySelectorAll('.vm-arrow')).toHaveLength(0);
  });
});
