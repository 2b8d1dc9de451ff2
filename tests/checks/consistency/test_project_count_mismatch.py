"""C716 project-count-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import ProjectCountMismatch

from perflint.extract.project_counts import project_counts

from .._harness import run

DRAFT = """某县档案馆2023年度项目支出绩效单位自评报告
一、基本情况
2023年，本馆共实施项目9个(含上年结转项目2个)；年初批复预算涉及5个项目、金额120万元，调整后项目预算110万元；年度中间新增5个项目(含上年结转项目2个)，资金到位86万元。
"""


def test_projects_at_the_start_and_added_during_the_year_against_the_total():
    [d] = run(ProjectCountMismatch, DRAFT)
    assert d.location.line == 3
    assert "5 + 5 = 10" in d.message("zh") and "9" in d.message("zh")
    assert run(ProjectCountMismatch, DRAFT.replace("新增5个项目", "新增4个项目")) == []
    [d] = run(ProjectCountMismatch, DRAFT.replace("共实施项目9个", "实施项目共9个"))
    assert "5 + 5 = 10" in d.message("zh")


@pytest.mark.parametrize("text", [
    "本馆共实施项目9个，年初批复5个项目，年中追加4个项目。",
    "本馆共实施项目9个，年初批复5个项目，年中追加5个项目，其中1个项目因政策调整撤销。",  # one removed: said so
    "本馆共实施项目9个，年初批复5个项目。",  # no additions stated
    "共有3个项目获奖，年初批复5个项目，年中新增5个项目。",  # another count, not of the projects carried out
])
def test_quiet_when_the_counts_add_up_or_the_text_accounts_for_the_rest(text):
    assert project_counts(text) == [] or run(ProjectCountMismatch, "某馆2023年度项目支出绩效自评报告\n" + text + "\n") == []


def test_counts_written_after_their_noun():
    text = "某馆2024年度部门整体支出绩效自评报告\n全年共实施项目{n}个，其中年初预算安排项目3个，年中新增项目1个。\n"
    [d] = run(ProjectCountMismatch, text.format(n=5))
    assert "3 + 1 = 4" in d.message("zh")
    assert run(ProjectCountMismatch, text.format(n=4)) == []
