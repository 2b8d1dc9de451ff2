"""Part headings cut short: ``第三部 2024年度部门决算情况说明`` where the report writes 第一部分.

A 决算 (and many a self-evaluation report) is laid out in 第一部分 … 第五部分. A part heading whose
分 was lost reads ``第三部`` and then the part's title; no checker of terms sees it, since the
numeral changes from part to part. The report itself tells what its part headings look like: it
is read only where another heading of the same text is written out in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Document, Heading, SourceText, Table, TocEntry
from perflint.text.normalise import compact
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
    from perflint.extract.text_index import text_index  # the document's texts, joined once for every check

    # the only texts either pattern can match (the texts of doc.texts(), in its order)
    index = text_index(doc)
    sources = [index.texts[i].text for i in index.holding("部")]
    if not any("部分" in s.value and _WHOLE.search(s.value) for s in sources):
        return []
    out = []
    for source in sources:
        for m in _CUT.finditer(source.value):
            out.append(CutPartHead(source, m.start("head"), m.end("head"), m.group("head")))
    return out


@dataclass(frozen=True)
class CutTitle:
    """``source.value[start:end]`` is a standard title (``term``) without its last character."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


def cut_heading_titles(doc: Document) -> list[CutTitle]:
    """Headings and contents entries whose title is a standard term that lost its last character
    (``第四部分：名词解`` for 名词解释), where more of the document follows: a text's end is taken
    for an excerpt's cut by the near-miss reader, but a title line with lines after it was not cut.
    Only the title's end is read (the characters before it are read as any text is)."""
    from perflint.extract.terms import scan, vocabulary  # loaded only for a document's titles

    blocks = [b for part in doc.parts for b in part.blocks if not isinstance(b, Table)]
    heads_by_end = vocabulary().heads_by_end
    out = []
    for block in blocks[:-1]:  # the last line of the document may be the excerpt's cut
        if not isinstance(block, (Heading, TocEntry)) or getattr(block, "numbering", None) is None:
            continue
        value = block.text.value.rstrip()
        if not value or not "\u4e00" <= value[-1] <= "\u9fff":
            continue
        if not _ends_in_a_head(heads_by_end, value):
            continue  # no term's head ends the title (most titles): no near-miss reading needed
        for m in scan(value + "。").misspellings:  # a sentinel: the title ends, the text goes on
            if m.kind == "drop" and m.end == len(value) and m.suggestion.startswith(m.text):
                term = _written_out(blocks, block, m.text) or m.suggestion
                out.append(CutTitle(block.text, m.start, m.end, m.text, term))
    return out


def _ends_in_a_head(heads_by_end: dict[str, tuple[str, ...]], value: str) -> bool:
    """Whether ``value`` ends in a term's head, the term less its last character, of 3 to 24
    characters (the vocabulary lists them by their last character: a lookup and a few tests)."""
    for head in heads_by_end.get(value[-1], ()):
        if value.endswith(head):
            return True
    return False


def _written_out(blocks: list, cut: object, stem: str) -> str | None:
    """How the document writes the title in full elsewhere (``主要职责`` or ``主要职能`` for
    ``主要职``, as its body's heading says), when it writes it one way."""
    endings = set()
    for block in blocks:
        if block is cut or getattr(block, "numbering", None) is None:
            continue
        text = compact(block.text.value)
        at = text.find(stem)
        if at >= 0 and at + len(stem) < len(text) and "\u4e00" <= text[at + len(stem)] <= "\u9fff":
            endings.add(text[at + len(stem)])
    return stem + endings.pop() if len(endings) == 1 else None
