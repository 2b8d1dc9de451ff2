"""自评表 indicator rows as comparable keys, shared by the indicator checks of this family."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.check import Context
from perflint.extract.selfeval import Figure, Indicator, SelfEvaluation, self_evaluations
from perflint.extract.similarity import normalise
from perflint.frozen import quick_init
from perflint.model import Document, Location
from perflint.text.dates import YEAR
from perflint.text.patterns import compile_pattern, lazy_compile

_TITLE_NOISE = lazy_compile(
    rf"{YEAR}年度?|项目支出|项目|整体支出|部门|单位|绩效|自评表|自评|评价表|情况表|汇总表|表$"
)


@quick_init
@dataclass(frozen=True)
class Row:
    """One indicator row, normalised for comparison."""

    indicator: Indicator
    name: str
    target: str
    actual: str

    @property
    def values(self) -> tuple[str, str]:
        return self.target, self.actual

    @property
    def location(self) -> Location:
        cell = self.indicator.name_cell or (self.indicator.row.cells[0] if self.indicator.row.cells else None)
        if cell is None:
            return Location("", self.indicator.row.line)
        return cell.text.locate()

    @property
    def line(self) -> int:
        return self.location.line


def forms(doc: Document, ctx: Context) -> list[SelfEvaluation]:
    return ctx.cached(doc, "selfeval", self_evaluations)


def forms_with_rows(doc: Document, ctx: Context) -> list[tuple[SelfEvaluation, tuple[Row, ...]]]:
    """Each 自评表 of ``doc`` with its :func:`rows`, made once per document for the four checks
    that read them (read only: the tuples are shared)."""
    return ctx.cached(doc, "duplicates.rows", lambda d: [(se, tuple(rows(se))) for se in forms(d, ctx)])


def value_key(fig: Figure | None) -> str:
    return normalise(fig.text) if fig is not None else ""


def shown(fig: Figure | None) -> str:
    return fig.text if fig is not None and fig.text else "（空）"


def rows(se: SelfEvaluation) -> list[Row]:
    """The rows that have a 三级指标 name."""
    out = []
    for ind in se.indicators:
        name = normalise(ind.name or "")
        if len(name) >= 2:
            out.append(Row(ind, name, value_key(ind.target), value_key(ind.actual)))
    return out


def project_key(se: SelfEvaluation) -> str:
    """The project a form is about, from its title without year and form words."""
    return _TITLE_NOISE.sub("", normalise(se.title or ""))


@cache
def names_repeated_by_form() -> frozenset[str]:
    return frozenset(normalise(n) for n in data.load("duplicates")["indicator_names_repeated_by_form"])


@cache
def qualitative_verdicts() -> frozenset[str]:
    """The form's stock verdicts for a qualitative indicator (达成预期指标, 已完成 …)."""
    return frozenset(normalise(n) for n in data.load("duplicates")["qualitative_verdicts"])


@cache
def name_fillers() -> tuple[tuple[str, str], ...]:
    """[short, long] fragments a 三级指标 name may be written with and stay the same name
    (受益学生数 / 受益学生人数)."""
    return tuple((short, long) for short, long in data.load("duplicates")["indicator_name_fillers"])


@cache
def _no_deviation_patterns() -> tuple:
    return tuple(compile_pattern(p) for p in data.load("duplicates")["no_deviation_statements"])


def no_deviation_statement(text: str) -> bool:
    """A 偏差原因 cell that says there was none (无偏差, 已完成年度目标), not a reason."""
    return any(p.search(text) for p in _no_deviation_patterns())
