"""Messages are data: a key and arguments, rendered in the user's language only when shown."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from perflint.check import Check
from perflint.cli import app
from perflint.diagnostics import Severity
from perflint.model import Location
from perflint.testing import ignore_others

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "budget-office-2023.txt"


class _Demo(Check):
    code = "Z999"
    name = "demo"
    family = "arithmetic"
    severity = Severity.warning
    messages = {
        "sum": {"zh": "合计 {total} 与 {parts} 之和 {computed} 不符", "en": "total {total} is not the sum {computed} of {parts}"},
        "first": {"zh": "首次出现", "en": "first seen"},
    }


def test_message_renders_in_each_language_from_the_same_arguments():
    d = _Demo().diagnostic("sum", Location("x.txt", 3), related=[(Location("x.txt", 1), "first")],
                           total=Decimal("10.50"), parts=[1, 2], computed=3)
    assert d.key == "sum"
    assert d.message("zh") == "合计 10.50 与 [1, 2] 之和 3 不符"
    assert d.message("en") == "total 10.50 is not the sum 3 of [1, 2]"
    assert d.related[0].text("en") == "first seen"
    data = d.to_json("en")
    assert data["message_key"] == "sum"
    assert data["args"] == {"total": "10.50", "parts": [1, 2], "computed": 3}


def test_json_output_carries_figures_as_data():
    result = CliRunner().invoke(app, ["check", *ignore_others(["--format", "json", str(EXAMPLE)])])
    assert result.exit_code == 1
    found = json.loads(result.stdout)
    assert found and all(d["message_key"] for d in found)
    assert any(isinstance(v, (int, float)) or (isinstance(v, str) and any(c.isdigit() for c in v))
               for d in found for v in d["args"].values())
