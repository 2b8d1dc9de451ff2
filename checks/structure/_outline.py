"""The outline shared by the numbering checks (computed once per document)."""

from __future__ import annotations

from perflint.check import Context
from perflint.extract.outline import Finding, outline
from perflint.model import Document


def findings(doc: Document, ctx: Context, kind: str) -> tuple[Finding, ...]:
    """The outline's findings of ``kind``, in document order."""
    return ctx.cached(doc, "structure.by_kind", lambda d: _by_kind(d, ctx)).get(kind, ())


def _by_kind(doc: Document, ctx: Context) -> dict[str, tuple[Finding, ...]]:
    """The outline's findings sorted by kind once: six checks ask fourteen kinds in all, and a
    pass over every finding for each was most of what the checks did on a draft without any."""
    out: dict[str, list[Finding]] = {}
    for po in ctx.cached(doc, "structure.outline", outline):
        for f in po.findings:
            out.setdefault(f.kind, []).append(f)
    return {kind: tuple(found) for kind, found in out.items()}
