"""Shared helpers for the reporter tests: a small draft we wrote with four known findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.cli import app

DRAFT = """示范项目2022年度绩效自评报告

一、项目概况

项目主要用于购置设备设备，偏差原因原因是采购延迟。

二、自评结论

2022 年 5 月 10 日
"""
CLEAN = "示范项目2022年度绩效自评报告\n\n2023 年 3 月 10 日\n"


class Run:
    def __init__(self, result) -> None:
        self.code = result.exit_code
        self.out = result.stdout
        self.err = " ".join(result.stderr.split())  # rich wraps stderr lines: compare words


def invoke(*args: str) -> Run:
    return Run(CliRunner().invoke(app, ["check", *args]))


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, Path]:
    """A draft with findings (D208 ×2 line 5, B311 line 7, Y502 line 9), a clean one, a bad one."""
    bad = tmp_path / "bad.txt"
    bad.write_text(DRAFT, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("perflint: 1\ntitle: [unclosed\n", encoding="utf-8")
    return {"bad": bad, "clean": clean, "broken": broken}
