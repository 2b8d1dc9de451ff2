"""Plain defects planted in three correct drafts we wrote (``tests/fixtures/probe_sweep/``): a
county 高标准农田 project 自评报告 with its 自评表 in tab rows, a county market regulator's 部门决算说明,
and a county health bureau's 部门整体 自评报告 with its 整体自评表. Each defect is a single edit,
planted alone: (label, [(old, new) …], families), ``families`` those a reviewer accepts as naming
it. The first defects of each draft were found missed; those marked held-out were written before
the fixes were run on them, as a check that the fixes generalise.

``QUIET``: correct variations of the same facts (a rate rounded to one more digit, the adjusted
budget named 调整后预算, a count in 人次 where the form counts 人, the same figure in another
unit); each, made alone in its twin, must lint clean.
"""

from __future__ import annotations

A = frozenset({"arithmetic"})
C = frozenset({"consistency"})
AC = frozenset({"arithmetic", "consistency"})
Y = frozenset({"years"})
U = frozenset({"units", "consistency"})

FARM = "county-farmland-project-2023.txt"
MARKET = "county-market-accounts-2023.txt"
HEALTH = "county-health-overall-2023.txt"

EXCERPTS: dict[str, list[tuple]] = {
    FARM: [
        ("the execution rate against the budget of the sentence before",
         [("实际支出1746万元，预算执行率97%", "实际支出1746万元，预算执行率98%")], AC),
        ("a part of the budget that no longer adds up", [("其中：中央资金1200万元", "其中：中央资金1300万元")], A),
        ("the area built against the form", [("完成高标准农田建设面积1.2万亩", "完成高标准农田建设面积1.1万亩")], C),
        ("the canal length against the form", [("新建灌溉渠道18公里，完成率100%", "新建灌溉渠道16公里，完成率100%")], C),
        ("the satisfaction against the form", [("项目区群众满意度为96%", "项目区群众满意度为98%")], C),
        ("the households against the form", [("受益农户3260户", "受益农户3620户")], C),
        ("the score named 本项目得分 against the 总分", [("本项目得分97分", "本项目得分95分")], C),
        ("the grade against the score", [("评价等级为“优”", "评价等级为“良”")], C),
        ("a completion date in the next year", [("项目于2023年11月底前完工", "项目于2024年11月底前完工")], Y),
        ("the cost per mu against the form", [("亩均投资1500元，控制在预算标准以内", "亩均投资1600元，控制在预算标准以内")], C),
        ("the area in the overview against the form", [("项目区涉及3个乡镇12个行政村，建设面积1.2万亩",
                                                        "项目区涉及3个乡镇12个行政村，建设面积1.5万亩")], C),
        # held-out
        ("held-out: the budget against its parts and the form", [("2023年项目预算资金1800万元", "2023年项目预算资金1850万元")], AC),
        ("held-out: the score after 经自评", [("经自评，本项目得分97分", "经自评，本项目得分96分")], C),
        ("held-out: the canal length, another figure", [("新建灌溉渠道18公里，完成率100%", "新建灌溉渠道17公里，完成率100%")], C),
    ],
    MARKET: [
        ("a growth rate miscomputed", [("增长9.07%，主要原因", "增长9.7%，主要原因")], A),
        ("a part of the income that no longer adds up", [("其他收入20万元", "其他收入30万元")], A),
        ("the 公务接待费 against the 三公 total", [("公务接待费支出决算为3.4万元", "公务接待费支出决算为3.6万元")], A),
        ("a part of the procurement that no longer adds up", [("政府采购货物支出116.5万元", "政府采购货物支出126.5万元")], A),
        ("a change compared with two years back", [("与2022年度相比，收、支", "与2021年度相比，收、支")], Y),
        ("万元 written 元", [("公务用车运行维护费15.2万元", "公务用车运行维护费15.2元")], frozenset({"units"})),
        ("a fall rate miscomputed", [("降低7.35%", "降低7.53%")], A),
        ("a share miscomputed", [("占75.51%", "占76.51%")], A),
        ("the units counted against those named", [("所属2个事业单位决算组成", "所属3个事业单位决算组成")], C),
        ("a year-end of the year before", [("截至2023年12月31日", "截至2022年12月31日")], Y),
        # held-out
        ("held-out: the 财政拨款 change compared with two years back",
         [("与2022年度相比，财政拨款收、支", "与2021年度相比，财政拨款收、支")], Y),
    ],
    HEALTH: [
        ("staff above the establishment", [("实有在职人员52名", "实有在职人员58名")], C),
        ("the 执行数 against the rate and the form", [("全年预算数3980.2万元，全年执行数3862.5万元",
                                                     "全年预算数3980.2万元，全年执行数3962.5万元")], AC),
        ("the 项目支出 spent that no longer makes the 执行数", [("项目支出执行2586.9万元", "项目支出执行2568.9万元")], AC),
        ("the elderly examined against the form", [("完成65岁以上老年人健康体检1.8万人", "完成65岁以上老年人健康体检1.6万人")], C),
        ("the satisfaction against the form", [("群众满意度达到95%", "群众满意度达到97%")], C),
        ("‰ written %", [("婴儿死亡率3.1‰", "婴儿死亡率3.1%")], U),
        ("the family-doctor contracts against the form", [("开展家庭医生签约服务4.6万人", "开展家庭医生签约服务4.4万人")], C),
        ("the clinics built against the form", [("完成乡镇卫生院标准化建设2所", "完成乡镇卫生院标准化建设3所")], C),
        ("the addition that no longer makes the adjusted budget", [("年中追加预算420万元", "年中追加预算410万元")], AC),
        ("the score against the 总分", [("绩效自评得分99.5分", "绩效自评得分98.5分")], C),
        # held-out
        ("held-out: the family-doctor contracts, another figure",
         [("开展家庭医生签约服务4.6万人", "开展家庭医生签约服务4.3万人")], C),
        ("held-out: the adjusted budget against the addition",
         [("年中追加预算420万元，全年预算数3980.2万元", "年中追加预算420万元，全年预算数3990.2万元")], AC),
        ("held-out: the 基本支出 spent that no longer makes the 执行数",
         [("基本支出执行1275.6万元，项目支出执行2586.9万元", "基本支出执行1257.6万元，项目支出执行2586.9万元")], AC),
    ],
}

QUIET: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    FARM: [
        ("the execution rate with one decimal", [("实际支出1746万元，预算执行率97%", "实际支出1746万元，预算执行率97.0%")]),
        ("the area in 亩, not 万亩", [("完成高标准农田建设面积1.2万亩", "完成高标准农田建设面积12000亩")]),
        ("the score with one decimal", [("本项目得分97分", "本项目得分97.0分")]),
        ("the score named 项目综合得分", [("本项目得分97分", "项目综合得分97分")]),
    ],
    MARKET: [
        ("a comparison with two years back that states no change",
         [("与2022年度相比，收、支总计各增加213.16万元，增长9.07%，主要原因是新增食品安全抽检经费。",
           "与2022年度相比，收、支总计各增加213.16万元，增长9.07%，主要原因是新增食品安全抽检经费，与2021年度基本持平。")]),
    ],
    HEALTH: [
        ("the adjusted budget named 调整后预算", [("年中追加预算420万元，全年预算数3980.2万元",
                                                 "年中追加预算420万元，调整后预算3980.2万元")]),
        ("the elderly counted in 人次", [("完成65岁以上老年人健康体检1.8万人", "完成65岁以上老年人健康体检1.8万人次")]),
        ("the elderly counted in 人, not 万人", [("完成65岁以上老年人健康体检1.8万人", "完成65岁以上老年人健康体检18000人")]),
        ("only the 基本支出 named after 其中", [("其中：基本支出执行1275.6万元，项目支出执行2586.9万元",
                                                         "其中：基本支出执行1275.6万元")]),
    ],
}
