"""C728: a staff count (编制数, 实有人数) the narrative states otherwise than the report's table."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.quantities import part_prose
from perflint.model import Document


class StaffCountMismatch(Check):
    """## What it does
    Compares the staff counts a report states in its narrative (`核定事业编制40名`,
    `年末实有在职人员36人`) with the count its table gives for the same kind — the 自评表's
    人员情况 row (`编制数 | 40 | 实有人数 | 36`), a 人员情况 table, or the same cells one a
    line as pasted from a PDF. 编制 and 实有 are compared apart. The narrative is compared only
    when it states one value of that kind (a count after `其中` or `含` in its sentence is a part of
    the staff and is not compared, but a table count equal to any statement is taken as agreeing);
    statements of another moment (`年初实有30人`, `上年末在职28人`) are left out, and a table
    that gives one kind twice with two values is not read.

    ## Why is this bad?
    The unit has one 编制 and one staff at the year's end; two counts in one report mean one of
    them was copied from another year's report or another unit's.

    ## Example
    ```text
    核定事业编制40名，年末实有在职人员38人。
    | 人员情况 | 编制数 | 40 | 实有人数 | 36 |
    ```

    ## Use instead
    ```text
    核定事业编制40名，年末实有在职人员36人。
    | 人员情况 | 编制数 | 40 | 实有人数 | 36 |
    ```
    """

    doc_zh = """## 它检查什么
    将报告正文所述的人员数（“核定事业编制40名”“年末实有在职人员36人”）与报告表格中同类人数比较：自评表的人员情况一行（“编制数 | 40 | 实有人数 | 36”）、人员情况表，或从 PDF 粘贴、每格一行的同样内容。编制数与实有人数分别比较。正文对同一类人数只写了一个数值时才比较（同一句中“其中”“含”之后的人数是部分人员，不单独比较，但表中人数与正文任何一处相同即视为一致）；其他时点的人数（“年初实有30人”“上年末在职28人”）不计入；表格对同一类人数给出两个不同数值的，不读取。

    ## 为什么要改
    单位的编制数和年末实有人数只有一个；同一报告中出现两个数，说明其中一处照抄了以前年度或其他单位的报告。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C728"
    name = "staff-count-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "正文人员数与表中不符", "en": "Staff count in the text differs from the table"}
    messages = {
        "mismatch": {
            "zh": "正文{kind} {value} 人，而第 {line} 行表中“{label}”为 {table}",
            "en": "the text gives {kind_en} as {value}, but the table at line {line} gives '{label}' as {table}",
        },
        "table": {"zh": "表中人数", "en": "table count"},
    }
    _KIND = {"establishment": ("编制数", "the establishment (编制)"), "actual": ("实有人数", "the staff (实有人数)")}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.staff_counts import KINDS, stated_counts, table_counts

        for part in doc.parts:
            in_tables = table_counts(part)
            if not in_tables:
                continue  # most parts have no staff table: the prose is not read
            stated = stated_counts([text for _block, text in part_prose(doc, part)])
            for kind in KINDS:
                table = [c for c in in_tables if c.kind == kind]
                if len({c.value for c in table}) != 1:
                    continue
                prose = [c for c in stated if c.kind == kind]
                wholes = [c for c in prose if not c.subset]
                if not wholes or len({c.value for c in wholes}) != 1 or table[0].value in {c.value for c in prose}:
                    continue
                first, where = wholes[0], table[0].text.locate(table[0].start, table[0].end)
                zh, en = self._KIND[kind]
                yield self.diagnostic(
                    "mismatch", first.text.locate(first.start, first.end), related=[(where, "table")],
                    kind=zh, kind_en=en, value=first.value, line=where.line, label=table[0].label,
                    table=table[0].value,
                )
