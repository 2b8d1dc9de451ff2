"""A category of the 决算说明 said to be absent while the same part gives it an amount above zero.

``本部门2024年度无政府性基金预算财政拨款收入，…，故…以空表列示`` in one section, and
``政府性基金预算财政拨款收入 30.00 万元`` in the 收入决算 paragraph: the empty-table sentence is last
year's, copied. A claim is ``无`` / ``没有`` / ``未发生`` before one of the categories of
``perflint/data/consistency.yaml`` (``none_claim_categories``) with the 收入 / 支出 it denies; a
figure contradicts it when the words of the figure's own clause name the same category and the
same side (收入 or 支出, either when the claim names neither) and hold no budget, last-year or
carried-over word (the category's budget, last year's amount or a balance can be above zero when
nothing was received or spent this year).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.extract.prose import mentions
from perflint.text.numbers import Quantity, normalise
from perflint.text.patterns import compile_pattern, lazy_compile

_CLAUSE_END = lazy_compile(r"[,，;；:：。!！?？]")


@dataclass(frozen=True)
class NoneClaim:
    """``无 <category><side>`` at ``start``–``end`` of paragraph ``index``."""

    index: int
    start: int
    end: int
    category: str  # as in ``none_claim_categories``
    written: str  # the category as the claim writes it
    sides: frozenset[str]  # {"收入", "支出"}: what the claim denies


@dataclass(frozen=True)
class DeniedAmount:
    """A figure above zero (paragraph ``index``) of a category a claim says is absent."""

    claim: NoneClaim
    index: int
    amount: Quantity


def _bracket_free(category: str) -> str:
    return re.escape(category).replace(r"\(", "[(（]").replace(r"\)", "[)）]")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    conf = data.load("consistency")
    cats = sorted(conf["none_claim_categories"], key=len, reverse=True)  # the longest name first
    alt = "|".join(f"(?P<c{i}>{_bracket_free(c)})" for i, c in enumerate(cats))
    side = "(?:安排的)?(?P<side>收入、?(?:和|及)?支出|收支|收入|支出)"
    claim = compile_pattern(f"(?:无|没有|未发生)(?:使用)?(?:{alt})(?:预算)?(?:{side}|(?=[,，;；:：。!！]|$))")
    return (claim, compile_pattern(conf["none_claim_not_current"]), compile_pattern(conf["none_claim_other_figure"]),
            {f"c{i}": c for i, c in enumerate(cats)})


def _sides(word: str | None) -> frozenset[str]:
    if not word:
        return frozenset({"收入", "支出"})
    return frozenset(s for s in ("收入", "支出") if s in word or (s == "收入" and word == "收支")
                     or (s == "支出" and word == "收支"))


def _clause_start(norm: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_END.finditer(norm, 0, pos)]
    return starts[-1] if starts else 0


_SENTENCE_END = lazy_compile(r"[;；。!！?？]")
# A clause that goes on giving the figure of the clause before it: 决算为 / 支出决算数为 / 实际支出
_CONTINUED_FIGURE = lazy_compile(r"^(?:本年|全年|年度)?(?:支出)?(?:决算(?:数)?|实际支出)(?:为|是|共计|合计)?$")


def _sentence_start(norm: str, pos: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(norm, 0, pos)]
    return starts[-1] if starts else 0


def _continues_category(norm: str, pos: int, clause: str, cat: re.Pattern[str], other: re.Pattern[str]) -> bool:
    """Whether a figure's clause names nothing but goes on with the category named earlier in its
    sentence (``“三公”经费支出预算为 40.00 万元，支出决算为 36.23 万元``): the figure is the
    category's, the clause a continuation (决算为, 支出决算数为) and no other figure between."""
    if not _CONTINUED_FIGURE.match(clause.strip()):
        return False
    sentence = norm[_sentence_start(norm, pos):pos]
    named = [m for m in cat.finditer(sentence)]
    return bool(named) and "无" not in sentence[:named[-1].start()] and not other.search(clause)


def none_claims(index: int, text: str) -> list[NoneClaim]:
    """The claims of paragraph ``text`` that a category is absent this year."""
    if "无" not in text and "没有" not in text and "未发生" not in text:
        return []
    claim, not_current, _other, names = _patterns()
    norm = normalise(text)
    out = []
    for m in claim.finditer(norm):
        clause = norm[_clause_start(norm, m.start()):m.start()]
        if not_current.search(clause):
            continue
        key, written = next((k, v) for k, v in m.groupdict().items() if k.startswith("c") and v)
        out.append(NoneClaim(index, m.start(), m.end(), names[key], written, _sides(m.group("side"))))
    return out


def denied_amounts(paragraphs: Sequence[str]) -> list[DeniedAmount]:
    """Every figure above zero of ``paragraphs`` (one part's prose) that a claim of the part denies;
    one figure per claim (the first)."""
    claims = [c for i, t in enumerate(paragraphs) for c in none_claims(i, t)]
    if not claims:
        return []
    _claim, _nc, other, _names = _patterns()
    out: list[DeniedAmount] = []
    seen: set[tuple[int, int]] = set()
    for c in claims:
        cat = compile_pattern(_bracket_free(c.category))
        hit = _first_amount(paragraphs, c, cat, other)
        if hit is not None and (hit[0], hit[1].start) not in seen:
            seen.add((hit[0], hit[1].start))
            out.append(DeniedAmount(c, *hit))
    return out


def _first_amount(paragraphs: Sequence[str], c: NoneClaim, cat: re.Pattern[str],
                  other: re.Pattern[str]) -> tuple[int, Quantity] | None:
    for i, text in enumerate(paragraphs):
        if not cat.search(text):
            continue
        norm = normalise(text)
        for m in mentions(text):
            q = m.quantity
            if q.kind != "money" or m.role != "level" or m.bracketed or q.value <= 0:
                continue
            clause = norm[_clause_start(norm, q.start):q.start]
            named = cat.search(clause)
            if named is None and _continues_category(norm, q.start, clause, cat, other):
                # (预算为 B，决算为 A: A is the category's) the category's name, then the figure's clause
                sentence = norm[_sentence_start(norm, q.start):q.start]
                first = cat.search(sentence)
                clause = sentence[:first.end()] + clause if first else clause
                named = cat.search(clause)
            if not named or "无" in clause[:named.start()]:
                continue
            if other.search(clause[:named.start()]) or other.search(clause[named.end():]):
                continue
            if any(s in clause[named.end():] for s in c.sides) or not any(
                    s in clause[named.end():] for s in ("收入", "支出")):
                return i, q
    return None

