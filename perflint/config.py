"""Configuration files: where they are, what they may say, and how a bad one is reported.

Like ruff, perflint looks for its configuration upward from each linted file, and the closest
file wins (there is no merging across folders). In one folder the order is ``.perflint.toml``,
``perflint.toml``, then ``pyproject.toml``; a ``pyproject.toml`` without a ``[tool.perflint]``
table is passed over. ``--config FILE`` uses one file for every draft and ``--isolated`` none.

A mistake in a configuration file is a :class:`ConfigError` naming the file, the key and (where
it can be found) the line: a typo must never be silently ignored, and never end in a traceback.
Merging the values with the command line and the installed checks is :mod:`perflint.settings`.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perflint.catalogue import Msg, msg, phrase, render
from perflint.data.kept import KeptAcrossRuns
from perflint.text.patterns import lazy_compile


def _tomllib():
    """The TOML parser, imported when a configuration file is read (``--isolated`` reads none)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


def _decode_error() -> type[Exception]:
    """The TOML parser's error class (``except _decode_error():`` imports it only when a parse failed)."""
    return _tomllib().TOMLDecodeError


class KeptToml(KeptAcrossRuns):
    """What the TOML parser made of a configuration file's text, kept across runs by that text.

    The run reads the configuration of its working folder and of each draft's folder, and a
    ``pyproject.toml`` there is read even when it has no ``[tool.perflint]`` table: importing
    the TOML parser and parsing cost a one-draft run about 20 M instructions (2.5 % of it). The
    parse of a text never changes, so the next run reads the pickled tables instead (a new
    dict each time: nothing a caller changes is shared). A text that does not parse is never
    kept: its error is made by the parser every time."""

    name = "toml"
    MAX_ENTRIES = 64  # a few configuration files per machine; only the used ones past that

    def tag(self) -> bytes:
        return b"%d\0%s" % (_TOML_FORMAT, sys.version.encode())


_TOML_FORMAT = 1  # bump when what an entry holds changes
_KEPT_TOML = KeptToml()


def parse_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, read from the kept parses when this text was parsed before."""
    try:
        from _pickle import loads
    except ImportError:  # pragma: no cover - an interpreter without the C pickler
        from pickle import loads
    kept = _KEPT_TOML.entries().get(text)
    if kept is not None:
        _KEPT_TOML.used.add(text)
        return loads(kept)
    data = _tomllib().loads(text)
    try:
        from perflint.data import pickle_dumps

        raw = pickle_dumps(data)
    except Exception:  # pragma: no cover - tomllib makes only dicts, lists, strings, numbers, dates
        return data
    _KEPT_TOML.keep(text, raw)
    return data

CONFIG_NAMES = (".perflint.toml", "perflint.toml", "pyproject.toml")  # precedence in one folder
SEVERITIES = ("error", "warning", "info", "rounding")
FAIL_ON = (*SEVERITIES, "never")
LANGS = ("zh", "en")
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.yaml", "*.yml", "*.docx", "*.xlsx", "*.pdf")
# ".*" covers .git, .venv and every other hidden file or folder; "~$*" are Word's lock files.
DEFAULT_EXCLUDE = (".*", "node_modules", "venv", "__pycache__", "~$*")


class ConfigError(Exception):
    """A configuration mistake naming the file, the line and the key; :meth:`render` is the whole
    message for the user in a language, ``str()`` the English one."""

    def __init__(self, path: Path | str, key: str, message: Msg | str, line: int | None = None) -> None:
        self.path, self.key, self.reason_msg, self.line = str(path), key, message, line
        super().__init__(self.render("en"))

    @property
    def message(self) -> str:
        return render(self.reason_msg, "en")

    def render(self, lang: str) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        reason = render(self.reason_msg, lang)
        return f"{where}: {self.key}: {reason}" if self.key else f"{where}: {reason}"


# --- value types ---------------------------------------------------------------------------

def _texts(value: Any) -> Msg | None:
    ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return None if ok else msg("config.expect.texts")


def _choice(choices: tuple[str, ...]) -> Callable[[Any], Msg | None]:
    def check(value: Any) -> Msg | None:
        if isinstance(value, str) and value.strip().lower() in choices:
            return None
        return msg("config.expect.choice", choices=", ".join(choices))
    return check


def _bool(value: Any) -> Msg | None:
    return None if isinstance(value, bool) else msg("config.expect.bool")


def _year(value: Any) -> Msg | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1990 <= value <= 2100
    return None if ok else msg("config.expect.year")


def _path(value: Any) -> Msg | None:
    return None if isinstance(value, str) and value.strip() else msg("config.expect.path")


def _table(check_value: Callable[[Any], Msg | None] | None, example: str) -> Callable[[Any], Msg | None]:
    def check(value: Any) -> Msg | None:
        return None if isinstance(value, dict) else msg("config.expect.table", example=example)
    check.entries = check_value  # type: ignore[attr-defined]
    return check


KEYS: dict[str, Callable[[Any], Msg | None]] = {
    "extend": _path,
    "select": _texts,
    "extend-select": _texts,
    "ignore": _texts,
    "extend-ignore": _texts,
    "severity": _table(_choice(SEVERITIES), '{A128 = "info"}'),
    "per-file-ignores": _table(_texts, '{"archive/**" = ["Y"]}'),
    "include": _texts,
    "exclude": _texts,
    "extend-exclude": _texts,
    "respect-gitignore": _bool,
    "force-exclude": _bool,
    "options": _table(None, "[tool.perflint.options.A101] rounding = false"),
    "fiscal-year": _year,
    "lang": _choice(LANGS),
    "fail-on": _choice(FAIL_ON),
    "min-severity": _choice(SEVERITIES),
}
RUN_WIDE = ("lang", "fail-on")  # one value for the whole run: taken from the working folder's config


@dataclass
class ConfigFile:
    """One configuration file's perflint table, validated for shape (codes are checked later,
    against the installed checks, by :mod:`perflint.settings`)."""

    path: Path
    table: tuple[str, ...]  # ("tool", "perflint") in pyproject.toml, () elsewhere
    values: dict[str, Any]
    text: str = field(repr=False, default="")
    origins: dict[str, ConfigFile] = field(repr=False, default_factory=dict)  # key -> the file (extended) that set it

    def origin(self, key: str) -> ConfigFile:
        """The file that wrote ``key``: this one, or one it extends."""
        return self.origins.get(key, self)

    @property
    def root(self) -> Path:
        """The folder that relative globs (exclude, per-file-ignores…) are anchored at."""
        return self.path.parent

    def root_of(self, key: str) -> Path:
        """Where the globs of ``key`` are anchored: the folder of the file that wrote them."""
        return self.origin(key).root

    def dotted(self, *keys: str) -> str:
        return ".".join(_quote(k) for k in (*self.table, *keys))

    def where(self, *keys: str) -> str:
        """``file:line: tool.perflint.key`` for ``perflint config`` and messages."""
        own = self.origin(keys[0]) if keys else self
        line = line_of(own.text, (*own.table, *keys))
        return f"{own.path}:{line}: {own.dotted(*keys)}" if line else f"{own.path}: {own.dotted(*keys)}"

    def error(self, keys: tuple[str, ...], message: Msg | str) -> ConfigError:
        own = self.origin(keys[0]) if keys else self
        return ConfigError(own.path, own.dotted(*keys), message, line_of(own.text, (*own.table, *keys)))


def _quote(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else '"' + key.replace('"', '\\"') + '"'


def read_config(path: Path, *, required: bool = True, _chain: tuple[Path, ...] = ()) -> ConfigFile | None:
    """Parse and validate one file. ``None`` for a ``pyproject.toml`` without ``[tool.perflint]``
    (and, unless ``required``, for one that does not parse and does not mention perflint).

    ``extend = "../pyproject.toml"`` takes every key of that file that this one does not set
    (as ruff's ``extend``); globs stay anchored at the folder of the file that wrote them."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, "", msg("config.unreadable", reason=_os_reason(exc))) from None
    is_pyproject = path.name == "pyproject.toml"
    try:
        data = parse_toml(text)
    except _decode_error() as exc:
        if is_pyproject and not required and "perflint" not in text:
            return None  # somebody else's broken pyproject.toml: not ours to judge
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line = int(match.group(1)) if match else None
        key = "config.invalid_toml_column" if match else "config.invalid_toml"
        raise ConfigError(path, "", msg(key, column=match.group(2) if match else "", reason=phrase(reason)), line) from None
    if is_pyproject:
        values = data.get("tool", {}).get("perflint") if isinstance(data.get("tool"), dict) else None
        if values is None:
            if required:
                raise ConfigError(path, "tool.perflint", msg("config.no_tool_table"))
            return None
        table: tuple[str, ...] = ("tool", "perflint")
    else:
        values, table = data, ()
        if isinstance(values.get("tool"), dict) and "perflint" in values["tool"] and len(values) == 1:
            raise ConfigError(path, "tool.perflint", msg("config.top_level_keys", name=path.name),
                              line_of(text, ("tool",)))
    config = ConfigFile(path, table, {}, text)
    if not isinstance(values, dict):
        raise config.error((), msg("config.expect.a_table"))
    config.values = validate(config, values)
    if "extend" in config.values:
        _extend(config, _chain)
    return config


def _extend(config: ConfigFile, chain: tuple[Path, ...]) -> None:
    target = Path(config.values["extend"]).expanduser()
    target = Path(os.path.normpath(config.root / target))  # "../pyproject.toml" without the ".."
    if target in (*chain, config.path):
        raise config.error(("extend",), msg("config.extends_itself", target=target))
    if not target.is_file():
        raise config.error(("extend",), msg("config.no_extend_target", target=target))
    base = read_config(target, required=True, _chain=(*chain, config.path))
    own = {k: v for k, v in config.values.items() if k != "extend"}
    config.origins = {**{k: base.origin(k) for k in base.values}, **{k: config for k in own}}
    config.values = {**base.values, **own}


def validate(config: ConfigFile, values: dict[str, Any]) -> dict[str, Any]:
    """Known keys with values of the right type; everything else is a :class:`ConfigError`."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        check = KEYS.get(key)
        if check is None:
            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
            if close:
                raise config.error((key,), msg("config.unknown_key_close", close=repr(close[0])))
            raise config.error((key,), msg("config.unknown_key", known=", ".join(KEYS)))
        if (problem := check(value)) is not None:
            raise config.error((key,), msg("config.bad_value", problem=problem, value=_show(value)))
        entries = getattr(check, "entries", None)
        if isinstance(value, dict):
            for name, entry in value.items():
                if key == "options" and not isinstance(entry, dict):
                    raise config.error((key, name), msg("config.bad_value", value=_show(entry),
                                                        problem=msg("config.expect.options", name=name)))
                if entries is not None and (problem := entries(entry)) is not None:
                    raise config.error((key, name), msg("config.bad_value", problem=problem, value=_show(entry)))
        out[key] = value.strip().lower() if isinstance(value, str) else value
    return out


def _os_reason(exc: Exception) -> Msg | str:
    if isinstance(exc, OSError):
        from perflint.safety import os_reason

        return os_reason(exc)
    return msg("config.not_utf8")


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def find_config(folder: Path, cache: dict[Path, ConfigFile | None] | None = None) -> ConfigFile | None:
    """The closest configuration at or above ``folder`` (absolute), or ``None``."""
    cache = {} if cache is None else cache
    seen: list[Path] = []
    found: ConfigFile | None = None
    for current in (folder, *folder.parents):
        if current in cache:
            found = cache[current]
            break
        seen.append(current)
        found = _config_in(current)
        if found is not None:
            break
    for path in seen:
        cache[path] = found
    return found


def _config_in(folder: Path) -> ConfigFile | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            config = read_config(candidate, required=name != "pyproject.toml")
            if config is not None:
                return config
    return None


# --- where a key is written --------------------------------------------------------------------

_HEADER = lazy_compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_ASSIGN = lazy_compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?)+?)\s*=""")
_KEY_PART = lazy_compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)""")


def _split_key(text: str) -> tuple[str, ...]:
    return tuple(m.group(1).strip("\"'") for m in _KEY_PART.finditer(text) if m.group(1))


def line_of(text: str, keys: tuple[str, ...]) -> int | None:
    """The line (1-based) where ``keys`` (a dotted path from the document root) is written: the
    assignment itself, else the inline table or ``[table]`` header that holds it."""
    if not text or not keys:
        return None
    header: tuple[str, ...] = ()
    best: tuple[int, int] | None = None  # (length of the matched prefix, line)
    for number, line in enumerate(text.splitlines(), start=1):
        if (m := _HEADER.match(line)) and not _ASSIGN.match(line):
            header = _split_key(m.group(1))
            here = header
        elif m := _ASSIGN.match(line):
            here = header + _split_key(m.group(1))
        else:
            continue
        if here == keys:
            return number
        if keys[: len(here)] == here and (best is None or len(here) > best[0]):
            best = (len(here), number)
    return best[1] if best else None


def declared_lang(folder: Path, config: Path | None = None) -> str | None:
    """The ``lang`` the run's configuration asks for, read leniently (no validation), so that a
    message about a broken configuration or a bad option is already in the user's language.
    ``config`` is ``--config FILE``; otherwise the closest configuration above ``folder``."""
    candidates = [config] if config is not None else [f / n for f in (folder, *folder.parents) for n in CONFIG_NAMES]
    for path in candidates:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            if config is not None or path.is_file():
                return None  # the file that applies cannot be read: no preference
            continue
        try:
            data = parse_toml(text)
        except _decode_error():
            if path.name == "pyproject.toml" and "perflint" not in text:
                continue  # somebody else's broken pyproject.toml (as find_config)
            return _lang_in_text(text)
        if path.name == "pyproject.toml":
            tool = data.get("tool")
            data = tool.get("perflint") if isinstance(tool, dict) else None
            if not isinstance(data, dict):
                continue
        value = data.get("lang")
        return value.strip().lower() if isinstance(value, str) and value.strip().lower() in LANGS else None
    return None


def _lang_in_text(text: str) -> str | None:
    """``lang = "en"`` written in a file that does not parse as TOML."""
    m = re.search(r"""^\s*lang\s*=\s*["']([a-z]+)["']""", text, re.MULTILINE)
    return m.group(1) if m and m.group(1) in LANGS else None
