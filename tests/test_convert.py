"""``perflint convert``: any draft as a perflint YAML draft that lints the same."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.baseline import message_identity
from perflint.check import Context
from perflint.cli import app
from perflint.engine import run_checks
from perflint.read.loader import load
from perflint.read.yaml_draft import parse_yaml
from perflint.testing import builtin_checks

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _identities(path: Path) -> Counter:
    diags = run_checks(load(path), [cls() for cls in builtin_checks()], Context()).diagnostics
    return Counter((d.code, message_identity(d)) for d in diags)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir() if p.suffix != ".py"))
def test_converted_example_has_the_same_findings(tmp_path, name):
    out = tmp_path / f"{name}.yaml"
    result = CliRunner().invoke(app, ["convert", str(EXAMPLES / name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    parse_yaml(out.read_text(encoding="utf-8"), str(out))  # a valid YAML draft
    assert _identities(out) == _identities(EXAMPLES / name)


DRAFT = """青禾县文化馆2023年度部门决算说明

目录
一、部门基本情况……………………1
二、收入支出决算总体情况…………2

一、部门基本情况
本单位内设2个股室。
收入支出决算总表（单位：万元）
项目\t决算数
基本支出\t120.50
项目支出\t30.25
合计\t150.85
上表为本年决算数。

二、收入支出决算总体情况
本年收入合计150.85万元。
"""


def test_order_of_paragraphs_and_tables_and_the_contents_survive(tmp_path):
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source)])
    assert result.exit_code == 0
    text = result.stdout
    assert text.index("本单位内设2个股室") < text.index("基本支出") < text.index("上表为本年决算数")
    assert "'120.50'" in text  # figures kept as written
    doc = parse_yaml(text, "draft.yaml")
    kinds = [type(b).__name__ for _p, b in doc.blocks()]
    assert kinds.count("TocEntry") == 2 and "Table" in kinds
    assert doc.parts[0].fiscal_year == 2023


def test_convert_never_writes_over_its_input(tmp_path):
    source = tmp_path / "draft.txt"
    source.write_text(DRAFT, encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert source.read_text(encoding="utf-8") == DRAFT


def test_convert_names_an_unreadable_input(tmp_path):
    result = CliRunner().invoke(app, ["convert", str(tmp_path / "missing.docx")])
    assert result.exit_code == 2 and "missing.docx" in result.stderr
