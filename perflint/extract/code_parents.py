"""Account codes of a table whose parent code has no row in it.

A table by 功能分类 (or 经济分类) lists every 类 it spends under, each 款 under its 类 and each 项
under its 款 (:mod:`perflint.extract.account_rows`). A 款 whose 类 no row holds (``22202`` among
rows under ``221``), or a 项 whose 款 none does while the table lists 款 rows, was typed wrong or
its parent row was lost: the sums of its parent (A102) and of the 合计 then miss it unseen. A
table opening below its 类 (an excerpt, or the second half of a table split by a page break) is
left alone up to its first 类 row, and a table listing no 类 (a list of 项 alone) is not asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.extract.table_grid import Grid


@dataclass(frozen=True)
class OrphanCode:
    """A data row's code whose parent code (``parent``) no row of the same columns holds."""

    row: int
    col: int
    code: str
    parent: str
    name: str


def orphan_codes(grid: Grid) -> list[OrphanCode]:
    """The codes of ``grid`` whose parent has no row, the first child of each missing parent."""
    out: list[OrphanCode] = []
    # every side's codes: a two-sided table flattened by a PDF's text (人员经费 | 公用经费) puts a
    # row of the longer side under the other side's columns when the shorter has ended (31002
    # under 303's items, its 310 on the other side): its parent has a row, in the other columns
    everywhere = {code for seg in grid.segments for r in grid.data_rows() if (code := grid.code(r, seg))} \
        if len(grid.segments) > 1 else set()
    for seg in grid.segments:
        coded = [(r, code) for r in grid.data_rows() if (code := grid.code(r, seg))]
        codes = {code for _r, code in coded}
        if not any(len(code) == 3 for code in codes):
            continue  # no 类 row: a list of 款 or 项 alone
        has_kuan = any(len(code) == 5 for code in codes)
        missing: set[str] = set()
        seen_class = False
        for r, code in coded:
            if len(code) == 3:
                seen_class = True
                continue
            # a 项's 款; its 类 when the table lists no 款 rows (类 and 项 only)
            parent = code[:-2] if len(code) == 5 or has_kuan else code[:3]
            if not seen_class or parent in codes or parent in everywhere or parent in missing:
                continue
            missing.add(parent)
            col = next(c for c in range(*seg) if grid.roles[c] in ("code", "code_level"))
            name = "".join(grid.text(r, c) for c in range(*seg) if grid.roles[c] == "label")
            out.append(OrphanCode(r, col, code, parent, name))
    return out


__all__ = ["OrphanCode", "orphan_codes"]
