"""T814 unlikely-character-pair: fires on drafts we wrote with a character typed for one of the same
sound or like shape inside a frequent word (汇同 for 会同), stays quiet on a correct draft, on two
words meeting, on names and on a pair the draft writes as its own word."""

from __future__ import annotations

import pytest
from perflint.checks.terms import MisspeltTerm, UnlikelyPair

from perflint.extract.char_pairs import _in_a_name, code, judge, pair_slips, table

from .._harness import run

DRAFT = """某县应急管理局2023年度部门整体支出绩效自评报告

一、部门基本情况
本局负责全县安全生产综合监督管理，内设机构5个。
二、存在的问题及整改措施
针对问题制定整改措施，汇同有关部门定期督查，急时提供整改情况。
"""


def test_a_same_sound_slip_in_a_frequent_word_is_reported_with_the_word():
    found = run(UnlikelyPair, DRAFT)
    assert [(d.location.line, d.message("zh")) for d in found] == [
        (6, "“汇同”疑为“会同”之误"), (6, "“急时”疑为“及时”之误")]
    assert found[0].location.column == 12


def test_the_correct_draft_is_quiet():
    assert run(UnlikelyPair, DRAFT.replace("汇同", "会同").replace("急时", "及时")) == []


@pytest.mark.parametrize("text, written, right", [
    ("，汇同有关部门开展检查", "汇同", "会同"),  # a homophone (huì)
    ("并急时提供有关材料", "急时", "及时"),  # a homophone (jí)
    ("收入合计3.5亿员，较上年增长", "亿员", "亿元"),  # a numeral kept beside the wrong character
    ("按照上级要求，嘉强内部控制", "嘉强", "加强"),  # 嘉强 is in the lexicon only as a rare name
    ("（三）绩交指标完成情况", "绩交", "绩效"),  # after an outline number in brackets
    ("(3)包障措施落实到位", "包障", "保障"),
    ("材料报送区财征局审核", "财征", "财政"),  # a body's name the genre writes (财政局)
    ("由街道苏事处负责", "苏事", "办事"),
    ("全面嘉强农村基层组织建设", "嘉强", "加强"),  # 村 three characters on ends 农村, no name
    ("一、项白基本情况", "项白", "项目"),
    ("财政拨款支出缺算表", "缺算", "决算"),  # 出缺 is a word, but 出决算 is the genre's
    ("全年时际支出比较", "时际", "实际"),  # 项 opens a surname, but 项目基 is the genre's
    ("截至年底，童比增长5%", "童比", "同比"),
    ("组织实施专项资全绩效考核工作", "资全", "资金"),  # a look-alike one dot apart (全, 金)
    ("加强值班值守和应及处突能力建设", "应及", "应急"),  # a joining character typed for one of a word
    ("本年财政拨款支除决算表", "支除", "支出"),  # (拨款支出: the genre writes 支出 after 款)
    ("本年财政拨款击本支出决算表", "击本", "基本"),  # a joining character kept (本 of 基本)
    ("由局主管部们职能科室负责", "部们", "部门"),
    ("完成项目绩效坪价、村级账目审核", "坪价", "评价"),  # 村 after a break ends no short name
    ("组织参训人损集中学习", "人损", "人员"),  # 训人 is a pair, but the genre writes 训人员 too
])
def test_slips_of_sentences_we_wrote(text, written, right):
    [slip] = pair_slips(text)
    assert (slip.written, slip.right) == (written, right)
    assert text[slip.start:slip.end] == written


@pytest.mark.parametrize("text", [
    "全面会同有关部门开展检查，及时报送材料。",  # the right words
    "汇总各科室数据，同比增长5%。",  # 汇 bound to 总: two words meeting
    "汇同汇同汇同",  # the draft's own word, written three times
    "联系人：何作明",  # a name after a label (何作 is one sound from 合作)
    "项目经办人何作明，联系电话略",  # a name after a role
    "按照《某县民发〔2023〕5号》文件执行",  # a document number's issuer
    "成(chéng)绩交指标完成情况",  # a word cut by a reading in letters (the page's pinyin)
    "今年购置15台安可电脑",  # the character after a figure is its unit (台安 is one sound from 治安)
    "新增2间康养服务站",  # (间康 is one sound from 健康)
    "唱响我心向党主旋律",  # a joining character meeting a word (向 + 党): the genre never writes 乡党·
    "排查雨污管网混接错接等问题",  # (接等 is one sound from 接待, but 接待问 is never written)
    "收支对列之预算请填列",  # (列之 is one sound from 列支, but 列支预 is never written)
    "严厉打击本地违法行为",  # 打击 + 本地 (击本 is one sound from 基本)
])
def test_quiet_on_right_words_names_and_the_drafts_own_words(text):
    assert [(s.written, s.right) for s in pair_slips(text)
            if s.written in ("汇同", "何作", "民发", "台安", "间康", "绩交", "向党", "接等", "列之", "击本")] == []


def test_a_figure_s_unit_is_a_suspect_but_no_slip():
    assert table().fix_first(code("间康")) == "健"  # 间康 is a suspect of the table…
    assert pair_slips("新增2间康养服务站") == []  # …but after a figure 间 is the figure's unit
    assert [s.written for s in pair_slips("新增间康养服务站")] == ["间康"]


def test_a_figure_s_unit_then_a_count_is_two_words():
    # 6月 closes its figure and 分 opens 分三批 (divide into three batches): no slip of 月份…
    assert [s.written for s in pair_slips("区政府于2021年6月分三批下达了奖补资金")] == []
    assert [s.written for s in pair_slips("2021年6月分2次拨付到位")] == []
    # …while 月分 before no count is still read as the slip it is
    assert [s.right for s in pair_slips("截至2021年6月分，已完成全年任务")] == ["月份"]
    assert [s.right for s in pair_slips("1-6月分共拨付资金")] == ["月份"]


def test_a_body_s_short_name_is_a_name_unless_the_genre_writes_the_corrected_one():
    assert _in_a_name("由县户改办负责", 2, "")  # an abbreviation running into 办
    assert not _in_a_name("绩效坪价、村级账目", 2, "")  # a name runs into its 村 without a break
    assert _in_a_name("材料报送区财征局", 5, "")  # no correction to weigh: a name
    assert not _in_a_name("材料报送区财征局", 5, "财政")  # 财政局 is a body the genre names
    never = lambda t: False  # noqa: E731
    assert _in_a_name("材料报送区财征局", 5, "财政", named=never, word=never)
    assert not _in_a_name("全面嘉强农村基层", 2, "加强")  # 加强农 is written: 村 ends another word


def test_a_pair_bound_to_a_neighbour_is_no_slip():
    tab = table()
    assert tab.is_known("汇总")  # a pair the genre writes
    assert not judge("汇总同", 1, "总同", True, tab)  # 总 belongs to 汇总 before it
    assert judge("，汇同目", 1, "会同", True, tab)
    assert tab.is_known("时下") and tab.is_known_triple("及时下")
    assert judge("，急时下达", 1, "及时", True, tab)  # 及时下达 is written: 时下 does not bind 时
    assert not tab.is_known("同有")  # 有 joins any words: 同有 tells nothing of 同
    assert judge("，汇同有关", 1, "会同", True, tab)


def test_a_neighbour_that_joins_any_words_binds_nothing():
    tab = table()
    assert tab.is_known("基本") and not tab.is_known("的关")  # a word, not a loose character's pair
    assert judge("设施的关理和使用", 3, "管理", True, tab)  # 的关 of 的关键 does not bind 关


def test_the_table_holds_the_suspects_with_their_correction():
    tab = table()
    assert tab.fix_first(code("汇同")) == "会"
    assert tab.fix_first(code("会同")) == ""  # the right word is no suspect
    assert code("汇同") in tab.screen


def test_a_slip_the_near_miss_reader_tells_is_told_once():
    text = DRAFT.replace("汇同有关部门", "财政投款到位后")
    terms = {d.message("zh") for d in run(MisspeltTerm, text)}
    pairs = {d.message("zh") for d in run(UnlikelyPair, text)}
    assert any("投款" in m for m in terms)
    assert not any("投款" in m for m in pairs)


def test_text_outside_the_bmp_keeps_the_offsets():
    text = "𠀀汇同有关部门"
    [slip] = pair_slips(text)
    assert text[slip.start:slip.end] == "汇同"


def test_the_screen_finds_every_suspect_pair(monkeypatch):
    """The screen's pairs, made in C from the text's UTF-16 bytes and intersected with the
    suspects' arrays (a process's first text) or their set (the next), are those a lookup of each pair in the sorted suspects finds (odd and even
    offsets, a character outside the BMP, a text of one character)."""
    from perflint.extract import char_pairs

    tab = table()
    monkeypatch.setattr(tab, "_screen", None)
    monkeypatch.setattr(char_pairs, "_SCANNED", [False])
    assert char_pairs.screen_hits(DRAFT * 2) >= {code("汇同"), code("急时")}
    assert char_pairs._SCANNED[0] and tab._screen is None  # the first text: a scan of the arrays
    for text in (DRAFT * 3 + "财政投款、宜传、题裁分类、累计投入资今", "𠀀汇同有关部门急时", "汇同", "汇", "",
                 "a汇同b急时", "，急时提供，汇同有关"):
        units = text.encode("utf-16-le")
        pairs = {int.from_bytes(units[i:i + 4], "little") for i in range(0, len(units) - 2, 2)}
        expected = {c for c in pairs if tab.is_suspect(c)}
        monkeypatch.setattr(char_pairs, "_SCANNED", [False])
        monkeypatch.setattr(tab, "_screen", None)
        assert char_pairs.screen_hits(text) == expected  # scanned
        assert char_pairs.screen_hits(text) == expected  # by the set
        assert tab._screen is not None
    assert {code("汇同"), code("急时")} <= char_pairs.screen_hits(DRAFT)


def test_t814_a_pair_in_items_written_in_one_frame_is_the_frame_not_a_slip():
    # ``以周保旬、以旬保月、以月保季``: the items repeat one frame (以 _ 保 _), the slot varying item by
    # item; 保月 is the frame's, not a slip for 保育 (no item writes 育 there)
    text = "全县按照“以周保旬、以旬保月、以月保季”的节奏推进收入征管工作。\n"
    assert run(UnlikelyPair, text) == []
    # a sibling that writes the correction at that place is no frame: the slip stands out
    [d] = run(UnlikelyPair, "由局办公室汇同财务股、会同业务股定期督查整改情况。\n")
    assert "会同" in d.message()
