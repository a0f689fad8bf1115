import { describe, expect, it } from 'vitest';
import { findTraveller } from '../../src/extract/traveller';
import { extractWith } from '../../src/extract/extract-itinerary';
import { useWorld } from './world';

const { world } = useWorld();
const body = (...texts: string[]) => texts.map((text, i) => ({ text, paragraph: i + 2 }));

describe('findTraveller', () => {
  it('reads the office and the person the opening sentences pair between commas', () => {
    expect(findTraveller(body('The Secretary for Housing and Planning, Ms Winnie Ho, will leave for Seoul today.'))).toEqual({
      name: 'Ms Winnie Ho',
      role: 'Secretary for Housing and Planning',
      kind: 'person',
    });
    expect(findTraveller(body('Yesterday the Director of the Food and Environmental Hygiene Department, Dr Ng Wai-kit, arrived in Lyon.'))).toEqual({
      name: 'Dr Ng Wai-kit',
      role: 'Director of the Food and Environmental Hygiene Department',
      kind: 'person',
    });
  });

  it('claims no one where the text does not pair an office with a person, or names them only later on', () => {
    expect(findTraveller(body('A delegation will leave for Seoul today.', 'It will meet the Mayor.'))).toBeUndefined();
    expect(findTraveller(body('A delegation left today.', 'It flew to Seoul.', 'It met officials.', 'The Secretary for Justice, Mr Ho Chun, joined it.'))).toBeUndefined();
    // A host met, and those who go along, are not the traveller.
    expect(findTraveller(body('He will meet the Federal Chancellor, Mr Anton Weiss, in Bonn.'))).toBeUndefined();
    expect(findTraveller(body('The Secretary for Security, Mr Kwan Lok, and the Under Secretary, Ms Yip Ho, will go with him.'))).toBeUndefined();
    expect(findTraveller(body('The Under Secretary, Ms Yip Ho, will accompany him.'))).toBeUndefined();
  });
});

describe('findTraveller: the forms an outside tester\'s texts used', () => {
  it('reads names in any letters, after a dateline, and a name of two words or more without a title', () => {
    expect(findTraveller(body('Tartu, 4 May 2025 – The Minister of Culture of Estonia, Heidy Purga, will travel to Vilnius on 5 May.'))).toEqual({
      name: 'Heidy Purga',
      role: 'Minister of Culture of Estonia',
      kind: 'person',
    });
    expect(findTraveller(body('The Minister for Foreign Affairs, Ms Žaneta Ļaviņa, will leave for Oslo today.'))?.name).toBe('Ms Žaneta Ļaviņa');
  });

  it('reads an office written before the name, as the subject ("Prime Minister A B returned")', () => {
    expect(findTraveller(body('Vaduz, 2 June 2025 – Prime Minister Brigitte Haas returned to Vaduz today after a visit to Japan.'))).toEqual({ name: 'Brigitte Haas', role: 'Prime Minister', kind: 'person' });
    expect(findTraveller(body('On 3 May, Foreign Minister Ilze Kalna arrived in Tallinn.'))).toEqual({ name: 'Ilze Kalna', role: 'Foreign Minister', kind: 'person' });
  });

  it('reads a person named before the office, a style before the name left out ("His Excellency Dr A B, President of X, departed")', () => {
    expect(findTraveller(body('His Excellency Dr Nangolo K. Amadhila, President of the Republic of Ruritania, departed for Berlin today.'))).toEqual({
      name: 'Dr Nangolo K. Amadhila',
      role: 'President of the Republic of Ruritania',
      kind: 'person',
    });
  });

  it('reads a first paragraph of one sentence that ends with a full stop (a text of one sentence, a lead alone), not a headline', () => {
    // An outside tester's: "The Prime Minister of Malta, Robert Abela, will travel to Rome on 3 March 2025." gave no traveller.
    const opening = { text: 'The Minister of Trade of Estonia, Heidy Purga, will travel to Rome on 3 March.', paragraph: 1 };
    expect(findTraveller([opening])?.name).toBe('Heidy Purga');
    expect(findTraveller([opening, { text: 'She will return on 5 March.', paragraph: 2 }])?.name).toBe('Heidy Purga');
    // A headline, without its full stop, is still not read.
    expect(findTraveller([{ text: 'The Minister of Trade, Heidy Purga, to visit Rome', paragraph: 1 }, { text: 'She will leave on 3 March.', paragraph: 2 }])).toBeUndefined();
  });

  it("lets in the particles a holder's name takes after an office (ter, ten, zu, y), as the meetings do", () => {
    expect(findTraveller(body('Prime Minister Mark ter Horst will visit Berlin on 3 May.'))).toEqual({ name: 'Mark ter Horst', role: 'Prime Minister', kind: 'person' });
    expect(findTraveller(body('The Minister of Culture, Mr José Ortega y Gasset, will visit Lima.'))).toEqual({ name: 'Mr José Ortega y Gasset', role: 'Minister of Culture', kind: 'person' });
  });

  it('claims no one for a name alone, a surname after an office, or a host met', () => {
    expect(findTraveller(body('President Kalna will travel to Tallinn.'))).toBeUndefined();
    expect(findTraveller(body('In Tallinn, President Kalna will meet the President of Estonia, Alar Karis.'))).toBeUndefined();
    expect(findTraveller(body('Anna Berg will travel to Tallinn.'))).toBeUndefined();
    expect(findTraveller(body('The delegation, Tallinn Port Authority, will meet them.'))).toBeUndefined();
  });
});

describe('extractWith', () => {
  it("fills the draft's traveller (it never did), from the body, not the headline", () => {
    const text = 'Minister visits Nairobi\n\nThe Minister of State for Trade, Mr Tomasz Brandt, will arrive in Nairobi on 3 May.\n\nHe will return on 5 May.';
    const { itinerary } = extractWith(world.g, text, { published: '2025-05-01' });
    expect(itinerary.traveller).toEqual({ name: 'Mr Tomasz Brandt', role: 'Minister of State for Trade', kind: 'person' });
  });
});
