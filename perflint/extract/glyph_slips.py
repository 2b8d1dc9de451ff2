"""Characters of another script slipped into a Chinese draft: a katakana look-alike (人ロ for 人口)
and a lone Traditional form in a Simplified draft (決算 for 决算).

Both are read on a draft's texts joined into one string (:class:`perflint.extract.slips.JoinedTexts`),
screened by one search in C: most drafts hold neither a kana nor a Traditional character.

* A katakana whose shape is a Chinese character's (ロ 口, エ 工, カ 力, タ 夕, ニ 二, ハ 八, ト 卜,
  オ 才, ヌ 又, チ 千, ー 一), alone after a Chinese character and before another, a figure or a
  closing mark (ー only between two Chinese characters), in a draft that holds no other kana: a Japanese input method or a scan gave the look-alike. A draft that quotes Japanese (a
  company's name in katakana, a word written in kana) is left alone, as is a kana next to another.
* A Traditional character (one of ``perflint/data/traditional.json``, all outside GB2312) in a
  draft that is not read as Traditional and writes one of the common Traditional characters the
  reader screens with (決, 預, 經, 費 …), where it is the only one or one of two, and the word it
  makes with a neighbour is written in Simplified elsewhere in the same draft (決算 where the
  draft writes 决算): an input method switched script for one word. A name keeps its characters,
  and a draft that writes no Simplified form of the word gives no proof.
"""

from __future__ import annotations

from perflint.text.patterns import lazy_compile
from perflint.text.scripts import PROBE, script_table

# The katakana shaped like a Chinese character, and that character.
_KANA_LOOKALIKES = {"ロ": "口", "エ": "工", "カ": "力", "タ": "夕", "ニ": "二", "ハ": "八", "ト": "卜",
                    "オ": "才", "ヌ": "又", "チ": "千", "ー": "一"}
# Any kana (hiragana, katakana, the long-vowel mark; not the middle dot ・ a foreign name is
# written with in Chinese).
_KANA = lazy_compile("[\u3041-\u3096\u30a1-\u30fa\u30fc-\u30ff]")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# After a Chinese character, before another, a figure or a mark that closes a word (人ロ2700人,
# 努カ，); the long-vowel mark ー only between two Chinese characters (2020年ー2022年 is a dash).
_LOOKALIKE = lazy_compile(f"(?<=[{_HAN}])(?:[ロエカタニハトオヌチ](?=[{_HAN}0-9，。、；：,;:）)])|ー(?=[{_HAN}]))")
_MAX_TRADITIONAL = 2  # Traditional characters a Simplified draft may slip into; more is a mixed page


class GlyphSlip:
    """``joined[start:end]`` (the slip and a neighbour) reads ``usual``; ``char`` is the slip."""

    __slots__ = ("start", "end", "written", "usual", "char", "kind")

    def __init__(self, start: int, end: int, written: str, usual: str, char: str, kind: str) -> None:
        self.start, self.end, self.written, self.usual, self.char = start, end, written, usual, char
        self.kind = kind  # "kana" or "traditional"


def kana_lookalikes(joined: str) -> list[GlyphSlip]:
    """Katakana look-alikes of Chinese characters, each alone between two Chinese characters, in
    a draft with no other kana."""
    if _KANA.search(joined) is None:
        return []  # (nearly every draft: one search in C)
    kana = _KANA.findall(joined)
    found = list(_LOOKALIKE.finditer(joined))
    if len(found) != len(kana):
        return []  # Japanese quoted somewhere (a kana name, a kana beside the look-alike)
    out = []
    for m in found:
        i = m.start()
        ch = m.group()
        # quoted with its neighbours: both where the next is a Chinese character (第ー批), else the one before (人ロ)
        end = i + 2 if _is_han(joined[i + 1:i + 2]) else i + 1
        written = joined[i - 1:end]
        out.append(GlyphSlip(i - 1, end, written, written.replace(ch, _KANA_LOOKALIKES[ch]), ch, "kana"))
    return out


def _is_han(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def lone_traditional(joined: str) -> list[GlyphSlip]:
    """Traditional characters alone in a Simplified draft whose word the draft writes in Simplified.

    Screened by the few Traditional characters every such report writes (``scripts.PROBE``: 決,
    預, 經, 費 …, the reader's own screen, compiled already): a draft without one of them is not
    read (nearly every draft: one search in C, no table loaded)."""
    first = PROBE.search(joined)
    if first is None:
        return []
    table = script_table()
    simple = joined.translate(table)
    found = [i for i, (a, b) in enumerate(zip(joined, simple, strict=True)) if a != b]
    if len(found) > _MAX_TRADITIONAL:
        return []  # a page of mixed script (a host's partial conversion), not one slip
    out = []
    for i in found:
        ch = joined[i]
        for start in (i, i - 1):  # the word with the next character, or with the one before
            if start < 0 or start + 2 > len(joined):
                continue
            word = joined[start:start + 2]
            right = simple[start:start + 2]
            if not all(map(_is_han, right)):
                continue
            if right in joined:
                out.append(GlyphSlip(start, start + 2, word, right, ch, "traditional"))
                break
    return out
