// Announcements an outside tester wrote (round 16, t-outside21), with what a careful reader gets written before the
// extractor ran: the findings about places, people, meetings and warnings (§2, §5, §8–§12, §16, §17 of their report).
import { describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { at, back, from, missesWith } from './expected-stops';
import { useWorld } from './world';

const { draft, world } = useWorld();
const misses = missesWith(draft, 'outside21p');
const extract = (text: string, published: string, home: string) => extractWith(world.g, text, { published, home });

const T02 = [
      "Chief Executive to visit Portugal",
      "Chief Executive Ho Iat Seng will leave Macao tomorrow (April 19) for an official visit to Portugal, at the invitation of the Portuguese Government.",
      "The delegation will arrive in Lisbon on the evening of April 19. On April 20, Mr Ho will meet the President of the Portuguese Republic, Mr Marcelo Rebelo de Sousa, and on April 21 he will hold talks with the Prime Minister, Mr António Costa.",
      "On April 22 the delegation will travel by train to Porto, where Mr Ho will visit the University of Porto and meet members of the Macanese community.",
      "The Chief Executive will return to Macao on April 24. During his absence, the Secretary for Administration and Justice, Mr Cheong Weng Chon, will be Acting Chief Executive.",
    ].join('\n\n');
const T03 = [
      "President Lula to make state visit to China",
      "President Luiz Inácio Lula da Silva departs Brasília on Tuesday, 11 April, for a state visit to the People's Republic of China.",
      "The President will arrive in Shanghai on 12 April and, the following day, attend the inauguration of Dilma Rousseff as President of the New Development Bank.",
      "On 14 April, President Lula will fly to Beijing, where he will hold talks with President Xi Jinping at the Great Hall of the People.",
      "On his way home, the President will stop in Abu Dhabi on 15 April to meet the President of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, before returning to Brasília on 16 April.",
    ].join('\n\n');
const T05 = [
      "UAE President begins state visit to France",
      "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, will arrive in Paris on Monday, 18 July, for a state visit to France at the invitation of President Emmanuel Macron.",
      "On Monday evening, His Highness will attend a state dinner in his honour at the Palace of Versailles.",
      "On Tuesday, the two Presidents will hold talks at the Élysée Palace and witness the signing of a comprehensive strategic energy partnership.",
    ].join('\n\n');
const T09 = [
      "CE to lead delegation to Singapore and Malaysia",
      "The Chief Executive, Mr John Lee, will depart for Singapore tomorrow (July 23) to lead a delegation of Hong Kong officials and business people on a visit to Singapore and Malaysia, to deepen co-operation with ASEAN member states and tap opportunities in Southeast Asia.",
      "In Singapore, Mr Lee will call on the President, Madam Halimah Yacob, and meet the Prime Minister, Mr Lee Hsien Loong, on July 24.",
      "He will travel to Kuala Lumpur on July 26, where he will call on the Prime Minister of Malaysia, Dato' Seri Anwar Ibrahim, and meet the Minister of Investment, Trade and Industry, Tengku Datuk Seri Utama Zafrul Aziz.",
      "Mr Lee will return to Hong Kong on July 28. During his absence, the Chief Secretary for Administration, Mr Chan Kwok-ki, will be Acting Chief Executive.",
    ].join('\n\n');
const T10 = [
      "Chancellor to travel to South America",
      "Chancellor Olaf Scholz will travel to Argentina, Chile and Brazil from Saturday.",
      "He will begin in Buenos Aires, where he will meet President Alberto Fernández. On Sunday he will fly on to Santiago de Chile for talks with President Gabriel Boric, and on Monday to Brasília, where he will be received by President Luiz Inácio Lula da Silva.",
      "The Chancellor will be back in Berlin on Tuesday.",
    ].join('\n\n');
const T12 = [
      "Taoiseach to travel to the United States for St Patrick's Day",
      "The Taoiseach, Leo Varadkar, will travel to the United States on Sunday, 12 March, for the annual St Patrick's Day programme.",
      "He will spend Monday and Tuesday in Austin, Texas, where he will attend the South by Southwest festival and meet Irish entrepreneurs.",
      "On Wednesday he will fly to Washington, D.C. On Thursday, 16 March, he will attend the Speaker's lunch at the Capitol, and on Friday, 17 March, he will meet President Joe Biden at the White House for the shamrock ceremony.",
      "The Taoiseach will return to Dublin on Saturday.",
    ].join('\n\n');
const T04 = [
  "President Ramaphosa concludes working visit to West Africa",
  "President Cyril Ramaphosa returned to Pretoria on Wednesday, 8 December, after a three-nation working visit to West Africa.",
  "The President began his visit in Abuja, Nigeria, on 3 December, where he co-chaired the Bi-National Commission with President Muhammadu Buhari.",
  "On 5 December he travelled to Dakar, Senegal, and held talks with President Macky Sall.",
  "He concluded the tour in Accra, Ghana, on 6 and 7 December, where he met President Nana Akufo-Addo.",
].join('\n\n');
const T06 = [
  "Prime Minister Kishida to visit Egypt, Ghana, Kenya and Mozambique",
  "Prime Minister Kishida Fumio will visit Egypt, Ghana, Kenya and Mozambique from 29 April to 5 May.",
  "The Prime Minister will leave Tokyo on 29 April and arrive in Cairo. On 30 April he will hold a summit meeting with President Abdel Fattah El-Sisi and deliver a policy speech at the headquarters of the League of Arab States.",
  "On 1 May he will travel to Accra for talks with President Nana Akufo-Addo.",
  "From 2 to 3 May he will be in Nairobi, where he will meet President William Ruto, and on 4 May he will be in Maputo to meet President Filipe Nyusi.",
  "The Prime Minister will return to Tokyo on 5 May.",
].join('\n\n');
const T07 = [
  "Programme of the Prime Minister's visit to the United States of America and Egypt",
  "20 June: Depart New Delhi for New York.",
  "21 June: In New York, lead the International Day of Yoga celebration at United Nations Headquarters.",
  "22 June: Travel to Washington, D.C. Official welcome at the White House, followed by talks with President Joseph R. Biden. Address to a joint session of the US Congress. State dinner hosted by President Biden.",
  "23 June: Meeting with business leaders. Address to the Indian community at the Ronald Reagan Building.",
  "24 June: Depart Washington for Cairo. State visit to Egypt. Meeting with President Abdel Fattah El-Sisi.",
  "25 June: Visit to the Al-Hakim Mosque in Cairo. Return to New Delhi.",
].join('\n\n');
const X6 = "The Secretary for Security, Mr Tang Ping-keung, will depart for Macao tomorrow (January 8) via the Hong Kong-Zhuhai-Macao Bridge to attend a police cooperation meeting. He will return to Hong Kong on the same day.";
const X7 = "行政長官李家超明日（十二月十日）啟程前往北京述職，並將於十二月十一日與國家主席習近平會面。他將於十二月十四日返港。";

describe('announcements of an outside tester, round 16: people', () => {
  it('keeps a lowercase particle inside the traveller\'s name ("Luiz Inácio Lula da Silva departs …")', () => {
    expect(draft(T03, '2023-04-10', 'Brasília').traveller?.name).toBe('Luiz Inácio Lula da Silva');
  });

  it('reads the traveller from "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, will arrive …"', () => {
    const traveller = draft(T05, '2022-07-17', 'Abu Dhabi').traveller;
    expect(traveller?.name).toMatch(/Mohamed bin Zayed Al Nahyan$/);
    expect(traveller?.role).toBe('President of the United Arab Emirates');
  });
});

describe('announcements of an outside tester, round 16: warnings', () => {
  it('raises no warning for the traveller\'s surname ("Chief Executive Ho Iat Seng … Mr Ho will meet …")', () => {
    const warnings = extract(T02, '2023-04-18', 'Macao').warnings;
    expect(warnings.filter((w) => w.message.includes('"Ho"'))).toEqual([]);
  });

  it('makes a site the text places in a city visited ("Visit to the Al-Hakim Mosque in Cairo") a visit there, not a place to add', () => {
    const { itinerary, warnings } = extract(T07, '2023-06-19', 'New Delhi');
    expect(warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
    const cairo = itinerary.stops.find((s) => s.name === 'Cairo')!;
    expect(cairo.meetings.map((m) => [m.kind, m.title, m.date])).toContainEqual(['visit', 'Al-Hakim Mosque in Cairo', '2023-06-25']);
  });

  it('takes the town of the state the text writes after it ("Austin, Texas"; "Paris, Texas"), without a warning', () => {
    const austin = extract(T12, '2023-03-10', 'Dublin');
    expect(austin.warnings.filter((w) => w.code === 'ambiguous')).toEqual([]);
    expect(austin.itinerary.stops[1]!.name).toBe('Austin');
    expect(austin.itinerary.stops[1]!.coordinates[1]).toBeCloseTo(30.27, 0);
    const { itinerary, warnings } = extract('The Governor will travel to Paris, Texas, on 3 May and to Austin, Minnesota, on 4 May. She will return to Denver on 5 May.', '2023-05-01', 'Denver');
    expect(itinerary.stops.map((s) => [s.name, Math.round(s.coordinates[1])])).toEqual([['Denver', 40], ['Paris', 34], ['Austin', 44], ['Denver', 40]]);
    expect(warnings).toEqual([]);
  });

  it('raises no warning for the initial of "Washington, D.C."', () => {
    const warnings = extract(T12, '2023-03-10', 'Dublin').warnings;
    expect(warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
  });
});

describe('announcements of an outside tester, round 16: meetings', () => {
  it('keeps the name of what is co-chaired ("co-chaired the Bi-National Commission with President Muhammadu Buhari")', () => {
    const abuja = draft(T04, '2021-12-09', 'Pretoria').stops.find((s) => s.name === 'Abuja')!;
    expect(abuja.meetings.map((m) => [m.title, m.with.map((p) => p.name)])).toEqual([['Bi-National Commission with Muhammadu Buhari', ['Muhammadu Buhari']]]);
  });

  it('finds a speech with a word before it ("deliver a policy speech at the headquarters of the League of Arab States")', () => {
    const cairo = draft(T06, '2023-04-27', 'Tokyo').stops.find((s) => s.name === 'Cairo')!;
    expect(cairo.meetings.map((m) => [m.kind, m.title, m.date])).toContainEqual(['event', 'Policy speech at the headquarters of the League of Arab States', '2023-04-30']);
  });

  it('pairs an office set off by commas with its holder\'s long name ("the Minister of Investment, Trade and Industry, Tengku Datuk Seri Utama Zafrul Aziz")', () => {
    const kl = draft(T09, '2023-07-22', 'Hong Kong').stops.find((s) => s.name === 'Kuala Lumpur')!;
    const meeting = kl.meetings.find((m) => typeof m.title === 'string' && m.title.includes('Zafrul'))!;
    expect(meeting.title).toBe('Meeting with Tengku Datuk Seri Utama Zafrul Aziz');
    expect(meeting.with).toEqual([{ name: 'Tengku Datuk Seri Utama Zafrul Aziz', role: 'Minister of Investment, Trade and Industry', kind: 'person' }]);
  });
});

describe('announcements of an outside tester, round 16: modes and languages', () => {
  it('reads "via the Hong Kong-Zhuhai-Macao Bridge" as a road', () => {
    expect(draft(X6, '2025-01-07', 'Hong Kong').legs.map((l) => l.mode)).toEqual(['road', 'unknown']);
  });

  it('says that it reads English when a release in Chinese gives no place', () => {
    const { itinerary, warnings } = extract(X7, '2024-12-09', 'Hong Kong');
    expect(itinerary.stops).toEqual([]);
    expect(warnings.find((w) => w.code === 'no-places')?.message).toMatch(/reads announcements in English, and this text is mostly in another script/);
    // An English text with no place keeps the usual words.
    expect(extract('The Minister will stay at her desk all week.', '2024-12-09', 'Hong Kong').warnings.find((w) => w.code === 'no-places')?.message).toMatch(/^No visited place was found: check the text/);
  });
});

describe('announcements of an outside tester, round 16: places', () => {
  it('visits a place its travel verb is left out for ("fly on to Santiago …, and on Monday to Brasília"), with the meeting there', () => {
    expect(
      misses(T10, '2023-01-26', 'Berlin', [
        from('Berlin', '2023-01-28'),
        at('Buenos Aires', ['2023-01-28']),
        at('Santiago', ['2023-01-29'], 'flight'),
        at('Brasília', ['2023-01-30'], 'flight'),
        back('Berlin', '2023-01-31'),
      ]),
    ).toEqual([]);
    const brasilia = draft(T10, '2023-01-26', 'Berlin').stops.find((s) => s.name === 'Brasília')!;
    expect(brasilia.meetings.map((m) => m.title)).toEqual(['Meeting with Luiz Inácio Lula da Silva']);
  });
});
