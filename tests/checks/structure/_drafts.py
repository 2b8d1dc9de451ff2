"""How the structure family's tests lint a draft, and its fixtures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from perflint.checks.structure import CHECKS

from perflint.check import Check
from perflint.diagnostics import Diagnostic
from perflint.testing import lint_text

from .. import _harness


def run(text: str, check: type[Check] | None = None, options: Mapping[str, Any] | None = None,
        path: str = "draft.txt") -> list[Diagnostic]:
    """Lint a draft as ``perflint check`` does with one structure rule (every rule when None)."""
    return lint_text(text, checks=[check] if check else CHECKS, options={check.code: options} if options else None,
                     path=path)


def fixture(name: str) -> str:
    """The text of ``tests/fixtures/structure/<name>``."""
    return _harness.fixture("structure", name)


# A project report with one slip of each kind (gaps, repeats, restarts).
BAD = fixture("bad_project.txt")

# A list of duties run onto one line, its sixth marker without its full stop.
FLAT_LIST = ("（一）主要职责\n"
             "1.贯彻执行上级决议。2.组织实施发展规划。3.促进产业结构调整。4.改善民生。"
             "5.维护社会秩序。6持续完善维稳体系。7.办理上级交办的其他事项。\n")
