"""Duplicate defects planted in report excerpts of units the labelled corpora do not hold: a
county water bureau's project 自评报告 with its 自评表 in tab rows, a town school's 自评表 pasted one
cell a line, a county sports bureau's 部门整体 report with its indicator table. Each excerpt is a
correct twin we wrote in ``tests/fixtures/dup_sweep/``; its defects are planted together.

Each defect: (name, [(old, new) …]); ``old`` occurs once in the text as planted so far. Every
defect is of the label kind ``duplicate``: a reviewer expects a check of the duplicates family to
name it, on a line of the planted text that the twin does not have.
"""

from __future__ import annotations

import difflib
import re

from ._harness import plant

_CJK = re.compile(r"[\u4e00-\u9fff]")

REASON = "受汛期影响部分工程开工推迟，下一步将加快施工进度"

EXCERPTS: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {
    "county-water-project-2023.txt": [
        ("an indicator listed twice in one form, exactly",
         [("维修工程验收合格率\t100%\t100%", "水质检测合格率\t≥95%\t96.8%")]),
        ("资金到位率 under 数量 and again under 时效",
         [("更换老旧管网长度\t≥40公里\t42.5公里", "资金到位率\t100%\t100%")]),
        ("one count as a 数量指标 and again as the 社会效益 indicator",
         [("维修养护供水工程\t≥12处\t13处", "受益农村人口\t≥3.5万人\t3.62万人")]),
        ("the same 偏差原因 pasted into every row",
         [("3.8万元\t10\t10\t", f"3.8万元\t10\t10\t{REASON}"),
          ("97%\t10\t10\t", f"97%\t10\t10\t{REASON}"),
          ("93%\t5\t5\t", f"93%\t5\t5\t{REASON}")]),
        ("the 年度总体目标 repeated as the 实际完成情况",
         [("全年维修养护农村集中供水工程13处，更换老旧管网42.5公里，保障农村供水人口3.62万人。",
           "全年维修养护农村集中供水工程不少于12处，更换老旧管网不少于40公里，保障农村供水人口3.5万人以上。")]),
        ("the problems paragraph pasted under 下一步改进措施",
         [("一是统筹安排维修批次，集中采购运输维修材料；二是组织乡镇管护人员开展业务培训，充实年轻管护力量。",
           "一是部分山区工程点位分散，维修材料运输成本较高；二是个别乡镇管护人员年龄偏大，日常巡查不够及时。")]),
    ],
    "town-school-meals-2023.txt": [
        ("an indicator listed twice with a changed word",
         [("营养餐供应天数\n≥200天\n203天", "受益学生数\n≥2100人\n2156人")]),
        ("资金到位率 under 质量 and 时效, once with its unit in brackets",
         [("补助资金按月拨付率\n100%\n100%", "资金到位率\n100%\n100%"),
          ("食品安全事故发生次数\n0次\n0次", "资金到位率（%）\n100\n100")]),
        ("one count as a 数量指标 and again as the 社会效益 indicator",
         [("学生营养健康状况\n逐步改善\n有所改善", "惠及农村义务教育学生\n≥2100人\n2156人")]),
        ("the 年度总体目标 repeated as the 实际完成情况",
         [("为全镇2156名农村义务教育学生按在校日提供营养膳食补助，全年未发生食品安全事故。",
           "为全镇2100名农村义务教育学生每个在校日提供营养膳食补助，保障学生营养餐安全。")]),
    ],
    "county-sports-overall-2024.txt": [
        ("an indicator listed twice with a changed unit",
         [("| 活动按计划完成率 | 100% | 100% |", "| 全民健身活动场次 | ≥40场 | 46场 |")]),
        ("the 部门职能 paragraph pasted under 绩效目标实现情况",
         [("全年举办全民健身活动46场次，参与群众约3.2万人次；新建和更新村级健身路径18处，公共体育场馆免费或低收费开放率达到100%。",
           "宁川县体育局主要负责全县群众体育、竞技体育和体育产业的统筹规划与管理，组织开展全民健身活动，管理县级公共体育设施。")]),
        ("a list item repeated",
         [("3、加强业余训练，向市级输送体育后备人才15人。",
           "3、加强业余训练，向市级输送体育后备人才15人；\n4、举办全民健身活动，全年组织县级全民健身赛事和展示活动46场次。")]),
    ],
}


def planted(twin: str, name: str) -> str:
    """The twin with every defect of ``name``'s excerpt planted."""
    return plant(twin, [edit for _label, edits in EXCERPTS[name] for edit in edits])


def defect_lines(twin: str, text: str, edits: list[tuple[str, str]]) -> set[int]:
    """The lines of ``text`` (the planted excerpt) that an edit wrote: lines the twin does not have
    (``_harness.edited_lines`` cannot tell them: a pasted duplicate's words stand in the twin too)
    at that place (a diff of the two) holding a line of the edit's new text that says something
    (three Chinese characters or more: not a cell such as ``100%`` a one-cell-a-line form repeats)."""
    news = [part for _old, new in edits for part in new.splitlines() if len(_CJK.findall(part)) >= 3]
    ours, theirs = twin.splitlines(), text.splitlines()
    changed = set()
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            changed.update(range(j1 + 1, j2 + 1))
    return {n for n in changed if any(new in theirs[n - 1] for new in news)}
