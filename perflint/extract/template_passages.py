"""Passages every unit writes the same way because the template or the rules prescribe them
(预算执行情况口径, 定量指标计分原则 …, the 名词解释 sections): copying them is not a defect, so
the duplicate detectors, within one draft and across drafts, leave them out."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from perflint import data
from perflint.extract.template_text import _Gate, _gate, _none_can_match, union
from perflint.model import Block
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern


@cache
def _template() -> tuple[list[re.Pattern[str]], tuple[str, ...]]:
    d = data.load("duplicates")
    return [compile_pattern(p) for p in d["repeated_boilerplate"]], tuple(d["repeated_sections"])


def is_template_passage(block: Block) -> bool:
    """A block under a section every report repeats, or written in prescribed words."""
    return template_section(tuple(block.section)) or prescribed_words(block.text.value)


def prescribed_words(text: str) -> bool:
    """Whether ``text`` is written in prescribed words (the text's half of
    :func:`is_template_passage`, a pure function of it)."""
    squeezed = compact(text)
    gate = _screen_gate()
    if gate[0] is not None:
        # none of the characters every wording holds (one class scan), else the union tried
        # only where a wording can begin (two of them open with ^)
        return not _none_can_match(gate, squeezed)
    return any(p.search(squeezed) for p in _template()[0])


@lru_cache(maxsize=1024)
def template_section(section: tuple[str, ...]) -> bool:
    """Whether a heading above names a repeated section (the blocks of a section share it): the
    section's half of :func:`is_template_passage`."""
    sections = _template()[1]
    return any(word in title for title in section for word in sections)


@cache
def _screen() -> re.Pattern[str] | None:
    """The prescribed wordings as one expression: one search per block, not one per wording."""
    return union(_template()[0])


@cache
def _screen_gate() -> _Gate:
    """:func:`_screen` with its screens (:func:`perflint.extract.template_text._gate`)."""
    return _gate(_screen())
