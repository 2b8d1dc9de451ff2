"""Effective settings for one draft: defaults, then its configuration file, then the command line.

:class:`Resolver` finds each draft's configuration (:mod:`perflint.config`), checks every code it
names against the installed checks, and merges it with the command line. It remembers where each
value came from, which ``perflint config`` prints. Choosing rules works in layers as in ruff:
the configuration's ``select`` / ``extend-select`` / ``ignore`` / ``extend-ignore``, then the
command line's; a layer's ``select`` starts afresh, ``extend-select`` adds and ``ignore`` removes.
Options reach the checks through :func:`perflint.engine.resolve_options`, as ``--option`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perflint.catalogue import Msg, msg, render
from perflint.check import Check
from perflint.config import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    ConfigError,
    ConfigFile,
    find_config,
    read_config,
)
from perflint.diagnostics import Diagnostic, Severity
from perflint.discover import Globs, absolute
from perflint.engine import OptionError, instantiate, matches, parse_option_flag, resolve_options, select
from perflint.suppress import opt_in_filter

CLI = "command line"  # where a value came from (English); perflint config shows it in the user's language
DEFAULT = "default"


def _cli(flag: str) -> Msg:
    return msg("source.cli", flag=flag)


_DEFAULT = msg("source.default")


@dataclass
class Overrides:
    """What the command line says; ``None`` means "not given", so the configuration decides."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)  # raw --option CODE.key=value flags
    fiscal_year: int | None = None
    lang: str | None = None
    fail_on: str | None = None
    min_severity: str | None = None
    force_exclude: bool = False
    config: Path | None = None  # --config FILE: one file for every draft
    isolated: bool = False  # --isolated: no configuration file at all


@dataclass
class Settings:
    """The settings one file is linted with: checks, options and severities after the configuration."""

    config: ConfigFile | None
    root: Path  # relative globs are anchored here
    checks: list[type[Check]]
    options: dict[str, dict[str, Any]]
    severity: list[tuple[str, Severity]]
    per_file_ignores: list[tuple[Globs, list[str]]]
    include: Globs
    exclude: Globs
    respect_gitignore: bool
    force_exclude: bool
    fiscal_year: int | None
    min_severity: Severity
    lang: str
    fail_on: str
    sources: dict[str, Msg | str] = field(default_factory=dict)  # setting -> where its value came from
    selection: dict[str, list[str]] = field(default_factory=dict)  # select/ignore… as written, for display

    def ignored_here(self, path: Path) -> list[str]:
        """The selectors ``per-file-ignores`` turns off for ``path``."""
        return [s for globs, codes in self.per_file_ignores if globs.matches_any_level(_absolute(path)) for s in codes]

    def checks_for(self, path: Path, off: Sequence[str] | None = None) -> list[type[Check]]:
        """The checks that run on ``path`` (``off``: its :meth:`ignored_here`, when known)."""
        off = self.ignored_here(path) if off is None else off
        return [c for c in self.checks if not any(matches(c, s) for s in off)]

    def excluded(self, path: Path) -> bool:
        return self.exclude.matches_any_level(_absolute(path))

    def reseverity(self, diags: Sequence[Diagnostic], classes: Sequence[type[Check]]) -> None:
        """Apply ``severity = {CODE = "info"}``: the most specific selector wins (a code over its
        prefix, a prefix over the family)."""
        if not self.severity:
            return
        by_code = {c.code: c for c in classes}
        for d in diags:
            cls = by_code.get(d.code)
            best = max(((_rank(cls, s), sev) for s, sev in self.severity if cls and matches(cls, s)), default=None,
                       key=lambda pair: pair[0])
            if best is not None:
                d.severity = best[1]


def _rank(cls: type[Check], selector: str) -> int:
    s = selector.strip()
    if s == cls.name or s.upper() == cls.code.upper():
        return 100
    if cls.code.upper().startswith(s.upper()):
        return len(s)
    return 0  # family name or ALL


def _absolute(path: Path) -> Path:
    return absolute(Path(path))


class Resolver:
    """Settings per folder, cached; one instance per run."""

    def __init__(self, classes: Sequence[type[Check]], overrides: Overrides | None = None, cwd: Path | None = None):
        self.classes = list(classes)
        self.o = overrides or Overrides()
        self.cwd = absolute(cwd or Path.cwd())
        self._configs: dict[Path, ConfigFile | None] = {}
        self._settings: dict[Path | None, Settings] = {}
        self._fixed: ConfigFile | None = None
        self._instances: dict[tuple[str, int, tuple[str, ...]], list[Check]] = {}
        if self.o.config is not None and not self.o.isolated:
            self._fixed = read_config(absolute(self.o.config))
        raw: dict[str, dict[str, Any]] = {}
        for flag in self.o.options:
            code, key, value = parse_option_flag(flag)
            raw.setdefault(code, {})[key] = value
        self.cli_options = resolve_options(self.classes, raw)  # OptionError: the CLI reports it

    def config_for(self, folder: Path) -> ConfigFile | None:
        if self.o.isolated:
            return None
        if self._fixed is not None:
            return self._fixed
        return find_config(_absolute(folder), self._configs)

    def for_folder(self, folder: Path) -> Settings:
        config = self.config_for(folder)
        key = config.path if config else None
        if key not in self._settings:
            self._settings[key] = self._build(config)
        return self._settings[key]

    def for_file(self, path: Path) -> Settings:
        return self.for_folder(_absolute(path).parent)

    def checks_for(self, path: Path) -> tuple[Settings, list[Check]]:
        """The settings of ``path`` and its check instances (per-file-ignores applied; shared
        between drafts that end up with the same checks)."""
        settings = self.for_file(path)
        off = settings.ignored_here(path)
        by_off = ("off", id(settings), tuple(off))
        made = self._instances.get(by_off)  # most drafts of a folder: one lookup
        if made is None:
            classes = settings.checks_for(path, off)
            key = ("codes", id(settings), tuple(c.code for c in classes))
            made = self._instances.get(key)
            if made is None:
                made = self._instances[key] = instantiate(classes, settings.options)
            self._instances[by_off] = made
        return settings, made

    def run_wide(self, stdin_filename: Path | None = None) -> Settings:
        """Settings that hold for the whole run (lang, fail-on) come from the working folder's
        configuration, or the one of ``--stdin-filename`` (as in ruff)."""
        return self.for_file(stdin_filename) if stdin_filename is not None else self.for_folder(self.cwd)

    # --- merging ------------------------------------------------------------------------------

    def _build(self, config: ConfigFile | None) -> Settings:
        v = config.values if config else {}
        sources: dict[str, Msg | str] = {}

        def pick(key: str, cli: Any, default: Any, flag: str | None = None) -> Any:
            if cli is not None:
                sources[key] = _cli(f"--{flag or key}")
                return cli
            if key in v:
                sources[key] = config.where(key)
                return v[key]
            sources[key] = _DEFAULT
            return default

        root = config.root if config is not None and self._fixed is None else self.cwd

        def anchor(key: str) -> Path:  # globs are anchored where they were written (--config: the working folder)
            return config.root_of(key) if config is not None and self._fixed is None else self.cwd
        selection: dict[str, list[str]] = {}
        checks = self._choose(config, sources, selection)
        options = self._options(config, sources)
        severity = []
        for selector, name in v.get("severity", {}).items():
            self._known(config, ("severity", selector), [selector])
            severity.append((selector, Severity.parse(name)))
        if severity:
            sources["severity"] = config.where("severity")
        pfi = []
        for glob, codes in v.get("per-file-ignores", {}).items():
            self._known(config, ("per-file-ignores", glob), codes)
            pfi.append((Globs.of(anchor("per-file-ignores"), [glob]), list(codes)))
        if pfi:
            sources["per-file-ignores"] = config.where("per-file-ignores")
        include = pick("include", None, list(DEFAULT_INCLUDE))
        exclude = Globs.of(anchor("exclude"), pick("exclude", None, list(DEFAULT_EXCLUDE)))
        if "extend-exclude" in v:
            exclude.extend(Globs.of(anchor("extend-exclude"), v["extend-exclude"]))
            sources["exclude"] = msg("source.extended", before=sources["exclude"], by=config.where("extend-exclude"))
        return Settings(
            config=config, root=root, checks=checks, options=options, severity=severity, per_file_ignores=pfi,
            include=Globs.of(anchor("include"), include), exclude=exclude,
            respect_gitignore=pick("respect-gitignore", None, True),
            force_exclude=pick("force-exclude", True if self.o.force_exclude else None, False),
            fiscal_year=pick("fiscal-year", self.o.fiscal_year, None, "year"),
            min_severity=Severity.parse(_floor(pick("min-severity", self.o.min_severity, "rounding"))),
            lang=pick("lang", self.o.lang, "zh"),
            fail_on=pick("fail-on", self.o.fail_on, "warning"),
            sources=sources, selection=selection,
        )

    def _known(self, config: ConfigFile | None, keys: tuple[str, ...], selectors: Sequence[str]) -> None:
        for s in selectors:
            if not any(matches(c, s) for c in self.classes):
                raise config.error(keys, msg("config.unknown_selector", selector=repr(s)))

    def _choose(self, config: ConfigFile | None, sources: dict[str, Msg | str],
                shown: dict[str, list[str]]) -> list[type[Check]]:
        v = config.values if config else {}
        layers = []
        if config is not None:
            for key in ("select", "extend-select", "ignore", "extend-ignore"):
                if key in v:
                    self._known(config, (key,), v[key])
                    sources[key] = config.where(key)
                    shown[key] = list(v[key])
            layers.append((v.get("select"), v.get("extend-select", []), v.get("ignore", []) + v.get("extend-ignore", [])))
        layers.append((self.o.select, self.o.extend_select, self.o.ignore))
        for key, given in (("select", self.o.select), ("extend-select", self.o.extend_select), ("ignore", self.o.ignore)):
            if given is None or (key != "select" and not given):
                continue
            if key in shown and key != "select":
                sources[key], shown[key] = msg("source.then", before=sources[key], after=_cli(f"--{key}")), \
                    shown[key] + list(given)
            else:
                sources[key], shown[key] = _cli(f"--{key}"), list(given)
        chosen: list[type[Check]] = list(self.classes)
        named: list[str] = []
        for selected, extend, ignored in layers:
            if selected is not None:
                chosen, named = select(self.classes, selected), list(selected)
            chosen += [c for c in self.classes if c not in chosen and any(matches(c, s) for s in extend)]
            named += extend
            chosen = [c for c in chosen if not any(matches(c, s) for s in ignored)]
        return sorted(opt_in_filter(chosen, named), key=lambda c: c.code)

    def _options(self, config: ConfigFile | None, sources: dict[str, Msg | str]) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for code, values in (config.values.get("options", {}) if config else {}).items():
            for key, value in values.items():
                try:
                    resolved = resolve_options(self.classes, {code: {key: value}})
                except OptionError as exc:
                    raise config.error(("options", code, key), exc.detail) from None
                for real, opts in resolved.items():
                    merged.setdefault(real, {}).update(opts)
                    sources[f"options.{real}.{key}"] = config.where("options", code, key)
        for real, opts in self.cli_options.items():
            merged.setdefault(real, {}).update(opts)
            for key in opts:
                sources[f"options.{real}.{key}"] = _cli("--option")
        return merged


def describe(settings: Settings, run: Settings, path: Path | None = None, lang: str = "en") -> list[tuple[str, str, str]]:
    """(key, value as TOML, where it came from in ``lang``) for ``perflint config``."""
    return [(render(key, lang), render(value, lang), render(source, lang))
            for key, value, source in _rows(settings, run, path)]


def _rows(settings: Settings, run: Settings, path: Path | None) -> list[tuple[Msg | str, Msg | str, Msg | str]]:
    src = settings.sources
    config = settings.config
    rows: list[tuple[Msg | str, Msg | str, Msg | str]] = [
        ("config-file", _toml(str(config.path)) if config else msg("config.none"),
         msg("source.closest") if config else msg("source.no_config"))]
    for key in ("select", "extend-select", "ignore", "extend-ignore"):
        if key in settings.selection:
            rows.append((key, _toml(settings.selection[key]), src[key]))
    codes = [c.code for c in (settings.checks_for(path) if path else settings.checks)]
    rows.append((msg("config.rules_in_force"), f"{len(codes)}: " + " ".join(codes), msg("source.selection")
                 if any(k in src for k in ("select", "extend-select", "ignore", "extend-ignore")) else _DEFAULT))
    rows.append(("severity", _toml({s: sev.name for s, sev in settings.severity}), src.get("severity", _DEFAULT)))
    rows.append(("per-file-ignores", _toml({g.patterns[0].text: c for g, c in settings.per_file_ignores}),
                 src.get("per-file-ignores", _DEFAULT)))
    if path is not None and (off := settings.ignored_here(path)):
        rows.append((msg("config.ignored_here"), _toml(off), src.get("per-file-ignores", _DEFAULT)))
    for key, value in (("include", [p.text for p in settings.include.patterns]),
                       ("exclude", [p.text for p in settings.exclude.patterns]),
                       ("respect-gitignore", settings.respect_gitignore), ("force-exclude", settings.force_exclude),
                       ("fiscal-year", settings.fiscal_year), ("min-severity", settings.min_severity.name)):
        rows.append((key, msg("config.not_set") if value is None else _toml(value), src[key]))
    for key, value in (("lang", run.lang), ("fail-on", run.fail_on)):
        rows.append((key, _toml(value), msg("source.run_wide", source=run.sources[key])))
    for cls in settings.checks:
        for key, default in cls.default_options.items():
            value = settings.options.get(cls.code, {}).get(key, default)
            rows.append((f"options.{cls.code}.{key}", _toml(value), src.get(f"options.{cls.code}.{key}", _DEFAULT)))
    return rows


def _toml(value: Any) -> str:
    import json

    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_toml(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def _floor(name: str) -> str:
    return "rounding" if name == "never" else name


__all__ = ["CLI", "DEFAULT", "ConfigError", "Overrides", "Resolver", "Settings", "describe", "find_config"]
