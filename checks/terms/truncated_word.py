"""T808: a word cut short, with the draft as its own dictionary (终端单的 where it writes 终端单位)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.slips import truncated_words
from perflint.model import Document

from ._facts import texts


class TruncatedWord(Check):
    """## What it does
    Finds a word that lost its last character, using the draft itself as the dictionary: a stem
    of three to six characters stops here (at punctuation, 的/和…, or a cell's end) while the
    same draft everywhere else continues it with one and the same character, and that
    character nearly always follows the stem's last one (终端单的考核 beside 终端单位 ×3;
    a cell 人均发放成本预 beside 宣传成本预算). No general dictionary is needed, and a stem that
    ends in a known word, a cell wrapped onto the next row, or a word whose last characters
    stand free elsewhere is left alone.

    本检查以草稿自身为词典，查找漏掉末字的词语（如别处均写“终端单位”，此处写成“终端单的”）。

    ## Why is this bad?
    A lost character turns a form's field or a unit's name into a fragment the reader must
    guess at; in a 三级指标 name it leaves the indicator undefined.

    ## Example
    ```text
    组织对各终端单的考核。……终端单位按月上报。……督促终端单位整改。……表彰优秀终端单位。
    ```

    ## Use instead
    ```text
    组织对各终端单位的考核。
    ```
    """

    code = "T808"
    name = "truncated-word"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "词语漏字", "en": "Word cut short"}
    messages = {
        "cut": {"zh": "“{wrong}”疑漏字，本文其他处均作“{right}”",
                "en": "\"{wrong}\" looks cut short: the draft elsewhere always writes \"{right}\""},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        sources = list(texts(doc))
        for cut in truncated_words([s.value for s in sources]):
            yield self.diagnostic("cut", sources[cut.index].locate(cut.start, cut.end),
                                  wrong=cut.written, right=cut.written + cut.missing)
