"""Reports are written as the run goes (issue 11: memory must not grow with the number of files
in a folder): a streaming reporter writes a file's findings when the file is added and keeps
only tallies; the formats that need the whole run collect it; the bytes are those of a report
rendered from the whole list at once."""

from __future__ import annotations

import io
import json

import pytest

from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Location
from perflint.report import make_reporter
from perflint.report.base import FileResult, JsonArrayWriter

FORMATS = ["text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "html", "statistics"]


def _finding(path: str, line: int, code: str = "D208", severity: Severity = Severity.warning) -> Diagnostic:
    return Diagnostic(code=code, family="duplicates", severity=severity, location=Location(path, line, 1, line, 3),
                      check_name="doubled-word", key="k", templates={"zh": "重复：{w}", "en": "doubled: {w}"},
                      args={"w": "设备"})


def _results() -> list[FileResult]:
    return [FileResult("a.txt", None, [_finding("a.txt", 2), _finding("a.txt", 5, "Y502", Severity.error)]),
            FileResult("b.txt", None, []),
            FileResult("c.yaml", error="c.yaml: 无法读取", error_reason="无法读取", error_line=3),
            FileResult("d.txt", None, [_finding("d.txt", 1)], internal_errors=["d.txt: check X (x) failed"])]


@pytest.mark.parametrize("value", [[], [{}], [{"a": 1, "b": [], "c": {"d": "x\ny", "e": [1, {"f": None}]}}, "s", 2.5]])
def test_a_json_array_written_item_by_item_is_json_dump_of_the_list(value):
    out = io.StringIO()
    array = JsonArrayWriter(out)
    for item in value:
        array.item(item)
    array.close()
    whole = io.StringIO()
    json.dump(value, whole, ensure_ascii=False, indent=2)
    assert out.getvalue() == whole.getvalue() + "\n"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_adding_files_one_by_one_writes_what_rendering_the_list_writes(fmt, lang):
    whole, streamed = io.StringIO(), io.StringIO()
    make_reporter(fmt, whole, color=False).render(_results(), lang)
    reporter = make_reporter(fmt, streamed, color=False)
    reporter.start(lang, 4)
    for result in _results():
        reporter.add(result)
    reporter.finish()
    assert streamed.getvalue() == whole.getvalue() and whole.getvalue()


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "gitlab"])
def test_a_file_is_written_when_it_is_added_not_at_the_end(fmt):
    out = io.StringIO()
    reporter = make_reporter(fmt, out, color=False)
    reporter.start("en", 2)
    reporter.add(_results()[0])
    assert "Y502" in out.getvalue()  # already written: nothing of the file needs to be kept
    reporter.add(_results()[1])
    reporter.finish()


def test_the_text_summary_counts_every_file_added():
    out = io.StringIO()
    make_reporter("text", out, color=False).render(_results(), "en")
    text = out.getvalue()
    assert "total" in text and "3" in text.split("total")[1].split("\n")[0]  # three findings in all
    assert "unreadable" in text and "internal errors" in text
    quiet = io.StringIO()
    make_reporter("text", quiet, color=False, quiet=True).render(_results(), "en")
    assert quiet.getvalue().strip() == "3 finding(s): error 1, warning 2 (4 file(s)); 1 file(s) could not be read"


@pytest.mark.parametrize("fmt", ["sarif", "junit"])
def test_formats_that_collect_the_run_do_not_keep_source_lines(fmt):
    from perflint.model import Document
    from perflint.retained import retain

    kept = retain(Document("a.txt", "txt", ["项目预算设备设备"], []), [_finding("a.txt", 1)])
    reporter = make_reporter(fmt, io.StringIO())
    reporter.start("zh", 1)
    reporter.add(FileResult("a.txt", kept, [_finding("a.txt", 1)]))
    assert reporter.results[0].document is None


def test_a_report_held_under_a_progress_bar_is_written_when_the_run_ends(capsys):
    # The bar is drawn on the terminal the report goes to: the findings wait for the bar to end.
    from perflint.cli_support import report

    with report("json", "en", None, [], True, False, False, 2, hold=True) as reporter:
        for result in _results()[:2]:
            reporter.add(result)
        assert capsys.readouterr().out == ""
    out = capsys.readouterr().out
    assert [d["code"] for d in json.loads(out)] == ["D208", "Y502"]


def test_a_report_into_a_file_appears_whole_when_the_run_ends(tmp_path):
    from perflint.cli_support import report

    target = tmp_path / "report.json"
    with report("json", "en", target, [], True, False, False, 1) as reporter:
        reporter.add(_results()[0])
        assert not target.exists()  # written into a temporary file beside it until the end
    assert [d["code"] for d in json.loads(target.read_text(encoding="utf-8"))] == ["D208", "Y502"]
