"""The years sweep: correct excerpts we wrote (tests/fixtures/years_sweep) and the year defects
reviewers flag, planted one at a time in the shapes drafts give them.

Each plant is ``(draft, written, planted, why)``: the draft's text with ``written`` (which occurs
once) replaced by ``planted``; the finding must stand on the line that holds ``planted``. The
planted drafts are built here from their twins, so a twin and its defect differ in that one place.
``MISSED`` names the plants no general rule finds yet, with the reason.
"""

from __future__ import annotations

from .._harness import fixture

WATER = "water-project-2023.txt"
EDUCATION = "education-overall-2023.txt"
FORESTRY = "forestry-accounts-2023.txt"
HEALTH = "health-project-2022.txt"  # written after the rules were changed: a held-out check
DRAFTS = (WATER, EDUCATION, FORESTRY, HEALTH)

PLANTS: tuple[tuple[str, str, str, str], ...] = (
    # title year against the body's fiscal year
    (WATER, "青岚县水利局2023年度农村", "青岚县水利局2022年度农村", "title year"),
    (EDUCATION, "梅川区教育局2023年度部门整体", "梅川区教育局2022年度部门整体", "title year"),
    # an activity or completion of the report dated outside the year
    (WATER, "2023年11月8日，项目通过", "2022年11月8日，项目通过", "acceptance a year early"),
    (EDUCATION, "2023年9月，城东小学", "2022年9月，城东小学", "a school opened last year"),
    (FORESTRY, "2023年9月，组织开展森林防火", "2022年9月，组织开展森林防火", "an evaluation last year"),
    # last year's figures under the current year's name
    (EDUCATION, "2023年末，本部门核定", "2022年末，本部门核定", "year-end stock of last year"),
    (EDUCATION, "与2022年度相比，整体支出", "与2023年度相比，整体支出", "compared with itself"),
    (FORESTRY, "与2022年度相比，收入、支出", "与2023年度相比，收入、支出", "compared with itself"),
    (FORESTRY, "上年（2022年）收入合计", "上年（2023年）收入合计", "上年 labelled with the year itself"),
    (FORESTRY, "2023年度“三公”经费支出5.20万元", "2022年度“三公”经费支出5.20万元", "this year's figure named last year"),
    (FORESTRY, "2023年度本部门机关运行经费", "2022年度本部门机关运行经费", "this year's figure named last year"),
    (FORESTRY, "截至2023年12月31日，本部门共有车辆", "截至2022年12月31日，本部门共有车辆", "stock at last year's end"),
    (WATER, "截至2023年12月31日，项目资金到位", "截至2022年12月31日，项目资金到位", "funds at last year's end"),
    # 时效 targets and completion values in the form
    (WATER, "2023年12月31日前", "2022年12月31日前", "时效 target a year early"),
    (WATER, "2023年12月31日前", "2024年12月31日前", "时效 target a year late"),
    (WATER, "2023年12月31日前", "2024年11月30日前", "时效 target inside the next year"),
    (EDUCATION, "2023年11月底前", "2022年11月底前", "时效 target a year early"),
    (WATER, "2023年12月31日前\t2023年10月26日", "2023年12月31日前\t2022年10月26日", "completion value last year"),
    (EDUCATION, "2023年11月底前\t2023年11月", "2023年11月底前\t2022年11月", "completion value last year"),
    # the form's year line, headings and scope
    (WATER, "（2023年度）", "（2022年度）", "form year line"),
    (EDUCATION, "（2023年度）", "（2022年度）", "form year line"),
    (FORESTRY, "第二部分 2023年度部门决算", "第二部分 2022年度部门决算", "heading of last year"),
    (FORESTRY, "纳入本部门2023年度决算", "纳入本部门2022年度决算", "scope of last year"),
    (EDUCATION, "本部门2023年度部门整体支出绩效自评得分", "本部门2022年度部门整体支出绩效自评得分", "own score of last year"),
    # signed before the year ended
    (WATER, "青岚县水利局\n2024年3月18日", "青岚县水利局\n2023年3月18日", "signed inside the year"),
    (WATER, "填报日期：2024年3月18日", "填报日期：2023年3月18日", "filed inside the year"),
    (EDUCATION, "梅川区教育局\n2024年4月10日", "梅川区教育局\n2023年4月10日", "signed inside the year"),
    # a plan aimed at a year already over
    (WATER, "2024年将提前制定维修计划，力争于2024年9月底前", "2023年将提前制定维修计划，力争于2023年9月底前",
     "plan of the past year"),
    (EDUCATION, "2024年6月底前项目支出", "2023年6月底前项目支出", "plan deadline in the past"),
    # document numbers
    (FORESTRY, "某财行〔2020〕12号", "某财行〔2024〕12号", "rule issued after the year"),
    (WATER, "青财农〔2022〕86号", "青财农〔2024〕86号", "2023 funds advanced by a 2024 notice"),
    # malformed years
    (WATER, "2023年度项目预算60.00万元", "2O23年度项目预算60.00万元", "letter O for zero"),
    (WATER, "2023年度项目预算60.00万元", "202 3年度项目预算60.00万元", "a space inside the year"),
    (WATER, "2023年度项目预算60.00万元", "20223年度项目预算60.00万元", "a digit typed twice"),
    (FORESTRY, "2023年度财政拨款支出1460.36", "2O23年度财政拨款支出1460.36", "letter O for zero"),
    (EDUCATION, "2023年度部门整体支出3260.45", "202 3年度部门整体支出3260.45", "a space inside the year"),
    # a paragraph copied from last year's report
    (EDUCATION, "2023年，我局全面完成年度重点工作任务", "2022年，我局全面完成年度重点工作任务", "copied opening"),
    (EDUCATION, "全年开展教师培训12期", "2022年全年开展教师培训12期", "copied result"),
    # the held-out 2022 report
    (HEALTH, "汉塘市卫生健康委员会\n2022年度基本", "汉塘市卫生健康委员会\n2021年度基本", "title year"),
    (HEALTH, "〔2022〕41号", "〔2023〕41号", "2022 funds allocated by a 2023 notice"),
    (HEALTH, "我委2022年度共获得", "我委2021年度共获得", "this year's funds named last year"),
    (HEALTH, "3.总结阶段（2023年3月）", "3.总结阶段（2022年3月）", "evaluation stage inside the year"),
    (HEALTH, "截止2022年12月底", "截止2021年12月底", "stock at last year's end"),
    (HEALTH, "2022年6月至9月，组织开展", "2021年6月至9月，组织开展", "campaign of last year"),
    (HEALTH, "由上年的21.3%", "由上年（2022年）的21.3%", "上年 glossed as the year itself"),
    (HEALTH, "一是2023年上半年", "一是2022年上半年", "plan aimed at the year under report"),
    (HEALTH, "力争2023年底前", "力争2022年底前", "plan deadline in the past"),
    (HEALTH, "汉塘市卫生健康委员会\n2023年3月20日", "汉塘市卫生健康委员会\n2022年3月20日", "signed inside the year"),
    (HEALTH, "2022年度项目支出绩效自评表", "2021年度项目支出绩效自评表", "form title of last year"),
    (HEALTH, "2022年12月31日前\t2022年11月25日", "2021年12月31日前\t2022年11月25日", "时效 target a year early"),
    (HEALTH, "2022年12月31日前\t2022年11月25日", "2023年12月31日前\t2022年11月25日", "时效 target a year late"),
    (HEALTH, "2022年12月31日前\t2022年11月25日", "2022年12月31日前\t2021年11月25日", "completion value last year"),
    (HEALTH, "我委2022年度共获得", "我委2O22年度共获得", "letter O for zero"),
    (HEALTH, "2022年度为辖区常住居民", "20 22年度为辖区常住居民", "a space inside the year"),
)

MISSED: dict[tuple[str, str], str] = {
    (WATER, "2024年11月30日前"): "a 时效 target inside the next year may be a project that runs across the two "
                                 "years (Y507 reads only the next year's end as the wrong year)",
    (HEALTH, "我委2021年度共获得"): "a bare earlier year before the year's own funds, in a sentence whose cited "
                                  "notice names the fiscal year: without a month or a comparison no rule tells it "
                                  "from background",
}


def twin(draft: str) -> str:
    return fixture("years_sweep", draft)


def planted(plant: tuple[str, str, str, str]) -> tuple[str, int]:
    """The draft with one defect planted, and the line (1-based) that carries it."""
    draft, written, new, _ = plant
    text = twin(draft)
    assert text.count(written) == 1, (draft, written)
    out = text.replace(written, new)
    return out, out.count("\n", 0, out.index(new) + len(new) - 1) + 1
