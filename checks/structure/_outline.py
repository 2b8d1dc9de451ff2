"""The outline shared by the numbering checks (computed once per document)."""

from __future__ import annotations

from perflint.check import Context
from perflint.extract.outline import Finding, outline
from perflint.model import Document


def findings(doc: Document, ctx: Context, kind: str) -> list[Finding]:
    parts = ctx.cached(doc, "structure.outline", outline)
    return [f for po in parts for f in po.findings if f.kind == kind]
