/**
 * Ids → where each was first seen, for the uniqueness rules and the legs' stop look-ups.
 *
 * An open-addressing table of indexes rather than a `Map`: at 100,000 stops a `Map` growing
 * one entry at a time was the parser's hottest function in a CPU profile (about 200 ms a
 * parse on a loaded machine), while this table is sized once from the length of the list
 * and took about 50 ms.
 */
export class IdTable<T> {
  /** Index into `ids`/`values` + 1 per slot; 0 is empty. Always at most half full. */
  private slots: Int32Array;
  /** The ids, in the order they were first stored. */
  readonly ids: string[] = [];
  private readonly values: T[] = [];

  /** @param expected How many ids to make room for at first (default 8; it grows when needed). */
  constructor(expected = 8) {
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(8, expected * 2))));
  }

  get size(): number {
    return this.ids.length;
  }

  /** The value stored for `id`, if any. */
  get(id: string): T | undefined {
    const k = this.ids;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = hash(id) & mask; ; s = (s + 1) & mask) {
      const j = slots[s]!;
      if (!j) return undefined;
      if (k[j - 1] === id) return this.values[j - 1];
    }
  }

  /** The value first stored for `id`; when there is none, stores `value` and returns `undefined`. */
  first(id: string, value: T): T | undefined {
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = hash(id) & mask;
    for (let j = slots[s]!; j; j = slots[(s = (s + 1) & mask)]!) if (this.ids[j - 1] === id) return this.values[j - 1];
    slots[s] = this.ids.push(id);
    this.values.push(value);
    if (this.ids.length * 2 > slots.length) this.grow();
    return undefined;
  }

  private grow(): void {
    const slots = (this.slots = new Int32Array(this.slots.length * 2));
    const mask = slots.length - 1;
    this.ids.forEach((id, i) => {
      let s = hash(id) & mask;
      while (slots[s]) s = (s + 1) & mask;
      slots[s] = i + 1;
    });
  }
}

/** FNV-1a over UTF-16 code units, high bits folded in: cheap, and spreads ids like `s1`, `s2`, … well. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x1000193);
  // The table keeps the low bits, which alone see only the low bits of each character.
  return h ^ (h >>> 16);
}
