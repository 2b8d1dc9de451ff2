"""C706 project-name-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ProjectNameMismatch

from .._harness import run
from ._drafts import project


@pytest.mark.parametrize(("title", "name", "fires"), [
    ("农机补贴", "农机补贴", False),
    ("示范县农机补贴", "农机补贴", False),  # a place-name prefix
    ("农机购置补贴", "农机补贴", True),
    ("部门预算", "农机补贴", False),  # 部门预算项目支出绩效自评表: the form's name, not a project's
])
def test_project_name_mismatch(title, name, fires):
    assert bool(run(ProjectNameMismatch, project("无。", title=title, name=name))) == fires
