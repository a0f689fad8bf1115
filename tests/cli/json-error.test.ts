import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorMessage, jsonErrorOffset, lineColumn } from '../../src/cli/json-error';

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
