"""Every --format: its structure, its escaping, and unreadable inputs shown as error entries."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from perflint.report.github import escape_data, escape_property

from .conftest import invoke

FORMATS = ["text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "html", "statistics"]


def test_json_is_an_array_of_the_diagnostic_objects(drafts):
    run = invoke("--format", "json", str(drafts["bad"]))
    assert run.code == 1
    data = json.loads(run.out)
    assert [d["code"] for d in data] == ["D208", "D208", "B311", "Y502"]
    assert set(data[0]) == {"path", "line", "column", "end_line", "end_column", "code", "check", "name",
                            "severity", "message", "message_key", "args", "related"}
    assert run.out.startswith("[\n  {\n") and run.out.endswith("]\n")


def test_jsonl_is_one_object_per_line_equal_to_json(drafts):
    whole = json.loads(invoke("--format", "json", str(drafts["bad"])).out)
    lines = invoke("--format", "jsonl", str(drafts["bad"])).out.splitlines()
    assert [json.loads(line) for line in lines] == whole


@pytest.mark.parametrize("fmt", FORMATS)
def test_unreadable_input_is_an_error_entry_in_every_format(drafts, fmt):
    run = invoke("--format", fmt, str(drafts["clean"]), str(drafts["broken"]))
    assert run.code == 2
    assert "broken.yaml" in run.out, f"{fmt} does not show the unreadable input"
    assert "E902" in run.out
    if fmt == "github":  # one command per line even when the reason spans lines
        assert all(line.startswith("::error ") for line in run.out.splitlines())
    if fmt == "jsonl":
        assert all(json.loads(line) for line in run.out.splitlines())


def test_unreadable_entry_carries_the_yaml_error_line(drafts):
    data = json.loads(invoke("--format", "json", str(drafts["broken"])).out)
    assert len(data) == 1 and data[0]["code"] == "E902" and data[0]["check"] == "input"
    assert data[0]["severity"] == "error" and data[0]["line"] >= 1


def test_text_summary_never_says_no_problems_when_a_file_was_unreadable(drafts):
    for lang, none in (("zh", "未发现问题"), ("en", "No problems found")):
        run = invoke("--lang", lang, str(drafts["clean"]), str(drafts["broken"]))
        assert run.code == 2
        assert none not in run.out
        assert "broken.yaml" in run.out
    assert "未发现问题" in invoke(str(drafts["clean"])).out


def test_github_annotations(drafts):
    run = invoke("--format", "github", "--lang", "en", str(drafts["bad"]))
    lines = run.out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"::warning file={drafts['bad']},line=5,col=9,")
    assert lines[0].endswith("(doubled-word)") and ",title=D208::" in lines[0]
    assert lines[-1].startswith("::error ") and "title=Y502" in lines[-1]


def test_github_escaping():
    assert escape_data("50%\nnext\r") == "50%25%0Anext%0D"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_gitlab_code_quality(drafts):
    issues = json.loads(invoke("--format", "gitlab", str(drafts["bad"])).out)
    assert len(issues) == 4
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["location"]["path"] == str(drafts["bad"])
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
    assert issues[0]["location"]["lines"]["begin"] == 5
    prints = [i["fingerprint"] for i in issues]
    assert len(set(prints)) == 4, "two identical-looking findings still need distinct fingerprints"
    again = json.loads(invoke("--format", "gitlab", str(drafts["bad"])).out)
    assert [i["fingerprint"] for i in again] == prints


def test_gitlab_fingerprint_survives_lines_moving(drafts):
    before = {i["check_name"] + i["description"]: i["fingerprint"]
              for i in json.loads(invoke("--format", "gitlab", str(drafts["bad"])).out)}
    drafts["bad"].write_text("\n\n" + drafts["bad"].read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(invoke("--format", "gitlab", str(drafts["bad"])).out)
    assert after[0]["location"]["lines"]["begin"] == 7
    for issue in after:
        assert before[issue["check_name"] + issue["description"]] == issue["fingerprint"]


def test_junit_one_suite_per_file(drafts):
    run = invoke("--format", "junit", str(drafts["bad"]), str(drafts["clean"]), str(drafts["broken"]))
    root = ET.fromstring(run.out)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(drafts["bad"]), str(drafts["clean"]), str(drafts["broken"])]
    bad, clean, broken = suites
    assert bad.get("failures") == "4" and len(bad.findall("testcase/failure")) == 4
    assert bad.find("testcase/failure").get("type") == "D208"
    assert clean.get("failures") == "0" and len(clean.findall("testcase")) == 1
    assert clean.find("testcase/failure") is None
    assert broken.get("errors") == "1" and broken.find("testcase/error") is not None
    assert root.get("tests") == "6" and root.get("failures") == "4" and root.get("errors") == "1"


def test_statistics_counts_per_code(drafts):
    run = invoke("--statistics", str(drafts["bad"]))
    rows = [line.split("\t") for line in run.out.splitlines() if "\t" in line]
    assert rows[0][:2] == ["2", "D208"]
    assert {r[1] for r in rows} == {"D208", "B311", "Y502"}
    assert invoke("--format", "statistics", str(drafts["bad"])).out == run.out
    as_json = json.loads(invoke("--statistics", "--format", "json", str(drafts["bad"])).out)
    assert as_json[0] == {"code": "D208", "name": "doubled-word", "severity": "warning", "count": 2}
    assert run.code == 1, "--statistics keeps the exit status"
