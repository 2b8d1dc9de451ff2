"""Text a host or a wrong decoding garbled: what a reader cannot trust to be the draft's own.

A page republished by a mirror, or a file decoded with the wrong code page, loses characters
and turns runs of them into others (``（一）宣传`` read one byte off as ``?。ㄒ唬┬麄?``). A rule
that concludes something is *missing* (a list's first item, a number) cannot be certain when
the text where it would stand is garbled: the missing thing may be in the garble.

Signs, each never written in a Chinese draft as its own text:

- the replacement mark ``\\ufffd`` (bytes no decoder could read);
- bopomofo (ㄅ…ㄩ): not used in mainland drafts; GBK's bopomofo rows are where a double-byte
  text read one byte off lands (``ㄒ唬``);
- a box-drawing character written against a Han character (``唬┬麄``): a table's rule drawn in
  text stands apart from its words, a garble runs them together;
- the well-known garbles of a lost or doubled decoding (``锟斤拷``, ``烫烫``, ``屯屯``) and UTF-8 read
  as Latin-1 (``å¹´``: a Latin letter with accent followed by a C1 or Latin-1 sign);
- an ASCII ``?`` inside Chinese text (before a Han character; or after one, a Chinese mark or a
  line's start and before a Chinese mark, a mirror's pinyin reading or ``;``: ``當?shù)``, ``分?;蚪``): what an encoder
  writes for a character its code page lacks.
"""

from __future__ import annotations

import re

from perflint.text.patterns import lazy_compile

_HAN = r"\u3400-\u9fff"
_CJK_MARK = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"  # a pinyin reading a mirror printed, its bracket lost to the garble
_GARBLE = lazy_compile(
    r"\ufffd"
    r"|[\u3105-\u312f\u31a0-\u31bf]"
    rf"|[{_HAN}][\u2500-\u257f]|[\u2500-\u257f][{_HAN}]"
    r"|锟斤拷|烫烫|屯屯"
    r"|[\u00c0-\u00ff][\u0080-\u00bf]"
    rf"|(?:^|(?<=[{_HAN}{_CJK_MARK}]))\?+(?=[{_HAN}{_CJK_MARK}a-z{_TONED};?])"
    rf"|\?+(?=[{_HAN}])"
    rf"|\?+(?=[a-z]{{0,5}}[{_TONED}][a-z{_TONED}]{{0,5}}\))",  # ???jī): a reading's remainder
    re.MULTILINE,  # a ``?`` opening a line
)
# characters one of the signs needs: a text with none of them is not searched
_SCREEN = frozenset("\ufffd?锟烫屯") | frozenset(chr(c) for c in range(0x3105, 0x3130))


def _may_be_garbled(text: str) -> bool:
    if "\ufffd" in text or "?" in text:
        return True
    return any(ch in _SCREEN or "\u2500" <= ch <= "\u257f" or "\u00c0" <= ch <= "\u00ff"
               or "\u31a0" <= ch <= "\u31bf" for ch in set(text))


def garbled(text: str) -> bool:
    """Whether ``text`` holds a sign of garbling (see the module's notes)."""
    return _may_be_garbled(text) and _GARBLE.search(text) is not None
