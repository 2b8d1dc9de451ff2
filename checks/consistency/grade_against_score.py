"""C720: a 评价等次 that the score stated with it does not earn (得分 85 分，评价等次为优)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.grades import graded_scores
from perflint.model import Document, SourceText
from perflint.text.numbers import Quantity, fmt

from ._texts import text_index

_READ = frozenset(("paragraph", "heading", "cell"))  # not a contents entry


def _due(score: Quantity) -> str:
    """The grade the standard bands give a score (90 优, 80 良, 60 中)."""
    v = score.value
    return "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"


class GradeAgainstScore(Check):
    """## What it does
    Reads a self-evaluation's score and the grade written right after it in the same sentence
    (`自评得分 85 分，评价等次为“优”`) and finds a grade the score cannot earn: the evaluation rules
    give 优 from 90, 良 from 80 (75 in some older local rules), 中 (合格) from 60, 差 below.

    ## Why is this bad?
    The grade is read off the score; it is what the finance bureau records and what the unit's
    ranking and next year's budget follow. A grade above the score's band overstates the result
    — often a grade left from last year's report, or a score corrected without its grade.

    ## Example
    ```text
    经自评，本项目 2023 年度自评得分 85 分，评价等次为“优”。
    ```

    ## Use instead
    ```text
    经自评，本项目 2023 年度自评得分 85 分，评价等次为“良”。
    ```
    """

    doc_zh = """## 它检查什么
    读取自评得分及同一句中紧随其后的评价等次（“自评得分 85 分，评价等次为‘优’”），查找得分够不上的等次：评价规则规定 90 分（含）以上为优，80 分（含）以上为良（部分地方旧规则为 75 分），60 分（含）以上为中（合格），60 分以下为差。

    ## 为什么要改
    等次由得分决定，是财政部门登记的结果，单位排名和下年度预算安排都以它为依据。等次高于得分所在档次就是夸大了结果——常见的是沿用了上年报告的等次，或改了得分没改等次。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C720"
    name = "grade-against-score"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "评价等次与得分不符", "en": "Grade does not match the score"}
    messages = {
        "grade": {
            "zh": "得分 {score} 分对应的等次为“{due}”，文中却评为“{grade}”",
            "en": "a score of {score} earns the grade '{due}', but the text gives '{grade}'",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # the headings, paragraphs and table cells holding 分 (graded_scores' own first test),
        # found in the document's joined texts rather than by a walk of every block and cell
        index = text_index(doc)
        for i in index.holding("分"):
            t = index.texts[i]
            if t.where in _READ:
                yield from self._texts(t.text)

    def _texts(self, text: SourceText) -> Iterator[Diagnostic]:
        for g in graded_scores(text.value):
            if g.fits:
                continue
            yield self.diagnostic("grade", text.locate(g.grade_start, g.grade_end),
                                  score=fmt(g.score.value), due=_due(g.score), grade=g.grade)

