"""Unit defects planted in report excerpts of units the labelled corpora do not hold: a county
forestry bureau's 决算说明 with its tables, a county medical-insurance project's 自评报告 with its
自评表, a county natural-resources bureau's 部门整体 report (areas and lengths). Each excerpt is a
correct twin we wrote in ``tests/fixtures/unit_sweep/``; its defects are planted together.

Each defect: (name, [(old, new) …]); ``old`` occurs once in the twin. Every defect is of the
label kind ``unit``: a reviewer expects a check of the units family to name it.
"""

from __future__ import annotations

from ._harness import plant

EXCERPTS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "county-forestry-accounts-2023.txt": [
        ("one amount in 元 in a 万元 breakdown", [("政府采购货物支出12.40万元", "政府采购货物支出12.40元")]),
        ("one row of a 万元 table in 元",
         [("| 2210201 | 住房公积金 | 35.10 | 35.10 | 0.00 |", "| 2210201 | 住房公积金 | 351000.00 | 351000.00 | 0.00 |")]),
        ("prose quotes the table's 公务接待费 in 元", [("公务接待费0.79万元", "公务接待费0.79元")]),
        ("项目支出 in 元 beside its share of a 万元 total", [("项目支出284.20万元，占33.83%", "项目支出284.20元，占33.83%")]),
    ],
    "county-medical-insurance-project-2023.txt": [
        ("参保率 above 100% in the form", [("城乡居民医保参保率\t≥95%\t96.30%", "城乡居民医保参保率\t≥95%\t105.30%")]),
        ("a change of two rates in % for 百分点", [("提高1.20个百分点", "提高1.20%")]),
        ("人 for 人次 in an indicator's actual", [("住院报销人次\t≥2.2万人次\t2.36万人次", "住院报销人次\t≥2.2万人次\t2.36万人")]),
        ("an actual without the unit its target has", [("城乡居民参保人数\t≥18.5万人\t18.92万人", "城乡居民参保人数\t≥18.5万人\t18.92")]),
        ("one fund source in 元 in a 万元 breakdown", [("县级配套资金160.00万元。", "县级配套资金160.00元。")]),
        ("the narrative's 执行数 in 元 against the form's 万元", [("全年执行数1247.40万元", "全年执行数1247.40元")]),
    ],
    "county-resources-overall-2024.txt": [
        ("平方米 for 亩 in a part of an area total", [("农村建设用地复垦138亩", "农村建设用地复垦138平方米")]),
        ("米 for 公里 in a part of a length total", [("改建26.8公里", "改建26.8米")]),
        ("shares of one total summing to 110%", [("人员类支出占比47.6%", "人员类支出占比57.6%")]),
        ("万元 for 元 in a part of a 元 total", [("夏季送清凉14200元", "夏季送清凉14200万元")]),
        ("an indicator's actual in 平方米 against its target in 亩",
         [("| 土地复垦面积 | ≥300亩 | 356亩 |", "| 土地复垦面积 | ≥300亩 | 356平方米 |")]),
        ("a target without the unit its actual has",
         [("| 高标准农田建设面积 | ≥2.2万亩 | 2.36万亩 |", "| 高标准农田建设面积 | ≥2.2 | 2.36万亩 |")]),
        ("a growth rate's change in % for 百分点", [("道路附属绿地4.4万平方米。", "道路附属绿地4.4万平方米。城区绿地率由32%提高到35%，提高3%。")]),
    ],
}


def planted(twin: str, name: str) -> str:
    """The twin with every defect of ``name``'s excerpt planted."""
    return plant(twin, [edit for _label, edits in EXCERPTS[name] for edit in edits])
