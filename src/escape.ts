/**
 * The collector's one escaping policy (`render.visible` in Python), mirrored:
 * every character Python's `str.isprintable()` calls not printable is written
 * as an escape, so a value cannot reorder, hide or restyle what is shown
 * around it. Those are the general categories Cc (controls), Cf (format:
 * bidi controls, zero-width characters, the soft hyphen), Cs (lone
 * surrogates), Co (private use), Cn (unassigned), Zl, Zp and Zs (space
 * separators such as U+00A0, U+2003, U+3000), except the ASCII space.
 *
 * Pure and DOM-free. jupyterlab_isolation_info/tests/escapes.json holds
 * strings and their escapes; pytest and jest both check every row.
 *
 * `\p{Cn}` is the engine's Unicode version: a code point assigned after the
 * Python's Unicode version reads as text here and as an escape there. The
 * shared table uses only code points whose category every version agrees on.
 */
const NOT_PRINTABLE =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/gu;

const NAMED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t'
};

function escapeCharacter(character: string): string {
  const named = NAMED[character];
  if (named) {
    return named;
  }
  const code = character.codePointAt(0)!;
  if (code < 0x100) {
    return `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return code < 0x10000
    ? `\\u${code.toString(16).padStart(4, '0')}`
    : `\\U${code.toString(16).padStart(8, '0')}`;
}

/**
 * Text whose invisible characters are written as escapes (a right-to-left
 * override as \u202e, a newline as \n, an em space as \u2003), as the CLI and
 * the Markdown export show them.
 */
export function visible(text: string): string {
  return text.replace(NOT_PRINTABLE, escapeCharacter);
}
