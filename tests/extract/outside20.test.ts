// Two announcements an outside tester wrote in the style of Hong Kong government press releases (round 15, §2–§4 of
// their report), never seen by the extractor's rules before. Drafted on main then: "the Tianfu Software Park" in Chengdu
// became a stop at Tianfu, Shandong, 1,500 km off, after Chongqing; "the Zhongshan Municipal Hong Kong and Macao Affairs
// Bureau" added a stop at Macao; and the four cities of the opening sentence, dated from "tomorrow (June 3)", took that
// day and pushed Chongqing onto 5 June (the text: 6 June), with warnings that the text dated them 3 June. Scored as the
// corpus scores a text (evaluate.ts).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, from, missesWith } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();
const misses = missesWith(draft, 'outside20');

describe('announcements of an outside tester, round 15', () => {
  it('reads a day-by-day tour: a venue named for a town far away is no stop, and the day of each sentence is its city\'s', () => {
    const text = [
      'Secretary for Commerce to lead business delegation to Yunnan and Sichuan',
      'The Secretary for Commerce and Economic Development, Mr Lau Ka-wing, will lead a delegation of Hong Kong businesses on a five-day visit to Kunming, Dali, Chengdu and Chongqing from tomorrow (June 3).',
      'On June 3, Mr Lau will fly to Kunming, where he will meet the Vice Governor of Yunnan Province, Mr Zhang Ming, and attend a trade promotion luncheon.',
      'On June 4, the delegation will travel by high-speed rail to Dali to visit a tea processing plant.',
      'On June 5, Mr Lau will fly to Chengdu. He will call on the Party Secretary of Chengdu, Mr Li Qiang, and visit the Tianfu Software Park.',
      'On June 6, the delegation will take the train to Chongqing, where Mr Lau will meet the Mayor of Chongqing, Mr Hu Heng.',
      'Mr Lau will return to Hong Kong by air on June 7.',
    ].join('\n\n');
    expect(
      misses(text, '2025-06-02', 'Hong Kong', [
        from('Hong Kong', '2025-06-03'),
        at('Kunming', ['2025-06-03'], 'flight'),
        at('Dali', ['2025-06-04'], 'rail'),
        at('Chengdu', ['2025-06-05'], 'flight'),
        at('Chongqing', ['2025-06-06'], 'rail'),
        back('Hong Kong', '2025-06-07', 'flight'),
      ]),
    ).toEqual([]);
    // "from tomorrow (June 3)" after the list is the day the visits begin, at Kunming: it dated every city of the list,
    // and three warnings said the text dated Dali, Chengdu and Chongqing 3 June.
    const warnings = extractWith(world.g, text, { published: '2025-06-02', home: 'Hong Kong' }).warnings;
    expect(warnings.filter((w) => w.code === 'date-conflict')).toEqual([]);
  });

  it('does not visit a place named inside a body\'s name after its first word ("… Hong Kong and Macao Affairs Bureau"), and places Zhongshan in Guangdong', () => {
    const text = [
      'Permanent Secretary for Constitutional and Mainland Affairs to visit the Guangdong-Hong Kong-Macao Greater Bay Area',
      'The Permanent Secretary for Constitutional and Mainland Affairs, Mr Roger Cheung Wai-lam, will depart for the Greater Bay Area tomorrow (November 20) for a two-day visit to Zhuhai and Zhongshan.',
      "In Zhuhai, Mr Cheung will meet the Executive Vice Mayor of Zhuhai Municipal People's Government, Ms Chen Yu, on November 20.",
      'On November 21, he will visit the Cuiheng New Area in Zhongshan and meet officials of the Zhongshan Municipal Hong Kong and Macao Affairs Bureau.',
      'He will return to Hong Kong in the evening of November 21.',
    ].join('\n\n');
    expect(misses(text, '2025-11-19', 'Hong Kong', [from('Hong Kong', '2025-11-20'), at('Zhuhai', ['2025-11-20']), at('Zhongshan', ['2025-11-21']), back('Hong Kong', '2025-11-21')])).toEqual([]);
    const zhongshan = draft(text, '2025-11-19', 'Hong Kong').stops.find((s) => s.name === 'Zhongshan')!;
    expect(Math.abs(zhongshan.coordinates[0] - 113.38)).toBeLessThan(0.1);
    expect(Math.abs(zhongshan.coordinates[1] - 22.52)).toBeLessThan(0.1);
  });
});
