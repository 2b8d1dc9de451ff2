"""Names of the 政府收支分类 科目 with one character wrong, where the text says it is a 科目's name
(``教育支出(类)普通教育(款)学期教育(项)`` for 学前教育; ``2050201 学期教育`` in a 决算 table).

The 科目 names are a closed vocabulary every 决算 table and 说明 prints. The near-miss reader of
:mod:`perflint.extract.terms` believes a substitution only between characters it knows to be
confused, since elsewhere a one-character change mostly makes another word. Where a level tag
``(类)``/``(款)``/``(项)`` follows the name, or a 科目 code stands before it, the string is a 科目's
name for certain, and one that is no name of the vocabulary but differs from exactly one of them
in one place is a slip, whatever the character (an IME's word-completion puts 学期 for 学前 as
readily as a homophone).

The vocabulary does not list every 项 (其他体育支出 beside 其他教育支出), so the slip must bring a
word from outside the classification: the wrong character makes, with each neighbour, a pair that
no name of the vocabulary holds (学期, 期教), where an unlisted 科目 is built from the
classification's own words (体育 of 体育场馆).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from perflint.model import Document, SourceText, Table
from perflint.text.patterns import lazy_compile

# The vocabulary groups that hold 科目 names (功能分类 类/款/项, 经济分类).
_ACCOUNT_GROUPS = ("functional", "functional_classes", "functional_items", "economic", "economic_more")
_MIN_LEN = 4  # a name of three characters differs from too many words by one
# A level tag, full- or half-width, spaces allowed inside.
_TAG = lazy_compile(r"\s*[(（]\s*[类款项]\s*[)）]")
# A 功能分类 code (类 201–234, 款 5 digits, 项 7) and the name after it, alone in a text (searched
# in the document's texts joined by line breaks: one search in C, not a test of every text).
_CODED = lazy_compile(r"(?m)^[ \t\u3000]*2[0-3]\d(?:\d\d){0,2}[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{4,20})[ \t\u3000]*$")
_CODE = lazy_compile(r"^\s*2[0-3]\d(?:\d\d){0,2}\s*$")
_NAME = lazy_compile(r"^\s*(?P<name>[\u4e00-\u9fff]{4,20})\s*$")


@dataclass(frozen=True)
class AccountSlip:
    """``source.value[start:end]`` is a 科目's name with one character wrong; ``term`` the name."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


@dataclass(frozen=True)
class _Accounts:
    by_length: dict[int, tuple[str, ...]]
    pairs: frozenset[str]  # every two neighbouring characters of a name


def _accounts(raw: dict) -> _Accounts:
    groups = raw.get("terms") or {}
    names = sorted({n for g in _ACCOUNT_GROUPS for n in (groups.get(g) or ()) if "(" not in n})
    by_length: dict[int, list[str]] = {}
    for n in names:
        if len(n) >= _MIN_LEN:
            by_length.setdefault(len(n), []).append(n)
    pairs = frozenset(n[i:i + 2] for n in names for i in range(len(n) - 1))
    return _Accounts({k: tuple(v) for k, v in by_length.items()}, pairs)


def _slip_of(written: str, accounts: _Accounts, known: frozenset[str]) -> str | None:
    """The one name ``written`` (known to be a 科目's name) is a slip of, if any."""
    if written in known:
        return None
    found = None
    for name in accounts.by_length.get(len(written), ()):
        diffs = [i for i, (a, b) in enumerate(zip(written, name, strict=True)) if a != b]
        if len(diffs) != 1:
            continue
        i = diffs[0]
        if (i > 0 and written[i - 1:i + 1] in accounts.pairs) or \
                (i + 1 < len(written) and written[i:i + 2] in accounts.pairs):
            continue  # built from the classification's own words: a 科目 the vocabulary lacks
        if found is not None:
            return None  # two names it may be: no telling which
        found = name
    return found


def account_name_slips(doc: Document) -> list[AccountSlip]:
    """科目 names before a level tag or after a 科目 code (in the text or the cell before) that are
    one character from exactly one name of the vocabulary."""
    from perflint import data
    from perflint.extract.terms import vocabulary
    from perflint.extract.text_index import text_index

    index = text_index(doc)
    places = index.holding_any("类)", "款)", "项)", "类）", "款）", "项）")
    coded = list(_CODED.finditer(index.joined))
    tables = [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]
    if not (places or coded or tables):
        return []
    accounts = data.derived("terms", _accounts, __file__)
    known = vocabulary().known
    out: list[AccountSlip] = []
    seen: set[tuple[int, int]] = set()

    def consider(source: SourceText, start: int, written: str) -> None:
        term = _slip_of(written, accounts, known)
        key = (id(source), start)
        if term is not None and key not in seen:
            seen.add(key)
            out.append(AccountSlip(source, start, start + len(written), written, term))

    lengths = sorted(accounts.by_length, reverse=True)
    for m in coded:
        i = bisect_right(index.starts, m.start("name")) - 1
        consider(index.texts[i].text, m.start("name") - index.starts[i], m.group("name"))
    for i in places:
        source = index.texts[i].text
        value = source.value
        for m in _TAG.finditer(value):
            end = m.start()
            if any(value[max(end - k, 0):end] in known for k in range(3, lengths[0] + 1)):
                continue  # a known name (or word) ends at the tag
            for n in lengths:  # the name's start is not marked: every length a name has
                start = end - n
                written = value[start:end]
                if start >= 0 and all("\u4e00" <= c <= "\u9fff" for c in written):
                    consider(source, start, written)
    for table in tables:
        for row in table.rows:
            cells = row.cells
            for left, cell in zip(cells, cells[1:], strict=False):
                if _CODE.match(left.value) is None:
                    continue
                m = _NAME.match(cell.value)
                if m is not None:
                    consider(cell.text, m.start("name"), m.group("name"))
    return out
