"""Data files (phrase lists, vocabularies, unit tables) shipped with perflint.

Rules that are really data live here as YAML so that changing a phrase needs no code change.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from ruamel.yaml import YAML


@cache
def load(name: str) -> Any:
    """Load ``perflint/data/<name>.yaml`` (cached; the files are small and read-only)."""
    text = files(__name__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)
