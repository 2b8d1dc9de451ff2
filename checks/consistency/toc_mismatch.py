"""C724 (formerly S604): a table-of-contents entry whose wording differs from the heading it points to."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.contents import (
    TocMatch,
    differing_clauses,
    normalise_title,
    reads_standard,
    shown_title,
    toc_matches,
)
from perflint.extract.edges import runs_to_the_end
from perflint.model import Document, TocEntry


def _title_location(entry: TocEntry):
    value = entry.text.value
    start = value.find(entry.title) if entry.title else -1
    if start < 0:
        return entry.text.locate()
    return entry.text.locate(start, start + len(entry.title))


def _heading_location(match: TocMatch):
    value = match.target.text.value
    start = value.find(match.target_title) if match.target_title else -1
    if start < 0:
        return match.target.text.locate()
    return match.target.text.locate(start, start + len(match.target_title))


class TocMismatch(Check):
    """## What it does
    Compares each table-of-contents line (`一、部门主要职责……2`) with the headings and numbered
    lines of the document. An entry that matches nothing exactly (spaces, full/half-width
    punctuation and trailing punctuation aside) but nearly matches one body title is reported
    at the body heading, naming the TOC line; at the TOC line instead (naming the heading) when
    only the heading reads as one of the outlines' standard titles (`部门决算单位构成`), the
    slip then being the contents'.

    Entries with no near match at all (figures, tables, sections the importer could not see)
    are not reported unless `report_missing` is set, and then only as information. A heading
    that is the entry with the unit's full name before it (`概况` / `示范镇人民政府概况`; the
    accounts' scope after the name aside, `示范局(本级)部门概况` / `部门概况`), or with
    a table's title in 《》, or with the year written `2023年` where the entry says `2023年度`,
    or with the unit called by its level and name with the place before it left out
    (`区卫健委单位概况` / `示范市东湖区卫生健康委员会单位概况`),
    or with the unit called by its usual short name on one side (`示范县工商联概况` /
    `示范县工商业联合会概况`), is the same title; so is a last heading cut short where the text stops (an excerpt), and a
    title whose head the body sets on a line of its own above it (`附件` / `部门整体支出绩效自评表`
    for the entry `附件 部门整体支出绩效自评表`).

    A part's entry (`第一部分 部门基本情况`) is the body's one line with the same part marker
    (`第一部分 部门概况`), whatever its title, where the contents list that part once and the body
    heads one line with it. An entry placed by its neighbours takes the one heading of its marker
    between them; where the body writes that heading twice in a row it counts once, and a sentence
    the marker opens under it (`一、政协的主要职能是…。`) does not count.

    An entry whose title the body repeats word for word under a marker of the same style with
    another number (contents `二、部门概况`, body `一、部门概况`: the contents numbered an
    unnumbered 摘要) is reported too, when the match is certain: the title is listed once in the
    contents and headed once in the body after them. So is one the body numbers at another
    level's style (contents `（一）部门职责`, body `一、部门职责`; not a part's marker, `第一部分`):
    once a document for each pair of styles (a contents that numbers a whole level otherwise).

    ## Why is this bad?
    A TOC that disagrees with the body is the trace of a heading edited in one place only; one
    of the two has a typo, and the published document contradicts itself.

    ## Example
    ```text
    某县农业农村局2023年度部门决算说明
    目录
    一、部门主要职责.....2
    二、严格资金管理，规范支出程序.....3
    一、部门主要职责
    负责全县农业农村工作。
    二、严格资金管理，规范支付程序
    资金实行专账核算。
    ```

    ## Use instead
    ```text
    某县农业农村局2023年度部门决算说明
    目录
    一、部门主要职责.....2
    二、严格资金管理，规范支付程序.....3
    一、部门主要职责
    负责全县农业农村工作。
    二、严格资金管理，规范支付程序
    资金实行专账核算。
    ```
    Regenerate the table of contents from the headings, or make both read the same.

    Formerly S604 (structure): a selector, suppression, option table or baseline entry naming
    S604 names this rule.

    ## Options
    - `threshold` (default 85): the rapidfuzz ratio (0–100) from which a body title counts as
      the entry's near match.
    - `report_missing` (default false): also report entries with no near match (as info).
    """

    doc_zh = """## 它检查什么
    把目录的每一行（“一、部门主要职责……2”）与文档的标题和编号行比较。某条目与正文没有完全相同的标题（空格、全/半角标点和末尾标点不计），却与某个正文标题几乎相同时，在正文标题行报告，并指出目录那一行；只有正文标题是提纲的标准标题（“部门决算单位构成”）而目录条目不是时，错在目录，在目录行报告，并指出正文那一行。目录中没有页码时，按编号和位置对应。

    完全找不到相近标题的条目（图、表、导入程序看不到的部分）不报告，除非设置了 `report_missing`，那时也只作为 info 报告。正文标题只是在条目前加了单位全称（“概况”/“示范镇人民政府概况”；单位名称后标明决算范围的括号不计，如“示范局(本级)部门概况”/“部门概况”），或表名加了书名号《》的，或年份一处写“2023年度”、一处写“2023年”的，或一处用单位的通用简称（“示范县工商联概况”/“示范县工商业联合会概况”）的，或一处略去地名、只以级别称呼单位（“区卫健委单位概况”/“示范市东湖区卫生健康委员会单位概况”）的，视为同一标题；文本在最后一个标题中途截断（摘录）的，也不报告；正文把条目开头单独排在标题上一行的（“附件”/“部门整体支出绩效自评表”对应条目“附件 部门整体支出绩效自评表”），也视为同一标题。

    “第一部分”这类部分编号在目录中只列一次、正文中也只有一行时，目录条目与正文该行即为同一部分，标题不同即报告（目录“第一部分 部门基本情况”，正文“第一部分 部门概况”）。按前后条目定位的条目，取两者之间唯一一个同编号的标题；正文把该标题连续写了两遍的，算一个，其下以同一编号开头的句子（“一、政协的主要职能是……。”）不算。

    正文标题与条目一字不差、编号体例相同而序号不同的（目录“二、部门概况”，正文“一、部门概况”：目录给未编号的“摘要”也排了序号），同样报告；条件是对应关系确定：该标题在目录中只出现一次，在目录之后的正文中也只有一行。正文用另一层级的编号体例的（目录“（一）部门职责”，正文“一、部门职责”；“第一部分”等部分编号除外）也报告，每对体例一份文档只报一次（目录把一整级都编成了另一种体例）。

    ## 为什么要改
    目录与正文不一致，是只在一处改了标题的痕迹；两者之一有错字，公开的文档自相矛盾。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    按正文标题重新生成目录，或让两处写法一致。

    原编号 S604（结构）：写 S604 的选择器、抑制注释、选项表和基线条目都指本规则。

    ## 选项
    - `threshold`（默认 85）：rapidfuzz 相似度（0–100），达到即视为该条目相近的正文标题。
    - `report_missing`（默认 false）：没有相近标题的条目也报告（级别 info）。
    """

    code = "C724"
    name = "toc-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "目录与正文标题不一致", "en": "Table of contents differs from the headings"}
    messages = {
        "mismatch": {
            "zh": "目录“{toc}”与正文标题“{body}”（第 {line} 行）不一致",
            "en": "the table of contents says “{toc}” but the heading at line {line} says “{body}”",
        },
        "heading": {
            "zh": "正文标题“{body}”与目录“{toc}”（第 {line} 行）不一致",
            "en": "the heading says “{body}” but the table of contents at line {line} says “{toc}”",
        },
        "missing": {
            "zh": "目录“{toc}”在正文中找不到对应标题",
            "en": "no heading in the text matches the table-of-contents entry “{toc}”",
        },
        "number": {
            "zh": "目录“{toc}”与正文标题“{body}”（第 {line} 行）编号不同",
            "en": "the table of contents numbers “{toc}” but the heading at line {line} is “{body}”",
        },
        "body": {"zh": "正文标题", "en": "heading in the text"},
        "contents": {"zh": "目录条目", "en": "table-of-contents entry"},
    }
    default_options = {"threshold": 85.0, "report_missing": False}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        threshold = float(self.options["threshold"])
        restyled: set[tuple[str, str]] = set()
        for match in toc_matches(doc, threshold):
            said = False
            if match.renumbered and match.restyled:
                styles = (match.entry.numbering.style, match.target.numbering.style)
                said = styles in restyled  # one contents numbering a level otherwise: said once
                restyled.add(styles)
            if match.renumbered and not said:
                target = match.target.text.locate()
                yield self.diagnostic("number", _title_location(match.entry), related=[(target, "body")],
                                      toc=match.entry.numbering.marker + match.entry_title,
                                      body=match.target.numbering.marker + shown_title(match.target), line=target.line)
            if match.exact:
                continue
            loc = _title_location(match.entry)
            if match.target is None:
                if self.options["report_missing"]:
                    yield self.diagnostic("missing", loc, severity=Severity.info, toc=match.entry_title)
                continue
            target = match.target.text.locate()
            if runs_to_the_end(doc, target) and (
                    normalise_title(match.entry_title).startswith(normalise_title(match.target_title))
                    or len(normalise_title(match.target_title)) < len(normalise_title(match.entry_title))):
                continue  # the heading is the text's last line, cut short where the copy stops
            toc, body = differing_clauses(match.entry_title, match.target_title)
            if reads_standard(match.target_title) and not reads_standard(match.entry_title):
                # the heading is the outline's standard title: the slip is the contents'
                yield self.diagnostic("mismatch", loc, related=[(target, "body")], toc=toc, body=body,
                                      line=target.line)
                continue
            yield self.diagnostic("heading", _heading_location(match), related=[(loc, "contents")], toc=toc,
                                  body=body, line=loc.line)
