"""Drafts of the units family's tests: fixture files and a 农机补贴 自评表 with one indicator row."""

from __future__ import annotations

from perflint.check import Check
from perflint.diagnostics import Diagnostic

from .._harness import FIXTURES, lint_file


def run_fixture(check: type[Check], name: str) -> list[Diagnostic]:
    """Lint ``tests/fixtures/units/<name>`` with one check."""
    return lint_file(FIXTURES / "units" / name, checks=[check])


FORM = """示范县2023年度农机补贴项目绩效自评报告

2023年度农机补贴项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t50\t50\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t{name}\t{target}\t{actual}\t50
效益指标（40分）\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40
总分\t100
"""


def form(name: str, target: str, actual: str) -> str:
    """The 自评表 with one indicator row: ``name``, its target and its actual."""
    return FORM.format(name=name, target=target, actual=actual)


HEAD = "某某县档案馆2023年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"
