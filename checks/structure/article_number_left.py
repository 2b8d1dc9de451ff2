"""S607: a regulation's article number (第四条) left at the head of a report's paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class ArticleNumberLeft(Check):
    """## What it does
    Finds a paragraph of a report (a part whose title names a 自评报告, 评价报告, 部门决算 or
    决算说明) that opens with a regulation's article number (`第四条　县医疗保障局设下列内设机构：`)
    while the report has no 第一条: text copied from the unit's 三定规定 or another regulation
    with its article number. A document that quotes a regulation from its first article, or at
    length (more than three articles), is left alone, and so is a sentence that cites an article
    (`第四条规定…`, no space after the number).

    ## Why is this bad?
    The number belongs to the regulation the text was copied from: in the report it numbers
    nothing, and it shows the reader that the section was pasted without being read.

    ## Example
    ```text
    某县农业农村局2023年度部门整体支出绩效自评报告
    一、部门基本情况
    （一）主要职能
    负责全县农业农村发展规划的拟订和实施。
    第四条　县农业农村局设下列内设机构：
    办公室、农村经营管理股、种植业股。
    ```

    ## Use instead
    ```text
    某县农业农村局2023年度部门整体支出绩效自评报告
    一、部门基本情况
    （一）主要职能
    负责全县农业农村发展规划的拟订和实施。
    （二）内设机构
    县农业农村局设办公室、农村经营管理股、种植业股。
    ```
    """

    doc_zh = """## 它检查什么
    查找报告（标题为自评报告、评价报告、部门决算或决算说明的部分）中以法规条款号开头的段落（“第四条　县医疗保障局设下列内设机构：”），而报告中并没有第一条：从本单位“三定”规定或其他法规中连同条款号一起复制来的文字。从第一条开始引用法规、或大段引用（超过三条）的文件不报告；引用某一条的句子（“第四条规定……”，条款号后没有空格）也不报告。

    ## 为什么要改
    条款号属于被复制的法规：在报告里它不给任何内容编号，反而告诉读者这一部分是照搬来的、没有通读。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S607"
    name = "article-number-left"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "段首留有法规条款号", "en": "A regulation's article number left in the report"}
    messages = {
        "article": {
            "zh": "段首“{marker}”是所复制法规的条款号，本报告没有第一条：请删去或改为报告自己的编号",
            "en": "'{marker}' is the article number of the regulation this text was copied from; the report "
                  "has no 第一条: remove it or use the report's own numbering",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.article_numbers import stray_article_numbers  # rare: loaded when run

        for part in doc.parts:
            for a in stray_article_numbers(part):
                marker = a.text.value[:a.end].strip()
                yield self.diagnostic("article", a.text.locate(0, a.end), marker=marker)
