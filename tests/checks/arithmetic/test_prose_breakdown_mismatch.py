"""A104 prose-breakdown-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import ProseBreakdownMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a104_item_outside_the_total():
    wrong = ("本单位2023年度总支出843.20万元，其中：年末结转和结余42.00万元；基本支出512.30万元，"
             "含人员支出401.10万元、公用支出111.20万元；项目支出330.90万元。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.error
    assert "42.00 + 512.30 + 330.90 = 885.20 ≠ 843.20" in d.message()
    assert len(d.related) == 3
    right = wrong.replace("年末结转和结余42.00万元；", "")
    assert run_prose(ProseBreakdownMismatch, right) == []


def test_a104_records_of_several_measures_are_no_breakdown():
    """``其中：甲支出 a，年初预算为 b，差值为 c；乙支出 …``: each item gives several measures;
    the commas inside one item do not list the parts of the total."""
    text = ("“三公”经费支出 3.10 万元，年初预算为 4.00 万元，差值为 0.90 万元。其中：因公出国（境）支出 0 万元，"
            "年初预算为 0 万元，差值为 0 万元；公务用车运行维护费支出 1.00 万元，年初预算为 2.00 万元，"
            "差值为 1.00 万元；公务接待费支出 2.10 万元，年初预算为 2.00 万元，差值为 0.10 万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []


def test_a104_nested_list_rounding():
    text = "基本支出512.30万元，其中：人员支出401.10万元，公用支出111.21万元。"
    (d,) = run_prose(ProseBreakdownMismatch, text)
    assert d.severity is Severity.rounding
    assert run_prose(ProseBreakdownMismatch, text, rounding=False) == []


def test_a104_selection_may_fall_short_but_not_exceed():
    short = "公用经费 96.40 万元，主要包括：办公费 12.50 万元、差旅费 8.30 万元、维修费 4.20 万元。"
    assert run_prose(ProseBreakdownMismatch, short) == []
    over = "公用经费 16.40 万元，主要包括：办公费 12.50 万元、差旅费 8.30 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, over)
    assert d.severity is Severity.error and "超过总数" in d.message()


def test_a104_exhaustive_list_that_falls_short_is_a_warning():
    (d,) = run_prose(ProseBreakdownMismatch, "收入合计 500.00 万元，其中：财政拨款收入 450.00 万元，事业收入 30.00 万元。")
    assert d.severity is Severity.warning
    assert "450.00 + 30.00 = 480.00，比总数 500.00 少 20.00" in d.message()


def test_a104_units_are_converted():
    assert run_prose(ProseBreakdownMismatch, "培训费共计 1.2 万元，其中：讲课费 8000 元，资料费 4000 元。") == []
    (d,) = run_prose(ProseBreakdownMismatch, "培训费共计 1.0 万元，其中：讲课费 8000 元，资料费 4000 元。")
    assert d.severity is Severity.error and "8000元 + 4000元 = 1.2 万元 ≠ 1.0万元：相差 0.2 万元" in d.message()


def test_a104_breakdown_over_paragraphs():
    head = "2023 年度一般公共预算财政拨款基本支出 640.50 万元，其中："
    right = ["人员经费 500.20 万元，主要包括基本工资、津贴补贴。", "公用经费 140.30 万元，主要包括办公费、差旅费。"]
    assert run_prose(ProseBreakdownMismatch, head, *right) == []
    wrong = [right[0], right[1].replace("140.30", "150.30")]
    (d,) = run_prose(ProseBreakdownMismatch, head, *wrong)
    assert d.location.line == 5 and "500.20 + 150.30 = 650.50 ≠ 640.50" in d.message()


def test_a104_integers_in_a_list_of_hundredths_are_exact():
    (d,) = run_prose(ProseBreakdownMismatch, "全年实际支出64.46万元,按用途划分:设备购置20万元;人员培训20万元;宣传印刷24.48万元。")
    assert "20 + 20 + 24.48 = 64.48 ≠ 64.46" in d.message()
    assert run_prose(ProseBreakdownMismatch, "全年实际支出64.48万元,按用途划分:设备购置20万元;人员培训20万元;宣传印刷24.48万元。") == []


def test_a104_count_parts_beyond_the_total_name_the_extra_group():
    text = "财政供养人员合计3,120人。其中:行政编制1,020人,事业编制2,100人,离退休人员640人。"
    (d,) = run_prose(ProseBreakdownMismatch, text)
    assert d.severity is Severity.warning
    assert "前 2 项之和恰为总数，离退休人员不应列在其中" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.replace(",离退休人员640人", "")) == []
    # a count's 其中 may name only some of its groups
    assert run_prose(ProseBreakdownMismatch, "职工合计80人。其中:女职工30人,党员25人。") == []


def test_a104_whole_stated_in_an_earlier_paragraph():
    (d,) = run_prose(ProseBreakdownMismatch, "2023年“三公”经费支出3.00万元,比上年减少0.20万元。",
               "2023年“三公”经费支出的构成为:因公出国(境)费0万元;公务用车运行维护费1.10万元;公务接待费0.90万元。")
    assert d.severity is Severity.warning and "0 + 1.10 + 0.90 = 2.00" in d.message() and "总数见第" in d.message()
    assert run_prose(ProseBreakdownMismatch, "2023年“三公”经费支出2.00万元,比上年减少0.20万元。",
               "2023年“三公”经费支出的构成为:因公出国(境)费0万元;公务用车运行维护费1.10万元;公务接待费0.90万元。") == []


def test_a104_breakdown_announced_at_the_end_of_a_paragraph():
    # (a heading after the list: a list that ends the text may go on past an excerpt's cut)
    (d,) = run_prose(ProseBreakdownMismatch, "2023年度基本支出720.50万元,分为:", "人员经费600.20万元,涵盖基本工资等。",
               "公用经费40.30万元,涵盖办公费等。", "三、项目支出决算情况")
    assert "「分为」" in d.message() and "600.20 + 40.30 = 640.50" in d.message()


def test_a104_wrapped_line_after_its_whole_is_no_paragraph_breakdown():
    # a PDF cut into lines: 其中： ends a line, its list is the next line's sentence, and the lines
    # after it are the whole's siblings (each with its own 其中), not its parts
    lines = ["养老保险缴费支出 98215 元,其中:", "基本支出 98215 元,项目支出 0元。主要用于养老保险缴费。",
             "事业单位医疗 45310.60 元,其中:基本支出 45310.60 元,项目支出 0元。",
             "住房公积金 70119 元,其中:基本支出 70119 元,项目支出 0元。"]
    assert run_prose(ProseBreakdownMismatch, *lines) == []


def test_a104_total_before_a_comparison_clause():
    """``T 万元，比上年减少 X 万元（Y%），其中 a、b``: the list breaks down T across the
    comparison; a warning, since the total is read across it."""
    for comparison in ("比年初预算少 12%", "比上年减少 46.00 万元", "与上年相比增长 3.5%"):
        wrong = (f"2023年度“三公”经费支出 342.00 万元，{comparison}，其中：公务用车购置费 120.00 万元，"
                 "公务用车运行维护费 232.00 万元。")
        (d,) = run_prose(ProseBreakdownMismatch, wrong)
        assert d.severity is Severity.warning
        assert "120.00 + 232.00 = 352.00 ≠ 342.00" in d.message()
        right = wrong.replace("232.00", "222.00")
        assert run_prose(ProseBreakdownMismatch, right) == []


def test_a104_quiet_when_the_list_details_the_change():
    # the parts make up the change X, not the level T: a change breakdown (A108's), not T's
    text = ("2023年度“三公”经费支出 342.00 万元，比上年减少 46.00 万元，其中：公务用车购置费 30.00 万元，"
            "公务接待费 16.00 万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []
    text = ("2023年度“三公”经费支出 342.00 万元，比上年减少 46.00 万元，其中：公务用车购置费减少 30.00 万元，"
            "公务接待费减少 6.00 万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []


def test_a104_list_that_runs_into_the_texts_cut_may_fall_short():
    """An excerpt that stops inside ``分别是 a、b、c，科`` lacks the parts after the cut; a list
    whose sentence closes inside the text is still summed."""
    text = "2023年部门预算项目支出 60 万元，分别是交流经费 5 万元，评审经费 18 万元，验收经费 16 万元，科"
    assert run_prose(ProseBreakdownMismatch, text) == []
    (d,) = run_prose(ProseBreakdownMismatch, text[:-2] + "。\n")
    assert "39" in d.message()


def test_a104_numbered_paragraphs_that_run_to_the_texts_end_may_fall_short():
    """A 具体为 list of numbered paragraphs whose last item ends the text: the items after it
    lie beyond the cut. The same list followed by more text is still summed."""
    head = "示范档案馆 2023 年年初下达专项经费指标共计 84 万元，具体为："
    items = ["1、档案保护保管专项经费指标为 36 万元，主要用于馆藏档案保护；",
             "2、档案装具专项指标为 16 万元，主要用于档案装盒和保管；",
             "3、档案系统维护专项经费指标为 12 万元，主要用于系统运行维护"]
    assert run_prose(ProseBreakdownMismatch, head, *items) == []
    (d,) = run_prose(ProseBreakdownMismatch, head, *items, "二、绩效目标完成情况")
    assert d.severity is Severity.warning and "36 + 16 + 12 = 64" in d.message()


def test_a104_head_count_split_by_staff_category():
    """``年末实有人数 N 人，其中 在职 a 人、离休 b 人、退休 c 人``: staff categories do not overlap,
    so parts above the head count are a slip, whatever the total is called (no 合计 needed)."""
    text = "年末实有人数56人,其中在职人员{a}人,离休人员1人,退休人员17人。"
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a="48"))
    assert d.severity is Severity.warning and "48 + 1 + 17 = 66" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.format(a="38")) == []
    listed = "单位编制人数42人,包括行政人员12人、参照公务员法管理的事业人员6人、事业人员34人。"
    assert len(run_prose(ProseBreakdownMismatch, listed)) == 1
    assert run_prose(ProseBreakdownMismatch, listed.replace("34人", "24人")) == []
    # subsets that cut across the categories may add up to more than the head count
    assert run_prose(ProseBreakdownMismatch, "在职人员40人,其中女职工30人,党员25人。") == []
    assert run_prose(ProseBreakdownMismatch, "在职人员40人,其中在职党员30人,退休人员25人。") == []


def test_a104_a_head_count_list_in_brackets_ends_with_the_bracket():
    """``实有人数 N 人（其中：在职 a 人，自收自支 b 人），退休人员 c 人``: the bracket closes the list,
    so the retirees after it are no part of it (held33 015, a court's 整体自评). A list inside the
    bracket that is too long is still reported."""
    text = "本年实有人数58人(其中:财政拨款在职人员{a}人,自收自支事业人员3人),退休人员21人。"
    assert run_prose(ProseBreakdownMismatch, text.format(a="55")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a="65"))
    assert "65 + 3 = 68" in d.message()


def test_a104_school_staff_by_post():
    """A school's staff by post (专任教师, 管理人员, 工勤人员) are categories that do not overlap."""
    text = "实有在编人员178人，其中专任教师{a}人、管理人员14人、工勤人员12人。"
    assert run_prose(ProseBreakdownMismatch, text.format(a="152")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a="162"))
    assert "162 + 14 + 12 = 188" in d.message()


def test_a104_list_that_switches_from_semicolons_to_commas():
    """``其中：a；b，c，d`` (modelled on a bureau's report of its projects by self-evaluation grade):
    the author opened the list with ；and went on with ，. Each comma piece holds one figure and is
    named like the first item, so the four grades are the parts."""
    wrong = ("我局2023年安排专项资金项目共计86个，财政资金2410.50万元。其中自评“优”的项目60个财政资金"
             "2105.20万元；自评“良”的项目15个财政资金220.30万元，自评“中”的项目4个财政资金15万元，"
             "自评“差”的项目7个财政资金180.00万元（其中人才项目5个30万元），分别是：")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "2105.20 + 220.30 + 15 + 180.00 = 2520.50 ≠ 2410.50" in d.message()
    right = wrong.replace("180.00万元", "70.00万元")
    assert run_prose(ProseBreakdownMismatch, right) == []


def test_a104_a_record_of_measures_after_a_semicolon_is_no_list_of_parts():
    """``甲 a；乙 b，年初预算 d``: the second figure of a piece is another measure of the same item
    (not named like the list's items), so the chunk stays unread as before."""
    text = ("本年支出合计300.00万元，其中：基本支出200.00万元；项目支出100.00万元，年初预算为150.00万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []


def test_a104_list_ends_where_the_sentence_turns_to_the_other_side():
    """``收入 T，其中 a、b，支出 T，其中 c、d``: one sentence gives both sides of the account; the
    收入 list ends at 支出, the next total (modelled on a township's one-sentence summary)."""
    both = ("2023年本镇收入1520.40万元,其中财政拨款收入1490.15万元,政府性基金收入30.25万元,"
            "支出1520.40万元,其中财政拨款支出1490.15万元,政府性基金支出30.25万元,无结转结余。")
    assert run_prose(ProseBreakdownMismatch, both) == []
    # the 收入 list still adds up: a wrong part is reported, the 支出 clause left out of it
    wrong = both.replace("政府性基金收入30.25万元", "政府性基金收入32.25万元")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.error
    assert "1490.15 + 32.25 = 1522.40 ≠ 1520.40" in d.message()
    # and the other way round
    spent = ("支出860.00万元,其中基本支出600.00万元,项目支出260.00万元,收入860.00万元,"
             "其中财政拨款收入860.00万元。")
    assert run_prose(ProseBreakdownMismatch, spent) == []


def test_a104_whole_counts_have_no_rounding_difference():
    """``共有工作人员 N 人，其中行政编制 a 人、…``: people are counted exactly, so 2 short of 64 is no
    last-digit rounding; a list of kinds of 编制 names every person (see the next test), so the
    shortfall is a warning, while parts above the count are a slip too."""
    short = "服务中心共有工作人员64人,其中行政编制21人、参公编制17人、事业编制24人。"
    (d,) = run_prose(ProseBreakdownMismatch, short)
    assert d.severity is Severity.warning and "21 + 17 + 24 = 62，比总数 64 少 2" in d.message("zh")
    over = short.replace("参公编制17人", "参公编制21人")
    (d,) = run_prose(ProseBreakdownMismatch, over)
    assert d.severity is Severity.warning
    assert "21 + 21 + 24 = 66" in d.message()


def test_a104_head_count_split_by_kind_of_post():
    """A head count stated as a whole (共有) or a count of posts (人员编制), split into kinds of 编制
    only: every person holds one kind of post (those without one are named too: 编外, 临聘), so
    parts short of the count are a warning. A list of other groups may leave some out."""
    posts = "某镇机关共有工作人员{n}人,其中行政编制12人、事业编制9人、工勤编制2人。"
    (d,) = run_prose(ProseBreakdownMismatch, posts.format(n="25"))
    assert d.severity is Severity.warning and "12 + 9 + 2 = 23，比总数 25 少 2" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, posts.format(n="23")) == []
    quota = "某所年末核定人员编制{n}人。其中:行政编制11人,事业编制4人。"
    (d,) = run_prose(ProseBreakdownMismatch, quota.format(n="18"))
    assert d.severity is Severity.warning and "11 + 4 = 15" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, quota.format(n="15")) == []
    # a count neither of posts nor stated as a whole: its 其中 may single out the posts it has
    assert run_prose(ProseBreakdownMismatch, "在职人员40人,其中行政编制20人、事业编制15人。") == []
    # groups that are not kinds of post (聘用, 女职工, 在职 / 退休) may leave some out
    assert run_prose(ProseBreakdownMismatch, "单位共有工作人员40人,其中行政编制20人、聘用人员15人。") == []
    assert run_prose(ProseBreakdownMismatch, "单位共有工作人员40人,其中行政编制20人、女职工15人。") == []
    assert run_prose(ProseBreakdownMismatch, "单位共有人员40人,其中在职人员30人、退休人员8人。") == []


def test_a104_kinds_of_post_with_the_rest_named_after_them():
    """The people without a post named after the list (``；另有编外人员 c 人``, ``，其余为聘用人员``,
    a next sentence opening ``另有…``): the kinds of 编制 were not meant to be all, so a shortfall
    stays quiet."""
    lead = "某街道共有工作人员48人,其中行政编制20人、事业编制18人"
    for rest in ("；另有编外聘用人员10人。", "。另有编外人员10人。", ",编外人员10人。", ",其余为编外聘用人员。",
                 "。此外,社区专职工作者若干名。"):
        assert run_prose(ProseBreakdownMismatch, lead + rest) == [], rest
    assert len(run_prose(ProseBreakdownMismatch, lead + "。街道内设机构6个。")) == 1


def test_a104_list_whose_last_item_follows_a_comma():
    """``其中 a、b，c。`` (modelled on a station's staff line): the author listed with 、 and put a
    comma before the last item, which ends the sentence and is named like the others. The list's
    three parts are read, so a part that no longer adds up is found, and the right figures stay quiet."""
    right = "人员情况:在职人员52人,其中专业技术人员38人、管理人员3人,工勤人员11人。"
    assert run_prose(ProseBreakdownMismatch, right) == []
    wrong = right.replace("38人", "48人")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "48 + 3 + 11 = 62" in d.message()
    money = "本年支出合计96.40万元,其中人员经费60.20万元、公用经费20.10万元,专项经费26.10万元。"
    (m,) = run_prose(ProseBreakdownMismatch, money)
    assert "60.20 + 20.10 + 26.10 = 106.40" in m.message()
    assert run_prose(ProseBreakdownMismatch, money.replace("26.10万元", "16.10万元")) == []


def test_a104_after_the_comma_no_item_of_the_list():
    """The piece after the comma is not the list's: a comparison, another measure, a name unlike
    the items, or words go on past it; the list stays the two items before the comma."""
    for tail in ("比上年增加8.00万元。", "年末结转26.10万元。", "专项经费26.10万元,主要用于设备购置。"):
        text = "本年支出合计96.40万元,其中人员经费60.20万元、公用经费20.10万元," + tail
        assert [d for d in run_prose(ProseBreakdownMismatch, text) if d.severity is Severity.error] == [], tail


def test_a104_last_item_after_a_comma_is_a_warning():
    """The item after the comma is read from the author's punctuation: a sum that does not add up
    is reported as a warning, never an error a CI gate would fail on."""
    money = "本年支出合计96.40万元,其中人员经费60.20万元、公用经费20.10万元,专项经费26.10万元。"
    (m,) = run_prose(ProseBreakdownMismatch, money)
    assert m.severity is Severity.warning
    listed = money.replace("万元,专项", "万元、专项")
    (e,) = run_prose(ProseBreakdownMismatch, listed)
    assert e.severity is Severity.error


def test_a104_head_count_split_by_employment():
    """``职工 N 人，包括正式员工 a 人、招聘职工 b 人、乡村医生 c 人`` (modelled on a township
    health centre's staff line): staff by employment do not overlap either."""
    text = "中心现有职工57人,包括正式员工{a}人、招聘职工21人、乡村医生16人。"
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a="30"))
    assert d.severity is Severity.warning and "30 + 21 + 16 = 67" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.format(a="20")) == []
    assert run_prose(ProseBreakdownMismatch, "中心现有职工57人,其中正式员工30人、女职工35人。") == []


def test_a104_list_opening_a_sentence_breaks_down_the_whole_stated_before_an_aside():
    """``本年支出合计 T …。年末结转结余 y 万元。其中，基本支出 a、项目支出 b …``: a sentence between
    the whole and its parts; the parts make up T, not y, and are T's."""
    right = ("本年支出合计 860.00 万元，预算执行率为 96.00%。年末结转结余 35.80 万元。其中，基本支出 512.30 万元、"
             "占比 57.20%，项目支出 330.90 万元、占比 36.95%，经营支出 16.80 万元、占比 1.88%。")
    assert run_prose(ProseBreakdownMismatch, right) == []
    # parts that make up neither figure: still read as the previous sentence's, and wrong
    wrong = right.replace("项目支出 330.90", "项目支出 320.90")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.error
    assert "≠ 35.80" in d.message()
    # the figure right before the list is its whole when the parts make it up
    own = ("本年支出合计 900.00 万元。年末结转结余 35.80 万元。其中，结转 20.00 万元、结余 15.80 万元。")
    assert run_prose(ProseBreakdownMismatch, own) == []
    assert run_prose(ProseBreakdownMismatch, own.replace("结余 15.80", "结余 16.80"))[0].severity is Severity.error


def test_a104_a_second_qizhong_details_the_part_before_it():
    """``收入 T。其中，拨款 T，其中罚没收入 c``: the second 其中 opens a detail of the 拨款 (modelled
    on a county bureau's whole-budget self-evaluation), no sibling part of the total."""
    nested = "2022年部门预算收入860万元。其中，一般公共预算拨款860万元，其中纳入预算管理的罚没收入60万元。"
    assert run_prose(ProseBreakdownMismatch, nested) == []
    # a list of siblings is still read: 拨款 + 其他收入 must make the total
    wrong = "2022年部门预算收入860万元。其中，一般公共预算拨款800万元，其他收入80万元。"
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "800 + 80 = 880 ≠ 860" in d.message()


def test_a104_a_list_after_a_reason_does_not_break_down_the_reasons_figure():
    """A sentence states a budget, its change and a reason that ends on a figure (`新增补助 30 万元。`);
    the next sentence opens `包括：` and lists the sources of the budget. The reason's figure is not
    the whole of that list (a budget-report layout seen on published pages)."""
    text = ("2021年预算收入860.40万元，比上年增加96.20万元，增长12.59%，主要原因是新增人员4名，"
            "新增专项补助30万元。包括：一般公共预算收入800.10万元，上年结转收入60.30万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []
    # without the reason, a sentence ending on a figure is still the whole the next one breaks down
    plain = "2021年预算收入860.40万元，比上年增加96.20万元。其中：一般公共预算收入800.10万元，上年结转收入70.30万元。"
    (d,) = run_prose(ProseBreakdownMismatch, plain)
    assert "870.40" in d.message()


def test_a104_units_counted_by_kind():
    """The 决算说明 template ``下属二级预算单位 N 个，其中行政单位 a 个，参照公务员法管理的事业单位
    b 个，其他事业单位 c 个``: kinds of unit that exclude each other, so parts above the total are
    a slip (a township note wrote 0 个 over 7 + 0 + 4)."""
    text = "本部门下属二级预算单位0个,其中行政单位5个,参照公务员法管理的事业单位0个,其他事业单位3个。"
    [d] = run_prose(ProseBreakdownMismatch, text)
    assert d.severity is Severity.warning and "5 + 0 + 3 = 8" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, text.replace("单位0个,其中", "单位8个,其中")) == []
    # parts short of the total stay quiet, as for head counts: a kind may go unlisted
    assert run_prose(ProseBreakdownMismatch, text.replace("单位0个,其中", "单位9个,其中")) == []
    # parts that are not kinds of unit (offices, 党支部) may overlap: not read
    offices = "本单位内设机构6个,其中科室4个,党支部3个。"
    assert run_prose(ProseBreakdownMismatch, offices) == []
    # one kind inside another (事业单位, then 全额拨款事业单位 among them) overlaps: not read
    nested = "本部门下属单位5个,其中事业单位4个,全额拨款事业单位3个。"
    assert run_prose(ProseBreakdownMismatch, nested) == []


def test_a104_a_whole_named_by_neither_side_takes_the_side_of_its_parts():
    """``共收到资金 T。其中，上年结转 a，当年取得收入 b，当年发生支出 c`` (modelled on a school's
    whole-budget evaluation, figures in 元): the total names no side of the account, its parts
    name 收入, and the sentence then turns to what went out. The 支出 is the next statement, not a
    third part: a + b = T is right."""
    text = ("2023年学校共收到财政资金4830215.60元。其中，收到上年结转的自有资金630215.60元，"
            "2023年当期取得收入{b}元，2023年当期发生支出4510300.25元。")
    assert run_prose(ProseBreakdownMismatch, text.format(b="4200000.00")) == []
    # the income parts still have to make up the whole
    (d,) = run_prose(ProseBreakdownMismatch, text.format(b="4100000.00"))
    assert "630215.60 + 4100000.00" in d.message() and "4510300.25" not in d.message()
    # a 支出 whole keeps 年末结转和结余 as a wrong part (the documented example)
    spent = "本年支出 860.20 万元，其中：基本支出 512.30 万元；项目支出 330.90 万元；年末结转和结余 42.00 万元。"
    (e,) = run_prose(ProseBreakdownMismatch, spent)
    assert e.severity is Severity.error and "42.00" in e.message()


def test_a104_counts_listed_before_their_breakdown_are_broken_down_together():
    """`设行政单位 1 个，事业单位 4 个。其中：全额拨款行政单位 1 个，全额拨款的事业单位 4 个`: the 其中
    details both counts of the sentence before it (1 + 4), not its last figure alone."""
    together = "某镇人民政府设行政单位1个,事业单位4个。其中:全额拨款行政单位1个,全额拨款的事业单位4个。"
    assert run_prose(ProseBreakdownMismatch, together) == []
    # one count before the list: its parts may not exceed it
    (d,) = run_prose(ProseBreakdownMismatch, "某局下属二级预算单位3个。其中:行政单位1个,事业单位3个。")
    assert "1 + 3 = 4，超过总数 3" in d.message()


def test_a104_vehicles_by_kind_ending_in_the_catch_all_are_complete():
    text = ("截至2024年12月31日，本部门共有车辆{n}辆，其中：主要负责人用车0辆、应急保障用车1辆、"
            "特种专业技术用车2辆、其他用车1辆。")
    assert run_prose(ProseBreakdownMismatch, text.format(n=4)) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(n=5))
    assert d.severity is Severity.warning and "0 + 1 + 2 + 1 = 4" in d.message()
    # without the catch-all the list may name only some kinds: a shortfall stays quiet
    some = "本部门共有车辆5辆，其中：应急保障用车1辆，特种专业技术用车2辆。"
    assert run_prose(ProseBreakdownMismatch, some) == []


def test_a104_list_after_an_amount_and_its_rate_breaks_down_that_amount():
    """``全年执行数为 T 万元，预算执行率 Y%。其中：a、b、c`` (a county bureau's project report):
    the list that opens the next sentence is the executed amount's."""
    text = ("该项目全年预算数为130.00万元，全年执行数为124.80万元，预算执行率96.00%。"
            "其中：设备维护费58.40万元，故障维修费31.20万元，网络租赁费36.20万元。")
    [d] = run_prose(ProseBreakdownMismatch, text)
    assert d.severity is Severity.error and "125.80 ≠ 124.80" in d.message("zh")


def test_a104_quiet_when_the_list_after_the_rate_makes_up_the_amount_or_the_budget():
    spent = ("全年执行数为124.80万元，预算执行率96.00%。其中：设备维护费58.40万元，故障维修费31.20万元，"
             "网络租赁费35.20万元。")
    budget = ("全年预算数为130.00万元，全年执行数为124.80万元，预算执行率96.00%。其中：设备维护费60.00万元，"
              "故障维修费35.00万元，网络租赁费35.00万元。")
    # a percentage after a comparison ends the sentence on a change: no total is guessed
    growth = "预算数130.00万元，本年支出124.80万元，比上年增长4.00%。其中：设备维护费58.40万元，故障维修费31.20万元。"
    assert run_prose(ProseBreakdownMismatch, spent) == []
    assert run_prose(ProseBreakdownMismatch, budget) == []
    assert run_prose(ProseBreakdownMismatch, growth) == []


def test_a104_spending_split_by_line_in_the_next_sentence_each_named_as_spent():
    # the total is the year's 执行数 ending the sentence (before its rate); each part is named by
    # the same stage (执行), so the lines split the total rather than list stages of one sum
    para = "2023年全年预算数 2460.5 万元，全年执行数 2410.8 万元，预算执行率 97.98%。其中：基本支出执行 {a}，项目支出执行 1560.3 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, para.format(a="805.0 万元"))
    assert "2410.8" in d.message()
    assert run_prose(ProseBreakdownMismatch, para.format(a="850.5 万元")) == []
    # parts named by a stage the total does not name are stages of one sum, not its parts
    stages = "2023年全年预算数 2460.5 万元。其中：基本支出执行 805.0 万元，项目支出执行 1560.3 万元。"
    assert run_prose(ProseBreakdownMismatch, stages) == []


# A list of parts in 、 whose middle figure groups its digits (1,080.00): the comma inside the
# figure is no stronger separator ending the list (a probe draft of ours read 126.40 + 1,080.00
# and left the third part out).
_PROCUREMENT = ("政府采购支出总额1,386.40万元，其中：政府采购货物支出126.40万元、政府采购工程支出1,080.00万元、"
                "政府采购服务支出{services}万元。")


def test_a104_list_with_a_grouped_figure_in_the_middle_is_read_whole():
    assert run_prose(ProseBreakdownMismatch, _PROCUREMENT.format(services="180.00")) == []


def test_a104_list_with_a_grouped_figure_in_the_middle_that_falls_short():
    (d,) = run_prose(ProseBreakdownMismatch, _PROCUREMENT.format(services="190.00"))
    assert "126.40 + 1,080.00 + 190.00" in d.message("zh")


def test_a104_a_part_detailed_after_its_share():
    # 基本支出 is detailed after its share (包括 a1、a2) before the next part: both lists are read
    text = ("2024年度支出合计479.12万元，其中：基本支出352.68万元，占73.61%，包括人员经费301.24万元、"
            "公用经费{a2}万元；项目支出126.44万元，占26.39%。")
    assert run_prose(ProseBreakdownMismatch, text.format(a2="51.44")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a2="54.44"))
    assert "355.68" in d.message() and "352.68" in d.message()
    # and the outer list: its parts against the total
    wrong = text.format(a2="51.44").replace("126.44万元", "136.44万元")
    assert any("479.12" in d.message() for d in run_prose(ProseBreakdownMismatch, wrong))


def test_a104_list_after_a_sentence_comparing_the_whole_with_last_year():
    """The 决算说明's 支出 T，占…。与上年相比，增加 X，增长 Y%。主要用于以下方面：a、b、c: the
    comparison between the whole and its parts does not hide the list."""
    text = ("2023年度一般公共预算财政拨款支出2,236.10万元，占本年支出合计的97.39%。与上年相比，财政拨款支出增加"
            "196.10万元，增长9.61%。主要用于以下方面：一般公共服务支出（类）12.00万元，占0.54%；卫生健康支出（类）"
            "68.50万元，占3.06%；自然资源海洋气象等支出（类）{main}万元，占82.73%；住房保障支出（类）305.60万元，占13.67%。")
    assert run_prose(ProseBreakdownMismatch, text.format(main="1,850.00")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(main="1,860.00"))
    # a warning: the whole is read across the comparison, as in one sentence (T，比上年增加 X。其中…)
    assert d.severity is Severity.warning and "2,236.10" in d.message()
    # a list after the comparison that makes up its change details the change, not the whole
    change = ("2023年度一般公共预算财政拨款支出2,236.10万元。与上年相比，财政拨款支出增加196.10万元，增长9.61%。"
              "其中：新增耕地保护补助150.00万元、不动产登记信息化建设46.10万元。")
    assert run_prose(ProseBreakdownMismatch, change) == []


def test_a104_what_stands_besides_the_whole_ends_its_list():
    """另有 / 此外 name what is besides the whole (退休人员 beside 实有人数), not another part of it."""
    text = "本局编制人数52人，实有人数49人，其中在职人员49人（行政人员30人、事业人员19人），另有退休人员20人。"
    assert run_prose(ProseBreakdownMismatch, text) == []
    # without 另有 the 退休人员 are read as one more part of 实有人数 under 其中
    (d,) = run_prose(ProseBreakdownMismatch, text.replace("另有退休人员", "退休人员"))
    assert "49 + 20 = 69" in d.message()


# A 决算说明 that states the “三公” total in its 总体情况 and the three parts in its 具体情况, two runs
# of one section parted by a sub-heading: the parts were copied from another year's draft.
SPLIT_SANGONG = """示范县疾控中心2023年度单位决算
七、财政拨款“三公”经费支出决算情况说明
(一)“三公”经费财政拨款支出决算总体情况说明
2023年“三公”经费财政拨款支出决算为5.20万元，完成预算86.67%，较上年减少0.80万元，下降13.33%。
(二)“三公”经费财政拨款支出决算具体情况说明
2023年“三公”经费财政拨款支出决算中，因公出国(境)费支出决算0万元；公务用车购置及运行维护费支出决算2.60万元；公务接待费支出决算1.10万元。
八、政府性基金预算支出决算情况说明
本单位无政府性基金预算支出。
"""


def _lint(text):
    from perflint.testing import lint_text
    return lint_text(text, checks=[ProseBreakdownMismatch])


def test_a104_sangong_parts_in_another_run_of_the_section_do_not_make_the_total():
    (d,) = _lint(SPLIT_SANGONG)
    assert d.severity is Severity.warning and d.location.line == 6
    assert d.message("zh") == "所列“三公经费”分项之和 0 + 2.60 + 1.10 = 3.70，与本节第 4 行的总数 5.20万元 不符：相差 1.50"
    assert [r.location.line for r in d.related] == [4]


def test_a104_sangong_parts_in_another_run_that_make_the_total_are_quiet():
    assert _lint(SPLIT_SANGONG.replace("公务接待费支出决算1.10万元", "公务接待费支出决算2.60万元")) == []


def test_a104_a_budget_total_is_not_compared_with_spent_parts():
    """The 总体情况 states only the budget by name (决算 follows without it): the parts are spending."""
    text = SPLIT_SANGONG.replace("2023年“三公”经费财政拨款支出决算为5.20万元，完成预算86.67%",
                                 "2023年“三公”经费财政拨款支出预算为6.00万元，决算为3.70万元")
    assert _lint(text) == []


def test_a104_parts_in_the_totals_own_run_are_left_to_the_breakdown():
    """Whole and parts in one run (one paragraph with 其中): the 其中 reading reports it, once."""
    text = SPLIT_SANGONG.replace("(二)“三公”经费财政拨款支出决算具体情况说明\n", "")
    found = _lint(text)
    assert all("本节另处" not in d.message("zh") for d in found)


# A 部门整体支出绩效自评报告 that states its 一般公共预算财政拨款支出 under the section heading and each
# part, named in full, under a sub-heading of its own: the whole written as the 基本支出 alone.
SPLIT_GENERAL = """示范县档案馆2024年度部门整体支出绩效自评报告
二、一般公共预算支出情况
2024年一般公共预算财政拨款收入{whole}万元，一般公共预算财政拨款支出{whole}万元。
1.基本支出情况
2024年一般公共预算财政拨款基本支出86.40万元，其中：工资福利支出70.10万元、商品和服务支出16.30万元。
2.项目支出情况
2024年一般公共预算财政拨款项目支出12.00万元，主要用于档案数字化加工。
三、绩效目标完成情况
全年完成档案数字化加工3.2万页。
"""


def test_a104_general_budget_spending_split_into_basic_and_project_across_sub_headings():
    (d,) = _lint(SPLIT_GENERAL.format(whole="86.40"))
    assert d.severity is Severity.warning and d.location.line == 5
    assert d.message("zh") == ("所列“一般公共预算财政拨款支出”分项之和 86.40 + 12.00 = 98.40，与本节第 3 行的总数 "
                               "86.40万元 不符：相差 12.00")
    assert _lint(SPLIT_GENERAL.format(whole="98.40")) == []


def test_a104_income_total_with_non_appropriation_balance_used():
    """The 决算 template's own line 使用非财政拨款结余 names an account, not a stage of spending
    (已拨付 / 已使用): the 收入总计 sentence that lists it is still a breakdown."""
    wrong = ("本单位2023年度收入总计 906.50 万元，其中：本年收入合计 862.30 万元，"
             "使用非财政拨款结余 2.00 万元，年初结转和结余 32.20 万元。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "862.30 + 2.00 + 32.20 = 896.50" in d.message()
    right = wrong.replace("906.50", "896.50")
    assert run_prose(ProseBreakdownMismatch, right) == []


def test_a104_stages_of_spending_are_still_no_breakdown():
    """使用 as the verb of a stage (已下达 a，已使用 b) keeps the list unread."""
    text = "项目资金 120.00 万元，其中：已下达 80.00 万元，已使用 60.00 万元。"
    assert run_prose(ProseBreakdownMismatch, text) == []


SUBJECT_WHOLE = "本年基本支出 486.40 万元。"
SUBJECT_LIST = "基本支出主要用于保障机构日常运转和在职人员待遇，其中人员经费 {a} 万元、{b_name} {b} 万元。"


def test_a104_sentence_subject_names_the_whole_of_the_paragraph_before():
    """``基本支出 T。`` then ``基本支出主要用于…，其中人员经费 a、公用经费 b``: the 其中 details
    the sentence's subject, whose figure the paragraph before states; the template's full split
    of it must add up, short or over."""
    over = SUBJECT_LIST.format(a="372.80", b_name="公用经费", b="123.60")
    (d,) = run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, over)
    assert d.severity is Severity.warning and "372.80 + 123.60 = 496.40 ≠ 486.40" in d.message()
    assert "总数见第 5 行" in d.message()
    short = SUBJECT_LIST.format(a="372.80", b_name="公用经费", b="103.60")
    (d,) = run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, short)
    assert "少 10.00" in d.message()
    right = SUBJECT_LIST.format(a="372.80", b_name="公用经费", b="113.60")
    assert run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, right) == []


def test_a104_sentence_subject_list_of_some_uses_may_fall_short():
    """A 其中 after a sentence of uses that names other parts than the template's split picks
    some out: it may fall short of the whole, never exceed it."""
    some = SUBJECT_LIST.format(a="372.80", b_name="办公费", b="20.00")
    assert run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, some) == []
    (d,) = run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, SUBJECT_LIST.format(a="372.80", b_name="办公费", b="123.60"))
    assert "超过总数" in d.message()


def test_a104_sentence_subject_is_looked_up_only_just_before():
    """The whole is read from the paragraph right before, and only under the subject's own name
    (a 财政拨款基本支出 is not the 基本支出 of every fund)."""
    over = SUBJECT_LIST.format(a="372.80", b_name="公用经费", b="123.60")
    assert run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, "本年项目支出 210.00 万元。", over) == []
    assert run_prose(ProseBreakdownMismatch, SUBJECT_WHOLE, "财政拨款" + over) == []


def test_a104_two_last_digits_off_is_no_rounding():
    """``8.4 万元，其中 2.1、3.2、3.3``: the parts add up to 8.6. Rounded right (四舍五入), three
    parts and the total of one decimal can drift apart by less than 4 × 0.05 = 0.2, so a gap of
    0.2 is a wrong figure, not a 尾数差异; a gap of one last digit (8.5) stays one."""
    wrong = "公用经费8.4万元，其中：办公费2.1万元、印刷费3.2万元、水电费3.3万元。"
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.error
    assert "2.1 + 3.2 + 3.3 = 8.6 ≠ 8.4" in d.message()
    (r,) = run_prose(ProseBreakdownMismatch, wrong.replace("8.4万元", "8.5万元"))
    assert r.severity is Severity.rounding
    assert run_prose(ProseBreakdownMismatch, wrong.replace("8.4万元", "8.6万元")) == []


def test_a104_bracketed_list_that_runs_into_the_texts_cut_may_fall_short():
    """Modelled on a rural school's 专项资金 report cut mid-list: ``维修44万元（其中：a；b；c；承``
    — the semicolons inside the bracket part its items, not sentences, and the bracket never
    closes: the items after the cut are not in the text. Closed, the same list is summed."""
    text = ("二、专项资金使用情况 学校2023年项目支出60万元，其中：设备购置16万元、大型修缮44万元"
            "（其中：教学楼屋面维修18万元；运动场围网12万元；学生宿舍门窗2.5万元；明德")
    assert run_prose(ProseBreakdownMismatch, text) == []
    (d,) = run_prose(ProseBreakdownMismatch, text[:-2] + "）。\n")
    assert d.severity is Severity.warning and "18 + 12 + 2.5 = 32.5" in d.message()
    # the cut text followed by more lines is no cut
    assert len(run_prose(ProseBreakdownMismatch, text, "三、绩效目标完成情况")) == 1


def test_a104_whole_restated_after_its_parts_ends_the_list():
    """``本年收入 T，其中 a、b、c，收入总计 U``: a figure named as a whole of the list's own quantity
    (收入总计 adds the carry-over to 本年收入) closes the list, it is no part of T."""
    text = ("本校年初结转和结余 40.00 万元，本年收入 600.00 万元，其中财政拨款收入 450.00 万元，事业收入 120.00 万元，"
            "其他收入 30.00 万元，收入总计 640.00 万元；本年支出 590.00 万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []
    # the parts themselves still have to make up the total
    (d,) = run_prose(ProseBreakdownMismatch, text.replace("其他收入 30.00", "其他收入 35.00"))
    assert "450.00 + 120.00 + 35.00 = 605.00" in d.message()
    # a part named with a total word of another quantity is still a part
    own = "基本支出 300.00 万元，其中人员经费合计 200.00 万元，公用经费合计 90.00 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, own)
    assert "200.00 + 90.00 = 290.00" in d.message()


def test_a104_quota_beside_actual_staff_is_no_breakdown():
    """``共有职工 N 人，其中：编制人数 a 人，实有人数 b 人，退休 c 人``: the posts a unit is allowed
    (编制) and the people it has (实有) are two measures of one staff, not two of its groups."""
    text = "本站共有职工50人，其中：在职职工编制人数38人，实有人数36人，退休职工14人。"
    assert run_prose(ProseBreakdownMismatch, text) == []
    # groups of people that exceed the total are still reported
    (d,) = run_prose(ProseBreakdownMismatch, "本站共有职工50人，其中：在职职工38人，退休职工14人。")
    assert "38 + 14 = 52" in d.message()


def test_a104_a_count_whose_parts_follow_fenbie():
    """``共抽检 96 批次，分别为…`` (modelled on a market-regulation bureau's report): 分别为 goes through
    each part of the count, so parts short of it are a warning. A count's 其中 may name only some
    groups and stays quiet when short."""
    text = "全年共抽检食品{total}批次，{marker}粮油制品12批次、肉制品30批次、乳制品14批次。"
    (d,) = run_prose(ProseBreakdownMismatch, text.format(total="96", marker="分别为"))
    assert d.severity is Severity.warning and "12 + 30 + 14 = 56" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.format(total="56", marker="分别为")) == []
    assert run_prose(ProseBreakdownMismatch, text.format(total="96", marker="其中")) == []


def test_a104_parts_with_their_shares_between_commas():
    """``其中 a 万元，占总支出的 x%，b 万元，占总支出的 y%``: each part's share sits in a comma
    piece of its own; the list goes on after it (a layout of many 决算说明)."""
    wrong = ("2022年本单位支出合计 840.50 万元，其中基本支出 600.20 万元，占总支出的 71.41%，"
             "项目支出 250.30 万元，占总支出的 28.59%。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "600.20 + 250.30 = 850.50 ≠ 840.50" in d.message()
    right = wrong.replace("250.30", "240.30")
    assert run_prose(ProseBreakdownMismatch, right) == []


def test_a104_list_after_a_sentence_that_ends_on_its_reason():
    """``支出合计 T，较上年减少 X，下降 Y%，主要原因是……。其中：a；b``: the 决算说明's template
    gives the reason before the 其中 list; the list is still the amount's."""
    wrong = ("3.支出情况。2022年度支出合计 520.40万元，较上年减少 30.10万元，下降 5.5%，"
             "主要原因是人员调出。其中：基本支出 310.20万元，占59.6%；项目支出 220.20万元，占42.3%。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "310.20 + 220.20 = 530.40 ≠ 520.40" in d.message()
    right = wrong.replace("220.20万元，占42.3%", "210.20万元，占40.4%")
    assert run_prose(ProseBreakdownMismatch, right) == []
    change = ("2022年度支出合计 520.40万元，较上年增加 30.10万元，增长 6.1%，主要原因是新增项目。"
              "其中：甲项目 20.10万元，乙项目 10.00万元。")
    assert run_prose(ProseBreakdownMismatch, change) == []


def test_a104_parts_named_by_a_verb_and_its_object():
    """``支出 T（其中支付办案补贴 a、工作经费支出 b）`` (modelled on a district legal-aid centre's
    summary): a part named by what was paid (支付办案补贴) is a part of the total; only a bare
    stage (已支付, 已拨付资金) is a stage of one sum."""
    text = "2022年度中心业务经费为217.78万元，支出{t}万元（其中支付法律援助办案补贴151.59万元、工作经费支出64.1万元）。"
    assert run_prose(ProseBreakdownMismatch, text.format(t="215.69")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="251.69"))
    assert "151.59 + 64.1 = 215.69" in d.message()
    stages = "项目资金 120.00 万元，其中：已拨付资金 80.00 万元，已支付 60.00 万元。"
    assert run_prose(ProseBreakdownMismatch, stages) == []
    sources = "项目资金 120.00 万元，其中：使用中央资金 30.00 万元，使用省级资金 20.00 万元。"
    assert run_prose(ProseBreakdownMismatch, sources) == []
    # ``其中：补助资金 T，已支出 a`` (modelled on a provincial transport grant's summary): 已支出 is
    # the spending stage of the one fund, not a second part
    spent = "收到省级专项支出 300 万元，其中：乡村道路养护补助资金 300 万元，已支出 215.40 万元，支出率 71.8%。"
    assert run_prose(ProseBreakdownMismatch, spent) == []
    # what was spent on, named after 已支出, is a part again
    named = "项目资金 120.00 万元，其中：已支出人员经费 80.00 万元，已支出设备购置费 60.00 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, named)
    assert "80.00 + 60.00" in d.message()


def test_a104_paragraph_list_after_a_total_closing_its_sentence():
    """``…基本支出 T 万元。其中：`` then one paragraph per part (modelled on a city committee's
    review): 其中 opening a sentence of its own after the total is the total's list too."""
    text = ("2024年度一般公共财政拨款基本支出1076.17万元。其中：\n\n人员经费{a}万元，主要包括基本工资、津贴补贴。\n\n"
            "公用经费179.83万元，主要包括办公费、印刷费。\n\n二、项目支出情况\n\n无。")
    assert run_prose(ProseBreakdownMismatch, text.format(a="896.34")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(a="986.34"))
    assert "986.34 + 179.83" in d.message()


def test_a104_total_followed_by_its_purpose_before_the_list():
    """``安排补助资金 T 万元支持住房保障，其中：安排 a 万元支持…；安排 b 万元支持…`` (modelled on a
    provincial housing review): the purpose between the total and 其中 leaves the list the total's."""
    text = ("2024年安排自治区财政补助资金{t}万元支持住房保障，其中：安排5440万元支持配售型保障性住房项目；"
            "安排252万元支持新筹集公租房；安排27285.3万元支持筹集保障性租赁住房。")
    assert run_prose(ProseBreakdownMismatch, text.format(t="32977.3")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="33977.3"))
    assert "5440 + 252 + 27285.3 = 32977.3" in d.message()
    # a figure inside the words between (用于 3 个村) leaves the list unread
    counted = "安排资金 50 万元用于3个村，其中：甲村 20 万元、乙村 20 万元。"
    assert run_prose(ProseBreakdownMismatch, counted) == []


def test_a104_total_in_a_larger_unit_is_the_sum_rounded():
    """``3.30 亿元，其中 5440 万元；252 万元；27285.3 万元``: 32977.3 万元 is 3.30 亿元 to the total's
    digits — no difference at all, not even a last-digit one."""
    text = "2024年安排财政补助资金{t}亿元，其中：配售型住房5440万元；公租房252万元；保障性租赁住房27285.3万元。"
    assert run_prose(ProseBreakdownMismatch, text.format(t="3.30")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="3.31"))
    assert "3.31" in d.message()


def test_a104_total_with_fewer_decimals_is_the_sum_rounded():
    """``468.738 万元。其中：250.7219 万元；218.016 万元``: 468.7379 shown to three decimals is 468.738."""
    text = "2021年度单位支出为{t}万元，其中：基本支出250.7219万元；项目支出218.016万元。"
    assert run_prose(ProseBreakdownMismatch, text.format(t="468.738")) == []
    assert run_prose(ProseBreakdownMismatch, text.format(t="468.739")) != []


def test_a104_list_broken_by_a_full_stop_goes_on_in_the_next_sentence():
    """A county's 三公 passage lists its parts with ``；`` and a count between them, then puts a
    full stop before the last part (``…共接待 860 人次。公务用车…为 64 万元``): when the next
    sentence opens with a figure that is exactly the shortfall, the list went on there."""
    text = ("2022年，县本级“三公”经费支出决算为 90 万元，较上年减少 5 万元。其中：因公出国（境）费为 0 万元，"
            "较上年无增减；公务接待费为 26 万元，较上年减少 3 万元，全年接待 75 批次、共计 860 人次。"
            "公务用车购置及运行维护费为 64 万元，较上年减少 2 万元。")
    assert run_prose(ProseBreakdownMismatch, text) == []
    # the twin: the next sentence's figure does not make up the shortfall, the list is short
    short = text.replace("公务用车购置及运行维护费为 64 万元", "公务用车购置及运行维护费为 61 万元")
    (d,) = run_prose(ProseBreakdownMismatch, short)
    assert d.severity is Severity.warning


def test_a104_points_counted_off_over_sentences():
    """``T，具体是：一是 a。二是 b。``: the points after the marker are the parts, each in a
    sentence of its own; a reading of the points, so a warning."""
    wrong = ("图书馆运行经费支出 86.40 万元，具体是：一是购置图书资料 32.10 万元。二是维护借阅系统 21.30 万元。"
             "三是开展阅读推广活动 28.00 万元。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.warning
    assert "32.10 + 21.30 + 28.00 = 81.40，比总数 86.40 少 5.00" in d.message()
    right = wrong.replace("28.00", "33.00")
    assert run_prose(ProseBreakdownMismatch, right) == []
    over = wrong.replace("28.00", "43.00")
    (d,) = run_prose(ProseBreakdownMismatch, over)
    assert d.severity is Severity.warning  # (an excess too: the list's end is read from its points)


def test_a104_points_in_one_sentence_after_juti_shi():
    wrong = "维修改造资金 45.00 万元，具体是：（1）屋面防水 18.00 万元；（2）外墙粉刷 22.00 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "18.00 + 22.00 = 40.00" in d.message()
    assert run_prose(ProseBreakdownMismatch, wrong.replace("22.00", "27.00")) == []


def test_a104_points_over_sentences_read_whole_or_not_at_all():
    """A point with no figure, a point that goes on in the next sentence, a part in another
    unit or a count out of order: the list is not read (never cut short at a stop)."""
    base = "宣传经费 60.00 万元，其中：一是印制宣传册 20.00 万元。二是制作展板 25.00 万元。"
    assert run_prose(ProseBreakdownMismatch, base + "三是开展现场宣传。") == []
    assert run_prose(ProseBreakdownMismatch, base + "四是开展现场宣传 5.00 万元。") == []
    assert run_prose(ProseBreakdownMismatch, base.replace("25.00 万元", "2500 元")) == []
    # the points go on after a comma and then a stop: read whole, or nothing
    text = "宣传经费 60.00 万元，其中：一是印制宣传册 20.00 万元，二是制作展板 25.00 万元。三是布展 5.00 万元。"
    assert run_prose(ProseBreakdownMismatch, text) == []


def test_a104_zhuyao_shi_is_a_list_only_with_its_colon_and_a_selection():
    short = "培训经费 50.00 万元，主要是：一是师资费 20.00 万元。二是场地费 10.00 万元。"
    assert run_prose(ProseBreakdownMismatch, short) == []  # a selection may fall short
    over = "培训经费 50.00 万元，主要是：一是师资费 30.00 万元。二是场地费 30.00 万元。"
    (d,) = run_prose(ProseBreakdownMismatch, over)
    assert "超过总数" in d.message()
    reason = "培训经费 50.00 万元，主要是师资费 30.00 万元、场地费 30.00 万元增加所致。"
    assert run_prose(ProseBreakdownMismatch, reason) == []


def test_a104_bare_integer_read_at_its_siblings_precision_is_a_warning():
    """``其中 30；30；29.99`` against 89.97: read as 30.00 the parts exceed the total by 0.02, but
    a writer may have rounded 29.99 to 30: worth a look, not certainly wrong (an error only when
    the figures as written cannot add up)."""
    text = "培训经费支出89.97万元，其中：师资费30万元；场地租赁费30万元；资料印制费29.99万元。"
    (d,) = run_prose(ProseBreakdownMismatch, text)
    assert d.severity is Severity.warning
    assert "30 + 30 + 29.99 = 89.99 ≠ 89.97" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.replace("89.97", "89.99")) == []
    far = text.replace("89.97", "88.97")  # beyond any rounding of the bare 30s: certainly wrong
    (d,) = run_prose(ProseBreakdownMismatch, far)
    assert d.severity is Severity.error


def test_a104_template_split_that_runs_to_the_texts_end_is_still_summed():
    """``公务用车购置及运行维护费支出 T 万元。其中：`` with 购置 and 运行维护 one paragraph each,
    the last ending the text: the two are the template's whole split of the account (名称 written
    without 费: 公务用车运行维护支出), so no part can lie beyond the cut and the shortfall stands."""
    head = "2.公务用车购置及运行维护费支出 5.10 万元。其中："
    items = ["公务用车购置支出 0 万元，购置车辆 0 辆。",
             "公务用车运行维护支出 {run} 万元，公务用车保有量为 3 辆。主要用于下乡检查所需车辆燃料费、维"]
    (d,) = run_prose(ProseBreakdownMismatch, head, items[0], items[1].format(run="0"))
    assert d.severity is Severity.warning and "0 + 0" in d.message()
    assert run_prose(ProseBreakdownMismatch, head, items[0], items[1].format(run="5.10")) == []
    # a list of other names that ends the text may still go on past the cut
    other = ["差旅费支出 0 万元。", "会议费支出 0 万元，主要用于下乡检查所需车辆燃料费、维"]
    assert run_prose(ProseBreakdownMismatch, "3.一般商品和服务支出 5.10 万元。其中：", *other) == []


def test_a104_list_after_a_reason_that_names_money_of_its_own():
    """``收入合计 T，较上年减少 X，下降 Y%，主要原因是上年有一次性经费 Z 万元。其中：财政拨款收入 a，
    事业收入 b``: the reason's own figure does not stop the list being the 收入合计's split when
    every part is a kind of 收入; a list of other things may detail the reason, and is not read."""
    head = "2.收入情况。2023年度收入合计250.40万元，较上年决算数减少20.10万元，下降7.4%，主要原因是2022年有一次性设备购置经费18.20万元。"
    (d,) = run_prose(ProseBreakdownMismatch, head + "其中：财政拨款收入150.30万元，占60.0%；事业收入100.05万元，占40.0%。")
    assert "150.30 + 100.05 = 250.35" in d.message()
    assert run_prose(ProseBreakdownMismatch, head + "其中：财政拨款收入150.30万元，占60.0%；事业收入100.10万元，占40.0%。") == []
    assert run_prose(ProseBreakdownMismatch, head + "其中：电脑购置10.20万元，打印机购置8.00万元。") == []


def test_a104_list_that_details_the_reasons_money_is_not_read_against_the_whole():
    head = "2.收入情况。2023年度收入合计250.40万元，较上年决算数增加60.00万元，增长31.5%，主要原因是本年新增上级补助收入50.00万元。"
    assert run_prose(ProseBreakdownMismatch, head + "其中：省级补助收入30.00万元，市级补助收入20.00万元。") == []


def test_a104_item_glued_to_the_one_before_does_not_start_the_list():
    """``…丁设备23.5万元戊设备20万元、…，共计 T``: a separator left out between two items does not
    make the second one the list's first: the items before it are still the total's parts."""
    right = ("项目资金用于购置设备：甲设备35万元、乙设备34万元、丙设备18万元、丁设备23.5万元"
             "戊设备20万元、己设备8万元、庚设备110万元，共计248.5万元。")
    assert run_prose(ProseBreakdownMismatch, right) == []
    wrong = right.replace("共计248.5万元", "共计250.5万元")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "= 248.5 ≠ 250.5" in d.message()



def test_a104_posts_are_not_split_into_retired_staff():
    """``核定编制 42 人，其中在编在岗 38 人，退休人员 19 人``: retired staff hold no post, so the
    count of posts (编制) is no whole of theirs; a head count (实有人数) that falls short still is."""
    for text in ("本园核定编制数为42人，其中在编在岗教职工38人，退休人员19人。",
                 "本园编制人数42人，其中在职人员38人，离休人员1人，退休人员19人。",
                 "学校编制42人，其中在职教职工38人，离退休人员19人。"):
        assert run_prose(ProseBreakdownMismatch, text) == [], text
    (d,) = run_prose(ProseBreakdownMismatch, "本园年末实有人数50人，其中在职人员38人，离休人员1人，退休人员19人。")
    assert "38 + 1 + 19 = 58" in d.message()


def test_a104_vehicles_by_body_type_more_than_the_unit_holds():
    """``共有公务用车 0 辆，其中：轿车 0 辆、越野车 0 辆、载客汽车 1 辆`` (modelled on a township culture
    station's 决算): a whole count is exact, so the zeros and the one are three parts of the list,
    not a part and its detail; together they exceed the total."""
    text = "截至2023年12月31日，单位共有公务用车{total}辆，其中：轿车{a}辆、越野车0辆、载客汽车{b}辆。"
    [d] = run_prose(ProseBreakdownMismatch, text.format(total=0, a=0, b=1))
    assert d.code == "A104" and "0 + 0 + 1 = 1" in d.message("zh") and "恰为总数" not in d.message("zh")
    [d] = run_prose(ProseBreakdownMismatch, text.format(total=2, a=1, b=2))
    assert "1 + 0 + 2 = 3" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, text.format(total=3, a=1, b=2)) == []
    assert run_prose(ProseBreakdownMismatch, text.format(total=1, a=0, b=1)) == []


def test_a104_body_made_of_people_has_more_members_listed():
    """``班子由 N 人组成，包括 …``: the members listed may not outnumber the body; members named two
    to a figure (``正副科长各 1 名``) count at least twice it."""
    wrong = "示范县水务局领导班子由6人组成，包括局长1名、副局长3名、总工程师1名、正副科长各1名。"
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.warning
    assert "= 7" in d.message() and "6" in d.message()
    assert run_prose(ProseBreakdownMismatch, wrong.replace("由6人", "由7人")) == []
    plain = "示范县水务局领导班子由7人组成，其中局长1人、副局长4人、纪检组长1人、办公室主任1人。"
    assert run_prose(ProseBreakdownMismatch, plain) == []
    assert len(run_prose(ProseBreakdownMismatch, plain.replace("由7人", "由6人"))) == 1
    members = plain.replace("由7人组成", "由6名成员组成")
    assert len(run_prose(ProseBreakdownMismatch, members)) == 1


def test_a104_body_made_of_people_split_by_overlapping_groups_is_not_added_up():
    """党员 and 女同志 cut across a body's members: their counts may add up to more than it."""
    text = "示范县水务局领导班子由6人组成，其中中共党员5名、女同志2名。"
    assert run_prose(ProseBreakdownMismatch, text) == []


def test_a104_actual_head_count_split_into_serving_and_retired():
    """``实有人数 N 人，其中在职人员 a 人，离休人员 b 人，退休人员 c 人``: the 决算 template's split of
    the people a unit has by status names every one of them (other staff, 其他人员, it counts on
    their own), so parts short of the count are a warning, even where a bracketed note after the
    last part names the retirees it leaves out, or the excerpt stops inside that note (held29 DEV
    021:35)."""
    line = "本单位2023年末实有人数{n}人，其中在职人员41人，离休人员2人，退休人员0人（不含由养老保险基金发放养老金的离退休人员）。"
    (d,) = run_prose(ProseBreakdownMismatch, line.format(n="64"))
    assert d.severity is Severity.warning and "41 + 2 + 0 = 43，比总数 64 少 21" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, line.format(n="43")) == []
    cut = "本单位2023年末实有人数64人，其中在职人员41人，离休人员2人，退休人员0人（不含由养老保"
    assert len(run_prose(ProseBreakdownMismatch, cut)) == 1
    # a status left out (离休), other groups, or a count not of the people the unit has: may be partial
    assert run_prose(ProseBreakdownMismatch, "本单位实有人数64人，其中在职人员41人，退休人员2人。") == []
    assert run_prose(ProseBreakdownMismatch, "本单位共有人员64人，其中在职人员41人，离休人员2人，退休人员0人。") == []
    assert run_prose(ProseBreakdownMismatch,
                     "本单位实有人数64人，其中在职人员41人，离休人员2人，退休人员0人；另有编外聘用人员21人。") == []


def test_a104_total_row_with_its_sources_one_a_line():
    """``年度资金总额：T`` on a line of its own, then ``其中：中央补助 a`` and one source a line
    (a county's 转移支付 review pasted from its form, figures in 万元 declared above): the
    sources are the total's parts. An excess is certainly wrong; a shortfall is a warning (a
    其中 may leave a source out) and says nothing where the lines run to the excerpt's end."""
    text = ("养老服务补助资金（万元）\n\n年度预算资金总额：{t}\n\n其中：中央补助 152.00\n\n省级资金 120.00\n\n"
            "县级资金（含上年结转） 18.40\n\n其中：\n\n二、资金下达情况\n\n已按时下达。")
    assert run_prose(ProseBreakdownMismatch, text.format(t="290.40")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="289.40"))
    assert d.severity is Severity.error
    assert "152.00 + 120.00 + 18.40 = 290.40" in d.message()
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="299.40"))
    assert d.severity is Severity.warning
    # with 万元 on every figure too
    money = "年度资金总额：88.00万元\n\n其中：财政拨款 60.00万元\n\n其他资金 30.00万元\n\n二、绩效目标\n\n无。"
    (d,) = run_prose(ProseBreakdownMismatch, money)
    assert "60.00 + 30.00" in d.message()
    # bare figures under a label that names no money (a head count) are not read this way
    heads = "在职人数：30\n\n其中：男 20\n\n女 12\n\n二、绩效目标\n\n无。"
    assert run_prose(ProseBreakdownMismatch, heads) == []
    # a row with several figures (a form's columns) is no line of this list
    cols = "年度资金总额：90\n\n其中：财政拨款 60 60 100%\n\n其他资金 40 40 100%\n\n二、绩效目标\n\n无。"
    assert run_prose(ProseBreakdownMismatch, cols) == []


def test_a104_total_alone_in_its_paragraph_then_its_sources_after_qizhong():
    """``年度预算资金总额 T 万元。`` alone in its paragraph, then a paragraph ``其中：a，b，c。`` naming
    one source and one figure an item: the items are the total's parts. A total paragraph with
    more than one figure leaves the 其中 unread (which figure it splits is not certain)."""
    text = ("项目年度预算资金总额{t}万元。\n\n其中：中央补助152.00万元，省级资金120.00万元，县级资金18.40万元。"
            "\n\n二、绩效目标\n\n按期完成。")
    assert run_prose(ProseBreakdownMismatch, text.format(t="290.40")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="289.40"))
    assert d.severity is Severity.error and "152.00 + 120.00 + 18.40 = 290.40" in d.message()
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="299.40"))
    assert d.severity is Severity.warning
    two = "本年收入合计300.00万元，支出合计290.40万元。\n\n其中：财政拨款收入280.00万元，其他收入20.00万元。"
    assert run_prose(ProseBreakdownMismatch, two) == []
    # an item that says more than its name and figure ends the reading
    said = "项目年度预算资金总额289.40万元。\n\n其中：中央补助152.00万元，主要用于设备购置；省级资金120.00万元，县级资金18.40万元。"
    assert run_prose(ProseBreakdownMismatch, said) == []
def test_a104_meeting_and_training_fees_listed_in_the_three_public_total():
    """“三公”经费 is 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费 only: a 三公 total whose
    其中 lists 会议费 or 培训费 counts them in (modelled on a district's 三公 roll-up); a total named
    with them (“三公”经费及会议费、培训费) is right."""
    wrong = ("全区2023年“三公”经费决算数合计为620.50万元,其中:因公出国(境)费0万元、公务用车购置费210.00万元、"
             "公务用车运行维护费300.00万元、公务接待费40.50万元、会议费30.00万元、培训费40.00万元。")
    found = [d for d in run_prose(ProseBreakdownMismatch, wrong) if d.key == "foreign_part"]
    assert [d.message("zh") for d in found] == [
        "“三公”经费的分项中列入了“会议费”“培训费”：“三公”经费只含因公出国（境）费、公务用车购置及运行维护费和公务接待费"]
    assert found[0].severity is Severity.warning
    right = wrong.replace("“三公”经费决算数合计", "“三公”经费及会议费、培训费决算数合计")
    assert [d for d in run_prose(ProseBreakdownMismatch, right) if d.key == "foreign_part"] == []


def test_a104_parts_left_at_zero_are_pointed_at():
    """``T 万元。其中：`` with every part left at 0: the zero parts are the figures to look at,
    so they are the finding's related lines (a non-zero part alone would be pointed at before)."""
    head = "2.公务用车购置及运行维护费支出 6.35 万元。其中："
    wrong = ["公务用车购置支出 0 万元，本年未购置车辆。", "公务用车运行维护支出 0 万元，主要用于下乡检查的燃料费。"]
    (d,) = run_prose(ProseBreakdownMismatch, head, *wrong)
    assert d.location.line == 5
    assert [r.location.line for r in d.related] == [7, 9]
    right = [wrong[0], wrong[1].replace(" 0 万元", " 6.35 万元")]
    assert run_prose(ProseBreakdownMismatch, head, *right) == []


def test_a104_spending_of_each_source_before_the_whole_spending():
    """``A支出 a，执行率 x%，B支出 b，执行率 y%，总支出 T``: the spending of each source stated in
    turn, the whole spending after them: a warning when the sources do not make it up (the
    sources may overlap or leave one out: a reading of parallel clauses, never certain)."""
    wrong = ("全年预算 3210.40 万元，其中上级补助资金 410.20 万元，本级财政资金 2800.20 万元。"
             "上级补助资金支出 285.60 万元，执行率 69.6%，本级财政资金支出 1950.30 万元，执行率 69.6%，"
             "总支出 2360.50 万元，执行率 73.5%。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert d.severity is Severity.warning
    assert "285.60 + 1950.30 = 2235.90" in d.message() and "2360.50" in d.message()
    right = wrong.replace("2360.50", "2235.90")
    assert run_prose(ProseBreakdownMismatch, right) == []
    # the sources parted by semicolons, the whole named 支出总额: the same reading
    semi = wrong.replace("执行率 69.6%，本级", "执行率 69.6%；本级").replace("总支出", "支出总额")
    (d,) = run_prose(ProseBreakdownMismatch, semi)
    assert "285.60 + 1950.30 = 2235.90" in d.message()
    # one source only before the whole, or figures of another kind between: no list of sources
    one = "本级财政资金支出 1950.30 万元，执行率 69.6%，总支出 2360.50 万元。"
    assert run_prose(ProseBreakdownMismatch, one) == []
    other = ("项目资金到位 3000.00 万元，上级补助资金支出 285.60 万元，本级财政资金支出 1950.30 万元，"
             "总支出 2360.50 万元。")
    assert run_prose(ProseBreakdownMismatch, other) == []


def test_a104_head_count_split_by_kind_of_unit():
    """``在职人数 N 人，其中行政编制 a 人、工勤 b 人，事业单位 c 人`` (modelled on a forestry bureau's
    staff line, figures rewritten): the staff of the 行政 and the 事业 units are groups that do not
    overlap, so parts above the head count are a slip (a warning)."""
    text = "本局年末实际在职人数36人。其中行政编制12人，工勤3人，事业单位{c}人。"
    (d,) = run_prose(ProseBreakdownMismatch, text.format(c="47"))
    assert d.severity is Severity.warning and "12 + 3 + 47 = 62" in d.message()
    assert run_prose(ProseBreakdownMismatch, text.format(c="21")) == []
    by_unit = "全系统在职人员60人，其中行政单位人员{a}人、事业单位人员40人。"
    assert len(run_prose(ProseBreakdownMismatch, by_unit.format(a="25"))) == 1
    assert run_prose(ProseBreakdownMismatch, by_unit.format(a="20")) == []
    # a part that is no kind of staff (局机关) still leaves the list unread
    assert run_prose(ProseBreakdownMismatch, "全系统在职人员60人，其中局机关25人、事业单位40人。") == []


def test_a104_a_list_after_a_share_of_the_budget_breaks_down_the_actual():
    # ``收入 A，占年初预算 B 的 W%，同比下降 Y%，其中 a、b、c``: B is the rate's denominator, the
    # list details the revenue A (412 + 57 + 38 = 507), not the budget
    right = ("全县完成政府性基金收入 507 万元，占年初预算 1320 万元的 38.4%，同比下降 9.2%，"
             "其中土地出让收入 412 万元，配套费收入 57 万元，污水处理费收入 38 万元。")
    assert run_prose(ProseBreakdownMismatch, right) == []
    assert run_prose(ProseBreakdownMismatch, right.replace("占年初预算", "完成年初预算")) == []
    (d,) = run_prose(ProseBreakdownMismatch, right.replace("412 万元", "312 万元"))
    assert "507" in d.message()


def test_a104_equipment_count_whose_parts_exceed_it():
    """``共 N 套(台、块、项)，其中：…套；…台(套)`` (modelled on a city's video-network project): the
    count's other measures in brackets stand between it and 其中, and a part counted in 台 counts
    towards the 套 (台套: one count of equipment). The parts exceeding the total is a warning;
    parts within it, or a count with no word of a total (建设站点 N 个), stay quiet."""
    text = ("一、项目概况\n本项目共建设和安装软硬件设备共1200套(台、块、项),其中:总平台安装设备100套(台、块、项);"
            "分平台安装设备300套(台、块、项);前端补点安装设备810台(套)。\n")
    [d] = run_prose(ProseBreakdownMismatch, text)
    assert d.code == "A104" and d.severity is Severity.warning and "1210" in d.message("zh")
    assert run_prose(ProseBreakdownMismatch, text.replace("810台", "800台")) == []
    assert run_prose(ProseBreakdownMismatch, text.replace("设备共1200套", "设备1200套")) == []


def test_a104_list_that_switches_from_commas_to_enumeration_commas():
    """``其中：a，b、c`` (modelled on a project's funding by level of government): the author opened
    the list with ，and went on with 、; each 、 piece holds one figure named like the first item."""
    wrong = "项目总投资500万元，其中：中央、省级资金300万元，市级资金120万元、县级资金90万元。"
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "300 + 120 + 90 = 510 ≠ 500" in d.message()
    assert run_prose(ProseBreakdownMismatch, wrong.replace("县级资金90", "县级资金80")) == []
    # a second figure of another measure after 、 is no part: the chunk stays unread
    measures = "项目总投资500万元，其中：中央资金300万元，市级资金120万元、实际到位90万元。"
    assert run_prose(ProseBreakdownMismatch, measures) == []


def test_a104_total_followed_by_its_rates_before_the_list():
    """``T，增长 3%，占预算(调整数,下同)的 100%，其中 a，占预算的 x%，b``: only rates of T stand
    between it and 其中 (a growth written without 比), so the list details T."""
    wrong = ("全年一般公共预算收入完成80000万元，增长3%，占预算(预算调整数,下同)的100%，其中税收收入"
             "50000万元，占预算的101.6%，非税收入31000万元，占预算的96.3%。")
    (d,) = run_prose(ProseBreakdownMismatch, wrong)
    assert "50000 + 31000 = 81000 ≠ 80000" in d.message()
    assert run_prose(ProseBreakdownMismatch, wrong.replace("31000万元", "30000万元")) == []


def test_a104_the_same_parts_listed_year_by_year():
    """``共计 T，其中2021年省级资金 a、中央资金 b，2022年省级资金 c、中央资金 d`` (modelled on a
    province's two-year farmland funds): each year's group names the same parts, so the four
    figures make up T; read as a warning (the groups are read on past the first)."""
    text = ("两年中央及省级资金共计{t}万元，其中2021年省级资金200000万元、中央资金250000万元，"
            "2022年省级资金150000万元、中央资金310000万元。")
    assert run_prose(ProseBreakdownMismatch, text.format(t="910000")) == []
    (d,) = run_prose(ProseBreakdownMismatch, text.format(t="900000"))
    assert d.severity is Severity.warning
    assert "200000 + 250000 + 150000 + 310000 = 910000" in d.message()
    # a later group naming other parts, or words after the groups, leave the list unread as before
    other = text.format(t="900000").replace("2022年省级资金150000万元、中央资金", "2022年省级资金150000万元、到位资金")
    assert all("150000" not in d.message() for d in run_prose(ProseBreakdownMismatch, other))
    trailing = text.format(t="900000").replace("。", "，资金到位较慢。")
    assert run_prose(ProseBreakdownMismatch, trailing) == []


def test_a_part_followed_by_what_was_spent_of_it_by_a_date_is_no_second_part():
    """``该项目资金 300 万元，其中中央资金 200 万元，截至年底中央资金支出 150 万元`` (fp38's probe: read as
    two parts, 200 + 150 ≠ 300, a false error): a figure dated 截至… is where a sum stood at that
    date (a stage of it), never another part of the total."""
    text = "该项目资金300万元，其中中央资金200万元，截至年底中央资金支出150万元，执行率75%。"
    assert run_prose(ProseBreakdownMismatch, text) == []
    assert run_prose(ProseBreakdownMismatch, text.replace("截至", "截止")) == []
