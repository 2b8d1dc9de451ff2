"""Standard terms where the text itself says what the string is, read near-miss there only.

Two readings the near-miss reader of :mod:`perflint.extract.terms` cannot make, since it looks for
the longer terms anywhere in a text and believes a substitution only between characters it knows
to be confused:

* Headings whose whole title is a standard outline title with one character confused
  (``一、完咸情况`` for 完成情况). The short titles of the outlines (完成情况, 存在问题, 主要做法 …)
  are no fuzzy terms: their halves (完成, 情况, 问题) are in every sentence of a report, and a short
  title inside a sentence reads as other words too. A heading holds its title and nothing else
  after its marker, so a title that differs from a standard one in one place, by a character the
  vocabulary knows to be confused with the right one, and is itself no known word, was mistyped.

* Names of the 政府收支分类 科目 with one character wrong, where the text says it is a 科目's name
  (``教育支出(类)普通教育(款)学期教育(项)`` for 学前教育; ``2050201 学期教育`` in a 决算 table).
  Where a level tag ``(类)``/``(款)``/``(项)`` follows the name, or a 科目 code stands before it, a
  string that is no name of the vocabulary but differs from exactly one of them in one place is a
  slip, whatever the character (an IME's word-completion puts 学期 for 学前 as readily as a
  homophone). The vocabulary does not list every 项 (其他体育支出 beside 其他教育支出), so the slip
  must bring a word from outside the classification: the wrong character makes, with each
  neighbour, a pair that no name of the vocabulary holds (学期, 期教), where an unlisted 科目 is
  built from the classification's own words (体育 of 体育场馆).

One module (one import, one cached index) for both: T801 asks them of every draft.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

from perflint.extract.part_heads import title_start  # (loaded with the checks: no cost at start)
from perflint.model import Document, Heading, SourceText, Table, TocEntry
from perflint.text.patterns import lazy_compile

# The vocabulary's groups of section titles (part_heads reads the same ones), and the short
# titles that are read only as a heading's whole title.
_TITLE_GROUPS = ("reports", "final_accounts_sections", "published_wording", "report_outlines")
_MIN_LEN = 4  # a title or 科目 name of three characters or less differs from too many words by one
# What may close a heading or contents entry after its title: a colon, a full stop, dot leaders
# and a page number.
_TRAILING = " \t\u3000:：。.．…·-—0123456789"


@dataclass(frozen=True)
class MarkedSlip:
    """``source.value[start:end]`` is ``term`` with one character wrong: a heading's whole title,
    or a 科目's name."""

    source: SourceText
    start: int
    end: int
    text: str
    term: str


def _titles_by_length(raw: dict) -> dict[int, tuple[str, ...]]:
    """The standard titles of the outlines, by length (the heading-only ones with them)."""
    groups = raw.get("terms") or {}
    titles = {t for g in _TITLE_GROUPS for t in (groups.get(g) or ())}
    titles |= set(raw.get("heading_titles") or ())
    out: dict[int, list[str]] = {}
    for t in sorted(titles):
        if len(t) >= _MIN_LEN:
            out.setdefault(len(t), []).append(t)
    return {n: tuple(ts) for n, ts in out.items()}


def _wildcards(words) -> dict[str, tuple[str, ...]]:
    """Each word under every key that blanks one of its characters (完成情况 under ␀成情况, 完␀情况 …):
    the words one character from a string are those under the string's own keys, found with one
    look-up per character instead of a comparison with every word of its length."""
    out: dict[str, list[str]] = {}
    for w in words:
        for i in range(len(w)):
            out.setdefault(w[:i] + "\0" + w[i + 1:], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _one_off(written: str, wild: dict[str, tuple[str, ...]]) -> list[tuple[str, int]]:
    """The words of ``wild`` that differ from ``written`` in exactly one place, with the place."""
    return [(w, i) for i in range(len(written))
            for w in wild.get(written[:i] + "\0" + written[i + 1:], ()) if w != written]


def _title_span(block: Heading | TocEntry) -> tuple[int, int] | None:
    """Where the title stands in a numbered heading's text: after the marker and before what may
    close it."""
    start = title_start(block)
    if start is None:
        return None
    end = len(block.text.value.rstrip(_TRAILING))
    return (start, end) if end - start >= _MIN_LEN else None


def confused_heading_titles(doc: Document) -> list[MarkedSlip]:
    """Numbered headings and contents entries whose whole title is a standard title with one
    character replaced by one the vocabulary lists as confused with it."""
    from perflint.extract.terms import vocabulary

    index = _the_index()
    titles, titles_set = index.titles, index.title_set
    vocab = None
    out = []
    for part in doc.parts:
        for block in part.blocks:
            if not isinstance(block, (Heading, TocEntry)):
                continue
            span = _title_span(block)
            if span is None:
                continue
            title = block.text.value[span[0]:span[1]]
            near = _one_off(title, titles)
            if not near or title in titles_set:
                continue
            vocab = vocab or vocabulary()
            if title in vocab.known or any(w in title for w in vocab.typo_wrongs):
                continue  # (部门概括: a listed typo, T802's)
            for term, i in sorted(near):
                if vocab.confused(title[i], term[i]) or title[i] + term[i] in index.heading_pairs:
                    out.append(MarkedSlip(block.text, span[0], span[1], title, term))
                    break
    return out


# The vocabulary groups that hold 科目 names (功能分类 类/款/项, 经济分类).
_ACCOUNT_GROUPS = ("functional", "functional_classes", "functional_items", "economic", "economic_more")
# A level tag, full- or half-width, spaces allowed inside.
_TAG = lazy_compile(r"\s*[(（]\s*[类款项]\s*[)）]")
# A 功能分类 code (类 201–234, 款 5 digits, 项 7) and the name after it, alone in a text (searched
# in the document's texts joined by line breaks: one search in C, not a test of every text).
_CODED = lazy_compile(r"(?m)^[ \t\u3000]*2[0-3]\d(?:\d\d){0,2}[ \t\u3000]*(?P<name>[\u4e00-\u9fff]{4,20})[ \t\u3000]*$")
_CODE = lazy_compile(r"^\s*2[0-3]\d(?:\d\d){0,2}\s*$")
_NAME = lazy_compile(r"^\s*(?P<name>[\u4e00-\u9fff]{4,20})\s*$")


@dataclass(frozen=True)
class _Accounts:
    by_length: dict[int, tuple[str, ...]]
    pairs: frozenset[str]  # every two neighbouring characters of a name
    wild: dict[str, tuple[str, ...]]  # the names by one blanked character (_wildcards)


def _accounts(raw: dict) -> _Accounts:
    groups = raw.get("terms") or {}
    names = sorted({n for g in _ACCOUNT_GROUPS for n in (groups.get(g) or ()) if "(" not in n})
    by_length: dict[int, list[str]] = {}
    for n in names:
        if len(n) >= _MIN_LEN:
            by_length.setdefault(len(n), []).append(n)
    pairs = frozenset(n[i:i + 2] for n in names for i in range(len(n) - 1))
    long_names = [n for n in names if len(n) >= _MIN_LEN]
    return _Accounts({k: tuple(v) for k, v in by_length.items()}, pairs, _wildcards(long_names))


def _slip_of(written: str, accounts: _Accounts, known: frozenset[str]) -> str | None:
    """The one name ``written`` (known to be a 科目's name) is a slip of, if any."""
    if written in known:
        return None
    found = None
    for name, i in sorted(_one_off(written, accounts.wild)):
        if (i > 0 and written[i - 1:i + 1] in accounts.pairs) or \
                (i + 1 < len(written) and written[i:i + 2] in accounts.pairs):
            continue  # built from the classification's own words: a 科目 the vocabulary lacks
        if found is not None:
            return None  # two names it may be: no telling which
        found = name
    return found


def account_name_slips(doc: Document) -> list[MarkedSlip]:
    """科目 names before a level tag or after a 科目 code (in the text or the cell before) that are
    one character from exactly one name of the vocabulary."""
    from perflint.extract.text_index import text_index

    index = text_index(doc)
    # What the text marks as a 科目's name: a whole name after a code, or the place a tag closes
    # one. Collected first: the vocabulary is read only for a draft that has any (most have none).
    whole: list[tuple[SourceText, int, str]] = []
    for m in _CODED.finditer(index.joined):
        i = bisect_right(index.starts, m.start("name")) - 1
        whole.append((index.texts[i].text, m.start("name") - index.starts[i], m.group("name")))
    for part in doc.parts:
        for table in part.blocks:
            if not isinstance(table, Table):
                continue
            for row in table.rows:
                cells = row.cells
                for left, cell in zip(cells, cells[1:], strict=False):
                    if _CODE.match(left.value) is not None:
                        m = _NAME.match(cell.value)
                        if m is not None:
                            whole.append((cell.text, m.start("name"), m.group("name")))
    tagged = [(index.texts[i].text, m.start()) for i in index.holding_any("类)", "款)", "项)", "类）", "款）", "项）")
              for m in _TAG.finditer(index.values[i])]
    if not (whole or tagged):
        return []
    from perflint.extract.terms import vocabulary

    accounts = _the_index().accounts
    known = vocabulary().known
    lengths = sorted(accounts.by_length, reverse=True)
    candidates = list(whole)
    for source, end in tagged:
        value = source.value
        if any(value[max(end - k, 0):end] in known for k in range(3, lengths[0] + 1)):
            continue  # a known name (or word) ends at the tag
        for n in lengths:  # the name's start is not marked: every length a name has
            written = value[end - n:end]
            if end - n >= 0 and all("\u4e00" <= c <= "\u9fff" for c in written):
                candidates.append((source, end - n, written))
    out: list[MarkedSlip] = []
    seen: set[tuple[int, int]] = set()
    for source, start, written in candidates:
        term = _slip_of(written, accounts, known)
        key = (id(source), start)
        if term is not None and key not in seen:
            seen.add(key)
            out.append(MarkedSlip(source, start, start + len(written), written, term))
    return out


@dataclass(frozen=True)
class _Index:
    titles: dict[str, tuple[str, ...]]  # the standard titles by one blanked character (_wildcards)
    title_set: frozenset[str]
    # the 科目 names' index (_Accounts), pickled on its own: it is more than half of the kept
    # index (100 of 176 KB), and only a draft with a coded or tagged 科目 name reads it, so a
    # run unpickles it on its first read (cold start of a one-draft run: see :attr:`accounts`)
    accounts_pickled: bytes
    heading_pairs: frozenset[str]  # two characters confused in a heading's title only (况括)

    @cached_property
    def accounts(self) -> _Accounts:
        """The 科目 names' index, unpickled on first read."""
        from perflint.data import pickle_loads

        return pickle_loads(self.accounts_pickled)


@cache
def _the_index() -> _Index:
    """The index, read once per process (:func:`perflint.data.derived` reads its cache file at
    every call)."""
    from perflint import data

    return data.derived("terms", _index, __file__)


def _index(raw: dict) -> _Index:
    titles = [t for ts in _titles_by_length(raw).values() for t in ts]
    pairs = frozenset(a + b for group in raw.get("heading_confusables") or () for a in group for b in group if a != b)
    from perflint.data import pickle_dumps

    return _Index(_wildcards(titles), frozenset(titles), pickle_dumps(_accounts(raw)), pairs)
