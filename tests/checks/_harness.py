"""What every check test needs: run one check (or a family) on a draft written in the test, read
a fixture, name a line by its words. One copy here instead of one per test file.

``run`` calls the check directly (no engine: findings in the order the check yields them, no
suppression step), which is what a test of one rule's logic wants; ``lint`` goes through the
same reader, option checking and sorting as ``perflint check`` (``perflint.testing.lint_text``).
Drafts and 自评表 builders of one family live in ``tests/checks/<family>/_drafts.py``; form
layouts used by several families in ``tests/checks/_forms.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic
from perflint.read.text import parse_text
from perflint.testing import line_of, lines, lint_file, lint_text

__all__ = ["FIXTURES", "fixture", "line_of", "lines", "lint", "lint_file", "lint_text", "run", "run_all"]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def fixture(folder: str, name: str) -> str:
    """The text of ``tests/fixtures/<folder>/<name>``."""
    return (FIXTURES / folder / name).read_text(encoding="utf-8")


def run(check: type[Check], text: str, path: str = "draft.txt", *, fiscal_year: int | None = None,
        **options: Any) -> list[Diagnostic]:
    """Run one check class on a text draft; ``options`` override its defaults."""
    return list(check(options).run(parse_text(text, path), Context(fiscal_year=fiscal_year)))


def run_all(checks: Iterable[type[Check]], text: str, path: str = "draft.txt", *,
            fiscal_year: int | None = None) -> list[Diagnostic]:
    """Run several checks on one reading of a draft (one document, one context), in turn."""
    doc = parse_text(text, path)
    ctx = Context(fiscal_year=fiscal_year)
    return [d for check in checks for d in check().run(doc, ctx)]


def lint(check: type[Check], text: str, path: str = "draft.txt") -> list[Diagnostic]:
    """Lint a draft with one check the way ``perflint check`` does (sorted, de-duplicated)."""
    return lint_text(text, checks=[check], path=path)


def plant(text: str, edits: Iterable[tuple[str, str]]) -> str:
    """``text`` with each ``(old, new)`` edit made; every ``old`` must occur exactly once, so a
    planted defect lands where the sweep means it to (the sweeps plant defects in correct twins)."""
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def edited_lines(text: str, edits: Iterable[tuple[str, str]]) -> set[int]:
    """The lines of ``text`` (a planted excerpt) that hold one of the edits' new words."""
    news = [new for _old, new in edits]
    return {n for n, line in enumerate(text.splitlines(), 1) if any(new in line for new in news)}


def sweep_cases(excerpts: dict[str, list[tuple]], left: dict[tuple[str, str], str]) -> list[Any]:
    """One pytest case per planted defect of a sweep (``excerpts``: name -> [(label, …, edits)]),
    with the defect's fields as its values; a defect ``left`` on purpose is a strict xfail with
    its reason."""
    import pytest

    return [pytest.param(name, *defect, id=f"{name[:-4]}: {defect[0]}",
                         marks=[pytest.mark.xfail(strict=True, reason=left[(name, defect[0])])]
                         if (name, defect[0]) in left else [])
            for name, defects in excerpts.items() for defect in defects]


def planted_sweep(folder: str, excerpts: dict[str, list[tuple]], quiet: dict[str, list[tuple]],
                  left: dict[tuple[str, str], str]) -> tuple[Any, Any, Any, Any]:
    """The four tests of a sweep of drafts we wrote in ``tests/fixtures/<folder>``: each correct
    twin lints clean, each correct variation (``quiet``: name -> [(label, edits)]) too, each
    planted defect (``excerpts``: name -> [(label, edits, families)]) is found in its family on
    its line (a defect ``left`` on purpose a strict xfail), and every left defect is planted.
    A sweep module binds them to its own ``test_…`` names."""
    import pytest

    @pytest.mark.parametrize("name", sorted(excerpts))
    def correct_twin_lints_clean(name):
        assert lint_planted(folder, name)[1] == []

    @pytest.mark.parametrize(("name", "label", "edits"),
                             [pytest.param(name, label, edits, id=f"{name.rsplit('.', 1)[0]}: {label}")
                              for name, variations in quiet.items() for label, edits in variations])
    def correct_variation_lints_clean(name, label, edits):
        _text, found = lint_planted(folder, name, edits)
        assert found == [], (label, sorted({(d.code, d.location.line) for d in found}))

    @pytest.mark.parametrize(("name", "label", "edits", "families"), sweep_cases(excerpts, left))
    def planted_defect_is_found(name, label, edits, families):
        text, found = lint_planted(folder, name, edits)
        assert planted_hits(text, found, edits, families), (label, sorted({(d.code, d.location.line) for d in found}))

    def every_left_defect_is_planted():
        planted = {(name, label) for name, defects in excerpts.items() for label, _edits, _families in defects}
        assert set(left) <= planted

    return correct_twin_lints_clean, correct_variation_lints_clean, planted_defect_is_found, every_left_defect_is_planted


def landing_on(found: Iterable[Diagnostic], families: set[str], lines: set[int]) -> list[Diagnostic]:
    """The findings of ``families`` on one of ``lines`` or naming one among their related lines."""
    return [d for d in found if d.family in families
            and (d.location.line in lines or any(r.location.line in lines for r in d.related))]


def lint_planted(folder: str, name: str, edits: Iterable[tuple[str, str]] = ()) -> tuple[str, list[Diagnostic]]:
    """The fixture ``<folder>/<name>`` with ``edits`` planted, and what every built-in check finds
    in it (a sweep's correct twin when there are no edits)."""
    from perflint.testing import builtin_checks, lint_yaml

    text = plant(fixture(folder, name), edits)
    lint = lint_yaml if name.endswith((".yaml", ".yml")) else lint_text
    return text, lint(text, checks=builtin_checks(), path=name)


def planted_hits(text: str, found: Iterable[Diagnostic], edits: Iterable[tuple[str, str]],
                 families: Iterable[str]) -> list[Diagnostic]:
    """The findings of ``families`` on the lines a sweep's ``edits`` wrote (which must exist)."""
    edits = list(edits)
    lines = edited_lines(text, edits)
    assert lines, edits
    return landing_on(found, set(families), lines)
