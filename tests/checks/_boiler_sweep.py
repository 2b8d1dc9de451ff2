"""Boilerplate and entity defects planted in report excerpts of units the labelled corpora hold
few of: a county archive's project 自评报告 with its 自评表 in tab rows, a town government's
部门整体 report with a scored indicator table whose 偏差原因 column says 无 where targets were
met, a county market-regulation bureau's 部门决算说明, and a city library's project report with
the older 自评表 (总分 above the form, 偏差原因 / 改进措施 / 评价结论 rows below it). Each excerpt
is a correct twin we wrote in ``tests/fixtures/boiler_sweep/``; its defects are planted together.

Each defect: (kind, name, [(old, new) …]); ``old`` occurs once in the text as planted so far.
``kind`` is the label kind a reviewer would give it: ``boilerplate`` (a check of the boilerplate
family should name it) or ``entity`` (another unit's or project's name, a unit named two ways:
the consistency family), on a line the edit wrote or with such a line among the related lines.
"""

from __future__ import annotations

from ._harness import plant

FAMILY = {"boilerplate": "boilerplate", "entity": "consistency"}

EXCERPTS: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "county-archives-project-2023.txt": [
        ("another county's archive as the 实施单位, left from the template",
         "entity", [("实施单位\t松岭县档案馆", "实施单位\t栖霞县档案馆")]),
        ("another project's name in the form's 项目名称",
         "entity", [("项目名称\t馆藏档案数字化加工项目", "项目名称\t档案馆库房改造项目")]),
        ("the unit named as a 局 in the body of a 馆's report",
         "entity", [("县档案馆为县委办公室管理", "松岭县档案局为县委办公室管理")]),
        ("偏差原因 无 beside an indicator that missed and lost points",
         "boilerplate", [("14.3\t上半年馆舍维修闭馆两周，到馆查档人数减少；下一步开通线上预约查档。", "14.3\t无")]),
        ("a 自评结论 with neither score nor grade",
         "boilerplate", [("经自评，本项目2023年度自评得分99.10分，评价等次为“优”。",
                          "本项目资金使用规范，档案数字化加工进展顺利，取得了较好的社会效益。")]),
        ("satisfaction claimed without a figure",
         "boilerplate", [("通过发放调查问卷，收回有效问卷210份，查档群众满意度为94.5%。",
                          "查档群众对档案馆服务普遍表示满意。")]),
        ("存在的问题 answered 无 though an indicator missed",
         "boilerplate", [("一是馆舍维修期间暂停到馆查档，查档利用人次未达目标；二是部分早期档案纸张老化，扫描前修复耗时较长。",
                          "无。")]),
        ("the template's word limit left after a heading",
         "boilerplate", [("六、下一步改进措施", "六、下一步改进措施（针对存在的问题提出改进措施，200字以内）")]),
        ("all targets claimed met beside the form's missed one",
         "boilerplate", [("全年接待查档利用2860人次，未达到3000人次的目标，主要原因是上半年馆舍维修闭馆两周。",
                          "各项效益指标均已全部完成。")]),
        ("the template's ellipsis left for the project's uses",
         "boilerplate", [("主要用于馆藏文书档案、民生档案的扫描加工、目录著录和数据备份，", "主要用于……，")]),
        ("XX left for the place in the 填报单位",
         "boilerplate", [("填报单位（盖章）：松岭县档案馆", "填报单位（盖章）：XX县档案馆")]),
    ],
    "town-overall-2023.txt": [
        ("the town written as a 乡 in the body",
         "entity", [("本单位内设", "白鹭乡人民政府内设")]),
        ("another town's government as the subject of the 部门职能",
         "entity", [("白鹭镇人民政府负责全镇", "青山镇人民政府负责全镇")]),
        ("无 and full marks beside a missed target",
         "boilerplate", [("| ≥95% | 97.3% | 10 | 10 | 无 |", "| ≥95% | 92.1% | 10 | 10 | 无 |")]),
        ("评价等次 left blank",
         "boilerplate", [("| 评价等次 | 优 |", "| 评价等次 |  |")]),
        ("XX in place of the total score",
         "boilerplate", [("| 总分 | 100 | 99.86 |  |", "| 总分 | 100 | XX |  |")]),
        ("【请填写】 left for a figure of the results",
         "boilerplate", [("养护农村公路47.5公里", "养护农村公路【请填写】公里")]),
        ("the template's ellipsis left for the uses of the project money",
         "boilerplate", [("项目支出主要用于农村人居环境整治、农村公路养护和民生补助发放。", "项目支出主要用于……。")]),
        ("存在的问题 that names nothing: stock text",
         "boilerplate", [("一是部分项目资金年底前未完成支付，预算执行率未达到100%；二是村级保洁人员年龄偏大，管护水平有待提高。",
                          "我镇在预算管理和绩效管理方面还存在一些不足，有待进一步加强。")]),
        ("改进措施 an unfinished concession",
         "boilerplate", [("一是加快项目实施和资金支付进度；二是加强保洁人员业务培训，逐步充实年轻力量。",
                          "我镇虽已建立预算绩效管理制度。")]),
        ("satisfaction answered in a word against a quantified target",
         "boilerplate", [("| ≥90% | 93.2% |", "| ≥90% | 满意 |")]),
        ("（单位名称） left in the 填报单位",
         "boilerplate", [("填报单位：白鹭镇人民政府", "填报单位：（单位名称）")]),
    ],
    "county-market-accounts-2023.txt": [
        ("增加(减少) and 增长(下降) left unresolved",
         "boilerplate", [("较上年减少1.40万元，下降7.00%", "较上年增加(减少)1.40万元，增长(下降)7.00%")]),
        ("a zero change explained",
         "boilerplate", [("本部门2023年度没有使用政府性基金预算财政拨款安排的支出，与上年一致。",
                          "本部门2023年度政府性基金预算财政拨款支出0万元，比上年增加0万元，增加主要原因是本年无政府性基金预算安排。")]),
        ("名词解释 defined by the province's finance",
         "entity", [("指县级财政当年拨付的资金", "指省级财政当年拨付的资金")]),
        ("the unit named by its old name in the body",
         "entity", [("安平县市场监督管理局主要负责", "安平县市场和质量监督管理局主要负责")]),
        ("another county's bureau left from the template",
         "entity", [("本部门内设办公室", "兴和县市场监督管理局内设办公室")]),
        ("XX left for a count",
         "boilerplate", [("下设市场监督管理所6个", "下设市场监督管理所XX个")]),
        ("the template's instruction left after a heading",
         "boilerplate", [("四、政府性基金预算财政拨款支出决算情况说明",
                          "四、政府性基金预算财政拨款支出决算情况说明（无此项支出的部门应公开空表并作出说明）")]),
        ("a heading with nothing under it",
         "boilerplate", [("六、机关运行经费支出情况说明\n2023年度机关运行经费支出126.40万元，比上年减少8.60万元，下降6.37%，主要原因是压减日常公用经费。",
                          "六、机关运行经费支出情况说明")]),
        ("×× left for the number of cars",
         "boilerplate", [("公务用车保有量为9辆", "公务用车保有量为××辆")]),
    ],
    "city-library-project-2024.txt": [
        ("偏差原因 无 beside a missed target",
         "boilerplate", [("| 偏差大或目标未完成原因分析 | 一是图书采购合同签订较晚，部分资金未在年内支付；二是受暑期场馆改造影响，参与活动少年儿童人次未达目标。 |",
                          "| 偏差大或目标未完成原因分析 | 无 |")]),
        ("改进措施 无 beside listed problems",
         "boilerplate", [("| 改进措施及结果应用方案 | 提前启动采购程序，加快资金支付；将阅读推广活动延伸至乡镇分馆，自评结果作为下年度预算安排的参考。 |",
                          "| 改进措施及结果应用方案 | 无 |")]),
        ("the target copied as the actual",
         "boilerplate", [("| ≥90% | 95.3% |", "| ≥90% | ≥90% |")]),
        ("a stock claim as the annual goal's result",
         "boilerplate", [("| 全年举办少儿阅读推广活动64场，购置少儿图书1.2万册，读者满意度95.3%。 |",
                          "| 各项绩效目标均已全部完成。 |")]),
        ("存在的问题 filled with achievements",
         "boilerplate", [("一是少儿图书采购合同签订较晚，部分资金未能在年内支付，预算执行率未达到100%；二是受暑期场馆改造影响，参与活动少年儿童人次未达到1.5万人次的目标。",
                          "已在全市12个乡镇分馆设立少儿阅读角，亲子阅读培训课程正在筹备中。")]),
        ("another project's name in the form",
         "entity", [("| 项目名称 | 少儿阅读推广活动经费 |", "| 项目名称 | 全民阅读季活动经费 |")]),
        ("主管部门 and 实施单位 swapped",
         "entity", [("| 主管部门 | 云台市文化广电和旅游局 | 实施单位 | 云台市图书馆 |",
                     "| 主管部门 | 云台市图书馆 | 实施单位 | 云台市文化广电和旅游局 |")]),
        ("another city's library named as the implementer",
         "entity", [("由云台市图书馆实施", "由临江市图书馆实施")]),
        ("总分 above the form left blank",
         "boilerplate", [("总分：97.20", "总分：")]),
        ("a 评价结论 with neither score nor grade",
         "boilerplate", [("| 评价结论 | 自评得分97.20分，评价等次为优。 |", "| 评价结论 | 项目实施取得了良好的社会效益。 |")]),
        ("a quantified target answered 完成",
         "boilerplate", [("| ≥60场 | 64场 |", "| ≥60场 | 完成 |")]),
        ("the template's instruction left after a heading",
         "boilerplate", [("三、项目绩效目标完成情况", "三、项目绩效目标完成情况（对照年度绩效目标逐项说明完成情况）")]),
    ],
    # written after the rules were extended on the four excerpts above, as a held-out check
    "county-disabled-rehab-2023.txt": [
        ("the 偏离绩效目标的原因 section answered 无 beside a miss",
         "boilerplate", [("残疾儿童康复救助人数未达到目标，主要原因是部分申请儿童经评估不符合救助条件，符合条件的儿童家庭有3户因外出务工未能按期入训。下一步将加强与乡镇残联的对接，提前摸排符合条件的儿童，做好入训跟踪。",
                          "无。")]),
        ("all targets claimed met in the 总体绩效目标完成情况分析",
         "boilerplate", [("全年为436名持证残疾人提供基本康复服务，救助残疾儿童康复33人，适配辅助器具168件。残疾儿童康复救助人数未达到年度目标。",
                          "全年各项绩效目标均已全部完成。")]),
        ("satisfaction claimed without a figure",
         "boilerplate", [("发放满意度问卷300份，收回292份，服务对象满意度为95.2%。", "服务对象对康复服务总体满意。")]),
        ("the template's note left after a heading",
         "boilerplate", [("1.项目资金到位情况分析", "1.项目资金到位情况分析（说明中央、省、市、县各级资金到位情况）")]),
        ("XX left for a figure",
         "boilerplate", [("县级配套资金16.00万元，合计80.00万元", "县级配套资金XX万元，合计80.00万元")]),
        ("another county's federation as the 实施单位",
         "entity", [("实施单位\t清河县残疾人联合会", "实施单位\t永安县残疾人联合会")]),
        ("the unit named with words added inside its name",
         "entity", [("自评结果将作为下一年度项目资金分配的重要依据", "清河县残疾人工作联合会将自评结果作为下一年度项目资金分配的重要依据")]),
        ("偏差原因 left empty beside a missed row",
         "boilerplate", [("13.75\t部分申请儿童不符合救助条件，下一步提前摸排", "13.75\t")]),
        ("a quantified target answered in a word",
         "boilerplate", [("≥95%\t97.5%", "≥95%\t规范")]),
        ("the 填报日期 left as a blank date",
         "boilerplate", [("填报日期：2024年3月15日", "填报日期：    年  月  日")]),
        ("the template's ellipsis left in a clause",
         "boilerplate", [("按康复机构服务量据实结算", "按……据实结算")]),
        ("（单位名称） left as the subject",
         "boilerplate", [("截至2023年12月31日，项目支出76.80万元", "截至2023年12月31日，（单位名称）项目支出76.80万元")]),
    ],
}


def planted(twin: str, name: str) -> str:
    """The twin with every defect of ``name``'s excerpt planted."""
    return plant(twin, [edit for _label, _kind, edits in EXCERPTS[name] for edit in edits])
