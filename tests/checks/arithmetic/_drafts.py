"""Drafts of the arithmetic family's tests: 决算说明 prose, a scored 自评表, 决算 tables."""

from __future__ import annotations

from typing import Any

from perflint.check import Check
from perflint.diagnostics import Diagnostic

from .._harness import run

PROSE_HEAD = "某某县农业服务中心2023年度部门决算\n\n一、情况说明\n\n"


def run_prose(check: type[Check], *paragraphs: str, **options: Any) -> list[Diagnostic]:
    """Run a check on paragraphs of a 决算说明 (a blank line between them, from line 5)."""
    return run(check, PROSE_HEAD + "\n\n".join(paragraphs) + "\n", **options)


SCORING_FORM = """示范县农机站2023年度农机补贴项目绩效自评表

填报日期：2024 年 3 月\t总分：{header_total}

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t50\t{actual}\t{rate}\t{budget_score}
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（{output_weight}分）\t数量指标\t补贴农机台数\t≥200台\t210台\t25
\t质量指标\t机具合格率\t≥95%\t97%\t{quality_score}
效益指标（30分）\t社会效益指标\t农户增收户数\t≥100户\t120户\t20
\t服务对象满意度指标\t农户满意度\t≥90%\t92%\t10
总分\t{total}
偏差大或目标未完成原因分析\t无
"""

SCORING_GOOD = dict(header_total="100", actual="50", rate="100%", budget_score="10", output_weight="60",
                    quality_score="35", total="100")


def run_scoring(check: type[Check], **changes: str) -> list[Diagnostic]:
    """Run a check on the scored 自评表, correct unless ``changes`` say otherwise."""
    return run(check, SCORING_FORM.format(**{**SCORING_GOOD, **changes}), "form.txt")


TABLE_HEAD = "某某县农业服务中心2023年度部门决算\n\n一、{title}\n\n金额单位：万元\n"


def run_table(check: type[Check], title: str, rows: list[str], **options: Any) -> list[Diagnostic]:
    """Run a check on one 决算 table (tab-separated ``rows``, from line 7) under ``title``."""
    return run(check, TABLE_HEAD.format(title=title) + "\n".join(rows) + "\n", **options)


EXPENDITURE = [
    "项目\t\t本年支出合计\t基本支出\t项目支出",
    "科目代码\t科目名称\t\t\t",
    "栏次\t\t1\t2\t3",
    "合计\t\t{total}\t310.20\t92.30",
    "213\t农林水支出\t{cls}\t310.20\t92.30",
    "21301\t农业农村\t402.50\t310.20\t92.30",
    "2130101\t行政运行\t300.00\t250.20\t49.80",
    "2130104\t事业运行\t102.50\t60.00\t42.50",
]


def expenditure(total: str = "402.50", cls: str = "402.50") -> list[str]:
    """The 支出决算表 rows, with its 合计 and class 213 rows set to ``total`` and ``cls``."""
    return [r.format(total=total, cls=cls) for r in EXPENDITURE]


SUMMARY = [
    "收入\t\t\t支出\t\t",
    "项目\t行次\t金额\t项目\t行次\t金额",
    "一、一般公共预算财政拨款收入\t1\t800.00\t一、一般公共服务支出\t30\t790.00",
    "二、事业收入\t2\t20.00\t二、农林水支出\t31\t40.00",
    "本年收入合计\t3\t820.00\t本年支出合计\t32\t830.00",
    "使用非财政拨款结余\t4\t0.00\t结余分配\t33\t0.00",
    "年初结转和结余\t5\t35.10\t年末结转和结余\t34\t{closing}",
    "总计\t6\t855.10\t总计\t35\t{total}",
]
