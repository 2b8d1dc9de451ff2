"""S608: a list of tables that names a table after one with a higher number (公开08表 … 公开07表)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class TableNumberOrder(Check):
    """## What it does
    Reads lists of tables that name each table's own number — a contents or a run of headings
    (`七、政府性基金预算财政拨款收入支出决算表（公开08表）`, `表 2：收入决算表`, `附表3`) — and
    reports a table listed right after one with a higher number. A list that starts again from 1
    (the body after the contents), that names a number twice, or that skips numbers in order, is
    not reported.

    ## Why is this bad?
    The 决算 templates number their tables once, and the published tables follow those numbers.
    A list that puts 公开07表 after 公开09表 either lists the tables in another order than they
    are published, or gives a table the wrong number: the reader looking for a table by its
    number is sent to the wrong place.

    ## Example
    ```text
    第二部分 2023年度部门决算表
    六、一般公共预算财政拨款基本支出决算表（公开06表）
    七、政府性基金预算财政拨款收入支出决算表（公开08表）
    八、国有资本经营预算财政拨款支出决算表（公开09表）
    九、财政拨款“三公”经费支出决算表（公开07表）
    ```

    ## Use instead
    ```text
    第二部分 2023年度部门决算表
    六、一般公共预算财政拨款基本支出决算表（公开06表）
    七、财政拨款“三公”经费支出决算表（公开07表）
    八、政府性基金预算财政拨款收入支出决算表（公开08表）
    九、国有资本经营预算财政拨款支出决算表（公开09表）
    ```
    """

    doc_zh = """## 它检查什么
    读取写明各表自身表号的表格清单——目录或一串标题（“七、政府性基金预算财政拨款收入支出决算表（公开08表）”“表 2：收入决算表”“附表3”）——某张表紧接在表号更大的表之后列出时提示。清单从 1 重新开始（目录之后的正文）、同一表号出现两次、或按顺序跳号的，不报告。

    ## 为什么要改
    决算模板对各表统一编号，公开的表格也按表号排列。把公开07表排在公开09表之后，要么清单顺序与公开的表格顺序不一致，要么表号写错了：读者按表号找表会找错地方。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S608"
    name = "table-number-order"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "表格清单中的表号顺序颠倒", "en": "Tables listed out of their numbers' order"}
    messages = {
        "order": {
            "zh": "“{written}”排在“{previous}”（第 {line} 行）之后：表号顺序颠倒，请核对清单顺序或表号",
            "en": "“{written}” is listed after “{previous}” (line {line}): the table numbers run out of order",
        },
        "previous": {"zh": "表号更大的前一张表", "en": "the previous, higher-numbered table"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.table_numbers import misplaced_tables  # rare: read on use

        for m in misplaced_tables(doc):
            where = m.table.text.locate(m.table.start, m.table.end)
            before = m.previous.text.locate(m.previous.start, m.previous.end)
            yield self.diagnostic("order", where, related=[(before, "previous")], written=m.table.written,
                                  previous=m.previous.written, line=before.line)
