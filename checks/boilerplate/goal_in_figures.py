"""B314: a 自评表 whose 年度总体目标 block holds figures only, not the goal in words."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.normalise import compact

from ._facts import form_facts


class GoalInFigures(Check):
    """## What it does
    Finds a 自评表 whose `年度总体目标` block (预期目标 and 实际完成情况) holds nothing but
    figures — typically the year's budget and the amount spent copied from the rows above —
    instead of the goal set at the start of the year and what was achieved; and one whose 预期目标
    holds nothing but the project's name (`送戏下乡经费`, the year before it at most), which states no goal.

    ## Why is this bad?
    The block is where the form states, in words, what the money was for (`完成 3 个村的道路硬化`)
    and how far that was done. Amounts say nothing of either: the indicators below then have no
    stated goal to be measured against, and the reviewer cannot judge the 产出 and 效益 scores.

    ## Example
    ```text
    项目支出绩效自评表
    项目名称 | 职工食堂暖通改造
    项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
    年度资金总额 | 43.2 | 43.2 | 37.24 | 10 | 86.2% | 8.6
    年度总体目标 | 预期目标 | 实际完成情况
     | 43.2 | 37.24
    一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
    产出指标 | 数量指标 | 改造楼栋数 | 3栋 | 3栋 | 90 | 90
    ```

    ## Use instead
    ```text
    项目支出绩效自评表
    项目名称 | 职工食堂暖通改造
    项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
    年度资金总额 | 43.2 | 43.2 | 37.24 | 10 | 86.2% | 8.6
    年度总体目标 | 预期目标 | 实际完成情况
     | 完成食堂及宿舍楼暖通改造 3 处 | 已完成 3 处改造并通过验收
    一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
    产出指标 | 数量指标 | 改造楼栋数 | 3栋 | 3栋 | 90 | 90
    ```
    """

    doc_zh = """## 它检查什么
    查找“年度总体目标”一栏（预期目标、实际完成情况）只填了数字的自评表——通常是把上面预算数、执行数抄了过来——而没有写年初设定的目标和实际完成了什么；以及“预期目标”只写了项目名称（“送戏下乡经费”，前面至多有年份）的自评表，名称不是目标。

    ## 为什么要改
    这一栏要用文字写明资金用来做什么（如“完成3个村的道路硬化”）以及完成到什么程度。金额说明不了这两点：下面的绩效指标就没有可对照的总体目标，审核人也无法判断产出、效益得分是否合理。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "B314"
    name = "goal-in-figures"
    family = "boilerplate"
    severity = Severity.warning
    title = {"zh": "年度总体目标只填数字", "en": "Annual goal given as figures only"}
    messages = {
        "name": {
            "zh": "“年度总体目标”的预期目标只写了项目名称（{name}），未写明年度目标",
            "en": "The annual goal (年度总体目标) gives only the project's name ({name}): state the goal for the year",
        },
        "figures": {
            "zh": "“年度总体目标”只填了数字（{values}），未用文字写明年度目标和实际完成情况",
            "en": "The annual goal (年度总体目标) holds figures only ({values}): state the goal and what was achieved in words",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for facts in form_facts(doc, ctx):
            goal = facts.se.goal
            if goal is not None and goal.words and goal.expected is not None:
                from perflint.extract.form_links import goal_names_project_only

                actual = goal.actual.value if goal.actual is not None else None
                if goal_names_project_only(goal.expected.value, actual, facts.se):
                    yield self.diagnostic("name", goal.expected.text.locate(), name=compact(goal.expected.value))
                continue
            if goal is None or goal.words or goal.expected is None or goal.actual is None:
                # no block, a goal in words, or not the block's two cells (a lone figure after the
                # label may be a page number the copy kept)
                continue
            yield self.diagnostic("figures", goal.expected.text.locate(),
                                  values=f"{compact(goal.expected.value)}、{compact(goal.actual.value)}")
