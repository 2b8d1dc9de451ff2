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

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAMES = (".perflint.toml", "perflint.toml", "pyproject.toml")  # precedence in one folder
SEVERITIES = ("error", "warning", "info", "rounding")
FAIL_ON = (*SEVERITIES, "never")
LANGS = ("zh", "en")
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.yaml", "*.yml", "*.docx", "*.xlsx", "*.pdf")
# ".*" covers .git, .venv and every other hidden file or folder; "~$*" are Word's lock files.
DEFAULT_EXCLUDE = (".*", "node_modules", "venv", "__pycache__", "~$*")


class ConfigError(Exception):
    """A configuration mistake; ``str()`` is the whole message for the user."""

    def __init__(self, path: Path | str, key: str, message: str, line: int | None = None) -> None:
        self.path, self.key, self.message, self.line = str(path), key, message, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


# --- value types ---------------------------------------------------------------------------

def _texts(value: Any) -> str | None:
    ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    return None if ok else "expected a list of texts, e.g. [\"A101\", \"D\"]"


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if isinstance(value, str) and value.strip().lower() in choices:
            return None
        return f"expected one of {', '.join(choices)}"
    return check


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


def _year(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 1990 <= value <= 2100
    return None if ok else "expected a year between 1990 and 2100, e.g. 2023"


def _path(value: Any) -> str | None:
    return None if isinstance(value, str) and value.strip() else 'expected the path of another configuration file, e.g. "../pyproject.toml"'


def _table(check_value: Callable[[Any], str | None] | None, example: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return None if isinstance(value, dict) else f"expected a table, e.g. {example}"
    check.entries = check_value  # type: ignore[attr-defined]
    return check


KEYS: dict[str, Callable[[Any], str | None]] = {
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

    def error(self, keys: tuple[str, ...], message: str) -> ConfigError:
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
        raise ConfigError(path, "", f"cannot read the configuration file: {getattr(exc, 'strerror', None) or exc}") from None
    is_pyproject = path.name == "pyproject.toml"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if is_pyproject and not required and "perflint" not in text:
            return None  # somebody else's broken pyproject.toml: not ours to judge
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line = int(match.group(1)) if match else None
        column = f" at column {match.group(2)}" if match else ""
        raise ConfigError(path, "", f"invalid TOML{column}: {reason}", line) from None
    if is_pyproject:
        values = data.get("tool", {}).get("perflint") if isinstance(data.get("tool"), dict) else None
        if values is None:
            if required:
                raise ConfigError(path, "tool.perflint", "this pyproject.toml has no [tool.perflint] table")
            return None
        table: tuple[str, ...] = ("tool", "perflint")
    else:
        values, table = data, ()
        if isinstance(values.get("tool"), dict) and "perflint" in values["tool"] and len(values) == 1:
            raise ConfigError(path, "tool.perflint", f"in {path.name} write the keys at the top level "
                                                    "([tool.perflint] belongs in pyproject.toml)", line_of(text, ("tool",)))
    config = ConfigFile(path, table, {}, text)
    if not isinstance(values, dict):
        raise config.error((), "expected a table")
    config.values = validate(config, values)
    if "extend" in config.values:
        _extend(config, _chain)
    return config


def _extend(config: ConfigFile, chain: tuple[Path, ...]) -> None:
    target = Path(config.values["extend"]).expanduser()
    target = Path(os.path.normpath(config.root / target))  # "../pyproject.toml" without the ".."
    if target in (*chain, config.path):
        raise config.error(("extend",), f"extends itself through {target}")
    if not target.is_file():
        raise config.error(("extend",), f"no configuration file {target}")
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
            hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(KEYS)}"
            raise config.error((key,), f"unknown key{hint}")
        if (problem := check(value)) is not None:
            raise config.error((key,), f"{problem}; got {_show(value)}")
        entries = getattr(check, "entries", None)
        if isinstance(value, dict):
            for name, entry in value.items():
                if key == "options" and not isinstance(entry, dict):
                    raise config.error((key, name), f"expected a table of the check's options, e.g. "
                                                    f"[tool.perflint.options.{name}]; got {_show(entry)}")
                if entries is not None and (problem := entries(entry)) is not None:
                    raise config.error((key, name), f"{problem}; got {_show(entry)}")
        out[key] = value.strip().lower() if isinstance(value, str) else value
    return out


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

_HEADER = re.compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_ASSIGN = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?)+?)\s*=""")
_KEY_PART = re.compile(r"""\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)\s*(?:\.|$)""")


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
