"""One invented 自评表 in the layouts real drafts use gives the same facts from each.

The fixtures in ``tests/fixtures/forms`` hold the same form (青禾县文化馆, 非遗传承培训经费):
one cell per line with rows closed by a line of pipes; the whole form on one line with spaces
between cells; HTML pipe rows with the target split over 指标性质 / 指标值 / 度量单位; tab rows
with merged cells left blank; pipe rows whose labels moved to the end of the row before and whose
indicator header starts before 一级指标 … 三级指标; and (云南's layout) the indicator header over two
rows, the PDF breaking a cell over lines, the 指标性质 written with a small ``﹦``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perflint.extract.selfeval import self_evaluations
from perflint.read.loader import load
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "forms"
LAYOUTS = ["cell_per_line.txt", "one_line.txt", "pipe_split_target.txt", "tab_rows.txt", "pipe_header_split.txt",
           # the indicator header over two rows (绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差… above
           # 一级指标 | … | 指标性质 | 指标值 | 度量单位): a PDF's pipe rows, tab rows, one cell per line
           "pipe_two_row_header.txt", "tab_two_row_header.txt", "cell_per_line_two_row_header.txt"]

BUDGET = [
    ("年度资金总额", "50", "50", "45", "90%", "9", "10"),
    ("其中:当年财政拨款", "50", "50", "45", None, None, None),
    ("上年结转资金", "0", "0", "0", None, None, None),
    ("其他资金", "0", "0", "0", None, None, None),
]
INDICATORS = [
    ("产出指标", "培训人次", "200", "≥", "180", "20", "18"),
    ("产出指标", "结业考核合格率", "95", "≥", "96", "20", "20"),
    ("产出指标", "培训按期完成率", "100", "=", "100", "10", "10"),
    ("效益指标", "非遗项目传承人数", "30", "≥", "31", "30", "30"),
    ("满意度指标", "学员满意度", "90", "≥", "93", "10", "10"),
]


def _text(fig):
    return str(fig.value) if fig is not None and fig.quantity is not None else None


@pytest.mark.parametrize("layout", LAYOUTS)
def test_budget_lines_are_the_same_in_every_layout(layout: str) -> None:
    forms = self_evaluations(load(FIXTURES / layout))
    assert len(forms) == 1
    got = [
        (b.item, _text(b.initial), _text(b.budget), _text(b.actual),
         b.rate.text if b.rate else None, _text(b.score), str(b.weight) if b.weight is not None else None)
        for b in forms[0].budget
    ]
    assert got == BUDGET


@pytest.mark.parametrize("layout", LAYOUTS)
def test_indicator_lines_are_the_same_in_every_layout(layout: str) -> None:
    form = self_evaluations(load(FIXTURES / layout))[0]
    got = [
        (i.level1, i.name, _text(i.target), i.target.quantity.relation, _text(i.actual), str(i.weight), _text(i.score))
        for i in form.indicators
    ]
    assert got == INDICATORS
    assert _text(form.total) == "97"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_facts_point_at_their_source_lines(layout: str) -> None:
    path = FIXTURES / layout
    lines = path.read_text(encoding="utf-8").splitlines()
    form = self_evaluations(load(path))[0]
    for ind in form.indicators:
        loc = ind.score.cell.text.locate()
        assert lines[loc.line - 1][loc.column - 1:loc.end_column - 1] == ind.score.text
    total = form.budget[0].actual.cell.text.locate()
    assert lines[total.line - 1][total.column - 1:total.end_column - 1] == "45"


def test_blank_deviation_cell_is_read_where_the_form_has_one() -> None:
    form = self_evaluations(load(FIXTURES / "cell_per_line.txt"))[0]
    first, second = form.indicators[:2]
    assert first.deviation is not None and "农忙" in first.deviation.text
    assert second.deviation is not None and second.deviation.cell.is_empty


def test_lines_joined_by_the_importer_are_cut_at_their_source_lines() -> None:
    from perflint.read.text import parse_text

    text = ("项目支出绩效自评表\n项目预算\n执行情况\n(10分)\n"
            "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法\n"
            "年度资金总额 45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。\n"
            "其中:财政拨款 45 45 - - -\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (total.item, str(total.actual.value), total.rate.text, str(total.score.value)) == ("年度资金总额", "45", "100%", "10")
    assert total.row.line == 6


def test_header_cells_broken_over_lines() -> None:
    from perflint.read.text import parse_text

    cells = ["年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
             "年度资金总额", "43.2", "43.2", "37.24", "10", "86%", "9", "其中:当年财政拨款", "43.2", "43.2", "37.24"]
    [form] = self_evaluations(parse_text("项目支出绩效自评表\n\n" + "\n\n".join(cells) + "\n", "form.txt"))
    total = form.budget[0]
    assert (str(total.initial.value), str(total.budget.value), str(total.actual.value), total.rate.text) == \
        ("43.2", "43.2", "37.24", "86%")
    assert total.weight == 10 and str(total.score.value) == "9"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_correct_form_in_every_layout_is_quiet_for_every_check(layout: str) -> None:
    from perflint.check import Context
    from perflint.engine import load_registry, run_checks

    result = run_checks(load(FIXTURES / layout), [cls() for cls in load_registry().builtin()], Context())
    assert result.internal_errors == []
    assert [d.code for d in result.diagnostics] == []


HUBEI_STYLE = """2023年度送戏下乡项目自评表
项目名称 | 送戏下乡 | ||||||||
预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||
年度财政资金总额 | 12 | 12 | 100% | 20 | |||||
年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||
产出指标(40分) | 数量指标 | 演出场次 | 40场 | 36场 | 10 | ||||
戏曲进校园场次 | 10场 | 10场 | |||||||
质量指标 | 演出节目审查通过率 | 100% | 100% | 10 | |||||
效益指标(30分) | 社会效益 | 观众人次 | 8000人次 | 8200人次 | 10 | ||||
"""


def test_rows_missing_the_merged_cells_before_their_level_line_up_with_the_header() -> None:
    """The header has a merged cell before 一级指标 (年度绩效目标1); a row that starts with its
    一级 or 二级指标 lacks the cells to its left and is read shifted back to the header."""
    form = self_evaluations(parse_text(HUBEI_STYLE, "form.txt"))[0]
    got = [(i.name, i.target.text, i.actual.text, i.score.text if i.score else None) for i in form.indicators]
    assert got == [("演出场次", "40场", "36场", "10"), ("戏曲进校园场次", "10场", "10场", None),
                   ("演出节目审查通过率", "100%", "100%", "10"), ("观众人次", "8000人次", "8200人次", "10")]


WEIGHT_FIRST = [
    ("培训人次", "200", "180", "20", "18"),
    ("结业考核合格率", "95", "96", "20", "20"),
    ("培训按期完成率", "100", "100", "10", "10"),
    ("非遗项目传承人数", "30", "31", "30", "30"),
    ("学员满意度", "90", "93", "10", "10"),
]
ONE_LINE_WEIGHT_FIRST = (
    "绩效目标自评表(2023年度)项目名称非遗传承培训经费主管部门青禾县文化和旅游局实施单位青禾县文化馆"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:50451090.00%9"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
    "产出指标(50分)数量指标培训人次20≥200人次180人次18质量指标结业考核合格率20≥95%96%20"
    "时效指标培训按期完成率10=100%100%10效益指标(30分)社会效益指标非遗项目传承人数30≥30人31人30"
    "满意度指标(10分)服务对象满意度指标学员满意度10≥90%93%10总分10097\n"
)


@pytest.mark.parametrize("source", ["pipe", "one_line"])
def test_forms_with_the_weight_before_the_target(source: str) -> None:
    """安徽 / 四川 绩效目标自评表: 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因."""
    doc = load(FIXTURES / "weight_first_pipe.txt") if source == "pipe" else parse_text(ONE_LINE_WEIGHT_FIRST, "f.txt")
    form = self_evaluations(doc)[0]
    got = [(i.name, _text(i.target), _text(i.actual), str(i.weight), _text(i.score))
           for i in form.indicators if i.score is not None]
    assert got == WEIGHT_FIRST
    assert _text(form.total) == "97"


def test_target_and_actual_named_in_one_header_cell_is_not_a_target_table() -> None:
    text = ("2023年度河道保洁项目绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年初目标值(A)实际完成值(B)\t得分\n"
            "产出指标\t数量指标\t保洁河道长度\t30公里\t30公里\t40\n"
            "效益指标\t社会效益指标\t河面漂浮物清理率\t95%\t97%\t40\n")
    form = self_evaluations(parse_text(text, "f.txt"))[0]
    assert [i.name for i in form.indicators] == ["保洁河道长度", "河面漂浮物清理率"]


def test_aligned_rows_are_read_where_the_header_says() -> None:
    """A row starting with its 一级指标 under the 一级指标 column is not shifted."""
    text = ("一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t完成率\t得分\n"
            "产出指标\t数量指标\t检查次数\t20\t19\t95%\t19\n"
            "\t数量指标\t宣传次数\t10\t8\t80%\t18\n")
    form = self_evaluations(parse_text(text, "f.txt"))[0]
    assert [(i.name, i.target.text, i.actual.text, i.rate.text) for i in form.indicators] == [
        ("检查次数", "20", "19", "95%"), ("宣传次数", "10", "8", "80%")]


def test_unit_cell_the_figure_reader_does_not_know_is_the_targets() -> None:
    """``≤ | 6 | 月``: 月 is no unit of the figure reader (a date word), yet under 度量单位 it is
    the target's unit, not the 完成值; the weight and score stay in their columns."""
    text = ("预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
            "总额 | 8.00 | 8.00 | 7.84 | 98.00% | 10 | 9.8 | 议价节约。 | |||\n"
            "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |\n"
            "产出指标 | 时效指标 | 设备投入使用时间 | ≤ | 6 | 月 | 6 | 10 | 10 | ||\n"
            "产出指标 | 数量指标 | 安装路灯数量 | ≥ | 120 | 盏 | 126 | 20 | 20 | ||\n"
            "合计 | 100 | 30 | |||||||||\n")
    form = self_evaluations(parse_text(text, "f.txt"))[0]
    got = [(i.name, i.target.text, _text(i.actual), str(i.weight), _text(i.score)) for i in form.indicators]
    assert got == [("设备投入使用时间", "≤6月", "6", "10", "10"), ("安装路灯数量", "≥120盏", "126", "20", "20")]


def test_budget_row_short_of_a_cell_without_a_percent_reads_only_its_leading_columns() -> None:
    """``880 880 880 10 10`` under 年初预算数 全年预算数 全年执行数 分值 执行率 得分: a blank cell was
    lost between the spaces; which one is not known, so the 执行率 is not read from it."""
    text = ("项目支出绩效自评表\n"
            "项目资金 (万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额: 880 880 880 10 10\n"
            "其中:本年财政拨款 880 880 880 - -\n")
    [form] = self_evaluations(parse_text(text, "f.txt"))
    total = form.budget[0]
    assert (_text(total.budget), _text(total.actual), total.rate) == ("880", "880", None)


def test_budget_row_under_a_header_cell_no_role_names_is_not_read_shifted() -> None:
    """A header cell the roles do not name (``年出预算数``, a typo) moves every column after it:
    ``880`` under 分值 is a sum of money, not a weight, so the figures are not read at all
    (read shifted, they made an execution rate of 10 and a score of 880 × 100%)."""
    text = ("项目支出绩效自评表\n"
            "项目资金 (万元) 年出预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额: 880 880 880 10 10\n"
            "其中:本年财政拨款 880 880 880 - -\n")
    forms = self_evaluations(parse_text(text, "f.txt"))
    assert not any(row.weight is not None and row.weight > 100 for form in forms for row in form.budget)
    assert not any(row.rate is not None for form in forms for row in form.budget)


def test_scoring_table_rows_have_scores_and_no_target_or_result() -> None:
    """A 评分表 (分值 | 评分标准 | 得分) has no 目标值 or 完成值: read from the right its weight
    and its 评分标准 would pass for a target and a result."""
    text = ("部门整体支出绩效评价评分表\n"
            "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t评分标准\t得分\n"
            "效果\t20\t履职效益\t20\t社会效益\t10\t民生实事按期完成，群众获得感增强\t9.5\n"
            "效果\t20\t履职效益\t20\t服务对象满意度\t10\t满意度≥90%得满分\t10\n"
            "合计\t20\t\t20\t\t20\t\t19.5\n")
    [form] = self_evaluations(parse_text(text, "f.txt"))
    assert [(i.target, i.actual, _text(i.score)) for i in form.indicators] == [(None, None, "9.5"), (None, None, "10")]


def test_reason_after_the_score_on_a_one_line_form_is_the_rows_deviation() -> None:
    """A form on one line: a sentence after the score is the row's 偏差原因 (no indicator name
    holds a ，), a name after it is the next row's."""
    text = ("项目支出绩效自评表 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
            "产出指标 数量指标 资助学生人次 ≥300人次 340人次 20 20 "
            "满意度指标 服务对象满意度指标 受助学生满意度 ≥90% 97.02% 10 9 个别学生反映通知不及时，今后提前告知 "
            "总分 100 98\n")
    form = self_evaluations(parse_text(text, "f.txt"))[0]
    got = [(i.name, i.deviation.text if i.deviation else None) for i in form.indicators]
    assert got == [("资助学生人次", None), ("受助学生满意度", "个别学生反映通知不及时，今后提前告知")]


# A PDF flattened into one line where a name wrapped over two lines pushed the next indicator's
# name in front of the previous one's figures: two numbered names, then two groups of figures,
# the second group with no name of its own.
NAMES_BEFORE_FIGURES = (
    "项目支出绩效自评表\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
    "产出指标 数量指标 指标1:开展巡回义诊 12次 12次 5 5 "
    "指标2:慢性病随访登记人 数 指标3:老年人健康管理覆盖率 850人 850人 5 5 96% 92% 5 4.8 "
    "总分 100 99.8\n"
)


def test_a_numbered_name_pushed_before_the_previous_figures_goes_to_the_nameless_group() -> None:
    form = self_evaluations(parse_text(NAMES_BEFORE_FIGURES, "f.txt"))[0]
    got = [(i.name, i.target.text, i.actual.text) for i in form.indicators]
    assert got == [
        ("指标1:开展巡回义诊", "12次", "12次"),
        ("指标2:慢性病随访登记人数", "850人", "850人"),
        ("指标3:老年人健康管理覆盖率", "96%", "92%"),
    ]


def test_a_group_with_its_own_name_takes_nothing_from_the_row_before() -> None:
    text = NAMES_BEFORE_FIGURES.replace(" 96% 92%", " 指标4:家庭访视次数 96次 92次")
    form = self_evaluations(parse_text(text, "f.txt"))[0]
    assert [i.name for i in form.indicators][1:] == ["数指标3:老年人健康管理覆盖率", "指标4:家庭访视次数"]


# A PDF that put the budget block's row labels (a merged column) before its header: the labels,
# then 全年预算数 … 得分, then each row's figures in the labels' order.
LABELS_BEFORE_HEADER = (
    "松溪县项目支出绩效自评表 (2021年度) 项目名称 乡村卫生室运行补助 主管部门 松溪县卫生健康局 "
    "项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 "
    "48.20 47.10 10 98% 9.8 48.20 47.10 — 98% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况\n"
)


def test_budget_row_labels_written_before_the_header_take_the_figures_in_order() -> None:
    [form] = self_evaluations(parse_text(LABELS_BEFORE_HEADER, "f.txt"))
    total = form.budget[0]
    assert (total.item, _text(total.budget), _text(total.actual), total.rate.text, _text(total.score), total.weight) == \
        ("年度资金总额", "48.20", "47.10", "98%", "9.8", 10)
    part = form.budget[1]
    assert (part.item, _text(part.budget), _text(part.actual), part.score) == ("其中:当年财政拨款", "48.20", "47.10", None)


def test_labels_before_a_header_with_figures_that_do_not_fill_the_rows_are_not_read() -> None:
    text = LABELS_BEFORE_HEADER.replace(" 48.20 47.10 — 98% —", "")
    forms = self_evaluations(parse_text(text, "f.txt"))
    assert all(b.role != "total" for f in forms for b in f.budget)


def test_budget_header_that_lost_its_first_columns_at_an_excerpt_cut() -> None:
    """An excerpt that starts inside the budget header (``全年预算数`` onward: 年初预算数 is above
    the cut) names five columns over rows of six figures. The rows are read by the form's six
    columns, never shifted by one (an 执行率 read from the 执行数 column)."""
    lines = (FIXTURES / "cell_per_line.txt").read_text(encoding="utf-8").splitlines()
    cut = "\n".join(lines[13:]) + "\n"  # from 全年预算数
    [form] = self_evaluations(parse_text(cut, "form.txt"))
    total = form.budget[0]
    assert (str(total.budget.value), str(total.actual.value), total.rate.text) == ("50", "45", "90%")
    part = form.budget[1]
    assert part.rate is None and str(part.actual.value) == "45"


def test_budget_table_header_named_as_the_provincial_form_names_it() -> None:
    """``预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因``: the corner
    cell over the labels names no column, the columns are named as the stream reader names
    them, a bar after the row leaves an empty cell, and the 原因 text after the figures is no
    label."""
    text = ("示范县2023年度项目支出绩效自评表\n"
            "预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n"
            "总额 | 0.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | 执行率低于90%的应说明原因 | |\n"
            "其中:财政资金 | 0.00 | 3.36 | 3.36 | 100.00% | / | / | | |\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 | 原因 |\n"
            "产出指标 | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 90 | 90 | |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (total.item, str(total.budget.value), str(total.actual.value), total.rate.text) == ("总额", "3.36", "3.36", "100.00%")


# A government site's page opens with its own table of metadata (索引号, 发文字号, 发布日期), one
# row a line with several cells, before the form pasted one cell a line.
PAGE_HEADER = ("索 引 号: | 000000000/2024-00001 | 发文字号: | 无 | 发文日期: | 2024年03月05日 |\n"
               "发文单位: | 青禾县文化馆 | 发布日期: | 2024年03月05日 | ||\n"
               "主题分类: | 财政 | 效力状态: | 有效 |\n")


@pytest.mark.parametrize("gap", ["", "\n"])
def test_form_one_cell_a_line_after_a_page_header_of_several_cells_a_row(gap: str) -> None:
    """The page's header rows are a table of their own: read as the first rows of the form's
    table, they made every one-cell line a row of its own and the form lost its rows."""
    text = PAGE_HEADER + gap + (FIXTURES / "cell_per_line.txt").read_text(encoding="utf-8")
    [form] = self_evaluations(parse_text(text, "page.txt"))
    got = [(b.item, _text(b.initial), _text(b.budget), _text(b.actual),
            b.rate.text if b.rate else None, _text(b.score), str(b.weight) if b.weight is not None else None)
           for b in form.budget]
    assert got == BUDGET
    assert [(i.name, _text(i.actual), _text(i.score)) for i in form.indicators] == [
        (name, actual, score) for _level, name, _target, _rel, actual, _weight, score in INDICATORS]


def _budget_rows(text: str) -> list[tuple]:
    [form] = self_evaluations(parse_text(text, "form.txt"))
    return [(b.item, _text(b.budget), _text(b.actual), b.rate.text if b.rate and b.rate.quantity else None, _text(b.score),
             str(b.weight) if b.weight is not None else None) for b in form.budget]


# A transfer-payment form names its columns 全年预算数(A) / 全年执行数(B) / 预算执行率: no cell
# starts with 预算数, yet the row is the budget block's header.
TRANSFER_FORM = ("某县2024年度困难群众救助补助资金绩效自评表\n"
                 "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
                 "年度资金总额: | 812.40 | 806.10 | 99.22% | ||||\n"
                 "其中:中央财政资金 | 500.00 | 500.00 | 100% | ||||\n"
                 "地方资金 | 312.40 | 306.10 | 97.98% | ||||\n"
                 "资金管理情况 | 情况说明 | 存在问题和改进措施 | |||||\n"
                 "分配科学性 | 资金分配科学 | 暂无 | |||||\n"
                 "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年实际值 | 分值 | 得分 |\n"
                 "产出指标 | 数量指标 | 救助人次 | ≥1200人次 | 1260人次 | 50 | 50 |\n")


def test_budget_header_named_by_its_columns_roles_is_read_as_the_budget_block() -> None:
    """The rows under it are read by its columns, and the 资金管理情况 rows after the block,
    words in its money columns, are not budget rows."""
    assert _budget_rows(TRANSFER_FORM) == [
        ("年度资金总额:", "812.40", "806.10", "99.22%", None, None),
        ("其中:中央财政资金", "500.00", "500.00", "100%", None, None),
        ("地方资金", "312.40", "306.10", "97.98%", None, None),
    ]


# The provincial form's header has a group cell (年度预算数(万元)) over 年初预算 … 预算执行数 and
# puts 权重 between 预算执行率 and 得分; its rows are one cell shorter than the header.
GROUPED_HEADER = ("示范县2023年度设备购置项目支出绩效自评表\n"
                  "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 | ||\n"
                  "总额 | 0.00 | 4.80 | 4.80 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 | |||\n"
                  "其中:财政资金 | 0.00 | 4.80 | 4.80 | 100.00% | / | / | ||||\n"
                  "单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / | ||||\n"
                  "其他资金 | / | / | ||||||||\n")


def test_rows_giving_one_value_for_each_named_column_are_read_in_the_headers_order() -> None:
    assert _budget_rows(GROUPED_HEADER) == [
        ("总额", "4.80", "4.80", "100.00%", "10", "10"),
        ("其中:财政资金", "4.80", "4.80", "100.00%", None, None),
        ("单位资金", "0.00", "0.00", "0.00%", None, None),
        ("其他资金", None, None, None, None, "10"),
    ]


def test_correct_form_with_a_grouped_budget_header_is_quiet() -> None:
    """Read from the right as 预算数 / 执行数 / 执行率 / 得分, the total row gave an 执行率 of 10
    and a 得分 of 100.00% (false A121 and A123 errors)."""
    from perflint.check import Context
    from perflint.engine import load_registry, run_checks

    result = run_checks(parse_text(GROUPED_HEADER, "form.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.code for d in result.diagnostics if d.severity == "error"] == []


LABEL_LINES = ("项目支出绩效自评表\n"
               "项目资金 (万元) |\n"
               "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
               "年度资金总额 |\n"
               "| 52.6 | 51.20 | 10 | 97.34% | 9.7 |\n"
               "其中:当年财政拨款 |\n"
               "| 52.6 | 51.20 | 10 | 97.34% | 9.7 |\n")


def test_label_on_its_own_line_names_the_figures_below_and_only_the_total_has_a_score() -> None:
    """A row of figures without a label takes the label alone on the line before it; a 其中 row
    that copies the total's 分值 and 得分 is not a second scored row."""
    assert _budget_rows(LABEL_LINES) == [
        ("年度资金总额", "52.6", "51.20", "97.34%", "9.7", "10"),
        ("其中:当年财政拨款", "52.6", "51.20", "97.34%", None, None),
    ]


def test_rows_that_do_not_give_a_value_for_each_column_are_not_read_out_of_order() -> None:
    """Five values under six named columns, with 分值 between 执行数 and 执行率: which cell was lost
    is not known, so the row is not read by the table (never 执行率 from the 分值 column)."""
    text = GROUPED_HEADER.replace("总额 | 0.00 | 4.80", "总额 | 4.80")
    forms = self_evaluations(parse_text(text, "form.txt"))
    assert not any(b.rate is not None and b.rate.quantity is not None and not b.rate.quantity.is_percent
                   for f in forms for b in f.budget)


# A PDF's header whose cells wrapped: the first halves (年度, 实际) on the header's line, the second
# halves (指标值, 完成值) on the next line, before the rows.
WRAPPED_HEADER = ("示范县2022年度文物保护专项经费绩效自评表\n"
                  "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n"
                  "指标值 完成值\n"
                  "产出指标 数量指标 指标1:修缮古建筑数量 4处 4处 10 10\n"
                  "质量指标 指标1:工程验收合格率 100% 95% 10 9\n"
                  "时效指标 指标1:按期完工率 100% 100% 10 10\n")


def test_header_cells_wrapped_over_two_lines_name_their_columns_in_the_first_lines_order() -> None:
    [form] = self_evaluations(parse_text(WRAPPED_HEADER, "form.txt"))
    got = [(i.name, i.target.text, i.actual.text, str(i.weight), _text(i.score)) for i in form.indicators]
    assert got == [("指标1:修缮古建筑数量", "4处", "4处", "10", "10"), ("指标1:工程验收合格率", "100%", "95%", "10", "9"),
                   ("指标1:按期完工率", "100%", "100%", "10", "10")]


def test_a_header_cell_with_a_space_inside_is_one_cell_not_a_wrapped_one() -> None:
    """``年度 指标值`` on one line and ``实际 完成值`` on the next (one cell a line): 年度 joins 指标值
    beside it, not the 完成值 of the next line."""
    text = ("示范县2022年度文物保护专项经费绩效自评表\n一级指标 |\n二级指标 |\n三级指标 |\n年度 指标值 |\n实际 完成值 |\n"
            "分值 |\n得分 |\n偏差原因分析及改进措施 |\n|||||\n产出指标 |\n数量指标 |\n修缮古建筑数量 |\n≥4处 |\n3处 |\n10 |\n8 |\n"
            "一处延期 |\n|||||\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    [ind] = form.indicators
    assert (ind.target.text, ind.actual.text) == ("≥4处", "3处")


def test_rows_of_a_header_without_a_label_cell_that_stop_short_are_read_without_failing() -> None:
    """``年初预算数 全年预算数(A) … 得分`` (six cells) over ``年度资金总额: 55 55 55 10 100% 10`` (seven):
    the columns are read one to the right; a 上年结转资金 row of six cells stops before the 得分
    column and is no reason to fail (it raised IndexError)."""
    text = ("示范县2023年度设备购置项目支出绩效自评表\n"
            "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
            "年度资金总额: 55 55 55 10 100% 10\n"
            " 其中:本年财政拨款 55 55 55 - 100% -\n"
            "    上年结转资金 0 0 0 - -\n"
            "       其他资金 0 0 0 - -\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (_text(total.budget), _text(total.actual), total.rate.text, _text(total.score)) == ("55", "55", "100%", "10")


def test_indicator_row_whose_figures_wrapped_onto_the_next_line_is_read_as_one_row() -> None:
    """``产出指标 | 数量指标 | 扶持…主体 (个) |`` then ``15 | 6 | 8.0 |``: the figures belong to the row
    above (read alone, 15 was taken for the indicator's name)."""
    text = ("示范县2019年度产业扶贫项目支出绩效自评表\n"
            "预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n"
            "年度财政资金总额 | 500 | 450 | 90% | 18 | |\n"
            "一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
            "产出指标 | 数量指标 | 扶持合作社 (个) |\n"
            "12 | 9 | 7.5 | |\n"
            "数量指标 | 培训农户(人) | 800 | 820 | 10 | |\n"
            "效益指标 | 经济效益指标 | 带动增收 (元) |\n"
            "1500 | 1620 | 10 | |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    got = [(i.name, _text(i.target), _text(i.actual), _text(i.score)) for i in form.indicators]
    assert got == [("扶持合作社(个)", "12", "9", "7.5"), ("培训农户(人)", "800", "820", "10"),
                   ("带动增收(元)", "1500", "1620", "10")]


def test_a_full_row_under_a_level_the_form_words_do_not_know_is_read_in_place() -> None:
    """``预算执行 | 预算执行率 | 预算执行率 | 100% | 95.51% | 10 | 9.85`` on a 部门整体 form: its first
    cell is no 一级指标 word, so it was taken for a name two columns to the right of where it stands
    and the row lost its name and weight (the stream reading then joined 预算执行率 twice)."""
    text = ("某县统计局2024年度部门整体支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 95.6% | 90 | 90 |\n"
            "| 预算执行 | 预算执行率 | 预算执行率 | 100% | 95.51% | 10 | 9.55 |\n"
            "| 总分 |  |  |  |  | 100 | 99.55 |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    got = [(i.name, _text(i.actual), i.weight, _text(i.score)) for i in form.indicators]
    assert got == [("服务对象满意度", "95.6", 90, "90"), ("预算执行率", "95.51", 10, "9.55")]


def test_a_form_without_a_budget_block_gives_its_weights_total_then_its_score() -> None:
    """``总分 | 20 | 19.85`` under a 分值 column, on a form with no budget block: 20 is the 分值
    column's total, 19.85 the score (20 was read as the score, a false A124)."""
    text = ("某县统计局2024年度部门整体支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 95.6% | 10 | 10 |\n"
            "| 产出指标 | 质量指标 | 统计数据按时上报率 | 100% | 98.5% | 10 | 9.85 |\n"
            "| 总分 |  |  |  |  | 20 | 19.85 |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    assert (_text(form.weight_total), _text(form.total)) == ("20", "19.85")


def test_a_regional_transfer_form_without_scores_is_read():
    """The 中央对地方转移支付区域绩效自评表 has no 分值 or 得分 column: each indicator's row ends with
    its 未完成原因和改进措施, and its rows open with the blank cell the merged 绩效指标 cell leaves."""
    (se,) = self_evaluations(load(FIXTURES / "region_transfer.txt"))
    assert [(i.level1, i.name, i.target.cell.value, i.actual.cell.value, i.score) for i in se.indicators] == [
        ("产出指标", "日常养护里程", "320公里", "320公里", None),
        ("产出指标", "优良中等路率", "≥80%", "83.5%", None),
        ("效益指标", "受益群众人数", "≥2万人", "2.1万人", None),
        ("满意度指标", "沿线群众满意度", "≥90%", "94%", None),
    ]
    assert [b.item for b in se.budget][:2] == ["年度资金总额：", "其中：中央补助"]


def test_a_row_lacking_its_level2_cell_under_an_unknown_level_is_read_one_cell_short() -> None:
    """``预算执行 | 预算执行率 | ≥95% | 98.6% | 10 | 10`` on a 部门整体 form flattened from a web page:
    the row lost its 二级 cell (merged with its 一级). Read as a 三级 name two columns to the right,
    its name became the target and its target the result (a false B308 and a weight of 99 in A125);
    a target of words before a bound result is no reading."""
    text = ("某县卫生健康局2023年度部门整体支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 满意度指标 | 服务对象满意度指标 | 群众就医满意度 | ≥90% | 91.3% | 90 | 90 |\n"
            "| 预算执行 | 预算执行率 | ≥95% | 98.6% | 10 | 10 |\n"
            "| 合计 | 100 | 100 |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    got = [(i.name, _text(i.target), _text(i.actual), i.weight, _text(i.score)) for i in form.indicators]
    assert got[-1] == ("预算执行率", "95", "98.6", 10, "10")


def test_a_total_row_shorter_than_a_header_with_a_title_and_a_corner_is_read_under_its_columns() -> None:
    """``预算执行情况(10分) | 年度预算数(万元) | 年初预算 | …`` over ``总额 | 12.00 | 15.00 | …`` with
    its blank 得分 and 原因 dropped at the end (modelled on a county form): the header's columns
    stand one to the right of the row's figures; the row is read with its 权重 as the weight cell."""
    text = ("某县2023年度巡护项目支出绩效自评表\n"
            "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因\n"
            "总额 | 12.00 | 15.00 | 14.40 | 96.00% | 10 |\n"
            "其中:财政资金 | 12.00 | 15.00 | 14.40 | 96.00% | / | /\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (total.item, _text(total.budget), _text(total.actual), total.rate.text) == ("总额", "15.00", "14.40", "96.00%")
    assert total.weight_figure is not None and total.weight_figure.text == "10" and total.score is None


def test_fiscal_total_under_a_header_on_the_lines_above_is_the_budget_row() -> None:
    """A 湖北-style form whose cells a PDF wrote with blanks, its budget header broken over the
    lines above (``预算数(A) 执行数(B) 执行率(B/A) 得分`` / ``(20分*执行率)``) and its row
    ``年度财政资金总额 60 57 95 18``: the row is the form's budget total, with the weight of 20."""
    text = ("示范县2022年度宣传经费项目自评表\n"
            "项目名称 宣传经费\n"
            "预算执行情况(万元)\n"
            "(20分)\n"
            "  预算数(A) 执行数(B) 执行率(B/A) 得分\n"
            "(20分*执行率)\n"
            "年度财政资金总额 60 57 95 18\n"
            "年度绩效目标1(80分) 一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (_text(total.budget), _text(total.actual), total.rate.text, _text(total.score)) == ("60", "57", "95", "18")


def test_fiscal_total_under_a_header_written_one_cell_a_line_is_the_budget_row() -> None:
    """The same 20-point form copied one cell a line (a 云南 county's page): the header's cells
    stand on the seven lines above ``年度财政资金总额`` and its figures on the lines below."""
    text = ("示范县2022年度项目支出绩效自评表\n项目名称\n肉牛养殖补助\n预算执行情况(万元)\n(20分)\n"
            "预算数(A)\n执行数(B)\n执行率(B/A)\n得分\n(20分*执行率)\n年度财政资金总额\n40\n10\n25\n5\n"
            "年度绩效目标\n(80分)\n一级指标\n二级指标\n三级指标\n年初目标值(A)\n实际完成值(B)\n得分\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (_text(total.budget), _text(total.actual), total.rate.text, _text(total.score), total.weight) == (
        "40", "10", "25", "5", 20)


def test_fiscal_total_of_a_form_copied_one_cell_a_line_with_pipe_lines() -> None:
    """A page that closes each cell with a ``|`` line and each row with ``||||`` (the 20-point
    预算执行情况 form of a 云南 city's bureau): the header row ends at ``||||`` right above the
    label, and the empty lines between the figures end cells, they are no cells."""
    text = ("示范市2022年度项目支出绩效自评表\n项目名称\n|\n节日慰问经费\n|\n||||\n"
            "预算执行情况(万元)\n(20分)\n|\n|\n预算数(A)\n|\n执行数(B)\n|\n执行率(B/A)\n|\n得分\n(20分*执行率)\n|\n||||\n"
            "年度财政资金总额\n|\n50\n|\n45\n|\n90%\n|\n19\n|\n|||||\n年度绩效目标\n(80分)\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    total = form.budget[0]
    assert (_text(total.budget), _text(total.actual), total.rate.text, _text(total.score), total.weight) == (
        "50", "45", "90%", "19", 20)


@pytest.mark.parametrize("layout", ["pipe_two_row_header.txt", "tab_two_row_header.txt",
                                    "cell_per_line_two_row_header.txt"])
def test_annual_goal_is_read_in_every_layout(layout: str) -> None:
    """The 年度总体目标 block, also where its label cell is broken over lines and stands in a row
    of its own, the 预期目标 | 实际完成情况 header in the row below and the texts in the next
    (云南's pipe layout)."""
    goal = self_evaluations(load(FIXTURES / layout))[0].goal
    assert goal is not None and goal.expected is not None and goal.actual is not None
    assert (goal.expected.value.strip(), goal.actual.value.strip()) == ("培训非遗传承学员200人次", "培训学员180人次")


def test_goal_label_alone_then_headers_then_no_texts_reads_no_goal() -> None:
    """The label alone, its header row, then the indicator header at once: no goal is read from
    the indicator header."""
    text = ("示范县2023年度项目支出绩效自评表\n| 项目名称 | 乡村道路养护 | ||||\n|\n年度 总体 目标 |\n"
            "预期目标 | 实际完成情况 | ||||\n| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
            "| 产出指标 | 数量指标 | 养护里程 | ≥ | 100 | 公里 | 100 | 90 | 90 | |\n")
    [form] = self_evaluations(parse_text(text, "form.txt"))
    assert form.goal is None or form.goal.expected is None
