"""C710: one event (a unit split, founded, moved …) given two different dates."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import phrases
from perflint.extract.quantities import part_prose
from perflint.extract.wording import text_facts
from perflint.model import Document


class EventDatedTwice(Check):
    """## What it does
    Finds the same one-time event — the same words right after the date, one of them an event
    that happens once (拆分, 成立, 合并, 挂牌, 上线, 竣工, 搬迁 …) — written with two different
    months in one document. An event written with its subject before the date (`修缮工程已于
    2023年10月竣工`, `系统自2024年9月上线以来`) is also known by that subject (four characters or
    more) and the one-time verb of the date's clause, within one report. Repeated work
    (`开展检查`) is not a one-time event and stays quiet, nor are two steps of one thing (`开工`,
    `竣工`).

    ## Why is this bad?
    A school is split, a unit founded, a system goes live once. Two dates for it mean one of
    them is wrong, and the figures that depend on it (`当年经费只核算了4个月`) may be too.

    ## Example
    ```text
    青石镇人民政府2023年度部门决算说明
    一、机构设置
    2022年9月，原青石镇中心学校拆分为青石小学和青石中学。
    二、支出决算情况说明
    人员经费增加，主要是2022年8月原青石镇中心学校拆分后教职工增加。
    ```

    ## Use instead
    ```text
    青石镇人民政府2023年度部门决算说明
    一、机构设置
    2022年9月，原青石镇中心学校拆分为青石小学和青石中学。
    二、支出决算情况说明
    人员经费增加，主要是2022年9月原青石镇中心学校拆分后教职工增加。
    ```
    Give the event one date everywhere.
    """

    doc_zh = """## 它检查什么
    查找同一个一次性事项——日期之后紧跟的字词相同，且其中之一是只发生一次的事（拆分、成立、合并、挂牌、上线、竣工、搬迁……）——在同一文档中写成两个不同月份（或同一月份中两个不同的日，两处都写到日）的情况。日期前写明对象的（“修缮工程已于2023年10月竣工”“系统自2024年9月上线以来”），在同一份报告内也按对象（四个字以上）和日期所在分句的一次性动词认定为同一事项。重复性工作（“开展检查”）不是一次性事项，同一对象的不同环节（开工、竣工）也不是同一事项，均不报告。

    ## 为什么要改
    学校拆分、单位成立、系统上线都只发生一次。一个事项有两个日期，其中必有一个是错的，依赖它的数字（“当年经费只核算了4个月”）也可能错。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    同一事项各处写同一个日期。
    """

    code = "C710"
    name = "event-dated-twice"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "同一事项日期前后不一致", "en": "One event given two dates"}
    messages = {
        "differs": {
            "zh": "“{event}…”此处写作 {date}，第 {line} 行写作 {other}：同一事项日期不一致",
            "en": "“{event}…” is dated {date} here but {other} at line {line}",
        },
        "first": {"zh": "另一处日期", "en": "the other date"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        seen: dict[str, list] = {}
        by_subject: dict[tuple, list] = {}
        length = phrases()["event_subject_length"]
        for part in doc.parts:
            for _block, source in part_prose(doc, part):
                for event in text_facts(source.value).dated_events:
                    seen.setdefault(event.key, []).append((event, source))
                    if len(event.subject[0]) >= length:  # one report's subject: another's may share it
                        by_subject.setdefault((id(part), *event.subject), []).append((event, source))
        reported: set[int] = set()
        for key, items in seen.items():
            if any(e.one_time for e, _ in items):
                yield from self._first_other_date(key, items, reported)
        for (_part, subject, verb), items in by_subject.items():
            yield from self._first_other_date(subject + "…" + verb, items, reported)

    def _first_other_date(self, key: str, items: list, reported: set[int]) -> Iterator[Diagnostic]:
        """The first statement of the event dated otherwise than the first, unless reported."""
        first, first_src = items[0]
        for event, source in items[1:]:
            if (event.year, event.month) == (first.year, first.month) and (
                    event.day is None or first.day is None or event.day == first.day):
                continue  # (two days of one month, each written in full, are two dates)
            if id(event) not in reported:
                reported.update((id(event), id(first)))
                loc = source.locate(event.start, event.end)
                first_loc = first_src.locate(first.start, first.end)
                yield self.diagnostic("differs", loc, related=[(first_loc, "first")], event=key,
                                      date=event.written, other=first.written, line=first_loc.line)
            return
