"""D208 doubled-word: fires on words and sentences written twice, quiet on look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest
from perflint.checks.duplicates.doubled_word import DoubledWord

from perflint.extract.slips import repeated_words

from .._harness import run


@pytest.mark.parametrize("text, unit", [
    ("本项目依据县委县政府政府的批示设立。", "政府"),
    ("支出较上年下降12%，下降的原因原因是压减会议费。", "原因"),
    ("依据《关于下达2023年文化惠民补助资金预算补助资金预算的通知》执行。", "补助资金预算"),
    ("获得全省书画大赛东岭赛区东岭赛区优秀组织奖。", "东岭赛区"),
    ("政府政府采购按规定执行。", "政府"),  # the first copy opens the sentence: no word ends in it
    # a phrase of four characters or more typed twice, though the second runs on into a word
    ("二、2023年度财政拨款财政拨款支出决算情况说明", "财政拨款"),
    ("六、关于机关运行经费机关运行经费支出的说明", "机关运行经费"),
    # a term's last word typed again after it: the term runs across the first copy's start
    ("其中项目支出支出较上年减少2.5万元，主要原因是人员减少。", "支出"),
    ("本年在职工作人员人员减少2人。", "人员"),


    # an account's last character written twice right before its figure (a 三公 budget line)
    ("因公出国(境)经费费35万元，比上年年初预算增加5万元。", "费"),
    # a money unit typed twice after its figure, the sentence going on
    ("一般公共预算财政拨款基本支出2,871.40万元万元，其中：人员经费2,652.90万元。", "万元"),
    # a word run into the repeat, then a count the sentence goes on to list
    ("医院设临床科室科室26个、医技科室9个，编制床位600张。", "科室"),
    # an item of a 、 list written twice in a row
    ("主要用于防汛巡查、秸秆禁烧、秸秆禁烧、安全生产检查等公务用车的燃料费。", "秸秆禁烧"),
    # a word typed twice, the second copy running on into the rate named after it
    ("加强学校食堂检查，有效降低食物中毒事件发生发生率。", "发生"),
    ("组织回访服务对象，群众满意满意度达96%。", "满意"),
])
def test_doubled_word_fires(text, unit):
    found = run(DoubledWord, text)
    assert len(found) == 1
    assert found[0].args["unit"] == unit
    assert found[0].location.line == 1


def test_doubled_sentence_fires_once():
    text = "一、主要职责\n负责辖区居民基本医疗服务。负责辖区居民基本医疗服务。承担公共卫生任务。\n"
    found = run(DoubledWord, text)
    assert [(d.key, d.location.line) for d in found] == [("sentence", 2)]


@pytest.mark.parametrize("text", [
    "青禾市城市建设档案馆负责全市城建档案的收集。",      # place name + word starting alike
    "我们要常常深入基层，一步一步推进。",                  # reduplication
    "社会效益指标 群众满意度 显著提升显著提升 10 10",       # flattened cells: target = actual
    "项目\t金额（万元）万元\t备注",                          # a header cell's unit beside a unit cell
    "主要用于防汛巡查、秸秆禁烧、安全生产检查等公务用车的燃料费。",  # each item once
    "开展秸秆禁烧、秸秆综合利用宣传。",                        # items that begin alike
    "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分",  # flattened header cells
    "年度绩效指标 一级指标二级指标指标内容指标值备注",        # two header words
    "数量指标 执行率执行率权重 得分",                        # one header cell OCR'd twice
    "本年度支出合计386.50万元，较上年减少12.30万元。",
    "因公出国(境)经费35万元，比上年年初预算增加5万元。",
    "培训费费用3万元已全部支付。",  # 费 + 费用: two words, no figure right after the pair
    "全年受理群众上访接访接待工作86次。",  # 上访 + 接访 + 接待: three words sharing characters
    # a unit named …部门 before the report's term 部门整体 (a city civil-affairs report, audit26p)
    "卫生健康部门部门整体绩效自评得分95分。",
    # 办事机构 + 机构编制: two nouns of the staffing texts meeting on 机构 (held29 DEV 005)
    "本处是县政府设在省城的办事机构机构编制事项由县委编办统一管理。",
])
def test_quiet_on_look_alikes(text):
    assert run(DoubledWord, text) == []


def test_term_written_twice_at_a_texts_start_is_still_reported():
    """部门部门整体 opening its text ends no unit's name: 部门 typed twice."""
    assert len(run(DoubledWord, "部门部门整体支出绩效自评报告")) == 1


def test_run_split_over_two_lines_by_the_reader_is_not_reported():
    text = "青禾县2023年高标准农田建设项目\n项目名称\n"
    assert run(DoubledWord, text) == []


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("公务接待费减少 3 万元，下降的原因原因是压减开支。", ["原因"]),
        ("依据《省级文物保护保护专项资金管理办法》执行。", ["保护"]),
        ("收到《关于下达2023年文物保护补助资金预算补助资金预算的通知》。", ["补助资金预算"]),
        ("荣获全市青少年书画大赛东湖赛区东湖赛区优秀组织奖。", ["东湖赛区"]),
        # a place name that starts with a numeral is no counted series (modelled on a 文物保护
        # 自评表 whose indicator cell doubled its city's name)
        ("完成九江市九江市古民居日常维护。", ["九江市"]),
        ("配合万州区万州区文旅委开展检查。", ["万州区"]),
    ],
)
def test_repeated_words_are_found(text, units):
    assert [r.unit for r in repeated_words(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        "常常开展检查，层层落实责任，人人参与。",
        "这个问题需要研究研究再定，一步一步推进，一个一个落实。",
        "一个县一个县地推进，一村一村走访，三个镇三个镇轮流检查。",  # counted series of places
        "看看是不是不符合要求。",
        "盐城市城市管理局、聊城市城市建设档案馆按期报送。",  # place name + word
        "目标值 显著提升显著提升10",  # two cells of a flattened row
        "年初预算数全年预算数全年执行数",  # header cells run together
        "二级指标指标内容指标值",
        "对村级宣传培训工作工作人员进行培训。",  # 培训工作 + 工作人员: two words meeting
        "本项目项目资金全部用于设备购置。",  # 本项目 + 项目资金
        "有效降低事故发生率，群众满意度达96%。",  # each rate written once
        "实现全覆盖覆盖率100%",  # a known word ending in the copy (全覆盖) + the rate: two cells
    ],
)
def test_legitimate_repeats_are_quiet(text):
    assert repeated_words(text) == []


def test_repeat_across_two_source_lines_is_quiet():
    text = "小计\n小计"
    assert repeated_words(text.replace("\n", ""), breaks={2}) == []
    doc = "某局2023年度决算\n\n一、收入合计\n合计\n\n二、结论：公务接待下降的原因原因是压减开支。\n"
    diags = run(DoubledWord, doc)
    assert [d.location.line for d in diags] == [6]
    assert "原因" in diags[0].message("zh")


def test_doubled_word_paragraph_written_again_on_the_next_line():
    # a short numbered paragraph pasted twice: too short for D203, a slip all the same
    text = ("二、机构设置\n1、内设股室：办公室、财务股、业务股。\n1、内设股室：办公室、财务股、业务股。\n"
            "2、人员情况：在编职工18人。\n")
    [d] = run(DoubledWord, text)
    assert (d.key, d.location.line, d.related[0].location.line) == ("paragraph", 3, 2)


def test_doubled_word_numbered_heading_written_again_right_under_itself():
    """A numbered heading pasted twice (``(一)主要职责`` on two lines): no sentence mark, but
    the same number and title right under each other are a doubling, not two short items."""
    good = ("某街道办事处2023年度部门整体支出绩效自评报告\n一、部门基本情况\n(一)主要职责\n"
            "1.负责辖区内的社区建设和管理工作;\n2.负责辖区内的安全生产工作。\n"
            "(二)机构设置\n本单位内设综合办公室等5个科室。\n")
    bad = good.replace("(一)主要职责\n", "(一)主要职责\n(一)主要职责\n")
    [d] = run(DoubledWord, bad)
    assert (d.key, d.location.line, d.related[0].location.line) == ("heading", 4, 3)
    assert "同一标题" in d.message("zh")
    assert run(DoubledWord, good) == []
    # the same title under the next number is a numbering or structure slip, not a doubling
    assert run(DoubledWord, good.replace("(一)主要职责\n", "(一)主要职责\n(二)主要职责\n")) == []


# A 决算说明's list of 项, one line each, every line closing with the same clause (modelled).
_ITEMS = "".join(
    f"{name}：支出决算为{amount}万元，完成预算100%，决算数与预算数持平。\n"
    for name, amount in [
        ("一般公共服务（类）政府办公厅（室）及相关机构事务（款）行政运行（项）", "441.72"),
        ("社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "35.10"),
        ("卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）", "21.91"),
        ("卫生健康（类）行政事业单位医疗（款）其他行政事业单位医疗支出（项）", "1.01"),
        ("住房保障支出（类）住房改革支出（款）住房公积金（项）", "28.36"),
    ])


def test_doubled_word_long_paragraph_written_again_on_the_next_line():
    """A paragraph of any length pasted twice in a row is a doubling: one 项 line of a
    决算说明 written twice, among lines that all repeat its closing clauses."""
    line = _ITEMS.splitlines()[3]
    text = _ITEMS.replace(line, line + "\n" + line)
    [d] = run(DoubledWord, text)
    assert (d.key, d.location.line, d.related[0].location.line) == ("paragraph", 5, 4)
    assert run(DoubledWord, _ITEMS) == []


def test_doubled_word_quiet_on_repeated_short_lines_that_are_no_sentence():
    # a PDF repeats its page header and unit line; the same heading under two parts
    text = "单位：万元\n单位：万元\n某县农业农村局部门决算\n某县农业农村局部门决算\n办公室。\n办公室。\n"
    assert run(DoubledWord, text) == []
    # the same sentence in two paragraphs apart is a copy (D203's), not a doubling
    text = "1、内设股室：办公室、财务股、业务股。\n2、人员情况：在编职工18人。\n1、内设股室：办公室、财务股、业务股。\n"
    assert run(DoubledWord, text) == []


def test_identical_cells_one_a_line_read_from_inside_are_quiet():
    """A table flattened one cell a line (``市财政`` under each of four columns), joined by the
    reader: 财政市 twice starts inside a line, but every copy is a whole line."""
    joined = "省财政市财政市财政市财政区财政"
    assert repeated_words(joined, breaks={3, 6, 9, 12}) == []
    assert [r.unit for r in repeated_words("市财政财政市", breaks={3})] == []  # the break splits the copies
    assert [r.unit for r in repeated_words("下降的原因原因是压减开支", breaks={2})] == ["原因"]


def test_form_labels_one_a_line_meeting_across_a_whole_line_are_quiet():
    """A form's labels one a line (``项目名称`` / ``单位名称`` / ``单位职能``), joined by the reader:
    ``名称单位`` twice straddles two line breaks with a whole line between them, the words of
    different cells meeting, not a word typed twice."""
    joined = "项目名称单位名称单位职能概述"
    assert repeated_words(joined, breaks={4, 8, 10}) == []
    # a word typed twice inside a line of prose stays reported
    assert [r.unit for r in repeated_words("公务接待费下降的原\n因原因是压减开支".replace("\n", ""), breaks={9})] == ["原因"]


def test_a_cell_written_in_three_columns_before_a_figure_is_a_table_row():
    assert repeated_words("保证补助资金专款专用专款专用专款专用10") == []
    assert [r.unit for r in repeated_words("各项资金专款专用专款专用，严禁挪用。")] == ["专款专用"]


def test_a_column_of_cells_flattened_onto_a_line_is_quiet():
    # a budget table's source columns read across one line (a published evaluation as text):
    # a phrase three times or more in a row, found whole or from inside a copy
    flattened = "资金来源省财政省财政省财政省财政市财政市财政市财政市财政其它其它其它合计"
    assert repeated_words(flattened) == []
    # written twice it is still a slip
    assert [r.unit for r in repeated_words("资金来源为省财政省财政，已全部到位。")] == ["省财政"]


# A figure typed twice (modelled on a 自评表 cell ``854万854万(高标准农田建设400万元…)`` of a real
# draft): the cell goes on in prose after it, so it is no pair of flattened cells.
@pytest.mark.parametrize(("text", "unit"), [
    ("其中:财政拨款\n\n612万612万(农田水利建设300万元,道路硬化212万元,技术培训100万元)\n", "612万"),
    ("本年安排专项资金38.6万元38.6万元，用于村级活动场所维修。\n", "38.6万元"),
    ("全年共培训农机手1,200人1,200人，考核合格率96%。\n", "1,200人"),
    # a PDF's text spaces figures from the words around them: the same cell, spaced
    ("其中:财政拨款\n\n612 万 612 万(农田水利建设 300 万元,道路硬化 212 万元,技术培训 100 万元)\n", "612 万"),
])
def test_doubled_figure_fires(text, unit):
    found = run(DoubledWord, text)
    assert [(d.key, d.args["unit"]) for d in found] == [("figure", unit)]


@pytest.mark.parametrize("text", [
    "其中:财政拨款\n\n612万(农田水利建设300万元,道路硬化212万元,技术培训100万元)\n",  # the figure once
    "成本指标 设备购置成本 件/件2万元2万元18 偏差原因分析\n",   # target and actual glued, then the score
    "质量指标 工程验收合格率 100%100%\n",                      # two cells, nothing after
    "数量指标 新建道路 524米524米 10 10\n",
    "资金总额1612万612万元，其中财政拨款612万元。\n",            # not the same figure: 1612万 ≠ 612万
    "本年支出12万元，12万元用于设备购置。\n",                   # the same figure twice, apart
    "成本指标 设备购置成本 2万元 2万元,偏差原因分析见附件\n",      # two cells a space apart, each unspaced
    "资金总额 1612 万 612 万元，其中财政拨款 612 万元。\n",      # spaced, not the same figure
])
def test_doubled_figure_quiet(text):
    assert [d for d in run(DoubledWord, text) if d.key == "figure"] == []


def test_doubled_particle_fires():
    """``增加原因主要是是接待上级…`` (modelled on a township's 三公经费 explanation): 是 and 的 are
    never doubled in a report's prose."""
    found = run(DoubledWord, "公务接待费比上年增加0.35万元，增加原因主要是是接待上级检查批次增加。\n")
    assert [(d.key, d.args["unit"], d.args["text"]) for d in found] == [("word", "是", "是是")]
    [d] = run(DoubledWord, "三公经费支出的的构成如下：公务接待费1.20万元。\n")
    assert d.args["unit"] == "的"


@pytest.mark.parametrize("text", [
    "关键是是否按时拨付资金。",                 # 是 + 是否
    "但是是由于资金下达较晚，执行率偏低。",      # 但是 + 是
    "为实现目的的各项措施均已落实。",            # 目的 + 的
    "我们的的确确完成了任务。",                  # 的的确确
    "政府采购 是否 8是是8 效益指标",             # a flattened 是/否 column
])
def test_doubled_particle_quiet(text):
    assert run(DoubledWord, text) == []


def test_form_fields_glued_onto_one_line_are_not_a_doubled_word():
    """A 绩效目标表 flattened onto one line: ``…本级支出项目`` (a cell) + ``项目性质`` (the next
    field's label) meet as 项目项目; 项目性质 and 立项依据 are fields of the form's vocabulary."""
    line = "项目名称社区养老服务补助项目类别本级支出项目项目性质持续性项目立项依据县民政局三定方案"
    assert run(DoubledWord, "某县2023年部门预算项目支出绩效目标表\n\n" + line + "\n") == []
    # a provincial target form's 项目类型 … 项目分类 fields, glued the same way
    line = "二级项目名称图书馆免费开放补助资金项目类型新增项目项目分类专项工作经费资金用途业务类项目"
    assert run(DoubledWord, "某省2023年部门预算项目支出绩效目标表\n\n" + line + "\n") == []
    # a word really written twice is still read
    assert [d.message("zh") for d in run(DoubledWord, "某县2023年部门预算项目支出绩效目标表\n\n本项目主要用于用于社区养老服务。\n")] \
        == ["“用于”连续写了两遍（“用于用于”）"]


@pytest.mark.parametrize("text, unit", [
    ("2.数量指标。为312名服务对象对象发放生活补助，按月足额到位。", "对象"),  # a compound's tail typed again
    ("区级安排专项资金资金共计45万元，用于设备购置。", "资金"),
    # a form term after a longer word ending in it: 防火专项 + 专项资金 is no pair of words meeting
    ("县级防汛专项专项资金到位后由局统一支付。", "专项"),
    ("进一步加强预算绩效绩效管理，提高资金使用效益。", "绩效"),
])
def test_compound_tail_written_twice_fires(text, unit):
    [d] = run(DoubledWord, text)
    assert d.args["unit"] == unit


@pytest.mark.parametrize("text", [
    "一级指标二级指标三级指标指标目标值产出指标数量指标开放天数=300天",  # a field name + the next header cell
    "社会效益指标指标1:惠及群众 生态效益指标指标L指标2:改善环境",     # the form's 指标1/指标2 placeholders
])
def test_form_header_cells_meeting_are_quiet(text):
    assert run(DoubledWord, text) == []


def test_doubled_word_quiet_where_two_terms_meet():
    """A term ending in a word and the next term beginning with it (预算执行 + 执行率), or two
    header cells run together (年初预算数全年预算数): no word written twice."""
    assert run(DoubledWord, "本项目预算执行执行率为98%。") == []
    assert run(DoubledWord, "年初预算数全年预算数全年执行数\n") == []
    # a flattened indicator row: the category cell, then a numbered indicator cell read badly
    assert run(DoubledWord, "生态效益指标指标L指标2:改善学习环境,做到社会认可。\n") == []
    # the form terms written once each, or as two cells apart
    assert run(DoubledWord, "县级防汛专项资金到位后由局统一支付。") == []
    assert run(DoubledWord, "县级防汛专项 专项资金 45万元\n") == []


_FIXTURES = Path(__file__).parents[2] / "fixtures" / "duplicates"


def test_form_field_name_with_its_middle_typed_twice_fires():
    """``| 社会效益效益指标 |`` (modelled on a district's 化肥减量 自评表): taking one 效益 out
    leaves the form's field name 社会效益指标 as the whole cell, so 效益 was typed twice; the
    target and actual cells of the Hebei-style row above (the same sentence, then 100.00) are
    the form's columns, not a sentence pasted twice."""
    bad = (_FIXTURES / "selfeval_field_doubled_bad.txt").read_text(encoding="utf-8")
    found = run(DoubledWord, bad)
    assert [(d.location.line, d.args["unit"]) for d in found] == [(7, "效益")]
    good = (_FIXTURES / "selfeval_field_doubled_good.txt").read_text(encoding="utf-8")
    assert run(DoubledWord, good) == []


@pytest.mark.parametrize("text, unit", [
    ("社会效益效益指标\n", "效益"),            # one cell a line
    ("年度资金资金总额：30万元\n", "资金"),     # a label before its figure
])
def test_field_name_doubled_inside_as_a_cell_or_label_fires(text, unit):
    [d] = run(DoubledWord, text)
    assert d.args["unit"] == unit


@pytest.mark.parametrize("text", [
    "| 社会效益 | 效益指标 |\n",                    # two cells, each a field of its own
    "本项目预算执行执行率为98%。\n",               # two terms meeting inside a sentence
    "项目资金用于宣传培训工作工作人员的补贴。\n",   # 宣传培训工作 + 工作人员
])
def test_field_name_rule_quiet_where_no_name_was_doubled(text):
    assert run(DoubledWord, text) == []


def test_same_sentence_in_target_and_actual_cells_of_a_flattened_row_is_quiet():
    """``年度预期目标 具体完成情况 总体完成率`` read as one line: the actual copies the target and
    a figure follows. A sentence pasted twice in prose (no gap, or words after) is still one."""
    goal = "按月为辖区80周岁以上老人发放高龄津贴。"
    assert run(DoubledWord, f"{goal} {goal} 100.00\n") == []
    assert run(DoubledWord, f"{goal}\u3000{goal}\u300098%\n") == []
    for text in (f"{goal}{goal}2023年共发放12次。\n", f"{goal} {goal} 下一步继续做好发放。\n"):
        assert [d.key for d in run(DoubledWord, text)] == ["sentence"]


def test_figure_three_times_in_a_flattened_row_is_quiet():
    """``资金到位率>=100%100%100%(二)…`` (modelled on a 人才驿站 self-evaluation flattened onto one
    line): target, actual and 完成率 side by side, then the next heading; a figure typed twice in
    prose is still one."""
    assert run(DoubledWord, "补助资金到位率>=100%100%100%(二)项目财务管理状况良好。\n") == []
    [d] = run(DoubledWord, "本年安排资金45万元45万元，用于设备购置。\n")
    assert d.args["unit"] == "45万元"


def test_label_typed_twice_with_its_colon_fires():
    """``…40万元，其中：其中：商品和服务支出…`` (modelled on a 广电 project's spending
    paragraph): the lead-in label and its colon typed twice. The colon ends the word, so the
    Chinese-only word finder does not see it; the correct paragraph, a row of ``其中：`` cells and
    one-cell-a-line labels stay quiet."""
    bad = (_FIXTURES / "label_doubled_bad.txt").read_text(encoding="utf-8")
    assert [(d.location.line, d.args["unit"]) for d in run(DoubledWord, bad)] == [(5, "其中：")]
    good = (_FIXTURES / "label_doubled_good.txt").read_text(encoding="utf-8")
    assert run(DoubledWord, good) == []


@pytest.mark.parametrize("text", [
    "其中：其中：其中：\n",          # one column's label cells flattened onto a line
    "合计：合计：386.50\n",          # two cells of a flattened row, a figure after
    "其中:其中:备注:无\n",          # a header row of label cells run together
])
def test_label_rule_quiet_on_flattened_cells(text):
    assert run(DoubledWord, text) == []


def test_indicator_cells_of_the_scoring_framework_meeting_are_quiet():
    """The 项目支出 scoring table's second- and third-level cells glued by a PDF reader (项目执行 |
    执行规范, 项目完成 | 完成质量, 资金管理 | 资金分配): a cell ending in a word the next cell
    begins with, no word typed twice. The same word doubled inside a sentence still fires."""
    text = "(3 分)项目执行执行规范\n3 2 项目完成完成质量\n5 4\n"
    assert run(DoubledWord, text) == []
    (d,) = run(DoubledWord, "本项目严格执行执行政府采购制度。\n")
    assert "执行" in d.message("zh")


_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "duplicates"


def test_word_in_brackets_written_again_after_them():
    found = run(DoubledWord, (_FIXTURES / "aside_doubled_bad.txt").read_text(encoding="utf-8"))
    assert [(d.key, d.location.line, d.args["unit"]) for d in found] == [("aside", 2, "江城")]
    assert "(江城)江城" in found[0].message("zh")


def test_quiet_on_brackets_not_followed_by_their_word():
    """The aside written once; a numbering (（一）一般, (十一)十一月); a unit header beside its unit;
    a repeat opening the next source line (two lines, not a doubling)."""
    assert run(DoubledWord, (_FIXTURES / "aside_doubled_good.txt").read_text(encoding="utf-8")) == []


GLUED_ROW = Path(__file__).resolve().parents[2] / "fixtures" / "duplicates" / "glued_row_cells.txt"


def test_a_cell_ending_in_the_word_the_next_cell_begins_with_in_a_glued_row_is_quiet():
    """A 自评表 flattened onto one line with its cells glued (``800万元800万元800万元10``): the
    indicator cell ``…提供便捷医疗服务`` meets the target cell ``服务人口覆盖扩大`` — no word typed
    twice. The same doubling in the report's prose (line 3) is a slip and fires."""
    found = run(DoubledWord, GLUED_ROW.read_text(encoding="utf-8"))
    assert [(d.location.line, d.args["unit"]) for d in found] == [(3, "服务")]


@pytest.mark.parametrize("text", [
    "满意度指标服务对象满意度服务服务≥90%95%10",  # target and actual cells, then the next cell's target
    "成本每年财政补助500万元500万元500万元10效益指标社会效益为群众提供服务服务人口扩大10",
])
def test_doubled_cells_of_a_glued_row_are_quiet(text):
    assert repeated_words(text) == []


@pytest.mark.parametrize(("text", "unit"), [
    # a row whose cells keep their spaces: a doubling inside one cell is a slip
    ("指标1:修缮建筑数量 完成青禾县青禾县文庙日常维护 完成 7 7", "青禾县"),
    # figures nearby but not glued, in prose: still a slip
    ("全年支出120万元，比上年增加20万元，主要原因原因是新增设备购置。", "原因"),
    # a glued row ends at a full stop: the next sentence's slip is found
    ("年度资金总额100万元100万元100%20。下降的原因原因是压减开支。", "原因"),
])
def test_doubled_words_outside_a_glued_row_still_fire(text, unit):
    assert [r.unit for r in repeated_words(text)] == [unit]


def test_doubled_word_quiet_where_two_cells_of_one_text_interleave():
    """A form's 目标 and 实际 cells saying the same, flattened from a PDF into one line whose
    pieces alternate between the two cells (…改造质稳定达标,完成农村供水管网改造病险水库病险水库
    除险加固工程当年目标除险加固工程…): the words before and after the doubling recur a few
    characters away too, so the doubling is the interleave, not a slip. The same doubling in a
    sentence of its own is still reported."""
    interleaved = ("当年目标实际完成情况加强辖区河道日常巡查,确保水加强辖区河道日常巡查,确保水质稳定达标,"
                   "完成农村供水管网改造质稳定达标,完成农村供水管网改造病险水库病险水库除险加固工程当年目标"
                   "除险加固工程,群众饮水安全得到保障。")
    assert run(DoubledWord, interleaved) == []
    [d] = run(DoubledWord, "本年完成农村供水管网改造和病险水库病险水库除险加固工程,群众饮水安全得到保障。")
    assert "病险水库" in d.message("zh")


@pytest.mark.parametrize(("text", "units"), [
    ("经第三方抽样调查调查，服务对象满意度为94.5%。", ["调查"]),  # a noun's verb typed twice
    ("项目组对方案进行了研究研究。", ["研究"]),
    ("这个问题需要研究研究再定。", []),  # a light "try" after 需要
    ("大家再讨论讨论吧。", []),
    ("请大家总结总结经验。", []),
    ("先交流交流一下。", []),
    ("院内灯火通红通红。", []),  # an adjective doubled for emphasis
])
def test_a_verb_doubled_for_a_light_try_needs_its_context(text, units):
    """研究研究 (have a think) is spoken Chinese after 要/需要/再/请 or before 一下/吧; in a report's
    statement of what was done (抽样调查调查) it is a word typed twice."""
    assert [r.unit for r in repeated_words(text)] == units


def test_doublings_screens_leave_only_texts_that_cannot_double():
    """A figure alone and a short text whose characters never recur are answered without the
    detectors; a figure doubled before prose, or a word doubled in a short cell, is still found."""
    from perflint.extract.repetition import _doublings, doubled_figures

    for text in ("704.32", "98.34%", "100%100%", "某区文化旅游站", "≥800人次"):
        assert _doublings(text, ()) == []
    assert [d.unit for d in _doublings("45%45%，其中", ())] == ["45%"]
    assert [d.unit for d in _doublings("区政府政府", ())] == ["政府"]
    assert doubled_figures("资金45万元45万元用于") == []  # no prose mark after the copy
    assert [d.unit for d in doubled_figures("资金45万元45万元，用于")] == ["45万元"]


def test_a_titles_last_word_written_again_after_its_closing_mark():
    """《关于…的通知》通知 (a 优抚 transfer's 自评 of audit20a's held set): the document type that
    closes the title typed again after 》. 《…通知》精神, 《…方案》要求 and a title followed by
    its number in brackets go on with another word and stay quiet."""
    text = ("示范县退役军人事务局2023年度项目支出绩效自评报告\n\n一、自评依据\n\n"
            "根据《关于开展2023年度转移支付绩效自评工作的通知》通知，按《示范县优抚项目实施方案》方案执行。\n")
    diags = run(DoubledWord, text)
    assert sorted(d.message("zh") for d in diags) == [
        "书名号里最后的“方案”紧接着又写了一遍（“方案》方案”）",
        "书名号里最后的“通知”紧接着又写了一遍（“通知》通知”）",
    ]
    quiet = ("根据《关于开展2023年度转移支付绩效自评工作的通知》精神，按《示范县优抚项目实施方案》要求，"
             "依据《关于下达资金的通知》（示财〔2023〕5号）执行，《通知》通知各单位。\n")
    assert run(DoubledWord, text.replace(text.split("\n\n")[-1], quiet)) == []


def test_monitor_forecast_warn_run_together_is_no_doubled_word():
    """``监测预测预警`` (a county bureau's duties, modelled on its 部门职责: 监测、预测、预警 run
    together) holds 测预 twice, across three words; nothing is written twice. A word of the run
    typed again still is a slip."""
    text = "3、统筹提出发展主要目标，监测预测预警宏观经济和社会发展态势，提出调控建议。\n"
    assert run(DoubledWord, text) == []
    assert repeated_words("负责监测预测预警工作") == []
    [d] = run(DoubledWord, "3、统筹提出发展主要目标，做好监测监测工作，提出调控建议。\n")
    assert "监测" in d.message("zh")


def test_a_value_ending_in_the_next_labels_first_word_is_no_doubled_word():
    """A 评价报告's head form flattened onto one line (ours, modelled on a county forestry
    evaluation): ``项目名称:…配套项目`` then the label ``项目单位:``. The value ends in 项目 and the
    next label opens with it; the same words in prose, with no label after them, are the slip."""
    form = "评价类型:完成结果评价项目名称:2024年示范苗圃建设配套项目项目单位:示范县林业局主管部门:示范县人民政府\n"
    assert run(DoubledWord, form) == []
    [d] = run(DoubledWord, "一、项目概况\n本年度实施苗圃建设配套项目项目，共完成育苗120亩。\n")
    assert d.message("zh").startswith("“项目”连续写了两遍")


def test_a_label_column_flattened_three_times_is_no_doubled_label():
    """A funds column of a form flattened onto one line (ours): ``其中:中央财政`` three times, read
    from inside it as ``中央财政其中:`` twice. A label typed twice with its colon, in prose, is
    still the slip."""
    flat = "实际到位资金(万元)84.74其中:中央财政其中:中央财政其中:中央财政省财政预算市县财政预算84.74\n"
    assert run(DoubledWord, flat) == []
    [d] = run(DoubledWord, "一、资金情况\n全年支出50万元，其中:其中:商品和服务支出30万元。\n")
    assert d.message("zh").startswith("“其中:”连续写了两遍")


@pytest.mark.parametrize("form", [
    "项目名称 2024年示范苗圃建设配套项目项目指标类型 个性指标 主管部门 示范县林业局\n",
    "项目名称2024年示范苗圃建设配套项目项目类型一次性项目主管部门示范县林业局\n",
])
def test_a_value_running_into_a_known_label_without_a_colon_is_no_doubled_word(form):
    """A head form flattened onto one line without colons (ours): the value after 项目名称 ends in
    项目 and the next label (项目类型, or 项目 before 指标类型) opens with it. A form term doubled in
    such a value, and the same words in prose, are still the slip."""
    assert run(DoubledWord, form) == []
    [d] = run(DoubledWord, "项目名称 示范县森林防火专项专项资金 项目类型 一次性项目\n")
    assert d.message("zh").startswith("“专项”连续写了两遍")
    [d] = run(DoubledWord, "一、项目概况\n本年度实施苗圃建设配套项目项目，共完成育苗120亩。\n")
    assert d.message("zh").startswith("“项目”连续写了两遍")


# A transfer-payment 自评表 pasted one cell a line (modelled on a district's regulatory-fund form,
# learned from a held-out page): under 预期目标 / 目标实际完成情况 every target line is followed by
# its result cell, which copies it. A run of such pairs is the form's two columns, not a paste slip.
_COLUMNS = (
    "年度目标完成情况\n预期目标\n目标实际完成情况\n"
    "目标1:开展校园周边食品摊点专项检查。\n目标1:开展校园周边食品摊点专项检查。\n"
    "目标2:完成食品抽检任务并公开结果。\n目标2:完成食品抽检任务并公开结果。\n"
    "目标3:组织基层执法人员业务培训。\n目标3:组织基层执法人员业务培训。\n"
    "年度绩效指标完成情况\n"
)


def test_doubled_word_quiet_on_a_two_column_form_pasted_one_cell_a_line():
    assert run(DoubledWord, _COLUMNS) == []
    # one pair alone among other lines is still a paragraph pasted twice
    single = _COLUMNS.replace("目标2:完成食品抽检任务并公开结果。\n目标2:完成食品抽检任务并公开结果。\n",
                              "目标2:完成食品抽检任务并公开结果。\n抽检任务已完成。\n").replace(
        "目标3:组织基层执法人员业务培训。\n目标3:组织基层执法人员业务培训。\n", "目标3:组织基层执法人员业务培训。\n")
    [d] = run(DoubledWord, single)
    assert (d.key, d.location.line) == ("paragraph", 5)


@pytest.mark.parametrize("text, unit", [
    # a comparison clause of a 三公 note pasted twice, the second copy going on (modelled on a
    # court's 因公出国(境)费 line: 与…预算相比,与…预算相比持平)
    ("1.因公出国(境)费支出决算0万元,与2023年度年初预算相比,与2023年度年初预算相比持平。", "与2023年度年初预算相比"),
    ("公务接待费比上年减少1.2万元，主要原因是严格控制接待标准，主要原因是严格控制接待标准。", "主要原因是严格控制接待标准"),
])
def test_clause_written_again_after_its_comma_fires(text, unit):
    found = run(DoubledWord, text)
    assert [(d.args["unit"], d.location.line) for d in found] == [(unit, 1)]


@pytest.mark.parametrize("text", [
    "与2023年度年初预算相比,公务接待费持平。",                 # the clause once
    "达到预期目标,达到预期目标。",                            # six characters: a short echo
    '"项目支出绩效目标","项目支出绩效目标"',                    # quoted cells of a CSV row
    "群众满意度达到预期 | 群众满意度达到预期 | 100",           # cells with bars between
    # the second copy opens a longer phrase of its own (a goal, then the goal's rate)
    "目标:按时完成年度目标任务,按时完成年度目标任务的比例为100%。",
    # three copies or more: a column of cells, or a filler, read across one line
    "本年度各项工作有序推进，本年度各项工作有序推进，本年度各项工作有序推进，",
])
def test_clause_rule_quiet(text):
    assert run(DoubledWord, text) == []


ECHO = ("二、绩效目标完成情况分析\n"
        "（二）总体绩效目标完成情况分析。项目建成后为全镇老年人提供了日间照料、助餐、康复为一体的服务场所，"
        "有效改善了老年人的生活条件，提升了农村养老服务体系的综合服务能力，是补齐农村养老服务短板的现实需要，"
        "提升了农村养老服务体系的综合服务能力。\n")


def test_clause_echoed_later_in_its_sentence():
    """A clause written again later in the same sentence, another clause between (modelled on a
    county's 彩票公益金 self-evaluation whose 总体目标 paragraph ends on its own third clause)."""
    (d,) = run(DoubledWord, ECHO)
    assert d.key == "echo" and d.location.line == 2
    assert "提升了农村养老服务体系的综合服务能力" in d.message("zh")
    assert ECHO.rindex("提升了") - ECHO.index("（二）") == d.location.column - 1


@pytest.mark.parametrize("text", [
    # said once
    ECHO.replace("是补齐农村养老服务短板的现实需要，提升了农村养老服务体系的综合服务能力。", "是补齐农村养老服务短板的现实需要。"),
    # in two sentences: a summary may restate a point
    ECHO.replace("现实需要，提升了", "现实需要。项目实施后提升了"),
    # a block of clauses copied (a form's target and result cells joined): the clause after each
    # copy is the same
    "年度总体目标完成情况综述改造供水计量设施，实现项目区农业用水计量，为项目区农业生产打牢基础，"
    "实现项目区农业用水计量，为项目区农业生产打牢基础，绩效指标\n",
    # a short clause, or one that only states figures
    "完成了年度任务，组织培训12期，完成了年度任务。\n",
])
def test_clause_echo_quiet(text):
    assert [d for d in run(DoubledWord, text) if d.key == "echo"] == []


# A self-evaluation report's cover table flattened by a page's OCR (modelled on a county culture
# bureau's report): the 资金来源 headers written once a column (计划安排, 实际到位, 实际支出, 结余),
# run together with the figures and cut apart where the reading went wrong.
OCR_HEADERS = ("项目起止时间2023年1月起至2023年12月止计划安排资金(万元)实际到位资金(万元)60实际支出(万元)58"
               "结余(万元)其中:中央补助其中:中其中:中央补其中;中央补央补助助助省补助省补助省补助省补助"
               "市配套市配套市配套市配套区县配套区县配套50区县配套48区县配套其它其它其它2其它")


def test_doubled_word_quiet_on_column_headers_an_ocr_flattened():
    """``央补央补`` among four more ``央补`` within a few words and no comma, and ``配套区县`` twice
    run on into a third ``配套`` and a figure: headers, not a word typed twice."""
    assert run(DoubledWord, "示范县文化馆2023年度项目支出绩效自评报告\n\n" + OCR_HEADERS + "\n") == []
    # a word typed twice in a sentence with no comma near it still is one
    [d] = run(DoubledWord, "示范县文化馆2023年度项目支出绩效自评报告\n\n依据县政府政府的批示开展中央补助资金使用管理工作\n")
    assert "政府政府" in d.message("zh")
def test_a_header_row_of_two_column_groups_is_no_doubled_word():
    """A table comparing two years reads its second header row as one line: each year's group
    names the same columns (``预算数决算数预算数决算数``, ``编制数实有人数编制数实有人数``): a group of
    column headers written once a year, not a word typed twice. Prose that doubles a word built of
    such headers is still reported."""
    for row in ("项目 2022年 2023年\n预算数决算数预算数决算数\n收入合计 500 480 520 510\n",
                "人员情况\n编制数实有人数编制数实有人数\n行政 20 18 事业 30 28\n"):
        assert run(DoubledWord, row) == [], row
    assert len(run(DoubledWord, "本年决算数决算数比上年增加20万元。\n")) == 1


def test_offices_names_written_without_a_mark_between_them_are_no_doubled_word() -> None:
    """``政务科商务科商贸股``: three offices (政务科, 商务科, 商贸股) listed without 、. The
    names share a tail (务科) and a head (商), which reads as ``务科商`` typed twice; each copy
    ends inside another office's name. An office's name typed twice is still found, and so is a
    phrase holding an office's ending that runs on into no name."""
    assert repeated_words("县商务局内设机构：办公室、政务科商务科商贸股、市场股。") == []
    assert run(DoubledWord, "县商务局内设机构：办公室、政务科商务科商贸股、市场股。\n") == []
    assert [r.unit for r in repeated_words("学校内设机构：办公室、教务处教务处、团委。")] == ["教务处"]
    assert [r.unit for r in repeated_words("此项工作由办公室主任办公室主任负责。")] == ["办公室主任"]


def test_staffing_word_typed_twice_is_still_reported():
    """机构 typed twice where no compound runs on (撤并机构机构，…) is still a doubling."""
    assert len(run(DoubledWord, "本年度撤并机构机构，精简人员3名。")) == 1


def test_a_verb_and_its_le_typed_again_inside_its_clause():
    """``建立了某县建立了…制度``: the verb with its 了 written again a few characters on, no mark
    between: an edit left half made (held29 DEV 015:17)."""
    [d] = run(DoubledWord, "本县自2015年起建立了示范县建立了生态补偿工作领导小组，由副县长牵头。")
    assert d.key == "verb" and "建立了" in d.message("zh")


@pytest.mark.parametrize("text", [
    "建立了联络机制，建立了工作台账。",  # two clauses, each with its verb
    "为了方便群众为了节约成本而合并窗口。",  # 为了 is no verb
    "完成了年度任务，完成了年度任务的95%。",
    "开展了培训3次开展了督查5次。",  # figures between: a flattened list of counts
])
def test_a_verb_with_le_written_twice_quiet(text):
    assert [d for d in run(DoubledWord, text) if d.key == "verb"] == []


@pytest.mark.parametrize("text", [
    "市驻省城办事处2023年今年以来共接待来访群众300余人次。",
    "2021年度今年以来，我局累计开展普法宣传12场。",
    "收入比2021年去年同期增加5.2万元。",
    "2024年明年计划完成剩余的3公里。",
])
def test_year_stated_twice_in_one_time_phrase_fires(text):
    [d] = run(DoubledWord, text)
    assert d.key == "year"
    word = d.args["text"][-2:]
    assert word in ("今年", "去年", "明年") and f"就是“{word}”" in d.message("zh")


@pytest.mark.parametrize("text", [
    "市驻省城办事处2023年以来共接待来访群众300余人次。",
    "今年以来共接待来访群众300余人次，较2022年，今年接待量增长一成。",
    "2022年本年收入合计880.20万元。",  # a row label after its year: no time phrase
    # a flattened table's header cells side by side (the year's column, then this year's)
    "收支对比情况如下：支出项目 2021年 今年 增减额 人员经费 30 32 2",
    "收支对比情况如下：支出项目 2021年 去年 增减额 人员经费 30 32 2",
])
def test_year_stated_once_is_quiet(text):
    assert [d for d in run(DoubledWord, text) if d.key == "year"] == []
