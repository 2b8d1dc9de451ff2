"""Which files a folder scan lints, as ruff finds Python files.

A folder is searched for drafts only: text and Markdown files, YAML files that are perflint
drafts, Word, Excel and PDF files (the ``include`` globs). Skipped on the way: what the
configuration excludes (by default hidden files and folders such as ``.git`` and ``.venv``,
``node_modules``, ``venv``, ``__pycache__`` and Word's ``~$`` lock files), what ``.gitignore``
files ignore, and YAML files that are not perflint drafts (a CI workflow or a mkdocs.yml is not
a draft; one such file must not fail the whole run). A file named on the command line is always
linted (unless ``--force-exclude`` and the configuration excludes it), YAML or not.

Globs follow ``.gitignore`` rules: a pattern without ``/`` matches a name at any depth; one with a
``/`` is anchored at the folder of the file that declares it; a trailing ``/`` matches folders
only; ``**`` spans folders; ``!`` re-includes. Matching is done level by level while walking, as
git does, so a folder named explicitly is searched even when its own name would be excluded.
(The matcher is small and local rather than the ``pathspec`` package: pathspec matches whole
paths including their parent folders, which is not how an explicitly named folder must behave.)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from perflint.text.patterns import compile_pattern, lazy_compile

YAML_SUFFIXES = (".yaml", ".yml")
# The top-level keys of a perflint YAML draft (perflint.read.yaml_draft.TOP_KEYS, kept in step by a test).
DRAFT_KEYS = frozenset(("perflint", "title", "organisation", "fiscal_year", "money_unit", "report_date", "kind",
                        "content", "sections", "self_evaluation", "parts"))
_TRAILING_SPACES = lazy_compile(r"(?<!\\) +$")
_TOP_KEY = lazy_compile(r"""^(?:"([^"\n]+)"|'([^'\n]+)'|([^\s#:'"\-][^:\n]*?))\s*:(?:\s|$)""", re.M)


@dataclass(frozen=True)
class _Pattern:
    """One exclude or include glob, compiled, with where it is anchored and whether it negates."""

    regex: re.Pattern[str]
    negate: bool
    dir_only: bool
    text: str
    base: Path | None = None  # the folder it is anchored at (set by Globs.of)


def _segment(seg: str) -> str:
    out, i = [], 0
    while i < len(seg):
        c = seg[i]
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "\\" and i + 1 < len(seg):
            i += 1
            out.append(re.escape(seg[i]))
        elif c == "[":
            j = i + 1
            if j < len(seg) and seg[j] in "!^":
                j += 1
            if j < len(seg) and seg[j] == "]":
                j += 1
            while j < len(seg) and seg[j] != "]":
                j += 1
            if j >= len(seg):
                out.append(re.escape(c))
            else:
                body = seg[i + 1:j]
                negate = body[:1] in ("!", "^")
                body = body[1:] if negate else body
                out.append("[" + ("^" if negate else "") + body.replace("\\", "\\\\") + "]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def compile_glob(line: str) -> _Pattern | None:
    """One ``.gitignore`` line as a pattern (``None`` for a blank line or a comment)."""
    text = line.rstrip("\r\n")
    if not text.strip() or text.startswith("#"):
        return None
    if text.endswith(" "):  # trailing spaces end the pattern unless escaped (rarely any: no compile)
        text = _TRAILING_SPACES.sub("", text)
    negate = text.startswith("!")
    if negate:
        text = text[1:]
    if text.startswith(("\\!", "\\#")):
        text = text[1:]
    dir_only = text.endswith("/")
    text = text.rstrip("/")
    if not text:
        return None
    anchored = "/" in text
    parts = text.lstrip("/").split("/") if text.startswith("/") else text.split("/")
    body = []
    for index, seg in enumerate(parts):
        last = index == len(parts) - 1
        if seg == "**":
            body.append(".*" if last else "(?:.*/)?")
        else:
            body.append(_segment(seg) + ("" if last else "/"))
    prefix = "" if anchored else "(?:.*/)?"
    return _Pattern(compile_pattern(prefix + "".join(body), re.S), negate, dir_only, line.strip())


@dataclass
class Globs:
    """Patterns anchored at ``base``; :meth:`decide` says whether one path (not its folders) matches."""

    base: Path
    patterns: list[_Pattern] = field(default_factory=list)

    @classmethod
    def of(cls, base: Path, lines: Iterable[str]) -> Globs:
        return cls(base, [replace(p, base=base) for p in map(compile_glob, lines) if p is not None])

    def extend(self, other: Globs) -> None:
        """Add ``other``'s patterns after these, each keeping its own anchor."""
        self.patterns += other.patterns

    def decide(self, path: Path, is_dir: bool) -> bool | None:
        """True when the last pattern matching ``path`` includes it, False when it re-includes
        (``!``), None when none matches. Outside ``base`` only name patterns can apply."""
        verdict = None
        rels: dict[Path, str] = {}  # the patterns of one file share one or two anchors
        for p in self.patterns:
            base = p.base or self.base
            rel = rels.get(base)
            if rel is None:
                rel = rels[base] = _relative(path, base)
            if rel and (not p.dir_only or is_dir) and p.regex.fullmatch(rel):
                verdict = not p.negate
        return verdict

    def matches(self, path: Path, is_dir: bool = False) -> bool:
        return bool(self.decide(path, is_dir))

    def matches_any_level(self, path: Path) -> bool:
        """``path`` or one of its folders below ``base`` matches (for a file named explicitly)."""
        try:
            parts = path.relative_to(self.base).parts
        except ValueError:
            return False
        return any(self.matches(self.base.joinpath(*parts[: i + 1]), i < len(parts) - 1) for i in range(len(parts)))


def absolute(path: Path) -> Path:
    """``path`` from the root, ``..`` folded away (symbolic links are left as they are)."""
    return Path(os.path.abspath(path))


def _relative(path: Path, base: Path) -> str:
    whole, anchor = str(path), str(base)
    # Absolute POSIX paths (not the ``//`` root POSIX keeps apart): the lexical prefix test
    # relative_to makes, without building its parts.
    if os.sep == "/" and whole[:1] == anchor[:1] == "/" and whole[1:2] != "/" != anchor[1:2]:
        if whole == anchor:
            return ""
        if whole.startswith(anchor.rstrip("/") + "/"):
            return whole[len(anchor.rstrip("/")) + 1:]
        return path.name
    try:
        rel = path.relative_to(base).as_posix()
    except ValueError:
        return path.name  # outside the anchor: only name patterns can apply
    return "" if rel == "." else rel


class WalkSettings(Protocol):
    include: Globs
    exclude: Globs
    respect_gitignore: bool
    force_exclude: bool


class Resolve(Protocol):
    def for_folder(self, folder: Path) -> WalkSettings: ...


def is_yaml_draft(raw: bytes) -> bool:
    """A YAML file is a perflint draft when it says so (``perflint: 1`` or the draft schema) or when
    most of its top-level keys are a draft's and one of them is ``title`` or ``parts``."""
    text = raw[:65536].decode("utf-8", errors="replace").removeprefix("\ufeff")
    if "perflint/data/schema.json" in text:
        return True
    keys = {next(g for g in m.groups() if g).strip() for m in _TOP_KEY.finditer(text)}
    known = keys & DRAFT_KEYS
    if "perflint" in keys:
        return True
    return bool(known & {"title", "parts"}) and len(known) >= 2 and 2 * len(known) > len(keys)


def _gitignore(folder: Path) -> Globs | None:
    try:
        text = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return Globs.of(folder, text.splitlines())


def ancestor_gitignores(folder: Path) -> list[Globs]:
    """``.gitignore`` files above ``folder`` up to its git repository's top (with
    ``.git/info/exclude``), outermost first; none when ``folder`` is not inside a repository."""
    chain: list[Path] = []
    for current in folder.parents:
        chain.append(current)
        if (current / ".git").exists():
            break
    else:
        return []
    top = chain[-1]
    out: list[Globs] = []
    try:
        info = (top / ".git" / "info" / "exclude").read_text(encoding="utf-8", errors="replace")
        out.append(Globs.of(top, info.splitlines()))
    except OSError:
        pass
    for current in reversed(chain):
        if (g := _gitignore(current)) is not None:
            out.append(g)
    return out


def _git_ignored(stack: Sequence[Globs], path: Path, is_dir: bool) -> bool:
    for globs in reversed(stack):  # the deepest .gitignore has the last word
        verdict = globs.decide(path, is_dir)
        if verdict is not None:
            return verdict
    return False


def find_drafts(paths: Sequence[Path], resolve: Resolve) -> tuple[list[Path], list[Path]]:
    """(drafts to lint, paths named explicitly but skipped by ``force-exclude``: excluded, or YAML
    that is not a draft). ``-`` (stdin) is passed through; a file named twice is linted once."""
    found: list[Path] = []
    skipped: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if str(path) == "-":
            found.append(path)
            continue
        settings = resolve.for_folder(absolute(path) if path.is_dir() else absolute(path).parent)
        if settings.force_exclude and (settings.exclude.matches_any_level(absolute(path))
                                       or (path.is_file() and not _is_draft(path))):
            skipped.append(path)  # a pre-commit hook passes every changed file, mkdocs.yml too
            continue
        for item in walk(path, resolve) if path.is_dir() else [path]:
            if (key := absolute(item)) not in seen:
                seen.add(key)
                found.append(item)
    return found, skipped


def walk(folder: Path, resolve: Resolve) -> Iterator[Path]:
    """The drafts inside ``folder``, sorted by name at each level (paths start with ``folder``)."""
    yield from _walk(folder, resolve, ancestor_gitignores(absolute(folder)))


def _walk(folder: Path, resolve: Resolve, stack: list[Globs]) -> Iterator[Path]:
    settings = resolve.for_folder(absolute(folder))
    if settings.respect_gitignore and (own := _gitignore(absolute(folder))) is not None:
        stack = [*stack, own]
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = folder / entry.name
        full = absolute(path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError:
            continue
        if settings.exclude.matches(full, is_dir):
            continue
        if settings.respect_gitignore and _git_ignored(stack, full, is_dir):
            continue
        if is_dir:
            yield from _walk(path, resolve, stack)
        elif is_file and settings.include.matches(_lower_suffix(full)) and _is_draft(path):
            yield path


def _lower_suffix(path: Path) -> Path:
    """``报告.DOCX`` is a .docx: include globs see suffixes in lower case, as Windows shows them."""
    return path.with_suffix(path.suffix.lower()) if path.suffix else path


def _is_draft(path: Path) -> bool:
    if path.suffix.lower() not in YAML_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            return is_yaml_draft(handle.read(65536))
    except OSError:
        return True  # let the loader report what it cannot read
