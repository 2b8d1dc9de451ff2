"""Decode a draft's bytes: UTF-8 (with or without BOM), UTF-16/UTF-32 (with a BOM, or without one
when the text is plainly Chinese or ASCII), GB18030/GBK.

Anything else is refused with a clear error rather than read as mojibake. Big5 and other
double-byte encodings often decode as GB18030 without an error, as garbage: a well-kept
detector (charset-normalizer) decides whether GB18030 is really a plausible reading before a
non-UTF-8 file is accepted.
"""

from __future__ import annotations

import codecs

from perflint.catalogue import Msg, msg
from perflint.read.errors import InputError
from perflint.text.patterns import compile_pattern, lazy_compile


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    bad = len(_BAD_CHAR.findall(text))  # counted by the regex engine, not a loop per character
    return bad / len(text) < 0.001


# Control characters other than \t \n \f \r, and the replacement character.
_BAD_CHAR = compile_pattern(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_CONTROL = compile_pattern(r"[\x00-\x08\x0b\x0e-\x1f]")


def _utf8_text_ok(text: str) -> bool:
    """Whether a strict UTF-8 reading is the draft's text.

    Replacement characters (U+FFFD) in valid UTF-8 are the draft's own content: a web page or an
    earlier conversion could not map a few characters and wrote U+FFFD in their place. Another
    encoding would not read those bytes better, so a short excerpt with one of them is read as it
    stands (the rest of its text is sound); only control characters say the bytes are not text,
    and a text made mostly of replacement characters is refused."""
    if not text:
        return True
    return (len(_CONTROL.findall(text)) / len(text) < 0.001
            and text.count("\ufffd") / len(text) <= 0.05)


_GB = {"gb18030", "gbk", "gb2312", "hz", "ascii"}
_NAMES: dict[str, Msg | str] = {
    "big5": msg("encoding.big5"), "big5hkscs": "Big5-HKSCS", "cp950": msg("encoding.cp950"),
    "shift_jis": msg("encoding.shift_jis"), "cp932": msg("encoding.shift_jis"), "euc_jp": msg("encoding.euc_jp"),
    "euc_kr": msg("encoding.euc_kr"), "cp949": msg("encoding.euc_kr")}


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
        text = _wide_without_bom(raw)
        if text is not None:
            return text
        raise InputError(path, msg("input.binary"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = None
        if _mostly_utf8(raw):
            line, column = _position(raw, exc.start)
            raise InputError(path, msg("input.bad_utf8", byte=f"0x{raw[exc.start]:02x}"), line, column) from None
    if text is not None and _utf8_text_ok(text):
        return text
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_text(text):
        plausible, other = _plausibly_gb(raw)
        if plausible:
            return text
        name = _NAMES.get(other or "", other or msg("encoding.unknown"))
        raise InputError(path, msg("input.other_encoding", encoding=name))
    raise InputError(path, msg("input.undecodable"))


def _strict(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        before = raw[: exc.start].decode(encoding, "replace").removeprefix("\ufeff")
        line = len(_BREAK.split(before))
        raise InputError(path, msg("input.bad_bom", encoding=encoding.upper()), line) from None


_BREAK = lazy_compile(r"\r\n|\r|\n")
_PLAIN = lazy_compile(r"[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2018-\u201d\u2026\u00b7]")


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of byte ``offset`` of UTF-8 ``raw``, lines as the importer counts them."""
    before = raw[:offset].decode("utf-8", "replace")
    lines = _BREAK.split(before)
    return len(lines), len(lines[-1]) + 1


def _mostly_utf8(raw: bytes) -> bool:
    """Whether ``raw`` is UTF-8 text with a few bad bytes (not GBK, which fails UTF-8 everywhere)."""
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return wide >= 2 and bad * 20 <= wide


def _wide_without_bom(raw: bytes) -> str | None:
    """UTF-32 or UTF-16 text without a byte-order mark, when its reading is plainly text."""
    for encoding, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(raw) % width:
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and _looks_like_text(text) and len(_PLAIN.findall(text)) >= 0.95 * len(text):
            return text
    return None
