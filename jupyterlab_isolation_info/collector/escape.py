"""The one escaping policy: text shown to a person never carries an invisible character.

Every character Python's ``str.isprintable()`` calls not printable is written as an escape:
the general categories Cc (controls), Cf (format: bidi controls, zero-width characters, the
soft hyphen), Cs (lone surrogates), Co (private use), Cn (unassigned), Zl, Zp and Zs (space
separators such as U+00A0, U+2003, U+3000) except the ASCII space. The text and Markdown
renderings and the context section use it; the panel mirrors it (src/escape.ts), and both are
tested against one table of strings and their escapes (tests/escapes.json).
"""

from __future__ import annotations

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(character: str) -> str:
    if character in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[character]
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text) -> str:
    """Text that cannot move the cursor, recolour or retitle a terminal, start a new line, or
    reorder what follows it: every character that is not printable is written as an escape
    (ESC as \\x1b, a newline as \\n, a right-to-left override as \\u202e, an em space as
    \\u2003). Escaping twice changes nothing: a backslash is printable.
    """
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)
