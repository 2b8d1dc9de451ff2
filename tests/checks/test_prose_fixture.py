"""The prose arithmetic and units rules on a 决算说明 we wrote: every defect found on its line,
nothing on the corrected draft."""

from pathlib import Path

from perflint.checks.arithmetic import CHECKS as ARITHMETIC
from perflint.checks.units import CHECKS as UNITS

from perflint.check import Context
from perflint.read.text import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "arithmetic"


def found(name: str) -> list[tuple[int, str]]:
    path = FIXTURES / name
    doc = parse_text(path.read_text(encoding="utf-8"), str(path))
    out = []
    for check in [*ARITHMETIC, *UNITS]:
        out.extend((d.location.line, d.code) for d in check({}).run(doc, Context()))
    return sorted(out)


def test_every_defect_is_found_on_its_line():
    assert found("bad_prose.txt") == [
        (5, "A104"), (5, "A106"),  # 560.00 + 8.00 ≠ 640.00; 8.00 ÷ 640.00 ≠ 12.50%
        (7, "A104"),  # 分为: 470.00 + 50.00 ≠ 560.00
        (15, "A107"),  # 完成年初预算100% but 决算数大于预算数30.00
        (21, "A104"), (21, "A105"), (21, "A106"),  # 构成为 vs 5.00 of line 19; 0.60%; (40.00%)
        (25, "A104"),  # 40 + 16 + 12 > 56
        (33, "U401"),  # 8元 among 万元
        (35, "U401"), (35, "U402"),  # 配套资金2.4元; 200/人
    ]


def test_the_corrected_draft_is_quiet():
    assert found("good_prose.txt") == []
