/** A key given again in one object of a JSON text, which `JSON.parse` would read as the last one given only. */
export interface DuplicateKey {
  /** The key, unescaped. */
  key: string;
  /** Where it is given again: the 0-based offset of its opening quote. */
  offset: number;
  /** Where it was given first. */
  first: number;
  /** The path of the object, from the root: keys and array indexes. */
  path: (string | number)[];
}

/**
 * Where `JSON.parse` gave up, as a 0-based offset, or -1 when `text` is valid JSON.
 * V8 names the position in some messages only, so we find it ourselves with a scanner
 * that follows the JSON grammar (iteratively: deep nesting must not overflow the stack).
 */
export function jsonErrorOffset(text: string): number {
  return scan(text);
}

/** Every key given again in an object of `text` (valid JSON), in the order of the text. */
export function duplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  scan(text, found);
  return found;
}

/** The scanner: the offset of the first fault, or -1; with `found`, it also records every key given again. */
function scan(text: string, found?: DuplicateKey[]): number {
  const n = text.length;
  const stack: string[] = [];
  // For each open object or array: its member's key or index now, and (objects) where each key was first given.
  const at: (string | number)[] = [];
  const seen: Map<string, number>[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const digit = () => text[i] !== undefined && text[i]! >= '0' && text[i]! <= '9';
  const digits = () => {
    while (digit()) i++;
  };
  // Each returns false with i at the fault, where V8 reports it.
  const word = (w: string): boolean => {
    for (let k = 0; k < w.length; k++, i++) if (text[i] !== w[k]) return false;
    return true;
  };
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (digit()) digits();
    else return false;
    if (text[i] === '.') {
      i++;
      if (!digit()) return false;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digit()) return false;
      digits();
    }
    return true;
  };
  const string = (): boolean => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return i++, true;
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          // A bad \u escape is located at its first character that is not a hex digit, as V8 says.
          for (let k = 0; k < 4; k++) if (!/[0-9a-fA-F]/.test(text[++i] ?? '')) return false;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return false;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (text[i] === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
        if (top === '[') (at[at.length - 1] as number)++;
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        at.pop();
        seen.pop();
      } else return i;
    } else if (state === 'key') {
      const start = i;
      if (text[i] !== '"' || !string()) return i;
      if (found) {
        const raw = text.slice(start + 1, i - 1);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const level = stack.length - 1;
        const first = seen[level]!.get(key);
        if (first === undefined) seen[level]!.set(key, start);
        else found.push({ key, offset: start, first, path: at.slice(0, level) });
        at[level] = key;
      }
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
    } else {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          stack.push(c);
          at.push(0);
          seen.push(new Map());
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else if (c === 't' || c === 'f' || c === 'n') {
        if (!word(c === 't' ? 'true' : c === 'f' ? 'false' : 'null')) return i;
      } else if (!number()) return i;
      state = 'after';
    }
  }
}

/** 1-based line and column of an offset (columns count UTF-16 code units, as editors mostly do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** V8's message without the position or the snippet of input it appends. */
export function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
}
