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

describe('places: a trip that ends in another city of the home country', () => {
  /** Every stop's name, home stops too. */
  const all = (text: string, home: string) => draft(text, '2026-04-30', home).stops.map((s) => s.name);

  it('ends where a sentence of return takes the traveller ("will thereafter return to São Paulo", "returned to Brazil, landing in Recife")', () => {
    expect(all('The President will travel to Madrid on 4 May for talks, and will thereafter return to São Paulo on 7 May.', 'Brasília')).toEqual(['Brasília', 'Madrid', 'São Paulo']);
    expect(all('The President visited Lisbon on 4 May. He returned to Brazil late on 5 May, landing in Recife shortly before midnight.', 'Brasília')).toEqual(['Brasília', 'Lisbon', 'Recife']);
  });

  it('still goes home after a last stop the return sentence only leaves ("on 5 May to Porto, before returning to Brasília")', () => {
    expect(all('The President will visit Lisbon on 4 May and travel on 5 May to Porto, before returning to Brasília.', 'Brasília')).toEqual(['Brasília', 'Lisbon', 'Porto', 'Brasília']);
  });
});
