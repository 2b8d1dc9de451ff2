"""Drafts of the duplicates family's tests: two project reports in one file, an indicator 自评表."""

from __future__ import annotations

from .._harness import fixture

OWN_PROBLEMS = "一是部分学员白天务农，集中培训出勤率不稳定；二是实操机具数量有限，每期培训轮换练习时间偏短。"
COPIED_PROBLEMS = ("一是补贴申请材料审核环节较多，部分农户往返乡镇和县城两地提交材料，\n"
                   "办理周期偏长；二是部分乡镇农机服务人员不足，对新型机具的现场核验不够及时。")
OWN_MEASURES = "分批次安排夜间和农闲时段培训，争取增加实操机具。"
OWN_BASIC = "本项目年度预算 18 万元，用于培训场地、教材和实操机具租用。"
RESTATED_RESULTS = ("全年举办农机操作培训班 6 期，培训农机手 315 人次，考核合格 298 人，合格率 94.6%，"
                    "学员掌握了新型插秧机和植保无人机的操作与日常保养。")


def two_projects(problems: str = OWN_PROBLEMS, measures: str = OWN_MEASURES, basic: str = OWN_BASIC) -> str:
    """Two projects' reports in one file (``fixtures/duplicates/two_projects.txt``), the second's
    problems, measures and basic facts filled in."""
    return fixture("duplicates", "two_projects.txt").format(problems=problems, measures=measures, basic=basic)


FORM = """示范县{unit}2023年度{project}项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t{budget}\t{budget}\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
{rows}总分\t100
偏差大或目标未完成原因分析\t无
"""

SUBSIDY_ROWS = [
    "产出指标（50分）\t数量指标\t补贴农机台数\t≥200台\t212台\t20\n",
    "\t质量指标\t机具抽检合格率\t≥95%\t97%\t15\n",
    "\t时效指标\t补贴兑付时限\t≤20个工作日\t18个工作日\t15\n",
    "效益指标（40分）\t社会效益指标\t受益农户数\t≥150户\t168户\t20\n",
    "\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t20\n",
]


def form(rows: list[str], project: str = "农机补贴", unit: str = "农机站", budget: str = "50") -> str:
    """A project 自评表 with these indicator rows (the first at line 6)."""
    return FORM.format(rows="".join(rows), project=project, unit=unit, budget=budget)
