"""项目支出绩效自评表 laid out the way real drafts flatten them (forms we wrote), used by the
tests of several families: one form run onto one line, one written a cell a line."""

from __future__ import annotations

from perflint.check import Check
from perflint.diagnostics import Diagnostic

from ._harness import FIXTURES, run

FORMS = FIXTURES / "forms"

ONE_LINE = (
    "项目支出绩效自评表 (2023年度) 项目名称 乡村道路养护经费 主管部门 云塘镇人民政府 实施单位 云塘镇农业服务中心 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: {total} "
    "其中:本年财政拨款 {part} 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 完成道路养护 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 养护道路里程 ≥40公里 {km} 20 {km_score} 质量指标 养护路段合格率 ≥95% 96% 20 {q_score} "
    "成本指标 养护成本 ≤60万元 58万元 10 10 "
    "效益指标(30分) 社会效益指标 群众出行便利程度 明显改善 达成预期指标 30 30 "
    "满意度指标(10分) 满意度指标 沿线群众满意度 ≥90% 92% 10 10 总分 100 {sum}"
)
ONE_LINE_GOOD = dict(total="60 60 58 10 96.67% 9.67", part="60 60 58", km="42公里", km_score="20", q_score="20",
                     sum="99.67")


def run_flat(check: type[Check], text: str | None = None, **changes: str) -> list[Diagnostic]:
    """Run a check on ``text``, or on the one-line form with ``changes`` to its correct figures."""
    text = text if text is not None else ONE_LINE.format(**{**ONE_LINE_GOOD, **changes})
    return run(check, text, "form.txt")


CELL_PER_LINE = """项目支出绩效自评表 |
||||||
年初预算数 |
全年预算数 |
全年执行数 |
分值 |
执行率 |
得分 |
||||||
年度资金总额 |
80万 |
80万 |
60万 |
{weight} |
75% |
{score} |
||||||
其中:当年财政拨款 |
80万 |
80万 |
60万 |
— |
|
— |
||||||
一级指标 |
二级指标 |
三级指标 |
年度 指标值 |
实际 完成值 |
分值 |
得分 |
偏差原因分析及改进措施 |
||||||
产出指标 |
数量指标 |
资金拨付率 |
100% |
75% |
{w1} |
{s1} |
{reason}|
||||||
质量指标 |
验收合格率 |
100% |
100% |
{w2} |
{w2} |
|
||||||
"""


def cells(**changes: str) -> str:
    """The cell-a-line form, correct unless ``changes`` say otherwise."""
    values = dict(weight="10", score="7.5", w1="45", s1="33.75", w2="45", reason="资金下达较晚 ")
    return CELL_PER_LINE.format(**{**values, **changes})
