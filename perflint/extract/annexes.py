"""The annex numbers of a file of several reports (附件1 … 附件N), in the order the file gives them.

A 决算说明 or a unit's bundle of project reports numbers its reports 附件1, 附件2 …; the reader
starts a part at each, its title carrying the number (``附件2 某县…项目支出绩效自评报告``).
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Location, Table
from perflint.text.normalise import compact
from perflint.text.numbering import chinese_to_int
from perflint.text.patterns import lazy_compile

_ANNEX = lazy_compile(r"^附件([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9])")
_LEAD = 3  # blocks of a part in which its 附件 line stands


@dataclass(frozen=True)
class Annex:
    """One report of the file numbered as an annex: its number, as written, and where."""

    number: int
    marker: str
    location: Location


def annexes(doc: Document) -> list[Annex]:
    """The numbered annexes of ``doc`` in file order (none when its parts are not numbered so)."""
    out: list[Annex] = []
    for part in doc.parts:
        m = _ANNEX.match(compact(part.title))
        value = chinese_to_int(m.group(1)) if m else None
        if not value:
            continue
        where = next((b.text.locate() for b in part.blocks[:_LEAD]
                      if not isinstance(b, Table) and compact(b.text.value).startswith(m.group(0))), None)
        out.append(Annex(value, m.group(0), where or Location(doc.path, part.line)))
    return out
