import type { Participant } from '../itinerary/types';
import { NAME_PARTICLE, ROLE_WORDS } from './find-meetings';
import type { Sentence } from './segment';
import { AGENCY_LINE, DATELINE } from './sentences';

/** A capitalised word of an office's name, or one of the little words inside it ("Secretary for Transport and Logistics"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|and|the|on)`;
const TITLE = String.raw`(?:Mr|Ms|Mrs|Miss|Mx|Dr|Professor|Prof|Sir|Dame)\.?`;
/** A word of a person's name, in any script's letters ("Rinkēvičs", "Braže"), or an initial ("G."). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\.?`;
/** The next word of a name: after a space or hyphen, or after particles. */
const MORE = String.raw`(?:[ -]${NAME}|(?: ${NAME_PARTICLE})+ ${NAME})`;
/** A person: a title and a name, or a name of two words or more. */
const PERSON = String.raw`(?:${TITLE} ${NAME}${MORE}*|${NAME}${MORE}+)`;
/** "The Secretary for Transport and Logistics, Ms Lam Sai-hung, will leave …": the office, then the person between commas. */
const NAMED = new RegExp(String.raw`\b[Tt]he (\p{Lu}[\p{L}\p{M}'’-]*(?: ${WORD})*?), (${PERSON}),`, 'u');
/** "His Excellency Dr Hage G. Geingob, President of the Republic of Namibia, departed …": the person, then the office. */
const NAMED_FIRST = new RegExp(String.raw`^(${PERSON}), (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*(?: ${WORD})*?), \p{Ll}`, 'u');
/** A word of a name, whole. */
const NAME_WORD = new RegExp(`^${NAME}$`, 'u');
/** A particle of a name, whole. */
const PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`);
/** A style before a name, which the name does without ("His Excellency"), and an article after it ("His Highness the Amir …"). */
const STYLE = /^(?:His|Her) (?:Excellency|Majesty|Royal Highness|Highness) (?:the (?=\p{Lu}))?/u;
/** "Prime Minister Sheikh Hasina", "the Amir Sheikh Tamim bin Hamad Al Thani": a title that is the first word of the name it opens. */
const NAME_TITLE = /^Sheikha?$/;
/** "Prime Minister Shri Narendra Modi": a word of respect before a name, which the name does without. */
const RESPECT = /^(?:Shri|Sri|Shrimati|Smt\.?)$/;
/** What may come before the subject after the dateline (`DATELINE`): a day ("Yesterday", "On 3 May,"), or "The" after it (`lead(',? ')`). */
const lead = (after: string) => String.raw`^(?:[A-Z][a-z]+(?: \d{1,2}| \d{1,2} [A-Z][a-z]+| [A-Z][a-z]+ \d{1,2})?${after})?`;
/** All that comes between the dateline and "The Secretary …, Ms …,". */
const BEFORE_NAMED = new RegExp(`${lead(',? ')}$`);
/** What comes between the dateline and a subject of its own words (a day only with its comma: "Prime Minister" is no day). */
const BEFORE_SUBJECT = new RegExp(lead(', '));

/**
 * Who travels, as the opening sentences of an announcement name them: "The Commissioner for
 * Tourism, Mr Vivian Sum, departed for Osaka …" gives `{ name: 'Mr Vivian Sum', role:
 * 'Commissioner for Tourism', kind: 'person' }`. Only the body's first three sentences are read
 * (the headline is not: it names an office without the person; a first paragraph of one sentence
 * that ends with a full stop is body, not headline), only this form, where the
 * text itself pairs the office and the person, and only as the subject that opens a sentence
 * (after "Yesterday", "On 3 May,"): "He will meet the President, Mr …" names a host. Otherwise `undefined`.
 *
 * @example
 * findTraveller([{ paragraph: 2, sentence: 1, text: 'The Secretary for Justice, Mr Paul Lam, will visit Beijing.' }]);
 * // { name: 'Mr Paul Lam', role: 'Secretary for Justice', kind: 'person' }
 */
export function findTraveller(sentences: readonly Pick<Sentence, 'text' | 'paragraph'>[]): Participant | undefined {
  // A first paragraph of one sentence is the headline, unless it ends as a sentence does (a text of one sentence, a lead alone).
  // "Mexico City, June 13, 2019. Secretaría de Relaciones Exteriores. Communiqué 245.": a heading's lines, with no word of three
  // letters or more in small letters, count for none of the three.
  const body = sentences.filter((s, i) => !(i === 0 && s.paragraph === 1 && sentences[1]?.paragraph !== 1 && !/[.!?]['"”’)]*\s*$/.test(s.text)) && /(?:^|\s)\p{Ll}{3}/u.test(s.text)).slice(0, 3);
  const person = (name: string, role: string): Participant => ({ name, role, kind: 'person' });
  for (const s of body) {
    // "Riga, 18 July 2023 – The President …": the sentence after its dateline, as `readSentences` reads dates.
    // "NEW DELHI, July 10 (Reuters) - Prime Minister …": an agency's dateline too.
    const text = s.text.slice(DATELINE.exec(s.text)?.[0].length ?? AGENCY_LINE.exec(s.text)?.[0].length ?? 0).replace(/^[–—-]*\s*/, '');
    const m = NAMED.exec(text);
    // "…, Mr Lei, and the Secretary …, Mr Cheong, will accompany him": those who go with the traveller.
    const goesAlong = m && /^\s*(?:and\b|(?:\w+ ){0,2}accompan)/.test(text.slice(m.index + m[0].length));
    // The subject opens the sentence, after its lead: one named later is met, not travelling.
    if (m && !goesAlong && BEFORE_NAMED.test(text.slice(0, m.index))) return person(m[2]!, m[1]!);
    // "His Highness the Amir Sheikh Tamim …": the style, and the article after it.
    const subject = text.slice(BEFORE_SUBJECT.exec(text)![0].length).replace(STYLE, '');
    const first = NAMED_FIRST.exec(subject);
    if (first && ROLE_WORDS.test(first[2]!.split(' ')[0]!)) return person(first[1]!, first[2]!);
    const opener = officeThenName(subject, false);
    if (opener) return opener;
    // "Foreign Ministry Spokesperson Lin Jian announced: At the invitation of President Macron …, President Xi Jinping will pay …":
    // past the one who announces and the hosts who invite, the clause whose subject travels.
    if (ANNOUNCED.test(subject) || INVITED.test(subject))
      for (const m of subject.matchAll(/[,:] /g)) {
        const found = officeThenName(subject.slice(m.index + 2), true);
        if (found) return found;
      }
  }
  return undefined;
}

/** "announced:", "said": the verb of one who tells of the visit, who is not the traveller. */
const ANNOUNCING = /^(?:announced|said|says|stated|told|confirmed|added)\b/;
/** A subject that announces ("Foreign Ministry Spokesperson Lin Jian announced:"). */
const ANNOUNCED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,8}(?:announced|said|stated|confirmed)\b/u;
/** "At the invitation of President Macron, …": a clause of hosts before the subject. */
const INVITED = /^(?:At|On|Upon)\s+the\s+invitation\s+of\b/;
/** "Chinese Premier Li Keqiang", "Japanese Prime Minister …": a nationality's word before the office, no part of it. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;
/** Words after a name that carry no verb: the name is one of a list or a phrase ("President Vučić of the Republic of Serbia and …"). */
const NO_VERB = /^(?:of|and|or|in|at|to|with|from|for|on)$/;

/**
 * "Prime Minister Robert Golob returned …", "Secretary of State Antony J. Blinken will travel …", "Chinese Premier Li Keqiang will
 * pay …": an office's words (a nationality before them left out), then a name of two words or more, then the verb. `inClause`: a
 * subject found after a comma, where a word that is no verb ("of", "and") after the name means no subject.
 */
function officeThenName(subject: string, inClause: boolean): Participant | undefined {
  const words = subject.split(' ');
  const from = DEMONYM.test(words[0] ?? '') && !ROLE_WORDS.test(words[0]!) && ROLE_WORDS.test(words[1] ?? '') ? 1 : 0;
  let k = from;
  // "Secretary of State", "Secretary for Defense": a little word inside the office, before another of its words.
  while (k < words.length && (ROLE_WORDS.test(words[k]!) || (k > from && /^(?:of|for)$/.test(words[k]!) && ROLE_WORDS.test(words[k + 1] ?? '')))) k++;
  let n = k;
  // "Luiz Inácio Lula da Silva": particles are let in between words of the name.
  for (let p = n; p < words.length; n = p) {
    while (p > k && PARTICLE_WORD.test(words[p] ?? '')) p++;
    if (!NAME_WORD.test(words[p] ?? '')) break;
    p++;
  }
  const next = words[n] ?? '';
  // "Prime Minister Sheikh Hasina": a title that opens the name (after an office's word) is the name's first word.
  const title = k - from > 1 && NAME_TITLE.test(words[k - 1]!) ? 1 : 0;
  if (k === from || n - k + title < 2 || !/^\p{Ll}/u.test(next) || ANNOUNCING.test(next) || (inClause && NO_VERB.test(next))) return undefined;
  const respect = n - k > 2 && RESPECT.test(words[k]!) ? 1 : 0;
  return { name: words.slice(k - title + respect, n).join(' '), role: words.slice(from, k - title).join(' '), kind: 'person' };
}

