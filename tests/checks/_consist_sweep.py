"""Inconsistency defects planted in report excerpts of units the labelled corpora do not hold: a
county archives' project 自评报告 with its 自评表 in tab rows, a county library's 部门整体 report
with its 整体自评表, a county supply-and-marketing cooperative's 部门决算说明 with its 公开 tables,
a county veterans bureau's project 自评报告 with its 自评表 in pipe rows, a town's project 自评报告
with its 自评表 pasted one cell a line (written after the rules were extended: a check that they
generalise). Each excerpt is a correct
twin we wrote in ``tests/fixtures/consist_sweep/``.

An inconsistency is the same fact stated twice with two values, so defects interact (a figure
changed in two places is no longer one against the others): each defect is planted alone in its
twin. Each defect: (label, [(old, new) …], families); ``old`` occurs once in the twin, ``new``
keeps the sentence's own arithmetic right, so the defect is the disagreement with the other
statement of the fact. ``families`` are those a reviewer accepts as naming it (the consistency
family, and for a claim that every target was met against a missed one the boilerplate family,
whose rule on such claims it is).

``QUIET``: correct variations of the same facts (a rate rounded, another scope named, the 年初
budget beside the adjusted one); each, made alone in its twin, must lint clean.
"""

from __future__ import annotations

C = frozenset({"consistency"})
CLAIM = frozenset({"consistency", "boilerplate"})

ARCHIVES = "county-archives-project-2024.txt"
LIBRARY = "county-library-overall-2024.txt"
COOP = "county-coop-accounts-2024.txt"
VETERANS = "county-veterans-project-2023.txt"
TOWN = "town-public-works-project-2023.txt"

EXCERPTS: dict[str, list[tuple[str, list[tuple[str, str]], frozenset[str]]]] = {
    ARCHIVES: [
        ("the adjusted budget in the narrative against the form",
         [("年中追加8.00万元，调整后全年预算68.00万元", "年中追加18.00万元，调整后全年预算78.00万元")], C),
        ("the narrative's 执行数 against the form",
         [("全年执行66.30万元，预算执行率97.50%，结余1.70万元", "全年执行63.60万元，预算执行率93.53%，结余4.40万元")], C),
        ("the narrative's 执行率 against the form", [("预算执行率97.50%", "预算执行率95.50%")], C),
        ("the narrative's score against the form's 总分", [("项目自评得分99.75分", "项目自评得分98.75分")], C),
        ("the number of indicators announced against the form", [("共设置三级指标9个", "共设置三级指标10个")], C),
        ("the system's launch dated in two months", [("于2024年9月正式上线运行", "于2024年10月正式上线运行")], C),
        ("the pages digitised in the narrative against the form's actual",
         [("数字化加工126.4万页，著录档案条目8.3万条，图像", "数字化加工128.6万页，著录档案条目8.3万条，图像")], C),
        ("a satisfaction rate in the narrative against the form's actual", [("查档群众满意度97%。", "查档群众满意度96%。")], C),
        ("the visits in the narrative against the form's actual", [("全年接待查档利用3260人次", "全年接待查档利用3180人次")], C),
        ("the form's actual below target while the narrative states it met",
         [("图像质检合格率\t≥98%\t99.2%", "图像质检合格率\t≥98%\t97.6%")], C),
        ("the 年初 budget in the narrative against the form's 年初 column",
         [("本项目年初预算60.00万元，年中追加8.00万元", "本项目年初预算58.00万元，年中追加10.00万元")], C),
    ],
    LIBRARY: [
        ("the adjusted budget in the narrative against the form",
         [("年中追加16.30万元，全年预算436.80万元；全年执行431.20万元，预算执行率98.72%",
           "年中追加26.30万元，全年预算446.80万元；全年执行431.20万元，预算执行率96.51%")], C),
        ("the narrative's 执行数 against the form",
         [("全年执行431.20万元，预算执行率98.72%", "全年执行426.20万元，预算执行率97.57%")], C),
        ("the narrative's score against the form's 总分", [("自评得分99.63分", "自评得分98.63分")], C),
        ("the 编制 in the narrative against the form's 人员情况", [("核定事业编制18名", "核定事业编制20名")], C),
        ("the staff in the narrative against the form's 人员情况", [("年末实有在职人员16人", "年末实有在职人员17人")], C),
        ("the projects carried out against those budgeted and added",
         [("全年共实施项目4个", "全年共实施项目5个")], C),
        ("the 项目支出 executed in the narrative against the form's row",
         [("执行81.20万元，执行率93.55%", "执行82.10万元，执行率94.59%")], C),
        ("the 人员经费 / 公用经费 in the narrative against the form's rows",
         [("人员经费296.40万元，公用经费53.60万元", "人员经费290.40万元，公用经费59.60万元")], C),
        ("the activities in the narrative against the form's actual", [("举办阅读推广活动72场", "举办阅读推广活动78场")], C),
        ("the readers in the narrative against the form's actual", [("接待读者27.6万人次", "接待读者26.7万人次")], C),
        ("every target claimed met against the form's missed one",
         [("除读者满意度外，其余绩效目标均已完成", "各项绩效目标均已完成")], CLAIM),
        ("the 年初 budget in the narrative against the form's 年初 column",
         [("年初预算420.50万元，年中追加16.30万元", "年初预算424.50万元，年中追加12.30万元")], C),
        ("the departments counted against the list", [("数字资源部4个部门", "数字资源部5个部门")], C),
    ],
    COOP: [
        ("the 年末结转和结余 in prose against the 总表",
         [("本年支出合计281.70万元，比上年增加13.40万元，增长4.99%，主要原因是农村电商服务站点建设项目支出增加；年末结转和结余17.30万元",
           "本年支出合计281.70万元，比上年增加13.40万元，增长4.99%，主要原因是农村电商服务站点建设项目支出增加；年末结转和结余13.70万元")], C),
        ("the 年初结转和结余 in prose against the 总表", [("年初结转和结余12.60万元", "年初结转和结余16.20万元")], C),
        ("the 本年支出合计 of the spending section against the tables",
         [("2024年度本年支出合计281.70万元，其中", "2024年度本年支出合计287.10万元，其中")], C),
        ("the 公务接待费 in prose against the 三公 table", [("公务接待费0.66万元", "公务接待费0.76万元")], C),
        ("the 三公 total in prose against the 三公 table",
         [("支出决算3.12万元，完成预算的78.00%", "支出决算3.21万元，完成预算的80.25%")], C),
        ("the vehicles owned against the 公务用车保有量",
         [("本部门共有车辆1辆，为一般公务用车", "本部门共有车辆2辆，均为一般公务用车")], C),
        ("the projects evaluated counted against those listed", [("共涉及项目2个", "共涉及项目3个")], C),
        ("the projects evaluated against the tables' 项目支出",
         [("资金45.20万元，占一般公共预算项目支出总额的100%，其中：农村电商服务站点建设项目30.00万元",
           "资金48.20万元，占一般公共预算项目支出总额的100%，其中：农村电商服务站点建设项目33.00万元")], C),
        ("the income by source in prose against the 总表",
         [("其中：财政拨款收入270.40万元，其他收入16.00万元", "其中：财政拨款收入272.40万元，其他收入14.00万元")], C),
    ],
    VETERANS: [
        ("the budget in the narrative against the form",
         [("本项目全年预算45.00万元，其中中央补助资金30.00万元、县级配套资金15.00万元。截至2023年12月31日，全年执行44.10万元，预算执行率98%，结余0.90万元",
           "本项目全年预算54.00万元，其中中央补助资金30.00万元、县级配套资金24.00万元。截至2023年12月31日，全年执行44.10万元，预算执行率81.67%，结余9.90万元")], C),
        ("the narrative's 执行数 against the form",
         [("全年执行44.10万元，预算执行率98%，结余0.90万元", "全年执行44.55万元，预算执行率99%，结余0.45万元")], C),
        ("the narrative's score against the form's 总分", [("本项目自评得分99.8分", "本项目自评得分98.8分")], C),
        ("the completion dated in two months", [("修缮工程于2023年10月竣工，11月", "修缮工程于2023年9月竣工，11月")], C),
        ("the sites repaired in the narrative against the form's actual",
         [("全年修缮零散烈士纪念设施6处", "全年修缮零散烈士纪念设施8处")], C),
        ("the visitors in the narrative against the form's actual", [("接待祭扫群众1.62万人次", "接待祭扫群众1.26万人次")], C),
        ("a satisfaction rate in the narrative against the form's actual", [("群众满意度98%。", "群众满意度96%。")], C),
        ("the form's actual below target while the narrative states it met",
         [("| 修缮零散烈士纪念设施 | ≥6处 | 6处 |", "| 修缮零散烈士纪念设施 | ≥6处 | 5处 |")], C),
        ("the narrative's grade against the form's", [("评价等次为优。", "评价等次为良。")], C),
    ],
    TOWN: [
        ("the adjusted budget in the narrative against the form",
         [("全年预算180.00万元，其中中央和省级奖补资金120.00万元、县级奖补资金40.00万元、镇级自筹资金20.00万元",
           "全年预算185.00万元，其中中央和省级奖补资金120.00万元、县级奖补资金40.00万元、镇级自筹资金25.00万元")], C),
        ("the narrative's 执行数 against the form",
         [("全年执行176.40万元，预算执行率98%", "全年执行171.00万元，预算执行率95%")], C),
        ("the narrative's score against the form's 总分", [("自评得分99.8分", "自评得分98.8分")], C),
        ("the number of indicators announced against the form", [("共设置三级指标8个", "共设置三级指标9个")], C),
        ("the projects carried out in the narrative against the form's actual",
         [("全年实施奖补项目13个", "全年实施奖补项目15个")], C),
        ("the road length in the narrative against the form's actual", [("硬化村组道路8.6公里，工程", "硬化村组道路9.6公里，工程")], C),
        ("the beneficiaries in the narrative against the form's actual", [("受益群众1.35万人", "受益群众1.53万人")], C),
        ("a satisfaction rate in the narrative against the form's actual", [("受益群众满意度92%", "受益群众满意度95%")], C),
        ("the square's completion dated in two months", [("于2023年10月竣工并投入使用", "于2023年9月竣工并投入使用")], C),
        ("the 年初 budget in the narrative against the form's 年初 column",
         [("项目年初预算150.00万元，年中追加30.00万元", "项目年初预算160.00万元，年中追加20.00万元")], C),
    ],
}

QUIET: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    ARCHIVES: [
        ("the 执行率 at one decimal", [("预算执行率97.50%", "预算执行率97.5%")]),
        ("the indicators counted in words", [("共设置三级指标9个", "共设置九个三级指标")]),
        ("a part of the visits named as a part",
         [("其中网上查档1180人次", "其中网上查档1180人次、婚姻登记档案查档960人次")]),
        ("a part of the visits named by the indicator's subject",
         [("其中网上查档1180人次", "其中网上查档利用1180人次")]),
        ("the budget written without decimals", [("调整后全年预算68.00万元", "调整后全年预算68万元")]),
        ("another step of the system dated before its launch",
         [("数字档案管理系统于2024年9月正式上线运行", "数字档案管理系统于2024年6月完成部署测试，2024年9月正式上线运行")]),
    ],
    LIBRARY: [
        ("the 执行率 at one decimal", [("预算执行率98.72%", "预算执行率98.7%")]),
        ("staff outside the 编制 named apart",
         [("年末实有在职人员16人。", "年末实有在职人员16人，另有编外聘用人员5人。")]),
        ("the 年初 budget of the projects beside the adjusted one",
         [("项目支出全年预算86.80万元", "项目支出年初预算75.50万元，全年预算86.80万元")]),
        ("the score at one decimal", [("自评得分99.63分", "自评得分99.6分")]),
    ],
    COOP: [
        ("the share of the budget without decimals", [("完成预算的78.00%", "完成预算的78%")]),
        ("vehicles of another scope named apart",
         [("本部门共有车辆1辆，为一般公务用车。", "本部门共有车辆1辆，为一般公务用车；所属社有企业另有货运车辆2辆。")]),
        ("the appropriations' carry-over named as a part",
         [("年初结转和结余12.60万元。", "年初结转和结余12.60万元，其中财政拨款结转和结余10.20万元。")]),
    ],
    VETERANS: [
        ("the score with two decimals", [("本项目自评得分99.8分", "本项目自评得分99.80分")]),
        ("the budget written without decimals", [("本项目全年预算45.00万元", "本项目全年预算45万元")]),
        ("the 执行率 with two decimals", [("预算执行率98%", "预算执行率98.00%")]),
        ("the works' start and completion dated apart",
         [("5月通过公开招标确定施工单位，", "5月通过公开招标确定施工单位，修缮工程于2023年6月开工，")]),
    ],
    TOWN: [
        ("the 执行率 at one decimal", [("预算执行率98%", "预算执行率98.0%")]),
        ("the beneficiaries in 人 rather than 万人", [("受益群众1.35万人", "受益群众13500人")]),
        ("a part of the projects named as a part", [("全年实施奖补项目13个", "全年实施奖补项目13个，其中道路硬化项目8个")]),
    ],
}
