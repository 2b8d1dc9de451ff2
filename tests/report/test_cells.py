"""perflint's cell widths (perflint.report.cells) are rich's, in every Unicode version rich knows."""

from __future__ import annotations

import random

import pytest
from rich import cells as rich_cells
from rich._unicode_data._versions import VERSIONS

from perflint.report import cells


def _simple_characters() -> list[str]:
    wide = [chr(o) for start, end in cells.WIDE_RANGES for o in range(start, end + 1)]
    return sorted(cells.NARROW) + wide


@pytest.mark.parametrize("version", VERSIONS)
def test_every_counted_character_has_the_same_width_in_every_version(version):
    for ch in _simple_characters():
        expected = 2 if ch not in cells.NARROW else 1
        assert rich_cells.get_character_cell_size(ch, version) == expected, (hex(ord(ch)), version)


SAMPLES = ["", "abc", "项目支出绩效自评报告", "（一）“三公”经费支出100.5万元，占比12.3％。", "第一部分 ── 概况…",
           "表1：《预算》【附件】", "emoji 😀 and combining e\u0301", "zwj 👨\u200d👩", "ß and é", "\u3000全角空格",
           "混合 text 与 ASCII · × — ‘’", "⑩ ① Ⅻ", "\x07bell"]


def test_cell_len_and_set_cell_size_are_richs():
    rng = random.Random(7)
    pool = _simple_characters()[:200] + ["中", "文", "，", "😀", "é", "\u200d", "①"]
    texts = SAMPLES + ["".join(rng.choice(pool) for _ in range(rng.randrange(0, 30))) for _ in range(300)]
    for text in texts:
        assert cells.cell_len(text) == rich_cells.cell_len(text), text
        for total in (-2, 0, 1, 2, 3, 5, 8, 13, 40):
            assert cells.set_cell_size(text, total) == rich_cells.set_cell_size(text, total), (text, total)
