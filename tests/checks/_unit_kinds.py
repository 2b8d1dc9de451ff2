"""Excerpts in the style of unit kinds the labelled corpus has few of (a county police bureau, a
city hospital, a county school, a township government, a water bureau, a farmland project, a
city culture centre, a justice bureau, a sports centre), each a correct twin we wrote in
``tests/fixtures/unit_kinds/`` and the defects a reviewer flags planted in it together.

Each defect: (name, label kind, [(old, new) …]); ``old`` occurs once in the twin. The label kinds
and the families that answer them are those of the labelled corpora (``shared/eval/score.py``).
"""

from __future__ import annotations

from ._harness import plant

FITS = {
    "arithmetic": {"arithmetic"},
    "boilerplate": {"boilerplate"},
    "inconsistency": {"consistency", "arithmetic"},
    "entity": {"consistency"},
    "typo": {"terms"},
}

_COPIED = "项目按计划实施，达到预期目标"
_SPORTS_COPIED = "严格按照年初计划实施，圆满完成年度目标"

EXCERPTS: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "county-police-project-2023.txt": [
        ("project named otherwise in the body", "entity",
         [("道路交通技术监控设备运维经费项目由", "道路交通电子监控系统运维经费项目由")]),
        ("uses do not sum to 执行数", "arithmetic", [("网络租赁费35.20万元。", "网络租赁费36.20万元。")]),
        ("结算 misspelt", "typo", [("加快合同结算进度", "加快合同结箅进度")]),
        ("no problems beside a missed target", "boilerplate",
         [("设备完好率97.5%，目标≥95%", "设备完好率93.5%，目标≥95%"),
          ("一是部分路口设备使用年限超过8年，故障率偏高；二是网络租赁费年底有5.20万元尾款未支付，预算未全部执行。",
           "项目各项绩效目标全部完成，未发现问题。")]),
        ("conclusion's 执行数 differs from the funds paragraph", "inconsistency",
         [("执行124.80万元。经自评", "执行126.80万元。经自评")]),
    ],
    "city-hospital-project-2022.txt": [
        ("form's 项目名称 differs from the title", "entity",
         [("| 项目名称 | 医疗设备购置项目 |", "| 项目名称 | 医疗设备更新项目 |")]),
        ("narrative's actual differs from the form's", "inconsistency",
         [("新设备年检查人次2.15万人次，目标", "新设备年检查人次2.51万人次，目标")]),
        ("偏差原因分析 misspelt", "typo", [("| 偏差原因分析 |", "| 偏差原困分析 |")]),
        ("one 偏差原因 copied into every row, a missed target among them", "boilerplate",
         [("| 3台 | 3台 | 20 | 20 | |", f"| 3台 | 3台 | 20 | 20 | {_COPIED} |"),
          ("| 100% | 100% | 15 | 15 | |", f"| 100% | 100% | 15 | 15 | {_COPIED} |"),
          ("| ≥90% | 95% | 10 | 10 | |", f"| ≥90% | 88% | 10 | 10 | {_COPIED} |"),
          ("患者满意度95%。", "患者满意度88%。")]),
        ("结余 is not 预算 − 执行", "arithmetic", [("结余11.40万元", "结余14.10万元")]),
    ],
    "county-school-accounts-2023.txt": [
        ("income parts do not sum to 本年收入合计", "arithmetic", [("事业收入218.64万元", "事业收入228.64万元")]),
        ("收入总计 and 支出总计 unequal", "inconsistency", [("支出总计2856.34万元。", "支出总计2865.34万元。")]),
        ("another school named in the body", "entity",
         [("云川县第一中学为事业单位", "云川县第二中学为事业单位")]),
        ("财政拨款 misspelt", "typo", [("“三公”经费财政拨款支出决算情况说明", "“三公”经费财政拔款支出决算情况说明")]),
        ("template alternative left", "boilerplate", [("决算数小于预算数的主要原因", "决算数小于（大于）预算数的主要原因")]),
    ],
    "township-overall-2022.txt": [
        ("镇 written 乡 in the body", "entity", [("石桥镇人民政府内设", "石桥乡人民政府内设")]),
        ("expense parts do not sum to 支出总计", "arithmetic", [("项目支出877.85万元。", "项目支出878.85万元。")]),
        ("one fund with two amounts", "inconsistency",
         [("村级组织运转经费315.00万元，按时", "村级组织运转经费351.00万元，按时")]),
        ("no problems beside a missed target", "boilerplate",
         [("改厕1280户，目标1200户", "改厕1080户，目标1200户"),
          ("一是部分项目资金拨付进度偏慢，第四季度支出占全年支出的38%；二是绩效目标设置不够细化，部分指标难以量化。",
           "我镇各项工作均已完成，部门整体支出绩效良好，不存在问题。")]),
        ("支出进度 misspelt", "typo", [("按月通报项目支出进度", "按月通报项目支出近度")]),
    ],
    "county-water-project-2024.txt": [
        ("服务对象 misspelt", "typo", [("服务对象满意度指标", "服务对像满意度指标")]),
        ("no deviation while 执行率 is 96%", "boilerplate",
         [("预算执行率未达到100%，主要原因是两座水库溢洪道维修工程款于次年初结算。",
           "本项目各项绩效指标均已完成，预算执行无偏差。")]),
        ("narrative 执行数 differs from the form", "inconsistency",
         [("全年执行数为176.64万元，执行率96.00%。", "全年执行数为167.64万元，执行率96.00%。")]),
        ("form's 项目名称 differs from the title", "entity",
         [("项目名称\t小型水库维修养护项目", "项目名称\t小型水库运行管护项目")]),
        ("fund sources do not sum to the budget", "arithmetic", [("县级配套资金46.00万元", "县级配套资金56.00万元")]),
    ],
    "city-farmland-project-2023.txt": [
        ("fund sources do not sum to 总投资", "arithmetic", [("省级财政资金1280.00万元", "省级财政资金1380.00万元")]),
        ("conclusion's paid amount differs", "inconsistency",
         [("项目全年已支付资金5472.00万元", "项目全年已支付资金5427.00万元")]),
        ("支付 misspelt", "typo", [("已支付资金5472.00万元，支付率", "已支附资金5472.00万元，支付率")]),
        ("every target met, beside an unaccepted section", "boilerplate",
         [("项目区农户满意度93%。", "项目区农户满意度93%，各项绩效目标全部顺利完成。")]),
        ("县 written 区", "entity", [("南湖县有1个标段", "南湖区有1个标段")]),
    ],
    "city-culture-overall-2023.txt": [
        ("unit named otherwise in the body", "entity",
         [("临江市文化馆为市文化广电旅游局所属", "临江市群众艺术馆为市文化广电旅游局所属")]),
        ("expense parts do not sum to 执行数", "arithmetic", [("项目支出309.50万元", "项目支出319.50万元")]),
        ("target missed, full marks", "inconsistency", [("| ≥40期 | 44期 | 15 | 15 |", "| ≥40期 | 36期 | 15 | 15 |")]),
        ("every target met, beside the miss", "boilerplate",
         [("等次为优。", "等次为优，各项绩效目标均已全面完成。")]),
        ("覆盖 misspelt", "typo", [("培训覆盖面有限", "培训复盖面有限")]),
    ],
    "county-justice-project-2022.txt": [
        ("case counts do not sum to the total", "arithmetic", [("刑事案件132件", "刑事案件123件")]),
        ("another county's finance bureau", "entity", [("向枫林县财政局申请", "向枫山县财政局申请")]),
        ("补贴 misspelt", "typo", [("办案补贴46.80万元", "办案补帖46.80万元")]),
        ("no problems beside a missed target", "boilerplate",
         [("受援人投诉率0.4%，目标≤1%", "受援人投诉率1.2%，目标≤1%"),
          ("一是基层法律服务所律师资源不足，部分乡镇案件只能由县城律师承办，办案成本较高；二是办案补贴标准多年未调整，律师办理援助案件积极性不高。",
           "本项目资金使用规范，绩效目标全部完成，未发现问题。")]),
        ("budget differs between two paragraphs", "inconsistency",
         [("项目预算资金65.00万元", "项目预算资金60.00万元")]),
    ],
    "city-sports-form-2024.txt": [
        ("form's 项目名称 differs from the title", "entity",
         [("| 项目名称 | 全民健身设施维护项目 |", "| 项目名称 | 全民健身器材维护项目 |")]),
        ("路径 misspelt", "typo", [("维护健身路径数量", "维护健身路经数量")]),
        ("one 偏差原因 copied into every row, a missed target among them", "boilerplate",
         [("| ≥120条 | 126条 | 15 | 15 | |", f"| ≥120条 | 126条 | 15 | 15 | {_SPORTS_COPIED} |"),
          ("| ≥300件 | 312件 | 15 | 15 | |", f"| ≥300件 | 312件 | 15 | 15 | {_SPORTS_COPIED} |"),
          ("| ≥90% | 92% | 20 | 20 | |", f"| ≥90% | 88% | 20 | 20 | {_SPORTS_COPIED} |")]),
        ("执行率 not 执行数 ÷ 预算数", "arithmetic", [("| 80.00 | 80.00 | 80.00 | 10 |", "| 80.00 | 80.00 | 78.40 | 10 |")]),
    ],
}


def planted(twin: str, name: str) -> str:
    """The twin with every defect of ``name``'s excerpt planted."""
    return plant(twin, [edit for _label, _kind, edits in EXCERPTS[name] for edit in edits])
