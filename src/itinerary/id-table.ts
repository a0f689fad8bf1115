/**
 * Ids → where each was first seen, for the uniqueness rules and the legs' stop look-ups.
 *
 * An open-addressing table of indexes rather than a `Map`: at 100,000 stops a `Map` growing
 * one entry at a time was the parser's hottest function in a CPU profile (about 200 ms a
 * parse on a loaded machine), while this table is sized once from the length of the list
 * and took about 50 ms. Each slot keeps the id's hash beside its index, so a probe reads
 * one place in memory and compares two ids only when their hashes agree (comparing the ids
 * themselves meant a cache miss on a string somewhere in the heap at every probe).
 */
export class IdTable<T> {
  /** Per slot, the index into `keys`/`values` + 1 (0: empty), then the id's hash. Always at most half full. */
  private slots: Int32Array;
  /** The ids and their values in the order they were first stored, in lists made `expected` long at once (growing them one id at a time cost more than the look-ups). */
  private readonly keys: string[];
  private readonly values: T[];
  /** How many ids are stored. */
  size = 0;

  /** @param expected How many ids to make room for at first (default 8; it grows when needed). */
  constructor(expected = 8) {
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(8, expected * 2))) * 2);
    this.keys = new Array(expected);
    this.values = new Array(expected);
  }

  /** The ids, in the order they were first stored. */
  get ids(): string[] {
    return this.keys.slice(0, this.size);
  }

  /** The value stored for `id`, if any. */
  get(id: string): T | undefined {
    const s = this.find(id, hash(id));
    const j = this.slots[s]!;
    return j ? this.values[j - 1] : undefined;
  }

  /** The value first stored for `id`; when there is none, stores `value` and returns `undefined`. */
  first(id: string, value: T): T | undefined {
    const h = hash(id);
    const s = this.find(id, h);
    const slots = this.slots;
    const j = slots[s]!;
    if (j) return this.values[j - 1];
    const n = this.size++;
    this.keys[n] = id;
    this.values[n] = value;
    slots[s] = n + 1;
    slots[s + 1] = h;
    if (this.size * 4 > slots.length) this.grow();
    return undefined;
  }

  /** The slot (its offset in `slots`) holding `id`, whose hash is `h`, or the empty one where it would go. */
  private find(id: string, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    let s = (h << 1) & mask;
    for (let j = slots[s]!; j && (slots[s + 1] !== h || this.keys[j - 1] !== id); j = slots[s]!) s = (s + 2) & mask;
    return s;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = slots.length - 2;
    for (let o = 0; o < old.length; o += 2) {
      if (!old[o]) continue;
      let s = (old[o + 1]! << 1) & mask;
      while (slots[s]) s = (s + 2) & mask;
      slots[s] = old[o]!;
      slots[s + 1] = old[o + 1]!;
    }
  }
}

/** FNV-1a over UTF-16 code units, high bits folded in: cheap, and spreads ids like `s1`, `s2`, … well. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x1000193);
  // The table keeps the low bits, which alone see only the low bits of each character.
  return h ^ (h >>> 16);
}
