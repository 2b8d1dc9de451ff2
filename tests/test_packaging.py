"""Every package folder of the engine and the checks is listed in pyproject.toml, so a plain
(non-editable) install — CI, pre-commit, pip — ships it."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_listed():
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setup["packages"])
    found = {".".join(("perflint", *p.parent.relative_to(ROOT / "perflint").parts)).rstrip(".")
             for p in (ROOT / "perflint").rglob("__init__.py")}
    found |= {".".join(("perflint", "checks", *p.parent.relative_to(ROOT / "checks").parts)).rstrip(".")
              for p in (ROOT / "checks").rglob("__init__.py")}
    assert found - listed == set()
