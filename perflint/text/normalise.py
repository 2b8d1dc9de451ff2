"""One normalisation of draft text, with a map back to the characters it came from.

``fold`` makes the comparisons every rule needs insensitive to how a draft was typed or
extracted: full-width letters, digits and punctuation become their ASCII forms (``（`` → ``(``,
``：`` → ``:``, ``１`` → ``1``), the ideographic space and all other white space are dropped
(PDF text breaks words and numbers with spaces). Each folded character remembers the offset
of its source character, so a match in the folded text is located in the source exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.text.patterns import lazy_compile

# Full-width forms U+FF01..U+FF5E map to ASCII U+0021..U+007E.
_FULLWIDTH_START, _FULLWIDTH_END, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
# Other width and punctuation variants drafts mix freely.
_EXTRA = {"\u3000": " ", "﹪": "%", "–": "-", "—": "-", "－": "-", "〜": "~", "～": "~", "．": "."}


def fold_char(ch: str) -> str:
    """``ch`` in its folded form (``""`` for white space)."""
    code = ord(ch)
    if _FULLWIDTH_START <= code <= _FULLWIDTH_END:
        ch = chr(code - _FULLWIDTH_SHIFT)
    ch = _EXTRA.get(ch, ch)
    return "" if ch.isspace() else ch


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the offset of the source character."""

    text: str
    offsets: tuple[int, ...]
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets ``[s, e)`` of the folded span ``[start, end)``."""
        if start >= len(self.offsets):
            return self.source_length, self.source_length
        s = self.offsets[start]
        e = self.offsets[end - 1] + 1 if end > start else s
        return s, e


def fold(text: str) -> Folded:
    """``text`` folded (see the module docstring), with its offset map."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f:
            chars.append(f)
            offsets.append(i)
    return Folded("".join(chars), tuple(offsets), len(text))


def fold_phrase(phrase: str) -> str:
    """A phrase from a data file, folded the same way as the text it is matched in."""
    return fold(phrase).text


_WHITESPACE = lazy_compile(r"\s+")


def compact(text: str) -> str:
    """The text without any white space: PDF extraction and typists break words, labels and
    figures with spaces (``预 算 数``, ``1 000``), so labels are compared compacted."""
    return _WHITESPACE.sub("", text)
