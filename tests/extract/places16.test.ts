// Places, round 16 (issue 17): general causes of the tuning texts' missed and wrong places, each checked on
// sentences written for these tests, about other places than the corpus's.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** The stops' names, home left out. */
const names = (text: string, published: string, home: string) => draft(text, published, home).stops.slice(1, -1).map((s) => s.name);

describe('places: the small towns and venues where summits, retreats and pilgrimages are held', () => {
  it('knows venues under the world list’s 15,000 people ("Camp David", "Chequers", "Kananaskis", "Medjugorje", "Lumbini", "Anzac Cove")', () => {
    expect(names('The Prime Minister will fly to Washington on 4 May and travel on 5 May to Camp David for talks. She will return to Canberra on 6 May.', '2026-04-30', 'Canberra')).toEqual(['Washington, D.C.', 'Camp David']);
    expect(names('The Chancellor will visit London on 4 May. On 5 May he will be received at Chequers by the Prime Minister. He returns to Berlin on 6 May.', '2026-04-30', 'Berlin')).toEqual(['London', 'Chequers']);
    expect(names('The President will travel to Calgary on 14 June and on to Kananaskis on 15 June for the summit. He returns to Paris on 17 June.', '2026-06-01', 'Paris')).toEqual(['Calgary', 'Kananaskis']);
    expect(names('The Cardinal will visit Sarajevo on 4 May and travel to Medjugorje on 5 May. He returns to Rome on 6 May.', '2026-04-30', 'Rome')).toEqual(['Sarajevo', 'Medjugorje']);
    expect(names('The Prime Minister will visit Kathmandu on 4 May and fly to Lumbini on 5 May. He returns to Colombo on 6 May.', '2026-04-30', 'Colombo')).toEqual(['Kathmandu', 'Lumbini']);
    expect(names('The Governor-General will travel to Istanbul on 23 April and to Anzac Cove on 25 April for the Dawn Service. She returns to Wellington on 27 April.', '2026-04-20', 'Wellington')).toEqual(['Istanbul', 'Anzac Cove']);
  });

  it('reads a venue as the town that holds it where the world list has the town ("Sunnylands" is Rancho Mirage, "Borgo Egnazia" Fasano)', () => {
    expect(names('The Prime Minister will fly to Los Angeles on 4 May and drive to Sunnylands on 5 May for the retreat. He returns to Tokyo on 7 May.', '2026-04-30', 'Tokyo')).toEqual(['Los Angeles', 'Rancho Mirage']);
  });
});

describe('places: a state or province named after its city', () => {
  it.each([
    ['Tampa, Florida', 'The Prime Minister will fly to Washington on 4 May and on to Tampa, Florida, on 5 May. He returns to Rome on 6 May.', ['Washington, D.C.', 'Tampa']],
    ['Toronto, Ontario', 'The Minister will visit Ottawa on 4 May and Toronto, Ontario, on 5 May. She returns to Rome on 6 May.', ['Ottawa', 'Toronto']],
  ])('is no stop of its own ("%s"), though the world list has a town of its name', (_what, text, stops) => {
    expect(names(text, '2026-04-30', 'Rome')).toEqual(stops);
  });
});

describe('places: a name told as background, not where the traveller goes', () => {
  it.each([
    [
      'inside a short quoted name (the Africa CEO Forum, "the so-called "Boao of Africa", in Kigali")',
      'The Minister will fly to Kigali on 4 May. She returned to Oslo on 6 May, concluding a visit to Rwanda and her attendance at the Africa CEO Forum, the so-called "Boao of Africa", in Kigali.',
      'Kigali',
    ],
    ['of an earlier act ("follow up on the meeting of Presidents Lula and Macron in Belém")', 'The Minister will visit Brasília on 4 May to follow up on the meeting of Presidents Lula and Macron in Belém. She returns to Oslo on 5 May.', 'Brasília'],
    ['of an earlier act ("the consensus reached in Lima")', 'The Minister will visit Quito on 4 May to carry out the consensus reached in Lima. She returns to Oslo on 5 May.', 'Quito'],
    ['of an event others host at another time ("the summit that Kenya will host in Mombasa at the end of June")', 'The Minister will visit Nairobi on 4 May to prepare the summit that Kenya will host in Mombasa at the end of June. She returns to Oslo on 5 May.', 'Nairobi'],
    ['that aid, not the traveller, reaches ("how aid could reach Mariupol")', 'The Minister arrived in Warsaw on 4 May. In his meeting with the President, he discussed how aid could reach Mariupol through the humanitarian corridor. He returns to Oslo on 5 May.', 'Warsaw'],
    ['of a catastrophe ("the humanitarian catastrophe in Khartoum")', 'The Minister flew to Doha on 4 May, where he addressed the forum and spoke of the humanitarian catastrophe in Khartoum. He returns to Oslo on 5 May.', 'Doha'],
    ['of people held hostage there ("citizens held hostage in Mogadishu")', 'The Minister arrived in Nairobi on 4 May. He also spoke with relatives of citizens held hostage in Mogadishu. He returns to Oslo on 5 May.', 'Nairobi'],
    ['that names a process or a text ("the seventh in the Minsk format")', 'The Minister arrived in Ankara on 4 May for the summit. The summit of the three states, the seventh in the Minsk format, adopted a joint statement. He returns to Oslo on 5 May.', 'Ankara'],
  ])('takes no place %s', (_what, text, visited) => {
    expect(names(text, '2026-04-30', 'Oslo')).toEqual([visited]);
  });
});

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
