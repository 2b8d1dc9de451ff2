"""A linted draft is kept only as the source lines its findings point at (issue 11: memory must
not grow with the number of drafts in a folder), and the reports read the same from that."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from perflint.check import Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.engine import discover, instantiate
from perflint.model import Document, Location, Part
from perflint.retained import RetainedSource, retain
from perflint.runner import Task, lint_files

ROOT = Path(__file__).resolve().parent.parent
# Run outside the source tree: there `python -m` would import ./perflint, which lacks perflint.checks
# unless the install is editable (CI installs it as a user does, non-editable).
HERE = Path(__file__).resolve().parent
DRAFT = ROOT / "tests" / "fixtures" / "boilerplate" / "bad_report.txt"


def _doc() -> Document:
    lines = ["示例县财政局2023年度部门整体支出绩效自评报告", "一、基本情况", "预算数100万元。", "", "二、附表"]
    return Document("draft.txt", "txt", lines, [Part("自评报告", 1), Part("附表", 5)])


def _finding(line: int) -> Diagnostic:
    return Diagnostic(code="X101", family="x", severity=Severity.warning,
                      location=Location("draft.txt", line, 1, line, 2), check_name="x", key="k")


def test_only_the_lines_findings_point_at_are_kept():
    kept = retain(_doc(), [_finding(3)])
    assert kept.source_line(3) == "预算数100万元。"
    assert kept.source_line(1) == "示例县财政局2023年度部门整体支出绩效自评报告"  # an internal error stands there
    assert kept.source_line(2) == "" and kept.source_line(99) == ""
    assert [(p.title, p.line) for p in kept.parts] == [("自评报告", 1), ("附表", 5)]
    assert kept.lines == ["示例县财政局2023年度部门整体支出绩效自评报告", "", "预算数100万元。", "", ""]


def test_every_line_is_kept_for_a_report_that_shows_them_all():
    doc = _doc()
    kept = retain(doc, [], all_lines=True)
    assert kept.lines == doc.lines and kept.source_line(2) == "一、基本情况"


def test_outcomes_hold_no_document_model():
    checks = instantiate(discover())
    [out] = lint_files([Task(DRAFT.resolve(), checks, Context())], discover(), jobs=1)
    assert isinstance(out.doc, RetainedSource) and out.diagnostics
    for d in out.diagnostics:
        assert out.doc.source_line(d.location.line) == DRAFT.resolve().read_text(encoding="utf-8").splitlines()[d.location.line - 1]


def test_text_and_html_reports_show_the_source_as_before():
    # The text report prints each finding's line; the HTML report every line of the draft.
    for fmt, needle in (("text", "│"), ("html", 'class="ln"')):
        out = subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", "--format", fmt, str(DRAFT)],
                             capture_output=True, text=True, encoding="utf-8", cwd=HERE)
        assert needle in out.stdout
    html = subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", "--format", "html", str(DRAFT)],
                          capture_output=True, text=True, encoding="utf-8", cwd=HERE).stdout
    assert html.count('class="ln"') == len(DRAFT.read_text(encoding="utf-8").rstrip("\n").split("\n"))
