"""The terminal as a user meets it: -h, python -m, rules when piped, --quiet, long lines cut to a
window, findings grouped by file and part, a progress bar only on a terminal."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from rich.cells import cell_len
from typer.testing import CliRunner

from perflint.check import FAMILIES
from perflint.cli import app
from perflint.engine import load_registry
from perflint.progress import track, wanted
from perflint.report.text_report import WINDOW, window

TWO_PARTS = """附件1

示范县文化馆2023年度群众文化活动项目支出绩效自评报告

一、项目概况

项目主要用于购置设备设备。

附件2

示范县文化馆2023年度非遗保护项目支出绩效自评报告

一、项目概况

本项目偏差原因原因是采购延迟。
"""


OURS = ["--select", ",".join(FAMILIES)]  # a third-party check installed beside ours must not count here


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_short_help_option():
    for args in (["-h"], ["check", "-h"], ["rules", "-h"]):
        result = run(*args)
        assert result.exit_code == 0 and "Usage" in result.stdout, args


def test_python_dash_m():
    proc = subprocess.run([sys.executable, "-m", "perflint", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("perflint ")


def test_rules_are_never_cut_when_piped():
    result = run("rules")  # CliRunner's stdout is not a terminal, as with `perflint rules | less`
    assert result.exit_code == 0 and "…" not in result.stdout
    for cls in load_registry().checks:
        row = next(line for line in result.stdout.splitlines() if line.split()[:1] == [cls.code])
        assert cls.name in row and cls.summary("zh") in row


def test_quiet_prints_one_summary_line(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text(TWO_PARTS, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text("示范项目2022年度绩效自评报告\n\n2023 年 3 月 10 日\n", encoding="utf-8")
    result = run("check", *OURS, "--quiet", str(bad), str(clean))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == ["共 2 个问题：警告 2（2 个文件）"]
    result = run("check", *OURS, "-q", "--lang", "en", str(clean))
    assert result.exit_code == 0 and result.stdout.strip() == "No problems found in 1 file(s)."
    result = run("check", *OURS, "-q", str(clean), str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "无法读取" in result.stdout


def test_findings_grouped_by_file_and_part(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TWO_PARTS, encoding="utf-8")
    (tmp_path / "b.txt").write_text("示范项目2022年度绩效自评报告\n\n政府政府采购。\n", encoding="utf-8")
    out = run("check", *OURS, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).stdout.splitlines()
    heads = [i for i, line in enumerate(out) if line.startswith(str(tmp_path)) and "(" in line and "──" in line]
    assert len(heads) == 2  # one rule per file, naming it and its count
    parts = [line for line in out if line.startswith("── 部分")]
    assert len(parts) == 2 and "群众文化活动" in parts[0] and "非遗保护" in parts[1]
    assert out.index(parts[0]) < next(i for i, line in enumerate(out) if ":7:" in line) < out.index(parts[1])


def test_single_file_single_part_has_no_headers(tmp_path: Path):
    (tmp_path / "b.txt").write_text("示范项目2022年度绩效自评报告\n\n政府政府采购。\n", encoding="utf-8")
    out = run("check", *OURS, str(tmp_path / "b.txt")).stdout
    assert "──" not in out and ":3:1: D208" in out


def test_long_line_is_cut_to_a_window_around_the_span(tmp_path: Path):
    filler = "本年度各项工作有序推进，" * 20
    draft = tmp_path / "flat.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n" + filler + "项目用于购置设备设备。" + filler + "\n", encoding="utf-8")
    out = run("check", *OURS, str(draft)).stdout
    source = next(line for line in out.splitlines() if line.lstrip().startswith("3 │"))
    shown = source.split("│ ", 1)[1]
    assert "设备设备" in shown and shown.startswith("…") and shown.endswith("…")
    assert cell_len(shown) <= WINDOW + 2


def test_window_keeps_short_lines_and_cuts_long_spans():
    assert window("ab", "c", "d") == ("ab", "c", "d")
    before, span, after = window("前" * 100, "中" * 100, "后" * 100)
    assert before.startswith("…") and span.endswith("…") and after.endswith("…")
    assert cell_len(before + span + after) <= WINDOW
    before, span, after = window("", "x", "y" * 300)  # a span at the start keeps its context after
    assert before == "" and span == "x" and cell_len(after) <= WINDOW


def test_window_of_a_huge_line_is_the_window_of_the_text_near_its_span():
    """A whole table read into one line (hundreds of thousands of characters): only the text next
    to the span is measured, and what is shown is what the text near the span alone shows."""
    far, near = "é" * 100_000, "前é" * 300
    assert window(far + near, "中", near + far) == window(near, "中", near)
    assert window(far + near, "中" * 90_000, "") == window(near, "中" * 400, "")
    before, span, after = window("\u200b" * 5_000, "中", "\u200b" * 5_000)  # zero-width: still marked as cut
    assert before.startswith("…") and after.endswith("…") and span == "中"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_many_files(tmp_path: Path):
    paths = [tmp_path / f"{i}.txt" for i in range(8)]
    assert not wanted(len(paths), stream=io.StringIO())
    assert not wanted(3, stream=_Tty())
    assert not wanted(len(paths), quiet=True, stream=_Tty())
    tty = _Tty()
    assert list(track(paths, stream=tty)) == paths
    assert "perflint" in tty.getvalue()
    quiet = io.StringIO()
    assert list(track(paths, stream=quiet)) == paths and quiet.getvalue() == ""


def test_summary_counts_per_rule_grouped_by_family(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TWO_PARTS, encoding="utf-8")
    (tmp_path / "b.txt").write_text("示范项目2022年度绩效自评报告\n\n政府政府采购。\n", encoding="utf-8")
    registry = {c.code: c for c in load_registry().checks}
    for lang, heading in (("zh", "按规则汇总"), ("en", "Summary by rule")):
        out = run("check", *OURS, "--lang", lang, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")).stdout
        summary = out.split(heading, 1)[1].splitlines()
        rows = [[cell.strip() for cell in line.split("│")] for line in summary if "│" in line]
        by_code = {row[1]: row for row in rows if row[1]}
        assert set(by_code) == {"D208"}  # the doubled words of both files: one rule
        family, code, title, count = by_code["D208"]
        assert (family, title, count) == ("duplicates", registry["D208"].summary(lang), "3")
        assert rows[-1][0] == ("合计" if lang == "zh" else "total") and rows[-1][-1] == "3"


def test_one_finding_has_a_summary_line_not_a_table(tmp_path: Path):
    (tmp_path / "b.txt").write_text("示范项目2022年度绩效自评报告\n\n政府政府采购。\n", encoding="utf-8")
    out = run("check", *OURS, str(tmp_path / "b.txt")).stdout
    assert "按规则汇总" not in out and out.splitlines()[-1] == "共 1 个问题：警告 1（1 个文件）"


def test_statistics_format_is_unchanged_by_the_summary(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TWO_PARTS, encoding="utf-8")
    out = run("check", *OURS, "--statistics", str(tmp_path / "a.txt")).stdout.splitlines()
    assert out[0].split("\t")[:2] == ["2", "D208"] and out[-1] == "合计 2"
