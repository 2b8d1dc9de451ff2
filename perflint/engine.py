"""Find the checks, choose the ones asked for, run them, and keep one failing check from
stopping the others."""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from perflint.check import FAMILIES, Check, Context
from perflint.diagnostics import Diagnostic
from perflint.model import Document

ENTRY_POINT_GROUP = "perflint.checks"


class PluginError(Exception):
    """A plugin that cannot be loaded or declares itself badly."""


def _as_check_classes(obj: object, origin: str) -> list[type[Check]]:
    if isinstance(obj, type) and issubclass(obj, Check):
        return [obj]
    if isinstance(obj, Check):
        return [type(obj)]
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        out: list[type[Check]] = []
        for item in obj:
            out.extend(_as_check_classes(item, origin))
        return out
    raise PluginError(f"entry point {origin} does not name a check or a list of checks")


def discover() -> list[type[Check]]:
    """All checks registered in the ``perflint.checks`` entry-point group, sorted by code."""
    found: dict[str, type[Check]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not take the linter down
            raise PluginError(f"cannot load check plugin {ep.name} ({ep.value}): {exc}") from exc
        for cls in _as_check_classes(loaded, ep.value):
            validate(cls)
            if cls.code in found and found[cls.code] is not cls:
                raise PluginError(f"check code {cls.code} is registered twice ({found[cls.code].__module__}, {cls.__module__})")
            found[cls.code] = cls
    return [found[c] for c in sorted(found)]


def validate(cls: type[Check]) -> None:
    if not cls.code or not cls.name:
        raise PluginError(f"{cls.__module__}.{cls.__name__} has no code or name")
    if cls.family not in FAMILIES:
        raise PluginError(f"check {cls.code} has unknown family {cls.family!r}")


def matches(cls: type[Check], selector: str) -> bool:
    """A selector is a family name, a code, or a code prefix (``A``, ``A1``, ``A101``); ``ALL``."""
    s = selector.strip()
    if not s:
        return False
    if s.upper() == "ALL" or s.lower() == cls.family or s == cls.name:
        return True
    return cls.code.upper().startswith(s.upper())


def select(checks: Sequence[type[Check]], selected: Sequence[str] = (), ignored: Sequence[str] = ()) -> list[type[Check]]:
    chosen = [c for c in checks if not selected or any(matches(c, s) for s in selected)]
    return [c for c in chosen if not any(matches(c, s) for s in ignored)]


@dataclass
class RunResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)


def run_checks(doc: Document, checks: Sequence[Check], ctx: Context) -> RunResult:
    result = RunResult()
    for check in checks:
        try:
            result.diagnostics.extend(check.run(doc, ctx))
        except Exception:  # isolate: report and go on with the other checks
            tb = traceback.format_exc(limit=3)
            result.internal_errors.append(f"{doc.path}: check {check.code} ({check.name}) failed:\n{tb}")
    result.diagnostics = dedupe(sorted(result.diagnostics, key=Diagnostic.sort_key))
    _add_native_locations(doc, result.diagnostics)
    return result


def _add_native_locations(doc: Document, diags: list[Diagnostic]) -> None:
    """Office drafts: name each finding's place in the original file beside its line."""
    if doc.metadata.get("native") is None:
        return
    from dataclasses import replace

    from perflint.read.rendering import native_location

    for d in diags:
        d.location = replace(d.location, native=native_location(doc, d.location.line, d.location.column))
        for r in d.related:
            r.location = replace(r.location, native=native_location(doc, r.location.line, r.location.column))


def dedupe(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple] = set()
    out = []
    for d in diags:
        key = (d.code, d.location.path, d.location.line, d.location.column, d.message("zh"))
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out
