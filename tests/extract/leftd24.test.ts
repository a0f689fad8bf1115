// Days and dates left by round 24's helpers (issue 17), fixed by general rules. Each rule is tested on sentences worded
// differently from the announcement that showed it; the announcements themselves are asserted where they were left
// (places24.test.ts, modes24.test.ts, meet24.test.ts, days24.test.ts, dates24.test.ts), their `why` removed.
import { describe, expect, it } from 'vitest';
import { at, back, caseMisses, from } from './expected-stops';
import { useWorld } from './world';

const { draft, stopDays } = useWorld();

const misses = caseMisses(draft);

describe('round 24, days left: the rules', () => {
  // The corpus's convention (outside21d §10, days24's Xi and Tillerson): a span of a visit to a country or region opens the visit
  // at its first stop and states no day of leaving home. Where the text itself says the visit begins at its first stop on a later
  // day ("They will begin in Kingstown on 18 March"), the span's first day is spent at no stop: it is the day of leaving home,
  // inferred, and the first stop is reached on the day the text gives it.
  it('takes the first day of a span of a visit to a region, before the day the visit begins at its first stop, as the day of leaving home', () => {
    const gulf = 'London, 28 April 2021 – The Foreign Secretary will visit the Gulf from 3 to 7 May. She will begin in Doha on 4 May, then fly to Muscat on 6 May.';
    expect(misses({ what: 'the Gulf', text: gulf, published: '2021-04-28', home: 'London', stops: [from('London', '2021-05-03'), at('Doha', ['2021-05-04']), at('Muscat', ['2021-05-06']), back('London')] })).toEqual([]);
    expect(draft(gulf, '2021-04-28', 'London').stops[1]!.arrive).toBe('2021-05-04');
    const tour = 'Ottawa, 2 June 2022 – The Governor General will tour the Pacific Islands from 10 to 16 June. The visit begins in Suva on 11 June, and she travels to Apia on 14 June.';
    expect(stopDays(tour, '2022-06-02', 'Ottawa')[0]).toBe('Ottawa ..2022-06-10');
    expect(draft(tour, '2022-06-02', 'Ottawa').stops[0]!.dateCertainty).toBe('inferred');
  });

  it('closes a span of listed countries at no stop when a stop of a country it does not list is dated later within it', () => {
    const pacific =
      "Wellington, 2 May 2019 – The Foreign Minister will visit Fiji and Samoa from 6 to 11 May. She will hold talks in Suva on 7 May and in Apia on 8 May, and will attend the Pacific Islands Forum meeting in Nuku'alofa on 10 May. She returns to Wellington on 11 May.";
    const stops = [from('Wellington'), at('Suva', ['2019-05-07']), at('Apia', ['2019-05-08']), at('Nuku‘alofa', ['2019-05-10']), back('Wellington', '2019-05-11')];
    expect(misses({ what: 'Fiji, Samoa and Tonga', text: pacific, published: '2019-05-02', home: 'Wellington', stops })).toEqual([]);
    expect(stopDays(pacific, '2019-05-02', 'Wellington').slice(2, 4)).toEqual(['Apia 2019-05-08..2019-05-10', 'Nuku‘alofa 2019-05-10..2019-05-11']);
  });
});
