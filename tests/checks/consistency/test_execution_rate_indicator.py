"""C734 execution-rate-indicator: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import ExecutionRateIndicator

from .._harness import run

# A city park bureau's 自评表 (modelled on a city-level green-space fund's form): the indicator
# 预算执行率 reports a rate the form's own 执行数 ÷ 预算数 does not give.
FORM = (
    "某市园林局2023年度城区绿地养护项目支出绩效自评表\n"
    "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t3000\t3000\t{spent}\t10\t{rate}\t{score}\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t养护面积\t≥750万平方米\t760万平方米\t40\t40\n"
    "\t质量指标\t{name}\t≥95%\t{stated}\t10\t10\n"
    "满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t92%\t40\t40\n"
)


def _form(spent: str = "2820", rate: str = "94%", score: str = "9.4", name: str = "预算执行率",
          stated: str = "99%") -> str:
    return FORM.format(spent=spent, rate=rate, score=score, name=name, stated=stated)


def test_c734_execution_rate_indicator_other_than_the_forms_rate():
    [d] = run(ExecutionRateIndicator, _form())
    assert d.location.line == 6 and d.severity.name == "warning"
    assert "2820 ÷ 3000 = 94.00%" in d.message("zh") and "99%" in d.message("zh")
    [d] = run(ExecutionRateIndicator, _form(name="预算资金执行率", stated="100%"))
    assert "100%" in d.message("zh")


def test_c734_quiet_when_the_indicator_gives_the_forms_rate():
    assert run(ExecutionRateIndicator, _form(stated="94%")) == []
    assert run(ExecutionRateIndicator, _form(stated="94.0%")) == []
    assert run(ExecutionRateIndicator, _form(spent="3000", rate="100%", score="10", stated="100%")) == []
    # a rate shown to whole percent stands for ±0.5: 2835 ÷ 3000 = 94.5% may be written 94% or 95%
    assert run(ExecutionRateIndicator, _form(spent="2835", rate="94.5%", score="9.45", stated="95%")) == []
    # a bound is B308's, another indicator's 执行率 (项目执行率, a schedule) is no budget execution
    assert run(ExecutionRateIndicator, _form(stated="≥95%")) == []
    assert run(ExecutionRateIndicator, _form(name="项目执行率")) == []
    # the indicator repeats the form's own 执行率 cell, which is wrong: A121 reports the cell
    assert run(ExecutionRateIndicator, _form(rate="99%", score="9.9")) == []
