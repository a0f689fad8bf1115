// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Itinerary } from '../../src/itinerary/types';
import { StopList } from '../../src/leaflet/controls/stop-list';
import { seed } from './fixtures';

function many(n: number): Itinerary {
  const stops = Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    name: `Stop ${i}`,
    coordinates: [i % 360 - 180, 0] as [number, number],
    precision: 'city' as const,
    meetings: [],
    source: [],
  }));
  return { id: 'big', title: 'big', sources: [], stops, legs: [] };
}

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('StopList', () => {
  it('lists every stop of the seed visit in order, with its meetings and their links, without a map', () => {
    const list = new StopList(seed(), { linkBase: 'https://visit.example/' });
    const names = [...list.element.querySelectorAll('.vm-stoplist__name')].map((e) => e.textContent);
    expect(names).toEqual(['Hong Kong', 'Hangzhou', 'Shanghai', 'Yangshan Automated Terminal', 'Lingang New Area', 'Shanghai', 'Hong Kong']);
    expect(list.element.querySelector('a')!.getAttribute('href')).toBe('https://visit.example/meetings/hangzhou-customs-meeting.html');
  });

  it('names each entry from its content, so the words heard contain the number, name and dates seen', () => {
    const list = new StopList(seed(), {});
    const button = list.element.querySelector('button')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.textContent).toBe('Stop 1 of 7: Hong Kong, 10 Dec 2023');
    // What is seen: neither the visually hidden words nor the comma of no size after the name.
    const unseen = (c: Node): boolean => c instanceof Element && (c.classList.contains('vm-visually-hidden') || c.classList.contains('vm-stoplist__comma'));
    const text = (c: Node): string => (c.nodeType === Node.TEXT_NODE ? c.textContent! : [...c.childNodes].filter((n) => !unseen(n)).map(text).join(''));
    const seen = [...button.children].filter((c) => !unseen(c)).map(text);
    expect(seen).toEqual(['1', 'Hong Kong', '10 Dec 2023']);
  });

  it('reports the chosen stop and marks the current one with aria-current', () => {
    const chosen: number[] = [];
    const list = new StopList(seed(), { onSelect: (i) => chosen.push(i) });
    list.element.querySelectorAll('button')[2]!.click();
    expect(chosen).toEqual([2]);
    list.setCurrent(4);
    const current = [...list.element.querySelectorAll('[aria-current]')];
    expect(current.map((e) => e.getAttribute('data-index'))).toEqual(['4']);
    expect(current[0]!.getAttribute('aria-current')).toBe('step');
  });

  it.each([false, true])('gives `l` on a stop to onLeg (virtual list: %s, on its active row), taking the key only when it opens a leg, and never Ctrl+L', (virtual) => {
    // Large mode's legs are reached from its list: it has no markers to press `l` on.
    const legs: number[] = [];
    let opens = true;
    const list = new StopList(many(20), { virtual, onLeg: (i) => (legs.push(i), opens) });
    document.body.append(list.element);
    const target = virtual ? list.element.querySelector('[role="listbox"]')! : list.element.querySelectorAll('button')[2]!;
    if (virtual) ['ArrowDown', 'ArrowDown'].forEach((k) => key(target, k));
    const press = (init: KeyboardEventInit) => {
      const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(press({ key: 'l' })).toBe(true);
    expect(press({ key: 'L' })).toBe(true);
    expect(press({ key: 'l', ctrlKey: true })).toBe(false); // the browser's address bar
    opens = false; // no leg drawn there, or no legPopup: the key goes on
    expect(press({ key: 'l' })).toBe(false);
    expect(legs).toEqual([2, 2, 2]);
    list.destroy();
  });

  it('keeps only a screenful of rows in the DOM for 100,000 stops, and walks them with the keyboard', () => {
    const chosen: number[] = [];
    const list = new StopList(many(100_000), { onSelect: (i) => chosen.push(i) });
    document.body.appendChild(list.element);
    const box = list.element.querySelector('[role="listbox"]')!;
    expect(list.element.querySelectorAll('[role="option"]').length).toBeLessThan(40);
    expect(list.element.getElementsByTagName('*').length).toBeLessThan(200);
    key(box, 'End');
    key(box, 'ArrowUp');
    key(box, 'Enter');
    expect(chosen).toEqual([99_998]);
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-posinset')).toBe('99999');
    expect(active.getAttribute('aria-setsize')).toBe('100000');
    list.destroy();
    expect(document.body.contains(list.element)).toBe(false);
  });
});
