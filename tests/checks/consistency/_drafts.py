"""Drafts of the consistency family's tests: a project report with its 自评表, a town's 决算说明."""

from __future__ import annotations

from perflint.check import Check
from perflint.diagnostics import Diagnostic
from perflint.read.text import parse_text

from .._harness import FIXTURES, run

CONSISTENCY = FIXTURES / "consistency"


def run_fixture(check: type[Check], name: str) -> list[Diagnostic]:
    """Run a check on ``tests/fixtures/consistency/<name>``."""
    path = CONSISTENCY / name
    return run(check, path.read_text(encoding="utf-8"), str(path))


def lines_of(check: type[Check], text: str) -> list[int]:
    """The lines of a check's findings on a draft, in the order found."""
    return [d.location.line for d in run(check, text)]


REPORT = "示范县文化馆2023年度图书购置经费项目绩效自评报告\n\n{body}\n"

FORM = """示范县2023年度{title}绩效自评报告

一、自评结论

{narrative}

2023年度{title}项目绩效自评表

项目名称\t{name}
预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t40\t38\t95%\t9.5
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t补贴户数\t≥100户\t120户\t50
效益指标（40分）\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t40
总分\t99.5
"""


def project(narrative: str, title: str = "农机补贴", name: str = "农机补贴") -> str:
    """A project report whose conclusion is ``narrative``, followed by its 自评表."""
    return FORM.format(narrative=narrative, title=title, name=name)


def forms_of(text: str) -> list:
    """The 自评表 read from a draft."""
    from perflint.extract.selfeval import self_evaluations

    return self_evaluations(parse_text(text, "draft.txt"))


# A correct town government's 决算说明: every rule of the family is quiet on it.
TOWN = (CONSISTENCY / "good_town_accounts.txt").read_text(encoding="utf-8")

# The head of a 项目支出绩效自评表 naming its 主管部门 (a) and 实施单位 (b).
FORM_HEAD = "项目支出绩效自评表\n（2023年度）\n项目名称 | 文艺演出设备购置经费 |\n主管部门 | {a} | 实施单位 | {b} |\n"
