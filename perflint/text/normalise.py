"""One normalisation of draft text, with a map back to the characters it came from.

``fold`` makes the comparisons every rule needs insensitive to how a draft was typed or
extracted: full-width letters, digits and punctuation become their ASCII forms (``（`` → ``(``,
``：`` → ``:``, ``１`` → ``1``), the ideographic space and all other white space are dropped
(PDF text breaks words and numbers with spaces). Each folded character remembers the offset
of its source character, so a match in the folded text is located in the source exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from perflint.frozen import quick_init
from perflint.text.memo import remember_short
from perflint.text.patterns import compile_pattern, lazy_compile

# Full-width forms U+FF01..U+FF5E map to ASCII U+0021..U+007E.
_FULLWIDTH_START, _FULLWIDTH_END, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
# Other width and punctuation variants drafts mix freely.
_EXTRA = {"\u3000": " ", "﹪": "%", "–": "-", "—": "-", "－": "-", "〜": "~", "～": "~", "．": ".",
          "﹦": "=", "﹤": "<", "﹥": ">"}  # (﹦ ﹤ ﹥: the small forms a PDF's 指标性质 column gives)


# fold_char as a translation table, for every character it changes (white space is removed
# separately: nothing it maps becomes white space, and no white space maps to anything else kept).
_FOLD_MAP = {chr(code): chr(code - _FULLWIDTH_SHIFT) for code in range(_FULLWIDTH_START, _FULLWIDTH_END + 1)}
_FOLD_MAP.update({k: v for k, v in _EXTRA.items() if not k.isspace()})
_FOLD_CHAR = compile_pattern("[" + re.escape("".join(_FOLD_MAP)) + "]")
_NON_SPACE = compile_pattern(r"\S+")


def fold_char(ch: str) -> str:
    """``ch`` in its folded form (``""`` for white space)."""
    code = ord(ch)
    if _FULLWIDTH_START <= code <= _FULLWIDTH_END:
        ch = chr(code - _FULLWIDTH_SHIFT)
    ch = _EXTRA.get(ch, ch)
    return "" if ch.isspace() else ch


def replace_chars(text: str, pattern: re.Pattern[str], mapping: dict[str, str]) -> str:
    """``text`` with each character ``pattern`` finds replaced by ``mapping[ch]`` (no replacement
    may itself be one to replace).

    Like ``str.translate``, but a text holds few distinct characters to change (full-width
    punctuation), and one ``str.replace`` for each is several times faster than translate's
    lookup of every character of a Chinese text.
    """
    for ch in set(pattern.findall(text)):
        text = text.replace(ch, mapping[ch])
    return text


@quick_init
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


@remember_short(4096)
def fold(text: str) -> Folded:
    """``text`` folded (see the module docstring), with its offset map.

    The same as :func:`fold_char` on every character, done by the regex engine and
    :func:`replace_chars` rather than a Python call per character: data rules fold every text
    they search, and short texts are remembered.
    """
    if not _WHITESPACE.search(text):
        return Folded(replace_chars(text, _FOLD_CHAR, _FOLD_MAP), tuple(range(len(text))), len(text))
    offsets: list[int] = []
    for m in _NON_SPACE.finditer(text):
        offsets.extend(range(m.start(), m.end()))
    return Folded(replace_chars("".join(text.split()), _FOLD_CHAR, _FOLD_MAP), tuple(offsets), len(text))


def fold_phrase(phrase: str) -> str:
    """A phrase from a data file, folded the same way as the text it is matched in."""
    return fold(phrase).text


# One white-space character: a pattern opening with a class lets the engine skip to the next one
# in its scan loop (``\s+`` gave it nothing to skip to, and every offset was tried). What it
# matches is ``str.split``'s white space (both ``Py_UNICODE_ISSPACE``), so the texts are
# stripped of it by ``"".join(text.split())`` in C (tests/test_fast_paths.py compares).
_WHITESPACE = lazy_compile(r"\s")


def compacted(text: str) -> Folded:
    """``text`` without any white space (:func:`compact`), each character remembering its source
    offset: a name a PDF's text spaced (``农业农村局 2019 年暇县``) is compared with the title's
    unspaced one and located in the source exactly. The characters themselves are kept as typed."""
    if not _WHITESPACE.search(text):
        return Folded(text, tuple(range(len(text))), len(text))
    offsets: list[int] = []
    for m in _NON_SPACE.finditer(text):
        offsets.extend(range(m.start(), m.end()))
    return Folded("".join(text.split()), tuple(offsets), len(text))


@remember_short(16384)
def compact(text: str) -> str:
    """The text without any white space: PDF extraction and typists break words, labels and
    figures with spaces (``预 算 数``, ``1 000``), so labels are compared compacted.

    Dozens of extractors compact the same cells and labels: short texts are remembered.
    """
    return "".join(text.split())  # re's \s+ removed, in C (see _WHITESPACE)
