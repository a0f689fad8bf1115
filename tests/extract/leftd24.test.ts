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

  // An outside tester's 03 ("He will then travel to Sydney, where he will attend an Australia-China economic and trade forum") and
  // 14 ("stay in New Caledonia until Thursday 27 July, where he will meet the elected representatives") had those meetings
  // marked stated.
  const meetingsOf = (text: string, published: string, home: string) =>
    draft(text, published, home).stops.flatMap((s) => s.meetings.map((m) => `${String(s.name)}: ${m.title} ${m.date ?? '-'} ${m.dateCertainty ?? '-'}`));
  it('states no day for a meeting after travel told as what comes next ("will then fly to Surabaya, where")', () => {
    const then = 'The Minister will arrive in Jakarta on 3 June and meet President Joko Widodo on 4 June. She will then fly to Surabaya, where she will meet Governor Khofifah Indar Parawansa.';
    expect(meetingsOf(then, '2019-05-28', 'Canberra').filter((m) => m.includes('Khofifah'))).toEqual([expect.stringMatching(/^Surabaya: .* inferred$/)]);
    expect(meetingsOf(then, '2019-05-28', 'Canberra').filter((m) => m.includes('Widodo'))).toEqual([expect.stringMatching(/2019-06-04 stated$/)]);
  });
  it('states no day for a meeting after the bound of a stay ("until Friday 9 June, where"), and states the bound\'s own ("when")', () => {
    const until = 'The Minister will arrive in Nairobi on Tuesday 6 June and stay in Kenya until Friday 9 June, where she will meet President William Ruto.';
    expect(meetingsOf(until, '2023-05-28', 'London')).toEqual([expect.stringMatching(/^Nairobi: Meeting with .*William Ruto 2023-06-0\d inferred$/)]);
    // The bound that is the day itself: "until Friday 9 June, when she will meet".
    const when = 'The Minister will arrive in Nairobi on Tuesday 6 June and stay until Friday 9 June, when she will meet President William Ruto.';
    expect(meetingsOf(when, '2023-05-28', 'London')).toEqual([expect.stringMatching(/William Ruto 2023-06-09 stated$/)]);
  });
  it("marks inferred the outside tester's two meetings (03, 14), and keeps the others stated", () => {
    const t03 = "Beijing, March 15 (Xinhua) -- At the invitation of Australian Prime Minister Malcolm Turnbull and New Zealand Prime Minister Bill English, Chinese Premier Li Keqiang will pay official visits to Australia and New Zealand from March 22 to 29, Foreign Ministry spokesperson Hua Chunying announced on Wednesday.\n\nLi will first arrive in Canberra on March 22 and hold the annual prime ministers' meeting with Turnbull on March 24. He will then travel to Sydney, where he will attend an Australia-China economic and trade forum. Li will arrive in Wellington on March 26 for talks with English, and visit Auckland on March 28 before returning to Beijing on March 29.";
    expect(meetingsOf(t03, '2017-03-15', 'Beijing')).toEqual([
      'Canberra: Meeting with Malcolm Turnbull 2017-03-24 stated',
      'Sydney: Australia-China economic and trade forum 2017-03-24 inferred',
      'Wellington: Meeting with Bill English 2017-03-26 stated',
    ]);
    const t14 = "The President of the Republic will travel to New Caledonia, Vanuatu and Papua New Guinea from 24 to 28 July 2023. He will arrive in Nouméa on Monday 24 July and stay in New Caledonia until Thursday 27 July, where he will meet the elected representatives of the territory and deliver a speech on the future of New Caledonia at Place des Cocotiers. On Thursday 27 July, the President will travel to Port Vila for the first visit to Vanuatu by a French President since 1966, and hold talks with Prime Minister Ishmael Kalsakau. On Friday 28 July he will be in Port Moresby, where he will meet Prime Minister James Marape.";
    expect(meetingsOf(t14, '2023-07-20', 'Paris')).toEqual([
      expect.stringMatching(/^Nouméa: Meeting with elected representatives.* 2023-07-24 inferred$/),
      // h-leftm24 drafts the speech at Place des Cocotiers too (leftm24.test.ts), as the outside tester expected; its day is the
      // same carried one, so it is inferred as well.
      'Nouméa: Speech on the future of New Caledonia at Place des Cocotiers 2023-07-24 inferred',
      expect.stringMatching(/^Port-Vila: Meeting with .*Ishmael Kalsakau 2023-07-27 stated$/),
      expect.stringMatching(/^Port Moresby: Meeting with .*James Marape 2023-07-28 stated$/),
    ]);
  });

  it('takes a dated event the sentence opens on ("After the NATO summit in Madrid on 29 and 30 June, …") as a stop on those days, not as history', () => {
    const nato = 'Ottawa, 2 June 2022 – Following the NATO summit in Madrid on 29 and 30 June, the Prime Minister will travel to Kigali on 1 July.';
    expect(misses({ what: 'Madrid, Kigali', text: nato, published: '2022-06-02', home: 'Ottawa', stops: [from('Ottawa'), at('Madrid', ['2022-06-29', '2022-06-30']), at('Kigali', ['2022-07-01']), back('Ottawa')] })).toEqual([]);
    const cop = 'After the climate conference in Dubai on 1 and 2 December, the Minister will fly to Doha on 3 December.';
    expect(stopDays(cop, '2023-11-20', 'Berlin').slice(1, 3)).toEqual(['Dubai 2023-12-01..2023-12-02', 'Doha 2023-12-03..2023-12-03']);
    // Not what led to the trip: "following the attack by Hamas on 7 October".
    expect(stopDays('Following the attack by Hamas on 7 October, the Chancellor will travel to Tel Aviv on 17 October.', '2023-10-15', 'Berlin').slice(1, 2)).toEqual(['Tel Aviv 2023-10-17..2023-10-17']);
  });

  it('takes the one day of a visit to a region ("will visit Brittany on 6 May") as the day of a day trip\'s leaving and of its first stop', () => {
    const brittany = 'Paris, 2 May 2022 – The Minister will visit Brittany on 6 May. She will tour the port of Brest and meet fishermen in Concarneau, returning to Paris the same evening.';
    expect(misses({ what: 'Brittany', text: brittany, published: '2022-05-02', home: 'Paris', stops: [from('Paris', '2022-05-06'), at('Brest', ['2022-05-06']), at('Concarneau', ['2022-05-06']), back('Paris', '2022-05-06')] })).toEqual([]);
    expect(draft(brittany, '2022-05-02', 'Paris').stops[0]!.dateCertainty).toBe('inferred');
  });
});
