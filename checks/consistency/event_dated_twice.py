"""C710: one event (a unit split, founded, moved …) given two different dates."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import dated_events
from perflint.extract.quantities import prose_texts
from perflint.model import Document


class EventDatedTwice(Check):
    """## What it does
    Finds the same one-time event — the same words right after the date, one of them an event
    that happens once (拆分, 成立, 合并, 挂牌, 上线, 竣工, 搬迁 …) — written with two different
    months in one document. Repeated work (`开展检查`) is not a one-time event and stays quiet.

    ## Why is this bad?
    A school is split, a unit founded, a system goes live once. Two dates for it mean one of
    them is wrong, and the figures that depend on it (`当年经费只核算了4个月`) may be too.

    ## Example
    ```text
    主要原因是2022年9月原城关学校拆分为城关小学和城关中学，……
    ……主要原因是2022年8月原城关学校拆分，……
    ```

    ## Use instead
    Give the event one date everywhere.
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
        for part in doc.parts:
            for _block, source in prose_texts(part):
                for event in dated_events(source.value):
                    seen.setdefault(event.key, []).append((event, source))
        for key, items in seen.items():
            if not any(e.one_time for e, _ in items):
                continue
            first, first_src = items[0]
            for event, source in items[1:]:
                if (event.year, event.month) == (first.year, first.month):
                    continue
                loc = source.locate(event.start, event.end)
                first_loc = first_src.locate(first.start, first.end)
                yield self.diagnostic("differs", loc, related=[(first_loc, "first")], event=key,
                                      date=event.written, other=first.written, line=first_loc.line)
                break
