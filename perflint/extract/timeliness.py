"""The dates a 自评表's 时效 indicators give as done, and the narrative's dates of the same thing.

A 时效 indicator names a step and a time (``补贴资金发放时间 | 2023年6月30日前 | 2023年6月28日``):
its actual is the day the step was done. The narrative often tells the same step with its own
date (``补贴资金于2023年7月20日全部发放到户``). The step is known by the indicator's name
without its time word: the first two characters of what is left (its object, 补贴) and the last
two (its verb, 发放), or 完成 where the step is a task named before 完成时间 (维修任务完成时间). A narrative date is of that step when the verb stands in the date's own
clause after the date and the object in that clause before it; a deadline, a plan or a delay
(``6月30日前``, ``计划于…``, ``推迟至…``) is no date the step was done on.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.model import Indicator
from perflint.text.dates import DateMention, date_mentions
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile
from perflint.text.sentences import sentences


@dataclass(frozen=True)
class DatedStep:
    """A 时效 indicator whose actual is one date: the step's object and verb, and that date."""

    indicator: Indicator
    obj: str  # the first two characters of the step (补贴 in 补贴资金发放)
    verb: str  # its last two (发放)
    done: DateMention  # the actual's date, with a month


@dataclass(frozen=True)
class NarrativeDate:
    """A date the narrative gives a step, at ``text[start:end]``."""

    date: DateMention
    start: int
    end: int


@cache
def _words() -> dict:
    return data.load("consistency")["timeliness"]


_CLAUSE_END = lazy_compile(r"[，,。；;：:！!？?]")


def dated_step(ind: Indicator) -> DatedStep | None:
    """The step and date of a 时效 indicator whose actual cell is one date with a month (and no
    bound: ``2023年6月30日前`` says when, not the day); None for any other indicator."""
    if ind.actual is None:
        return None
    name = compact(ind.name)
    words = _words()
    time_word = next((w for w in words["time_words"] if name.endswith(w)), None)
    step = name[: -len(time_word)] if time_word is not None else None
    if step is None or len(step) < 4:
        return None
    verb = step[-2:]
    if time_word.startswith("完成") and verb in words["task_nouns"]:
        verb = "完成"  # 维修任务完成时间: the step is a task, done with 完成, not 任务
    actual = compact(ind.actual.cell.value)
    found = date_mentions(actual)
    if len(found) != 1 or found[0].year is None or found[0].month is None:
        return None
    done = found[0]
    if actual[done.end:] or done.start > 0:  # the cell is the date alone: no bound, no words
        return None
    return DatedStep(ind, step[:2], verb, done)


def narrative_dates(text: str, step: DatedStep) -> list[NarrativeDate]:
    """The dates ``text`` gives ``step`` as done: the verb in the date's clause after it, the
    object before the date in its sentence, and no deadline or plan word around the date."""
    if step.verb not in text or step.obj not in text:
        return []
    words = _words()
    out: list[NarrativeDate] = []
    for start, end in sentences(text):
        sentence = text[start:end]
        if step.verb not in sentence or step.obj not in sentence:
            continue
        for m in date_mentions(sentence):
            if m.year is None or m.month is None:
                continue
            after = sentence[m.end:]
            clause = _CLAUSE_END.split(after, 1)[0]
            if step.verb not in clause[: words["verb_window"]]:
                continue
            opening = max(sentence.rfind(c, 0, m.start) for c in "，,；;：:") + 1
            if step.obj not in sentence[opening: m.start]:
                continue  # the object in the date's own clause (补贴资金于…), not somewhere before
            if compact(clause).startswith(tuple(words["bounds_after"])):
                continue  # 6月30日前发放: a deadline
            if compact(sentence[: m.start]).endswith(tuple(words["plans_before"])):
                continue  # 计划于…发放: a plan
            out.append(NarrativeDate(m, start + m.start, start + m.end))
    return out


def same_day(a: DateMention, b: DateMention) -> bool:
    """Whether two dates can be the same day: the same year and month, and the same day where
    both give one."""
    if (a.year, a.month) != (b.year, b.month):
        return False
    return a.day is None or b.day is None or a.day == b.day
