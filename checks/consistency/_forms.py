"""Which 自评表 a narrative sentence speaks of, and the figures a form states about itself."""

from __future__ import annotations

from decimal import Decimal

from perflint.check import Context
from perflint.extract.form_links import FormLinker, linker_of, project_name  # noqa: F401 - shared with the checks
from perflint.extract.selfeval import Figure, SelfEvaluation, is_total_label, self_evaluations
from perflint.model import Document
from perflint.text.numbers import find_quantities


def forms(doc: Document, ctx: Context) -> list[SelfEvaluation]:
    return ctx.cached(doc, "selfeval", self_evaluations)


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
    if len(found) == 1 and found[0].unit in (None, "分"):
        return found[0].value
    return None


def form_for(linker: FormLinker, block, text: str, at: int, line: int,
             statement_lines: list[int]) -> SelfEvaluation | None:
    """The form a statement at ``line`` speaks of, when the link is sure enough to compare
    figures: a form it names (see :mod:`perflint.extract.form_links`), or, in a project
    report, the part's only form, or the next form after it when the statement is the only
    one of its kind since the form before."""
    link = linker.link(block, text, at)
    if link.how == "named":
        return link.form
    if link.form is None or linker.part.kind != "project_self_evaluation":
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
