"""Choose the importer for a path and turn unreadable input into a clear :class:`InputError`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from perflint.catalogue import msg
from perflint.heap import LARGE_BYTES, paused
from perflint.model import Document
from perflint.read.encoding import decode
from perflint.read.errors import InputError
from perflint.read.scripts import parse_in_script
from perflint.read.sniff import sniff
from perflint.read.text import parse_text
from perflint.safety import DEFAULT_MAX_SIZE, display_name, read_input

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
YAML_SUFFIXES = {".yaml", ".yml"}
OFFICE_SUFFIXES = {".docx", ".xlsx", ".pdf"}
SUPPORTED = TEXT_SUFFIXES | YAML_SUFFIXES | OFFICE_SUFFIXES


EMPTY = msg("input.empty")


def load(path: Path, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read one draft. Raises :class:`InputError` naming the file for anything unreadable.

    Only a regular file no larger than ``max_size`` bytes (0: no limit) is read. An empty draft
    (no bytes, only white space, or an office file without text) of any format is an error:
    a run must never report "no problems" for a file that had nothing to check.
    """
    name = display_name(path)
    return load_bytes(read_input(path, name, max_size), name, max_size)


def load_bytes(raw: bytes, name: str, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read a draft already in memory (stdin too): ``name`` gives its locations and, by its
    suffix, its format (text when it has none)."""
    suffix = Path(name).suffix.lower()
    if not raw.strip():
        raise InputError(name, EMPTY)
    try:
        kind = sniff(raw, suffix, max_size * 10 if max_size else 0)
    except ValueError as exc:
        raise InputError(name, exc.args[0]) from None
    # a large draft's model is a tree being built: nothing for the cyclic collector (perflint.heap)
    with paused(large=len(raw) >= LARGE_BYTES):
        doc = _read(raw, kind, name, suffix)
    if not any(line.strip() for line in doc.lines):
        raise InputError(name, EMPTY)
    return doc


def _read(raw: bytes, kind: str, name: str, suffix: str) -> Document:
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
    if not text.strip():
        raise InputError(name, EMPTY)
    # a draft in Traditional script is read as Simplified (perflint.read.scripts)
    return parse_in_script(text, lambda plain: _read_text(raw, plain, kind, name, suffix))


def _read_text(raw: bytes, text: str, kind: str, name: str, suffix: str) -> Document:
    if kind == "yaml":
        from perflint.discover import is_yaml_draft
        from perflint.read.yaml_draft import parse_yaml

        if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
            raise InputError(name, EMPTY)  # comments only: empty, whatever else the file is
        try:
            return parse_yaml(text, name)
        except InputError as exc:
            if is_yaml_draft(raw):
                raise
            raise InputError(name, msg("input.yaml_not_draft")) from exc
    fmt = "markdown" if suffix in (".md", ".markdown") else "text"
    return parse_text(text, name, source_format=fmt)


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and the drafts found in folders with the default settings (see
    :mod:`perflint.discover`; the command line resolves each folder's configuration instead)."""
    from perflint.discover import find_drafts
    from perflint.settings import Overrides, Resolver

    yield from find_drafts(paths, Resolver([], Overrides(isolated=True)))[0]
