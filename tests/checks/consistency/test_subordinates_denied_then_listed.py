"""C739 subordinates-denied-then-listed: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import SubordinatesDeniedThenListed

from .._harness import run

# a county bureau's 决算说明 (modelled on how they are written, not copied): its 概况 and its 构成
REPORT = "示范县林业局2023年度部门决算说明\n\n一、部门基本情况\n\n{claim}\n\n二、部门决算单位构成\n\n{scope}\n"


@pytest.mark.parametrize(("claim", "scope", "count"), [
    ("本部门为一级预算单位，无下属单位。",
     "纳入本部门2023年度部门决算编制范围的单位包括：示范县林业局机关、示范县林业技术推广站、示范县森林病虫害防治站。", 3),
    ("本局没有下属二级预算单位。", "本局下属二级单位2个，分别是示范县林业技术推广站、示范县国有林场。", 2),
    ("本部门无所属事业单位。", "本部门部门决算由本级及所属3个事业单位决算组成。", 3),
])
def test_no_subordinate_units_said_then_listed(claim, scope, count):
    [d] = run(SubordinatesDeniedThenListed, REPORT.format(claim=claim, scope=scope))
    assert d.severity.name == "warning"
    assert d.location.line == 5 and f"写出 {count} 个单位" in d.message("zh")


@pytest.mark.parametrize(("claim", "scope"), [
    # the unit alone in its 决算's scope
    ("本部门为一级预算单位，无下属单位。", "纳入本部门2023年度部门决算编制范围的单位包括：示范县林业局本级。"),
    ("本部门无下属单位。", "纳入本部门2023年度部门决算编制范围的单位有：示范县林业局，共1个。"),
    # no denial: the units listed are simply the department's
    ("本部门为一级预算单位。", "纳入本部门2023年度部门决算编制范围的单位包括：示范县林业局机关、示范县林业技术推广站。"),
    # internal offices are not subordinate units
    ("本部门无下属单位。", "本局内设机构4个，分别是办公室、林政股、造林股、资源股。"),
    # a count of none agrees with the denial
    ("本部门无下属单位。", "本部门下属二级单位0个。"),
])
def test_no_subordinate_units_said_and_none_listed_is_quiet(claim, scope):
    assert run(SubordinatesDeniedThenListed, REPORT.format(claim=claim, scope=scope)) == []


def test_no_subordinate_units_said_then_accounts_called_consolidated():
    """A unit with no units under it files its own accounts (本级决算): a 汇总决算 is of several."""
    report = REPORT.format(claim="本单位无下属二级预算单位。", scope="本单位2023年度决算为汇总决算。")
    [d] = run(SubordinatesDeniedThenListed, report)
    assert d.severity.name == "warning"
    assert d.location.line == 5 and "汇总决算" in d.message("zh")
    for scope in ("本单位2023年度决算为本级决算。", "本单位2023年度决算不是汇总决算。"):
        assert run(SubordinatesDeniedThenListed, REPORT.format(claim="本单位无下属二级预算单位。", scope=scope)) == []
    listed = REPORT.format(claim="本局下属二级预算单位2个。", scope="本局2023年度部门决算为汇总决算。")
    assert run(SubordinatesDeniedThenListed, listed) == []
