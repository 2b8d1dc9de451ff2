"""The kind of report an excerpt is, when it has no report title to say so.

A title (``某镇2022年度部门决算说明``, ``…项目支出绩效自评报告``) names the kind. Excerpts often
start below it: a 决算说明 from its second section, a 自评表 cut from its report. The part is
then named by its first line, whose words say nothing of the kind (``目录``, the unit's name,
a sentence about 三公 spending), and the rules that belong to one kind of report (the totals of
final accounts, a self-evaluation's figures against its form) were asked of the wrong one.

The body settles it only when it is clear: the words of one kind (data: ``report_kind_cues``)
at least three times and at least twice as often as the other kind's.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from perflint import data

_CLEAR = 3  # cues of the winning kind, at least
_MARGIN = 2  # times the other kind's


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in data.load("consistency")["report_kind_cues"].items()}


def infer_report_kind(texts: Iterable[str], first_line: str = "") -> str | None:
    """``final_accounts``, ``department_self_evaluation`` or ``project_self_evaluation`` for an
    untitled part's texts, or None when its words do not clearly say (the caller keeps what its
    first line suggested)."""
    body = "\n".join(texts)
    counts = {kind: sum(body.count(word) for word in words) for kind, words in _cues().items()}
    accounts, evaluation = counts["final_accounts"], counts["self_evaluation"]
    if accounts >= _CLEAR and accounts >= _MARGIN * evaluation:
        return "final_accounts"
    if evaluation >= _CLEAR and evaluation >= _MARGIN * accounts:
        department = counts["department"] >= 2 or "整体" in first_line
        return "department_self_evaluation" if department else "project_self_evaluation"
    return None
