"""S610: a contents entry whose page goes back while the entries around it go on, or that lost its page among paged siblings."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document


class ContentsPageOrder(Check):
    """## What it does
    Reads the page numbers of a table of contents and reports an entry given a page before the
    page of the entry right above it, where the entry right below goes on from that page
    (`二、预算编制及执行情况 3` / `（二）预算执行情况 7` / `三、绩效评价工作情况 5` /
    `（一）绩效评价目的 8`), or a page past the entries above and below it where those two are on
    one page, so it is too (`第二部分… 3` / `第三部分… 4` / `一、… 3`: a part given the page of its
    second section). Pages that start again from a low number and go on from there (a
    bundle's next report, annexes paged on their own) are not reported; entries without a page
    are passed over. An entry that gives no page where the entries right above and below it,
    numbered in the same style one before and one after it, give theirs (`五、…明细表 70` /
    `六、…决算表` / `七、…基本支出决算表 70`) is reported too (not a part heading over paged
    entries, nor a title running on to the next line, nor a contents that leaves out more than
    two such pages).

    ## Why is this bad?
    Sections follow one another: a page that goes back is mistyped, or the entry was moved (or
    the report re-paginated) without the contents being updated, and a reader who turns to it
    lands in the wrong section.

    ## Example
    ```text
    某县统计局2022年度部门整体支出绩效评价报告
    目录
    一、部门概况 1
    （一）部门职能职责 1
    （二）预算执行情况 7
    二、绩效评价工作情况 5
    （一）绩效评价目的 8
    三、评价结论 9
    一、部门概况
    本局负责全县统计调查工作。
    ```

    ## Use instead
    ```text
    某县统计局2022年度部门整体支出绩效评价报告
    目录
    一、部门概况 1
    （一）部门职能职责 1
    （二）预算执行情况 7
    二、绩效评价工作情况 8
    （一）绩效评价目的 8
    三、评价结论 9
    一、部门概况
    本局负责全县统计调查工作。
    ```
    """

    doc_zh = """## 它检查什么
    读取目录各条目的页码，报告页码比上一条还小、而下一条又接着上一条页码往后排的条目（“二、预算编制及执行情况 3”“（二）预算执行情况 7”“三、绩效评价工作情况 5”“（一）绩效评价目的 8”），以及页码比上一条和下一条都大、而上下两条在同一页（它也只能在这一页）的条目（“第二部分… 3”“第三部分… 4”“一、… 3”：部分标题写成了其第二节的页码）。页码从较小的数重新开始、并从那里往后排的（合订本的下一份报告、单独编页的附件）不报告；没有页码的条目跳过。上下相邻、编号同一样式且前后相接的同级条目都有页码，唯独这一条没有的（“五、…明细表 70”“六、…决算表”“七、…基本支出决算表 70”），也报告（有页码条目上方不带页码的部分标题、标题折到下一行的、整份目录缺页码超过两条的不报告）。

    ## 为什么要改
    各部分前后相接：页码倒退，说明页码写错，或条目挪动过（或报告重新排版）而目录没有更新，读者按页码翻找会翻到别的部分。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "S610"
    name = "contents-page-order"
    family = "structure"
    severity = Severity.warning
    title = {"zh": "目录页码倒退或缺失", "en": "Contents page goes back or is missing"}
    messages = {
        "dip": {
            "zh": "目录页码倒退：“{entry}”为第 {page} 页，前一条“{prev}”已是第 {prev_page} 页，后一条“{next}”为第 {next_page} 页",
            "en": "the contents give “{entry}” page {page}, before “{prev}” (page {prev_page}); the next entry "
                  "“{next}” is on page {next_page}",
        },
        "rise": {
            "zh": "目录页码错位：“{entry}”为第 {page} 页，而前一条“{prev}”为第 {prev_page} 页，后一条“{next}”又回到第 {next_page} 页",
            "en": "the contents give “{entry}” page {page}, past both the entry before it, “{prev}” (page {prev_page}), "
                  "and the entry after it, “{next}” (page {next_page})",
        },
        "no_page": {
            "zh": "目录条目“{entry}”缺页码，前后同级条目“{prev}”“{next}”都有页码",
            "en": "the contents entry “{entry}” gives no page, where the entries on both sides of it, “{prev}” and "
                  "“{next}”, give theirs",
        },
        "previous": {"zh": "前一条", "en": "previous entry"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.contents_numbering import contents_runs, page_dips, page_gaps

        runs = contents_runs(doc)  # one walk over the blocks for both readings
        for dip in page_dips(doc, runs):
            yield self.diagnostic(
                "rise" if dip.rise else "dip", dip.entry.text.locate(), related=[(dip.previous.text.locate(), "previous")],
                entry=_short(dip.entry), page=dip.page, prev=_short(dip.previous), prev_page=dip.previous_page,
                next=_short(dip.following), next_page=dip.following_page)
        for gap in page_gaps(doc, runs):
            yield self.diagnostic("no_page", gap.entry.text.locate(), related=[(gap.previous.text.locate(), "previous")],
                                  entry=_short(gap.entry), prev=_short(gap.previous), next=_short(gap.following))


def _short(entry) -> str:
    value = entry.text.value.strip()
    return value[:20] + ("…" if len(value) > 20 else "")
