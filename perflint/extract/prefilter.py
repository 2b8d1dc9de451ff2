"""Cheap gates in front of lists of regexes: most texts match none of them.

A phrase list (template instructions, placeholders, …) is many patterns, and running each over
every paragraph and cell is one scan of the text per pattern, though nearly every text matches
none. ``union`` joins the list into one alternation: it matches somewhere in a text exactly when
one of the patterns does, so a text it does not match is skipped after a single scan (the regex
engine skips positions whose character cannot start any alternative). Only the gate is joined;
the patterns still run one by one on the rare text that passes, so what they find is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PASS_ALL = re.compile("")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


def union(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One regex matching wherever any of ``patterns`` matches.

    Patterns whose flags differ or are verbose (a comment would swallow the join), that refer
    back to a group (its number would shift in the join) or that do not join (a group name used
    twice) get a gate that lets every text through: the gate can only save time, never hide a
    match."""
    pats = list(patterns)
    if not pats or len({p.flags for p in pats}) != 1 or pats[0].flags & re.VERBOSE \
            or any(_BACKREF.search(p.pattern) for p in pats):
        return _PASS_ALL
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in pats), pats[0].flags)
    except re.error:
        return _PASS_ALL
