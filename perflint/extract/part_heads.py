"""Part headings cut short: ``第三部 2024年度部门决算情况说明`` where the report writes 第一部分.

A 决算 (and many a self-evaluation report) is laid out in 第一部分 … 第五部分. A part heading whose
分 was lost reads ``第三部`` and then the part's title; no checker of terms sees it, since the
numeral changes from part to part. The report itself tells what its part headings look like: it
is read only where another heading of the same text is written out in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, SourceText
from perflint.text.patterns import lazy_compile

# At the start of a text (or after a contents run's white space): 第 + a Chinese numeral + 部, and
# then neither 分 nor a character that makes another word (第三部门, 第一部署 …), but the part's
# title (a marker with nothing after it ends a cut text).
_CUT = lazy_compile(r"(?:^|(?<=\s))(?P<head>第[一二三四五六七八九十]{1,3}部)(?![分门署长委队件位落])(?=\s*[\u4e00-\u9fff\d])")
_WHOLE = lazy_compile(r"(?:^|\s)第[一二三四五六七八九十]{1,3}部分")


@dataclass(frozen=True)
class CutPartHead:
    """``source.value[start:end]`` is a part heading's marker without its 分."""

    source: SourceText
    start: int
    end: int
    text: str

    @property
    def whole(self) -> str:
        return self.text + "分"


def cut_part_heads(doc: Document) -> list[CutPartHead]:
    """Part markers written ``第N部`` + title in a document that writes ``第M部分`` elsewhere."""
    sources = [s for s in doc.texts() if "部" in s.value]  # the only texts either pattern can match
    if not any("部分" in s.value and _WHOLE.search(s.value) for s in sources):
        return []
    out = []
    for source in sources:
        for m in _CUT.finditer(source.value):
            out.append(CutPartHead(source, m.start("head"), m.end("head"), m.group("head")))
    return out
