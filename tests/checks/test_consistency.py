"""Consistency rules on drafts we wrote: each fires on the wrong draft and stays quiet on the right one."""

from pathlib import Path

import pytest
from perflint.checks.consistency import (
    CHECKS,
    AnnouncedCountMismatch,
    BudgetMismatch,
    CompletionContradiction,
    EventDatedTwice,
    ForeignOrganisation,
    IncomeExpenseTotalsUnequal,
    IndicatorValueMismatch,
    MisdefinedTerm,
    ProjectNameMismatch,
    SameQuantityDifferentValues,
    ScoreMismatch,
    SupervisorSwapped,
    UnitNamedTwoWays,
)

from perflint.check import Context
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "consistency"


def run(check, text: str, path: str = "draft.txt"):
    return list(check().run(parse_text(text, path), Context()))


def run_fixture(check, name: str):
    path = FIXTURES / name
    return run(check, path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("check", CHECKS)
def test_correct_draft_is_quiet(check):
    assert run_fixture(check, "good_project.txt") == []


@pytest.mark.parametrize(("check", "lines"), [
    (ScoreMismatch, [7, 39]),
    (SameQuantityDifferentValues, [21]),
    (AnnouncedCountMismatch, [11, 25]),
    (ForeignOrganisation, [33]),
    (BudgetMismatch, [15]),
    (ProjectNameMismatch, [41]),
    (IndicatorValueMismatch, [21]),
])
def test_wrong_draft_fires(check, lines):
    found = run_fixture(check, "bad_project.txt")
    assert sorted(d.location.line for d in found) == lines
    assert all(d.code == check.code and d.family == "consistency" for d in found)


def test_score_messages_name_both_scores_and_the_line():
    found = {d.location.line: d for d in run_fixture(ScoreMismatch, "bad_project.txt")}
    assert "95" in found[7].message("zh") and "92" in found[7].message("zh") and "49" in found[7].message("zh")
    assert "94" in found[39].message("en") and "92" in found[39].message("en")
    assert [r.location.line for r in found[39].related] == [49]


def test_same_quantity_message_and_related():
    [d] = run_fixture(SameQuantityDifferentValues, "bad_project.txt")
    assert "320 万元" in d.message("zh") and "300 万元" in d.message("zh")
    assert [r.location.line for r in d.related] == [13, 17]


REPORT = "示范县文化馆2023年度图书购置经费项目绩效自评报告\n\n{body}\n"


@pytest.mark.parametrize("body", [
    # one statement against one: which is right is not known
    "图书购置资金 30 万元已到位。\n\n图书购置资金 32 万元全部支出。",
    # last year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。上年图书购置资金 25 万元。",
    # another year's figure
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。2021年图书购置资金 25 万元。",
    # a part of another total
    "图书购置资金 30 万元已到位。图书购置资金 30 万元全部支出。借阅经费 50 万元，其中图书购置资金 20 万元。",
])
def test_same_quantity_quiet_cases(body):
    assert run(SameQuantityDifferentValues, REPORT.format(body=body)) == []


def test_same_quantity_fires_on_the_lone_value():
    body = "图书购置资金 30 万元已到位。\n\n图书购置资金 30 万元按合同支付。\n\n图书购置资金 36 万元全部支出。"
    [d] = run(SameQuantityDifferentValues, REPORT.format(body=body))
    assert d.location.line == 7 and "36 万元" in d.message("zh")


@pytest.mark.parametrize(("body", "fires"), [
    ("馆内设 3 个部室：办公室、借阅部、活动部。", False),
    ("馆内设 2 个部室：办公室、借阅部、活动部。", True),
    ("设有办公室、借阅部和活动部 3 个部室。", False),  # 借阅部和活动部: two names joined by 和
    ("设有办公室、借阅部等 5 个部室。", False),  # 等: only some are named
    ("设有办公室、借阅部、活动部、研究部等 3 个部室。", True),  # more names than the count
    ("涉及“图书采购、编目”、“读者活动”2 个方面。", False),  # 、 inside quotes
    ("下设 3 个分馆：东馆（含少儿、古籍两个阅览室）、西馆、南馆。", False),  # 、 inside brackets
])
def test_announced_count_inline(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


def test_announced_count_numbered_list_that_matches_is_quiet():
    body = "主要存在以下两个问题：\n\n1. 图书更新慢。\n\n2. 借阅率不高。\n\n二、下一步措施\n\n加强采购。"
    assert run(AnnouncedCountMismatch, REPORT.format(body=body)) == []


def test_foreign_organisation_only_in_definitions():
    body = ("一、收入情况\n\n本年收到省级财政补助资金 10 万元。\n\n二、名词解释\n\n"
            "（一）财政拨款收入：指县级财政当年拨付的资金。\n\n（二）“三公”经费：指省直部门用财政拨款安排的公务接待费。")
    [d] = run(ForeignOrganisation, REPORT.format(body=body))
    assert "省直部门" in d.message("zh") and d.location.line == 11


def test_foreign_organisation_quiet_for_a_provincial_unit():
    text = ("示范省文化厅2023年度部门决算\n\n名词解释\n\n（一）财政拨款收入：指省级财政当年拨付的资金。\n")
    assert run(ForeignOrganisation, text) == []


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


def project(narrative, title="农机补贴", name="农机补贴"):
    return FORM.format(narrative=narrative, title=title, name=name)


@pytest.mark.parametrize(("narrative", "fires"), [
    ("项目全年预算数为 40 万元，执行数为 38 万元。", False),
    ("项目全年预算数为 40 万元，执行数为 40 万元。", True),
    ("项目年初预算数为 30 万元，调整后预算数为 40 万元，执行数为 38 万元。", False),  # the adjusted budget
    ("上年预算数为 35 万元，执行数为 35 万元。", False),  # last year
    ("项目预算数为 400000 元，执行数为 380000 元。", False),  # the same in 元
    ("机关运行经费支出 30 万元，比年初预算数 20 万元增加 10 万元。", False),  # a comparison
])
def test_budget_mismatch(narrative, fires):
    assert bool(run(BudgetMismatch, project(narrative))) == fires


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农机补贴项目自评得分 99.5 分。", False),
    ("农机补贴项目自评得分 98 分。", True),
    ("自评得分 90 分以上为优。", False),
])
def test_score_mismatch_narrative(narrative, fires):
    assert bool(run(ScoreMismatch, project(narrative))) == fires


@pytest.mark.parametrize(("title", "name", "fires"), [
    ("农机补贴", "农机补贴", False),
    ("示范县农机补贴", "农机补贴", False),  # a place-name prefix
    ("农机购置补贴", "农机补贴", True),
    ("部门预算", "农机补贴", False),  # 部门预算项目支出绩效自评表: the form's name, not a project's
])
def test_project_name_mismatch(title, name, fires):
    assert bool(run(ProjectNameMismatch, project("无。", title=title, name=name))) == fires


@pytest.mark.parametrize(("narrative", "fires"), [
    ("农户满意度达到 92%。", False),
    ("农户满意度达到 97%。", True),
    ("农户满意度目标为 95%。", False),  # a target
    ("农户满意度较上年提高到 97%。", False),  # a comparison with last year
])
def test_indicator_value_mismatch(narrative, fires):
    assert bool(run(IndicatorValueMismatch, project(narrative))) == fires


def test_indicator_value_mismatch_by_short_name():
    text = project("资金全部到位，到位率 90%。").replace(
        "效益指标（40分）", "\t时效指标\t补贴资金到位率\t100%\t100%\t0\n效益指标（40分）")
    [d] = run(IndicatorValueMismatch, text)
    assert "补贴资金到位率" in d.message("zh") and "90%" in d.message("zh")


def test_several_scores_before_several_forms_are_not_guessed():
    form_b = FORM.split("\n", 4)[4].format(narrative="", title="乙类补助", name="乙类补助").replace("99.5", "90")
    two = project("甲类补助项目自评得分 99.5 分。乙类补助项目自评得分 90 分。", title="丙类", name="丙类") \
        + "\n附：第二张自评表如下。\n\n" + form_b
    assert len(forms_of(two)) == 2
    assert run(ScoreMismatch, two) == []


def forms_of(text):
    from perflint.extract.selfeval import self_evaluations

    return self_evaluations(parse_text(text, "draft.txt"))


@pytest.mark.parametrize("body", [
    "设东区、西区各 2 个站点。",  # a count per item
    "共有 3 个项目：甲项目，预算 10 万元；乙项目，预算 20 万元；丙项目。",  # clauses, not names
    "严格落实中央八项规定和省、市十项规定精神。",  # 省、市 qualify a rule's name, not counted items
    "本校内设八个处室，分别是校长室一个，副校长室三个，教务处，总务处，办公室，财务室。",  # items count themselves
])
def test_announced_count_more_quiet_cases(body):
    assert run(AnnouncedCountMismatch, REPORT.format(body=body)) == []


# --------------------------------------------------------------- cross-statement rules (C704 town, C708–C713)

TOWN = (FIXTURES / "good_town_accounts.txt").read_text(encoding="utf-8")


def lines_of(check, text):
    return [d.location.line for d in run(check, text)]


def line_with(text, needle):
    return next(i for i, line in enumerate(text.split("\n"), 1) if needle in line)


@pytest.mark.parametrize("check", CHECKS)
def test_correct_town_accounts_are_quiet(check):
    assert run(check, TOWN) == []


def test_c704_another_towns_government_in_a_town_report():
    text = TOWN.replace("完成镇人民政府交办的各项工作", "推广白石镇人民政府村账乡代管制度")
    assert lines_of(ForeignOrganisation, text) == [line_with(text, "白石镇人民政府")]
    assert "白石镇人民政府" in run(ForeignOrganisation, text)[0].message()


def test_c708_income_and_expense_totals_differ():
    text = TOWN.replace("分别为 845.60 万元和 845.60 万元", "分别为 812.40 万元和 830.15 万元")
    assert lines_of(IncomeExpenseTotalsUnequal, text) == [line_with(text, "收入、支出总计")]
    split = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                         "收入总计 845.60 万元，较上年增加 3.00 万元；支出总计 830.15 万元。")
    assert lines_of(IncomeExpenseTotalsUnequal, split) == [line_with(split, "收入总计")]


def test_c708_only_in_final_accounts():
    text = "某单位2023年度项目支出绩效自评报告\n收入总计 5.00 万元，支出总计 4.00 万元。\n"
    assert run(IncomeExpenseTotalsUnequal, text) == []


def test_c709_full_completion_and_overspending():
    text = TOWN.replace("完成年初预算 101.2%", "完成年初预算 100%")
    assert lines_of(CompletionContradiction, text) == [line_with(text, "一般公共预算财政拨款支出 830.15")]
    no_amount = TOWN.replace("决算数等于预算数", "决算数大于预算数")
    assert lines_of(CompletionContradiction, no_amount) == [line_with(no_amount, "农林水支出")]


def test_c709_quiet_when_the_difference_rounds_to_the_rate():
    text = TOWN.replace("完成年初预算 101.2%，决算数大于预算数 9.80 万元", "完成年初预算 100%，决算数大于预算数 0.80 万元")
    assert run(CompletionContradiction, text) == []


def test_c710_one_event_two_dates():
    text = TOWN.replace("主要是2022年9月原青石镇中心学校拆分后", "主要是2022年8月原青石镇中心学校拆分后")
    found = run(EventDatedTwice, text)
    assert [d.location.line for d in found] == [line_with(text, "2022年8月")]
    assert found[0].related and found[0].related[0].location.line == line_with(text, "2022年9月")


def test_c710_repeated_work_is_not_one_event():
    text = TOWN + "2023年3月开展安全生产检查。\n2023年9月开展安全生产检查。\n"
    assert run(EventDatedTwice, text) == []


def test_c711_unit_named_two_ways_in_one_paragraph():
    text = TOWN.replace("两个事业单位。", "两个事业单位，青石镇退役军人服务中心有在编人员 2 名。")
    assert lines_of(UnitNamedTwoWays, text) == [line_with(text, "青石镇退役军人服务中心")]


def test_c712_term_explained_with_another_definition():
    text = TOWN.replace("系从主管部门和上级单位取得的非财政补助收入", "系事业单位开展业务活动所取得的收入")
    found = run(MisdefinedTerm, text)
    assert [d.location.line for d in found] == [line_with(text, "2.上级补助收入")]
    assert "事业收入" in found[0].message()


def test_c708_totals_of_different_scopes_are_not_paired():
    text = TOWN.replace("本单位2023年度收入、支出总计分别为 845.60 万元和 845.60 万元。",
                        "财政拨款收入总计 790.00 万元；一般公共预算财政拨款支出总计 830.15 万元。")
    assert run(IncomeExpenseTotalsUnequal, text) == []


FORM_HEAD = "项目支出绩效自评表\n（2023年度）\n项目名称 | 文艺演出设备购置经费 |\n主管部门 | {a} | 实施单位 | {b} |\n"


def test_c713_supervisor_and_implementer_swapped():
    text = FORM_HEAD.format(a="白石区民间艺术剧团", b="白石区文化和旅游局")
    assert lines_of(SupervisorSwapped, text) == [4]
    flat = "项目名称文艺演出设备购置经费主管部门白石区民间艺术剧团实施单位白石区文化和旅游局机关项目资金(万元)\n"
    assert lines_of(SupervisorSwapped, flat) == [1]


@pytest.mark.parametrize(("a", "b"), [
    ("白石区文化和旅游局", "白石区民间艺术剧团"),
    ("白石区文化和旅游局", "白石区文化和旅游局"),
    ("白石区医疗保障局", "白石区医疗保障服务中心"),
])
def test_c713_quiet_when_the_department_is_in_charge(a, b):
    assert run(SupervisorSwapped, FORM_HEAD.format(a=a, b=b)) == []


def test_c704_quiet_for_a_former_town_merged_into_this_one():
    assert run(ForeignOrganisation, TOWN + "原白马乡人民政府于2019年并入本镇。\n") == []
