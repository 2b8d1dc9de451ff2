"""Y504: the part's title names one year, its body speaks of another."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.dates import phrases, title_year
from perflint.extract.part_index import by_part
from perflint.model import Document, Location, Part
from perflint.text.normalise import compact as _compact
from perflint.text.patterns import lazy_compile

from ._facts import DateFact, date_facts, title_like_text

# Contexts in which a year speaks of the period the report covers.
_COVERED = ("plain", "activity", "as_of")


class TitleYearMismatch(Check):
    """## What it does
    Compares the year in a report's title with the years its body uses: warns when the body
    overwhelmingly speaks of another year (by default at least 4 mentions and 80% of them), or
    when every form title inside the report (`…年度…自评表`, two or more) names another year.
    A report with a single form warns when that form (its title, or its year line `（2023年度）`)
    names another year and the body's years agree with the form, the title's year appearing nowhere;
    and the other way round, when title and body agree on one year and the report's one
    self-evaluation form (`…自评表`, `…评分表`) names a year found nowhere else, the form is the odd one.
    A form standing alone (`某县卫生健康局2022年度…自评表` over `（2023年度）`) warns when its 填报日期
    falls in the year after its year line (`2024年3月28日`): the title is the odd one.
    The sentence that introduces the report (`现将我局2022年度部门整体支出绩效自评情况报告如下` under a
    2023 title) warns on its own: it names the year the report is about (a follow-up of an earlier
    year's evaluation, `…整改情况报告如下`, is not the report's year).
    Comparisons, document numbers, policy titles and other excluded dates are not counted, nor
    are plans (`下一步改进措施`) and the stages of the evaluation's own work (`自评工作开展情况`),
    which are dated after the year on purpose, nor the lines of a web page's header above the
    report's title line (the page's publication dates and its own name for the page).

    ## Why is this bad?
    A title advanced to the new year over a body copied from last year's report (or the
    reverse) means the figures may all belong to the wrong year.

    ## Example
    ```text
    某县文化馆2023年度送戏下乡项目绩效自评报告
    一、项目基本情况
    2022年度项目预算数为 40 万元，2022年共演出 24 场。
    2022年观众累计 9600 人次，2022年度资金全部到位。
    ```

    ## Use instead
    ```text
    某县文化馆2023年度送戏下乡项目绩效自评报告
    一、项目基本情况
    2023年度项目预算数为 40 万元，2023年共演出 24 场。
    2023年观众累计 9600 人次，2023年度资金全部到位。
    ```
    Give title and body the same fiscal year.

    ## Options
    - `min_mentions` (default 4), `min_share` (default 0.8): how clearly the body's year must dominate.
    """

    doc_zh = """## 它检查什么
    把报告标题中的年度与正文所用的年份比较：正文压倒性地讲另一个年度（默认至少 4 处且占 80%），或报告中所有表格标题（“……年度……自评表”，两个及以上）都是另一个年度时提示。报告只有一张表时，该表（表题或表题下的年度行“（2023年度）”）是另一个年度、正文所述年份与之相同且无一处是标题年度的，也提示；反之，标题与正文同为一个年度、而报告唯一的自评表（“……自评表”“……评分表”）标题是正文中别处没有的另一个年度，提示该表。介绍本报告的句子（2023 年度标题下的“现将我局2022年度部门整体支出绩效自评情况报告如下”）单独提示：它写明了报告所讲的年度（讲以前年度评价整改的“……整改情况报告如下”除外）。比较、文号、政策名称等排除的日期不计入；计划（“下一步改进措施”）和自评工作各阶段（“自评工作开展情况”）本就在年度之后，也不计入；报告标题行之上的网页页头（网页的发布日期、网站给该页起的名称）也不计入。单独的一张表（“某县卫生健康局2022年度……自评表”下为“（2023年度）”），其填报日期在年度行之次年（“2024年3月28日”）的，同样提示。

    ## 为什么要改
    标题改成了新年度，正文却是从上年报告抄来的（或相反），说明其中的数字可能全属于错误的年度。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    标题与正文写同一个年度。

    ## 选项
    - `min_mentions`（默认 4）、`min_share`（默认 0.8）：正文中另一年度须占优势到什么程度才提示。
    """

    code = "Y504"
    name = "title-year-mismatch"
    family = "years"
    severity = Severity.warning
    title = {"zh": "标题年度与正文年度不一致", "en": "Title year differs from the body's year"}
    messages = {
        "body": {
            "zh": "标题为 {title} 年度，正文 {count}/{total} 处年份为 {body} 年（首见第 {line} 行）",
            "en": "the title says {title} but {count} of {total} years in the body are {body} (first at line {line})",
        },
        "forms": {
            "zh": "标题为 {title} 年度，而报告内 {count} 张表的标题均为 {body} 年度（首见第 {line} 行）",
            "en": "the title says {title} but all {count} form titles inside say {body} (first at line {line})",
        },
        "form": {
            "zh": "标题为 {title} 年度，而报告的自评表（第 {line} 行）与正文所述年份均为 {body} 年度",
            "en": "the title says {title} but the report's form (line {line}) and the years of its body say {body}",
        },
        "form_signed": {
            "zh": "标题为 {title} 年度，而表中年度行（第 {line} 行）为 {body} 年度，填报日期（第 {signed_line} 行）也在其次年：标题年份是否写错？",
            "en": "the title says {title} but the form's year line (line {line}) says {body}, and its date (line {signed_line}) falls in the year after: a wrong year in the title?",
        },
        "form_odd": {
            "zh": "自评表标题为 {form} 年度，而报告标题与正文所述年份均为 {title} 年度",
            "en": "the form's title says {form} but the report's title and the years of its body say {title}",
        },
        "intro": {
            "zh": "标题为 {title} 年度，而正文开头称本报告所报为 {body} 年度的情况：哪一个年份写错了？",
            "en": "the title says {title} but the body introduces the report as {body}'s: which year is wrong?",
        },
        "see": {"zh": "正文年份", "en": "body year"},
        "see_title": {"zh": "报告标题", "en": "the report's title"},
    }
    default_options = {
        "min_mentions": phrases()["title_year"]["min_mentions"],
        "min_share": phrases()["title_year"]["min_share"],
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        facts = by_part(f for f in date_facts(doc, ctx) if f.mention.year is not None)
        for part in doc.parts:
            if ctx.fiscal_year_of(part) is None or _prose(part.title):
                continue  # (a text that opens inside an article has no title to compare)
            t_year = title_year(part.title) or part.fiscal_year
            if t_year is None:
                continue
            own = facts.get(id(part), [])
            title_loc, body = self._split_title(doc, part, own, t_year)
            intro = next((f for f in body if f.mention.year != t_year and _introduces_report(f)), None)
            if intro is not None:
                yield self.diagnostic("intro", intro.location, related=[(title_loc, "see_title")], title=t_year,
                                      body=intro.mention.year)
            forms = [f for f in body if f.mention.fiscal and (title_like_text(f.source.value) or _year_line(f))]
            form_years = {f.mention.year for f in forms}
            if len(forms) >= 2 and len(form_years) == 1 and t_year not in form_years:
                first = forms[0]
                yield self.diagnostic("forms", title_loc, related=[(first.location, "see")], title=t_year,
                                      body=first.mention.year, count=len(forms), line=first.location.line)
                continue
            counted = [f for f in body if f.context in _COVERED and f.where != "toc" and _about_the_year(f)]
            counts = Counter(f.mention.year for f in counted)
            if not counts:
                continue
            if len(forms) == 1 and forms[0].mention.year != t_year and t_year not in counts:
                # the report's one 自评表 names another year (its title or its year line ``（2023年度）``)
                # and so does every year of the body that speaks of the period: the title is the odd one
                form = forms[0]
                others = Counter(f.mention.year for f in counted if f is not form)
                if others.get(form.mention.year):
                    yield self.diagnostic("form", title_loc, related=[(form.location, "see")], title=t_year,
                                          body=form.mention.year, line=form.location.line)
                    continue
                # a form standing alone: its year line and its 填报日期 (the year after) agree
                signed = next((f for f in own if f.context == "signature" and _year_line(form)
                               and f.mention.year == form.mention.year + 1), None)
                if signed is not None:
                    yield self.diagnostic("form_signed", title_loc, related=[(form.location, "see")], title=t_year,
                                          body=form.mention.year, line=form.location.line,
                                          signed_line=signed.location.line)
                    continue
            year, count = counts.most_common(1)[0]
            total = sum(counts.values())
            if len(forms) == 1 and forms[0].mention.year != t_year and self._odd_form(forms[0], counted, t_year):
                # the report's one 自评表 names another year while title and body agree: the form's
                # title is the odd one (a year left from last year's template)
                form = forms[0]
                yield self.diagnostic("form_odd", form.location, related=[(title_loc, "see_title")],
                                      title=t_year, form=form.mention.year)
                continue
            if year == t_year or count < self.options["min_mentions"] or count / total < self.options["min_share"]:
                continue
            first = next(f for f in counted if f.mention.year == year)
            yield self.diagnostic("body", title_loc, related=[(first.location, "see")], title=t_year, body=year,
                                  count=count, total=total, line=first.location.line)

    @staticmethod
    def _odd_form(form: DateFact, counted: list[DateFact], t_year: int) -> bool:
        """Whether a self-evaluation form's year is the odd one against a title the body agrees with:
        every other year the body speaks of is the title's (at least two), the form's nowhere. Only a
        form that evaluates the year (自评表, 评分表, 评价表) must carry it; a target form may be
        the next year's."""
        if not _EVALUATION_FORM.search(form.source.value):
            return False
        others = [f.mention.year for f in counted if f is not form]
        # every other year of the body is the title's (at least two of them)
        return len(others) >= 2 and set(others) == {t_year}

    @staticmethod
    def _split_title(doc: Document, part: Part, own: list[DateFact], t_year: int) -> tuple[Location, list[DateFact]]:
        """The location of the title's year, and the facts of the body (the title left out, and
        the lines of a web page's header above the report's title line: the page's own index
        number, publication dates and name for the page, which date the page, not the report)."""
        title = _compact(part.title)
        title_blocks = {id(b) for b in part.blocks[:3] if _compact(b.text.value) and _compact(b.text.value) in title}
        year = str(t_year)
        for k, block in enumerate(part.blocks[:_HEADER_REACH]):
            value = _compact(block.text.value)
            if year in value and value in title:
                # the line that carries the title's year: what stands above it is the page's header
                title_blocks.update(id(b) for b in part.blocks[:k + 1])
                break
        loc = Location(doc.path, part.line)
        for f in own:
            if id(f.block) in title_blocks and f.mention.year == t_year:
                loc = f.location
                break
        return loc, [f for f in own if id(f.block) not in title_blocks]


_HEADER_REACH = 12  # blocks from a part's start where its title line may stand under a page's header
# a form that evaluates the year it names (not a target form, which may be the next year's)
_EVALUATION_FORM = lazy_compile(r"(?:自评|评分|评价)表")

# a form's year line under its title: ``项目支出绩效自评表`` / ``（2023年度）``
_YEAR_LINE = lazy_compile(r"^[（(]\s*\d{4}\s*年度?\s*[)）]$")


# ``现将我局2022年度部门整体支出绩效自评情况报告如下``: the sentence that introduces the report names
# the year it reports on, which only the title's year can be
_INTRO_BEFORE = lazy_compile(r"(?:现将|现就|特将|兹将)[^。；;！!？?，,]{0,16}$")
_INTRO_AFTER = lazy_compile(r"^[^。；;！!？?]{0,40}?(?:报告|汇报|说明)(?:如下|于后)")


def _introduces_report(fact: DateFact) -> bool:
    """The date names the year of the report in the sentence that introduces it."""
    m = fact.mention
    if fact.where != "paragraph" or m.month is not None or fact.context not in _COVERED:
        return False
    text = fact.source.value
    if any(w in fact.sentence for w in phrases()["follow_up_headings"]):
        return False  # 现将2022年度绩效评价整改情况报告如下: an earlier year's follow-up is the subject
    return bool(_INTRO_BEFORE.search(text[max(0, m.start - 16):m.start])) \
        and bool(_INTRO_AFTER.match(text[m.end:m.end + 48]))


def _year_line(fact: DateFact) -> bool:
    return fact.where == "paragraph" and bool(_YEAR_LINE.match(fact.source.value.strip()))


def _about_the_year(fact: DateFact) -> bool:
    """A date that speaks of the year the body reports on: not a plan (下一步…, dated after it on
    purpose) nor a stage of the evaluation's own work (自评工作开展情况, done the year after)."""
    if fact.forward:
        return False
    sections = phrases().get("evaluation_work_sections") or ()
    return not any(w in _compact(title) for title in fact.block.section for w in sections)


_SENTENCE_END = "。！？；!?;"


def _prose(title: str) -> bool:
    """A part "titled" by a sentence (``…2015年底，…改革基本完成；…``): a text that starts inside an
    article, whose first line is prose; the years it names are no report's title year."""
    t = title.strip()
    return len(t) > 15 and any(ch in t for ch in _SENTENCE_END)
