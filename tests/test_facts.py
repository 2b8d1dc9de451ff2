"""Facts belong to their document: one context linting several drafts gives each draft exactly
the findings it gives alone, in any order (a library caller, an editor server or a folder run
all reuse one context)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

from perflint.check import Context
from perflint.engine import load_registry, run_checks
from perflint.facts import Facts, facts_of
from perflint.read.loader import load

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = [
    ROOT / "examples" / "budget-office-2023.txt",
    ROOT / "tests" / "fixtures" / "clean" / "education-project-2024.txt",
    ROOT / "examples" / "self-evaluation.yaml",
    ROOT / "tests" / "fixtures" / "duplicates" / "two_projects.txt",
]


def _checks():
    return [cls() for cls in load_registry().builtin()]


def _findings(path: Path, checks, ctx: Context) -> list[str]:
    doc = load(path)
    return [json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) for d in run_checks(doc, checks, ctx).diagnostics]


def test_each_draft_alone_has_findings_to_compare():
    checks = _checks()
    alone = {p: _findings(p, checks, Context()) for p in DRAFTS}
    assert alone[DRAFTS[0]], "the example draft has planted defects"
    assert not alone[DRAFTS[1]], "the clean draft is quiet"


def test_drafts_in_turn_with_one_context_match_each_alone():
    checks = _checks()
    alone = {p: _findings(p, checks, Context()) for p in DRAFTS}
    ctx = Context()
    for _ in range(20):  # addresses of freed documents get reused: the old cache leaked then
        for p in DRAFTS:
            assert _findings(p, checks, ctx) == alone[p], p.name
            gc.collect()


def test_interleaved_documents_keep_their_own_facts():
    checks = _checks()
    alone = {p: _findings(p, checks, Context()) for p in DRAFTS}
    ctx = Context()
    docs = [load(p) for p in DRAFTS]
    # half of the checks on every document, then the other half: extraction is shared between
    # checks of one document and never between documents
    half = len(checks) // 2
    first = [run_checks(doc, checks[:half], ctx).diagnostics for doc in docs]
    second = [run_checks(doc, checks[half:], ctx).diagnostics for doc in reversed(docs)][::-1]
    for path, a, b in zip(DRAFTS, first, second, strict=True):
        got = sorted(json.dumps(d.to_json(), ensure_ascii=False, sort_keys=True) for d in a + b)
        assert got == sorted(alone[path]), path.name


def test_facts_are_made_once_per_document_and_stay_with_it():
    a, b = load(DRAFTS[0]), load(DRAFTS[1])
    fa = facts_of(a)
    assert isinstance(fa, Facts) and facts_of(a) is fa
    assert facts_of(b) is not fa and facts_of(b).doc is b
    calls = []
    assert fa.cached("k", lambda d: calls.append(d) or len(calls)) == 1
    assert fa.cached("k", lambda d: calls.append(d) or len(calls)) == 1
    assert calls == [a]


def test_runs_of_groups_consecutive_blocks_of_one_kind_within_each_part() -> None:
    """Runs end at a block of another kind and at a part's end; a run never spans two parts."""
    from perflint.model import Document, Heading, Paragraph, Part, SourceText, TocEntry

    def text(value: str) -> SourceText:
        return SourceText(value, "x.txt", [(0, 1, 1)])

    p1, p2, p3, p4 = (Paragraph(text(f"段{i}")) for i in range(4))
    t1 = TocEntry(text("一、概况"))
    h = Heading(text("一、概况"))
    doc = Document("x.txt", "text", [], parts=[Part("甲", 1, [p1, p2, h, p3]), Part("乙", 5, [p4, t1])])
    assert doc.runs_of(Paragraph) == [[p1, p2], [p3], [p4]]
    assert doc.runs_of(TocEntry) == [[t1]]
    assert doc.runs_of(Heading) == [[h]]
