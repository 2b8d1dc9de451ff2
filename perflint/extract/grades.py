"""A self-evaluation's score and the grade (评价等次) stated with it: ``得分 91.8 分，评价等级为优``.

The grade follows from the score by the bands the evaluation rules fix: 90 and above 优, 80–90
良, 60–80 中, below 60 差 (财政部 and the provinces' 绩效评价 rules; some older local rules put
良 from 75). A grade is read only right after its score in the same sentence, so the two are
one statement about one evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from perflint.text.numbers import Quantity, find_quantities, normalise
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import sentences

# The grade words, each with the band of scores it may go with (low inclusive, high exclusive).
# 良 from 75 and 中 to 80 take in the older bands too: a grade is reported only when no common
# scheme allows it.
BANDS: dict[str, tuple[Decimal, Decimal]] = {
    "优": (Decimal(90), Decimal(101)), "优秀": (Decimal(90), Decimal(101)),
    "良": (Decimal(75), Decimal(90)), "良好": (Decimal(75), Decimal(90)),
    "中": (Decimal(60), Decimal(80)), "合格": (Decimal(60), Decimal(80)), "一般": (Decimal(60), Decimal(80)),
    "差": (Decimal(0), Decimal(60)), "较差": (Decimal(0), Decimal(60)), "不合格": (Decimal(0), Decimal(60)),
}
_GRADE = lazy_compile(
    r"(?:评价等次|自评等次|绩效等次|等次|评价等级|自评等级|绩效等级|等级|评级|评价结论|自评结论|评价结果|自评结果|"
    r"评定|评为|定为|自评为)\s*(?:为|是|：|:|属于|确定为|评定为|认定为)?\s*[“\"'‘「]?"
    r"(?P<grade>优秀|良好|不合格|合格|一般|较差|优|良|中|差)(?P<after>.?)"
)
# A score: 得分 / 评分 / 总分 … then the figure in 分, a few characters on at most
_SCORE_WORD = lazy_compile(r"(?:得分|评分|总分|自评分|分数|计分|打分)[^，,。；;\d]{0,6}$")
_NOT_THIS_SCORE = lazy_compile(r"满意度|上年|去年|上一年|指标|单项|平均|扣")
_AFTER_GRADE = set("”\"'’」，,。；;、）) 级等")


@dataclass(frozen=True)
class GradedScore:
    """``score`` and the ``grade`` written after it; ``grade_start`` / ``grade_end`` its place."""

    score: Quantity
    grade: str
    grade_start: int
    grade_end: int

    @property
    def fits(self) -> bool:
        low, high = BANDS[self.grade]
        return low <= self.score.value < high


def graded_scores(text: str) -> list[GradedScore]:
    """Every grade of ``text`` written right after its score, in the same sentence."""
    if "分" not in text:
        return []
    text = normalise(text)  # one character for one: places stay the draft's
    if not _GRADE.search(text):
        return []
    out: list[GradedScore] = []
    figures = [q for q in find_quantities(text) if q.unit in ("分", None) and q.relation is None and q.scale == 1]
    for start, end in sentences(text):
        for m in _GRADE.finditer(text, start, end):
            after = m.group("after")
            if after and after not in _AFTER_GRADE:
                continue  # 优化, 中心, 差异 …: a word, not a grade
            score = _score_before(text, figures, start, m.start())
            if score is not None:
                out.append(GradedScore(score, m.group("grade"), m.start("grade"), m.end("grade")))
    return out


def _score_before(text: str, figures: list[Quantity], start: int, at: int) -> Quantity | None:
    """The score stated last before ``at`` in the sentence from ``start``: a figure in 分 within
    0–100 named by 得分 / 评分 / 总分 …, with no other figure between it and the grade."""
    before = [q for q in figures if start <= q.start and q.end <= at]
    if not before:
        return None
    q = before[-1]
    if q.unit is None and not text[q.end:q.end + 1] == "分":
        return None
    if not Decimal(0) <= q.value <= Decimal(100):
        return None
    lead = text[max(start, q.start - 12):q.start]
    if not _SCORE_WORD.search(lead) or _NOT_THIS_SCORE.search(lead):
        return None
    tail = text[q.end:at]
    if any(w in tail for w in ("以上", "以下", "及以上", "（含", "(含", "至", "~", "～", "-", "—")):
        return None  # a band of the rules (90分以上为优), not a score
    return q
