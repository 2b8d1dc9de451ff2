"""Choose the importer for a path and turn unreadable input into a clear :class:`InputError`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from perflint.model import Document
from perflint.read.encoding import decode
from perflint.read.errors import InputError
from perflint.read.text import parse_text

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
YAML_SUFFIXES = {".yaml", ".yml"}
SUPPORTED = TEXT_SUFFIXES | YAML_SUFFIXES
NOT_YET = {".docx": "Word", ".doc": "Word", ".xlsx": "Excel", ".xls": "Excel", ".pdf": "PDF", ".wps": "WPS"}


def load(path: Path) -> Document:
    """Read one draft. Raises :class:`InputError` naming the file for anything unreadable."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in NOT_YET:
        raise InputError(name, f"{NOT_YET[suffix]} files are not supported yet; save the draft as text (.txt), "
                               "Markdown (.md) or a perflint YAML draft (.yaml)")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    text = decode(raw, name)
    if suffix in YAML_SUFFIXES:
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
