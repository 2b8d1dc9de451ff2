""""No problems" lines the figures contradict, and a narrative against its own 自评表, planted in
four correct drafts we wrote (``tests/fixtures/probe17c_sweep/``): a county 高标准农田设施管护
项目 自评报告 with its 自评表 in tab rows, a county market regulator's 部门整体 自评报告 with its
整体自评表 in Markdown, a township 农村人居环境整治 report with its form pasted from a PDF one cell
a line, and a county 文化馆's 惠民演出 project as a perflint YAML draft. Each correct twin has a real
shortfall (an indicator missed, money unspent or carried over, points lost) that its
存在的问题 and 偏差原因 explain; each defect, planted alone, makes one of them say there is none
(暂无问题, 无, 圆满完成), gives full marks despite the stated shortfall, or lets the narrative's
budget, spending, rate, count or score differ from the form's: (label, [(old, new)], families).

``QUIET``: correct variations (the targets restated without a target word under the targets'
own heading, a score rounded at its last digit, a rate named by its full name).
"""

from __future__ import annotations

AC = frozenset({"arithmetic", "consistency"})
B = frozenset({"boilerplate"})

FARMLAND = "county-farmland-upkeep-2023.txt"
MARKET = "county-market-overall-2023.md"
TOWN = "town-sanitation-cells-2023.txt"
CULTURE = "county-culture-shows-2023.yaml"

EXCERPTS: dict[str, list[tuple]] = {
    FARMLAND: [
        ('存在的问题 answered 本项目不存在问题 beside a missed form target',
         [('（一）部分渠道维修未按计划完成。受7至8月汛期影响，1.5公里渠道维修推迟至2024年春季实施，维修灌排渠道16.5公里，未达到18公里的年度目标，相应资金6.30万元未支出。\n（二）村级管护人员技术水平不高，日常巡查记录不够规范。', '本项目不存在问题。')], B),  # d1a
        ('the 偏差原因 of a missed indicator answered 无',
         [('16.5公里\t10\t9.17\t受汛期影响，1.5公里渠道维修推迟至2024年春季实施。', '16.5公里\t10\t9.17\t无')], B),  # d1b
        ("the narrative score 100 against the form's 98.67",
         [('自评得分98.67分', '自评得分100分')], AC),  # d1c
        ('full marks everywhere beside the problems listed',
         [('10\t95.00%\t9.5', '10\t100.00%\t10'), ('119.70\t10', '126.00\t10'), ('16.5公里\t10\t9.17\t受汛期影响，1.5公里渠道维修推迟至2024年春季实施。', '18公里\t10\t10\t'), ('总分\t100\t98.67', '总分\t100\t100'), ('自评得分98.67分', '自评得分100分')], B),  # d1d
        ('the narrative budget against the form',
         [('全年预算数126.00万元，全年执行数119.70万元', '全年预算数128.00万元，全年执行数119.70万元')], AC),  # d1e
        ('the narrative execution rate against its figures',
         [('预算执行率95.00%，结余6.30万元', '预算执行率98.00%，结余6.30万元')], AC),  # d1f
        ('the target given as the result in the results section',
         [('高标准农田5.2万亩，维修灌排渠道16.5公里，管护设施完好率96.2%，每公里', '高标准农田5.2万亩，维修灌排渠道18公里，管护设施完好率96.2%，每公里')], AC),  # d1g
        ('a claim that every target was met beside a missed form target',
         [('评价等级为“优”。', '评价等级为“优”，项目各项绩效目标均已全部完成。')], B),  # d1h
        ("the form's 实际完成情况 claiming 圆满完成年度各项绩效目标",
         [('管护高标准农田5.2万亩，维修灌排渠道16.5公里，设施完好率96.2%，受益农户满意度93.6%。', '已圆满完成年度各项绩效目标。')], B),  # d1i
        ('the money said to be spent in full beside a 95% execution',
         [('全年执行数119.70万元，预算执行率95.00%，结余6.30万元。', '全年执行数119.70万元，资金已全部执行完毕。')], AC),  # d1j
        ('存在的问题 answered 暂无',
         [('（一）部分渠道维修未按计划完成。受7至8月汛期影响，1.5公里渠道维修推迟至2024年春季实施，维修灌排渠道16.5公里，未达到18公里的年度目标，相应资金6.30万元未支出。\n（二）村级管护人员技术水平不高，日常巡查记录不够规范。', '暂无。')], B),  # d1k
        ('the 偏差原因 of a missed indicator left blank',
         [('16.5公里\t10\t9.17\t受汛期影响，1.5公里渠道维修推迟至2024年春季实施。', '16.5公里\t10\t9.17\t')], B),  # d1l
    ],
    MARKET: [
        ('存在的问题 answered 本年度未发现问题 beside a missed form target',
         [('（一）项目支出执行偏慢。食品安全检验检测经费中部分检测合同年底才完成验收，项目支出执行率79.75%，低于全年预算执行目标。\n\n（二）投诉处理时效有待提高。部分跨区域投诉需与外地监管部门协调，投诉举报按时办结率未达到98%的目标。', '本年度未发现问题。')], B),  # d2a
        ('the 偏差原因 of a missed indicator answered 无',
         [('| 9.96 | 部分跨区域投诉需协调外地监管部门，办理时间较长。 |', '| 9.96 | 无 |')], B),  # d2b
        ("the unit's execution rate after a 其中 list against the form",
         [('预算执行率95.58%。', '预算执行率96.58%。')], AC),  # d2c
        ("项目支出执行率 in the problems against the form's 项目支出 row",
         [('项目支出执行率79.75%', '项目支出执行率87.75%')], AC),  # d2d
        ("a rate by its short name against the unit's form",
         [('办结率97.6%。', '办结率98.6%。')], AC),  # d2e
        ("a count against the unit's form",
         [('抽检2,150批次', '抽检2,510批次')], AC),  # d2f
        ("the narrative score 100 against the form's 99.52",
         [('自评得分99.52分', '自评得分100分')], AC),  # d2g
        ('the narrative budget against the form',
         [('全年预算数2,460.00万元', '全年预算数2,640.00万元')], AC),  # d2h
        ('full marks everywhere beside the problems listed',
         [('| 10 | 95.58% | 9.56 |', '| 10 | 95.58% | 10 |'), ('| 97.6% | 10 | 9.96 | 部分跨区域投诉需协调外地监管部门，办理时间较长。 |', '| 98.1% | 10 | 10 | |'), ('| 100 | 99.52 |', '| 100 | 100 |'), ('自评得分99.52分', '自评得分100分'), ('办结率97.6%', '办结率98.1%')], B),  # d2i
        ('存在的问题 saying every task met its target, no deviation',
         [('（一）项目支出执行偏慢。食品安全检验检测经费中部分检测合同年底才完成验收，项目支出执行率79.75%，低于全年预算执行目标。\n\n（二）投诉处理时效有待提高。部分跨区域投诉需与外地监管部门协调，投诉举报按时办结率未达到98%的目标。', '各项工作均达到预期，无偏差。')], B),  # d2j
    ],
    TOWN: [
        ('存在的问题 answered 暂无问题 beside a missed form target',
         [('1.资金执行进度偏慢。公厕改建工程结算审计尚未完成，工程尾款17.00万元未能在年内支付，已结转下年。\n2.新建改建公厕未全部完成。计划新建改建公厕10座，因2座选址未与村民达成一致，年内完成8座。', '暂无问题。')], B),  # d3a
        ('the 偏差原因 cell of a missed indicator answered 无',
         [('2座公厕选址未与村民达成一致，推迟至2024年建设。', '无')], B),  # d3b
        ('the narrative spending against the form',
         [('实际支出68.00万元', '实际支出86.00万元')], AC),  # d3c
        ('the target given as the result in the results section',
         [('新建改建农村公厕8座，', '新建改建农村公厕10座，')], AC),  # d3d
        ("the narrative score 100 against the form's 95",
         [('自评得分95分', '自评得分100分')], AC),  # d3e
        ('full marks everywhere beside the problems listed',
         [('80.00%\n8.00', '80.00%\n10'), ('8座\n15\n12\n2座公厕选址未与村民达成一致，推迟至2024年建设。', '8座\n15\n15\n'), ('95.00', '100'), ('自评得分95分', '自评得分100分')], B),  # d3f
        ('a claim that every target was met beside a missed form target',
         [('全年清运生活垃圾4,100吨，', '各项绩效目标均已全部完成。全年清运生活垃圾4,100吨，')], B),  # d3g
        ('存在的问题：暂无问题 beside a fifth of the money unspent',
         [('五、存在的问题及原因\n1.资金执行进度偏慢。公厕改建工程结算审计尚未完成，工程尾款17.00万元未能在年内支付，已结转下年。\n2.新建改建公厕未全部完成。计划新建改建公厕10座，因2座选址未与村民达成一致，年内完成8座。', '五、存在的问题及原因：暂无问题。'), ('10座\n8座\n15\n12\n2座公厕选址未与村民达成一致，推迟至2024年建设。', '10座\n10座\n15\n15\n'), ('新建改建农村公厕8座', '新建改建农村公厕10座'), ('总分\n100\n95.00', '总分\n100\n98.00'), ('自评得分95分', '自评得分98分')], B),  # d3h
    ],
    CULTURE: [
        ('存在的问题 answered 无 beside a missed form target',
         [('      - 1、受高温天气影响，7月、8月停演送戏下乡10场，全年演出110场，未达到120场的年度目标，相应演出补助3.20万元未支出。\n      - 2、部分偏远村组演出场地简陋，演出效果受到影响。', '      - 无。')], B),  # d5a
        ('the 偏差原因 of a missed indicator answered 无',
         [('deviation: 受高温天气影响，7月、8月停演10场。}', 'deviation: 无}')], B),  # d5b
        ('the narrative spending against the form',
         [('执行数60.80万元，执行率95.00%', '执行数62.80万元，执行率95.00%')], AC),  # d5c
        ('the target given as the result in the results section',
         [('全年送戏下乡演出110场', '全年送戏下乡演出120场')], AC),  # d5d
        ("the narrative score 100 against the form's 97.5",
         [('自评得分97.5分', '自评得分100分')], AC),  # d5e
        ('the 偏差原因分析 answered 无 beside a missed indicator',
         [('    送戏下乡演出110场，未达到120场的年度目标，原因是7月、8月高温停演10场，相应补助资金3.20万元未支出。', '    无'), ('deviation: 受高温天气影响，7月、8月停演10场。}', 'deviation: ""}')], B),  # d5f
        ('the execution above the budget in the form',
         [('budget: 64.00, actual: 60.80, rate: 95%, score: 9.5}', 'budget: 64.00, actual: 66.80, rate: 95%, score: 9.5}')], AC),  # d5g
        ('the 偏差原因分析 claiming every indicator met beside a missed one',
         [('    送戏下乡演出110场，未达到120场的年度目标，原因是7月、8月高温停演10场，相应补助资金3.20万元未支出。', '    各项指标均达到预期目标。'), ('deviation: 受高温天气影响，7月、8月停演10场。}', 'deviation: ""}')], B),  # d5h
    ],
}

QUIET: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    FARMLAND: [
        ("the targets restated without a target word under the targets' heading",
         [("全年管护高标准农田不少于5.2万亩，维修灌排渠道不少于18公里", "全年管护高标准农田5.2万亩，维修灌排渠道18公里")]),
        ("the score rounded at its last digit", [("自评得分98.67分", "自评得分98.7分")]),
    ],
    MARKET: [
        ("the rate by its full name", [("办结率97.6%。", "投诉举报按时办结率97.6%。")]),
    ],
    TOWN: [
        ("the spending with the rate left out", [("实际支出68.00万元，预算执行率80.00%，", "实际支出68.00万元，")]),
    ],
    CULTURE: [
        ("the shows stated with their target", [("全年送戏下乡演出110场", "全年送戏下乡演出110场（目标120场）")]),
    ],
}
