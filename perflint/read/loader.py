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
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
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
        from perflint.read.yaml_draft import parse_yaml

        return parse_yaml(text, name)
    fmt = "markdown" if suffix in (".md", ".markdown") else "text"
    return parse_text(text, name, source_format=fmt)


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and supported files found in folders (sorted, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and child.suffix.lower() in SUPPORTED and not any(p.startswith(".") for p in rel.parts):
                    yield child
        else:
            yield path
