/**
 * Where a JSON text goes wrong, as line and column, with what was expected there.
 *
 * `JSON.parse` says it differently in every engine (Node 20 gives a position for some
 * errors and none for others), and a person fixing a hand-edited file needs the place. This
 * scanner runs only after `JSON.parse` has failed; it checks the grammar, builds nothing.
 */
export interface JsonSyntaxError {
  /** UTF-16 offset of the offending character (the text's length for an early end). */
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in characters of that line. */
  column: number;
  message: string;
}

const MAX_DEPTH = 512;

class Stop extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const char = text[at] as string;
  return char.charCodeAt(0) < 0x20 ? `the control character U+${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `"${char}"`;
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let at = 0;
  const space = () => {
    while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  };
  const expect = (what: string): never => {
    throw new Stop(at, `expected ${what}, found ${describe(text, at)}`);
  };
  const string = () => {
    at++; // the opening quote
    for (;;) {
      if (at >= text.length) throw new Stop(at, 'a string is not closed (a missing ")');
      const code = text.charCodeAt(at);
      if (code === 0x22) {
        at++;
        return;
      }
      if (code < 0x20) throw new Stop(at, `${describe(text, at)} inside a string (write it escaped, e.g. \\n or \\t)`);
      if (code === 0x5c) {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new Stop(at, 'a \\u escape needs four hexadecimal digits');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else throw new Stop(at, `an unknown escape "\\${next ?? ''}" in a string`);
      } else at++;
    }
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match) expect('a number');
    at += (match as RegExpExecArray)[0].length;
    if (/[\d.]/.test(text[at] ?? '')) throw new Stop(at, 'a malformed number (no leading zeros, digits after a decimal point)');
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Stop(at, `nested more than ${MAX_DEPTH} levels deep`);
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] === '}') throw new Stop(at, 'a comma before "}" (JSON allows no trailing comma)');
        if (text[at] !== '"') expect('a property name in double quotes');
        string();
        space();
        if (text[at] !== ':') expect('":" after the property name');
        at++;
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return;
        }
        expect('"," or "}" after a property value');
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] === ']') throw new Stop(at, 'a comma before "]" (JSON allows no trailing comma)');
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return;
        }
        expect('"," or "]" after an array element');
      }
    }
    if (char === '"') return string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    expect('a value (an object, array, string, number, true, false or null)');
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) at = 1; // a byte-order mark is not part of the JSON
    value(0);
    space();
    if (at < text.length) throw new Stop(at, `${describe(text, at)} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), message: error.message };
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
