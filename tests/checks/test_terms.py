"""The terms family on small drafts: each rule fires on a wrong draft and stays quiet on a right one."""

from __future__ import annotations

from perflint.checks.terms import CHECKS
from perflint.checks.terms.doubled_character import DoubledCharacter
from perflint.checks.terms.misspelt_term import MisspeltTerm
from perflint.checks.terms.typo_substitution import CommonTypo

from perflint.check import Context
from perflint.read.text import parse_text

GOOD = """某县文化馆2023年度项目支出绩效自评报告

目录
一、基本情况.....1
二、绩效目标完成情况.....2

一、基本情况
本项目年初预算数 30 万元，全年执行数 28.5 万元，预算执行率 95%。部门预算公开开展及时，
资金安全运行，专项资金专款专用，严格执行财务制度，定期核对财务报表。
培训非常及时，会议精神传达到位，常常开展检查，层层落实责任。

二、绩效目标完成情况
本项目绩效目标均已完成，社会效益明显，服务对象满意度 96%，成效显著。
年末结转和结余 1.5 万元，公务用车运行维护费 0 元，因公出国（境）费 0 元。

一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
产出指标	数量指标	举办培训班	≥4期	5期	20	20
效益指标	社会效益指标	群众知晓率	≥90%	93%	20	20
满意度指标	服务对象满意度指标	群众满意度	≥90%	96%	10	10
偏差原因分析	无
"""

BAD = """某县文化馆2023年度项目支出绩效自评报告

目录
一、基本情况.....1
二、级效目标完成情况.....2

一、基本情况
本项目年初预算数 30 万元，全年执行数 28.5 万元，预算执行率 95%。部门预算算公开及时，
严执执行财务制度，定期核对财务表报，对违规行为形成震摄。

二、级效目标完成情况
年末结转和节余 1.5 万元，公用用车运行维护费 0 元。

一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
产出指标	数量指表	举办培训班	≥4期	5期	20	20
偏差原因分折	无
"""


def _run(check_cls, text: str):
    doc = parse_text(text, "draft.txt")
    return list(check_cls().run(doc, Context()))


def _line_of(text: str, needle: str, whole: bool = False) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if (line == needle if whole else needle in line))


def test_family_exports_its_checks():
    assert [c.code for c in CHECKS] == ["T801", "T802", "T803", "T804", "T805", "T806", "T807", "T808"]
    assert {c.family for c in CHECKS} == {"terms"}


def test_all_checks_are_quiet_on_a_correct_draft():
    for cls in CHECKS:
        assert _run(cls, GOOD) == [], cls.code


def test_misspelt_term_reports_each_near_miss_at_its_span():
    diags = _run(MisspeltTerm, BAD)
    # the heading repeats the table of contents' slip: one finding, the copy listed with it
    [toc] = [d for d in diags if "级效" in d.message("zh")]
    assert [r.location.line for r in toc.related] == [_line_of(BAD, "二、级效目标完成情况", whole=True)]
    found = sorted((d.location.line, d.message("zh")) for d in diags)
    assert found == sorted([
        (_line_of(BAD, "二、级效目标完成情况....."), "“级效目标完成情况”疑为“绩效目标完成情况”之误"),
        (_line_of(BAD, "财务表报"), "“财务表报”疑为“财务报表”之误"),
        (_line_of(BAD, "节余"), "“年末结转和节余”疑为“年末结转和结余”之误"),
        (_line_of(BAD, "节余"), "“公用用车运行维护费”疑为“公务用车运行维护费”之误"),
        (_line_of(BAD, "数量指表"), "“数量指表”疑为“数量指标”之误"),
        (_line_of(BAD, "偏差原因分折"), "“偏差原因分折”疑为“偏差原因分析”之误"),
    ])
    table_diag = next(d for d in diags if "数量指表" in d.message("zh"))
    line = BAD.splitlines()[table_diag.location.line - 1]
    assert line[table_diag.location.column - 1:table_diag.location.end_column - 1] == "数量指表"
    assert all(d.code == "T801" and d.severity.name == "warning" for d in diags)
    en = next(d for d in diags if "节余" in d.message("zh")).message("en")
    assert en == '"年末结转和节余" looks like a misspelling of "年末结转和结余"'


def test_common_typo_reports_listed_typos():
    diags = _run(CommonTypo, BAD)
    assert sorted(d.message("zh") for d in diags) == ["“严执执行”疑为“严格执行”之误", "“震摄”疑为“震慑”之误"]
    d = next(d for d in diags if "震摄" in d.message("zh"))
    line = BAD.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "震摄"


def test_doubled_character_reports_the_doubled_term():
    diags = _run(DoubledCharacter, BAD)
    assert [d.message("zh") for d in diags] == ["“预算算公开”疑为“预算公开”之误（重复了“算”）"]
    assert diags[0].location.line == _line_of(BAD, "预算算公开")
    assert diags[0].message("en") == '"预算算公开" looks like a misspelling of "预算公开" ("算" typed twice)'


def test_similar_legitimate_words_stay_quiet():
    text = """某单位2023年度部门决算说明

一、收入支出决算总体情况
本年收入合计 500 万元，本年支出合计 480 万元。财政拨款收、支总计均为 450 万元。
各项支出均按规定执行，项目节余资金已收回，医疗废物处置费另行列支。
业绩目标和绩效标准已明确，成效明显；专项资助项目 3 个，政府采取多项措施。
"""
    for cls in CHECKS:
        assert _run(cls, text) == [], cls.code


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
        assert _run(cls, text) == [], cls.code
