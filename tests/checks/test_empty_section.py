"""B306 empty-section where the reader's shapes matter: contents lines and one-cell-a-line tables."""

from __future__ import annotations

from pathlib import Path

from perflint.checks.boilerplate.empty_section import EmptySection

from perflint.check import Context
from perflint.read.text import parse_text

CLEAN = Path(__file__).parent.parent / "fixtures" / "clean"


def run(text: str) -> list:
    return list(EmptySection().run(parse_text(text, "d.txt"), Context()))


def test_b306_quiet_on_a_table_of_contents_without_page_numbers():
    text = (CLEAN / "forestry-station-accounts-2023.txt").read_text(encoding="utf-8")
    assert run(text) == []


def test_b306_still_fires_on_an_empty_heading_after_the_contents():
    text = (CLEAN / "forestry-station-accounts-2023.txt").read_text(encoding="utf-8")
    emptied = text.replace("本站内设综合股、资源管理股和技术推广股，均为本级单位，无下属单位。\n", "")
    [d] = run(emptied)
    assert d.location.line == 20 and "二、机构设置" in d.message("zh")


def test_b306_quiet_on_row_labels_of_a_table_read_one_cell_a_line():
    text = ("示范县2023年决算编制说明\n\n项目支出:\n\n874.20\n\n308.17\n\n1、业务工作经费\n\n\n\n"
            "2、运行维护经费\n\n\n\n……\n\n三、其他说明\n\n无。\n")
    assert run(text) == []
