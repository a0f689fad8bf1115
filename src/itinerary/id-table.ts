/**
 * Ids → where each was first seen, for the uniqueness rules and the legs' stop look-ups.
 *
 * An open-addressing table of indexes rather than a `Map`: at 100,000 stops a `Map` growing
 * one entry at a time was the parser's hottest function in a CPU profile (about 200 ms a
 * parse on a loaded machine), while this table is sized once from the length of the list
 * and took about 50 ms. Each slot keeps, in one 32-bit number, the id's index and the bits of
 * its hash that do not choose the slot, so a probe reads one place in memory and compares two
 * ids only when those bits agree (comparing the ids themselves meant a cache miss on a string
 * somewhere in the heap at every probe). One number a slot rather than two halves the table
 * (1 MiB at 100,000 ids), and numbered ids fill it in runs (see `find`).
 */
export class IdTable<T> {
  /** Per slot, 0 when empty, else the index into `keys`/`values` + 1 in the bits under the mask (the slot count − 1), the id's hash in the bits above. Always at most half full. */
  private slots: Int32Array;
  /** The ids and their values in the order they were first stored, in lists made `expected` long at once (growing them one id at a time cost more than the look-ups). */
  private readonly keys: string[];
  private readonly values: T[];
  /** How many ids are stored. */
  size = 0;
  /** The hash of the id that `find` looked for last. */
  private h = 0;

  /** @param expected How many ids to make room for at first (default 8; it grows when needed). */
  constructor(expected = 8) {
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(8, expected * 2))));
    this.keys = new Array(expected);
    this.values = new Array(expected);
  }

  /** The ids, in the order they were first stored. */
  get ids(): string[] {
    return this.keys.slice(0, this.size);
  }

  /** The value stored for `id`, if any. */
  get(id: string): T | undefined {
    const slots = this.slots;
    const j = slots[this.find(id)]! & (slots.length - 1);
    return j ? this.values[j - 1] : undefined;
  }

  /** The value first stored for `id`; when there is none, stores `value` and returns `undefined`. */
  first(id: string, value: T): T | undefined {
    const s = this.find(id);
    const h = this.h;
    const slots = this.slots;
    const j = slots[s]! & (slots.length - 1);
    if (j) return this.values[j - 1];
    this.keys[this.size] = id;
    this.values[this.size] = value;
    // At most half full, so the index + 1 fits under the mask.
    slots[s] = (h & -slots.length) | ++this.size;
    if (this.size * 2 > slots.length) {
      // Twice the slots, and each id again in its order (the table keeps only part of each hash).
      const n = this.size;
      this.slots = new Int32Array(slots.length * 2);
      this.size = 0;
      for (let i = 0; i < n; i++) this.first(this.keys[i]!, this.values[i]!);
    }
    return undefined;
  }

  /**
   * The slot holding `id`, or the empty one where it would go; sets `h` to the id's hash
   * (FNV-1a over UTF-16 code units, high bits folded in). Ids that differ only in a number at
   * their end (`s1`, `s2`, …, as generated trips number their stops) start at neighbouring
   * slots: the hash of what comes before the number, plus the number. So a long trip's ids
   * fill the table in runs, and a look-up reads memory the last one read, where a random slot
   * per id was a cache miss per stop (at 100,000 stops, a fifth of a city walk's checks).
   * Another id at an occupied slot steps on by a stride from its own hash (odd, so every slot
   * is reached), not to the next slot: two runs that overlap do not pile up.
   */
  private find(id: string): number {
    let h = 0x811c9dc5;
    let p = h;
    let n = 0;
    for (let i = 0; i < id.length; i++) {
      const d = id.charCodeAt(i) - 48;
      h = Math.imul(h ^ (d + 48), 0x1000193);
      if (d >= 0 && d <= 9) n = (n * 10 + d) | 0;
      else {
        n = 0;
        p = h;
      }
    }
    // The table keeps the low bits, which alone see only the low bits of each character.
    this.h = h ^= h >>> 16;
    const slots = this.slots;
    const mask = slots.length - 1;
    let s = ((p ^ (p >>> 16)) + n) & mask;
    for (let x = slots[s]!; x && ((x ^ h) & ~mask || this.keys[(x & mask) - 1] !== id); x = slots[s]!) s = (s + (h >>> 7) * 2 + 1) & mask;
    return s;
  }
}
