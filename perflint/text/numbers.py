"""Numbers as drafts write them: ``1,101.35`` ``１２３`` ``≥95%`` ``0.42万元`` ``347173人``.

A :class:`Quantity` keeps the value, the unit and its scale, the displayed precision (the basis
of every tolerance: a figure shown to 0.01 stands for an interval of ±0.005, as XBRL
calculation 1.1 treats it) and an inequality a target may carry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache, lru_cache

from perflint import data
from perflint.text.memo import MAX_CHARS, remember_short
from perflint.text.normalise import replace_chars
from perflint.text.patterns import compile_pattern, lazy_compile

# Full-width digits and signs map one character to one, so offsets stay valid.
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，＋－\u2212\ufe63＜＞＝═\ufe64\ufe65\ufe66", "0123456789.%,+---<>==<>=")
# ═: an = typed in some forms; −, ﹣: minus signs; ﹤ ﹥ ﹦: the small forms a PDF of a 指标性质 column gives

RELATIONS = {"≥": "≥", ">=": "≥", "≧": "≥", "不低于": "≥", "不少于": "≥", "大于等于": "≥",
             "≤": "≤", "<=": "≤", "≦": "≤", "不高于": "≤", "不超过": "≤", "小于等于": "≤",
             ">": ">", "＞": ">", "大于": ">", "高于": ">", "<": "<", "＜": "<", "小于": "<", "低于": "<",
             "=": "=", "＝": "="}


_FULLWIDTH_MAP = {chr(k): chr(v) for k, v in _FULLWIDTH.items()}
_FULLWIDTH_CHAR = compile_pattern("[" + re.escape("".join(_FULLWIDTH_MAP)) + "]")


@remember_short(16384)
def normalise(text: str) -> str:
    """Same-length normalisation: full-width digits and signs to ASCII.

    A score of extractors normalise the same cell or sentence in turn: short texts are
    remembered (decorated directly, not through a wrapper: it is called ~100,000 times a
    megabyte), and the few distinct characters to change are replaced one by one (see
    :func:`~perflint.text.normalise.replace_chars`).
    """
    return replace_chars(text, _FULLWIDTH_CHAR, _FULLWIDTH_MAP)


@dataclass(frozen=True)
class Quantity:
    """A figure found in a text: value, unit, kind and scale, where it stands and how it was written."""

    value: Decimal
    text: str  # the figure as written, with its unit
    start: int  # offsets of ``text`` in the string it was found in
    end: int
    unit: str | None = None  # canonical: 元 万元 亿元 % 人 人次 家 …
    kind: str = "plain"  # money | percent | count | plain
    scale: Decimal = Decimal(1)  # base units per unit (万元 -> 10000)
    decimals: int = 0  # digits shown after the point
    relation: str | None = None  # ≥ ≤ > < =
    number_end: int = 0  # offset just after the digits (before the unit)
    approximate: bool = False  # 2万余元, 130多万人: more than the digits say (relation ``>``)
    hedged: bool = False  # 约2.8%, 2.8%左右, 近3万元: the writer gives the figure as approximate

    @property
    def is_bare_magnitude(self) -> bool:
        """A figure with a scale character and no unit (``150万``, ``3.5亿``): its base value is
        right, but what it counts (元? 人?) only its sentence can tell."""
        return self.unit is None and self.scale != 1

    @property
    def half_unit(self) -> Decimal:
        """Half a unit of the last displayed digit: the figure's rounding interval."""
        return _half_unit(self.decimals)

    @property
    def base_value(self) -> Decimal:
        """The value in base units (元 for money, the count's unit for counts)."""
        return self.value * self.scale

    @property
    def is_money(self) -> bool:
        return self.kind == "money"

    @property
    def is_percent(self) -> bool:
        return self.kind == "percent"


@cache
def _half_unit(decimals: int) -> Decimal:
    """``5 × 10^-(decimals+1)``, made once per precision (exact in any context: one digit)."""
    return Decimal(5) * Decimal(10) ** (-(decimals + 1))


@cache
def _unit_index() -> tuple[dict[str, tuple[tuple[str, str, str, Decimal], ...]], tuple[str, ...]]:
    """The unit table by a spelling's first character (longest first within each), and the
    non-quantity words as a tuple for one ``startswith`` call: a figure tries only the units that
    can follow it, in the table's order, so the first match is the one the full loop would find."""
    rows, not_quantities = _unit_table()
    by_first: dict[str, list[tuple[str, str, str, Decimal]]] = {}
    for row in rows:
        if not row[0]:
            raise ValueError("units.yaml: an empty unit spelling")
        by_first.setdefault(row[0][0], []).append(row)
    if any(not w for w in not_quantities):
        raise ValueError("units.yaml: an empty not_quantities word")
    return {c: tuple(v) for c, v in by_first.items()}, tuple(sorted(not_quantities))


@cache
def _unit_table() -> tuple[list[tuple[str, str, str, Decimal]], frozenset[str]]:
    """(spelling, canonical, kind, scale), longest spelling first, and the non-quantity words."""
    table = data.load("units")
    rows: list[tuple[str, str, str, Decimal]] = []
    for spelling, scale in table["money"].items():
        rows.append((spelling, spelling, "money", Decimal(str(scale))))
    for spelling in table["percent"]:
        rows.append((spelling, "%", "percent", Decimal(1)))
    for spelling, info in table["counts"].items():
        rows.append((spelling, info["quantity"], "count", Decimal(str(info["scale"]))))
    for spelling in table.get("measure_words", []):  # 亩 公里 处 …: measured, never money or rates
        rows.append((spelling, spelling, "count", Decimal(1)))
    rows.sort(key=lambda r: -len(r[0]))
    return rows, frozenset(table["not_quantities"])


# A plain decimal figure (``12``, ``95.5``), for patterns that read a figure inside other words.
DECIMAL = r"\d+(?:\.\d+)?"

# The figure's grammar as one pattern, ``[relation] [blanks] [sign] digits``: what :func:`_find`
# finds (the tests read it as the reference; a run never compiles it).
_NUMBER = lazy_compile(
    r"(?P<rel>≥|≧|>=|≤|≦|<=|>|<|=|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|高于|低于)?\s*"
    r"(?P<sign>[-+])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + DECIMAL + ")"
)
_ANY_DIGIT = lazy_compile(r"\d")  # what every figure holds (the tests: no digit, no _NUMBER match)
# What :func:`_find` scans for instead: the digits alone, which the engine skips ahead to, then
# a look back for the sign and the relation word. It finds what ``_NUMBER.finditer`` finds (the
# relation words hold no digit, sign or blank, so the leftmost match of ``_NUMBER`` is at the
# first digits after the last figure, and its relation is the longest word ending at the blanks
# before them), without trying the optional relation at every character of the text. Written
# with its first digit outside the alternation (``\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?``
# with the same matches, tried in the same order): a pattern that opens with an alternation of
# repeats gives the engine nothing to skip ahead by, and each branch was tried at every
# character; opening with ``\d`` it jumps from digit to digit in one tight loop.
_DIGITS = lazy_compile(r"\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)")
_DIGITS_AS_WRITTEN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + DECIMAL  # the same figures (the tests compare)
# The relation words by their last character, longest first: the longest one ending before a
# figure's blanks is where the relation starts (大于等于 rather than its 等于 … or 大于 of 大于5).
_RELATIONS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _word in sorted(("≥", "≧", ">=", "≤", "≦", "<=", ">", "<", "=", "不低于", "不少于", "不高于", "不超过",
                     "大于等于", "小于等于", "大于", "小于", "高于", "低于"), key=len, reverse=True):
    _RELATIONS_BY_LAST[_word[-1]] = _RELATIONS_BY_LAST.get(_word[-1], ()) + (_word,)
del _word
_UNIT_GAP = lazy_compile(r"[ \t\u3000]{0,2}")
_GAP_CHARS = frozenset(" \t\u3000")  # the characters _UNIT_GAP takes
_ONE = Decimal(1)


def parse_number(text: str) -> Decimal | None:
    try:
        return Decimal(normalise(text).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def find_quantities(text: str, *, years: bool = False) -> list[Quantity]:
    """Every figure in ``text`` with the unit written after it.

    Four-digit years followed by 年, ordinals (第3条), document numbers (〔2019〕10号), dates
    and account codes are left out unless ``years`` is true for the first.

    A pure function of its arguments: the figures of a short text (several extractors read the
    same cell or sentence) and of the last few long ones are extracted once and remembered; a
    fresh list each call.
    """
    return list(_find_with_years(text) if years else _find_short(text))


# The short texts' figures, remembered as functions of the text alone (a dict lookup a call).
@remember_short(16384)
def _find_short(text: str) -> tuple[Quantity, ...]:
    if len(text) > MAX_CHARS:  # not kept with the short ones: the last few long ones are
        return _find_long(text, False)
    return tuple(_find(text, False))


# :func:`find_quantities` (without years) as the remembered tuple itself, for a reader that only
# reads it: no copy, and no Python frame for a short text (a dict lookup in C; a long one is
# answered from :func:`_find_long`). Asked ~20,000 times a megabyte, of every cell and paragraph
# by several extractors each.
quantities = _find_short


@remember_short(4096)
def _find_with_years(text: str) -> tuple[Quantity, ...]:
    if len(text) > MAX_CHARS:
        return _find_long(text, True)
    return tuple(_find(text, True))


@lru_cache(maxsize=8)
def _find_long(text: str, years: bool) -> tuple[Quantity, ...]:
    """A long text (a paragraph, a flattened page or a whole report on one line) is read by
    half a dozen extractors in turn: the last few are remembered, so each is read once."""
    return tuple(_find(text, years))


@remember_short(8192, max_chars=40)
def _decimal(num: str) -> Decimal:
    """The value of a figure's digits (``1,101.35``); remembered, as drafts repeat their
    figures (a Decimal is never changed). An invalid one raises each time it is asked."""
    return Decimal(num.replace(",", ""))


def _find(text: str, years: bool) -> list[Quantity]:
    norm = normalise(text)
    out: list[Quantity] = []
    units_by_first, not_quantities = _unit_index()
    relations_by_last = _RELATIONS_BY_LAST
    hedges_by_last, hedges_after = _hedges()
    new_quantity = _new_object
    size = len(norm)
    end_before = 0  # where the figure before ends: its sign and relation start no earlier
    for m in _DIGITS.finditer(norm):
        num = m.group()
        num_start, num_end = m.span()
        low, end_before = end_before, num_end
        if num_start:
            before = norm[num_start - 1]
            if before.isascii() and before.isalnum() or before in ".．第〔[【":
                # part of a longer token (e.g. "DRG2" or a code like A10), an ordinal or a
                # document number
                continue
        start = num_start
        sign = rel = None
        if num_start > low and norm[num_start - 1] in "+-" and not (out and out[-1].end == num_start - 1):
            # (a dash right after the figure before joins the two, 90%-95%, 52.18-60.00: no sign)
            start -= 1
            sign = norm[start]
        blank = start
        while blank > low and norm[blank - 1].isspace():  # ``\s``: the same characters
            blank -= 1
        if blank > low:
            for word in relations_by_last.get(norm[blank - 1], ()):
                if norm.endswith(word, low, blank):
                    rel, start = word, blank - len(word)
                    break
        after_pos = num_end
        if num_end < size and norm[num_end] in _GAP_CHARS:  # _UNIT_GAP matches more than nothing
            after_pos = _UNIT_GAP.match(norm, num_end).end()  # type: ignore[union-attr]
        rest = norm[after_pos:after_pos + 4]
        if rest.startswith(not_quantities) and not rest.startswith(("年度预算", "年末", "年初")):
            if not (years and rest.startswith("年")):
                continue
        if rest.startswith("年") and not years:
            continue
        unit = kind = None
        scale = _ONE
        end = num_end
        for spelling, canonical, ukind, uscale in units_by_first.get(rest[:1], ()):
            if rest.startswith(spelling):
                unit, kind, scale = canonical, ukind, uscale
                end = after_pos + len(spelling)
                break
        if unit is None and num_end < size and norm[num_end] == "%":
            unit, kind, end = "%", "percent", num_end + 1
        approximate = False
        if unit is None and rest[:1] in _MAGNITUDE_FIRST:
            magnitude = _magnitude(norm, after_pos, units_by_first)
            if magnitude is not None:
                unit, kind, scale, end, approximate = magnitude
                if approximate and rel is None:
                    rel = ">"
        try:  # parse_number(num) without its normalisation: ``num`` is cut from the normalised text
            value = _decimal(num)
        except (InvalidOperation, ValueError):
            continue
        if sign == "-":
            value = -value
        # ``约`` / ``大约`` / ``近`` / ``约为`` before the figure or ``左右`` / ``上下`` after it
        hedges = hedges_by_last.get(norm[start - 1]) if start else None
        hedged = (hedges is not None and norm.endswith(hedges, 0, start)) or norm.startswith(hedges_after, end)
        dot = num.find(".")
        q = new_quantity(Quantity)  # _quantity(...) written out: a call less per figure
        q.__dict__.update(
            value=value, text=text[start:end], start=start, end=end, unit=unit, kind=kind or "plain",
            scale=scale, decimals=len(num) - dot - 1 if dot >= 0 else 0,
            relation=RELATIONS.get(rel) if rel else None, number_end=num_end, approximate=approximate,
            hedged=hedged,
        )
        out.append(q)
    return out


@cache
def _hedges() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The hedge words of units.yaml: those before a figure by their last character (one look
    at the character before each figure; ``约为`` is only tried after a 为), and those after it."""
    table = data.load("units")
    by_last: dict[str, list[str]] = {}
    for word in table["hedges_before"]:
        by_last.setdefault(word[-1], []).append(word)
    return {c: tuple(ws) for c, ws in by_last.items()}, tuple(table["hedges_after"])


# What joins the two ends of a written range (90%-95%, 35%～40%, 3至5次, 20到30人), blanks allowed.
_RANGE_JOIN = lazy_compile(r"\s*(?:[-~～〜—–－]|至|到)\s*")


@remember_short(4096)
def range_ends(text: str) -> frozenset[int]:
    """The starts of the figures of ``text`` that are an end of a written range (``90%-95%``,
    ``35%～40%``, ``3至5次``): two figures with only a joining dash or word between them. A range
    states a band (a target, an interval), never one result."""
    found = quantities(text)
    if len(found) < 2:
        return frozenset()
    norm = normalise(text)
    ends: set[int] = set()
    for a, b in zip(found, found[1:], strict=False):
        m = _RANGE_JOIN.match(norm, a.end)
        if m is not None and m.end() == b.start and m.end() > a.end:
            ends.update((a.start, b.start))
    return frozenset(ends)


def as_money(q: Quantity) -> Quantity | None:
    """A bare magnitude read as money of its scale (``150万`` as 150 万元, ``3.5亿`` as 3.5 亿元),
    for a reader whose context says it is money; None for any other figure."""
    if not q.is_bare_magnitude:
        return None
    unit = _money_of_scale().get(q.scale)
    if unit is None:
        return None
    return _quantity(**{**q.__dict__, "unit": unit, "kind": "money"})


def read_as(q: Quantity, like: Quantity) -> Quantity | None:
    """A figure without a unit read in the unit of ``like``, its neighbour in a list
    (``4125.49、4143.91万元``): a plain figure takes that unit and its scale; a bare magnitude
    keeps its own scale (``1.5亿`` beside ``8000万元`` is 1.5 亿元, not 1.5 万元). None when ``q``
    has a unit, or ``like`` is no money or count."""
    if q.unit is not None or like.kind not in ("money", "count"):
        return None
    if not q.is_bare_magnitude:
        return _quantity(**{**q.__dict__, "unit": like.unit, "kind": like.kind, "scale": like.scale})
    if like.kind == "money":
        return as_money(q)
    return _quantity(**{**q.__dict__, "unit": like.unit, "kind": "count"})


_MAGNITUDE_FIRST = frozenset("万亿余多")


def _magnitude(norm: str, pos: int, units_by_first: dict[str, tuple[tuple[str, str, str, Decimal], ...]]
               ) -> tuple[str | None, str, Decimal, int, bool] | None:
    """A scale character after a figure at ``pos`` and the unit after it, when the unit table
    has no spelling for the two together: ``150万`` (a bare magnitude), ``2万余元`` (万元, more
    than 2), ``130多万人`` (人, scale 10⁴). (unit, kind, scale, end, approximate), or None when
    no scale character stands there (``200余人`` is left as it was)."""
    magnitudes, marks = _magnitude_table()
    i = pos
    approximate = False
    if norm[i:i + 1] in marks:
        approximate, i = True, i + 1
    scale = magnitudes.get(norm[i:i + 1])
    if scale is None:
        return None
    i += 1
    if norm[i:i + 1] in marks:
        approximate, i = True, i + 1
    if spaced := _spaced_money(norm, i, scale, units_by_first):
        return spaced[0], "money", scale, spaced[1], approximate
    for spelling, canonical, ukind, uscale in units_by_first.get(norm[i:i + 1], ()):
        if uscale != 1 or ukind == "percent" or not norm.startswith(spelling, i):
            continue
        if ukind == "money":  # 万 + 元: the money unit of that scale (万元, 亿元)
            money = _money_of_scale().get(scale)
            return (money, "money", scale, i + len(spelling), approximate) if money else None
        return canonical, ukind, scale, i + len(spelling), approximate
    return None, "plain", scale, i, approximate


def _spaced_money(norm: str, pos: int, scale: Decimal,
                  units_by_first: dict[str, tuple[tuple[str, str, str, Decimal], ...]]
                  ) -> tuple[str, int] | None:
    """The money unit of ``scale`` when blanks split its two characters (``500.12 万 元``): a PDF
    copied with a space where its line wrapped between 万 and 元. (unit, end), or None. Only 元
    after the blank: a word that follows a bare 万 (``50万 人次``) keeps its own reading."""
    gap = _UNIT_GAP.match(norm, pos).end()  # type: ignore[union-attr]
    if gap == pos:
        return None
    for spelling, _canonical, ukind, uscale in units_by_first.get(norm[gap:gap + 1], ()):
        if ukind == "money" and uscale == 1 and norm.startswith(spelling, gap):
            money = _money_of_scale().get(scale)
            return (money, gap + len(spelling)) if money else None
    return None


@cache
def _magnitude_table() -> tuple[dict[str, Decimal], frozenset[str]]:
    table = data.load("units")
    return ({c: Decimal(str(v)) for c, v in table["magnitudes"].items()},
            frozenset(table["approximate_marks"]))


@cache
def _money_of_scale() -> dict[Decimal, str]:
    return {Decimal(str(v)): k for k, v in data.load("units")["money"].items()}


@cache
def money_mark() -> str | None:
    """A character every money unit's spelling holds (元), or None when they share none: a text
    without it holds no money figure (:func:`quantities` reads money only from those spellings,
    after a figure or after its 万 / 亿), so a reader of money figures can pass it by."""
    spellings = list(data.load("units")["money"])
    shared = set(spellings[0]).intersection(*spellings[1:]) if spellings else set()
    return min(shared) if shared else None


_new_object = object.__new__


def _quantity(**fields: object) -> Quantity:
    """``Quantity(**fields)`` for :func:`_find`, which passes every field: the same object, its
    fields set in one dictionary update instead of the ten ``object.__setattr__`` calls a frozen
    dataclass's ``__init__`` makes (a third of the cost of a figure; every figure of every cell
    and paragraph is one). Nothing else of the class runs at construction (no ``__post_init__``)."""
    q = _new_object(Quantity)
    q.__dict__.update(fields)
    return q


@remember_short(16384)
def parse_cell(text: str) -> Quantity | None:
    """The single figure a table cell holds (``1,101.35``, ``≥95%``, ``347173人``), else None.

    A cell with words around the figure (``目标1(40分)``) is not a figure cell. Short texts are
    remembered (every reader and extractor of a form asks it of the same cells).
    """
    stripped = text.strip()
    if not stripped:
        return None
    found = find_quantities(stripped)
    if len(found) != 1:
        return None
    q = found[0]
    leftover = (stripped[:q.start] + stripped[q.end:]).strip()
    if leftover or q.approximate or q.is_bare_magnitude:
        return None  # 150万, 2万余元: a form's reader tells what they are (see read/forms/cells)
    offset = text.find(stripped)
    if offset == 0:
        return q  # the figure's offsets are already the cell's (a Quantity is never changed)
    return Quantity(**{**q.__dict__, "start": q.start + offset, "end": q.end + offset,
                       "number_end": q.number_end + offset})


# ``200人次以上``, ``95%及以上``, ``3个工作日以内``, ``60万元（含）以下``: a target cell written with
# its bound after the figure instead of a sign before it (以上 includes the figure: ≥).
_BOUND_AFTER = lazy_compile(r"^(?P<figure>.+?)\s*(?:[（(]含[）)])?\s*(?:及|或)?(?P<bound>以上|以下|以内)\s*$")


def parse_bound_cell(text: str) -> Quantity | None:
    """A cell holding one figure with its bound written after it (``200人次以上`` is ≥ 200 人次,
    ``3日以内`` ≤ 3 日): the figure with that relation; None for any other cell, or when a
    relation is written before the figure too."""
    m = _BOUND_AFTER.match(text.strip())
    if m is None:
        return None
    q = parse_cell(m.group("figure"))
    if q is None or q.relation is not None:
        return None
    offset = text.find(text.strip())
    return Quantity(**{**q.__dict__, "text": text.strip(), "relation": "≥" if m.group("bound") == "以上" else "≤",
                       "start": q.start + offset, "end": offset + len(text.strip()),
                       "number_end": q.number_end + offset})


# ``5830元/户``, ``≤475元/亩``, ``583元/人·月``: an amount (or count) per unit of something, a
# standard or a unit cost of a 自评表 indicator. The per-unit word is short and Chinese.
@cache
def _per_unit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(data.load("units")["per_units"], key=len, reverse=True))
    return compile_pattern(rf"^(?P<figure>.+?)\s*[/／]\s*(?P<per>(?:{words})(?:\s*[·•*×]\s*(?:{words}))?)\s*$")


def parse_per_unit_cell(text: str) -> Quantity | None:
    """A cell holding one figure per unit of something (``5830元/户``, ``≤475元/亩``,
    ``583元/人*月``): a count whose unit is the whole rate (``元/户``, ``元/人·月``), so that it
    is compared only with a figure of the same rate. None for any other cell."""
    m = _per_unit().match(text.strip())
    if m is None:
        return None
    q = parse_cell(m.group("figure"))
    if q is None or q.unit is None or q.kind == "percent" or q.scale != 1:
        return None
    per = _PER_SEPARATOR.sub("·", m.group("per"))
    offset = text.find(text.strip())
    return Quantity(**{**q.__dict__, "text": text.strip(), "unit": f"{q.unit}/{per}", "kind": "count",
                       "start": q.start + offset, "end": offset + len(text.strip()),
                       "number_end": q.number_end + offset})


@remember_short(4096)  # U401 asks it of the target and actual cell of every indicator: they repeat
def money_per_unit(text: str) -> tuple[Quantity, str] | None:
    """A cell's money figure in any scale and what it is per (``≤1.50万元/场`` → 1.50 万元, ``场``;
    ``48元`` → 48 元, ``""``): the amount itself, so that two cells of one indicator can be
    set side by side. None when the cell holds no money figure. Remembered per text (a
    short cell's answer is a dict lookup; the answer, a Quantity and a string, is never changed)."""
    m = _per_unit().match(text.strip())
    q = parse_cell(m.group("figure") if m else text)
    if q is None or not q.is_money:
        return None
    return q, re.sub(r"\s*[·•*×]\s*", "·", m.group("per")) if m else ""


_BARE_MAGNITUDE = lazy_compile(r"^\s*(?:≥|≤|>|<|=)?\s*\d+(?:\.\d+)?\s*[万亿]\s*$")
_PER_SEPARATOR = lazy_compile(r"\s*[·•*×]\s*")


def is_bare_magnitude(text: str) -> bool:
    """A cell holding a figure with only a magnitude after it (``45万``, ``≥1.2亿``): an amount or
    a head count whose unit was left off, never a percentage (:func:`parse_cell` reads no unit
    from it, since 万 alone does not say what is counted)."""
    return bool(_BARE_MAGNITUDE.match(normalise(text)))


@remember_short(4096)  # asked of every short line and header cell a reader or a check meets
def declared_unit(text: str) -> str | None:
    """The money unit a caption, a ``金额单位：`` line or a header cell declares.

    A pure function of the text, remembered for short texts (read the source: the name is the
    cache's lookup)."""
    norm = normalise(text)
    for pattern in _declared_unit_patterns():
        m = pattern.search(norm)
        if m:
            return m.group(1)
    return None


@cache
def _declared_unit_patterns() -> list[re.Pattern[str]]:
    """The data file's patterns compiled once (every caption and header cell is asked)."""
    return [compile_pattern(p) for p in data.load("units")["declared_unit_patterns"]]


def sum_tolerance(parts: list[Quantity], total: Quantity) -> Decimal:
    """How far a stated total may be from the sum of its parts from display rounding alone."""
    return sum((p.half_unit for p in parts), Decimal(0)) + total.half_unit


def rate_reach(value: Decimal, decimals: int, low: Decimal, high: Decimal) -> str | None:
    """How a stated rate (``value`` shown to ``decimals`` places) stands against the range
    ``[low, high]`` of rates its operands allow within their own rounding (``317.6`` is
    317.55–317.65, so ``8.25 ÷ (317.6 − 8.25)`` is 2.663–2.669%).

    None when a rate of the range rounds to the stated one. ``"rounding"`` when only
    truncating or rounding up reaches it (a rate of the range less than one unit of the stated
    rate's last digit away: ``2.6%`` for 2.669%, a 尾数差异). ``"unreachable"`` when no value of
    the inputs within their rounding gives the stated rate by any rounding (``2.8%`` for
    2.669%: at least one whole unit of its last digit away): certainly a wrong figure. The one
    rule A105, A106, A107, A121 and A126 share for rates."""
    unit = Decimal(10) ** (-decimals)
    h = unit / 2
    if low > high:
        low, high = high, low
    if low <= value + h and high >= value - h:
        return None  # the stated rate's rounding interval meets the range (a half either way: 12.5 may show as 12 or 13)
    distance = low - value if low > value else value - high
    return "rounding" if distance < unit else "unreachable"


def fmt(value: Decimal, decimals: int | None = None) -> str:
    """Show a computed figure the way drafts do (trailing zeros to the given precision)."""
    if decimals is None:
        normalized = value.normalize()
        text = format(normalized, "f")
        return text
    return format(quantize(value, decimals), "f")


def quantize(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` places, whatever its size.

    ``Decimal.quantize`` raises once the result needs more digits than the context's 28 (a
    29-digit figure in a draft); the precision is raised here to fit instead.
    """
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, value.adjusted() + decimals + 3)
        return value.quantize(Decimal(1).scaleb(-decimals))
