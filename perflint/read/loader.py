"""Choose the importer for a path and turn unreadable input into a clear :class:`InputError`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from perflint.model import Document
from perflint.read.encoding import decode
from perflint.read.errors import InputError
from perflint.read.sniff import sniff
from perflint.read.text import parse_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
YAML_SUFFIXES = {".yaml", ".yml"}
OFFICE_SUFFIXES = {".docx", ".xlsx", ".pdf"}
SUPPORTED = TEXT_SUFFIXES | YAML_SUFFIXES | OFFICE_SUFFIXES


def load(path: Path) -> Document:
    """Read one draft. Raises :class:`InputError` naming the file for anything unreadable."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str) -> Document:
    """Read a draft already in memory (stdin): ``name`` gives its locations and, by its suffix,
    its format (text when it has none)."""
    suffix = Path(name).suffix.lower()
    try:
        kind = sniff(raw, suffix)
    except ValueError as exc:
        raise InputError(name, str(exc)) from None
    if kind == "docx":
        from perflint.read.docx import read_docx

        return read_docx(raw, name)
    if kind == "xlsx":
        from perflint.read.xlsx import read_xlsx

        return read_xlsx(raw, name)
    if kind == "pdf":
        from perflint.read.pdf import read_pdf

        return read_pdf(raw, name)
    text = decode(raw, name)
    if kind == "yaml":
        from perflint.discover import is_yaml_draft
        from perflint.read.yaml_draft import parse_yaml

        try:
            return parse_yaml(text, name)
        except InputError as exc:
            if is_yaml_draft(raw):
                raise
            raise InputError(name, "this YAML file is not a perflint draft (it has no top-level 'perflint: 1' "
                                   "or 'title:' and 'sections:'); perflint reads YAML drafts in the format of "
                                   "docs/yaml-format.md. Folder scans skip such files") from exc
    fmt = "markdown" if suffix in (".md", ".markdown") else "text"
    return parse_text(text, name, source_format=fmt)


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and the drafts found in folders with the default settings (see
    :mod:`perflint.discover`; the command line resolves each folder's configuration instead)."""
    from perflint.discover import find_drafts
    from perflint.settings import Overrides, Resolver

    yield from find_drafts(paths, Resolver([], Overrides(isolated=True)))[0]
