"""Which 自评表 indicator a problem the report states is about.

A report's 存在的问题 (and a form's 偏差原因) say in words where the project fell short:
``统计查询功能滞后``, ``政策宣传覆盖面还不够``. An indicator is named by its subject and a measure
(``数据统计工作``, ``政策宣传活动次数``), so a problem clause that states a shortfall (a word of
``shortfall_cues``, ``perflint/data/consistency.yaml``) and shares the indicator's subject words is
about that indicator. Subject words are the character pairs the two share, less the words every
form uses (``shortfall_generic_words``: 资金, 工作, 群众 …), the words of the project's own name
(a problem of the whole project is no single indicator's) and words several indicators of the
form share. A clause is given to the one indicator that shares the most subject pairs with it;
a tie links it to none.

Imported by the rule that needs it when it runs (cold start: nothing here is loaded for a
draft without forms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from perflint import data
from perflint.text.normalise import compact
from perflint.text.patterns import any_of, compile_pattern
from perflint.text.sentences import CLAUSE_END

# Characters that make a pair of characters no word of a subject: particles, conjunctions,
# negations and pronouns join words, they are not one.
_FUNCTION_CHARS = frozenset("的了和与及对在是为等并或把被有不未无之其该此本各全所以从向由将也还都但而且就")
_CJK = compile_pattern(r"[\u4e00-\u9fff]")
_CLAUSE_SPLIT = compile_pattern("[" + re.escape(CLAUSE_END) + "]")
SHARED_BY = 3  # a pair in this many indicator names of one form is the form's, not a subject
DOMAIN_FORMS = 4  # with this many forms or more, a pair in half of them is the unit's field (医保)


@dataclass(frozen=True)
class ShortfallClause:
    """A clause of a problem statement that says something fell short: ``text[start:end]``."""

    start: int
    end: int
    text: str
    cue: tuple[int, int]  # the shortfall words, offsets in ``text``


@dataclass(frozen=True)
class IndicatorShortfall:
    """A shortfall clause and the indicator (index into the names given) it speaks of."""

    index: int
    clause: ShortfallClause
    term: str  # the longest run of words the clause shares with the indicator's name


@cache
def _conf() -> tuple[re.Pattern[str], frozenset[str]]:
    conf = data.load("consistency")
    generic = frozenset(w[i:i + 2] for w in conf["shortfall_generic_words"] for i in range(len(w) - 1))
    return any_of(tuple(conf["shortfall_cues"])), generic


def shortfall_clauses(text: str) -> list[ShortfallClause]:
    """The clauses of ``text`` (cut at ，；。：) that hold a shortfall word."""
    cues, _ = _conf()
    out: list[ShortfallClause] = []
    pos = 0
    for m in [*_CLAUSE_SPLIT.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        cue = cues.search(piece)
        if cue is not None:
            out.append(ShortfallClause(pos, end, piece, (cue.start(), cue.end())))
        if m:
            pos = m.end()
    return out


def _pairs(text: str) -> set[str]:
    """Pairs of adjacent Chinese characters, neither of them a function character."""
    t = compact(text)
    return {t[i:i + 2] for i in range(len(t) - 1)
            if _CJK.match(t[i]) and _CJK.match(t[i + 1])
            and t[i] not in _FUNCTION_CHARS and t[i + 1] not in _FUNCTION_CHARS}


def domain_pairs(forms: Sequence[Sequence[str]]) -> set[str]:
    """Pairs of the unit's own field: in the indicator names of half the forms of a document that
    holds ``DOMAIN_FORMS`` or more (a 医疗保障局's eight project forms all name 医保)."""
    if len(forms) < DOMAIN_FORMS:
        return set()
    count: dict[str, int] = {}
    for names in forms:
        for p in set().union(*map(_pairs, names)):
            count[p] = count.get(p, 0) + 1
    return {p for p, n in count.items() if 2 * n >= len(forms)}


def subject_pairs(names: Sequence[str], project: Iterable[str] = (),
                  domain: Iterable[str] = ()) -> list[set[str]]:
    """Each indicator name's subject pairs: its pairs less the generic ones, the project name's,
    the unit's field (``domain``) and those ``SHARED_BY`` or more names of the form hold."""
    _, generic = _conf()
    own = [_pairs(n) for n in names]
    count: dict[str, int] = {}
    for pairs in own:
        for p in pairs:
            count[p] = count.get(p, 0) + 1
    common = set(generic) | set(domain)
    for name in project:
        common |= _pairs(name)
    common |= {p for p, n in count.items() if n >= SHARED_BY}
    return [pairs - common for pairs in own]


def _clause_pairs(clause: ShortfallClause) -> set[str]:
    """The clause's pairs outside its shortfall words (``不及时`` does not name 及时率's subject)."""
    a, b = clause.cue
    return _pairs(clause.text[:a]) | _pairs(clause.text[b:])


def _term(name: str, clause: str, pairs: set[str]) -> str:
    """The longest run of characters of ``name`` found in ``clause`` that holds a shared pair."""
    name, clause = compact(name), compact(clause)
    best = ""
    for i in range(len(name) - 1):
        if name[i:i + 2] not in pairs:
            continue
        j = i + 2
        while j < len(name) and name[i:j + 1] in clause:
            j += 1
        k = i
        while k > 0 and name[k - 1:j] in clause:
            k -= 1
        if j - k > len(best):
            best = name[k:j]
    return best


def _in_head(name: str, term: str) -> bool:
    """Whether ``term`` reaches into the second half of the name, where a Chinese noun phrase
    puts its head (``新系统上线后的各种测试工作`` is about testing; ``新系统`` only sets it)."""
    name = compact(name)
    at = name.find(term)
    return at >= 0 and 2 * (at + len(term)) > len(name)


def link_shortfalls(names: Sequence[str], texts: Iterable[str], project: Iterable[str] = (),
                    domain: Iterable[str] = ()) -> list[tuple[int, IndicatorShortfall]]:
    """For each text (by its index in ``texts``), the shortfall clauses it holds that speak of
    exactly one of the indicators ``names``."""
    subjects = subject_pairs(names, project, domain)
    out: list[tuple[int, IndicatorShortfall]] = []
    for t, text in enumerate(texts):
        for clause in shortfall_clauses(text):
            have = _clause_pairs(clause)
            shared = [len(s & have) for s in subjects]
            top = max(shared, default=0)
            if top == 0 or shared.count(top) > 1:
                continue
            i = shared.index(top)
            term = _term(names[i], clause.text, subjects[i] & have)
            if term and _in_head(names[i], term):
                out.append((t, IndicatorShortfall(i, clause, term)))
    return out
