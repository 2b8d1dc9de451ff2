"""Decode a draft's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

Anything else is refused with a clear error rather than read as mojibake.
"""

from __future__ import annotations

import codecs

from perflint.read.errors import InputError


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    return bad / len(text) < 0.001


def decode(raw: bytes, path: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[len(codecs.BOM_UTF8):], "utf-8", path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", path)
    if b"\x00" in raw[:4096]:
        raise InputError(path, "this looks like a binary file (or UTF-16 without a byte-order mark); "
                               "save the draft as UTF-8 text, .md or .yaml")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
    raise InputError(path, "cannot decode the file as UTF-8, UTF-16 or GB18030/GBK text")


def _strict(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1 if encoding == "utf-8" else None
        raise InputError(path, f"the file declares {encoding} (byte-order mark) but is not valid {encoding}", line) from exc
