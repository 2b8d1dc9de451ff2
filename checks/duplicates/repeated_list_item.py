"""D206: one item listed twice in an enumeration of figures."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.similarity import Item, enumerations
from perflint.model import Document, SourceText, Table

_MIN_SUFFIX = 4  # 药店 alone may be another kind of 药店; 门诊药店 may not


class RepeatedListItem(Check):
    """## What it does
    Finds an enumeration of figures joined by `、` (`定点医院 12 家、定点药店 30 家`) that names
    the same item twice, exactly or as the tail of the first item's wording
    (`共有…特殊病种门诊药店 7 家、特殊病种门诊药店 4 家`).

    ## Why is this bad?
    A category counted twice with two figures is a slip: one of the two is a different
    category whose name was pasted over (门诊医院 became 门诊药店), and the reader cannot tell
    which figure belongs to what.

    ## Example
    ```text
    全县共有定点零售药店 85 家、定点零售药店 12 家。
    ```

    ## Use instead
    ```text
    全县共有定点零售药店 85 家、定点医疗机构 12 家。
    ```
    """

    doc_zh = """## 它检查什么
    查找以“、”连接的数字列举（“定点医院 12 家、定点药店 30 家”）中同一项出现两次的情况：完全相同，或是前一项表述的结尾（“共有……特殊病种门诊药店 7 家、特殊病种门诊药店 4 家”）。

    ## 为什么要改
    一个类别配两个数字是笔误：其中一个本是另一类别，名称被粘贴覆盖了（“门诊医院”变成了“门诊药店”），读者分不清哪个数字属于什么。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "D206"
    name = "repeated-list-item"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "列举中同一项目出现两次", "en": "Same item twice in one enumeration"}
    messages = {
        "twice": {
            "zh": "“{name}”在同一列举中出现两次（{figure0} 与 {figure}），其中一项可能是别的类别",
            "en": "“{name}” is listed twice in one enumeration ({figure0} and {figure}); one of them is probably "
                  "another category",
        },
        "first": {"zh": "第一次列出", "en": "first listed"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for text in _texts(doc):
            for group in enumerations(text.value):
                for k, item in enumerate(group):
                    first = next((p for p in group[:k] if _same(p, item)), None)
                    if first is not None:
                        yield self.diagnostic("twice", text.locate(item.start, item.end),
                                              related=[(text.locate(first.start, first.end), "first")],
                                              name=item.name, figure0=first.figure, figure=item.figure)


def _same(a: Item, b: Item) -> bool:
    short, long = sorted((a.name, b.name), key=len)
    if len(short) < 2:
        return False
    return short == long or (len(short) >= _MIN_SUFFIX and long.endswith(short))


def _texts(doc: Document) -> Iterator[SourceText]:
    for _, block in doc.blocks():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield cell.text
        else:
            yield block.text
