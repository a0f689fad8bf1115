// @vitest-environment jsdom
// An outside tester's report (round 15, §8): at zoom 1 a 300-stop trip round the world was one group, "1–300",
// drawn in central Africa, where none of its stops is: the mean of a chain of markers can lie far from all of them.
import * as L from 'leaflet';
import { afterEach, expect, it } from 'vitest';
import { ItineraryLayer } from '../../src/leaflet/layer/itinerary-layer';

afterEach(() => document.body.replaceChildren());

it('stands a group of markers on one of its members, not on their mean where none of them is', () => {
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  const map = L.map(div, { center: [20, 60], zoom: 4, fadeAnimation: false, zoomAnimation: false });
  // A ring of 24 stops 100 px round the centre, 26 px apart: one chain for the 30 px radius, its mean the empty centre.
  const centre = map.latLngToLayerPoint(map.getCenter());
  const points = Array.from({ length: 24 }, (_, k) => centre.add(L.point(Math.cos((k * Math.PI) / 12), Math.sin((k * Math.PI) / 12)).multiplyBy(100)));
  const stops = points.map((p, k) => {
    const { lat, lng } = map.layerPointToLatLng(p);
    return { id: `s${k}`, name: `Stop ${k + 1}`, coordinates: [lng, lat] };
  });
  new ItineraryLayer({ id: 'ring', title: 'Ring', stops }, { arrows: false, animate: false, fitBounds: false }).addTo(map);
  const groups = [...div.querySelectorAll<HTMLElement>('.vm-marker--cluster')];
  expect(groups.map((g) => g.querySelector('.vm-marker__label')!.textContent)).toEqual(['1–24']);
  const at = L.DomUtil.getPosition(groups[0]!);
  expect(Math.min(...points.map((p) => p.distanceTo(at)))).toBeLessThan(1);
  map.remove();
});
