// Round 5 of tuning (issue 17): rules that read a fact where a press office may put it, checked on
// sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

const homeMode = (text: string, published: string, home: string) => {
  const it = draft(text, published, home);
  const leg = it.legs[it.legs.length - 1]!;
  return { mode: leg.mode, source: leg.source[0]?.sentence };
};

describe('modes: the leg home', () => {
  it.each([
    ['the home country as the destination', 'The Governor-General arrived in Lima on 4 March. On 6 March she toured the port of Callao before flying back to Canada in the evening.', 'Ottawa', 'flight', 2],
    ['"on the flight home"', 'The Premier arrived in Hanoi on 4 March and met the President. On the flight home aboard the government jet, she spoke with reporters about the Mekong. She will be back in Canberra tonight.', 'Canberra', 'flight', 2],
    ['the landing told right after the return', 'The Chancellor visited Nairobi on 4 March. She returned to Berlin on the evening of 5 March. The government aircraft touched down at the military airfield shortly after ten.', 'Berlin', 'flight', 3],
    ['"the journey home" by train', 'The Mayor spent 4 March in Lyon. He made the journey home by high-speed train the next morning.', 'Paris', 'rail', 2],
  ])('reads the mode from %s', (_what, text, home, mode, sentence) => {
    expect(homeMode(text, '2026-03-01', home)).toEqual({ mode, source: sentence });
  });

  it('leaves the leg home unknown when no sentence about the return states a mode', () => {
    const text = 'The Governor-General arrived in Lima by air on 4 March. On 6 March she toured the port of Callao and returned to Ottawa.';
    expect(homeMode(text, '2026-03-01', 'Ottawa').mode).toBe('unknown');
  });
});
