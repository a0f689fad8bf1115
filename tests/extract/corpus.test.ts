// The honest evaluation: announcement-style texts written for this project from the facts
// of real visits, each with a hand-made expected itinerary, in two parts fixed by a seeded
// split (corpus/split.json): the tuning texts, and a held-out third that no rule was tuned
// on. Both parts' figures are printed; each part is held to the floors it honestly meets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractWith } from '../../src/extract/extract-itinerary';
import { loadGazetteer, type Gazetteer } from '../../src/extract/gazetteer';
import { readCorpus, report, score, totals, type Score } from './evaluate';
import { heldOut } from './split';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.join(here, 'corpus');
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

function run(dir: string): Score[] {
  return readCorpus(dir).map(({ name, text, expected }) => {
    const { itinerary } = extractWith(gazetteer, text, {
      ...(expected.published ? { published: expected.published } : {}),
      ...(expected.home ? { home: expected.home } : {}),
    });
    return score(name, expected, itinerary);
  });
}

describe('extraction over the corpus', () => {
  it('holds out the texts the seeded split names, and only those', () => {
    const split = JSON.parse(readFileSync(path.join(corpus, 'split.json'), 'utf8')) as { seed: number; heldout: number; pool: string[] };
    const names = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
    const held = names(path.join(corpus, 'heldout'));
    expect(held).toEqual(heldOut(split.pool, split.seed, split.heldout));
    const all = [...names(corpus), ...held];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(held.length * 3).toBeGreaterThanOrEqual(all.length);
  });

  it('tuning texts: finds ≥ 98.1% of the places (precision), ≥ 97.8% (recall), ≥ 96.4% of stated dates, ≥ 98.3% of stated modes and ≥ 90.8% of the meetings', () => {
    const scores = run(corpus);
    console.log(report('tuning', scores));
    const t = totals(scores);
    // Round 8 started from 96.3%, 92.8%, 87.0%, 86.8% and 76.7% on the 356 texts (round 7's held-out
    // texts joined them, corpus/README.md) and its tuning reached 96.3%, 93.1%, 89.3%, 87.7% and 77.0%; with
    // round 8's one tuning text (519) the 357 texts measure 96.3%, 93.1%, 89.2%, 87.6% and 76.9%. Round 14 (h-dates14:
    // the last stop's leaving day, and stated dates) measured 96.4%, 93.2%, 91.7%, 88.7% and 80.7%; h-meet14 (meetings
    // and modes) 96.4%, 93.2%, 91.7%, 89.2% and 84.5%; h-places15 (places) 96.6%, 94.4%, 92.6%, 90.4% and 85.2%
    // (1512/1565, 1512/1601, 1757/1897, 385/426, 1071/1257); with h-modes15 (the modes of travel sentences) merged,
    // 96.6%, 94.4%, 92.6%, 91.3% and 85.2% (389/426 modes); h-places16 (venue towns, places as background, the end of a
    // trip in the home country, states as regions) 97.2%, 96.1%, 94.1%, 93.4% and 86.7% (1538/1583, 1538/1601, 1786/1897,
    // 398/426, 1090/1257); h-dates16 (rules16.test.ts's announcements, then the tuning texts), alone 96.6%, 94.4%, 92.8%,
    // 92.0% and 85.3% (1761/1897 dates, 392/426 modes); both merged, 97.1%, 96.0%, 94.3%, 94.1% and 86.6% (1537/1583,
    // 1537/1601, 1788/1897, 401/426, 1089/1257); h-places17 (places17.test.ts's announcements, then the tuning
    // texts) 97.2% precision (1537/1581), the rest unchanged; with its order rule (two places reached on the same day),
    // 97.3%, 96.1%, 94.4%, 94.6% and 86.7% (1539/1581, 1539/1601, 1790/1897, 403/426, 1090/1257); h-dates17 (rules17.test.ts's
    // announcements, then the tuning texts) alone 97.3%, 96.2%, 94.6%, 94.6% and 87.0% (1540/1583, 1540/1601, 1794/1897,
    // 403/426, 1093/1257); both merged, 97.5%, 96.3%, 94.7%, 95.1% and 87.0% (1542/1581, 1542/1601, 1796/1897, 405/426, 1094/1257); h-dates18 (rules18.test.ts's
    // announcements, then the tuning texts) left every figure as it was; h-places18 merged (places18.test.ts's announcements;
    // every tuning text's misses compared with main's) one meeting more, 87.1% (1095/1257); h-places19 (places19.test.ts's
    // announcements, then the tuning part's misses by cause: a surname alone, offices in a list, "received on Saturday, April 1,
    // by", a pope's or a monarch's style) 88.4% (1111/1257), the rest unchanged.
    // h-dates19 (rules19.test.ts's announcements, then the tuning texts' date misses by cause) one date more, 94.7% (1797/1897).
    // Both merged: see the corpus README's last rows. h-modes20 (places20.test.ts's announcements, then the tuning part's mode
    // misses by cause: "took off for" the home, travel "to the capital", an airport landed at as its city) 97.6%, 96.4%, 94.8%,
    // 96.2% and 88.5% (1543/1581, 1543/1601, 1798/1897, 410/426, 1113/1257). h-modes21 (modes21.test.ts's announcements:
    // travel and mode words, tables set apart by tabs, the way told after a delegation's visit, "after flying in from", an act
    // done with a titled person as a meeting, "reported to President X") 97.7%, 96.4%, 94.9%, 96.5% and 88.9% (1543/1580,
    // 1543/1601, 1800/1897, 411/426, 1118/1257). h-hk21 (hk21.test.ts's announcements of Hong Kong's, Macao's and the
    // Mainland's officials, then the tuning part) two dates more on its own, 94.9% (1800/1897).
    // h-places21 (places21.test.ts's announcements, then the tuning part: "St. John's" found) 97.7%, 96.4%, 94.8%, 96.2% and 88.9% (1544/1581, 1544/1601, 1799/1897, 410/426,
    // 1118/1257); with seats of government as their cities, 89.1% of the meetings (1120/1257).
    // h-outd21 (an outside tester's texts in outside21d.test.ts: days, order, departures and modes) 97.7%, 96.4%, 94.8%, 96.5% and 88.6% (1544/1580, 1544/1601,
    // 1799/1897, 411/426, 1114/1257): one stop, one date and one mode more (107's Rzeszów).
    // The five merged (with h-outp21, which moved no figure): 97.7%, 96.5%, 95.0%, 96.7% and 89.4% (1545/1581, 1545/1601,
    // 1802/1897, 412/426, 1124/1257). h-order22 (order22.test.ts's announcements: the stop a trip "began" at comes first, a
    // place come from comes before the stop left for) 98.0%, 96.8%, 95.4%, 96.7% and 89.7% (1550/1581, 1550/1601, 1809/1897,
    // 412/426, 1127/1257); with each country of a sentence spanned by its own days, 98.1%, 96.9%, 95.5%, 96.7% and 89.7%
    // (1551/1581, 1551/1601, 1812/1897, 412/426, 1128/1257).
    // h-gaz22 (places no gazetteer here had: Brodowin, Dettah, Lulworth, Aitutaki, the Col du Tourmalet, Ballina, Iruma,
    // Ocean View, Belleau, Tillia, Mina Abdullah and Isurava in places.json; "Al Ain" for "Al Ain City"; "Mocímboa da Praia"
    // whole) 97.7%, 97.4%, 95.6%, 97.7% and 89.5% (1559/1595, 1559/1601, 1814/1897, 416/426, 1125/1257).
    // Both merged: 98.1%, 97.8%, 96.2%, 97.7% and 89.8% (1565/1595, 1565/1601, 1824/1897, 416/426, 1129/1257). The floors sit
    // under those figures. h-dates23 (dates23.test.ts's announcements: China named as a country, a country's span opening its
    // first stop, a readout's dated heading, "later on Wednesday", a trip wrapped up in a country, "co-chair") 98.2%, 97.8%,
    // 96.3%, 97.7% and 89.9% (1565/1594, 1565/1601, 1826/1897, 416/426, 1130/1257).
    // h-outp23 (outside23p.test.ts's announcements: a group "living in" a place named whole, and more) alone one meeting more,
    // 89.9% (1130/1257), every other figure as it was and no tuning text missing anything more.
    // Both merged: 98.2%, 97.8%, 96.3%, 97.7% and 90.0% (1565/1594, 1565/1601, 1826/1897, 416/426, 1131/1257).
    // h-dates23's first rule ("China" as the country) was then taken back, as it cost the held-out part an extra stop; without
    // it, 98.1%, 97.8%, 96.2%, 97.7% and 89.9% (1565/1595, 1565/1601, 1824/1897, 416/426, 1130/1257), so the dates and
    // meetings floors that rule had raised are back at 0.961 and 0.898. With h-places23 and h-modes23 merged, the same.
    // h-meet23 (meet23.test.ts's rules; "talks between X and President Y", "a meeting and working lunch with" read three more
    // tuning meetings, no tuning text missing anything more): 89.9% → 90.1% (1133/1257), so the meetings floor is 0.901.
    // h-modes24 (modes24.test.ts's rules; "will travel aboard the presidential aircraft from the … Airport" of the home, a
    // sentence after the departure's, states the first leg: tuning text 210, no tuning text missing anything more): modes
    // 97.7% → 97.9% (417/426), so the modes floor is 0.978.
    // h-meet24 (meet24.test.ts's rules; an office of two bodies "and of the …" read Xia Baolong in one more tuning text, no
    // tuning text missing anything more): 90.1% → 90.2% (1134/1257); then meetings on the sidelines, briefings, events attended
    // together with someone and dialogues with a chairman read seven more: 90.8% (1141/1257); a host who "briefed them" one
    // more: 90.9% (1142/1257), so the meetings floor is 0.908.
    // h-modes24b (modes24b.test.ts's rules; travel "in from" the stop before, "He had flown in from Singapore late Wednesday",
    // states that leg: tuning text 283, no tuning text missing anything more): modes 97.9% → 98.1% (418/426), so the modes
    // floor is 0.98.
    // h-places25 (places25.test.ts's announcements; a programme heading of a day and its place alone, "Friday 21 March, Tapa.",
    // and Tapa in the gazetteer read tuning text 326 whole, no tuning text missing anything more): recall 97.8% → 97.9%
    // (1567/1601), stated dates 96.2% → 96.4% (1828/1897), stated modes 98.1% → 98.4% (419/426), so those floors are 0.978,
    // 0.963 and 0.983.
    expect(t.precision).toBeGreaterThanOrEqual(0.981);
    expect(t.recall).toBeGreaterThanOrEqual(0.978);
    // h-dates25 (dates25.test.ts's rules; the day of a return is the latest written after the return's word, tuning text 337):
    // dates 96.2% → 96.3% (1826/1897), so the dates floor is 0.962; h-places25 raised it to 0.963 (above). With the round
    // merged (h-prec25's and h-places25's gains together), 96.4% (1829/1897): the floor is 0.964.
    expect(t.dates).toBeGreaterThanOrEqual(0.964);
    expect(t.modes).toBeGreaterThanOrEqual(0.983);
    expect(t.meetings).toBeGreaterThanOrEqual(0.908);
  });

  it('held-out texts: reports the figures, held to floors under those measured', () => {
    const scores = run(path.join(corpus, 'heldout'));
    console.log(report('held-out', scores, { misses: process.env.VISITMAP_HELDOUT_MISSES === '1' }));
    const t = totals(scores);
    // Round 8's run after its tuning missed every goal of issue 17 (places ≥ 0.95, stated dates ≥ 0.95,
    // stated modes ≥ 0.9) a sixth time: it measured 91.7%, 88.1%, 76.2%, 77.7% and 69.0% on 179 texts
    // (corpus/README.md lists the misses by kind). The stop after it (h-dates13, h-meet13, tuned on the
    // tuning part only) measured 91.7%, 88.1%, 77.6%, 78.2% and 71.8%; after h-dates14 (the last stop's leaving day,
    // tuned on the tuning part only), 91.7%, 88.1%, 78.6%, 78.2% and 71.8%; after h-meet14 (meetings and modes, tuned on
    // the tuning part only), 91.7%, 88.1%, 78.6%, 78.8% and 73.7%; after h-places15 (places, tuned on the tuning part
    // only), 91.6%, 88.8%, 79.5%, 78.8% and 74.6%; with h-modes15 (dates and modes, tuned on the tuning part and on
    // texts written for rules15.test.ts) merged, 91.6%, 88.8%, 79.5%, 79.3% and 74.6%; after h-places16 (places, tuned
    // on the tuning part only), 91.9%, 89.5%, 80.2%, 79.8% and 74.6% (714/777, 714/798, 809/1009, 154/193, 484/649); with
    // h-dates16 merged, 91.9%, 89.5%, 80.5%, 79.8% and 74.6%; after h-places17 (places, tuned on announcements written for
    // places17.test.ts and the tuning part only), 92.4%, 89.8%, 81.3%, 80.3% and 74.9% (717/776, 717/798, 820/1009,
    // 155/193, 486/649); with its order rule, 92.3%, 89.7%, 81.1%, 80.3% and 74.6% (716/776, 716/798, 818/1009, 155/193,
    // 484/649); with h-dates17 (dates and modes, tuned on texts written for rules17.test.ts and the tuning part only)
    // merged, the same; after h-dates18 (dates and modes, tuned on texts written for rules18.test.ts and the tuning part only),
    // 92.3%, 89.7%, 81.1%, 80.8% and 74.6% (716/776, 716/798, 818/1009, 156/193, 484/649); with h-places18 (places and
    // meetings, tuned on announcements written for places18.test.ts, the tuning part only checked not to fall) merged, 92.4%,
    // 89.7%, 81.3%, 80.8% and 74.7% (716/775, 716/798, 820/1009, 156/193, 485/649); after h-places19 (places and meetings,
    // tuned on announcements written for places19.test.ts and on the tuning part's misses), meetings 75.7% (491/649), the rest
    // unchanged; after round 20 (h-modes20, h-dates20 and an outside tester's texts: announcements written for places20,
    // rules20 and outside20.test.ts and the tuning part; held-out figures not shown to the helpers, measured once at the merge),
    // 92.5%, 89.7%, 81.6%, 81.3% and 75.8% (716/774, 716/798, 823/1009, 157/193, 492/649); after round 21 (h-dates21,
    // h-places21, h-modes21, h-hk21 and an outside tester's texts through h-outd21 and h-outp21: announcements written for
    // rules21, places21, modes21, hk21, outside21d and outside21p.test.ts and the tuning part; figures not shown to the
    // helpers, measured once at the merge; h-outd21 saw this test's pass or fail once and narrowed a rule by it),
    // 92.6%, 90.7%, 83.8%, 82.9% and 77.8% (724/782, 724/798, 846/1009, 160/193, 505/649); with the round's second batch
    // (h-order22: a trip's first stop where it "began", a place come from; h-gaz22: towns no gazetteer had; both tuned on the
    // tuning part and texts of their own) merged, measured once more, 92.6%, 90.9%, 84.0%, 82.9% and 77.8% (725/783, 725/798,
    // 848/1009, 160/193, 505/649). Round 23 (the seventeenth outside round: h-dates23, h-days23, h-places23, h-prec23,
    // h-modes23, an outside tester's texts through h-outd23 and h-outp23, then h-meet23 and h-left23; tuned on texts of their
    // own and the tuning part, figures not shown to the helpers): this floor check failed at the merge of h-dates23, 725/784
    // places (92.47%); the lead measured its commits and found its first rule ("China" read as the country) added one extra
    // stop and gained nothing here, tried a narrower form once (the same extra stop), and took the rule back (725/783, 849/1009,
    // 161/193). After the first batch, measured once: 92.5%, 91.5%, 84.7%, 83.4% and 78.3% (730/789, 730/798, 855/1009, 161/193,
    // 508/649); after the second (h-meet23, h-left23) and the extract page's meeting move, once more: 92.6%, 91.5%, 84.7%,
    // 83.4% and 78.6% (730/788, 730/798, 855/1009, 161/193, 510/649), and the same after a review's four fixes. Round 24 (the eighteenth outside round: h-dates24, h-days24,
    // h-places24, h-prec24, h-modes24, h-meet24, h-wire24, h-tidy24 and an outside tester's texts through h-out24; tuned on
    // texts of their own and the tuning part, figures not shown to the helpers): after the first batch, measured once, 92.9%,
    // 92.0%, 84.9%, 83.4% and 79.0% (734/790, 734/798, 857/1009, 161/193, 513/649); after the second (h-modes24b, h-leftd24,
    // h-leftm24, and h-fixa24, h-fixb24 and h-fixc24 mending seventeen misfires a review found), once more: the same but
    // meetings, 79.5% (516/649). Round 25 (the nineteenth outside round: h-dates25, h-days25, h-places25, h-prec25, h-modes25,
    // h-perf25, h-tidy25, an outside tester's texts through h-out25, then h-week25, h-page25 and h-fixa25, h-fixb25 and h-fixc25
    // mending fourteen misfires and an exponential pattern a review found; tuned on texts of their own and the tuning part,
    // figures not shown to the helpers): after the first batch, measured once, 93.2%, 92.4%, 85.7%, 83.9% and 80.0% (737/791,
    // 737/798, 865/1009, 162/193, 519/649); after the second, once more, the same. The floors sit under those figures, to catch
    // a regression, not to claim a goal.
    expect(t.precision).toBeGreaterThanOrEqual(0.931);
    expect(t.recall).toBeGreaterThanOrEqual(0.923);
    expect(t.dates).toBeGreaterThanOrEqual(0.857);
    expect(t.modes).toBeGreaterThanOrEqual(0.839);
    expect(t.meetings).toBeGreaterThanOrEqual(0.799);
  });
});
