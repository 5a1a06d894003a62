/**
 * Paths as error texts quote them, back to the bytes they name: Python's
 * `repr()` of a str or bytes filename, GNU coreutils' two quoting styles, a
 * shell's unquoted word. Pure; every parser reads from an index and says where
 * it stopped, or returns null when the text is not what it expects.
 *
 * A path is kept as bytes until the end, because that is what the kernel
 * compared: characters are UTF-8, Python's surrogate escapes (`\udce9`) and the
 * tools' octal escapes (`\351`) are the raw bytes of a name that is not UTF-8.
 */

/**
 * A path named in the text, decoded from the quoting it came in.
 */
export interface IWallPath {
  /**
   * The path as text. It may hold any character (a newline, an escape, markup):
   * show it through `visible`. A byte that is not UTF-8 is written `\xNN`.
   */
  path: string;
  /**
   * False when `path` does not name the file exactly: a byte that is not UTF-8
   * was written as `\xNN` text, or the quoting could not be read for sure.
   */
  exact: boolean;
  /**
   * A Python string literal naming the same file (undecodable bytes as
   * `\udcNN`, as Python's file-system encoding gives them back), built here
   * from the decoded bytes and escaped to printable ASCII: what to pass to a
   * kernel, never text spliced into code.
   */
  literal: string;
  /** The path as the text quoted it. */
  quoted: string;
}

// --- bytes and paths ----------------------------------------------------------

/** UTF-8 bytes of a string; a lone surrogate \udc80-\udcff is the raw byte it escapes. */
function encode(text: string, bytes: number[]): void {
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xdc80 && code <= 0xdcff) {
      bytes.push(code - 0xdc00); // surrogateescape
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) {
      bytes.push(code);
    } else if (code < 0x800) {
      bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      // A lone surrogate lands here as ED A0..BF: invalid UTF-8, shown as bytes.
      bytes.push(
        0xe0 | (code >> 12),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f)
      );
    } else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f)
      );
    }
  }
}

/** The length of the valid UTF-8 sequence at `i` (strict, as Python decodes), or 0. */
function utf8Length(bytes: number[], i: number): number {
  const b = bytes[i];
  const cont = (k: number, low = 0x80, high = 0xbf): boolean =>
    i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b < 0x80) {
    return 1;
  }
  if (b >= 0xc2 && b <= 0xdf) {
    return cont(1) ? 2 : 0;
  }
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf; // no encoded surrogates
    return cont(1, low, high) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return cont(1, low, high) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** A code point as it goes into a Python literal built here: printable ASCII or an escape. */
function literalChar(code: number): string {
  if (code === 0x27 || code === 0x5c) {
    return '\\' + String.fromCharCode(code);
  }
  if (code >= 0x20 && code < 0x7f) {
    return String.fromCharCode(code);
  }
  if (code < 0x100) {
    return '\\x' + hex(code, 2);
  }
  return code < 0x10000 ? '\\u' + hex(code, 4) : '\\U' + hex(code, 8);
}

/** A path from the bytes a tool or Python named. */
export function pathFromBytes(
  bytes: number[],
  quoted: string,
  sure: boolean
): IWallPath {
  let path = '';
  let literal = "'";
  let exact = sure;
  for (let i = 0; i < bytes.length;) {
    const length = utf8Length(bytes, i);
    if (length === 0) {
      path += '\\x' + hex(bytes[i], 2);
      literal += '\\udc' + hex(bytes[i], 2);
      exact = false;
      i++;
      continue;
    }
    let code = bytes[i];
    if (length > 1) {
      code &= 0xff >> (length + 1);
      for (let k = 1; k < length; k++) {
        code = (code << 6) | (bytes[i + k] & 0x3f);
      }
    }
    path += String.fromCodePoint(code);
    literal += literalChar(code);
    i += length;
  }
  return { path, exact, literal: literal + "'", quoted };
}

// --- Python's repr of a filename ------------------------------------------------

export interface IParsed {
  bytes: number[];
  /** Index just past what was read. */
  end: number;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
  n: 0x0a,
  t: 0x09,
  r: 0x0d
};

/**
 * Python's `repr()` of a str or bytes at `start`: `'…'` or `"…"`, `b` before
 * it for bytes, escapes `\\ \' \" \n \t \r \xNN` and, in a str, `\uNNNN`
 * `\UNNNNNNNN`. That is all repr writes; anything else is not a repr.
 */
export function parsePythonRepr(text: string, start: number): IParsed | null {
  let i = start;
  const isBytes = text[i] === 'b';
  if (isBytes) {
    i++;
  }
  const quote = text[i];
  if (quote !== "'" && quote !== '"') {
    return null;
  }
  i++;
  const bytes: number[] = [];
  let units = ''; // str content, UTF-16, kept whole so surrogate pairs join
  const flush = (): void => {
    encode(units, bytes);
    units = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === quote) {
      flush();
      return { bytes, end: i + 1 };
    }
    if (c !== '\\') {
      if (isBytes) {
        const code = c.charCodeAt(0);
        if (code > 0x7f) {
          return null;
        }
        bytes.push(code);
      } else {
        units += c;
      }
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e in SIMPLE_ESCAPES) {
      if (isBytes) {
        bytes.push(SIMPLE_ESCAPES[e]);
      } else {
        units += String.fromCharCode(SIMPLE_ESCAPES[e]);
      }
      i += 2;
      continue;
    }
    const width =
      e === 'x' ? 2 : e === 'u' && !isBytes ? 4 : e === 'U' && !isBytes ? 8 : 0;
    const digits = text.slice(i + 2, i + 2 + width);
    if (width === 0 || !/^[0-9a-f]+$/.test(digits) || digits.length !== width) {
      return null;
    }
    const code = parseInt(digits, 16);
    if (isBytes) {
      bytes.push(code);
    } else if (code > 0x10ffff) {
      return null;
    } else {
      units += String.fromCodePoint(code);
    }
    i += 2 + width;
  }
  return null;
}

// --- quoting of GNU tools -------------------------------------------------------------

const C_ESCAPES: Record<string, number> = {
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
  '?': 0x3f,
  a: 0x07,
  b: 0x08,
  e: 0x1b,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b
};

/** A C-style escape at `i` (just past the backslash): octal `\NNN`, `\xHH`, or one of C_ESCAPES. */
function cEscape(text: string, i: number, bytes: number[]): number {
  const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
  if (octal) {
    bytes.push(parseInt(octal[0], 8) & 0xff);
    return i + octal[0].length;
  }
  const hexa = /^x([0-9a-fA-F]{1,2})/.exec(text.slice(i, i + 3));
  if (hexa) {
    bytes.push(parseInt(hexa[1], 16));
    return i + hexa[0].length;
  }
  const simple = C_ESCAPES[text[i]];
  if (simple === undefined) {
    return -1;
  }
  bytes.push(simple);
  return i + 1;
}

/**
 * coreutils' shell-escape quoting (`quotef`, `quoteaf`: cat, cp, touch, mv):
 * one shell word made of `'…'` (literal), `"…"` (when the name holds `'`),
 * `$'…'` (C escapes, octal bytes: `$'\303\251'`), `\'` and bare characters,
 * e.g. `'/a/'$'\033''[31mred'` or `'it'\''s'`. Reads up to a space or the end.
 */
export function parseShellWord(text: string, start: number): IParsed | null {
  const bytes: number[] = [];
  let i = start;
  let plain = '';
  const flush = (): void => {
    encode(plain, bytes);
    plain = '';
  };
  while (i < text.length && text[i] !== ' ') {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) {
        return null;
      }
      plain += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '"\\$`'.includes(text[i + 1] ?? '')) {
          i++;
        }
        plain += text[i];
        i++;
      }
      if (i >= text.length) {
        return null;
      }
      i++;
    } else if (c === '$' && text[i + 1] === "'") {
      flush();
      i += 2;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\') {
          i = cEscape(text, i + 1, bytes);
          if (i < 0) {
            return null;
          }
        } else {
          encode(text[i], bytes);
          i++;
        }
      }
      if (i >= text.length) {
        return null;
      }
      i++;
    } else if (c === '\\' && i + 1 < text.length) {
      plain += text[i + 1];
      i += 2;
    } else {
      plain += c;
      i++;
    }
  }
  flush();
  return i === start ? null : { bytes, end: i };
}

const CLOSING: Record<string, string> = { "'": "'", '‘': '’' };

/**
 * coreutils' locale quoting (`quote`: mkdir's "cannot create directory"):
 * `'…'` in the C locale, `‘…’` in a UTF-8 one, C escapes inside (`\\`, `\'`,
 * `\n`, octal `\351` for a byte the locale cannot show).
 */
export function parseLocaleQuoted(text: string, start: number): IParsed | null {
  const close = CLOSING[text[start]];
  if (close === undefined) {
    return null;
  }
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== close) {
    if (text[i] === '\\') {
      i = cEscape(text, i + 1, bytes);
      if (i < 0) {
        return null;
      }
    } else {
      // Keep surrogate pairs whole.
      const code = text.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      encode(char, bytes);
      i += char.length;
    }
  }
  return i < text.length ? { bytes, end: i + 1 } : null;
}

/** A path a shell printed as it was typed, with no quoting to undo. */
export function pathFromText(text: string): IWallPath {
  const bytes: number[] = [];
  encode(text, bytes);
  // U+FFFD: the Jupyter kernel replaced bytes that were not UTF-8 when it sent the stream.
  return pathFromBytes(bytes, text, !text.includes('\ufffd'));
}
