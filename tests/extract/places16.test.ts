// Places, round 16 (issue 17): general causes of the tuning texts' missed and wrong places, each checked on
// sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops' names, home left out. */
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.slice(1, -1).map((s) => s.name);

describe('order: a place named before the trip reaches it', () => {
  it('reaches a place named, undated, before other stops where the text travels to it ("the summit, which Japan is hosting in Nikko … land in Tokyo … From Tokyo … to Nikko")', () => {
    const text = 'The President will travel to Japan for the summit, which Japan is hosting in Nikko. He will land in Tokyo on 4 May. From Tokyo he will travel by train to Nikko. He returns to Seoul on 6 May.';
    expect(names(text, '2026-04-30', 'Seoul')).toEqual(['Tokyo', 'Nikkō']);
  });
});
