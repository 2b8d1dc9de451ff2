"""Find the checks, choose the ones asked for, run them, and keep one failing check from
stopping the others.

Every check, built-in or third-party, comes through the ``perflint.checks`` entry-point group.
Loading is forgiving: a plugin that cannot be imported, declares itself badly or claims a family
prefix or a code another package already holds is recorded as a :class:`PluginProblem` naming
its entry point and distribution, and every other check still runs (the CLI prints the problems
and exits 2 at the end). Options reach a check through :func:`resolve_options` → :func:`instantiate`,
the one path the command line and a later config file share.
"""

from __future__ import annotations

import importlib
import re
import traceback
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from perflint.catalogue import msg
from perflint.check import FAMILIES, Check, Context, Family
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.edges import (
    computes_in_opening_sentence,
    first_line,
    rests_on_a_cut_figure,
    rests_on_a_cut_row,
    rests_on_a_last_figure,
    rests_on_the_figure_a_row_stops_at,
)
from perflint.facts import Facts
from perflint.heap import LARGE_CHARS, Frozen
from perflint.model import Document
from perflint.module_lookup import plain_lookups
from perflint.redirects import redirected
from perflint.text.patterns import lazy_compile

ENTRY_POINT_GROUP = "perflint.checks"
BUILTIN_DISTRIBUTION = "perflint"
_PREFIX = lazy_compile(r"[A-Z]{1,3}")
_FAMILY_NAME = lazy_compile(r"[a-z][a-z0-9_-]*")


class PluginError(Exception):
    """A plugin that cannot be loaded or declares itself badly."""


class OptionError(ValueError):
    """An option names a check or a key that does not exist, or has a value of the wrong type.

    ``args[0]`` is a catalogue message (:mod:`perflint.catalogue`); ``detail`` is the same
    without the leading ``option CODE.key:`` (a configuration error names the key itself)."""

    def __init__(self, message: Any, detail: Any = None) -> None:
        super().__init__(message)
        self.detail = detail if detail is not None else message


@dataclass(frozen=True)
class PluginProblem:
    """What went wrong with one entry point; reported as an internal error, never raised."""

    entry_point: str
    distribution: str
    message: str

    def __str__(self) -> str:
        return f"plugin {self.entry_point!r} (distribution {self.distribution}): {self.message}"


@dataclass
class Registry:
    """The checks and families in force, where each came from, and what could not be loaded."""

    checks: list[type[Check]] = field(default_factory=list)  # sorted by code
    families: dict[str, Family] = field(default_factory=dict)  # name -> declaration
    problems: list[PluginProblem] = field(default_factory=list)
    check_origin: dict[str, str] = field(default_factory=dict)  # code -> distribution
    family_origin: dict[str, str] = field(default_factory=dict)  # family name -> distribution

    def origin(self, check: type[Check] | str) -> str:
        code = check if isinstance(check, str) else check.code
        return self.check_origin.get(code, "?")

    def builtin(self) -> list[type[Check]]:
        """perflint's own checks: what perflint's own tests hold to account."""
        return [c for c in self.checks if self.origin(c) == BUILTIN_DISTRIBUTION]

    def find(self, code_or_name: str) -> type[Check] | None:
        for cls in self.checks:
            if code_or_name.upper() == cls.code.upper() or code_or_name == cls.name:
                return cls
        return None


@dataclass
class _Loaded:
    """What one entry point brought: its families and check classes, named by distribution."""

    entry_point: str
    distribution: str
    families: list[Family]
    checks: list[type[Check]]


def _entry_points() -> Iterable[Any]:
    """The registered entry points (a seam for tests), kept across runs while nothing is
    installed or removed (:mod:`perflint.entry_index`)."""
    from perflint.entry_index import entry_points

    return entry_points(ENTRY_POINT_GROUP, _distribution)


def _distribution(ep: Any, names: dict[int, tuple[Any, str]] | None = None) -> str:
    """The name of the distribution that declares ``ep``.

    ``names`` remembers it per distribution object: every entry point of a package shares one,
    and ``dist.name`` parses the whole METADATA file (README included) each time it is read,
    which for perflint's ten entry points was a noticeable part of a cold start."""
    kept = getattr(ep, "distribution_name", None)
    if isinstance(kept, str):
        return kept  # a kept entry point (perflint.entry_index) names it
    dist = getattr(ep, "dist", None)
    if dist is None:
        return "unknown distribution"
    if names is not None and id(dist) in names:
        return names[id(dist)][1]
    name = _metadata_name(dist) or str(getattr(dist, "name", None) or dist.metadata["Name"])
    if names is not None:
        names[id(dist)] = (dist, name)  # the object is kept so that its id is not reused
    return name


def _metadata_name(dist: Any) -> str | None:
    """The ``Name:`` header of an installed distribution's METADATA, read without the email
    parser that ``dist.name`` loads and runs over the whole file (README included); ``None``
    when the file cannot be read this way (the caller then asks ``dist.name``)."""
    read_text = getattr(dist, "read_text", None)
    if not callable(read_text):
        return None
    try:
        text = read_text("METADATA") or read_text("PKG-INFO")
    except Exception:
        return None
    for line in (text or "").splitlines():
        if not line.strip():
            break  # the headers end at the first blank line
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "name" and value.strip():
            return value.strip()
    return None


def _split(obj: object, origin: str) -> tuple[list[Family], list[type[Check]]]:
    """Families and check classes from what an entry point names: a check class or instance, a
    :class:`Family`, a module (its ``FAMILY`` and ``CHECKS``), or a list of any of these."""
    if isinstance(obj, Family):
        return [obj], []
    if isinstance(obj, type) and issubclass(obj, Check):
        return [], [obj]
    if isinstance(obj, Check):
        return [], [type(obj)]
    if isinstance(obj, ModuleType):
        families = [obj.FAMILY] if isinstance(getattr(obj, "FAMILY", None), Family) else []
        if not hasattr(obj, "CHECKS"):
            raise PluginError(f"module {origin} has no CHECKS list")
        more_families, checks = _split(obj.CHECKS, origin)
        return families + more_families, checks
    if isinstance(obj, Iterable) and not isinstance(obj, (str, bytes, Mapping)):
        families: list[Family] = []
        checks: list[type[Check]] = []
        for item in obj:
            f, c = _split(item, origin)
            families += f
            checks += c
        return families, checks
    raise PluginError(f"{origin} names {type(obj).__name__}, not a check, a family or a list of them")


def _load(ep: Any, dist: str) -> _Loaded:
    loaded = ep.load()
    families, checks = _split(loaded, ep.value)
    module_name = getattr(ep, "module", None) or ep.value.split(":")[0]
    if getattr(ep, "attr", None):  # "pkg.mod:CHECKS": the family is declared next to CHECKS
        declared = getattr(importlib.import_module(module_name), "FAMILY", None)
        if isinstance(declared, Family) and declared not in families:
            families.insert(0, declared)
    return _Loaded(ep.name, dist, families, checks)


def _family_problem(fam: Family) -> str | None:
    if not _FAMILY_NAME.fullmatch(fam.name or ""):
        return f"family name {fam.name!r} must be lower-case letters, digits, '-' or '_'"
    if not _PREFIX.fullmatch(fam.prefix or ""):
        return f"family {fam.name} has prefix {fam.prefix!r}; a prefix is one to three capital letters"
    return None


def _register_family(reg: Registry, fam: Family, item: _Loaded) -> str | None:
    """Add ``fam`` or say why not (a clash names both distributions)."""
    if (bad := _family_problem(fam)) is not None:
        return bad
    held = reg.families.get(fam.name)
    if held is not None:
        if held == fam and reg.family_origin[fam.name] == item.distribution:
            return None  # the same declaration reached through two entry points of one package
        return (f"family {fam.name!r} (prefix {fam.prefix}) is already declared by {reg.family_origin[fam.name]} "
                f"(prefix {held.prefix}); {item.distribution}'s declaration and its checks are ignored")
    for other in reg.families.values():
        if other.prefix.startswith(fam.prefix) or fam.prefix.startswith(other.prefix):
            return (f"family {fam.name!r} claims code prefix {fam.prefix!r}, which clashes with prefix {other.prefix!r} "
                    f"of family {other.name!r} from {reg.family_origin[other.name]}; "
                    f"{item.distribution}'s family {fam.name!r} and its checks are ignored")
    reg.families[fam.name] = fam
    reg.family_origin[fam.name] = item.distribution
    return None


def _check_problem(reg: Registry, cls: type[Check]) -> str | None:
    where = f"{cls.__module__}.{cls.__qualname__}"
    if not cls.code or not cls.name:
        return f"check {where} has no code or name"
    fam = reg.families.get(cls.family)
    if fam is None:
        return f"check {cls.code} ({where}) names family {cls.family!r}, which no installed package declares"
    digits = cls.code[len(fam.prefix):] if cls.code.startswith(fam.prefix) else ""
    if not digits.isdecimal():  # the prefix and digits (what ``\d+`` matches), no pattern to compile
        return f"check {cls.code} ({where}) is in family {fam.name!r}, so its code must be {fam.prefix} followed by digits"
    return None


def load_registry(eps: Iterable[Any] | None = None) -> Registry:
    """Load every entry point of the ``perflint.checks`` group, never raising for a bad plugin.

    perflint's own entry points go first, then the others by distribution and name, so when two
    packages claim the same prefix or code the earlier one keeps it, whatever the install order.
    """
    reg = Registry()
    names: dict[int, tuple[Any, str]] = {}
    pending = sorted(((ep, _distribution(ep, names)) for ep in (_entry_points() if eps is None else eps)),
                     key=lambda pair: (pair[1] != BUILTIN_DISTRIBUTION, pair[1].lower(), pair[0].name))
    loaded: list[_Loaded] = []
    for ep, dist in pending:
        try:
            loaded.append(_load(ep, dist))
        except Exception as exc:  # a broken plugin must not take the linter down
            reg.problems.append(PluginProblem(ep.name, dist, f"cannot be loaded ({ep.value}): "
                                                             f"{type(exc).__name__}: {exc}"))
    rejected: set[tuple[str, str]] = set()  # (distribution, family) whose declaration clashed
    for item in loaded:  # every family first: a plugin may add checks to a family another declares
        for fam in item.families:
            if (problem := _register_family(reg, fam, item)) is not None:
                reg.problems.append(PluginProblem(item.entry_point, item.distribution, problem))
                rejected.add((item.distribution, fam.name))
    classes: dict[str, type[Check]] = {}
    for item in loaded:
        for cls in item.checks:
            if (item.distribution, cls.family) in rejected:
                continue  # already reported with its family
            if (problem := _check_problem(reg, cls)) is not None:
                reg.problems.append(PluginProblem(item.entry_point, item.distribution, problem))
                continue
            held = classes.get(cls.code)
            if held is not None and held is not cls:
                reg.problems.append(PluginProblem(item.entry_point, item.distribution, (
                    f"check code {cls.code} is claimed twice: {held.__module__}.{held.__qualname__} from "
                    f"{reg.check_origin[cls.code]} and {cls.__module__}.{cls.__qualname__} from {item.distribution}; "
                    f"the second is ignored")))
                continue
            classes[cls.code] = cls
            reg.check_origin.setdefault(cls.code, item.distribution)
    reg.checks = [classes[c] for c in sorted(classes)]
    return reg


def discover() -> list[type[Check]]:
    """All checks that loaded cleanly, sorted by code (problems: see :func:`load_registry`)."""
    return load_registry().checks


def validate(cls: type[Check], families: Mapping[str, Family] | None = None) -> None:
    """Raise :class:`PluginError` if ``cls`` does not fit the declared families."""
    reg = Registry(families=dict(families) if families is not None else load_registry().families)
    if (problem := _check_problem(reg, cls)) is not None:
        raise PluginError(problem)


def matches(cls: type[Check], selector: str) -> bool:
    """A selector is a family name, a code, or a code prefix (``A``, ``A1``, ``A101``); ``ALL``."""
    s = redirected(selector).strip()
    if not s:
        return False
    if s.upper() == "ALL" or s.lower() == cls.family or s == cls.name:
        return True
    return cls.code.upper().startswith(s.upper())


def select(checks: Sequence[type[Check]], selected: Sequence[str] = (), ignored: Sequence[str] = ()) -> list[type[Check]]:
    chosen = [c for c in checks if not selected or any(matches(c, s) for s in selected)]
    return [c for c in chosen if not any(matches(c, s) for s in ignored)]


# --- options -------------------------------------------------------------------------------


def parse_scalar(text: str) -> bool | int | float | str:
    """A command-line value as the scalar it reads as: ``true``/``false``, an integer, a decimal,
    a JSON-quoted string, or else the text itself."""
    raw = text.strip()
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    if re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?", raw):
        return float(raw)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def parse_option_flag(flag: str) -> tuple[str, str, bool | int | float | str]:
    """``CODE.key=value`` → (code, key, value). Raises :class:`OptionError` for another shape."""
    target, sep, value = flag.partition("=")
    check, dot, key = target.strip().partition(".")
    if not sep or not dot or not check or not key.strip():
        raise OptionError(msg("option.shape", flag=repr(flag)))
    return check.strip(), key.strip(), parse_scalar(value)


def _coerce(code: str, key: str, default: Any, value: Any) -> Any:
    kind = None
    if isinstance(default, bool):
        kind = "bool" if not isinstance(value, bool) else None
    elif isinstance(default, int):
        kind = "int" if isinstance(value, bool) or not isinstance(value, int) else None
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            kind = "number"
        else:
            value = float(value)
    elif isinstance(default, str):
        if isinstance(value, (bool, int, float)):
            value = str(value).lower() if isinstance(value, bool) else str(value)
        elif not isinstance(value, str):
            kind = "text"
    elif isinstance(default, (list, tuple)):  # a list of phrases; one phrase from the command line
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
            kind = "texts"
        else:
            value = list(value)
    elif isinstance(default, Mapping):
        if not isinstance(value, Mapping) or not all(isinstance(k, str) and k and isinstance(v, str)
                                                     for k, v in value.items()):
            kind = "table"
        else:
            value = dict(value)
    if kind:
        detail = msg("option.type", kind=msg(f"option.kind.{kind}"), default=repr(default), value=repr(value))
        raise OptionError(msg("option.of", option=f"{code}.{key}", detail=detail), detail)
    return value


def resolve_options(checks: Sequence[type[Check]], raw: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Check user options against the installed checks and the types of their defaults.

    ``raw`` maps a check code or name to ``{key: value}``; the result maps codes to options ready
    for :func:`instantiate`. Unknown checks or keys and ill-typed values raise :class:`OptionError`.
    """
    out: dict[str, dict[str, Any]] = {}
    for target, values in raw.items():
        code = redirected(target).upper()
        cls = next((c for c in checks if code == c.code.upper() or target == c.name), None)
        if cls is None:
            raise OptionError(msg("option.unknown_check", target=repr(target)))
        for key, value in values.items():
            if key not in cls.default_options:
                known = ", ".join(sorted(cls.default_options)) or "-"
                detail = msg("option.unknown_key", code=cls.code, name=cls.name, key=repr(key), known=known)
                raise OptionError(msg("option.of", option=f"{cls.code}.{key}", detail=detail), detail)
            out.setdefault(cls.code, {})[key] = _coerce(cls.code, key, cls.default_options[key], value)
    return out


def instantiate(checks: Sequence[type[Check]], options: Mapping[str, Mapping[str, Any]] | None = None) -> list[Check]:
    """One instance of each check with its options (already resolved by :func:`resolve_options`)."""
    options = options or {}
    return [cls(options.get(cls.code)) for cls in checks]


# --- running -------------------------------------------------------------------------------


@dataclass
class RunResult:
    """One document's findings and the checks that failed on it (reported, never raised)."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    internal_errors: list[str] = field(default_factory=list)  # "path: check CODE (name) failed: Error: …"
    tracebacks: list[str] = field(default_factory=list)  # one per internal error (``--debug`` prints them)
    failures: list[tuple[Check, BaseException]] = field(default_factory=list)  # for perflint.testing


def run_checks(doc: Document, checks: Sequence[Check], ctx: Context) -> RunResult:
    """Run ``checks`` on ``doc``, each isolated from the others' failures; the findings come
    sorted and without duplicates, so the order the checks run in never shows.

    When the last check of a family has run, the facts only finished families read are dropped
    (:meth:`perflint.facts.Facts.release`): they lived to the end before, a third of the memory
    of a long draft (a short one has them dropped at its end, all at once).

    A finding that stands on a figure an excerpt's cut may have shortened (``980 元`` at the
    top of a copy that began inside ``13980 元``) is dropped here, for every rule at once: its
    figures were computed from digits the text does not hold (:mod:`perflint.extract.edges`).
    So is one standing on the figure that ends the text when the text's last line is a row the
    copy stopped inside (``… | 10 | 1``: edges.rests_on_the_figure_a_row_stops_at). One standing
    on the figure that ends the text otherwise (``86`` of ``860人次`` where a copy stopped, or
    a whole report's last cell) is a warning at most: whether digits were lost is not known. So is
    a computed one (arithmetic, consistency) in the sentence an excerpt opens inside, whose subject
    may be above the cut (edges.computes_in_opening_sentence), and a computed one on a row the cut
    broke (the text's last row cut short, or the rows of a table the text opens inside, its first
    row narrower than those below: edges.rests_on_a_cut_row), whose cells may be read in the wrong
    columns."""
    result = RunResult()
    plain_lookups()  # modules imported since the last document: lazy imports without exceptions
    plan, families = _plan(checks)
    diagnostics = result.diagnostics
    chars = sum(map(len, doc.lines))
    # The facts of finished families are dropped as each family ends on a long document only:
    # on a short one they are a few hundred kilobytes at most, and going through every fact at
    # each family's end was a few percent of the checks of a draft of a few lines. Its facts
    # are dropped all at once at the end instead (the same facts are left as either way).
    each_family = chars >= RELEASE_CHARS
    # a large document, then what each check leaves, are frozen: see perflint.heap
    with Frozen(large=chars >= LARGE_CHARS) as frozen:
        again = frozen.again if frozen.active else None  # a small document: nothing to freeze
        for check, pending in plan:
            try:
                diagnostics.extend(check.run(doc, ctx))
            except Exception as exc:  # isolate: report and go on with the other checks
                reason = f"{type(exc).__name__}: {exc}"
                reason = reason if len(reason) <= 300 else reason[:300] + "…"
                result.internal_errors.append(f"{doc.path}: check {check.code} ({check.name}) failed: {reason}")
                result.tracebacks.append(traceback.format_exc())
                result.failures.append((check, exc))
            if pending is not None and each_family and isinstance(doc.facts, Facts):  # the family is done
                doc.facts.release(pending, families)
            if again is not None:
                again()
    if not each_family and isinstance(doc.facts, Facts):
        doc.facts.release(frozenset(), families)  # every family is done
    if not diagnostics:
        return result  # most short drafts: nothing to sort, place or soften
    found = dedupe(sorted(diagnostics, key=Diagnostic.sort_key))
    # a cut figure is the first thing on the text's first line (edges.cut_figure asks that line
    # first): only a finding placed on that line, or with a note there, can stand on one
    first = first_line(doc) if doc.lines else None
    result.diagnostics = [d for d in found
                          if (first is None or not _on_line(d, first) or not rests_on_a_cut_figure(doc, d))
                          and not rests_on_the_figure_a_row_stops_at(doc, d)]
    for d in result.diagnostics:
        if d.severity is Severity.error and (rests_on_a_last_figure(doc, d) or computes_in_opening_sentence(doc, d)
                                             or rests_on_a_cut_row(doc, d)):
            d.severity = Severity.warning
    _add_native_locations(doc, result.diagnostics)
    return result


RELEASE_CHARS = 50_000  # a document this long has its finished families' facts dropped as it goes


# The run order of a list of checks and, after the last check of each family, the families
# still to run (what the facts they read must outlive): the same for every document of a run,
# so worked out once per list of checks, not once per document. Bounded: a run has one list.
_PLANS: dict[tuple[Check, ...], tuple[list[tuple[Check, frozenset[str] | None]], frozenset[str]]] = {}


def _plan(checks: Sequence[Check]) -> tuple[list[tuple[Check, frozenset[str] | None]], frozenset[str]]:
    key: tuple[Check, ...] | None = tuple(checks)
    try:
        found = _PLANS.get(key)  # type: ignore[arg-type]
    except TypeError:  # a plugin's check that cannot be hashed (it defines __eq__ alone)
        found = key = None
    if found is not None:
        return found
    pending = Counter(check.family for check in checks)
    families = frozenset({*FAMILIES, *pending})
    plan: list[tuple[Check, frozenset[str] | None]] = []
    for check in checks:
        pending[check.family] -= 1
        done = not pending[check.family]
        if done:
            del pending[check.family]
        plan.append((check, frozenset(pending) if done else None))
    found = (plan, families)
    if key is not None:
        if len(_PLANS) >= 8:
            _PLANS.clear()
        _PLANS[key] = found
    return found


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


def _on_line(d: Diagnostic, line: int) -> bool:
    """Whether the finding, or one of its notes, is placed on source line ``line``."""
    if d.location.line == line:
        return True
    for r in d.related:
        if r.location.line == line:
            return True
    return False


def dedupe(diags: list[Diagnostic]) -> list[Diagnostic]:
    """The findings without a repeat of an earlier one: the same rule at the same place with the
    same message. A message is rendered only when a second finding of the rule comes to the
    same place (rare): rendering every message to compare them was most of the work."""
    kept: dict[tuple, Diagnostic | set[str]] = {}
    out = []
    for d in diags:
        loc = d.location
        place = (d.code, loc.path, loc.line, loc.column)
        held = kept.get(place)
        if held is None:
            kept[place] = d
            out.append(d)
            continue
        if isinstance(held, Diagnostic):
            held = kept[place] = {held.message("zh")}
        message = d.message("zh")
        if message not in held:
            held.add(message)
            out.append(d)
    return out
