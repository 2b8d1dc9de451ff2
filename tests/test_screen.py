"""The plain screen writes what rich writes without colour (perflint.report.screen).

A pipe or a file gets the plain screen (no rich console imported); a terminal gets rich. The two
must give the same text, so each case here is drawn by both and compared character for character:
neutral items of every kind, and whole reports of real findings on drafts we wrote.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from perflint.check import Context
from perflint.engine import discover, run_checks
from perflint.read.loader import load
from perflint.report import make_reporter
from perflint.report.base import FileResult
from perflint.report.screen import Line, PlainScreen, RichScreen, Rule, Table, screen_for
from perflint.report.text_report import TextReporter

ROOT = Path(__file__).resolve().parent.parent


def _both(items, width: int = 80) -> tuple[str, str]:
    plain, rich = io.StringIO(), io.StringIO()
    PlainScreen(plain, width=width).show(items)
    RichScreen(Console(file=rich, width=width, highlight=False, soft_wrap=True, no_color=True)).show(items)
    return plain.getvalue(), rich.getvalue()


def _table(title: str, rows: list[tuple[list[str], str, bool]]) -> Table:
    table = Table(title, ["类别", "代码", "规则", "数量"], right={3})
    for cells, style, end in rows:
        table.add_row(*cells, style=style, end_section=end)
    return table


CASES = [
    [Line.of("示范.txt:3:1: D208 [duplicates] 警告 “政府”连续写了两遍")],
    [Line((("a.txt:1:2", "bold"), (": ", ""), ("A101", "bold red"), (" 合计 1,234.50 万元", "")))],
    [Line.of("     3 │ 项目\t资金\t合计\t12.5", "dim")],  # tabs expand by cells, as rich does
    [Line.of("一二三\t四\tabcdefgh\tx")],
    [Line.of("回车\r铃\x07退格\x08换页\x0c")],  # control characters rich drops
    [Line.of("多行\n第二行\t制表")],
    [Line.of("")],
    [Rule("drafts/示范县2023年度部门决算.txt (12)", style="bold")],
    [Rule("x" * 200)],  # cut with an ellipsis, as rich cuts it
    [Rule("短" * 39)],
    [Rule("短" * 40)],
    [Rule("")],
    [_table("按规则汇总", [(["arithmetic", "A101", "合计不等于各分项之和", "3"], "", False),
                         (["", "A106", "比率与其分子分母不符", "12"], "", True),
                         (["duplicates", "D208", "字词重复", "1"], "", True),
                         (["合计", "", "", "16"], "bold", False),
                         (["内部错误（检查未完成）", "", "", "1"], "red", False)])],
    [_table("Summary by rule", [(["years", "Y501", "year", "12345"], "", True), (["total", "", "", "5"], "bold", False)])],
    [_table("A title much longer than the table it stands over, still one line", [(["u", "U401", "x", "1"], "", False)])],
    [_table("", [(["u", "U401", "x", "1"], "", True)])],  # a section ending on the last row draws no line
    [Rule("a.txt (2)"), Line.of("── 部分: 附件1 (L3)", "bold dim"), Line.of("a.txt:7:1: x"), Line.of("   ↳ 相关 a.txt:9: y", "dim")],
]


@pytest.mark.parametrize("items", CASES)
@pytest.mark.parametrize("width", [80, 100, 50])
def test_plain_screen_writes_what_rich_writes(items, width):
    if any(isinstance(i, Table) for i in items) and width < 60:
        pytest.skip("rich narrows and wraps a table wider than the console; the plain screen never wraps")
    plain, rich = _both(items, width)
    assert plain == rich


def _results() -> list[FileResult]:
    checks = [cls() for cls in discover()]
    out = []
    for name in ("budget-office-2023.txt", "final-accounts-2023.md", "self-evaluation.yaml"):
        doc = load(ROOT / "examples" / name)
        out.append(FileResult(str(ROOT / "examples" / name), doc, run_checks(doc, checks, Context()).diagnostics))
    out.append(FileResult("missing.txt", error="missing.txt: 文件不存在", error_reason="文件不存在"))
    return out


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("count", [1, 4])
def test_whole_reports_are_the_same_on_both_screens(lang, count):
    results = _results()[:count]
    assert sum(len(r.diagnostics) for r in results) > 1  # findings, parts, related places, a table
    plain, rich = io.StringIO(), io.StringIO()
    TextReporter(PlainScreen(plain, width=120)).render(results, lang)
    console = Console(file=rich, width=120, highlight=False, soft_wrap=True, no_color=True)
    TextReporter(console).render(results, lang)
    assert plain.getvalue() == rich.getvalue()
    assert "│" in plain.getvalue() and ("按规则汇总" in plain.getvalue() or "Summary by rule" in plain.getvalue())


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_plain_text_and_a_terminal_gets_rich(monkeypatch):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(screen_for(io.StringIO(), None), PlainScreen)
    assert isinstance(screen_for(_Tty(), None), RichScreen)
    assert isinstance(screen_for(_Tty(), False), PlainScreen)  # --no-color
    assert isinstance(screen_for(io.StringIO(), True), RichScreen)  # --color
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert isinstance(screen_for(io.StringIO(), None), RichScreen)
    monkeypatch.setenv("TTY_COMPATIBLE", "0")
    assert isinstance(screen_for(_Tty(), None), PlainScreen)


def test_forced_colour_still_colours():
    out = io.StringIO()
    reporter = make_reporter("text", out, color=True)
    reporter.render(_results()[:1], "zh")
    assert "\x1b[" in out.getvalue()


def test_a_piped_check_run_does_not_import_richs_console(tmp_path, import_probe):
    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n政府政府采购。\n项目用于购置设备设备。\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    [(proc, seen)] = import_probe(["check", str(draft)], ["rich.console", "rich.table", "rich.text"],
                                  env=env, cwd=tmp_path, runs=1)
    assert "D208" in proc.stdout and "按规则汇总" in proc.stdout
    assert seen == set()
