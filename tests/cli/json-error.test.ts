import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, jsonErrorMessage, jsonErrorOffset, lineColumn, type DuplicateKey } from '../../src/cli/json-error';

const v8Position = (text: string): number | undefined => {
  try {
    JSON.parse(text);
  } catch (e) {
    const m = / at position (\d+)/.exec((e as Error).message);
    return m ? Number(m[1]) : undefined;
  }
  return undefined;
};
const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorOffset', () => {
  it('finds the offending character', () => {
    expect(jsonErrorOffset('{"a": }')).toBe(6);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a":"x\ny"}')).toBe(7);
    expect(jsonErrorOffset('{"a":1')).toBe(6);
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('"\\x"')).toBe(2);
    expect(jsonErrorOffset('"\\u12zz"')).toBe(5); // the first character of a \u escape that is not hex
    expect(jsonErrorOffset('"\\u \\t"')).toBe(3);
    expect(jsonErrorOffset('[1] x')).toBe(4);
  });

  it('says -1 exactly when JSON.parse succeeds', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(jsonErrorOffset(text)).toBe(-1);
    }));
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 2 }), (text, at, junk) => {
        const broken = text.slice(0, at % (text.length + 1)) + junk + text.slice(at % (text.length + 1));
        expect(jsonErrorOffset(broken) === -1).toBe(parses(broken));
        const v8 = v8Position(broken);
        if (v8 !== undefined) expect(jsonErrorOffset(broken)).toBe(v8);
      }),
      { numRuns: 500 },
    );
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
  });
});

/** A JSON text written member by member, so that an object may give a key more than once. */
type Tree = { members: [string, Tree][] } | { items: Tree[] } | { value: null | boolean | number | string };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ value: fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 3 })) }),
    // Few keys, so that they repeat; "\u00e9", "a b" and "__proto__" are no identifiers, and the last is special to objects.
    fc.record({ members: fc.array(fc.tuple(fc.constantFrom('id', 'a', 'name', 'é', 'a b', '__proto__', '"'), tie('tree')), { maxLength: 5 }) }),
    fc.record({ items: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
})).tree;

/**
 * `tree` as JSON text, with `space` between tokens and each key escaped as `\uXXXX` where
 * `escape` says (the same key, as JSON.parse reads it), and the keys given again by construction.
 */
function write(t: Tree, space: string[], escape: boolean[]): { text: string; expected: DuplicateKey[]; objects: { start: number; end: number; members: number; again: number }[] } {
  let text = '';
  let k = 0;
  const expected: DuplicateKey[] = [];
  const objects: { start: number; end: number; members: number; again: number }[] = [];
  const gap = () => (text += space[k++ % space.length]!);
  const go = (t: Tree, path: (string | number)[]) => {
    gap();
    if ('value' in t) text += JSON.stringify(t.value);
    else if ('items' in t) {
      text += '[';
      t.items.forEach((item, i) => {
        if (i) text += ',';
        go(item, [...path, i]);
      });
      gap();
      text += ']';
    } else {
      const start = text.length;
      const again = expected.length;
      text += '{';
      const first = new Map<string, number>();
      t.members.forEach(([key, value], i) => {
        if (i) text += ',';
        gap();
        const at = text.length;
        if (first.has(key)) expected.push({ key, offset: at, first: first.get(key)!, path });
        else first.set(key, at);
        text += escape[k % escape.length] ? `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(key);
        gap();
        text += ':';
        go(value, [...path, key]);
      });
      gap();
      text += '}';
      // The keys given again in this object alone: those found inside its values came after it started.
      objects.push({ start, end: text.length, members: t.members.length, again: expected.filter((d, i) => i >= again && d.path.length == path.length).length });
    }
  };
  go(t, []);
  gap();
  return { text, expected, objects };
}

describe('duplicateKeys', () => {
  it('finds a key given again, where it is, where it was first, and the path of its object', () => {
    expect(duplicateKeys('{"id":"x","stops":[{"id":"a"},{"id":"b","name":"B","id":"c"}],"id":"y"}')).toEqual([
      { key: 'id', offset: 51, first: 31, path: ['stops', 1] },
      { key: 'id', offset: 62, first: 1, path: [] },
    ]);
    // The same key, written two ways; a third time; and keys of other objects are no duplicates.
    expect(duplicateKeys('{"id":1,"\\u0069d":2,"i\\u0064":3}').map((d) => [d.offset, d.first])).toEqual([[8, 1], [20, 1]]);
    expect(duplicateKeys('[{"a":1},{"a":2,"b":{"a":3}}]')).toEqual([]);
    expect(duplicateKeys('{"a":[],"a":{}}')).toEqual([{ key: 'a', offset: 8, first: 1, path: [] }]);
  });

  it('finds every key given again, and none in JSON.stringify’s output, checked against JSON.parse', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(duplicateKeys(text)).toEqual([]);
    }));
    fc.assert(
      fc.property(tree, fc.array(fc.constantFrom('', ' ', '\n', '\t\r\n  '), { minLength: 1 }), fc.array(fc.boolean(), { minLength: 1 }), (t, space, escape) => {
        const { text, expected, objects } = write(t, space, escape);
        expect(duplicateKeys(text)).toEqual(expected);
        expect(jsonErrorOffset(text)).toBe(-1);
        // JSON.parse reads each object with one key fewer for each key given again there (the same
        // key however escaped, "__proto__" too), so those written again are those it loses.
        for (const o of objects) expect(Object.keys(JSON.parse(text.slice(o.start, o.end)) as object)).toHaveLength(o.members - o.again);
      }),
      { numRuns: 500 },
    );
  });

  it('does not overflow the stack on deep nesting', () => {
    const found = duplicateKeys('{"a":'.repeat(100_000) + '1,"a":2' + '}'.repeat(100_000));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(Array(99_999).fill('a'));
  });
});

describe('lineColumn and jsonErrorMessage', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });

  it("drops V8's position and input snippet from the message", () => {
    expect(jsonErrorMessage(new SyntaxError('Expected \',\' or \'}\' after property value in JSON at position 6'))).toBe(
      "Expected ',' or '}' after property value",
    );
    expect(jsonErrorMessage(new SyntaxError('Unexpected token \'}\', "{"a": }" is not valid JSON'))).toBe("Unexpected token '}'");
    expect(jsonErrorMessage(new SyntaxError('Unexpected token \' \', ..."  "b": tru }" is not valid JSON'))).toBe("Unexpected token ' '");
  });
});
