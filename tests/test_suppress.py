"""Inline suppression (perflint.suppress) and the opt-in S690 unused-suppression check."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from perflint.cli import app
from perflint.read.loader import load
from perflint.suppress import directives
from perflint.testing import ignore_others

# Findings without suppression: D208 ×2 (line 5), B311 (line 7), Y502 (line 9).
DRAFT = [
    "示范项目2022年度绩效自评报告",
    "",
    "一、项目概况",
    "",
    "项目主要用于购置设备设备，偏差原因原因是采购延迟。",
    "",
    "二、自评结论",
    "",
    "2022 年 5 月 10 日",
]


def lint(tmp_path: Path, lines: list[str], *args: str, name: str = "d.txt") -> list[dict]:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", *ignore_others(["--format", "json", *args, str(path)])])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def codes(found: list[dict]) -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in found]


def test_without_directives_all_four_findings(tmp_path):
    assert codes(lint(tmp_path, DRAFT)) == [("D208", 5), ("D208", 5), ("B311", 7), ("Y502", 9)]


def test_disable_line_at_the_end_of_a_line(tmp_path):
    lines = DRAFT.copy()
    lines[4] += " <!-- perflint: disable-line=D208 -->"
    assert codes(lint(tmp_path, lines)) == [("B311", 7), ("Y502", 9)]


def test_disable_next_line_skips_blank_lines(tmp_path):
    lines = DRAFT[:7] + ["<!-- perflint: disable-next-line=Y502 -->"] + DRAFT[7:]
    assert codes(lint(tmp_path, lines)) == [("D208", 5), ("D208", 5), ("B311", 7)]


def test_disable_until_enable_with_prefixes_and_families(tmp_path):
    lines = ["<!-- perflint: disable=duplicates, B3 -->"] + DRAFT[:7] + ["<!-- perflint: enable=B3 -->"] + DRAFT[7:]
    # D208 (family) and B311 (prefix B3, before the enable) are silenced; Y502 is not named
    assert codes(lint(tmp_path, lines)) == [("Y502", 11)]
    lines = ["<!-- perflint: disable=B311 -->", "<!-- perflint: enable=B311 -->"] + DRAFT
    assert ("B311", 9) in codes(lint(tmp_path, lines)), "enable ends the disabled range"


def test_disable_without_codes_silences_everything_to_the_end(tmp_path):
    lines = DRAFT[:6] + ["<!-- perflint: disable -->"] + DRAFT[6:]
    assert codes(lint(tmp_path, lines)) == [("D208", 5), ("D208", 5)]


def test_markdown_drafts_use_the_same_comments(tmp_path):
    lines = DRAFT.copy()
    lines[8] += " <!-- perflint: disable-line=signed-before-year-end -->"
    assert ("Y502", 9) not in codes(lint(tmp_path, lines, name="d.md"))


def test_directive_in_plain_prose_does_not_count(tmp_path):
    lines = DRAFT.copy()
    lines[4] += " perflint: disable-line=D208"  # not inside a comment
    assert ("D208", 5) in codes(lint(tmp_path, lines))


YAML = """perflint: 1
title: 示范县2022年度示范项目绩效自评报告
fiscal_year: 2022
report_date: 2022年5月10日{same_line}
kind: project_self_evaluation
sections:
  - heading: 一、项目概况
    paragraphs:{above}
      - 项目主要用于购置设备设备。
"""


def test_yaml_ignore_on_the_line_and_the_line_above(tmp_path):
    plain = codes(lint(tmp_path, [YAML.format(same_line="", above="")], name="d.yaml"))
    assert ("Y502", 4) in plain and ("D208", 9) in plain
    silenced = YAML.format(same_line="  # perflint: ignore[Y502]", above="\n      # perflint: ignore[D2, T]")
    found = codes(lint(tmp_path, [silenced], name="d.yaml"))
    assert not any(c in ("Y502", "D208") for c, _ in found)


def test_yaml_ignore_covers_a_block_scalar(tmp_path):
    text = YAML.format(same_line="", above="").replace(
        "      - 项目主要用于购置设备设备。", "      - |  # perflint: ignore[D208]\n        项目主要用于购置设备设备。")
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    found = directives(load(path))
    assert len(found) == 1 and found[0].start < found[0].end
    assert "D208" not in [c for c, _ in codes(lint(tmp_path, [text], name="b.yaml"))]


def test_unused_suppression_is_off_unless_selected(tmp_path):
    lines = DRAFT + ["<!-- perflint: disable-next-line=A101 -->", "结束。"]
    assert "S690" not in [c for c, _ in codes(lint(tmp_path, lines))]
    found = lint(tmp_path, lines, "--select", "ALL")
    assert ("S690", 10) in codes(found)
    assert found[-1]["args"] == {"selector": "A101"}


def test_unused_suppression_reports_unknown_codes_but_not_codes_not_run(tmp_path):
    lines = DRAFT.copy()
    lines[4] += " <!-- perflint: disable-line=D208,ZZ99 -->"
    lines[8] += " <!-- perflint: disable-line=A101 -->"
    found = lint(tmp_path, lines, "--select", "D,Y,S690")
    s690 = [(d["line"], d["message_key"], d["args"]["selector"]) for d in found if d["code"] == "S690"]
    # D208 was used; ZZ99 names no check; A101 did not run (not selected), so nobody can tell
    assert s690 == [(5, "unknown", "ZZ99")]


def test_unused_suppression_can_itself_be_suppressed(tmp_path):
    lines = DRAFT + ["<!-- perflint: disable-line=A101,S690 -->"]
    assert "S690" not in [c for c, _ in codes(lint(tmp_path, lines, "--select", "ALL"))]


CLEAN = Path(__file__).parent / "fixtures" / "clean"


def test_directives_are_invisible_to_the_reader(tmp_path):
    """Comments sprinkled through correct drafts (own lines inside tables, line ends) change
    nothing: a directive line must not split a table or a paragraph."""
    for draft in sorted(CLEAN.iterdir()):
        out = []
        for i, line in enumerate(draft.read_text(encoding="utf-8").splitlines()):
            out.append(line + (" <!-- perflint: disable-line=A101 -->" if line.strip() and i % 3 == 0 else ""))
            if i % 7 == 0:
                out.append("<!-- perflint: disable-next-line=units -->")
        assert lint(tmp_path, out, name=draft.name) == [], draft.name


def test_the_readme_examples_parse(tmp_path):
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Suppressing a finding in the draft", 1)[1].split("\n## ", 1)[0]
    markdown = section.split("```markdown\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "r.md"
    path.write_text(markdown, encoding="utf-8")
    found = directives(load(path))
    assert [(d.kind, d.selectors, d.start, d.end) for d in found] == [
        ("disable", ["A101", "units"], 1, 3), ("disable-next-line", ["C702"], 6, 6), ("disable-line", ["Y502"], 8, 8)]
    yaml_text = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "r.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    from perflint.suppress import _yaml_directives

    assert [(d.selectors, d.start) for d in _yaml_directives(yaml_text.splitlines())] == [(["Y502"], 1), (["D2", "T801"], 4)]


def test_unused_yaml_ignore_is_reported_when_selected(tmp_path):
    text = YAML.format(same_line="  # perflint: ignore[A101]", above="\n      # perflint: ignore[D208]")
    found = lint(tmp_path, [text], "--select", "ALL", name="u.yaml")
    s690 = [(d["line"], d["args"]["selector"]) for d in found if d["code"] == "S690"]
    assert s690 == [(4, "A101")], "D208 suppressed the doubled word; A101 suppressed nothing"


def test_directive_in_capitals_is_no_part_of_the_draft():
    """The directive pattern ignores case, so the line screen must too: an upper-case directive
    line honoured as a directive is also kept out of the text the reader sees (it would otherwise
    split a table or end a paragraph)."""
    from perflint.read.text import parse_text
    from perflint.suppress import visible_lines

    for directive in ("<!-- PERFLINT: disable-next-line=Y502 -->", "<!-- Perflint: disable -->"):
        assert visible_lines(["正文。", directive]) == [(1, "正文。")]
        assert visible_lines([f"正文。 {directive}"]) == [(1, "正文。")]
        doc = parse_text("\n".join([*DRAFT[:7], directive, *DRAFT[7:]]))
        assert not [t for t in doc.texts() if "erflint" in t.value.lower()], directive


def test_disable_next_line_in_capitals(tmp_path):
    lines = DRAFT[:7] + ["<!-- PERFLINT: disable-next-line=Y502 -->"] + DRAFT[7:]
    assert codes(lint(tmp_path, lines)) == [("D208", 5), ("D208", 5), ("B311", 7)]
