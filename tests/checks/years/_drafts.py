"""Drafts of the years family's tests: a correct 2023 report, a correct 决算说明."""

from __future__ import annotations

from perflint.checks.years import CHECKS

from perflint.check import Check
from perflint.diagnostics import Diagnostic

from .._harness import run_all

# A correct 2023 report that uses every kind of year that must stay quiet.
GOOD = """某县农业农村局2023年度项目支出绩效自评报告

一、基本情况
县农技推广中心成立于2019年8月，为局属二级单位。2020年6月，经县委编委批准印发《某县农业农村局职能配置、内设机构和人员编制规定》，内设4个股室。
依据《某省财政厅关于加强项目管理的通知》（某财预〔2020〕15号）和《某县“十四五”农业发展规划（2021—2025年）》，本项目从2021年3月起实施。
自 2021 年 5 月 8 日平台上线以来，运行平稳。

二、绩效目标完成情况
2023 年计划开展农技培训 3 期，实际完成 3 期。2023 年 6 月 12 日及 8 月 3 日，在县文化广场举办农技下乡宣传活动，发放资料 2000 余份。
2023 年度收入合计 812.40 万元，与 2022 年度相比，减少 6.10 万元，下降 0.7%。比2022年度决算数减少 6.10 万元。
2023 年度支出 800.00 万元，与 2023 年预算相比节约 12.40 万元。
截至2023年12月31日，固定资产原值 86.40 万元。
此前，2022 年 5 月曾组织同类培训 2 期。

三、存在的问题和原因
2023 年部分乡镇培训场地不足，资金拨付滞后。

四、下一步改进措施
1、加快资金拨付进度，确保 2024 年度各项补助按时发放到位。
2、及时做好 2023 年度资金清算和绩效自评工作。

某县农业农村局
2024 年 4 月 20 日

2023年度农技推广服务经费项目绩效自评表
填报日期：2024 年 4 月
"""


def diagnostics(text: str, check: type[Check] | None = None, year: int | None = None) -> list[Diagnostic]:
    """Run one years rule (every rule of the family when None) on a draft, with ``--year``."""
    return run_all([check] if check else CHECKS, text, fiscal_year=year)


def codes(text: str, year: int | None = None) -> list[tuple[str, int]]:
    """(code, line) of every finding of the family, sorted."""
    return sorted((d.code, d.location.line) for d in diagnostics(text, year=year))


# A correct 2023 单位决算说明 that states last year's figures as last year's.
ACCOUNTS = """某县文化馆2023年度单位决算说明

一、单位概况
2023年本单位核定事业编制 18 名，2023年末在职实有 16 人，退休 5 人。
截至2023年12月31日，本单位共有车辆 2 辆。
年初结转和结余 3.20 万元，为2022年末结转结余资金。
2022年末在职 17 人，比上年末减少 1 人。

二、2023年度收入支出决算情况说明
2023年度收入总计 412.50 万元。
"""
