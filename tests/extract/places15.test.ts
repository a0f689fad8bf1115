// Places, round 15 (issue 17): general causes of the tuning texts' missed and wrong places, each checked on
// sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops' names, home left out. */
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.slice(1, -1).map((s) => s.name);

describe('places: a place named after its description', () => {
  it('takes the words of travel before a description with words between ("fly across the Alps to the Italian capital, Rome")', () => {
    const text = 'The Minister will visit Vienna on 3 May. On 4 May she will fly across the Alps to the Italian capital, Rome. She will return to Oslo on 5 May.';
    expect(names(text, '2026-04-30', 'Oslo')).toEqual(['Vienna', 'Rome']);
  });

  it('reads a plural description as the list it opens ("drove to the towns of Kaunas and Šiauliai")', () => {
    const text = 'The President arrived in Vilnius on 3 May. On 4 May he drove to the towns of Kaunas and Šiauliai to meet veterans. He returned to Dublin on 5 May.';
    expect(names(text, '2026-04-30', 'Dublin')).toEqual(['Vilnius', 'Kaunas', 'Šiauliai']);
  });
});
