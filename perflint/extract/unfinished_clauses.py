"""Sentences left unfinished: a concessive clause with no main clause after it.

A clause opened by 虽 / 虽然 / 虽说 concedes a point to something the sentence goes on to say
(虽未偏离绩效目标，但仍存在…; 虽有计划定额但流于形式). When the clause runs
straight to the sentence's stop — no comma, semicolon or colon after the conjunction, and none of
the words that turn to the main clause (但, 却, 仍, 也 …) — and is not a concession put after its
main clause (``任务已完成，虽然困难很多。``: the conjunction right after the comma), the sentence
was cut off while it was being written:
``我局工作虽未偏离绩效目标。`` answers nothing. The conjunctions and turning words are data
(``concessive_openers`` / ``concessive_turns`` in boilerplate.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from perflint.extract.boilerplate_phrases import phrases
from perflint.extract.template_text import PhraseMatch
from perflint.text.patterns import compile_pattern
from perflint.text.sentences import SENTENCE_END, inside_book_title

# A clause ends at any of these; only a sentence's stop (SENTENCE_END) leaves it unfinished.
_CLAUSE_END = "，,；;：:" + SENTENCE_END + "\n"


@cache
def _openers() -> re.Pattern[str]:
    words = sorted(phrases()["concessive_openers"], key=len, reverse=True)
    return compile_pattern("|".join(re.escape(w) for w in words))


@cache
def _heads() -> frozenset[str]:
    """The first characters of the conjunctions: a text holding none of them holds no clause."""
    return frozenset(w[:1] for w in phrases()["concessive_openers"])


@cache
def _turns() -> frozenset[str]:
    return frozenset(phrases()["concessive_turns"])


def unfinished_concessions(text: str) -> list[PhraseMatch]:
    """Each concessive clause of ``text`` that runs to its sentence's stop with no main clause:
    the span from the conjunction to the stop, the stop included, its ``kind`` the conjunction."""
    if not any(head in text for head in _heads()):
        return []  # nearly every text
    out = []
    turns = _turns()
    for m in _openers().finditer(text):
        end = m.end()
        while end < len(text) and text[end] not in _CLAUSE_END:
            end += 1
        if end >= len(text) or text[end] not in SENTENCE_END:
            continue  # a comma, a line break or the text's end: the main clause may follow
        clause = text[m.end():end]
        if len(clause.strip()) < 2 or any(ch in turns for ch in clause):
            continue
        if _after_a_clause(text, m.start()):
            continue  # 任务已完成，虽然困难很多。: a concession put after its main clause
        if inside_book_title(text, m.start()) or _quoted(text, m.start()):
            continue  # a title or a quoted phrase: not the text's own sentence
        out.append(PhraseMatch(m.group(), m.start(), end + 1, text[m.start():end + 1]))
    return out


def _after_a_clause(text: str, pos: int) -> bool:
    """Whether the conjunction at ``pos`` opens a clause right after a comma, semicolon or colon
    (white space aside): a concession put after its main clause, sharing its subject
    (任务已完成，虽然困难很多。). A fronted concession has its subject before the conjunction
    (我局工作虽…) or opens the sentence."""
    before = text[:pos].rstrip()
    return before.endswith(("，", ",", "；", ";", "：", ":"))


def _quoted(text: str, pos: int) -> bool:
    opened = text.rfind("“", 0, pos)
    return opened >= 0 and text.rfind("”", 0, pos) < opened and text.find("”", pos) >= 0
