"""Passages every unit writes the same way because the template or the rules prescribe them
(预算执行情况口径, 定量指标计分原则 …, the 名词解释 sections): copying them is not a defect, so
the duplicate detectors, within one draft and across drafts, leave them out."""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.model import Block
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern


@cache
def _template() -> tuple[list[re.Pattern[str]], tuple[str, ...]]:
    d = data.load("duplicates")
    return [compile_pattern(p) for p in d["repeated_boilerplate"]], tuple(d["repeated_sections"])


def is_template_passage(block: Block) -> bool:
    """A block under a section every report repeats, or written in prescribed words."""
    patterns, sections = _template()
    if any(word in title for title in block.section for word in sections):
        return True
    squeezed = compact(block.text.value)
    return any(p.search(squeezed) for p in patterns)
