"""Drafts of the boilerplate family's tests: a 送戏下乡 project report and its 自评表."""

from __future__ import annotations

from perflint.checks.boilerplate import CHECKS

from perflint.diagnostics import Diagnostic

from .._harness import FIXTURES, run_all

BOILERPLATE = FIXTURES / "boilerplate"
BY_CODE = {cls.code: cls for cls in CHECKS}


def run_code(text: str, code: str | None = None) -> list[Diagnostic]:
    """Run the boilerplate rule with this code on a draft (every rule of the family when None)."""
    return run_all([BY_CODE[code]] if code else CHECKS, text)


def form(header_total: str = "总分：95", rows: str = "", total: str = "95", deviation: str = "无",
         improvement: str = "加强宣传，提前做好项目计划。", budget: str = "20", choice: str = "☑") -> str:
    """A project 自评表 in tab-separated rows (budget 20 + 产出 40 + 效益 30 + 满意度 10)."""
    rows = rows or (
        "产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
        "\t质量指标\t演出验收合格率\t≥95%\t100%\t20\n"
        "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t7600人次\t25\n"
        "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n"
    )
    return (
        "2023 年度送戏下乡经费项目绩效自评表\n\n"
        f"填报日期：2024 年 3 月\t{header_total}\n\n"
        "项目名称\t送戏下乡经费\n"
        f"项目类别\t1、部门预算项目 {choice}\t2、省专项 ☐\t3、中央转移支付项目 ☐\n"
        "预算执行情况（万元）（20分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（20分*执行率）\n"
        f"\t年度财政资金总额\t36\t36\t100%\t{budget}\n"
        "一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分\n"
        f"{rows}"
        f"总分\t{total}\n"
        f"偏差大或目标未完成原因分析\t{deviation}\n"
        f"改进措施及结果应用方案\t{improvement}\n"
    )


def report(narrative_score: str = "95", problems: str = "一是演出场地条件较差；二是偏远村组观众偏少。",
           table: str | None = None) -> str:
    """The project's 自评报告: its conclusion, problems and measures, then its 自评表."""
    return (
        "示范县剧团送戏下乡经费2023年度绩效自评报告\n\n"
        "一、自评结论\n\n"
        "（一）自评得分\n\n"
        f"2023 年度送戏下乡经费自评得分 {narrative_score} 分。\n\n"
        "（二）存在的问题和原因\n\n"
        f"{problems}\n\n"
        "（三）下一步改进措施\n\n"
        "一是改善演出场地；二是提前发布演出信息。\n\n"
        + (table if table is not None else form())
    )


# Every indicator met: full marks on the rows of the form.
FULL_ROWS = ("产出指标（40分）\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\n"
             "\t质量指标\t演出验收合格率\t≥95%\t100%\t20\n"
             "效益指标（30分）\t社会效益指标\t观众人次\t≥8000人次\t8600人次\t30\n"
             "满意度指标（10分）\t服务对象满意度\t观众满意度\t≥90%\t94%\t10\n")
