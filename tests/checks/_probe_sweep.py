"""Plain defects planted in five correct drafts we wrote (``tests/fixtures/probe_sweep/``): a
county 高标准农田 project 自评报告 with its 自评表 in tab rows, a county market regulator's 部门决算说明,
a county health bureau's 部门整体 自评报告 with its 整体自评表, a city transport bureau's 部门决算说明
with its 公开 tables pasted as tab rows (总表, 支出决算表 and 一般公共预算财政拨款支出决算表 by
功能分类 code, a 三公 table written down the page), and a sub-district office's 部门整体 自评报告 with
its 整体自评表. Each defect is a single edit,
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
CITY = "city-transport-accounts-2023.txt"
STREET = "subdistrict-overall-2023.txt"
S = frozenset({"structure"})
B = frozenset({"boilerplate"})

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
    CITY: [
        ("a 总表 income row that no longer makes 本年收入合计", [("五、其他收入\t5\t35.20", "五、其他收入\t5\t53.20")], AC),
        ("a 项 that no longer makes its 款", [("2140112\t公路运输管理\t254.80\t0.00\t254.80",
                                               "2140112\t公路运输管理\t245.80\t0.00\t245.80")], A),
        ("a row whose 项目支出 no longer makes its 本年支出合计", [("2140112\t公路运输管理\t294.80\t0.00\t294.80",
                                                                 "2140112\t公路运输管理\t294.80\t0.00\t249.80")], A),
        ("a growth rate miscomputed", [("增长8.33%，主要原因是公路建设支出增加", "增长8.53%，主要原因是公路建设支出增加")], A),
        ("a share miscomputed", [("交通运输支出4,080.50万元，占83.47%", "交通运输支出4,080.50万元，占84.47%")], A),
        ("人员经费 that no longer makes the 基本支出", [("人员经费2,218.65万元", "人员经费2,281.65万元")], A),
        ("the 公务接待费 item against the 三公 table", [("公务接待费支出4.28万元，国内公务接待38批次",
                                                        "公务接待费支出4.82万元，国内公务接待38批次")], AC),
        ("a comparison with the year itself", [("与2022年度相比，收、支总计", "与2023年度相比，收、支总计")], Y),
        ("万元 written 元", [("公务用车运行费24.36万元，主要用于", "公务用车运行费24.36元，主要用于")], U),
        ("a heading number skipped", [("（三）国有资产占用情况", "（四）国有资产占用情况")], S),
        ("the template's 增加（减少） left", [("比上年减少23.50万元，下降7.88%", "比上年增加（减少）23.50万元，增长（下降）7.88%")], B),
        ("an own unit named after another city", [("即澄江市公路事业发展中心", "即临江市公路事业发展中心")], C),
        ("the offices counted against those named", [("局机关内设5个科室", "局机关内设6个科室")], C),
        ("a completion of the 年初预算 miscomputed", [("完成年初预算的116.92%", "完成年初预算的119.62%")], A),
        ("a procurement share miscomputed", [("占政府采购支出总额的89.44%", "占政府采购支出总额的98.44%")], A),
        ("the 三公 table's 公务接待费 against its 合计", [("公务接待费\t5.00\t4.28", "公务接待费\t5.00\t4.82")], AC),
        ("the vehicles by use against their total", [("执法执勤用车12辆", "执法执勤用车13辆")], A),
        ("a word written twice", [("上级部门检查指导", "上级部门部门检查指导")], frozenset({"duplicates"})),
        ("拨款 misspelt 拔款", [("财政拨款基本支出决算情况说明", "财政拔款基本支出决算情况说明")], frozenset({"terms"})),
        # held-out
        ("held-out: a 总表 spending row that no longer makes 本年支出合计",
         [("二、卫生健康支出\t10\t168.75", "二、卫生健康支出\t10\t186.75")], A),
        ("held-out: the 三公 completion of its budget against the table", [("完成预算的89.50%", "完成预算的95.80%")], AC),
        ("held-out: the 三公 fall rate miscomputed", [("比上年减少2.56万元，下降8.21%", "比上年减少2.56万元，下降8.12%")], A),
        ("held-out: another share miscomputed", [("住房保障支出226.80万元，占4.64%", "住房保障支出226.80万元，占4.46%")], A),
        ("held-out: the 三公 table's vehicle costs against their parts",
         [("公务用车购置及运行费\t27.00\t24.36", "公务用车购置及运行费\t27.00\t23.46")], AC),
        ("held-out: the other own unit named after another city",
         [("即澄江市公路事业发展中心、澄江市交通运输综合行政执法支队", "即澄江市公路事业发展中心、云台市交通运输综合行政执法支队")], C),
        ("held-out: the vehicle costs item against the 三公 table",
         [("2.公务用车购置及运行费支出24.36万元", "2.公务用车购置及运行费支出24.63万元")], AC),
        ("held-out: a procurement part against its share", [("授予小微企业合同金额860.00万元", "授予小微企业合同金额880.00万元")], A),
    ],
    STREET: [
        ("the addition that no longer makes the adjusted budget", [("年中追加预算426.30万元", "年中追加预算462.30万元")], AC),
        ("a source that no longer makes the budget", [("其他资金80.00万元", "其他资金60.00万元")], A),
        ("a growth rate miscomputed", [("增长5.61%", "增长6.51%")], A),
        ("公用经费 that no longer makes the 基本支出", [("公用经费211.82万元", "公用经费221.82万元")], A),
        ("a project's execution rate miscomputed", [("执行472.36万元，执行率97.15%", "执行472.36万元，执行率97.51%")], A),
        ("the staff against their parts", [("实有在职人员57人", "实有在职人员56人")], A),
        ("the communities counted against those named", [("南苑6个社区", "南苑7个社区")], C),
        ("a completion rate against the form's target", [("完成率108.33%", "完成率110.33%")], AC),
        ("the score against the 总分", [("自评得分99.28分", "自评得分99.82分")], C),
        ("the grade against the score", [("评价等级为“优”", "评价等级为“良”")], C),
        ("the budget score against weight × rate", [("98.06%\t9.81", "98.06%\t9.86")], A),
        ("无 as the reason of a missed target", [("2个项目受雨季影响延期，已督促施工单位加快进度", "无")], B),
        ("full marks for a missed target", [("≥95%\t90%\t10\t9.47", "≥95%\t90%\t10\t10")], A),
        ("a heading number skipped", [("3.满意度指标完成情况", "4.满意度指标完成情况")], S),
        ("a year-end of the year before", [("截至2023年12月31日实有", "截至2022年12月31日实有")], Y),
        ("an actual written as an inequality", [("≥90%\t92%", "≥90%\t≥92%")], B),
        ("the 项目支出 spent above its budget", [("项目支出\t846.50\t1,272.80\t1,232.16", "项目支出\t846.50\t1,272.80\t1,322.16")], AC),
        ("the satisfaction against the form", [("辖区居民满意度为93%", "辖区居民满意度为95%")], C),
        ("the per-head cost against the form", [("人均公用经费3.72万元", "人均公用经费3.27万元")], C),
        # held-out
        ("held-out: the form's target against the narrative's completion rate",
         [("环境卫生集中整治次数\t≥24次\t26次", "环境卫生集中整治次数\t≥25次\t26次")], AC),
        ("held-out: the 基本支出 execution rate miscomputed", [("执行1,624.18万元，执行率99.04%", "执行1,624.18万元，执行率99.40%")], A),
        ("held-out: staff parts that no longer make the whole", [("行政人员36人，事业人员21人", "行政人员36人，事业人员22人")], A),
        ("held-out: the form's 基本支出 above its budget",
         [("基本支出\t1,640.00\t1,640.00\t1,624.18", "基本支出\t1,640.00\t1,640.00\t1,642.18")], AC),
        ("held-out: another project's execution rate miscomputed",
         [("执行269.40万元，执行率94.00%", "执行269.40万元，执行率96.00%")], A),
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
    CITY: [
        ("the procurement written without thousands separators",
         [("1,386.40万元，其中：政府采购货物支出126.40万元、政府采购工程支出1,080.00万元",
           "1386.40万元，其中：政府采购货物支出126.40万元、政府采购工程支出1080.00万元")]),
        ("the 三公 completion rate to one decimal", [("完成预算的89.50%", "完成预算的89.5%")]),
        ("the running costs named 运行维护费 in the 三公 table", [("公务用车运行费\t27.00\t24.36", "公务用车运行维护费\t27.00\t24.36")]),
    ],
    STREET: [
        ("the completion rate to one decimal", [("完成率108.33%", "完成率108.3%")]),
        ("the completion rate capped at 100%", [("完成率108.33%", "完成率100%")]),
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
