// Places, round 17 (issue 17): announcements written for these tests, in styles the corpus lacks, by governments and
// about places it does not have; each is read as a new user's text would be, and the causes of what they missed fixed.
import { describe, expect, it } from 'vitest';
import { useWorld } from './world';

const { draft } = useWorld();

/** Every stop's name, home stops too. */
const all = (text: string, published: string, home: string) => draft(text, published, home).stops.map((s) => s.name);

describe('places: announcements of round 17 read as a new user would', () => {
  it.each([
    [
      'Iceland, a Nordic Council session in the Faroe Islands',
      'The Prime Minister of Iceland travels to Copenhagen on Monday 27 October and flies on to Tórshavn in the Faroe Islands on Tuesday for the session of the Nordic Council. She returns to Reykjavík on Thursday 30 October.',
      '2026-10-24',
      'Reykjavík',
      ['Reykjavík', 'Copenhagen', 'Tórshavn', 'Reykjavík'],
    ],
    [
      'Ghana, each city followed by its country',
      'President Mahama leaves Accra on Monday, 8 June for Lomé, Togo, where he will hold talks with his Togolese counterpart. He continues to Cotonou, Benin, on Wednesday and returns home on Thursday.',
      '2026-06-05',
      'Accra',
      ['Accra', 'Lomé', 'Cotonou', 'Accra'],
    ],
    [
      'Finland, a minister writing in the first person',
      "Today I am travelling to Tartu, Estonia's second city, for the opening of the new research centre. Tomorrow I continue to Riga, where I will meet the Prime Minister of Latvia. I am back in Helsinki on Saturday.",
      '2026-05-14',
      'Helsinki',
      ['Helsinki', 'Tartu', 'Riga', 'Helsinki'],
    ],
    [
      'Kazakhstan, an informal summit at a lakeside town',
      'President Tokayev will fly to Bishkek on 9 August and travel on to Cholpon-Ata on Lake Issyk-Kul on 10 August for the informal summit of Central Asian leaders. He returns to Astana on 11 August.',
      '2026-08-05',
      'Astana',
      ['Astana', 'Bishkek', 'Cholpon-Ata', 'Astana'],
    ],
    [
      'Ireland, towns written with their states ("Savannah, Georgia" is no visit to the country Georgia)',
      "The Taoiseach will travel to Boston, Massachusetts, on 14 March and to Savannah, Georgia, on 16 March for the St Patrick's Day parade, before going on to Washington. He returns to Dublin on 18 March.",
      '2026-03-10',
      'Dublin',
      ['Dublin', 'Boston', 'Savannah', 'Washington, D.C.', 'Dublin'],
    ],
    [
      'Fiji, towns written with their Australian states and territories',
      'The Prime Minister will visit Brisbane, Queensland, on 3 May and Darwin, Northern Territory, on 5 May. He returns to Suva on 6 May.',
      '2026-04-28',
      'Suva',
      ['Suva', 'Brisbane', 'Darwin', 'Suva'],
    ],
    [
      'Slovakia, a forum named after its town, in the past tense',
      'The Foreign Minister attended the Bled Strategic Forum in Bled on 1 September and travelled on to Ljubljana on 2 September. She returned to Bratislava on 3 September.',
      '2026-09-04',
      'Bratislava',
      ['Bratislava', 'Bled', 'Ljubljana', 'Bratislava'],
    ],
    [
      'Vanuatu, places that name an accord and a framework',
      'The Minister travelled to Nouméa on 4 May to discuss the future of the Nouméa Accord and the Kunming-Montreal Global Biodiversity Framework. He returned to Port Vila on 6 May.',
      '2026-05-08',
      'Port Vila',
      ['Port-Vila', 'Nouméa', 'Port-Vila'],
    ],
    [
      'Namibia, a host receiving a guest at a small town',
      'The President will host the Prime Minister of Botswana at Kasane on 20 May, and the two leaders will fly together to Maun on 21 May. The President returns to Windhoek on 22 May.',
      '2026-05-15',
      'Windhoek',
      ['Windhoek', 'Kasane', 'Maun', 'Windhoek'],
    ],
    [
      'Rwanda, a report that tells the later place first',
      'The Minister arrived in Zanzibar on 12 June after visiting Dodoma on 10 and 11 June. She flies back to Kigali on 13 June.',
      '2026-06-14',
      'Kigali',
      ['Kigali', 'Dodoma', 'Zanzibar', 'Kigali'],
    ],
  ])('%s', (_what, text, published, home, stops) => {
    expect(all(text, published, home)).toEqual(stops);
  });
});

describe('places: countries by the names their governments use', () => {
  it('knows "Cabo Verde" as the country, not a town "Cabo" of another ("will be in Cabo Verde from 4 to 6 July")', () => {
    const text = 'The President of the Republic will be in Cabo Verde from 4 to 6 July: in Praia on 4 and 5 July, and in Mindelo on 6 July. He will be back in Lisbon on 7 July.';
    expect(all(text, '2026-06-30', 'Lisbon')).toEqual(['Lisbon', 'Praia', 'Mindelo', 'Lisbon']);
  });

  it('knows "Côte d\'Ivoire" and "the Republic of the Congo", so the city in brackets after each is its visit', () => {
    const text = "The Minister will visit Côte d'Ivoire on 4 May (Abidjan) and the Republic of the Congo on 6 May (Brazzaville). He returns to Dakar on 7 May.";
    expect(all(text, '2026-04-30', 'Dakar')).toEqual(['Dakar', 'Abidjan', 'Brazzaville', 'Dakar']);
  });

  it('reads the city in brackets after a country visited as the stop there ("Ghana (Accra) on 4 May and Togo (Lomé)")', () => {
    const text = 'The Minister will visit Ghana (Accra) on 4 May and Togo (Lomé) on 6 May. He returns to Dakar on 7 May.';
    expect(all(text, '2026-04-30', 'Dakar')).toEqual(['Dakar', 'Accra', 'Lomé', 'Dakar']);
  });

  it('takes a city-state listed among countries as the country there ("a visit to Belgium and Luxembourg (3–5 May)")', () => {
    const text = 'State visit to Belgium and Luxembourg (3–5 May)\nThe President will arrive in Brussels on 3 May. On 5 May he will travel to Luxembourg. He returns to Lisbon on 6 May.';
    expect(all(text, '2026-04-30', 'Lisbon')).toEqual(['Lisbon', 'Brussels', 'Luxembourg', 'Lisbon']);
  });
});

describe('places: the island or region that holds a town', () => {
  it('is no stop of its own, and the town keeps the day after it ("in Mindelo, on the island of São Vicente, on 6 July")', () => {
    const text = 'The President of the Republic will be in Cabo Verde from 4 to 6 July: in Praia on 4 and 5 July, and in Mindelo, on the island of São Vicente, on 6 July. He will be back in Lisbon on 7 July.';
    expect(all(text, '2026-06-30', 'Lisbon')).toEqual(['Lisbon', 'Praia', 'Mindelo', 'Lisbon']);
  });
});

describe('places: the small towns where summits meet, and a programme line that opens with one', () => {
  it('knows the venue and reads "• Tuesday 3 March: Punta del Este, working lunch …" as the day\'s stop', () => {
    const text =
      'Agenda of the President of the Republic\n• Sunday 1 March: arrival in Montevideo\n• Monday 2 March: inauguration ceremony at the Legislative Palace\n• Tuesday 3 March: Punta del Este, working lunch with the President of Uruguay\n• Wednesday 4 March: return to Santiago';
    expect(all(text, '2026-02-25', 'Santiago')).toEqual(['Santiago', 'Montevideo', 'Punta del Este', 'Santiago']);
  });

  it.each([
    ['Addu City', 'The President will visit Colombo on 3 May and travel to Addu City on 4 May for the summit. He returns to Ottawa on 5 May.', ['Colombo', 'Addu City']],
    ['Lough Erne (Enniskillen)', 'The Prime Minister will fly to Belfast on 3 May and travel to Lough Erne on 4 May for the summit. He returns to Ottawa on 5 May.', ['Belfast', 'Enniskillen']],
    ['Stresa', 'The Minister will visit Milan on 3 May and Stresa on 4 May for the conference. She returns to Ottawa on 5 May.', ['Milan', 'Stresa']],
    ['Dinard', 'The Minister will visit Paris on 3 May and travel to Dinard on 4 May for the ministerial meeting. She returns to Ottawa on 5 May.', ['Paris', 'Dinard']],
    ['Bad Ragaz', 'The Minister will visit Geneva on 3 May and Bad Ragaz on 4 May for the retreat. She returns to Ottawa on 5 May.', ['Geneva', 'Bad Ragaz']],
  ])('knows %s, under the world list’s 15,000 people', (_what, text, stops) => {
    expect(all(text, '2026-04-30', 'Ottawa').slice(1, -1)).toEqual(stops);
  });
});

describe('places: a place shown as the text names it', () => {
  it.each([
    ['its name before a renaming ("Nur-Sultan", not "Astana")', 'The President arrived in Nur-Sultan on 14 September for talks. He returned to Tashkent on 15 September.', 'Tashkent', ['Nur-Sultan']],
    ['its older name that releases keep ("Bangalore")', 'The Minister will travel to Bangalore on 3 February to visit technology firms. She returns to Stockholm on 6 February.', 'Stockholm', ['Bangalore']],
    ['its new name the world list lacks ("Gurugram", "Prishtina")', 'The Minister will visit Gurugram on 3 February and Prishtina on 5 February. She returns to Stockholm on 6 February.', 'Stockholm', ['Gurugram', 'Prishtina']],
    ['with the marks the world list leaves out ("Malé")', 'The President will undertake a State Visit to the Maldives from 10 to 12 April. In Malé he will hold talks with the President of Maldives. On 12 April he will travel to Addu City to open the new hospital. He returns to Colombo on 12 April.', 'Colombo', ['Malé', 'Addu City']],
  ])('%s', (_what, text, home, stops) => {
    expect(all(text, '2026-01-28', home).slice(1, -1)).toEqual(stops);
  });
});

describe('places: a site talked about, named after its town', () => {
  it('takes no stop at the town ("the situation at the Rivne nuclear power plant")', () => {
    const text = 'The Minister arrived in Vienna on 4 May, where she discussed with the Director General the situation at the Rivne nuclear power plant. She returns to Oslo on 5 May.';
    expect(all(text, '2026-04-30', 'Oslo')).toEqual(['Oslo', 'Vienna', 'Oslo']);
  });
});

describe('places: a trip that goes on abroad to another engagement, and tells no return', () => {
  it.each([
    ['"travel on to Geneva, where he will attend …"', 'The President will visit Nairobi on 4 May and Kampala on 5 May. From Kampala he will travel on to Geneva, where he will attend the World Health Assembly.', ['Gaborone', 'Nairobi', 'Kampala', 'Geneva']],
    [
      '"At the conclusion of the State Visit, … will proceed to Brussels, where she will take part in …"',
      'The Prime Minister will be in Accra from 4 to 6 May for a State Visit to Ghana. At the conclusion of the State Visit, the Prime Minister will proceed to Brussels, where she will take part in the summit of the European Union and the African Union.',
      ['Gaborone', 'Accra', 'Brussels'],
    ],
  ])('ends there, with no way home assumed (%s)', (_what, text, stops) => {
    expect(all(text, '2026-04-30', 'Gaborone')).toEqual(stops);
  });

  it('still ends at home where the text goes on to a city of the home country ("will go on to Francistown, where he will attend …")', () => {
    const text = 'The President will visit Harare on 4 May. From Harare he will go on to Francistown, where he will attend the trade fair.';
    expect(all(text, '2026-04-30', 'Gaborone')).toEqual(['Gaborone', 'Harare', 'Francistown', 'Gaborone']);
  });
});

describe('places: a state or province named like a city elsewhere, written after a town in it', () => {
  it.each([
    ['"Seattle, Washington" and "Melbourne, Victoria"', 'The Prime Minister will visit Seattle, Washington, on 4 May and Melbourne, Victoria, on 6 May. He returns to Tokyo on 7 May.', ['Seattle', 'Melbourne']],
    ['"Campinas, São Paulo" and "Rosario, Santa Fe"', 'The Minister will travel to Campinas, São Paulo, on 4 May and to Rosario, Santa Fe, on 6 May. She returns to Tokyo on 7 May.', ['Campinas', 'Rosario']],
  ])('only locates the town (%s)', (_what, text, stops) => {
    expect(all(text, '2026-04-30', 'Tokyo').slice(1, -1)).toEqual(stops);
  });

  it('is still the city in a list of towns far from the state ("Boston, Washington, and Ottawa")', () => {
    expect(all('The Prime Minister will visit Boston on 4 May, Washington on 5 May and Ottawa on 6 May. He returns to Tokyo on 7 May.', '2026-04-30', 'Tokyo').slice(1, -1)).toEqual(['Boston', 'Washington, D.C.', 'Ottawa']);
    expect(all('The Prime Minister will visit Boston, Washington, and Ottawa. He returns to Tokyo on 7 May.', '2026-04-30', 'Tokyo').slice(1, -1)).toEqual(['Boston', 'Washington, D.C.', 'Ottawa']);
  });

  it('gives the town its country ("Melbourne, Victoria" is Australia\'s, not Florida\'s)', () => {
    const stop = draft('The Prime Minister will visit Melbourne, Victoria, on 6 May. He returns to Tokyo on 7 May.', '2026-04-30', 'Tokyo').stops[1]!;
    expect(stop.name).toBe('Melbourne');
    expect(stop.coordinates[1]).toBeLessThan(-30);
  });
});

describe('order: two places reached on the same day', () => {
  it('puts first the place whose sentence of that day comes first, not the place named first ("after attending the summit in Cartagena … arrived in Quito at noon … flew on to Cartagena that evening")', () => {
    const text =
      'SANTIAGO, May 15 -- President Rojas returned to Santiago on Friday night after attending the summit in Cartagena and paying a state visit to Ecuador.\n\nRojas left Santiago by special plane on Wednesday morning and arrived in Quito at noon, where he held talks with the President of Ecuador.\n\nRojas flew on to Cartagena that evening. On Friday he spoke at the summit.';
    expect(all(text, '2026-05-15', 'Santiago')).toEqual(['Santiago', 'Quito', 'Cartagena', 'Santiago']);
  });
});
