"""Claims that the year's money was spent in full (``资金已全部执行完毕``, ``预算资金全部支出``,
``无结余``): the patterns are data (``consistency.yaml``: ``spent_in_full_patterns``)."""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.text.patterns import compile_pattern


@cache
def _claims() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in data.load("consistency")["spent_in_full_patterns"]))


@cache
def _part_words() -> tuple[str, ...]:
    return tuple(data.load("consistency")["spent_claim_part_words"])


_LEAD = 8  # characters before a claim in which a source of the money is looked for


def spent_in_full(text: str) -> list[tuple[int, int]]:
    """The offsets of each claim in ``text`` that its money was spent in full, leaving out a
    claim of one source of it (``中央资金已全部支出``, ``上年结转资金已全部使用完毕``)."""
    # every claim holds one of these words (most paragraphs none): substring tests, a few times
    # faster than a pattern of them, whose scan tests a class at each character
    if not ("全部" in text or "全额" in text or "足额" in text or "完毕" in text or "无结余" in text):
        return []
    words = _part_words()
    return [m.span() for m in _claims().finditer(text)
            if not any(w in text[max(0, m.start() - _LEAD):m.end()] for w in words)]
