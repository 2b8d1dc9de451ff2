"""Drafts in Traditional script, read as Simplified for analysis only.

Mirrors of published reports are often in Traditional script (萬元, 預算, 說明, 減少): every
phrase list, unit and grammar of perflint is written in Simplified characters, so such a page
was read as no report at all. Each Traditional character is read as the one Simplified
character it stands for (``perflint/data/traditional.json``: only characters outside GB2312,
so no character a Simplified draft writes is changed). The map is one character to one: every
offset, line and column stays the same, and the source lines a finding shows are the draft's
own; :func:`restore_quotes` puts the draft's own characters back into a finding's quoted words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from perflint.text.patterns import lazy_compile

# A few Traditional characters every such report writes (萬元, 預算, 說明, 項目, 經費, 會議, 單位):
# a draft with none of them is not read through the map (most drafts: one search of the text).
_PROBE = lazy_compile("[萬預說項經費會單決計與為這個國財務資發業額績評價]")
PROBE = _PROBE  # (also the screen for a lone Traditional form in a Simplified draft: extract.glyph_slips)
# How many of them make a draft Traditional: a Simplified draft may quote one odd character.
MIN_PROBES = 3
# Characters no Chinese report writes, left where a mirror decoded a page in the wrong encoding
# (Bopomofo: `。ㄒ唬` where `（一）` stood) or lost a glyph (U+FFFD): what they stand for is unreadable.
GARBLED = lazy_compile("[\u3105-\u312f\ufffd]")


@cache
def _table() -> dict[int, int]:
    import json  # (only for a Traditional draft: a one-draft run imports no json)

    raw = json.loads((Path(__file__).parent.parent / "data" / "traditional.json").read_text(encoding="utf-8"))
    return str.maketrans(raw["traditional"], raw["simplified"])


def script_table() -> dict[int, int]:
    """The Traditional-to-Simplified table (one character for one), read once."""
    return _table()


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in Traditional script (a few of its common characters occur)."""
    found = 0
    for _ in _PROBE.finditer(text):
        found += 1
        if found >= MIN_PROBES:
            return True
    return False


def simplified(text: str) -> str:
    """``text`` with each Traditional character replaced by its Simplified one (same length)."""
    return text.translate(_table())


def restore_quotes(value: str, simplified_text: str, original_text: str) -> str:
    """``value`` (words a finding quotes from the simplified text) in the draft's own characters:
    the same span of the original text, found where the simplified text holds ``value``."""
    if not value or not _differs(value):
        return value
    at = simplified_text.find(value)
    return original_text[at:at + len(value)] if at >= 0 else value


def _differs(value: str) -> bool:
    """Whether ``value`` holds a character some Traditional one is read as (一 stays 一)."""
    targets = _targets()
    return any(ch in targets for ch in value)


@cache
def _targets() -> frozenset[str]:
    return frozenset(chr(c) for c in _table().values())


def own_lines(lines: list[str], simplified_text: str, original_text: str) -> list[str]:
    """The source lines of a draft read through the map, in the draft's own characters: each
    line of ``lines`` (split from ``simplified_text``) is the same span of ``original_text``."""
    out: list[str] = []
    pos = 0
    for line in lines:
        at = simplified_text.find(line, pos) if line else pos
        if at < 0:
            return lines  # (cannot happen: one character for one)
        out.append(original_text[at:at + len(line)])
        pos = at + len(line)
        if simplified_text.startswith("\r\n", pos):
            pos += 2
        elif pos < len(simplified_text) and simplified_text[pos] in "\r\n":
            pos += 1
    return out


def restore_findings(diagnostics, simplified_text: str, original_text: str) -> None:
    """Put the draft's own characters back into the words each finding quotes (its string
    arguments): the finding was read in the simplified text, its reader wrote Traditional."""
    for d in diagnostics:
        for key, value in d.args.items():
            if isinstance(value, str):
                d.args[key] = restore_quotes(value, simplified_text, original_text)
