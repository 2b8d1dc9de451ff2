"""A125 weights-not-100: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import WeightsNotHundred

from .._harness import fixture, lint
from ._drafts import run_scoring


def test_weights_must_make_100():
    [diag] = run_scoring(WeightsNotHundred, output_weight="50", quality_score="25", total="90")
    assert "10 + 50 + 30 = 90" in diag.message("zh")


def test_weights_making_100_are_quiet():
    assert run_scoring(WeightsNotHundred) == []  # 10 + 60 + 30


def test_weights_of_a_form_the_text_stops_inside_are_not_summed_short():
    """An excerpt that stops in the indicator rows, before 总分: the groups after the cut
    (效益指标, 满意度指标) are not in the text, so 10 + 50 says nothing."""
    from perflint.check import Context
    from perflint.read.text import parse_text
    from tests.checks.arithmetic._drafts import SCORING_FORM, SCORING_GOOD

    whole = SCORING_FORM.format(**SCORING_GOOD)
    cut = whole[:whole.index("效益指标")]
    assert list(WeightsNotHundred().run(parse_text(cut, "form.txt"), Context())) == []
    # the whole form with a group's weight wrong is reported
    wrong = whole.replace("效益指标（30分）", "效益指标（20分）")
    assert list(WeightsNotHundred().run(parse_text(wrong, "form.txt"), Context())) != []


def test_weights_of_a_form_read_cell_by_cell_that_the_text_stops_inside():
    """The same for a form read from a stream of cells (modelled on a county's 乡村振兴 加工车间
    self-evaluation copied from a web page, pipes between cells): the text stops at the
    效益指标 group's label, so 10 + 50 says nothing; a whole form with a wrong group weight is
    still reported."""
    from perflint.check import Context
    from perflint.read.text import parse_text

    head = ("项目名称 | 示范县农产品加工车间建设项目 | |||\n"
            "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||\n"
            "年度资金总额 | 500 | 500 | 500 | 10 | 100% | 10 | ||\n"
            "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |\n"
            "产出指标(50分) | 数量指标 | 新建加工车间面积 | ≥800平方米 | 820平方米 | 25 | 25 | ||\n"
            "质量指标 | 工程验收合格率 | 100% | 100% | 25 | 25 | ||\n")
    cut = head + "绩 效 指 标 | 效益\n"
    assert list(WeightsNotHundred().run(parse_text(cut, "form.txt"), Context())) == []
    whole = head + ("效益指标(20分) | 社会效益指标 | 受益农户数 | ≥100户 | 120户 | 20 | 20 | ||\n"
                    "满意度指标(10分) | 服务对象满意度指标 | 农户满意度 | ≥90% | 95% | 10 | 10 | ||\n"
                    "总分 | 90 | 90 | ||\n")
    assert list(WeightsNotHundred().run(parse_text(whole, "form.txt"), Context())) != []


# A form with a 分值 per indicator and no group weights, whose 总分 row gives the 分值 column's
# total before the score (总分 | 90 | 89.9): the weights read add up to that stated total, so no
# row was missed, and a total under 100 is as certain as one above it.
PER_INDICATOR = (
    "示范县耕地保护补助项目支出绩效自评表\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t50\t50\t49.5\t10\t99%\t9.9\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t补助耕地面积（亩）\t≥1000\t1020\t{quantity}\t{quantity}\t\n"
    "产出指标\t质量指标\t补助资金发放准确率\t100%\t100%\t20\t20\t\n"
    "产出指标\t时效指标\t资金发放及时率\t100%\t100%\t10\t10\t\n"
    "效益指标\t社会效益指标\t耕地保护意识\t有效提升\t有效提升\t20\t20\t\n"
    "满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t10\t10\t\n"
    "总分\t\t\t\t\t{weights}\t{score}\t\n"
)


def _lint(text):
    from perflint.check import Context
    from perflint.read.text import parse_text

    return list(WeightsNotHundred().run(parse_text(text, "form.txt"), Context()))


def test_per_indicator_weights_under_100_that_the_total_row_confirms():
    [diag] = _lint(PER_INDICATOR.format(quantity="20", weights="90", score="89.9"))
    assert "10 + 20 + 20 + 10 + 20 + 10 = 90" in diag.message("zh")


def test_per_indicator_weights_under_100_without_a_stated_total_are_quiet():
    # the rows read may be fewer than the form's: a sum under 100 alone is not certain
    assert _lint(PER_INDICATOR.format(quantity="20", weights="", score="89.9")) == []
    # the stated total disagrees with the rows read (a row missed): not certain either
    assert _lint(PER_INDICATOR.format(quantity="20", weights="100", score="99.9")) == []


def test_per_indicator_weights_making_100_are_quiet():
    assert _lint(PER_INDICATOR.format(quantity="30", weights="100", score="99.9")) == []


def test_the_total_row_score_is_the_figure_after_the_stated_weights():
    # 总分 | 90 | 89.9: 90 is the 分值 column's total (the weights read add up to it), 89.9 the score
    from perflint.checks.arithmetic._scoring import forms

    from perflint.check import Context
    from perflint.read.text import parse_text

    doc = parse_text(PER_INDICATOR.format(quantity="20", weights="90", score="89.9"), "form.txt")
    [form] = forms(doc, Context())
    assert str(form.total.value) == "89.9"
    assert str(form.weight_total.value) == "90"


def test_a_weight_total_other_than_100_on_the_total_row():
    """总分 | 110 | 96.4 over weights that make 100 (our 项目支出 fixture): the 分值 column's total
    is wrong, an error in either layout; 总分 | 96.4 | 96.4 is the score twice, not a weight total."""
    from tests.checks._harness import fixture, run

    good = fixture("xiangmu", "clinic-equipment-2023.txt")
    cells = "\n".join(c if c else " " for line in good.split("\n") for c in line.split("\t"))
    for text in (good, cells):
        assert run(WeightsNotHundred, text) == []
        [diag] = run(WeightsNotHundred, text.replace("合计\t100\t96.40", "合计\t110\t96.40").replace(
            "合计\n100\n96.40", "合计\n110\n96.40"))
        assert "110" in diag.message("zh") and "= 100" in diag.message("zh") and diag.severity.name == "error"
        # the weights short of a stated total: a row may be missed, so a warning
        short = text.replace("合计\t100\t96.40", "合计\t120\t96.40").replace("合计\n100\n96.40", "合计\n120\n96.40")
        short = short.replace("设备完好率\t≥95%\t98%\t10\t10", "设备完好率\t≥95%\t98%\t20\t10").replace(
            "设备完好率\n≥95%\n98%\n10\n10", "设备完好率\n≥95%\n98%\n20\n10")
        [diag] = run(WeightsNotHundred, short)
        assert "120" in diag.message("zh") and "= 110" in diag.message("zh") and diag.severity.name == "warning"
    twice = good.replace("合计\t100\t96.40", "合计\t96.40\t96.40")
    assert run(WeightsNotHundred, twice) == []


# A 部门整体 评分表 (投入/过程/产出/效果, as the evaluation framework groups its indicators): no
# budget-execution block, the 预算完成率 is an indicator of 过程.
_WHOLE_UNIT_FORM = """某县水利局2023年度部门整体支出绩效评价评分表
一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分
投入（{input}分）\t预算配置\t在职人员控制率\t5\t≤100%\t93.75%\t5
投入（{input}分）\t预算配置\t重点支出安排率\t{key}\t≥80%\t85%\t{key}
过程（30分）\t预算执行\t预算完成率\t10\t≥95%\t96%\t10
过程（30分）\t预算管理\t管理制度健全性\t{rules}\t健全\t健全\t{rules}
过程（30分）\t资产管理\t资产管理安全性\t10\t安全\t安全\t10
产出（30分）\t职责履行\t河道巡查次数\t15\t≥120次\t126次\t15
产出（30分）\t职责履行\t防汛物资储备完成率\t15\t100%\t100%\t15
效果（20分）\t社会效益\t群众满意度\t10\t≥90%\t92%\t10
效果（20分）\t可持续影响\t长效管理机制健全性\t10\t健全\t基本健全\t{last}
合计\t\t\t{weights}\t\t\t{total}
"""


def _whole_unit(**changes: str):
    from tests.checks._harness import run

    values = {"input": "20", "key": "15", "rules": "10", "last": "10", "weights": "100", "total": "100", **changes}
    return run(WeightsNotHundred, _WHOLE_UNIT_FORM.format(**values), "form.txt")


def test_a_whole_unit_scoring_form_whose_weights_make_100_is_quiet():
    assert _whole_unit() == []


def test_a_group_whose_indicators_weigh_other_than_its_label_says():
    """过程（30分） over weights 10 + 15 + 10 = 35: the label or a weight is wrong."""
    [diag] = _whole_unit(rules="15", weights="105", total="105")
    assert "“过程”各项分值之和 10 + 15 + 10 = 35，不等于该项分值 30" in diag.message()
    # short of the label too, where the form reaches its 合计 row
    [diag] = _whole_unit(rules="5", weights="95", last="9", total="94")
    assert "10 + 5 + 10 = 25" in diag.message()


def test_group_weights_above_100_without_a_budget_block():
    [diag] = _whole_unit(input="25", key="20", weights="105", total="105")
    assert "25 + 30 + 30 + 20 = 105" in diag.message()


# A 自评表 a web page gives one cell a line, whose 二级 name is mistyped (数亮指标 for 数量指标, one
# key of a pinyin IME away): the row after it stays a row (before, the name was read as the row's
# own, every cell one place off, and the actual 37.5 taken for a weight: 10 + 37.5 + … ≠ 100).
ONE_CELL_A_LINE = "\n".join([
    "项目支出绩效自评表", "项目名称", "教学楼维修", "项目资金", "（万元）", "年初", "预算数", "全年", "预算数", "全年",
    "执行数", "分值", "执行率", "得分", "年度资金总额", "40", "40", "37.5", "10", "94%", "9",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施",
    "产出指标", "{name}", "指标1维修资金金额", "40", "37.5", "30", "28", "结余尾款未付",
    "质量指标", "指标1验收合格率", "100", "100", "30", "30",
    "效益指标", "社会效益", "指标", "指标1教学条件改善", "100", "100", "20", "20",
    "满意度", "指标", "服务对象满意度指标", "指标1师生满意度", "100", "100", "10", "10", "",
])


def test_weights_of_a_one_cell_a_line_form_with_a_mistyped_level2_name():
    from perflint.check import Context
    from perflint.read.text import parse_text

    for name in ("数量指标", "数亮指标"):
        doc = parse_text(ONE_CELL_A_LINE.format(name=name), "form.txt")
        assert list(WeightsNotHundred().run(doc, Context())) == [], name


# A weight-first 绩效目标自评表 scraped onto one line with nothing between its cells (a fixture we
# wrote): its weights are read from cells glued to their targets (``20100%``) and its budget
# block from a header and figures run together (``…得分年度资金总额:303010100.00%10``).
def test_a125_weights_above_100_on_a_glued_one_line_form():
    text = fixture("forms", "glued_weight_first_one_line.txt").replace("产出指标(50分)", "产出指标(60分)") \
        .replace("清淤塘堰数量10≥12座≥12座10", "清淤塘堰数量20≥12座≥12座20")
    [d] = lint(WeightsNotHundred, text)
    assert "= 110" in d.message("zh")


def test_a125_glued_one_line_form_whose_weights_make_100_is_quiet():
    assert lint(WeightsNotHundred, fixture("forms", "glued_weight_first_one_line.txt")) == []


# A 部门整体 评分表 of 三级指标 | 分值 | 得分 only, its merged 一级 and 二级 cells left blank (a fixture
# we wrote): the weights are read from the 分值 column, so a group label's weight is checked.
_WEIGHTS_AND_SCORES = (
    "某县民政局2023年度部门整体支出绩效评价评分表\n"
    "一级指标\t二级指标\t三级指标\t分值\t得分\n"
    "投入（20分）\t预算配置\t在职人员控制率\t{first}\t{first}\n"
    "\t\t三公经费变动率\t10\t10\n"
    "过程（30分）\t预算执行\t预算完成率\t10\t9.5\n"
    "\t\t预算调整率\t10\t10\n"
    "\t预算管理\t管理制度健全性\t10\t10\n"
    "产出（30分）\t职责履行\t重点工作完成率\t30\t30\n"
    "效果（20分）\t履职效益\t社会效益\t10\t10\n"
    "\t\t服务对象满意度\t10\t10\n"
    "总分\t\t\t100\t{total}\n"
)


def test_a125_group_weight_on_a_form_of_weights_and_scores():
    from tests.checks._harness import run

    assert run(WeightsNotHundred, _WEIGHTS_AND_SCORES.format(first="10", total="99.5"), "form.txt") == []
    diags = run(WeightsNotHundred, _WEIGHTS_AND_SCORES.format(first="5", total="94.5"), "form.txt")
    assert any("“投入”各项分值之和 5 + 10 = 15，不等于该项分值 20" in d.message() for d in diags)
    # a group's 小计 row is no indicator: its weight is not counted again
    subtotal = _WEIGHTS_AND_SCORES.format(first="10", total="99.5").replace(
        "\t预算管理\t管理制度健全性\t10\t10\n", "\t预算管理\t管理制度健全性\t10\t10\n\t\t小计\t30\t29.5\n")
    assert run(WeightsNotHundred, subtotal, "form.txt") == []
