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


# A county form whose 其中 rows name the money by the level of government it came from, and whose
# 年度总体目标 and 实际完成情况 stand in two rows, each after its own label.
LEVELS = """2023年度项目支出绩效自评表
项目名称：乡村公路安全生命防护工程
项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t450\t450\t432\t10\t96\t9.6
其中：中央补助\t300\t300\t300\t—\t100\t—
县级配套\t150\t150\t{county}\t—\t{rate}\t—
年度总体目标\t完成县乡道安全防护设施建设80公里。
实际完成情况\t完成县乡道安全防护设施建设{done}公里，工程{when}全部完工并一次性验收合格。
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标(60分)\t数量指标\t防护设施建设里程\t≥80公里\t82.5公里\t30\t30
\t时效指标\t工程完工时间\t2023年11月30日前\t2023年11月20日\t30\t30
满意度指标(30分)\t服务对象满意度指标\t沿线群众满意度\t≥90%\t93.6%\t30\t30
总分\t\t\t\t\t100\t99.6
"""
_LEVELS_GOOD = {"county": "132", "rate": "88", "done": "82.5", "when": "于2023年11月20日"}


def levels_form(**changes: str) -> str:
    """The county form by levels of government, correct unless ``changes`` say otherwise."""
    return LEVELS.format(**{**_LEVELS_GOOD, **changes})
