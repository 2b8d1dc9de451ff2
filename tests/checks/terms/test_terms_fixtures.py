"""The terms family on whole drafts we wrote: every rule quiet on correct text and on words that
look like slips but are not."""

from __future__ import annotations

from pathlib import Path

import pytest
from perflint.checks.terms import CHECKS, MismatchedQuote, MisspeltTerm, UnbalancedBracket

from perflint.read.text import parse_text
from perflint.testing import lint_text

from .._harness import fixture, line_of, run, run_all
from ._drafts import GOOD
from ._slips import SLIPS


def test_all_checks_are_quiet_on_a_correct_draft():
    for cls in CHECKS:
        assert run(cls, GOOD) == [], cls.code


def test_similar_legitimate_words_stay_quiet():
    text = """某单位2023年度部门决算说明

一、收入支出决算总体情况
本年收入合计 500 万元，本年支出合计 480 万元。财政拨款收、支总计均为 450 万元。
各项支出均按规定执行，项目节余资金已收回，医疗废物处置费另行列支。
业绩目标和绩效标准已明确，成效明显；专项资助项目 3 个，政府采取多项措施。
"""
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code


def test_usual_variants_of_economic_items_stay_quiet():
    """人员经费 lists name the pension item 机关事业单位基本养老保险费 as often as …缴费, and the
    financial-aid totals are written 财政拨款收、支 (收入 and 支出 shortened before 、)."""
    text = """某单位2024年度部门预算说明

一、一般公共预算基本支出情况
人员经费 80.00 万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险费、住房公积金。
二、财政拨款收入支出总体情况
一般公共预算财政拨款收入 50.00 万元，政府性基金预算财政拨款收入 10.00 万元，财政拨款收入总计 60.00 万元。
财政拨款收、支决算总计变动情况见下图。
"""
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code


# The names every sector's 决算 writes: the 支出功能分类 类/款/项, the 支出经济分类 items, the
# 决算说明 sections and the 部门整体 共性指标 (perflint/data/terms.yaml), on an education
# bureau's school draft we wrote; and the legitimate neighbours of those names kept quiet.
EDU_BAD = fixture("terms", "education_final_accounts_misspelt.txt")
EDU_GOOD = fixture("terms", "education_final_accounts_good.txt")


def test_misspelt_classification_names_are_reported():
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, EDU_BAD))
    assert found == sorted([
        (line_of(EDU_BAD, "普同教育"), "“普同教育”疑为“普通教育”之误"),
        (line_of(EDU_BAD, "学前交育"), "“学前交育”疑为“学前教育”之误"),
        (line_of(EDU_BAD, "中等职业育"), "“中等职业育”疑为“中等职业教育”之误"),
        (line_of(EDU_BAD, "教育管里事务"), "“教育管里事务”疑为“教育管理事务”之误"),
        (line_of(EDU_BAD, "节能环宝支出"), "“节能环宝支出”疑为“节能环保支出”之误"),
        (line_of(EDU_BAD, "成乡社区支出"), "“成乡社区支出”疑为“城乡社区支出”之误"),
        (line_of(EDU_BAD, "政府采构支出情况"), "“政府采构支出情况”疑为“政府采购支出情况”之误"),
        (line_of(EDU_BAD, "在职人员控治率"), "“在职人员控治率”疑为“在职人员控制率”之误"),
    ])


def test_the_same_draft_spelt_right_is_quiet():
    for cls in CHECKS:
        assert run(cls, EDU_GOOD) == [], cls.code


def test_legitimate_neighbours_of_the_names_stay_quiet():
    """A township health centre (某某乡卫生院, not 乡镇卫生院 less 镇), the 事业收入 definition's
    专业业务活动 (not 专项业务), 森林和草原 (not 林业和草原 less 业), an indicator written without
    性, retired staff of 行政单位 (not 行政单位离退休 less 离), 社会学科 (not 社会科学 swapped)."""
    text = """某县卫生健康局2024年度部门决算说明
一、部门概况：下属单位包括高桥乡卫生院、东关镇卫生院。
二、名词解释：事业收入指事业单位开展专业业务活动及其辅助活动取得的收入。
三、组织编制森林和草原火灾防治规划。
四、基础信息完善 100% 100%。
五、行政单位退休人员 12 人，事业单位退休人员 30 人。
六、开展社会学科普及讲座 3 次。
"""
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code


def test_every_class_name_written_in_a_table_row_is_quiet():
    """The names one after another as a flattened 决算 table and a prose list write them: no name
    is taken for a slip of its neighbour (two real 款 names one character apart stay quiet)."""
    rows = [
        "教育支出(类)普通教育(款)小学教育(项)", "教育支出(类)普通教育(款)初中教育(项)",
        "教育支出(类)普通教育(款)高中教育(项)", "教育支出(类)职业教育(款)初等职业教育(项)",
        "农林水支出(类)农业农村(款)农业生产发展(项)", "农林水支出(类)林业和草原(款)森林资源管理(项)",
        "农林水支出(类)水利(款)水利工程建设(项)", "社会保障和就业支出(类)行政事业单位养老支出(款)行政单位离退休(项)",
        "社会保障和就业支出(类)行政事业单位养老支出(款)事业单位离退休(项)",
        "卫生健康支出(类)基层医疗卫生机构(款)乡镇卫生院(项)", "卫生健康支出(类)公共卫生(款)基本公共卫生服务(项)",
        "灾害防治及应急管理支出(类)应急管理事务(款)安全监管(项)", "自然资源海洋气象等支出(类)气象事务(款)气象服务(项)",
    ]
    text = "2024年度一般公共预算财政拨款支出决算表\n" + "\n".join(f"{r} 10.00" for r in rows) + "\n"
    text += "支出按功能分类包括：" + "、".join(r.split("(类)")[0] for r in rows) + "。\n"
    for cls in CHECKS:
        assert run(cls, text) == [], cls.code


def test_a_school_level_before_its_staff_is_no_class_name_cut_short():
    """A school's 预算说明 says what its 初中教育 money pays: ``初中教职工工资`` is 初中 + 教职工,
    not 初中教育 with 育 dropped; the class name with a character dropped still is."""
    from perflint.checks.terms import MisspeltTerm

    text = ("2023年本年一般公共预算拨款支出 7,034,418.94 元。\n"
            "初中教育支出 2,065,405.42 元，主要用于初中教职工工资福利支出。\n"
            "高中教育支出 3,717,632.50 元，主要用于高中教职员工工资福利支出。\n")
    assert run(MisspeltTerm, text) == []
    [d] = run(MisspeltTerm, text.replace("高中教育支出", "高中教支出"))
    assert d.location.line == 3


def test_the_known_words_are_words():
    """``words:`` is one block of text: a comment line written inside it would be read as words
    (``#``, English, a bracket glued to a name), each protecting whatever text it matches."""
    from perflint.data import load

    words = load("terms")["words"].split()
    assert [w for w in words if "#" in w or not any("\u4e00" <= ch <= "\u9fff" for ch in w)] == []


# An 应急管理局's 整体支出 self-evaluation we wrote (modelled on the 职能职责 lists of the
# published ones): 衔接 typed 街接, 防灾减灾 typed 防灾减灭, 进一步 with 行 slipped in.
EMERGENCY_BAD = fixture("terms", "emergency_overall_misspelt.txt")
EMERGENCY_GOOD = fixture("terms", "emergency_overall_good.txt")


def test_emergency_bureau_typos_are_reported():
    from perflint.checks.terms import CommonTypo

    found = sorted((d.location.line, d.message("zh")) for d in run(CommonTypo, EMERGENCY_BAD))
    assert found == sorted([
        (line_of(EMERGENCY_BAD, "防灾减灭"), "“防灾减灭”疑为“防灾减灾”之误"),
        (line_of(EMERGENCY_BAD, "街接"), "“街接”疑为“衔接”之误"),
        (line_of(EMERGENCY_BAD, "进行一步"), "“进行一步”疑为“进一步”之误"),
    ])


def test_emergency_bureau_spelt_right_is_quiet():
    """The same draft spelt right, with a street that borders (青禾街接壤) and a one-step
    refit (进行一步到位) kept quiet."""
    for cls in CHECKS:
        assert run(cls, EMERGENCY_GOOD) == [], cls.code


# A publication's mask (``******``) may hide a bracket's or a quotation's other mark: published
# pages mask names with a run of asterisks, and a mask standing where ``《`` or ``(`` was
# (``关于******2025年…的批复》``) left a closing mark with nothing open before it. T805 and T804 do
# not judge a mark whose partner may be inside the mask; the reader keeps such a run (two or three
# asterisks are still emphasis, and dropped).
MASKED = Path(__file__).parents[2] / "fixtures" / "terms" / "masked_names.txt"


def _codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text, checks=[UnbalancedBracket, MismatchedQuote])]


def test_marks_next_to_a_mask_are_not_judged() -> None:
    text = MASKED.read_text(encoding="utf-8")
    # the mask swallowed the opening marks: 《 before 青禾县财政局 kept, the rest masked
    masked = text.replace("《青禾县财政局关于******", "******").replace("(经******", "******")
    assert _codes(masked) == []
    masked_quote = masked.replace("群众满意度96%。", "******称“群众满意”度96%。").replace("“群众", "群众")
    assert _codes(masked_quote) == []


def test_the_same_slips_without_a_mask_are_reported() -> None:
    text = MASKED.read_text(encoding="utf-8")
    assert _codes(text) == []  # the fixture as written pairs its marks
    assert "T805" in _codes(text.replace("《青禾县财政局关于******", "青禾县财政局关于"))
    # no mask in the sentence: the “)” closes nothing (a mask elsewhere in it would leave it open to doubt)
    assert "T805" in _codes(text.replace("由******有限公司承建(经******", "由柳溪建设有限公司承建经柳溪"))
    assert "T804" in _codes(text.replace("群众满意度96%。", "称群众满意”度96%。"))


def test_emphasis_is_dropped_and_a_mask_kept() -> None:
    doc = parse_text("一、基本情况\n项目由**柳溪**街道实施,承建单位为******公司。\n", "a.md")
    values = [b.text.value for _p, b in doc.blocks()]
    assert any("由柳溪街道实施" in v and "******公司" in v for v in values)


# Slips planted in report-style sentences we wrote (``_slips.py``): each fires where it was
# planted, and the same sentence spelt right is quiet.


def _planted_slip(sentence: str, right: str, wrong: str) -> tuple[str, int, int]:
    """The sentence with the slip, and the span (0-based, end exclusive) of the characters the
    slip changed; a dropped character's span holds its two neighbours."""
    assert right in sentence, right
    bad = sentence.replace(right, wrong, 1)
    lo = 0
    while bad[lo] == sentence[lo]:
        lo += 1
    tail = 0
    while tail < len(bad) - lo and bad[-1 - tail] == sentence[-1 - tail]:
        tail += 1
    hi = len(bad) - tail
    return (bad, lo, hi) if hi > lo else (bad, lo - 1, lo + 1)


@pytest.mark.parametrize(("sentence", "right", "wrong"), SLIPS, ids=[w for _, _, w in SLIPS])
def test_a_planted_slip_in_a_term_fires_where_it_was_planted(sentence: str, right: str, wrong: str) -> None:
    bad, start, end = _planted_slip(sentence, right, wrong)
    diags = run_all(CHECKS, bad + "\n")
    assert any(d.location.line == 1 and d.location.column - 1 < end and start < (d.location.end_column or 0) - 1
               for d in diags), [d.message("zh") for d in diags]


@pytest.mark.parametrize(("sentence", "right", "wrong"), SLIPS, ids=[r for _, r, _ in SLIPS])
def test_the_sentence_of_a_planted_slip_spelt_right_is_quiet(sentence: str, right: str, wrong: str) -> None:
    assert [d.message("zh") for d in run_all(CHECKS, sentence + "\n")] == []


def test_the_sweep_of_planted_slips_is_wide():
    """Forty and more slips, over as many different terms."""
    assert len(SLIPS) >= 40 and len({r for _, r, _ in SLIPS}) >= 0.9 * len(SLIPS)


# A 交通运输局's 整体支出 self-evaluation we wrote (modelled on the 职能职责 and 资金 lines every
# sector's reports share): a scan's look-alikes and a pinyin IME's homophones in the wording the
# narratives repeat outside the forms' labels (terms.recurring_wording), and 楼堂馆所 typed 楼梯馆所.
TRANSPORT_BAD = fixture("terms", "transport_overall_misspelt.txt")
TRANSPORT_GOOD = fixture("terms", "transport_overall_good.txt")


def test_slips_in_the_recurring_wording_are_reported():
    from perflint.checks.terms import CommonTypo

    found = sorted((d.code, d.location.line, d.message("zh"))
                   for cls in (MisspeltTerm, CommonTypo) for d in run(cls, TRANSPORT_BAD))
    assert found == sorted([
        ("T801", line_of(TRANSPORT_BAD, "贯彻执形"), "“贯彻执形”疑为“贯彻执行”之误"),
        ("T801", line_of(TRANSPORT_BAD, "为桥改造工程"), "“为桥改造”疑为“危桥改造”之误"),
        ("T801", line_of(TRANSPORT_BAD, "财正局"), "“县财正局”疑为“县财政局”之误"),
        ("T801", line_of(TRANSPORT_BAD, "集中支信"), "“国库集中支信”疑为“国库集中支付”之误"),
        ("T801", line_of(TRANSPORT_BAD, "支信资金"), "“支信资金”疑为“支付资金”之误"),
        ("T802", line_of(TRANSPORT_BAD, "楼梯馆所"), "“楼梯馆所”疑为“楼堂馆所”之误"),
    ])


def test_the_recurring_wording_spelt_right_is_quiet():
    """The same draft spelt right, with 成为桥梁 (成为 + 桥梁, no 危桥 typed short) kept quiet."""
    for cls in CHECKS:
        assert run(cls, TRANSPORT_GOOD) == [], cls.code


# A 卫生健康局's 整体支出 self-evaluation we wrote: the compound terms of the genre mined from many
# units' reports (terms.mined_genre, terms.programme_items) with a character dropped, and a
# programme item with a character of no kind put inside it (卫生监督巡协管). Spelt right, with a
# character put in between two words of a term (下一步拟改进措施, 中小微企业), it is quiet.
HEALTH_BAD = fixture("terms", "health_overall_mined_bad.txt")
HEALTH_GOOD = fixture("terms", "health_overall_mined_good.txt")


def test_slips_in_the_mined_terms_are_reported():
    found = sorted((d.location.line, d.message("zh")) for d in run(MisspeltTerm, HEALTH_BAD))
    assert found == sorted([
        (line_of(HEALTH_BAD, "疾病预防制"), "“疾病预防制”疑为“疾病预防控制”之误"),
        (line_of(HEALTH_BAD, "精神文明设"), "“精神文明设”疑为“精神文明建设”之误"),
        (line_of(HEALTH_BAD, "政府信公开"), "“政府信公开”疑为“政府信息公开”之误"),
        (line_of(HEALTH_BAD, "卫生监督巡协管"), "“卫生监督巡协管”疑为“卫生监督协管”之误"),
        (line_of(HEALTH_BAD, "新生儿访率"), "“新生儿访率”疑为“新生儿访视率”之误"),
        (line_of(HEALTH_BAD, "财政支出绩评价"), "“财政支出绩评价”疑为“财政支出绩效评价”之误"),
    ])


def test_the_mined_terms_spelt_right_are_quiet():
    for cls in CHECKS:
        assert run(cls, HEALTH_GOOD) == [], cls.code


def test_words_that_hold_a_mined_term_cut_short_are_quiet():
    """公开招投标 holds 公开招 and 招标 around 投; 数字化城管管理系统 holds 城管 (a held-out page's false
    findings after the mined terms: both are ordinary words of the genre, not slips of 公开招标 or
    城市管理). A term cut before its last character still fires."""
    quiet = "二、项目实施\n项目通过公开招投标确定施工单位，数字化城管管理系统运维正常。\n"
    assert run(MisspeltTerm, quiet) == []
    [d] = run(MisspeltTerm, "二、项目实施\n项目通过公开招，确定施工单位。\n")
    assert d.message("zh") == "“公开招”疑为“公开招标”之误"
