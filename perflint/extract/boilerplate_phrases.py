"""The boilerplate family's phrase data and the answers that say "nothing".

The phrase lists live in ``perflint/data/boilerplate.yaml`` so that a new province's wording is
a data change; ``spaced`` makes a phrase match with spaces between its characters, as PDF text
has them. ``is_nothing`` / ``denies`` tell an answer that says there was nothing (无, 未发现问题).
"""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile

PUNCT_EDGES = "。.；;，,、：:！!？?）)（(“”\"'‘’【】[]…—-/／ \t\u3000"


def spaced(word: str) -> str:
    """A regex for ``word`` that tolerates whitespace between its characters."""
    return r"[\s\u3000]*".join([_ESCAPED.get(ch, ch) for ch in word])


# re.escape of each character it changes (ASCII only): a lookup a character, not a call of
# re.escape (some 900 calls when the phrase unions are built, at every run's first draft)
_ESCAPED = {ch: re.escape(ch) for ch in map(chr, range(128)) if re.escape(ch) != ch}


@cache
def phrases() -> dict:
    return data.load("boilerplate")


def is_nothing(text: str) -> bool:
    """Whether an answer says nothing: ``无``, ``无。``, ``暂无``, ``没有``, ``/`` …"""
    core = compact(text).strip(PUNCT_EDGES)
    if not core:
        return compact(text) in {"/", "／", "-", "—", "——"}
    return core in set(phrases()["nothing_answers"])


DENIAL = lazy_compile(
    r"(?:无|没有|未发现|未出现|不存在|未发生|暂未发现|暂无)(?:任何)?(?:明显|重大|突出|较大|其他|其它)?(?:的)?"
    r"(?:问题|偏差|不足|差异)"
)
# a clause of its own before a denial of "other" problems (资金拨付滞后；暂无其他问题): something was stated
_CLAUSE_BEFORE = lazy_compile(r"[^，,；;。:：]{4,}[，,；;。]$")


def denies(text: str) -> bool:
    """A short answer that says there was nothing (``本项目实施中未发现明显问题。``). One that
    denies only *other* problems after a clause of its own (``资金拨付滞后；暂无其他问题``,
    ``项目运转正常，暂无其它问题``) has said something first, and is no denial; alone
    (``暂无其他问题。``) it is one."""
    if is_nothing(text):
        return True
    core = compact(text).strip(PUNCT_EDGES)
    if len(core) > 30 or "但" in core:
        return False
    m = DENIAL.search(core)
    if m is None:
        return False
    said = m.group(0)
    return not (("其他" in said or "其它" in said) and _CLAUSE_BEFORE.search(core, 0, m.start()))


@cache
def _met_claim() -> re.Pattern[str]:
    conf = phrases()
    return compile_pattern("|".join(f"(?:{p})" for p in [*conf["met_claim_patterns"], *conf["met_reason_patterns"]]))


def claims_met(text: str) -> bool:
    """A short answer that only says the targets were met (``项目按计划实施，达到预期目标``): as a
    偏差原因 beside a missed target it gives no reason, as ``无`` gives none. An answer that
    concedes anything (但, 未, 没有, 不足 …) is a reason."""
    core = compact(text).strip(PUNCT_EDGES)
    if not core or len(core) > 30 or any(w in core for w in phrases()["met_reason_concessions"]):
        return False
    return bool(_met_claim().search(core))


def is_blank(text: str) -> bool:
    return not compact(text)
