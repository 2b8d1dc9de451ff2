"""Recognise an input by its content, not only by its name.

A ``.txt`` that is really a Word file, a ``.docx`` that is a legacy ``.doc``, a scanned image
saved as ``.pdf``: each gets read by what it is, or refused with a message that names the
format and says how to convert it.
"""

from __future__ import annotations

import io

from perflint.catalogue import msg

LEGACY_OFFICE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: .doc .xls .wps .et .ppt
_IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"II*\x00": "TIFF", b"MM\x00*": "TIFF",
           b"BM": "BMP"}
_ARCHIVES = {b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip"}


def sniff(raw: bytes, suffix: str, max_unpacked: int = 0) -> str:
    """``docx``, ``xlsx``, ``pdf``, ``text`` or ``yaml``; raises ValueError with the user's message
    (a :class:`perflint.catalogue.Msg`).

    ``max_unpacked`` (bytes, 0: no limit) bounds what an Office file's ZIP may unpack to, so a
    small file cannot expand to gigabytes of XML (a ZIP bomb).
    """
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        return _zip_kind(raw, max_unpacked)
    if raw.startswith(b"%PDF"):
        return "pdf"
    if raw.startswith(LEGACY_OFFICE):
        name = {".doc": "Word 97-2003 (.doc)", ".wps": "WPS 文字 (.wps)", ".xls": "Excel 97-2003 (.xls)",
                ".et": "WPS 表格 (.et)"}.get(suffix, msg("format.legacy_office"))
        target = ".xlsx" if suffix in (".xls", ".et") else ".docx"
        raise ValueError(msg("input.legacy_office", format=name, target=target))
    for magic, name in _IMAGES.items():
        if raw.startswith(magic):
            raise ValueError(msg("input.image", format=name))
    for magic, name in _ARCHIVES.items():
        if raw.startswith(magic):
            raise ValueError(msg("input.archive", format=name))
    if suffix in (".docx", ".xlsx", ".pdf"):
        raise ValueError(msg("input.bad_suffix", suffix=suffix))
    return "yaml" if suffix in (".yaml", ".yml") else "text"


def _zip_kind(raw: bytes, max_unpacked: int = 0) -> str:
    import zipfile  # here: most drafts are text, and a text run need not load the ZIP reader

    try:
        infos = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ValueError(msg("input.bad_zip")) from None
    names = {i.filename for i in infos}
    unpacked = sum(i.file_size for i in infos)
    if max_unpacked and unpacked > max_unpacked:
        raise ValueError(msg("input.zip_bomb", size=unpacked // 2**20, limit=max_unpacked // 2**20))
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        raise ValueError(msg("input.powerpoint"))
    raise ValueError(msg("input.archive", format="ZIP"))
