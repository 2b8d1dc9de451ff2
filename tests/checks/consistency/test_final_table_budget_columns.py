"""C741 final-table-budget-columns: fires on 决算表 we wrote with budget columns only, quiet on correct ones."""

from __future__ import annotations

from perflint.checks.consistency import FinalTableBudgetColumns

from .._harness import line_of, run

# A county's 三公 决算表 that kept the budget table's one column (modelled on a county's 2015
# publication whose table was titled 决算表 and headed 本年预算数; names and figures are ours).
BUDGET_ONLY = """示范县2023年度部门决算
示范县2023年度“三公”经费支出决算表
单位：万元
| 项目 | 本年预算数 |
| 合计 | 26.00 |
| 因公出国（境）费 | 0.00 |
| 公务接待费 | 8.00 |
| 公务用车购置及运行费 | 18.00 |
"""


def test_c741_a_final_accounts_table_headed_with_the_budget_only():
    [d] = run(FinalTableBudgetColumns, BUDGET_ONLY)
    assert d.code == "C741" and d.severity.name == "warning"
    assert d.location.line == line_of(BUDGET_ONLY, "| 项目 | 本年预算数 |")
    assert "本年预算数" in d.message("zh") and "决算表" in d.message("zh")


def test_c741_quiet_when_the_final_figures_stand_beside_the_budget():
    fixed = BUDGET_ONLY.replace("| 项目 | 本年预算数 |", "| 项目 | 预算数 | 决算数 |").replace(
        "26.00 |", "26.00 | 23.40 |").replace("| 0.00 |", "| 0.00 | 0.00 |").replace(
        "8.00 |", "8.00 | 6.10 |").replace("18.00 |", "18.00 | 17.30 |")
    assert run(FinalTableBudgetColumns, fixed) == []
    # a budget table titled as one, and a 决算表 whose header spreads over two rows with its 决算数
    budget = BUDGET_ONLY.replace("支出决算表", "支出预算表")
    assert run(FinalTableBudgetColumns, budget) == []
    spread = BUDGET_ONLY.replace("| 项目 | 本年预算数 |", "| 项目 | 本年预算数 | |\n| | | 决算数 |")
    assert run(FinalTableBudgetColumns, spread) == []


def test_c741_reads_the_title_written_in_the_tables_first_row():
    """A page pasted with the title inside the grid (`…决算表 | |`): the first row is the title."""
    inside = BUDGET_ONLY.replace("示范县2023年度“三公”经费支出决算表\n单位：万元\n",
                                 "| 示范县2023年度“三公”经费支出决算表 | |\n| 单位：万元 | |\n")
    [d] = run(FinalTableBudgetColumns, inside)
    assert "支出决算表" in d.message("zh")
