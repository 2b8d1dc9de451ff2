"""Y506: a document number or a date whose year has lost or gained a digit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.facts import facts_of
from perflint.model import Document, SourceText
from perflint.text.dates import MalformedYear as MalformedYearFound
from perflint.text.dates import list_number_glued_to_year, malformed_title_years


class MalformedYear(Check):
    """## What it does
    Finds a year of three digits (or five) where only a four-digit year can stand: inside the
    brackets of a document number (`〔202〕25号`), before a month or `年度` (`202年1月11日`,
    `20222年度`), before `年` in the report's title (`某局202年部门决算`), or before `年`
    where a clause opens and the text goes on (`现将202年全县…`, `关于201年市级部门…`, or after the
    clause's subject, a unit or a place: `某区201年一般公共预算…`, but not a founding, `建县200年`; a count
    of years says what it counts: `200年来`, `200年一遇`); a five-digit number that starts like a
    year is one before `年` anywhere (`20221年全面完成`, or a 2 typed twice before one: `22017年预算数`),
    except where it opens a list item whose neighbours are numbered in sequence (`12018年…` then
    `22018年…`, or after `1、2018年…`): there the item's number ran into its year, its `、` lost, and
    that is reported as such, a warning; a 2 before a year that opens a line elsewhere
    (`22017年预算数…`) is a warning too, naming both readings: a 2 typed twice, or a page number (a
    PDF's, a page converted from one) or a list number run into the line's first year. A date whose `年` and `月` were lost, its
    digits run together (`于20181128日成立`, `公开时间:2023921`, `于20237-8月开展`, or after a list
    number that lost its `、` too: `220211231日前完成`), or whose `月` alone was lost after the year
    (`2021年1231日`, `2021年年1130日`), is reported as a warning, and so is a year whose 年 of
    年度 was lost (`2024度部门决算`, or `2024度，` opening a sentence, or the year lost with its 年, the
    度 left after a part's heading, an outline mark or a unit's name, or at a line's start: `第二部分度部门决算情况说明`, `二、度单位预算`; a figure of kilowatt-hours,
    `2024度电`, `用电2024度，`, stays quiet), and so is a year run straight into what it dates, its
    `年` lost, in running text: before 底/末/初 (`2023底有职工18人`), before a word a report's year
    heads after a preposition, a unit's or place's name or a list's marker (`对2022转移支付资金`,
    `本中心2021部门决算收入…`; before the quoted project it dates after the unit's own name:
    `现将我院2020“综合事务”项目…`), in a title or heading too (`2022某县卫生健康局本级决算公开`,
    `（四）2019部门整体支出绩效自评报告`, `某局2024部门决算`); a year before 度 after 对照/按照/根据
    (`对照2021度本专科生奖助学金项目`) is a 年度 that lost its 年 as well. Figures
    a flattened form runs into its labels (`拨款2020其他资金`) and a year's own words
    (`2023级`, `2022版`). So is a year run into its month before 月 (`20209月投入使用`), and last
    year's figure run into its year after a word of comparison (`2020年度收入424.71万元，与2019498.83万元相比减少74.12万元`:
    2019年 498.83万元), read so only where the text names the next year with 年 and the figure
    without the year makes the difference it states (a real figure of that size stays quiet). So is a
    span of years written backwards, its end before its start (`行动计划(2018—2010)`,
    `2023-2021年`): one of its years was mistyped. So is a span of dates that ends before it starts
    (`2023年9月至2023年3月`, or `2023年10月—4月` with the end in the start's year, unless its sentence
    names a season or period that runs into the next year: 供暖期, 冬春, 学年, 次年). Without a year,
    so are days of one month written backwards (`5月20日至5月10日`, `5月20日至10日`: a span into the
    next year is written `至次年…`) and months after a word naming one year (`今年11月至3月`); a bare
    span of months (`11月至3月`, `10月1日至9月30日`) may cross a year end and stays quiet. Two years run
    together before 年 (`规划(20212025年)`, a span whose dash was lost, the second year after the
    first) and a document number whose `〕` was lost, its year run into its sequence (`〔20217号`),
    are warnings too, as is one written without its brackets (`某政发20167号`); where T805 reads the
    number as a bracket slip (its 〔 never closed, or its issuer's code leading into the digits),
    the slip is T805's alone. A year typed with the letter O for a zero
    (`2O23年度`, `〔2O22〕5号`) is an error; a year whose digits one space splits right before `年`
    (`202 3年度`) is a warning (a text spaced letter by letter, `2 0 2 3 年`, is a PDF's layout and
    stays quiet).

    ## Why is this bad?
    A digit was lost in typing or in a PDF copy. A reader cannot tell which year was meant
    (`〔2022〕`? `〔2023〕`?), so the document cannot be found and the date proves nothing.

    ## Example
    ```text
    根据《关于下达专项资金的通知》（某财教〔202〕25号），资金已于202年1月11日全额到位。
    ```

    ## Use instead
    ```text
    根据《关于下达专项资金的通知》（某财教〔2022〕25号），资金已于2023年1月11日全额到位。
    ```
    """

    doc_zh = """## 它检查什么
    在只能出现四位年份的位置查找三位（或五位）年份：文号的括号内（“〔202〕25号”），月份、“年度”之前（“202年1月11日”“20222年度”），报告标题中“年”之前（“某局202年部门决算”），或分句开头、后接正文的“年”之前（“现将202年全县……”“关于201年市级部门……”，也包括分句主语即单位或地名之后：“某区201年一般公共预算……”，但“建县200年”这类建制年数不算；表示年数的写法会说明计的是什么：“200年来”“200年一遇”）；以年份开头的五位数（或年份前多打一个 2）出现在任何“年”字之前（“20221年全面完成”“22017年预算数”）都算；但若它是列表条目的开头、前后条目的序号依次相连（“12018年……”之后“22018年……”，或“1、2018年……”之后），则是条目序号丢了“、”而与年份连在一起，按此说明，以警告报告；其他位于行首、年份前多一个 2 的（“22017年预算数……”）也以警告报告，并说明两种可能：2 重复敲入，或页码（PDF 的页码，或由 PDF 转成的网页上的页码）、列表序号与该行开头的年份连在了一起。日期丢了“年”“月”、数字连成一串的（“于20181128日成立”“公开时间:2023921”“于20237-8月开展”，或列表序号也丢了“、”而与日期连在一起：“220211231日前完成”），或年份之后只丢了“月”的（“2021年1231日”“2021年年1130日”），以及“年度”丢了“年”字的（“2024度部门决算”，或在句首、后接逗号的“2024度，”，或年份连同“年”字一起丢了、“度”紧跟在部分标题、编号或单位名称之后或位于行首的“第二部分度部门决算情况说明”“二、度单位预算”；以“度”计的电量“2024度电”“用电2024度，”不算），正文中年份直接连着所指内容、丢了“年”字的（“底/末/初”之前：“2023底有职工18人”；介词、单位或地名、列表序号之后，报告年度所修饰的词之前：“对2022转移支付资金”“本中心2021部门决算收入……”；单位自称之后、所指项目的引号之前：“现将我院2020“综合事务”项目……”；标题或小标题中的也一样：“2022某县卫生健康局本级决算公开”“（四）2019部门整体支出绩效自评报告”“某局2024部门决算”；“对照”“按照”“根据”之后年份直接连着“度”的“对照2021度本专科生奖助学金项目”也是“年度”丢了“年”字；压平的表格中数字与标签连写的“拨款2020其他资金”，以及“2023级”“2022版”等也不算），以及年份与月份连成一串、丢了“年”字的（“20209月投入使用”），比较上年时上年金额与年份连成一串、丢了“年”字的（“2020年度收入424.71万元，与2019498.83万元相比减少74.12万元”即2019年498.83万元；仅在文中以“年”写明下一年、且去掉年份后的金额与文中所述增减额相符时才这样读，真正的大额金额不报告），以警告报告；起止颠倒、终止年份早于起始年份的年度区间（“行动计划(2018—2010)”“2023-2021年”）也以警告报告，其中一个年份写错了；结束日期早于开始日期的日期区间（“2023年9月至2023年3月”，或结束处未写年份、按同一年读的“2023年10月—4月”；句中写明跨年的季节或时期，如供暖期、冬春、学年、次年的除外）同样以警告报告；未写年份的，同一个月内起止日期颠倒的（“5月20日至5月10日”“5月20日至10日”：跨年的区间会写“至次年……”）和以“今年”“本年度”等指明同一年的月份区间（“今年11月至3月”）也报告，只写月份的区间（“11月至3月”“10月1日至9月30日”）可能跨年，不报告。“年”前两个年份连在一起的（“规划(20212025年)”，区间丢了连接号，后一年晚于前一年），以及文号丢了“〕”、年份与序号连在一起的（“〔20217号”），以及文号没有年份括号的（“某政发20167号”），也以警告报告；T805 把该文号读作括号错误的（“〔”未闭合，或发文机关代字紧接数字），只由 T805 报告。用字母 O 代替数字 0 的年份（“2O23年度”“〔2O22〕5号”）为错误；四位数字中间被一个空格断开、紧接“年”的年份（“202 3年度”）为警告（逐字加空格的“2 0 2 3 年”是 PDF 的排版，不报告）。

    ## 为什么要改
    录入或从 PDF 复制时丢了一位数字。读者无法判断指的是哪一年（〔2022〕？〔2023〕？），文件因此查不到，日期也证明不了什么。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "Y506"
    name = "malformed-year"
    family = "years"
    severity = Severity.error
    title = {"zh": "年份位数错误", "en": "Year with a missing or extra digit"}
    messages = {
        "document_number": {
            "zh": "文号年份“{year}”不是四位年份：缺了或多了一位数字",
            "en": "the document number's year “{year}” is not a four-digit year: a digit is missing or extra",
        },
        "date": {
            "zh": "日期年份“{year}”不是四位年份：缺了或多了一位数字",
            "en": "the date's year “{year}” is not a four-digit year: a digit is missing or extra",
        },
        "title": {
            "zh": "标题年份“{year}”不是四位年份：缺了或多了一位数字",
            "en": "the title's year “{year}” is not a four-digit year: a digit is missing or extra",
        },
        "clause": {
            "zh": "句首年份“{year}”不是四位年份：缺了一位数字",
            "en": "the year “{year}” opening the clause is not a four-digit year: a digit is missing",
        },
        "year": {
            "zh": "年份“{year}”多了一位数字：五位数不能表示年份",
            "en": "the year “{year}” has a digit too many: five digits cannot be a year",
        },
        "opening_digit": {
            "zh": "年份“{year}”多了一位数字：开头的“{number}”或是重复敲入，或是页码、列表序号与年份“{rest}”连在了一起",
            "en": "the year “{year}” has a digit too many: its leading “{number}” was typed twice, or is a page "
                  "or list number run into the year {rest}",
        },
        "reversed": {
            "zh": "年度区间“{year}”起止颠倒：终止年份早于起始年份，其中一个年份写错了",
            "en": "the span of years “{year}” runs backwards: it ends before it starts, so one of its years is mistyped",
        },
        "reversed_dates": {
            "zh": "日期区间“{year}”起止颠倒：结束日期早于开始日期，其中一个年份或月份写错了",
            "en": "the span of dates “{year}” runs backwards: it ends before it starts, so a year or a month is mistyped",
        },
        "letter": {
            "zh": "年份“{year}”中混入了字母（把 0 打成了 O）",
            "en": "the year “{year}” has a letter in it (O typed for 0)",
        },
        "split": {
            "zh": "年份“{year}”的数字被空格断开",
            "en": "the year “{year}” is split by a space",
        },
        "glued": {
            "zh": "日期“{year}”缺少“年”“月”，年、月（日）连成了一串数字",
            "en": "the date “{year}” has lost its 年 and 月: year, month (and day) run together as one number",
        },
        "list_number": {
            "zh": "“{year}”是列表序号“{number}”与年份“{rest}”连在了一起：序号后缺少“、”或“.”",
            "en": "“{year}” is the list number {number} run into the year {rest}: the marker lost its 、 or .",
        },
        "nian_lost": {
            "zh": "“{year}”缺少“年”字：年份后直接写了“度”，应为“年度”",
            "en": "“{year}” has lost its 年: the year runs straight into 度, where 年度 was meant",
        },
        "year_lost": {
            "zh": "“{year}”缺少年份：“度”前应有“某某年”（如“2023年度”）",
            "en": "“{year}” has lost its year: 度 wants the year and 年 before it (2023年度)",
        },
        "nian_missing": {
            "zh": "“{year}”后缺少“年”字：年份直接连着后面的词",
            "en": "“{year}” has lost its 年: the year runs straight into the word after it",
        },
        "year_month": {
            "zh": "日期“{year}月”缺少“年”：年份与月份连成了一串数字",
            "en": "the date “{year}月” has lost its 年: year and month run together as one number",
        },
        "glued_period": {
            "zh": "年度区间“{year}”缺少连接号：起止两个年份连在了一起",
            "en": "the span of years “{year}” has lost its dash: its two years run together",
        },
        "glued_number": {
            "zh": "文号“{year}”缺少“〕”：年份与序号连在了一起",
            "en": "the document number “{year}” has lost its 〕: its year runs into its sequence number",
        },
        "bare_number": {
            "zh": "文号“{year}”缺少年份括号“〔〕”：年份与序号连在了一起",
            "en": "the document number “{year}” has lost its 〔〕: its year runs into its sequence number",
        },
        "year_figure": {
            "zh": "“{year}”是年份与金额连在了一起：年份后缺少“年”",
            "en": "“{year}” is a year run into a figure: the year has lost its 年",
        },
        "month_lost": {
            "zh": "日期“{year}”日缺少“月”，月、日连成了一串数字",
            "en": "the date “{year}”日 has lost its 月: month and day run together as one number",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # The document's texts in order (every block's, every cell's that is not blank: a blank
        # one holds no year), each with its findings already at hand (no lookup per cell).
        part = None
        title_done = False
        listed = _list_years(doc, ctx)
        for t in facts_of(doc).texts:
            facts = t.found
            where = t.where
            if where == "cell":  # a cell is never a title: only what it holds
                if facts.malformed_years or facts.misread_years:  # most cells: neither
                    yield from self._found(t.text, facts.malformed_years, facts.misread_years)
                continue
            if t.part is not part:
                part, title_done = t.part, False
            source = t.text
            found = facts.malformed_years
            if not title_done and where in _TITLE_BLOCKS and source.line == part.line:
                title_done = True  # the block that starts with the report's title
                found = _with_title_years(found, source.value)
            elif where in _TITLE_BLOCKS and facts.title_shaped:
                # a title line further down: its mistyped year kept it from opening a part
                found = _with_title_years(found, source.value)
            if listed and (glued := listed.get(id(source))) is not None:
                yield from self._list_number(source, glued)
                found = [bad for bad in found if not glued.start <= bad.start < glued.end]
            misread = facts.misread_years
            if facts.years_lost:  # 第二部分度部门决算: a title's year lost with its 年 (no digit left)
                from perflint.extract.edges import starts_the_text

                # ``度部门决算`` opening the text: an excerpt begun after 2023年 of 2023年度, not a year lost
                lost = [bad for bad in facts.years_lost
                        if not starts_the_text(doc, source.locate(bad.start, bad.end))]
                misread = sorted([*misread, *lost], key=lambda bad: bad.start)
            yield from self._found(source, found, misread)

    def _list_number(self, source: SourceText, glued: MalformedYearFound) -> Iterator[Diagnostic]:
        """A list number run into the year its item opens with: the year itself is right, the
        marker lost its 、 (a warning: the text is wrong, but no year is in doubt)."""
        rest = glued.text[-4:]
        yield self.diagnostic("list_number", source.locate(glued.start, glued.end), severity=Severity.warning,
                              year=glued.text, number=glued.text[:-4], rest=rest)

    def _found(self, source: SourceText, found: Sequence[MalformedYearFound],
               misread: Sequence[MalformedYearFound]) -> Iterator[Diagnostic]:
        for bad in found:
            if bad.where == "year" and _leading_digit(bad.text) and not source.value[:bad.start].strip():
                # ``22017年…`` opening the line: a 2 typed twice, or a page number a PDF (or a page
                # converted from one) ran into the line's first year, or a list number that lost
                # its 、 — which one, only the draft shows: a warning naming both
                yield self.diagnostic("opening_digit", source.locate(bad.start, bad.end), severity=Severity.warning,
                                      year=bad.text, number=bad.text[0], rest=bad.text[1:])
                continue
            yield self.diagnostic(bad.where, source.locate(bad.start, bad.end), year=bad.text)
        if any(bad.where in _NUMBER_SLIPS for bad in misread):
            misread = _not_bracket_slips(source.value, misread)
        for bad in misread:  # glued dates, reversed spans, split years
            # readable once split (or one year retyped), but not as written: a warning
            yield self.diagnostic(bad.where, source.locate(bad.start, bad.end), severity=Severity.warning,
                                  year=bad.text)


_TITLE_BLOCKS = ("heading", "paragraph")  # Text.where of a Heading, a Paragraph


def _leading_digit(year: str) -> bool:
    """A five-digit "year" that is a 2 before a year (``22017``): the leading digit the pattern
    reads, not a digit typed twice inside the year (``20221``)."""
    return len(year) == 5 and year[0] == "2" and year[1:3] in ("19", "20")
_NUMBER_SLIPS = ("glued_number", "bare_number")


def _not_bracket_slips(text: str, misread: Sequence[MalformedYearFound]) -> list[MalformedYearFound]:
    """``misread`` without the document numbers T805 reports as bracket slips: a 〔 it finds
    never closed (``〔20207号``) and a number its issuer's code leads into with no brackets at all
    (``某财发202211号``). One slip, one finding: T805 names the number and how to write it."""
    from perflint.extract.punctuation import (  # rare: few texts hold one
        bare_document_numbers,
        unbalanced_brackets,
    )

    unclosed = {slip.start for slip in unbalanced_brackets(text) if slip.kind == "unclosed"}
    bare = [(b.start, b.end) for b in bare_document_numbers(text)]
    return [bad for bad in misread
            if not (bad.where == "glued_number" and bad.start in unclosed
                    or bad.where == "bare_number" and any(s < bad.end and bad.start < e for s, e in bare))]


def _list_years(doc: Document, ctx: Context) -> dict[int, MalformedYearFound]:
    """The list numbers run into a year (see :mod:`perflint.extract.list_years`), by the id of
    the text they open; the module is imported only for a draft with a text that opens so."""
    for t in facts_of(doc).texts:
        # the first test of list_number_glued_to_year written out: a digit opens the text (few do)
        if t.where in _TITLE_BLOCKS and (value := t.text.value)[:3].lstrip()[:1].isdigit() \
                and list_number_glued_to_year(value):
            break
    else:
        return {}
    from perflint.extract.list_years import glued_list_years  # rare: kept off the start-up path

    return ctx.cached(doc, "years.list_years", glued_list_years)


def _with_title_years(found: Sequence[MalformedYearFound], text: str) -> Sequence[MalformedYearFound]:
    """``found`` and the malformed year of the report's title ``text`` starts with (a five-digit
    year found anywhere, or a three-digit one opening a clause, is named as the title's when it is
    the title's)."""
    title = {bad.start: bad for bad in malformed_title_years(text)}
    if not title:
        return found
    kept = [bad for bad in found if bad.start not in title or bad.where not in ("year", "clause")]
    seen = {bad.start for bad in kept}
    extra = [bad for start, bad in title.items() if start not in seen]
    return sorted([*kept, *extra], key=lambda bad: bad.start)
