import type { Participant } from '../itinerary/types';
import type { Sentence } from './segment';

/** A capitalised word of an office's name, or one of the little words inside it ("Secretary for Transport and Logistics"). */
const WORD = String.raw`(?:[A-Z][\w'’-]*|of|for|and|the|on)`;
const TITLE = String.raw`(?:Mr|Ms|Mrs|Miss|Mx|Dr|Professor|Prof|Sir|Dame)\.?`;
/** "The Secretary for Transport and Logistics, Ms Lam Sai-hung, will leave …": the office, then the person between commas. */
const NAMED = new RegExp(String.raw`\b[Tt]he ([A-Z][\w'’-]*(?: ${WORD})*?), (${TITLE} [A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*),`);

/**
 * Who travels, as the opening sentences of an announcement name them: "The Commissioner for
 * Tourism, Mr Vivian Sum, departed for Osaka …" gives `{ name: 'Mr Vivian Sum', role:
 * 'Commissioner for Tourism', kind: 'person' }`. Only the body's first three sentences are read
 * (the headline is not: it names an office without the person), only this form, where the
 * text itself pairs the office and the person, and only as the subject that opens a sentence
 * (after "Yesterday", "On 3 May,"): "He will meet the President, Mr …" names a host. Otherwise `undefined`.
 *
 * @example
 * findTraveller([{ paragraph: 2, sentence: 1, text: 'The Secretary for Justice, Mr Paul Lam, will visit Beijing.' }]);
 * // { name: 'Mr Paul Lam', role: 'Secretary for Justice', kind: 'person' }
 */
export function findTraveller(sentences: readonly Pick<Sentence, 'text' | 'paragraph'>[]): Participant | undefined {
  const body = sentences.filter((s, i) => !(i === 0 && s.paragraph === 1 && sentences[1]?.paragraph !== 1)).slice(0, 3);
  for (const s of body) {
    const m = NAMED.exec(s.text);
    if (!m) continue;
    // "…, Mr Lei, and the Secretary …, Mr Cheong, will accompany him": those who go with the traveller.
    if (/^\s*(?:and\b|(?:\w+ ){0,2}accompan)/.test(s.text.slice(m.index + m[0].length))) continue;
    // The subject opens the sentence ("Yesterday the …", "On 3 May, the …"): one named later is met, not travelling.
    if (/^(?:[A-Z][a-z]+(?: \d{1,2}| \d{1,2} [A-Z][a-z]+| [A-Z][a-z]+ \d{1,2})?,? )?$/.test(s.text.slice(0, m.index))) return { name: m[2]!, role: m[1]!, kind: 'person' };
  }
  return undefined;
}
