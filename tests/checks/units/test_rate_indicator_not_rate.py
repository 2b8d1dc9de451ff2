"""U404 rate-indicator-not-rate: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.units import RateIndicatorNotRate

from .._harness import lint, run
from ._drafts import form


@pytest.mark.parametrize(("name", "target", "actual", "key"), [
    ("资金到位率", "50", "50", "rate_in"),  # the form's budget typed into the rate row
    ("资金到位率", "120", "100%", "rate_in"),
    ("资金到位率", "40万元", "100%", "rate_in"),
    ("资金到位率", "100", "100%", "missing"),
    ("“三公”经费变动率", "≤5", "-9.57%", "missing"),
    ("补贴发放率", "逐步推开", "逐步推开", "words"),
    ("补贴资金", "100%", "100%", "amount"),
    ("补贴资金", "50万元", "100%", "amount"),
    ("实际成本与工作内容的匹配程度", "30万", "30万", "rate_in"),  # a degree filled with the budget
    ("居民健康知识知晓程度", "1200人", "1180人", "rate_in"),  # a degree filled with a head count
    ("重点人群签约覆盖率", "≥95%", "85人", "rate_in"),  # a coverage rate filled with a head count below 100
    ("入户随访人次", "≥500人次", "98%", "count"),  # the share done typed where the count belongs
    ("新增监测设备", "≥5台", "100%", "count"),
])
def test_rate_indicator_not_rate_fires(name, target, actual, key):
    [d] = lint(RateIndicatorNotRate, form(name, target, actual))
    assert name in d.message("zh")
    words = {"rate_in": "不是百分比", "missing": "缺少", "words": "文字", "amount": "金额", "count": "数量指标"}
    assert words[key] in d.message("zh")


@pytest.mark.parametrize(("name", "target", "actual"), [
    ("资金到位率", "100%", "100%"),
    ("入户随访人次", "≥500人次", "520人次"),
    ("入户随访人次", "≥95%", "98%"),  # a count's share throughout: no unit slip between the two
    ("执行率", "95", "96"),  # a form that writes rates without % throughout
    ("服务效率", "稳步提升", "稳步提升"),  # 效率 is not a rate
    ("补贴资金", "50万元", "50万元"),
    ("农户满意度", "满意", "满意"),  # a 满意度 in words is a judgement, not a 率
    ("按合同支付项目资金", "100%", "100%"),  # a task done with the money: how much of it was done
    ("及时足额发放补助资金", "=100%", "100%"),
    ("实际成本与工作内容的匹配程度", "100%", "100%"),
    ("群众生活条件改善程度", "明显改善", "明显改善"),  # a degree in words is a judgement
    ("“三公”经费变动率", "≤0", "-9.57%"),  # zero is zero in any unit: no % was dropped
])
def test_rate_indicator_quiet_cases(name, target, actual):
    assert lint(RateIndicatorNotRate, form(name, target, actual)) == []


def test_amounts_under_a_name_declaring_percent():
    """``加工企业实现产值（%） | 6500 | 7120.5`` (modelled on a county's 新型经营主体 form, whose
    names carry their unit): the figures are amounts, the declared % is wrong. A (%) name with
    percentages (增长率 8 / 9.5, 满意度 90 / 96) is right; the corrected unit is quiet."""
    from pathlib import Path

    path = Path(__file__).parents[2] / "fixtures" / "units" / "declared_percent_amounts.txt"
    text = path.read_text(encoding="utf-8")
    found = run(RateIndicatorNotRate, text)
    assert [(d.key, d.location.line) for d in found] == [("declared_percent", 7)]
    assert run(RateIndicatorNotRate, text.replace("实现产值（%）", "实现产值（万元）")) == []


BARE_ACTUALS = """示范县2023年度设备购置项目绩效自评报告

2023年度设备购置项目绩效自评表

预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）
\t年度财政资金总额\t60\t60\t100%\t10
一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分
产出指标（50分）\t数量指标\t采购检测设备\t≥5台\t5\t20
\t\t开展操作培训\t≥12场\t12\t10
\t质量指标\t设备验收合格率\t≥95%\t98\t20
效益指标（40分）\t服务对象满意度指标\t使用人员满意度\t≥90百分比\t92\t40
总分\t100
"""


def test_missing_percent_quiet_where_the_form_writes_every_actual_bare():
    """A form that writes each actual as a bare figure and the unit once, in the target (≥5台 | 5,
    ≥12场 | 12; modelled on a township's 委托业务 form): its rate rows' bare actuals follow the form,
    no % was dropped. Where the other rows' actuals carry their units, the bare rate is reported."""
    assert lint(RateIndicatorNotRate, BARE_ACTUALS) == []
    with_units = BARE_ACTUALS.replace("≥5台\t5\t", "≥5台\t5台\t").replace("≥12场\t12\t", "≥12场\t12场\t")
    found = lint(RateIndicatorNotRate, with_units)
    assert sorted(d.key for d in found) == ["missing_percent", "missing_percent"]
