"""The shape every data file must have, checked when it is loaded.

Phrase lists and vocabularies are edited by hand (a new province's wording is a data change),
so a slip — a list where text was expected, a regular expression that does not compile, a key
spelt wrong or left out — must fail with the file and key named at load time, not as a
``KeyError`` or a silent miss deep inside a check. ``shapes.json`` gives each file's keys and
the kind of each value:

``str`` text · ``pattern`` a regular expression · ``int`` · ``number`` · ``bool`` ·
``list[str]`` · ``list[pattern]`` · ``list[list[str]]`` · ``list[map]`` · ``list`` · ``any`` ·
a mapping of keys to kinds (every key required, no other key allowed) · ``{"*": kind}`` a
mapping whose keys are free and whose values all have ``kind``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any


class DataError(ValueError):
    """A data file that does not have its shape; the message names the file and the key."""


@cache
def shapes() -> dict[str, Any]:
    return json.loads(files("perflint.data").joinpath("shapes.json").read_text(encoding="utf-8"))


_SCALARS = {"str": str, "int": int, "number": (int, float), "bool": bool}


def check_shape(name: str, value: Any) -> None:
    """Raise :class:`DataError` when ``perflint/data/<name>.yaml`` does not have its shape
    (files without a declared shape are not checked)."""
    shape = shapes().get(name)
    if shape is not None:
        _check(f"perflint/data/{name}.yaml", "", value, shape)


def _fail(origin: str, where: str, expected: str, value: Any) -> DataError:
    found = type(value).__name__ if value is not None else "nothing"
    return DataError(f"{origin}: {where or 'top level'}: expected {expected}, found {found}")


def _check(origin: str, where: str, value: Any, shape: Any) -> None:
    if isinstance(shape, dict):
        if not isinstance(value, dict):
            raise _fail(origin, where, "a mapping", value)
        if "*" in shape:
            for key, item in value.items():
                _check(origin, f"{where}.{key}" if where else str(key), item, shape["*"])
            return
        missing = [k for k in shape if k not in value]
        unknown = [k for k in value if k not in shape]
        if missing or unknown:
            parts = ([f"missing key {', '.join(map(repr, missing))}"] if missing else []) + \
                    ([f"unknown key {', '.join(map(repr, unknown))}"] if unknown else [])
            raise DataError(f"{origin}: {where or 'top level'}: {'; '.join(parts)}")
        for key, kind in shape.items():
            _check(origin, f"{where}.{key}" if where else key, value[key], kind)
        return
    if shape == "any":
        return
    if shape in _SCALARS:
        if not isinstance(value, _SCALARS[shape]) or (shape != "bool" and isinstance(value, bool)):
            raise _fail(origin, where, shape, value)
        return
    if shape == "pattern":
        _pattern(origin, where, value)
        return
    if shape.startswith("list"):
        if not isinstance(value, list):
            raise _fail(origin, where, shape, value)
        inner = shape[5:-1] if shape != "list" else "any"
        for i, item in enumerate(value):
            _check(origin, f"{where}[{i}]", item, {"map": {"*": "any"}, "list[str]": "list[str]"}.get(inner, inner))
        return
    raise DataError(f"shapes.json: unknown kind {shape!r} for {origin} {where}")  # pragma: no cover


def _pattern(origin: str, where: str, value: Any) -> None:
    if not isinstance(value, str):
        raise _fail(origin, where, "a regular expression", value)
    try:
        re.compile(value)
    except re.error as exc:
        raise DataError(f"{origin}: {where}: not a valid regular expression ({exc})") from None
