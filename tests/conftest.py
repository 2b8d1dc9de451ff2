"""Fixtures shared by the tests of several modules."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

_PROBE = (
    "import sys, runpy\n"
    "modules = sys.argv[1].split(',')\n"
    "sys.argv = ['perflint', *sys.argv[2:]]\n"
    "try:\n    runpy.run_module('perflint', run_name='__main__')\nexcept SystemExit:\n    pass\n"
    "print('IMPORTED=' + ','.join(m for m in modules if m in sys.modules), file=sys.stderr)\n"
)

ImportProbe = Callable[..., list[tuple[subprocess.CompletedProcess, set[str]]]]


@pytest.fixture
def import_probe() -> ImportProbe:
    """Run the command line in fresh interpreters and tell which of some modules each run imported.

    The point of several tests is what a run does *not* import (a second run served from a kept
    store, a piped run without rich's console): only a new interpreter shows it. Run from a folder
    outside the checkout: ``python -c`` puts the working folder first on ``sys.path``, and the
    source tree is not the installed package on a non-editable install."""

    def probe(args: Sequence[str], modules: Sequence[str], *, env: dict[str, str], cwd: Path,
              runs: int = 2) -> list[tuple[subprocess.CompletedProcess, set[str]]]:
        done = []
        for _ in range(runs):
            proc = subprocess.run([sys.executable, "-c", _PROBE, ",".join(modules), *args], env=env,
                                  cwd=cwd, capture_output=True, text=True)
            last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
            assert last.startswith("IMPORTED="), proc.stderr
            done.append((proc, {m for m in last.removeprefix("IMPORTED=").split(",") if m}))
        return done

    return probe
