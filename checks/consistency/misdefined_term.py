"""C712: a term of the 决算 explained with another term's standard definition."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class MisdefinedTerm(Check):
    """## What it does
    Finds a 决算 term followed by its explanation (`系…`, `指…`, `是指…`) that uses the words of
    another term's standard definition and none of its own: `上级补助收入 8.38 万元，系事业单位开展
    业务活动取得的收入` (that is 事业收入). The definitions are those of the 部门决算 名词解释
    (`perflint/data/consistency.yaml`). Also finds a unit's nature stated as another kind of unit's:
    a court said to be a `司法行政机关` (what a 司法局 is) or a `法律监督机关` (a procuratorate), a
    procuratorate a `审判机关`, a township's government a `组成部门` or `工作部门` of the county's
    (`某乡人民政府是县委、县政府的组成部门`: what a county department is).

    ## Why is this bad?
    The categories of income and spending are fixed by the 决算 forms; explaining one with
    another's definition means the figure was put under the wrong category, or the text was
    copied from another line and not adapted. A unit's nature is fixed by law; another kind's
    nature in its place is a sentence copied from that unit's report.

    ## Example
    ```text
    上级补助收入 8.38 万元，系事业单位开展业务活动所取得的收入。
    ```

    ## Use instead
    ```text
    上级补助收入 8.38 万元，系从主管部门和上级单位取得的非财政补助收入。
    ```
    """

    doc_zh = """## 它检查什么
    查找决算术语后的解释（“系……”“指……”“是指……”）用了另一术语标准定义中的词、却没有用本术语自己的词：“上级补助收入 8.38 万元，系事业单位开展业务活动取得的收入”（那是事业收入）。定义取自部门决算的名词解释（`perflint/data/consistency.yaml`）。还查找把单位性质写成另一类单位性质的：人民法院写作“司法行政机关”（司法局的性质）或“法律监督机关”（检察院的性质），人民检察院写作“审判机关”，乡镇人民政府写作县政府的“组成部门”“工作部门”（“某乡人民政府是县委、县政府的组成部门”：那是县级部门的性质）。

    ## 为什么要改
    收支类别由决算报表固定；用另一类别的定义解释这一类，说明数字归错了类，或文字是从别的行抄来、没有改过。单位性质由法律规定；写成另一类单位的性质，是从那类单位的报告抄来的句子。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C712"
    name = "misdefined-term"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "名词口径解释错误", "en": "Term explained with another term's definition"}
    messages = {
        "other": {
            "zh": "“{term}”的解释“{words}”是“{other}”的口径",
            "en": "the explanation of “{term}” (“{words}”) is the definition of “{other}”",
        },
        "nature": {
            "zh": "“{kind}”的性质写作“{nature}”：这是另一类单位的性质，是否照抄了其他单位的材料？",
            "en": "the {kind} is said to be a “{nature}”, another kind of unit's nature: copied from that unit's report?",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for bad in text_facts(source.value).misdefinitions:
                    yield self.diagnostic("other", source.locate(bad.start, bad.end), term=bad.term,
                                          other=bad.other, words=bad.words)
                if "人民" in source.value and _names_a_kind(source.value):
                    from perflint.extract.claims import misstated_natures

                    for said in misstated_natures(source.value):
                        yield self.diagnostic("nature", source.locate(said.start, said.end), kind=said.kind,
                                              nature=said.nature)


def _names_a_kind(value: str) -> bool:
    """The text names a kind whose nature C712 reads (data unit_natures: substring tests in C before
    any pattern)."""
    from perflint.extract.claims import phrases

    return any(k in value for k in phrases()["unit_natures"])
