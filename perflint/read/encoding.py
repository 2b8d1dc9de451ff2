"""Decode a draft's bytes: UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, GB18030/GBK.

Anything else is refused with a clear error rather than read as mojibake. Big5 and other
double-byte encodings often decode as GB18030 without an error, as garbage: a well-kept
detector (charset-normalizer) decides whether GB18030 is really a plausible reading before a
non-UTF-8 file is accepted.
"""

from __future__ import annotations

import codecs

from perflint.read.errors import InputError


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    return bad / len(text) < 0.001


_GB = {"gb18030", "gbk", "gb2312", "hz", "ascii"}
_NAMES = {"big5": "Big5 (traditional Chinese)", "big5hkscs": "Big5-HKSCS", "cp950": "Big5 (cp950)",
          "shift_jis": "Shift_JIS (Japanese)", "cp932": "Shift_JIS (Japanese)", "euc_jp": "EUC-JP (Japanese)",
          "euc_kr": "EUC-KR (Korean)", "cp949": "EUC-KR (Korean)"}


def _plausibly_gb(raw: bytes) -> tuple[bool, str | None]:
    """Whether GB18030 is among the best readings of ``raw``; else the encoding it looks like."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return True, None
    matches = list(from_bytes(raw[:65536]))
    if not matches:
        return False, None
    best_chaos = min(m.chaos for m in matches)
    if any(m.encoding in _GB and m.chaos <= best_chaos + 0.01 for m in matches):
        return True, None
    return False, matches[0].encoding


def decode(raw: bytes, path: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw[len(codecs.BOM_UTF8):], "utf-8", path)
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return _strict(raw, "utf-32", path)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16", path)
    if b"\x00" in raw[:4096]:
        raise InputError(path, "this looks like a binary file (or UTF-16 without a byte-order mark); "
                               "save the draft as UTF-8 text, .md or .yaml")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        return text
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        plausible, other = _plausibly_gb(raw)
        if plausible:
            return text
        name = _NAMES.get(other or "", other or "an unknown encoding")
        raise InputError(path, f"the text looks like {name}, which perflint does not read reliably: "
                               "save the draft as UTF-8")
    raise InputError(path, "cannot decode the file as UTF-8, UTF-16 or GB18030/GBK text")


def _strict(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1 if encoding == "utf-8" else None
        raise InputError(path, f"the file declares {encoding} (byte-order mark) but is not valid {encoding}", line) from exc
