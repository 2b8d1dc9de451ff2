"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

The run's ``tool.driver.rules`` describes every check that ran (id = code, name, short
description = its title, full description and help = its documentation); each result points at
its rule by id and index, with a physical location (artifact URI and region). Severities map
error→error, warning→warning, info and rounding→note. Columns count Unicode code points
(``columnKind``), which is how perflint counts them. An unreadable input is a result of rule
``E902`` and a tool execution notification. Validated against the official schema in the tests.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import TextIO
from urllib.parse import quote

from perflint import __version__
from perflint.check import Check
from perflint.diagnostics import Diagnostic, Severity
from perflint.report.base import (
    INPUT_ERROR_CODE,
    INPUT_ERROR_HELP,
    INPUT_ERROR_NAME,
    INPUT_ERROR_TITLE,
    Collecting,
    FileResult,
    findings,
)

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note", Severity.rounding: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (percent-encoded), absolute ones
    become ``file://`` URIs."""
    p = PurePath(path)
    if p.is_absolute():
        return Path(path).as_uri()
    return quote(p.as_posix(), safe="/")


def _rule(cls: type[Check], lang: str) -> dict:
    docs = cls.docs()
    first = docs.split("\n\n", 1)[0].strip() if docs else cls.summary(lang)
    rule: dict = {
        "id": cls.code,
        "name": cls.name,
        "shortDescription": {"text": cls.summary(lang) or cls.name},
        "fullDescription": {"text": first or cls.summary(lang) or cls.name},
        "defaultConfiguration": {"level": LEVEL[cls.severity]},
        "properties": {"family": cls.family, "tags": [cls.family]},
    }
    if docs:
        rule["help"] = {"text": docs, "markdown": docs}
    return rule


def _input_rule(lang: str) -> dict:
    return {
        "id": INPUT_ERROR_CODE,
        "name": INPUT_ERROR_NAME,
        "shortDescription": {"text": INPUT_ERROR_TITLE.get(lang, INPUT_ERROR_TITLE["zh"])},
        "fullDescription": {"text": INPUT_ERROR_HELP},
        "help": {"text": INPUT_ERROR_HELP},
        "defaultConfiguration": {"level": "error"},
        "properties": {"family": "input"},
    }


def _region(d: Diagnostic) -> dict:
    loc = d.location
    region = {"startLine": max(1, loc.line), "startColumn": max(1, loc.column)}
    end_line = loc.end_line or loc.line
    end_column = loc.end_column or loc.column
    if end_line > loc.line or (end_line == loc.line and end_column > loc.column):
        region["endLine"] = end_line
        region["endColumn"] = end_column
    return region


class SarifReporter(Collecting):
    keeps_source = False  # the rule list comes before the results, so the whole run is needed

    def __init__(self, stream: TextIO | None = None, checks: Sequence[type[Check]] = ()) -> None:
        self.stream = stream or sys.stdout
        self.checks = list(checks)

    def report(self, results: list[FileResult], lang: str) -> dict:
        rules = [_rule(cls, lang) for cls in self.checks]
        index = {r["id"]: i for i, r in enumerate(rules)}
        sarif_results: list[dict] = []
        notifications: list[dict] = []
        for r in results:
            for d in findings(r):
                if d.code not in index:  # a finding of a check not listed (or the input error)
                    rules.append(_input_rule(lang) if d.code == INPUT_ERROR_CODE else
                                 {"id": d.code, "name": d.check_name or d.code,
                                  "shortDescription": {"text": d.check_name or d.code}})
                    index[d.code] = len(rules) - 1
                result: dict = {
                    "ruleId": d.code,
                    "ruleIndex": index[d.code],
                    "level": LEVEL[d.severity],
                    "message": {"text": d.message(lang)},
                    "locations": [{"physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(d.location.path)},
                        "region": _region(d),
                    }}],
                    "properties": {"family": d.family, "severity": d.severity.name},
                }
                if d.key:
                    result["properties"]["messageKey"] = d.key
                related = [{
                    "id": i,
                    "physicalLocation": {"artifactLocation": {"uri": artifact_uri(rel.location.path)},
                                         "region": {"startLine": max(1, rel.location.line),
                                                    "startColumn": max(1, rel.location.column)}},
                    "message": {"text": rel.text(lang) or d.code},
                } for i, rel in enumerate(d.related)]
                if related:
                    result["relatedLocations"] = related
                sarif_results.append(result)
                if r.error is not None:
                    notifications.append({
                        "level": "error",
                        "message": {"text": r.error},
                        "locations": result["locations"],
                        "descriptor": {"id": INPUT_ERROR_CODE},
                    })
        invocation: dict = {"executionSuccessful": not notifications}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        return {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "perflint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": rules,
                }},
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }],
        }

    def write(self, results: list[FileResult], lang: str) -> None:
        json.dump(self.report(results, lang), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
