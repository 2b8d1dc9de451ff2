"""The pre-commit hook (.pre-commit-hooks.yaml) as a user meets it: `pre-commit try-repo` builds
perflint from this repository into its own environment and runs it on a repo holding a draft.

Slow (pre-commit installs perflint and its dependencies into a fresh virtualenv: ~15 s with a
package index at hand). It needs the index pip is configured with; it runs offline against a
local mirror.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BAD = "示范项目2022年度绩效自评报告\n\n项目主要用于购置设备设备。\n"
FIXED = "示范项目2022年度绩效自评报告\n\n项目主要用于购置设备。\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=perflint", "-c", "user.email=perflint@example.invalid",
                    "-c", "commit.gpgsign=false", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.slow
def test_hook_fails_on_a_bad_draft_and_passes_once_fixed(tmp_path: Path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit try-repo needs one")
    repo = tmp_path / "drafts"
    repo.mkdir()
    (repo / "report.txt").write_text(BAD, encoding="utf-8")
    (repo / "notes.py").write_text("x = 1\n", encoding="utf-8")  # not a draft type: not passed
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "draft")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}

    def try_repo() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "perflint", "--all-files"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=600)

    run = try_repo()
    assert run.returncode == 1, run.stdout + run.stderr
    assert "report.txt:3:9: D208" in run.stdout and "Failed" in run.stdout
    assert "notes.py" not in run.stdout

    (repo / "report.txt").write_text(FIXED, encoding="utf-8")
    _git(repo, "commit", "-qam", "fixed")
    run = try_repo()
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Passed" in run.stdout
