"""Which 自评表 a narrative sentence speaks of, and the figures a form states about itself."""

from __future__ import annotations

from decimal import Decimal

from perflint.check import Context
from perflint.extract.edges import is_excerpt
from perflint.extract.form_links import FormLinker, is_unit_form, linker_of, project_name, project_names  # noqa: F401 - shared with the checks
from perflint.extract.selfeval import Figure, SelfEvaluation, is_total_label, self_evaluations
from perflint.model import Document
from perflint.text.numbers import find_quantities
from perflint.text.sentences import statements


def forms(doc: Document, ctx: Context) -> list[SelfEvaluation]:
    return ctx.cached(doc, "selfeval", self_evaluations)


def scores_anything(se: SelfEvaluation) -> bool:
    """Whether a form scores anything: indicator rows, a weight or score on its budget rows, or a
    总分. A table of money alone (支出内容 | 预算数 | 执行数 | 执行率, the breakdown a narrative
    gives of its spending) is read as a budget block but is no project's 自评表."""
    return bool(se.indicators or se.total or se.header_total
                or any(b.score is not None or b.weight is not None for b in se.budget))


def score_value(fig: Figure | None) -> Decimal | None:
    """The score a 总分 cell holds (`100`, `98 分`, `总分 92`), else None."""
    if fig is None:
        return None
    if fig.value is not None:
        return fig.value
    text = fig.text
    m = is_total_label(text)
    if m and m.group("value"):
        return Decimal(m.group("value"))
    found = find_quantities(text)
    if len(found) == 1 and found[0].unit in (None, "分") and found[0].scale == 1:
        return found[0].value
    return None


def form_for(linker: FormLinker, block, text: str, at: int, line: int,
             statement_lines: list[int], unit_form: bool = False) -> SelfEvaluation | None:
    """The form a statement at ``line`` speaks of, when the link is sure enough to compare
    figures: a form it names (see :mod:`perflint.extract.form_links`), or, in a project
    report with its title (not an excerpt), the part's only form, or the next form after it
    when the statement is the only one of its kind since the form before. With ``unit_form``
    (a statement of the whole unit, such as its 自评得分), a department report's sentence speaks
    of the part's only form when that is the unit's 部门整体 form (its budget sentences speak of
    基本支出, 项目支出 and other parts of the total, so they are never linked this way)."""
    link = linker.link(block, text, at)
    if link.how == "named":
        return link.form
    if unit_form and link.form is not None and linker.part.kind == "department_self_evaluation":
        return link.form if _unit_statement(linker, link.form, text, at) else None
    if link.form is None or linker.part.kind != "project_self_evaluation":
        return None
    if is_excerpt(linker.part) and not _within(link.form, line):
        # an excerpt: a statement outside the form may close a report whose form is above the
        # cut, or open one whose form is below it; only a form it names, or holds it, is its own
        return None
    if link.how == "only":
        return link.form
    if link.how != "next":
        return None
    nxt = link.form
    before = [se.table.line for se in linker.forms if se.table.line < line]
    start = max(before) if before else 0
    if sum(1 for other in statement_lines if start < other < nxt.table.line) > 1:
        return None  # several statements before one form: they speak of several projects
    return nxt


def _unit_statement(linker: FormLinker, se: SelfEvaluation, text: str, at: int) -> bool:
    """Whether a statement of a department's report speaks of its 部门整体 form: the part's only
    form is the unit's own, and the sentence names no project (a department report may quote the
    score or budget of a project evaluated elsewhere)."""
    if len(linker.forms) != 1 or not is_unit_form(se) or is_excerpt(linker.part):
        return False
    sentence = next((text[s:e] for s, e in statements(text) if s <= at < e), text)
    return "项目" not in sentence or "整体" in sentence


def _within(se: SelfEvaluation, line: int) -> bool:
    """Whether ``line`` lies inside the form: from its first line to its last row read (a form's
    年度总体目标 / 实际完成情况 cells state its own figures)."""
    rows = [b.row.line for b in se.budget] + [i.row.line for i in se.indicators]
    cells = [c.line for c in (*se.deviation, *se.improvement)] + ([se.total.cell.line] if se.total else [])
    return se.table.line <= line <= max([se.table.line, *rows, *cells])
