"""A101: a 合计 / 总计 / 小计 row or column that is not the sum of its parts."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.numbers import fmt

from ._compare import check_sum, decimals_of, number
from ._facts import paragraphs
from ._table_sum import TableSumCheck


class TableTotalMismatch(TableSumCheck):
    """## What it does
    Adds up the parts of every 合计, 总计 and 小计 a table states — a total row under (or above)
    its items, a 本年收入合计 row under the enumerated 一、二、… rows, a 合计 column before
    the columns it sums (read from the header, nested groups included) — and compares the sum
    with the stated total. Rows marked 其中, hierarchies the table does not make plain and
    headers that do not line up with the data are left alone — except a whole the 决算 template
    always splits the same way (公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费, 基本支出 =
    人员经费 + 公用经费) followed by a row for each of its parts: the whole is checked against
    those rows, and they are left out of the 合计 above them (a 三公 table written down the page).
    The unit line above a header (`编制单位：… | 金额单位：万元`) names no column, also where it keeps
    a blank cell for every column between (a workbook's merged cells, a tab-aligned paste).
    A form's rows flattened into one line by a PDF (`基本支出 a1 a2 … 项目支出 b1 b2 … 合计 t1 t2 …`,
    the 决算 template's split with the same count of figures after each name) are read as the
    rows' columns where at least one column adds up; a column that does not is a warning.
    A column of rates is not added, also where its header carries the % and its cells are bare
    (`执行率（%）`, `比上年增长（%）`): the 合计 row's rate is the total's own quotient. A share or a
    weight in percent (`占比（%）`, `权重（%）`) adds up to its 合计 and is checked. A total its parts fall
    short of, in a table that opens on a row of figures under a table as wide with only a few
    pieces of text between (a row a PDF's page broke), is a warning: its other parts stand above.
    No 合计 or 总计 adds terms of the two sides of a 收入支出决算总表 (年初结转和结余 with 年末结转和结余):
    such rows were read across both sides (a paste one cell a line that lost the empty cells).
    A row of a table whose cells only spaces set apart that is short of cells lost blank ones at
    places nothing tells: no sum takes its figures.
    A total off only because one of its parts is a subtotal off its own parts (a 公务用车费 row left
    at 0 above 其中 rows that hold 18.60) — with the subtotal's own sum in its place the total is
    right — is that one slip: it is reported on the subtotal, not again on the total.

    ## Why is this bad?
    A published total that is not the sum of its items means one of the figures is wrong, and
    the reader cannot tell which. A last-digit difference (尾数差异) from rounding each figure
    separately is reported with severity `rounding`.

    ## Example
    ```text
    表1 办公经费支出明细（单位：万元）
    | 项目 | 金额 |
    | 办公费 | 12.40 |
    | 印刷费 | 3.15 |
    | 合计 | 16.55 |
    ```
    12.40 + 3.15 = 15.55, not 16.55.

    ## Use instead
    ```text
    表1 办公经费支出明细（单位：万元）
    | 项目 | 金额 |
    | 办公费 | 12.40 |
    | 印刷费 | 3.15 |
    | 合计 | 15.55 |
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    把表格中每个“合计”“总计”“小计”与它所汇总的分项相加后比较：分项之下（或之上）的合计行、列举“一、二、……”各行之后的“本年收入合计”行、位于被汇总各列之前的“合计”列（按表头识别，含多级表头）。标为“其中”的行、表格本身看不出层级关系的行、表头与数据对不齐的表不检查；但决算模板固定拆分的总项（公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费，基本支出 = 人员经费 + 公用经费）后面逐行列出各分项的，总项按这些行核对，这些行也不再计入其上的合计（竖排的三公经费表）。表头上方的单位行（“编制单位：…… | 金额单位：万元”）不是列名，中间为每一列留有空单元格的（工作簿的合并单元格、按制表符对齐的粘贴）也一样。比率列不相加，表头写明百分号而单元格只写数字的也一样（“执行率（%）”“比上年增长（%）”）：合计行的比率是合计数自身之比。以百分数表示的占比或权重（“占比（%）”“权重（%）”）合计应为分项之和，照常核对。表格以数字行开头（没有自己的表头）、其上方隔着几段不成句的文字（PDF 跨页断开的一行）就是一张同样宽的表格时，合计大于分项之和只作 warning：其余分项在上方的表格中。“合计”“总计”的分项若含收入支出决算总表两侧的项目（年初结转和结余与年末结转和结余），说明表格被跨两侧读取（逐格一行粘贴、丢了空单元格），不相加。单元格只以空格分隔的表格中，单元格数少于其他行的一行丢了空单元格，丢在哪里无从知道：它的数字不参与任何求和。
    PDF 表格逐行展开成一行的（“基本支出 a1 a2 … 项目支出 b1 b2 … 合计 t1 t2 …”，即决算模板固定拆分的各行，每个名称后数字个数相同），按各列读取，只要其中有一列相加相符；不符的列按 warning 报告。
    合计之所以不符，只因其中一个分项本身是与其细项不符的小计（“公务用车费”填 0，其下“其中”各行合计 18.60）——以该小计的细项之和代入，合计即相符——这是同一处错误，只在小计上报告，合计不再重复报告。

    ## 为什么要改
    公开的合计数不等于分项之和，说明其中至少有一个数字是错的，读者无从判断是哪一个。因各数分别四舍五入造成的尾数差异按 `rounding` 级别报告。

    ## 示例
    {example}
    12.40 + 3.15 = 15.55，不是 16.55。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A101"
    name = "table-total-mismatch"
    title = {"zh": "表格合计数与分项之和不符", "en": "Table total does not match the sum of its parts"}
    kinds = ("row", "column")
    one_finding_per_slip = True

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from super().run(doc, ctx)
        yield from self._flattened(doc)

    def _flattened(self, doc: Document) -> Iterator[Diagnostic]:
        """The template's split rows flattened into one line (a PDF form): each column adds up."""
        from perflint.extract.inline_rows import inline_columns  # rare: read on use

        for _part, para in paragraphs(doc):
            for columns in inline_columns(para.text.value):
                for col in columns:
                    outcome = check_sum(col.whole, col.parts)
                    if outcome is None or outcome.severity is Severity.rounding:
                        continue
                    expr = " + ".join(f"{n} {number(q)}" for n, q in zip(col.names, col.parts, strict=True))
                    decimals = decimals_of([col.whole, *col.parts])
                    yield self.diagnostic(
                        "mismatch", para.text.locate(col.whole.start, col.whole.end), severity=Severity.warning,
                        related=[(para.text.locate(q.start, q.end), "part") for q in col.parts],
                        expr=expr, expr_en=expr, computed=fmt(outcome.computed, decimals), stated=number(col.whole),
                        diff=fmt(outcome.difference, decimals), label=col.whole_name, label_en=col.whole_name,
                        where="（同一行中逐行展开的表格）", where_en=" (a table's rows run into one line)")
