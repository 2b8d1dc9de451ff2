"""The project a project report's title names, and the project its prose says it evaluated.

A project report opens with the project its self-evaluation is of, in its title (``某镇关于X项目的
绩效自评报告``, ``某县水利局2023年度X项目支出绩效自评报告``, ``X项目2020年度绩效自评报告``), and often
says it again in its first paragraph (``开展了X项目的绩效评价自评工作``, ``对X项目开展了绩效自评``).
This module reads both; the consistency family compares them (C706).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from perflint.model import Heading, Paragraph, Part, SourceText
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

# The report's title: the project before 的/a year/支出 and the report's name. The project is what
# follows 关于 or the year (a unit and a year stand before it), else the whole head.
_TITLE = lazy_compile(
    r"^(?P<head>.{2,70}?项目)(?:的)?(?:(?:19|20)\d\d年度?)?(?:支出)?(?:的)?绩效(?:自评|自我评价|评价)报告$")
_TITLE_LEAD = lazy_compile(r"^.*?(?:关于|(?:19|20)\d\d年度?)")
# the statement of what was evaluated: 开展了Y项目的绩效评价自评工作, 对Y项目开展了绩效自评
_OBJECT = lazy_compile(
    r"(?:对|开展了?|组织了?)(?P<name>[^，,。；;、：:“”（）()对]{2,40}?项目)(?:的)?"
    r"(?:进行了?|开展了?)?(?:绩效)(?:评价)?(?:自评|自我评价)")
# a name that points back (该项目, 本项目, 上述项目) names no project of its own
_POINTER = lazy_compile(r"^(?:(?:19|20)\d\d年度?)?(?:该|本|此|上述|以上|各|所有|相关|全部)")
_TITLE_BLOCKS = 25  # a web page's notice lines may stand above the title
_TITLE_MAX = 80


@dataclass(frozen=True)
class EvaluatedObject:
    """A project the prose says was evaluated: its ``name`` at ``start:end`` of ``source``."""

    name: str
    source: SourceText
    start: int
    end: int


def title_project(part: Part) -> str | None:
    """The project named by the report's title among the part's first lines, if it names one."""
    for block in part.blocks[:_TITLE_BLOCKS]:
        if not isinstance(block, (Paragraph, Heading)):
            continue
        value = block.text.value
        if "报告" not in value:
            continue
        flat = compact(value)
        if len(flat) > _TITLE_MAX:
            continue
        m = _TITLE.match(flat)
        if m is None:
            continue
        head = m.group("head")
        lead = _TITLE_LEAD.match(head)
        name = head[lead.end():] if lead is not None else head
        return name if "整体" not in name else None
    return None


def evaluated_objects(texts: list[tuple[object, SourceText]]) -> Iterator[EvaluatedObject]:
    """The projects the prose ``texts`` say were evaluated (开展了Y项目的绩效评价自评工作)."""
    for _block, source in texts:
        value = source.value
        if "自评" not in value and "自我评价" not in value:
            continue  # (most paragraphs: a substring test in C)
        for m in _OBJECT.finditer(value):
            name = m.group("name")
            if _POINTER.match(name):
                continue
            yield EvaluatedObject(name, source, m.start("name"), m.end("name"))
