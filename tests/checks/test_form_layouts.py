"""自评表 layouts that every family reads (forms we wrote): a 绩效目标表 is not a 自评表, and a
四川-style form with units in their own column is quiet when right and found when wrong."""

from __future__ import annotations

import pytest
from perflint.checks.arithmetic import ExecutionRateMismatch
from perflint.checks.boilerplate import DeviationNoneDespiteMiss

from perflint.check import Context
from perflint.read.text import parse_text

from ._forms import FORMS

TARGET_TABLES = [
    # 绩效目标表: targets only, sometimes with their weights — no 实际完成值 column
    "2024年度项目支出绩效目标表\n项目名称\t乡村文化活动经费\n一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t文化活动场次\t≥40场\n\t质量指标\t活动验收合格率\t≥95%\n",
    "2024年度项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t分值\n"
    "产出指标\t数量指标\t文化活动场次\t≥40场\t20\n\t质量指标\t活动验收合格率\t≥95%\t20\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t10\n",
    "2024年度项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t长期指标值\t年度指标值\t分值\n"
    "产出指标\t数量指标\t文化活动场次\t≥200场\t≥40场\t20\n\t质量指标\t活动验收合格率\t≥95%\t≥95%\t20\n",
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 |\n"
    "| 产出指标 | 数量指标 | 文化活动场次 | ≥ | 40 | 场 | 20 |\n| | 质量指标 | 活动验收合格率 | ≥ | 95 | % | 20 |\n",
]


def test_target_table_without_an_actual_column_is_not_a_self_evaluation():
    """A 绩效目标表 lists targets (and weights) only: its ≥ targets are not actuals written as
    inequalities, its weights are not scores."""
    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    for text in TARGET_TABLES:
        doc = parse_text(text, "targets.txt")
        assert all(not se.indicators for se in self_evaluations(doc)), text
        result = run_checks(doc, [cls() for cls in load_registry().builtin()], Context())
        assert [d.message("zh") for d in result.diagnostics] == []


def test_sichuan_form_with_units_in_their_own_column():
    """部门预算项目支出绩效自评表: 总额 row, 指标性质 | 指标值 | 度量单位, a bare 完成值 under
    the unit column, 合计 | 100 | score. Correct: quiet; a wrong rate or a dropped reason: found."""

    from perflint.engine import load_registry, run_checks

    text = (FORMS / "sichuan_pipe.txt").read_text(encoding="utf-8")
    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []
    [rate] = ExecutionRateMismatch().run(parse_text(text.replace("95.00% | 10", "100.00% | 10"), "f.txt"), Context())
    assert rate.location.line == 5
    dropped = text.replace(" 两处支流受上游来水影响 |", " |")
    [reason] = DeviationNoneDespiteMiss().run(parse_text(dropped, "f.txt"), Context())
    assert "河道水质达标率" in reason.message("zh")


def test_form_one_cell_a_line_with_attribute_columns():
    """A form pasted one cell a line with 指标性质 | 指标方向 columns (正向 | 大于等于) between the
    name and the values, and the 计量单位 after the 完成值: the names are the indicators' own,
    the unit is both values'. Correct: quiet; a real duplicate: found."""
    from perflint.checks.duplicates import DuplicateIndicator

    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "attribute_columns_one_cell_a_line.txt").read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    rate = se.indicators[2]
    assert rate.target.quantity.is_percent and rate.actual.quantity.is_percent
    assert [i.name for i in se.indicators] == [
        "指标1:巡查次数(次)", "指标2:宣传册印制(册)", "指标1:巡查达标率", "指标2:宣传合格率"]
    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []
    twice = text.replace("指标2:宣传合格率 |", "指标1:巡查达标率 |")
    [dup] = DuplicateIndicator().run(parse_text(twice, "f.txt"), Context())
    assert "巡查达标率" in dup.message("zh")


def test_form_one_cell_a_line_with_pdf_spacing():
    """A form pasted from a PDF's text, one cell a line, with a space between Chinese and digits
    (指标 1 维修校舍面积, ( 2023 年度)): each 指标 N label and its name are one cell, as
    指标1维修校舍面积 is. Read apart, the numbers were taken for targets and scores (false errors:
    得分 86 超过分值 80, 三级指标“指标”重复). Correct: quiet; a real duplicate: found."""
    from perflint.checks.duplicates import DuplicateIndicator

    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pdf_spaced_one_cell_a_line.txt").read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in se.indicators][:3] == ["指标1维修校舍面积", "指标2更换门窗数量", "指标1工程验收合格率"]
    assert [(i.target.value, i.actual.value) for i in se.indicators][:2] == [(1200, 1260), (80, 86)]
    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []
    twice = text.replace("指标 1 工程按期完工率", "指标 1 工程验收合格率")
    [dup] = DuplicateIndicator().run(parse_text(twice, "f.txt"), Context())
    assert "工程验收合格率" in dup.message("zh")


def test_spaced_label_joins_only_a_numbered_indicator_label():
    """Only 指标 + a one- or two-digit number (and the name after it) is kept together; a weight
    after a category (数量指标 20) and a figure after 指标 (指标 2023年) are cut as before."""
    from perflint.model import SourceText
    from perflint.read.forms.cells import _split

    def tokens_of_text(value: str) -> list[str]:
        return [t.value for t in _split(SourceText(value, "f.txt", [(0, 1, 1)]))]

    assert tokens_of_text("指标 1 维修校舍面积") == ["指标 1 维修校舍面积"]
    assert tokens_of_text("指标 12：师生满意度") == ["指标 12：师生满意度"]
    assert tokens_of_text("数量指标 20") == ["数量指标", "20"]
    assert tokens_of_text("指标 2023 年") == ["指标", "2023", "年"]
    assert tokens_of_text("指标1 维修校舍面积") == ["指标1", "维修校舍面积"]


def test_form_of_space_separated_rows_with_pdf_spacing():
    """A form whose rows a PDF's text gives as space-separated cells, with a space between Chinese
    and digits (数量指标 指标 1:清淤河道长度(公里) 12 12 20 20): read as the same rows written
    指标1:清淤河道长度(公里). Read apart, 1:清淤… took a column and the weight 20 became a score
    above its 分值 12 (a false A123 error). Correct: quiet; a real score above its weight: found."""
    import re

    from perflint.checks.arithmetic import ScoreAboveWeight

    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pdf_spaced_rows.txt").read_text(encoding="utf-8")
    unspaced = re.sub(r"指标 (\d)", r"指标\1", text)

    def names(t: str) -> list[str]:
        return [i.name for se in self_evaluations(parse_text(t, "f.txt")) for i in se.indicators]

    assert names(text) == names(unspaced)
    assert names(text)[:2] == ["指标1:清淤河道长度(公里)", "指标2:养护堤岸长度(公里)"]
    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []
    over = text.replace("(公里) 30 30 10 10", "(公里) 30 30 10 12")
    [finding] = ScoreAboveWeight().run(parse_text(over, "f.txt"), Context())
    assert finding.location.line == 17


def test_form_of_space_separated_rows_under_its_title_typed_without_spaces():
    """A form of space-separated rows under its title (2024年度…绩效自评表), typed as Word types it:
    read from its title, as the same form with 2024 年度 (a PDF's spacing) always was; read only
    from its first row of figures, the 填报日期 / 总分 header above was lost (its 总分 95 against the
    rows' 98 went unseen). Spaced or not, the same finding."""
    from perflint.checks.consistency import ScoreMismatch

    text = (FORMS / "titled_loose_form.txt").read_text(encoding="utf-8")
    for variant in (text, text.replace("2024年度", "2024 年度")):
        [finding] = ScoreMismatch().run(parse_text(variant, "f.txt"), Context())
        assert finding.location.line == 3 and "95" in finding.message("zh")
    assert list(ScoreMismatch().run(parse_text(text.replace("总分：95", "总分：98"), "f.txt"), Context())) == []


def test_form_written_without_cell_breaks_and_then_spaced_by_a_pdf():
    """A form copied onto one line with nothing between its cells (设置安全警示标志20≥120块≥120块20),
    whose text a PDF then gives with a space between Chinese and digits (…标志 20≥120 块≥120 块
    20): read as the run it was, the spaces left out. Cut at the spaces, 20≥120 and 块≥120 were
    cells of their own, no indicator was read and the actuals written as ≥ (B308) were lost. A row
    whose cells a space parts (管理数 1228人 770人 2 1.8) and spaced prose keep their pieces."""
    import re

    from perflint.checks.boilerplate import ActualAsInequality

    from perflint.extract.selfeval import self_evaluations
    from perflint.model import SourceText
    from perflint.read.forms.cells import _split

    glued = (FORMS / "glued_one_line.txt").read_text(encoding="utf-8")
    spaced = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", glued)

    def read(text: str) -> list[tuple]:
        [se] = self_evaluations(parse_text(text, "f.txt"))
        return [(i.name, i.target.value, i.actual.value, i.weight, i.score.quantity.value)
                for i in se.indicators]

    # all six rows: the cost row's weight glued to its target (1030万元: 10, 30万元) and the
    # descriptive row's target glued to its repeat (明显改善明显改善) are read too
    assert read(spaced) == read(glued) and len(read(glued)) == 6
    for text in (glued, spaced):
        found = list(ActualAsInequality().run(parse_text(text, "f.txt"), Context()))
        assert sorted(re.search(r"“(.+?)”", d.message("zh")).group(1) for d in found) == [
            "沿线群众满意度", "设置安全警示标志", "项目按期完工率"]

    def tokens_of_text(value: str) -> list[str]:
        return [t.value for t in _split(SourceText(value, "f.txt", [(0, 1, 1)]))]

    row = "指标3:0-6岁儿童健康管理数 1228人 770人 2 1.8 指标4:孕产妇健康管理率 ≥90% 95% 2 2"
    assert tokens_of_text(row)[:5] == ["指标3:0-6岁儿童健康管理数", "1228人", "770人", "2", "1.8"]
    prose = "全年预算 80 万元，执行 75 万元，执行率 93.75%，完成培训 120 人次"
    assert tokens_of_text(prose) == prose.split()


def test_a_case_count_a_pdf_spaced_from_its_figure_keeps_its_cell():
    """例 counts cases (传染病报告病例数 14例) as 人 counts people: a PDF's text writes 14 例, and
    the figure keeps its unit in one cell as 12000 亩 does. Read apart, 例 took a column of the
    row and the next indicator's name (the ratio check's finding on the next row was lost).
    Spaced or not, the same indicators."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pdf_spaced_rows.txt").read_text(encoding="utf-8")
    spaced = text.replace("指标 2:养护堤岸长度(公里) 30 30 10 10", "指标 2:传染病报告病例数 14 例 14 例 10 10")
    typed = spaced.replace("14 例 14 例", "14例 14例")

    def read(t: str) -> list[tuple]:
        return [(i.name, i.target.value, i.actual.value, i.weight, i.score.quantity.value)
                for se in self_evaluations(parse_text(t, "f.txt")) for i in se.indicators]

    assert read(spaced) == read(typed)
    assert read(spaced)[1] == ("指标2:传染病报告病例数", 14, 14, 10, 10)


def _form_reading(text: str) -> list[tuple]:
    """What a form's checks read of ``text``: title, totals, budget rows, indicators, answers."""
    from perflint.extract.selfeval import self_evaluations

    def fig(f) -> str | None:
        return None if f is None else f.text

    out: list[tuple] = []
    for se in self_evaluations(parse_text(text, "f.txt")):
        out.append(("form", se.title, fig(se.total), se.header_total_cell is not None and se.header_total_cell.value,
                    [c.value for c in se.deviation], [c.value for c in se.improvement]))
        out += [("budget", fig(b.budget), fig(b.actual), fig(b.rate), fig(b.score), b.weight) for b in se.budget]
        out += [("indicator", i.level1, i.level2, i.name, fig(i.target), fig(i.actual), fig(i.score))
                for i in se.indicators]
    return out


def _as_pipes(text: str) -> str:
    """The tab-separated lines of ``text`` and the one-cell lines between them as pipe rows."""
    lines = text.split("\n")
    rows = [k for k, line in enumerate(lines) if "\t" in line]
    return "\n".join("| " + " | ".join(line.split("\t")) + " |" if rows[0] <= k <= rows[-1] else line
                     for k, line in enumerate(lines))


def test_a_form_reads_alike_in_tabs_pipes_and_one_cell_a_line():
    """A form copied from Word as text: each row's cells parted by tabs, and a merged cell written
    over several lines (预算执行情况 / （万元） / （20分）, 年度财政 / 资金总额, 产出指标 / （40分）)
    gives lines without a tab between the rows. Those lines are rows of the table, as the same
    form in pipes has them; read as paragraphs they cut the form into tables and its indicators,
    总分 and 偏差原因 were lost. One cell a line, the stream reads the same form: its title and the
    blank 总分： under it, its 总分 (98), and the 偏差原因 / 改进措施 after it, the label's pieces
    (未完成原因分) no part of the answer. Every layout, the same reading and the same findings."""
    from perflint.checks.boilerplate import DeviationNoneDespiteMiss, UnfilledTemplate

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    layouts = (text, _as_pipes(text), _one_cell_a_line(text))
    reading = _form_reading(text)
    assert reading[0] == ("form", "2024年度文化下乡活动经费项目绩效自评表", "98", "总分：", ["无"],
                          ["继续做好下乡演出的组织和宣传工作。"])
    assert len([r for r in reading if r[0] == "indicator"]) == 3
    for variant in layouts:
        assert _form_reading(variant) == reading
        [blank] = UnfilledTemplate().run(parse_text(variant, "f.txt"), Context())
        assert "表头总分未填写" in blank.message("zh") and "98" in blank.message("zh")
        [none] = DeviationNoneDespiteMiss().run(parse_text(variant, "f.txt"), Context())
        assert "18" in none.message("zh")
    filled = text.replace("总分：\n", "总分：100\n").replace("45\t90%\t18", "50\t100%\t20").replace("\t98", "\t100")
    for variant in (filled, _as_pipes(filled), _one_cell_a_line(filled)):
        assert list(UnfilledTemplate().run(parse_text(variant, "f.txt"), Context())) == []
        assert list(DeviationNoneDespiteMiss().run(parse_text(variant, "f.txt"), Context())) == []


def _one_cell_a_line(text: str) -> str:
    """``text`` with every tab-separated cell on a line of its own (an empty cell a blank line),
    as a PDF's or a web page's text gives a table."""
    return "\n".join(cell if cell else " " for line in text.split("\n") for cell in line.split("\t"))


def test_form_one_cell_a_line_without_a_weight_column():
    """The same form pasted one cell a line: its header names no 分值 column (三级指标 | 年初目标值 |
    实际完成值 | 得分), so no pair of plain numbers (weight and score) closes an indicator, and
    nothing of it was read. A row of exactly a name, the target, the actual and a plain score
    between category cells is read, the same indicators as the rows in tabs give."""
    from perflint.checks.units import RateIndicatorNotRate

    from perflint.extract.selfeval import self_evaluations

    def indicators(t: str) -> list[tuple]:
        return [(i.level1, i.level2, i.name, i.target.text, i.actual.text, i.score.text, i.weight)
                for se in self_evaluations(parse_text(t, "f.txt")) for i in se.indicators]

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    cells = _one_cell_a_line(text)
    assert indicators(cells) == indicators(text)
    assert indicators(cells)[1] == ("产出指标", "时效指标", "演出按期完成率", "100%", "100%", "20", None)
    assert list(RateIndicatorNotRate().run(parse_text(cells, "f.txt"), Context())) == []
    wrong = text.replace("演出按期完成率\t100%\t100%", "演出按期完成率\t45\t100%")
    for variant in (wrong, _one_cell_a_line(wrong)):
        [finding] = RateIndicatorNotRate().run(parse_text(variant, "f.txt"), Context())
        assert "演出按期完成率" in finding.message("zh") and "45" in finding.message("zh")


def test_form_one_cell_a_line_whose_name_is_wrapped_is_not_read_by_guess():
    """Without a weight column only the count of cells closes a row: a name wrapped over two
    lines (文化下乡 / 演出场次) leaves which cell is the name unknown, and the row is not read
    rather than read one cell off (演出场次 as its name, ≥40场 as its actual)."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    wrapped = _one_cell_a_line(text).replace("文化下乡演出场次\n", "文化下乡\n演出场次\n")
    names = [i.name for se in self_evaluations(parse_text(wrapped, "f.txt")) for i in se.indicators]
    assert names == ["演出按期完成率", "群众文化生活丰富程度"]


def test_two_figures_one_a_line_stay_two():
    """Cells pasted one a line (资金到位率 / 140 / 100%): a lone figure and a figure on the next
    line are two cells, never one figure (140100%, a false rate above 100%); a long line of
    text broken inside its figure is still joined."""
    from perflint.model import Paragraph

    doc = parse_text("目标：资金及时拨付\n资金到位率\n140\n100%\n20\n", "f.txt")
    texts = [b.text.value for _, b in doc.blocks() if isinstance(b, Paragraph)]
    assert not any("140100" in t for t in texts) and texts[-2:] == ["100%", "20"]
    broken = parse_text("本单位按照预算管理的要求，2021年本单位收入预算合计116\n54.33万元，较上年增加。\n", "f.txt")
    assert [b.text.value for _, b in broken.blocks()] == ["本单位按照预算管理的要求，2021年本单位收入预算合计11654.33万元，较上年增加。"]


def test_a_budget_header_note_wrapped_onto_its_own_line_names_no_column():
    """得分 / （20分* / 执行率） one cell a line: the 执行率 closing the 得分 cell's note is no 执行率
    column after 得分. Read as one, the 100% fell in the 得分 column and the budget row was lost."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    cells = _one_cell_a_line(text.replace("（20分*执行\n率）", "（20分*\n执行率）"))
    [se] = self_evaluations(parse_text(cells, "f.txt"))
    [total] = se.budget
    assert (total.budget.text, total.actual.text, total.rate.text, total.score.text) == ("50", "45", "90%", "18")


def test_a_form_one_cell_a_line_after_a_form_in_rows_is_read_too():
    """A draft with two forms, the first pasted in rows (tabs) and the second one cell a line:
    each is read with its own title and 总分 header, neither twice nor taking the other's."""
    from perflint.checks.boilerplate import UnfilledTemplate

    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    first = text.replace("总分：\n", "总分：98\n")
    second = _one_cell_a_line(text.replace("文化下乡活动经费", "非遗展演活动经费"))
    doc = parse_text(first + "\n\n" + second, "f.txt")
    assert [se.title for se in self_evaluations(doc)] == [
        "2024年度文化下乡活动经费项目绩效自评表", "2024年度非遗展演活动经费项目绩效自评表"]
    [blank] = UnfilledTemplate().run(doc, Context())
    assert "非遗展演" in blank.message("zh") and blank.location.line > len(first.split("\n"))


def test_choice_rows_one_cell_a_line_are_rows():
    """项目类别 / 项目属性 rows pasted one cell a line (the label, then each option and its box on
    lines of their own): read as text, each option (1、部门预算项目) became a heading and the row,
    whose boxes say what was ticked, was lost. A label followed by pairs of an option and a box is
    a row, as in tabs; a row with no box ticked is found in both layouts, and quiet once ticked."""
    from perflint.checks.boilerplate import UnfilledTemplate

    from perflint.model import Heading, Table

    text = ("2024年度文化下乡活动经费项目绩效自评表\n项目名称\t文化下乡活动经费\n"
            "项目类别\t1、部门预算项目\t□\t2、省专项\t□\t3、中央转移支付项目\t□\n"
            "项目属性\t1、持续性项目\t□√\t2、新增性项目\t□\n")
    cells = _one_cell_a_line(text)
    doc = parse_text(cells, "f.txt")
    assert not [b for _, b in doc.blocks() if isinstance(b, Heading)]
    [table] = [b for _, b in doc.blocks() if isinstance(b, Table) and b.rows[0].texts()[0] == "项目类别"]
    assert [len(r.cells) for r in table.rows] == [7, 5]
    for variant in (text, cells):
        [unticked] = UnfilledTemplate().run(parse_text(variant, "f.txt"), Context())
        assert "项目类别" in unticked.message("zh")
        ticked = variant.replace("部门预算项目\t□", "部门预算项目\t□√").replace("部门预算项目\n□\n", "部门预算项目\n□√\n")
        assert list(UnfilledTemplate().run(parse_text(ticked, "f.txt"), Context())) == []


def test_a_form_cut_before_its_total_takes_nothing_of_the_next_form():
    """One cell a line, a form whose text stops before its 总分 row is followed by the next form:
    the first takes neither the next form's 总分：N header as its total nor its 偏差原因; the next
    form keeps its own."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "tab_rows_merged_labels.txt").read_text(encoding="utf-8")
    cut = text[:text.index("总分\t98")]
    second = text.replace("文化下乡活动经费", "非遗展演活动经费").replace("总分：\n", "总分：98\n")
    first, other = self_evaluations(parse_text(_one_cell_a_line(cut) + "\n" + _one_cell_a_line(second), "f.txt"))
    assert first.total is None and first.deviation_label is None and not first.improvement
    assert len(first.indicators) == 3
    assert other.total.text == "98" and other.header_total.value == 98 and [c.value for c in other.deviation] == ["无"]


def test_indicator_rows_left_blank_one_cell_a_line_stay_in_the_form():
    """A 四川-style form one cell a line (指标性质 | 指标值 | 度量单位, 权重 for 分值) whose rows
    leave 完成值 and 得分 blank (an empty ``|`` line each): the rows are read, their blank cells
    kept, and B304 finds each one (the blanks are the defect). Filled in: quiet."""
    from perflint.checks.boilerplate import UnfilledTemplate

    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "cell_per_line_blank_indicators.txt").read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in se.indicators] == [
        "维修供水管网长度", "维修工程验收合格率", "受益农户供水保障率", "受益群众满意度"]
    blank = se.indicators[1]
    assert blank.weight == 30 and blank.score.quantity is None and blank.actual.quantity is None
    assert blank.target.quantity.is_percent and blank.deviation is not None
    found = [d for d in UnfilledTemplate().run(parse_text(text, "f.txt"), Context()) if "完成值" in d.message("zh")]
    assert [(d.location.line, d.severity.name) for d in found] == [(52, "warning"), (62, "warning")]
    assert "维修工程验收合格率" in found[0].message("zh")
    filled = text.replace(
        "维修工程验收合格率 |\n= |\n100 |\n% |\n|\n30 |\n|\n",
        "维修工程验收合格率 |\n= |\n100 |\n% |\n100 |\n30 |\n30 |\n").replace(
        "受益农户供水保障率 |\n≥ |\n98 |\n% |\n|\n20 |\n|\n", "受益农户供水保障率 |\n≥ |\n98 |\n% |\n99 |\n20 |\n20 |\n"
    ).replace("合计 |\n100 |\n49.5 |\n", "合计 |\n100 |\n99.5 |\n")
    result = run_checks(parse_text(filled, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []


def test_pipe_rows_short_of_their_blank_cells_are_read_by_the_header():
    """A 四川-style pipe form (指标性质 | 指标值 | 度量单位 columns) pasted from a web page whose
    rows lost cells: the merged 一级指标 on the left, the blank 完成值 / 权重 / 得分 / 原因 at the
    end. A row whose split target stands in its columns is read by the header, the cells it lacks
    blank: its name is the indicator's, not ``≥`` or ``%`` read from the right. A blank 得分 beside
    its weight is found (B304, a warning); a row whose blank cells were dropped is only kept."""
    from perflint.checks.boilerplate import UnfilledTemplate

    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pipe_dropped_trailing.txt").read_text(encoding="utf-8")
    names = ["安装路灯数量", "更换灯杆数量", "路灯亮灯率", "夜间出行安全保障率", "村民满意度"]
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in se.indicators] == names
    blank = se.indicators[1]
    assert blank.target.quantity.relation is not None and blank.target.quantity.value == 40
    assert blank.weight == 20 and not blank.score.text and blank.actual.quantity is None
    assert se.indicators[2].target.quantity.is_percent and se.indicators[2].score.quantity.value == 15
    [found] = UnfilledTemplate().run(parse_text(text, "f.txt"), Context())
    assert found.location.line == 9 and found.severity.name == "warning" and "更换灯杆数量" in found.message("zh")

    dropped = text.replace("| 产出指标 | 数量指标 | 更换灯杆数量 | ≥ | 40 | 根 | | 20 | | |", "| 数量指标 | 更换灯杆数量 | ≥ | 40 | 根 |")
    [se] = self_evaluations(parse_text(dropped, "f.txt"))
    assert [i.name for i in se.indicators] == names and se.indicators[1].score is None
    result = run_checks(parse_text(dropped, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []

    filled = text.replace("| 根 | | 20 | | |", "| 根 | 42 | 20 | 20 | |").replace("| 合计 | 100 | 80 |", "| 合计 | 100 | 100 |")
    [se] = self_evaluations(parse_text(filled, "f.txt"))
    assert [i.name for i in se.indicators] == names
    result = run_checks(parse_text(filled, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    assert [d.message("zh") for d in result.diagnostics] == []


def test_a_row_whose_blank_reason_cell_the_page_dropped_has_a_blank_reason():
    """A form pasted one cell a line from a web page that kept some blank 偏差原因 cells and
    dropped others: a row whose score is followed right away by the next row's name and values
    has a blank 偏差原因 (the name cannot also be its reason), so a missed target beside it is
    found (B301) as on the rows that kept their blank cell. A reason written there: quiet."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "cell_per_line_dropped_blanks.txt").read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in se.indicators] == ["苗木栽植面积", "育苗数量", "苗木销售收入", "茶叶销售收入", "林农满意度"]
    assert all(i.deviation is not None and not i.deviation.text for i in se.indicators)
    [found] = DeviationNoneDespiteMiss().run(parse_text(text, "f.txt"), Context())
    assert found.location.line == 71 and "苗木销售收入" in found.message("zh")
    explained = text.replace("20\n\n17\n\n", "20\n\n17\n\n受市场价格下行影响，下年度拓展销售渠道。\n\n")
    [se] = self_evaluations(parse_text(explained, "f.txt"))
    assert se.indicators[2].deviation.text.startswith("受市场") and se.indicators[3].name == "茶叶销售收入"
    assert list(DeviationNoneDespiteMiss().run(parse_text(explained, "f.txt"), Context())) == []


def test_form_with_its_indicator_header_over_two_rows():
    """云南's 项目支出绩效自评表 (a PDF's pipe rows): 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    偏差… above 一级指标 | … | 指标性质 | 指标值 | 度量单位, a cell broken over lines. Correct: quiet;
    a score above its weight, or points lost with the 偏差原因 cell empty: found on that row."""
    from perflint.engine import load_registry, run_checks

    text = (FORMS / "pipe_two_row_header.txt").read_text(encoding="utf-8")
    checks = [cls() for cls in load_registry().builtin()]

    def found(draft: str) -> set[tuple[str, int]]:
        result = run_checks(parse_text(draft, "f.txt"), checks, Context())
        return {(d.code, d.location.line) for d in result.diagnostics}

    assert found(text) == set()
    above = found(text.replace("| 96 | 20 | 20 |", "| 96 | 20 | 22 |").replace("| 100 | 97 |", "| 100 | 99 |"))
    assert ("A123", 23) in above
    lost = found(text.replace("| 93 | 10 | 10 |", "| 93 | 10 | 8 |").replace("| 100 | 97 |", "| 100 | 95 |"))
    assert ("B301", 26) in lost


def _score_left_blank(layout: str) -> str:
    """Our 青禾 form with the header over two rows, the 结业考核合格率 row's 得分 left blank."""
    text = (FORMS / f"{layout}_two_row_header.txt").read_text(encoding="utf-8")
    filled, blank = {
        "pipe": ("| 95 | % | 96 | 20 | 20 |", "| 95 | % | 96 | 20 | |"),
        "tab": ("\t95\t%\t96\t20\t20\t", "\t95\t%\t96\t20\t\t"),
        "cell_per_line": ("95 |\n% |\n96 |\n20 |\n20 |\n", "95 |\n% |\n96 |\n20 |\n|\n"),
    }[layout]
    assert filled in text
    return text.replace(filled, blank)


@pytest.mark.parametrize("layout", ["pipe", "tab", "cell_per_line"])
def test_a_blank_score_beside_a_result_under_a_header_over_two_rows(layout):
    """A row with its 完成值 and 分值 but a blank 得分, on a form whose other rows are scored:
    read as a score left blank (B304 warns on it); the form filled in is quiet (above)."""
    from perflint.checks.boilerplate import UnfilledTemplate

    from perflint.extract.selfeval import self_evaluations

    text = _score_left_blank(layout)
    [se] = self_evaluations(parse_text(text, "f.txt"))
    blank = next(i for i in se.indicators if i.name == "结业考核合格率")
    assert blank.weight == 20 and blank.actual.text == "96" and blank.score is not None and blank.score.text == ""
    found = [d for d in UnfilledTemplate().run(parse_text(text, "f.txt"), Context()) if "结业考核合格率" in d.message("zh")]
    assert len(found) == 1 and found[0].severity.name == "warning" and "得分未填写" in found[0].message("zh")


def test_a_score_column_blank_on_every_row_is_no_score_left_out():
    """No row of the form scored: the 得分 column is not read as left blank row by row."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pipe_two_row_header.txt").read_text(encoding="utf-8")
    for row in ("| 180 | 20 | 18 |", "| 96 | 20 | 20 |", "| 100 | 10 | 10 |", "| 31 | 30 | 30 |", "| 93 | 10 | 10 |"):
        assert row in text
        text = text.replace(row, row[: row.rindex("|", 0, -1)] + "| |")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert se.indicators and all(i.score is None for i in se.indicators)


def test_a_sign_cell_in_its_small_form_is_quoted_as_read():
    """``﹦`` a PDF gives in the 指标性质 column is the form's ``=``: the target is read and
    quoted (A128, B301) as ``=100%``."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / "pipe_two_row_header.txt").read_text(encoding="utf-8")
    assert "| ﹦ | 100 | % | 100 | 10 | 10 |" in text
    missed = text.replace("| ﹦ | 100 | % | 100 | 10 | 10 |", "| ﹦ | 100 | % | 90 | 10 | 10 |")
    [se] = self_evaluations(parse_text(missed, "f.txt"))
    assert next(i for i in se.indicators if i.name == "培训按期完成率").target.text == "=100%"
    from perflint.engine import load_registry, run_checks

    result = run_checks(parse_text(missed, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    a128 = [d.message("zh") for d in result.diagnostics if d.code == "A128"]
    assert a128 and "目标 =100%" in a128[0] and "﹦" not in a128[0]


FISCAL_ONE_LINE = (FORMS / "fiscal_total_one_line.txt").read_text(encoding="utf-8")


def _codes(text: str) -> list[tuple[str, int, int]]:
    from perflint.engine import load_registry, run_checks

    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    return [(d.code, d.location.line, d.location.column) for d in result.diagnostics]


def test_a_flattened_form_opens_its_budget_at_its_fiscal_total():
    """``预算执行情况(万元)(10分) 预算数(A) 执行数(B) 执行率(B/A) 得分 年度财政资金总额 40 36 90% 9``
    run onto one line with the indicators: the budget row is read, at its own columns."""
    from perflint.extract.selfeval import self_evaluations

    [form] = self_evaluations(parse_text(FISCAL_ONE_LINE, "f.txt"))
    [total] = form.budget
    assert (total.budget.text, total.actual.text, total.rate.text, total.score.text, total.weight) == \
        ("40", "36", "90%", "9", 10)
    at = total.rate.cell.text.locate()
    assert (at.line, FISCAL_ONE_LINE[at.column - 1:at.column + 2]) == (1, "90%")
    assert [ind.name for ind in form.indicators] == ["补充图书册数", "图书上架合格率", "预算执行率", "书屋年借阅人次"]


def test_a_flattened_form_with_a_fiscal_total_is_quiet_when_right():
    assert _codes(FISCAL_ONE_LINE) == []


@pytest.mark.parametrize(("old", "new", "code", "at"), [
    ("40 36 90% 9", "40 36 95% 9", "A121", "95% 9"),  # 36 ÷ 40 = 90 %, not 95 %
    ("≥90% 90% 10 10", "≥90% 98% 10 10", "C734", "98% 10"),  # the indicator restates the execution as 98 %
    ("总分 99", "总分 97", "A124", "97"),  # 9 + 30 + 20 + 10 + 30 = 99
])
def test_a_flattened_form_with_a_fiscal_total_is_found_when_wrong(old, new, code, at):
    assert old in FISCAL_ONE_LINE
    text = FISCAL_ONE_LINE.replace(old, new, 1)
    [(found, line, column)] = _codes(text)
    assert (found, line) == (code, 1)
    assert text[column - 1:].startswith(at)  # the cell's own place on the line


def test_a_fiscal_total_under_no_execution_header_opens_no_budget():
    """A 绩效目标表 run onto one line names its 年度财政资金总额 with no 执行数 / 执行率 columns: no
    budget row is read from it. (A 自评表 whose 预算执行 header a PDF broke onto the line above is
    read from that header, once: the row's rate checked once, not again by the table reader.)"""
    from perflint.extract.selfeval import self_evaluations

    target = ("2024年度项目支出绩效目标表 项目资金(万元) 年度财政资金总额 40 其他资金 0 "
              "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 补充图书册数 ≥6000册 6200册 30 30")
    assert all(not se.budget for se in self_evaluations(parse_text(target, "f.txt")))
    two_lines = FISCAL_ONE_LINE.replace(" 年度财政资金总额", "\n年度财政资金总额", 1)
    [budget] = [b for se in self_evaluations(parse_text(two_lines, "f.txt")) for b in se.budget]
    assert (budget.row.line, budget.budget.quantity.value, budget.actual.quantity.value) == (2, 40, 36)
    wrong_rate = two_lines.replace("40 36 90% 9", "40 36 80% 9")
    assert [c for c in _codes(wrong_rate) if c[0] == "A121"] == [("A121", 2, 16)]


GLUED_CATEGORIES = (FORMS / "glued_categories_one_line.txt").read_text(encoding="utf-8")


def test_a_form_glued_without_spaces_reads_its_categories():
    """The same form with nothing between its cells: ``得分产出指标(60分)数量指标补充图书册数≥6000册``
    is cut at the categories that open each row (the weight note stays the 一级's), so every
    indicator has its 一级 and 二级 and the 一级 its weight. The budget run ``403690%9`` splits
    more than one way and is not read."""
    from perflint.extract.selfeval import self_evaluations

    [form] = self_evaluations(parse_text(GLUED_CATEGORIES, "f.txt"))
    assert not form.budget
    assert [(i.level1, i.level2, i.name) for i in form.indicators] == [
        ("产出指标", "数量指标", "补充图书册数"), ("产出指标", "质量指标", "图书上架合格率"),
        ("产出指标", "时效指标", "预算执行率"), ("效益指标", "社会效益指标", "书屋年借阅人次")]
    assert form.level1_weights == {"产出指标": 60, "效益指标": 30}
    assert _codes(GLUED_CATEGORIES) == []


def test_a_glued_form_whose_category_weight_is_wrong_is_found():
    text = GLUED_CATEGORIES.replace("产出指标(60分)", "产出指标(50分)", 1)
    found = _codes(text)
    assert sorted(code for code, _, _ in found) == ["A123", "A125"]  # 30 + 20 + 10 = 60 ≠ 50
    from perflint.diagnostics import Severity

    # 3030 splits one way only into a weight and a score within it: certain, as on a row of its own
    assert _severities(text) == {"A123": Severity.error, "A125": Severity.warning}


def test_a_category_inside_a_glued_name_cuts_nothing():
    """``水环境质量指标达标率``: 质量指标 inside a name, after no category, bracket or header
    word, leaves the name whole."""
    from perflint.extract.selfeval import self_evaluations

    text = GLUED_CATEGORIES.replace("图书上架合格率", "水环境质量指标达标率", 1)
    [form] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in form.indicators][1] == "水环境质量指标达标率"


def _severities(text: str) -> dict:
    from perflint.engine import load_registry, run_checks

    result = run_checks(parse_text(text, "f.txt"), [cls() for cls in load_registry().builtin()], Context())
    return {d.code: d.severity for d in result.diagnostics}


@pytest.mark.parametrize("name", ["pipe_category_name_header.txt", "tab_category_name_header.txt"])
def test_form_whose_header_names_the_indicator_column(name: str):
    """A 项目 自评表 whose indicator header has no 一级/二级/三级 split (``项目类别 | 指标名称 | 目标值 |
    权重 | 实际完成值 | 自评分``), as some provinces print it: its indicators are read (权重 the weight,
    自评分 the score). Correct: quiet; a score above its weight, weights that make 110 or an
    indicator listed twice: found on that row."""
    from perflint.engine import load_registry, run_checks
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / name).read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert [i.name for i in se.indicators][:2] == ["资金使用合规性", "预算执行率"]
    assert [(i.weight, i.score.value) for i in se.indicators][3:5] == [(20, 20), (20, 19)]
    assert (se.weight_total.value, se.total.value) == (100, 99)
    checks = [cls() for cls in load_registry().builtin()]
    sep = "\t" if name.startswith("tab") else " | "

    def found(draft: str) -> set[tuple[str, int]]:
        result = run_checks(parse_text(draft, "f.txt"), checks, Context())
        return {(d.code, d.location.line) for d in result.diagnostics}

    def row(*cells: str) -> str:
        return sep.join(cells)

    assert found(text) == set()
    above = text.replace(row("98%", "19"), row("98%", "21")).replace(row("82公里", "20"), row("82公里", "18"))
    assert ("A123", 9) in found(above)
    heavy = text.replace(row("15", "93%", "15"), row("25", "93%", "15"))
    assert ("A125", 10) in found(heavy)  # 15 + 25 under 效果目标(30分), found at the group's first row
    twice = text.replace("沿岸群众满意度", "河面漂浮物投诉处理率")
    assert ("D201", 11) in found(twice)


def test_header_naming_the_indicator_column_needs_its_scoring_columns():
    """指标名称 with a target but no 权重/自评分 columns (a 绩效目标表's list) stays unread."""
    from perflint.extract.selfeval import self_evaluations

    text = "项目类别\t指标名称\t目标值\t实际完成值\n产出目标\t保洁岸线长度\t≥80公里\t82公里\n"
    assert all(not se.indicators for se in self_evaluations(parse_text(text, "f.txt")))


TRAILING_BARS = (FORMS / "pipe_trailing_bars.txt").read_text(encoding="utf-8")


def test_rows_closed_by_more_bars_than_the_header_are_read_by_its_columns():
    """Rows ending in more empty cells than the header has columns (``| 30 | 30 | | |``): read
    by the header's columns, the 分值 a weight and the 得分 a score. Correct: quiet."""
    from perflint.extract.selfeval import self_evaluations

    [se] = self_evaluations(parse_text(TRAILING_BARS, "f.txt"))
    assert [(i.name, i.weight, i.score.value) for i in se.indicators][:2] == [
        ("维护公益设施处数", 30, 30), ("维护验收合格率", 20, 20)]
    assert _codes(TRAILING_BARS) == []


def test_a_blank_score_before_more_bars_than_the_header_is_a_score_left_blank():
    """``| 97% | 20 | | | |``: the 得分 left blank (B304), as it reads without the extra bars; the
    weight is not taken for the score."""
    from perflint.extract.selfeval import self_evaluations

    row = "| ≥95% | 97% | 20 | 20 | | |"
    assert row in TRAILING_BARS
    text = TRAILING_BARS.replace(row, "| ≥95% | 97% | 20 | | | |")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    blank = se.indicators[1]
    assert blank.weight == 20 and blank.score is not None and blank.score.text == ""
    assert [(code, line) for code, line, _ in _codes(text) if code.startswith(("B304", "A12"))] == [("B304", 6)]
    assert [(code, line) for code, line, _ in _codes(text.replace(" | | |\n", " |\n"))
            if code.startswith(("B304", "A12"))] == [("B304", 6)]


def test_a_score_above_its_weight_before_more_bars_is_found():
    text = TRAILING_BARS.replace("| 100% | 100% | 10 | 10 | | |", "| 100% | 100% | 10 | 12 | | |")
    assert ("A123", 7) in {(code, line) for code, line, _ in _codes(text)}


GROUP_WEIGHTS = (FORMS / "cell_per_line_group_weights.txt").read_text(encoding="utf-8")


def test_group_weights_written_in_the_category_cell_are_the_groups_weights():
    """``产出指标（50分）`` and, without brackets, ``效益指标 30分`` (one cell a line): each the
    group's weight, so the groups' sums are checked. Correct: quiet."""
    from perflint.extract.selfeval import self_evaluations

    [se] = self_evaluations(parse_text(GROUP_WEIGHTS, "f.txt"))
    assert se.level1_weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 20}
    assert [i.level1 for i in se.indicators] == ["产出指标"] * 3 + ["效益指标"] * 2 + ["满意度指标"] * 2
    assert _codes(GROUP_WEIGHTS) == []


def test_a_group_weight_without_brackets_below_its_rows_is_found():
    """满意度指标 15分 over rows weighted 10 + 10 and scored 10 + 10: the rows' weights exceed
    the group's (A125) and so do their scores (A123)."""
    text = GROUP_WEIGHTS.replace("满意度指标 20分", "满意度指标 15分")
    found = {(code, line) for code, line, _ in _codes(text)}
    assert ("A125", 51) in found and ("A123", 57) in found  # the first row's score, the last's


@pytest.mark.parametrize("name", ["pipe_category_name_header.txt", "tab_category_name_header.txt"])
def test_goal_categories_with_their_weights_are_groups(name: str):
    """``投入目标(30分)`` | ``产出目标(40分)`` | ``效果目标(30分)``: a 项目类别 written as a goal is its
    group, its weight the group's. Correct: quiet (above); weights moved between groups so that
    they still make 100: each group's rows against its own weight (A125), its scores too (A123)."""
    from perflint.extract.selfeval import self_evaluations

    text = (FORMS / name).read_text(encoding="utf-8")
    [se] = self_evaluations(parse_text(text, "f.txt"))
    assert se.level1_weights == {"投入": 30, "产出": 40, "效果": 30}
    assert [i.level1 for i in se.indicators] == ["投入"] * 3 + ["产出"] * 2 + ["效果"] * 2
    moved = text.replace("产出目标(40分)", "产出目标(50分)").replace("效果目标(30分)", "效果目标(20分)")
    found = {(code, line) for code, line, _ in _codes(moved)}
    assert {("A125", 8), ("A125", 10), ("A123", 11)} <= found


NAMED_ONE_A_LINE = (FORMS / "cell_per_line_named_header.txt").read_text(encoding="utf-8")


def test_a_named_indicator_header_one_cell_a_line_is_read():
    """``项目类别 | 指标名称 | 目标值 | 权重 | 实际完成值 | 自评分 | 偏差原因`` pasted one cell a line:
    each row its name and one line a column (权重 the weight, 自评分 the score), the 偏差原因 the
    word after the score that opens no row. Correct: quiet."""
    from perflint.extract.selfeval import self_evaluations

    [se] = self_evaluations(parse_text(NAMED_ONE_A_LINE, "f.txt"))
    assert [(i.level1, i.name, i.weight, i.score.value) for i in se.indicators][3:5] == [
        ("产出", "改造市场个数", 20, 20), ("产出", "改造验收合格率", 20, 18)]
    assert [i.deviation.text for i in se.indicators][3:5] == ["无", "一处市场排水整改后复验"]
    assert (se.level1_weights, se.total.value) == ({"投入": 30, "产出": 40, "效果": 30}, 98)
    assert _codes(NAMED_ONE_A_LINE) == []


@pytest.mark.parametrize(("old", "new", "code", "line"), [
    ("20\n95%\n18\n", "20\n95%\n22\n", "A123", 46),  # a score above its weight
    ("15\n92%\n15\n", "25\n92%\n15\n", "A125", 53),  # 效果 rows weighted 15 + 25 under 30
    ("商户满意度\n", "商户经营条件改善\n", "D201", 55),  # an indicator listed twice
    ("一处市场排水整改后复验\n", "无\n", "B301", 47),  # 无 beside a missed target
])
def test_a_named_indicator_header_one_cell_a_line_finds_its_defects(old, new, code, line):
    assert old in NAMED_ONE_A_LINE
    text = NAMED_ONE_A_LINE.replace(old, new, 1)
    assert (code, line) in {(c, n) for c, n, _ in _codes(text)}


def test_a_named_header_one_cell_a_line_with_another_column_is_not_read():
    """A column the grammar does not know (评分标准) between the name and the values: the cells'
    places are not certain, nothing is read."""
    from perflint.extract.selfeval import self_evaluations

    text = NAMED_ONE_A_LINE.replace("指标名称\n", "指标名称\n评分标准\n", 1)
    assert all(not se.indicators for se in self_evaluations(parse_text(text, "f.txt")))
