"""The README's test command is what CI runs: .ci/run calls exactly the README's "Run the tests"."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("Run the tests", 1)[1]
    command = re.search(r"```sh\n(.+?)\n```", section, flags=re.S).group(1).strip()
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]
    assert ci[-1] == command == "scripts/test"
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    for step in ("apt-get install", "chromium", "pip install '.[test]'", "ruff check .", "pytest"):
        assert step in script, step
