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

it('labels a group of two different places "3, 6", apart from one place visited twice ("1 · 7"), in its badge and its name', () => {
  // An outside tester's report (round 16, §14): Taveuni (stop 3) and Suva (stop 6), grouped at a zoom that fits the
  // trip, read "3 · 6", the label the README gives one place visited twice.
  const div = document.createElement('div');
  Object.defineProperty(div, 'clientWidth', { value: 800 });
  Object.defineProperty(div, 'clientHeight', { value: 600 });
  document.body.append(div);
  const map = L.map(div, { center: [-17, 170], zoom: 6, fadeAnimation: false, zoomAnimation: false });
  const centre = map.latLngToLayerPoint(map.getCenter());
  // Stops 1 and 7 at one point (a place visited twice), stops 3 and 6 10 px apart (two places), the others far apart.
  const at = (dx: number, dy: number): [number, number] => {
    const { lat, lng } = map.layerPointToLatLng(centre.add(L.point(dx, dy)));
    return [lng, lat];
  };
  const points = [at(-300, -200), at(300, -200), at(0, 0), at(-300, 200), at(300, 200), at(10, 0), at(-300, -200)];
  const stops = points.map((coordinates, k) => ({ id: `s${k + 1}`, name: `Place ${k + 1}`, coordinates }));
  new ItineraryLayer({ id: 'pacific', title: 'Pacific', stops }, { arrows: false, animate: false, fitBounds: false }).addTo(map);
  const badges = [...div.querySelectorAll<HTMLElement>('.vm-marker:not(.vm-arrow)')].map((m) => ({
    label: m.querySelector('.vm-marker__label')!.textContent,
    group: m.classList.contains('vm-marker--cluster'),
    name: m.getAttribute('aria-label'),
  }));
  expect(badges.find((b) => b.group)).toEqual({ label: '3, 6', group: true, name: 'Stops 3, 6: Place 3, Place 6; press Enter to show them' });
  expect(badges.find((b) => b.label === '1 · 7')).toEqual({ label: '1 · 7', group: false, name: 'Stops 1 · 7: Stop 1 of 7: Place 1; Stop 7 of 7: Place 7' });
  map.remove();
});
