"""Typing slips beyond the vocabulary: brackets, doubled words and punctuation, on drafts we write."""

from __future__ import annotations

import pytest
from perflint.checks.duplicates.doubled_word import DoubledWord
from perflint.checks.terms.punctuation_slip import PunctuationSlip
from perflint.checks.terms.repeated_adverb import RepeatedAdverb
from perflint.checks.terms.truncated_word import TruncatedWord
from perflint.checks.terms.unbalanced_bracket import UnbalancedBracket

from perflint.check import Context
from perflint.extract.punctuation import punctuation_slips, unbalanced_brackets
from perflint.extract.slips import (
    context_pair_slips,
    doubled_adverbs,
    repeated_words,
    truncated_words,
    zai_for_zai,
)
from perflint.extract.terms import find_substitutions
from perflint.read.text import parse_text


def _run(check_cls, text: str):
    return list(check_cls().run(parse_text(text, "draft.txt"), Context()))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("依据《绩效自评通知》(青财函〔2024〕8号等文件要求开展自评。", [("(", "unclosed")]),
        ("依据《实施意见》(青政发〔20197号)和《办法》执行。", [("〔", "unclosed")]),
        ("依据《通知》(青财预2022〕31号)下达资金。", [("〕", "stray")]),
        ("《关于下达补助资金的通知》青财预〔2023〕5号)中央补助 2 万元。", [(")", "stray")]),
        ("项目支出绩效自评表2023年度)项目名称", [(")", "stray")]),
        ("人员情况（人 编制数 12 实有 11", [("（", "unclosed")]),
    ],
)
def test_unbalanced_brackets_are_found(text, found):
    assert [(text[s.start], s.kind) for s in unbalanced_brackets(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "依据《关于印发〈绩效评价办法〉的通知》（青财绩〔2021〕6号）执行。",
        "因公出国(境)费 0 元，单位（含下属 2 个所）共 30 人。",
        "主要措施：1)加强管理；2)规范流程；a)按月报送。",
        "（1）加强预算执行（含结转资金）。(2)规范采购。",
        "按照（一）（二）两部分填报，金额单位：（万元）。",
        # one closing mark for two openings: no telling which one lacks its partner
        "计分原则：（即目标值为≥X，得分=权重*B/A，反向指标（即目标值为≤X，得分=权重*A/B），不得超过权重。",
    ],
)
def test_balanced_brackets_are_quiet(text):
    assert unbalanced_brackets(text) == []


def test_bracket_check_reports_one_finding_per_repeated_slip():
    draft = ("某镇2023年度部门整体支出绩效评价基础数据表\n\n财政供养人员情况(人\n\n编制数 40\n\n"
             "经费控制情况(万元\n\n三公经费 3.2\n\n依据《通知》(某财函〔2023〕12号等文件开展自评。\n\n二、结论\n")
    [diag] = _run(UnbalancedBracket, draft)
    assert diag.location.line == 3
    assert len(diag.related) == 2


def test_bracket_check_reads_a_wrapped_table_cell_as_one_and_ignores_a_cut_last_line():
    draft = ("一级指标\t分值\t计分方法\n预算执行率\t10\t（10分*执行\n \t \t率）\n产出指标\t20\t按完成比例\n\n"
             "二、部门(单位\n")
    assert _run(UnbalancedBracket, draft) == []
    assert _run(UnbalancedBracket, "一、依据《通知》(某财函〔2023〕12号等文件。\n\n二、结论\n")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("公务接待费减少 3 万元，下降的原因原因是压减开支。", ["原因"]),
        ("依据《省级文物保护保护专项资金管理办法》执行。", ["保护"]),
        ("收到《关于下达2023年文物保护补助资金预算补助资金预算的通知》。", ["补助资金预算"]),
        ("荣获全市青少年书画大赛东湖赛区东湖赛区优秀组织奖。", ["东湖赛区"]),
    ],
)
def test_repeated_words_are_found(text, units):
    assert [r.unit for r in repeated_words(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        "常常开展检查，层层落实责任，人人参与。",
        "这个问题需要研究研究再定，一步一步推进，一个一个落实。",
        "看看是不是不符合要求。",
        "盐城市城市管理局、聊城市城市建设档案馆按期报送。",  # place name + word
        "目标值 显著提升显著提升10",  # two cells of a flattened row
        "年初预算数全年预算数全年执行数",  # header cells run together
        "二级指标指标内容指标值",
    ],
)
def test_legitimate_repeats_are_quiet(text):
    assert repeated_words(text) == []


def test_repeat_across_two_source_lines_is_quiet():
    text = "小计\n小计"
    assert repeated_words(text.replace("\n", ""), breaks={2}) == []
    doc = "某局2023年度决算\n\n一、收入合计\n合计\n\n二、结论：公务接待下降的原因原因是压减开支。\n"
    diags = _run(DoubledWord, doc)
    assert [d.location.line for d in diags] == [6]
    assert "原因" in diags[0].message("zh")


@pytest.mark.parametrize(
    ("text", "kind", "wrong"),
    [
        ("一楼设接种室,,二楼为办公室。", "doubled", ",,"),
        ("资金已拨付，。项目已完工。", "doubled", "，。"),
        ("(1)、公务用车运行维护费 3 万元。", "marker", "(1)、"),
        ("说明如下：（二）、公务接待费 1 万元。", "marker", "（二）、"),
        ("决算数为 85 万元,比预算少12%其中:购置费 20 万元。", "glued", "12%其中"),
    ],
)
def test_punctuation_slips_are_found(text, kind, wrong):
    [slip] = punctuation_slips(text)
    assert (slip.kind, text[slip.start:slip.end]) == (kind, wrong)


@pytest.mark.parametrize(
    "text",
    [
        "详见第(1)、(2)项说明。",  # two markers listed
        "备注……其他。",
        "年度资金总额303010100%其中:当年财政拨款30",  # a flattened table row
        "(1)公务用车运行维护费 3 万元，其中：燃油费 1 万元。",
        "一、基本情况。",
    ],
)
def test_correct_punctuation_is_quiet(text):
    assert punctuation_slips(text) == []


def test_heading_ending_in_an_english_full_stop():
    diags = _run(PunctuationSlip, "某局2023年度部门决算说明\n\n(三)国有资本经营预算收支情况.\n\n本年无收支。\n")
    assert [(d.location.line, d.message("zh")) for d in diags] == [(3, "标题“(三)国有资本经营预算收支情况.”末尾误用英文句点")]
    assert _run(PunctuationSlip, "某局2023年度部门决算说明\n\n(三)国有资本经营预算收支情况\n\n本年无收支。\n") == []


def test_de_for_di_after_a_verb_is_a_listed_typo():
    found = find_substitutions("一、项目存在得问题 二、提出得建议 三、取得成效 值得肯定")
    assert [(m.text, m.suggestion) for m in found] == [("存在得问题", "存在的问题"), ("提出得建议", "提出的建议")]


CUT_DRAFT = """某区网格服务中心2023年度部门整体支出绩效自评报告

一、基本情况
中心负责全区网格监测站点的日常巡查，共设监测站点 42 个。

二、绩效目标完成情况
组织对各监测站的考核，考核结果与经费挂钩。监测站点数据按月上报，监测站点设备完好率 98%。

三、存在的问题
个别春节慰问经费使用进度偏慢，春节慰问金已全部发放。
"""


def test_truncated_word_uses_the_draft_as_its_dictionary():
    diags = _run(TruncatedWord, CUT_DRAFT)
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (7, "“监测站”疑漏字，本文其他处均作“监测站点”")]
    fixed = CUT_DRAFT.replace("各监测站的考核", "各监测站点的考核")
    assert _run(TruncatedWord, fixed) == []


def test_truncated_word_leaves_a_wrapped_cell_and_a_free_word_alone():
    texts = ["数量指", "产出指标", "标", "数量指标", "数量指标", "质量指标"]
    assert truncated_words(texts) == []
    assert truncated_words(["管理费的使用", "管理费用 3 万元", "管理费用", "管理费用"]) == []


def test_adverb_repeated_around_jiang_in_one_clause():
    [rep] = doubled_adverbs("区财政局及时将配套资金及时拨付到位。")
    assert rep.unit == "及时"
    assert doubled_adverbs("做到及时发现及时处理，及时将资金拨付到位，及时公开。") == []
    diags = _run(RepeatedAdverb, "某局2023年度自评报告\n\n二、执行情况\n我局及时将补助资金及时拨付到位。\n")
    assert [(d.location.line, d.message("zh")) for d in diags] == [
        (4, "“及时”在同一分句中重复（“及时将……及时”），应删去其一")]


def test_context_pair_is_reported_only_against_the_drafts_own_usage():
    [slip] = context_pair_slips(["一是切实保障医疗待遇。", "二是确实保障职工待遇。"])
    assert (slip.written, slip.usual) == ("确实保障", "切实保障")
    assert context_pair_slips(["二是确实保障职工待遇。"]) == []  # nothing to compare with
    assert context_pair_slips(["切实加强管理。", "确实存在问题。"]) == []


def test_functional_account_name_missing_chu():
    [m] = find_substitutions("一般公共服务(类)财政事务(款)信息化建设支(项)")
    assert (m.text, m.suggestion) == ("支(项)", "支出(项)")
    assert find_substitutions("国有资本经营预算收支(项)、其他支出(款)") == []


def test_zai_for_zai_in_a_first_then_sequence():
    [slip] = zai_for_zai("定量指标先汇总完成数，在计算得分。")
    assert (slip.written, slip.usual) == ("在计算", "再计算")
    for text in ["先汇总完成数，在计算得分时保留两位小数。", "先行先试，在全市推广。", "先由科室自评，在汇总后报送。",
                 "按规定，在计算得分。"]:
        assert zai_for_zai(text) == [], text


@pytest.mark.parametrize("text, match", [
    ("1楼设接种室，，2楼设儿童保健科。", "，，"),
    ("1楼设接种室,,2楼设儿童保健科。", ",,"),
    ("完成培训。。下一步继续推进。", "。。"),
    ("科室、、股室", "、、"),
])
def test_doubled_punctuation_fires_with_its_column(text, match):
    [diag] = _run(PunctuationSlip, text)
    assert diag.args["wrong"] == match and diag.location.column == text.index(match) + 1


def test_single_marks_and_an_ellipsis_are_not_doubled_punctuation():
    assert _run(PunctuationSlip, "1楼设接种室，2楼设儿童保健科……详见附表。") == []


def test_brackets_are_judged_apart_from_a_figure_glued_to_its_breakdown():
    # a figure run into 其中 is a punctuation slip (T807), never a bracket slip: T805 must not
    # receive it (it crashed on such a draft)
    text = "公务接待费支出2万元，比上年减少28%其中：国内接待2万元（含外事接待0万元）。"
    assert all(isinstance(s.mark, str) for s in unbalanced_brackets(text))
    assert _run(UnbalancedBracket, text) == []


def test_an_organisation_name_is_not_a_word_cut_short():
    # 财政部 (the ministry) is whole even where the draft says 财政部门 three times elsewhere
    texts = ["根据财政部门要求，", "配合财政部门开展检查，", "报送财政部门审核。", "按照财政部门规定", "上报财政部。"]
    assert truncated_words(texts) == []
