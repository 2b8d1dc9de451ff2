"""Named quantities the 决算 template always splits the same way, as a passage states them.

``“三公”经费支出 585.53 万元，同比减少 144.92 万元 … 其中：因公出国(境)费 0 万元，同比减少
0 万元 …公务接待费 0.00 万元，同比减少 0.11 万元``: the whole and each part with this year's
figure and its change on last year, wherever the sentences put them. The vocabulary lives in
``arithmetic.yaml`` (``compositions``); what the figures must satisfy is the checks' business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from perflint import data
from perflint.extract.prose import Mention, figure_mentions
from perflint.text.numbers import Quantity
from perflint.text.patterns import compile_pattern, lazy_compile

_QUOTES = lazy_compile(r"[“”\"'‘’「」\s]")


@dataclass(frozen=True)
class Stated:
    """One quantity of a composition as a passage states it: its level and its signed change."""

    name: str
    index: int  # which text of the passage
    level: Quantity | None  # None when the passage states the change alone
    change: Quantity
    direction: int  # +1 增加 / −1 减少

    @property
    def signed(self) -> Decimal:
        return self.change.base_value * self.direction


@dataclass(frozen=True)
class ChangeComposition:
    """A change of a whole and the changes of its parts, stated in one passage."""

    whole: Stated
    parts: tuple[Stated, ...]
    # A part the passage leaves out, its level 0 this year (the listed parts' levels make up the
    # whole's): its change can only be a fall, so the parts' changes may exceed the whole's, never
    # fall short of it. ``baseline``: what the changes are taken against (上年, or the 年初预算).
    missing: bool = False
    baseline: str = "prior"


@cache
def _conf() -> tuple[list[dict], re.Pattern[str]]:
    conf = data.load("arithmetic")
    return conf.get("compositions", []), compile_pattern(conf["composition_change_label"])


_NO_CHANGE_WORDS = ("增减", "持平", "变化", "不变")  # what every wording of composition_no_change holds
_NO_CHANGE_SCREEN = lazy_compile("|".join(map(re.escape, _NO_CHANGE_WORDS)))  # any of them, one search in C


@cache
def _no_change_re() -> re.Pattern[str]:
    return compile_pattern(data.load("arithmetic")["composition_no_change"])


def _no_change(text: str, level: Mention, stop: int) -> Quantity | None:
    """A zero change stated in words right after ``level`` (``0.50 万元，较上年无增减``), as a
    figure in the level's unit and precision spanning the words, else None."""
    if _NO_CHANGE_SCREEN.search(text) is None:
        return None  # no words for “unchanged” in the text (most texts): no pattern to try
    hit = _no_change_re().match(text, level.end, stop)
    if hit is None:
        return None
    q = level.quantity
    return replace(q, value=Decimal(0), text="0", start=hit.start("words"), end=hit.end("words"),
                   number_end=hit.end("words"))


def _alias(label: str, names: Sequence[str]) -> str | None:
    return _alias_in(_QUOTES.sub("", label), names)


def _alias_in(clean: str, names: Sequence[str]) -> str | None:
    """The alias of ``names`` that ends nearest the end of ``clean`` (a label, quotes and blanks
    removed), when no other word follows it
    but 支出/决算/预算/合计 and the like (a 预算说明 states its “三公”经费预算 the way a 决算说明
    states its 支出)."""
    best = None
    for name in names:
        at = clean.rfind(name)
        if at < 0:
            continue
        tail = clean[at + len(name):]
        if _TOTAL_TAIL.fullmatch(tail):
            if best is None or at + len(name) > best[0]:
                best = (at + len(name), name)
    return best[1] if best else None


def complete_split(whole: str, labels: Sequence[str], *, by_alias: bool = False) -> bool:
    """Whether ``labels`` name each part of the template's split of ``whole`` once, and nothing
    else (``基本支出``: 人员经费, 公用经费). ``by_alias``: ``whole`` is a label that ends with the
    whole's name (``2.公务用车购置及运行维护费支出``), not the name alone."""
    specs, _ = _conf()
    clean = _QUOTES.sub("", whole)
    for spec in specs:
        named = _alias_in(clean, spec["whole"]) is not None if by_alias else clean in spec["whole"]
        if not named or len(labels) != len(spec["parts"]):
            continue
        found = [next((k for k, names in enumerate(spec["parts"]) if _alias(lb, names) is not None), None)
                 for lb in labels]
        if None not in found and sorted(found) == list(range(len(spec["parts"]))):  # type: ignore[type-var]
            return True
    return False


def stated(texts: Sequence[str], names: Sequence[str]) -> list[Stated]:
    """Every statement of the quantity ``names`` with a level and a change right after it."""
    return _stated(_level_changes(texts), names)


def _money_levels(texts: Sequence[str]) -> Iterator[tuple[int, str, Sequence[Mention], int, Mention]]:
    """Every money level of the passage: (``texts[i]``'s index, the text, its mentions, the
    level's index among them, the level), the walk both readings of changes start from."""
    for i, text in enumerate(texts):
        ms = figure_mentions(text)
        for k, m in enumerate(ms):
            if m.role == "level" and m.quantity.kind == "money":
                yield i, text, ms, k, m


def _level_changes(texts: Sequence[str]) -> list[tuple[int, Mention, Mention]]:
    """Every money level followed in its sentence by a money change (``texts[i]``, level,
    change): what :func:`stated` looks for whatever the names, found once per passage."""
    _, change_re = _conf()
    out = []
    for i, text, ms, k, m in _money_levels(texts):
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is None or nxt.role != "change" or nxt.sentence != m.sentence:
            zero = _no_change(text, m, nxt.start if nxt is not None else len(text))
            if zero is not None:
                out.append((i, m, Mention(zero, "change", 1, "", "", m.sentence, False)))
            continue
        if nxt.quantity.kind != "money" or not (change_re.match(nxt.label) or _named_again(m.label, nxt.label, change_re)):
            continue
        out.append((i, m, nxt))
    return out


def _named_again(level_label: str, change_label: str, change_re: re.Pattern[str]) -> bool:
    """Whether the change's label names the level's quantity again before its comparison
    (``公务接待费 20 万元，公务接待费较上年减少 2.5 万元``): the same part's change, its name repeated."""
    for k in range(max(0, len(level_label) - 12), len(level_label) - 1):
        name = level_label[k:]
        if change_label.startswith(name) and change_re.match(change_label[len(name):]):
            return True
    return False


def _stated(pairs: list[tuple[int, Mention, Mention]], names: Sequence[str]) -> list[Stated]:
    return [Stated(names[0], i, m.quantity, nxt.quantity, nxt.direction)
            for i, m, nxt in pairs if _alias(m.gap, names) is not None]


def change_compositions(texts: Sequence[str]) -> list[ChangeComposition]:
    """Wholes and parts of one passage each stated once (one level, one change) with changes."""
    specs, _ = _conf()
    pairs = _level_changes(texts)  # once for every quantity the specs name (most passages: none)
    out = []
    for spec in specs:
        whole = _one(_stated(pairs, spec["whole"]))
        if whole is None:
            continue
        parts = [_first(pairs, names) for names in spec["parts"]]
        if any(p is None for p in parts):
            continue
        out.append(ChangeComposition(whole, tuple(parts)))
    return out


# The change of a level against its budget (``21万元，较上年减少16万元，较年初预算数减少4万元``).
_BUDGET_CHANGE_LABEL = lazy_compile(
    r"(?:较|比|与)(?:年初|全年)?预算(?:数)?(?:相比)?(?:增加|减少|下降|降低|上升|增长|节约|减|增)了?$")
_TOTAL_TAIL = lazy_compile(r"(?:财政拨款)?(?:预算|决算)?(?:支出)?(?:预算|决算)?(?:合计|共计|总额|总计)?(?:数)?(?:为|是|共)?")


def _level_changes_by(texts: Sequence[str], baseline: str) -> list[tuple[int, Mention, Mention]]:
    """Every money level with its money change against ``baseline`` (``prior``: 较上年; ``budget``:
    较年初预算), the first such change after it in its sentence, before the next level."""
    _, change_re = _conf()
    label_re = change_re if baseline == "prior" else _BUDGET_CHANGE_LABEL
    out = []
    for i, _text, ms, k, m in _money_levels(texts):
        for nxt in ms[k + 1:]:
            if nxt.role == "level" or nxt.sentence != m.sentence:
                break
            if nxt.role == "change" and nxt.quantity.kind == "money" and label_re.match(nxt.label):
                out.append((i, m, nxt))
                break
    return out


def partial_change_compositions(texts: Sequence[str]) -> list[ChangeComposition]:
    """Wholes whose parts the passage states all but one of, the listed parts' levels adding up to
    the whole's exactly (the one left out is 0 this year: ``“三公”经费41万元 … 其中：公务用车购置及
    运行维护费21万元…；公务接待费20万元…``, no 因公出国(境)费); and, against the budget, wholes
    with every part (changes on last year with every part are :func:`change_compositions`')."""
    specs, _ = _conf()
    heads = {name[:2] for spec in specs for name in spec["whole"]}
    if not any(head in text for text in texts for head in heads):
        return []  # no whole named in the passage (most passages): no mention is read
    out = []
    for baseline in ("prior", "budget"):
        pairs = _level_changes_by(texts, baseline)
        if len(pairs) < 2:
            continue
        for spec in specs:
            if len(spec["parts"]) < 2:
                continue
            whole = _one(_stated(pairs, spec["whole"]))
            if whole is None or whole.level is None:
                continue
            parts = [_first(pairs, names) for names in spec["parts"]]
            listed = [p for p in parts if p is not None]
            if len(listed) == len(parts):
                if baseline == "budget":
                    out.append(ChangeComposition(whole, tuple(listed), False, baseline))
                continue
            if len(listed) != len(parts) - 1 or any(p.level is None for p in listed):
                continue
            if sum((p.level.base_value for p in listed), Decimal(0)) != whole.level.base_value:
                continue  # the part left out may hold a level: its change could be anything
            if any((p.index, p.level.start) <= (whole.index, whole.level.start) for p in listed):
                continue  # the parts follow the whole they make up
            out.append(ChangeComposition(whole, tuple(listed), True, baseline))
    return out


def _first(pairs: list[tuple[int, Mention, Mention]], names: Sequence[str]) -> Stated | None:
    """The part under the first of its names that the passage states."""
    for name in names:
        found = _stated(pairs, [name])
        if found:
            return _one(found)
    return None


def _one(found: list[Stated]) -> Stated | None:
    """The statement when every statement of the quantity in the passage agrees, else None."""
    if not found:
        return None
    if len({(s.level.base_value if s.level else None, s.signed) for s in found}) != 1:
        return None
    return found[0]


@cache
def _change_only_conf() -> tuple[list[dict], re.Pattern[str]]:
    conf = data.load("arithmetic")
    return conf.get("change_only_compositions", []), compile_pattern(conf["change_only_label"])


def _changes_alone(texts: Sequence[str]) -> list[Stated]:
    """Every money change whose own label names its quantity (``工资福利支出较上年增 18.67 万元``)."""
    _, label_re = _change_only_conf()
    out = []
    for i, text in enumerate(texts):
        for m in figure_mentions(text):
            if m.role != "change" or m.quantity.kind != "money" or m.bracketed or not m.direction:
                continue
            hit = label_re.match(_QUOTES.sub("", m.gap))
            if hit:
                out.append(Stated(hit.group("name"), i, None, m.quantity, m.direction))
    return out


def change_only_compositions(texts: Sequence[str]) -> list[ChangeComposition]:
    """A whole's change and its parts' changes, each stated alone and once in the passage (the
    whole before its parts), every part the specification names present."""
    specs, _ = _change_only_conf()
    stated_alone = _changes_alone(texts)
    if len(stated_alone) < 3:
        return []
    out = []
    for spec in specs:
        whole = _one([s for s in stated_alone if s.name in spec["whole"]])
        if whole is None:
            continue
        parts = [_one([s for s in stated_alone if s.name in names]) for names in spec["parts"]]
        if any(p is None for p in parts):
            continue
        extra = [_one([s for s in stated_alone if s.name in names]) for names in spec.get("optional", [])]
        parts += [p for p in extra if p is not None]
        if any((p.index, p.change.start) <= (whole.index, whole.change.start) for p in parts):
            continue  # the parts follow the whole they explain
        out.append(ChangeComposition(replace(whole, name=spec["whole"][0]), tuple(parts)))
    return out


@dataclass(frozen=True)
class LevelComposition:
    """A whole and each of its parts stated once with this year's level, the whole in one run of
    paragraphs and the parts in others of the same section (the 总体情况 / 具体情况 of a 决算说明's
    “三公”经费): ``(run, text, quantity)`` for the whole and for each part, in the spec's order."""

    name: str
    whole: tuple[int, int, Quantity]
    parts: tuple[tuple[int, int, Quantity], ...]


@cache
def _across_heads() -> tuple[tuple[dict, ...], tuple[str, ...]]:
    """The compositions read across runs, and the first two characters of every name they use: a
    text holding none of them states none of their figures (most texts: no mention is read)."""
    specs = tuple(spec for spec in _conf()[0] if spec.get("across_runs"))
    names = [n for spec in specs for n in (*spec["whole"], *(a for part in spec["parts"] for a in part))]
    return specs, tuple(sorted({n[:2] for n in names}))


def _levels(runs: Sequence[Sequence[str]]) -> list[tuple[int, int, Mention, str]]:
    """Every money level of the section: (run, text, mention)."""
    heads = _across_heads()[1]
    out = []
    for r, texts in enumerate(runs):
        for i, text in enumerate(texts):
            if not any(h in text for h in heads):
                continue
            for m in figure_mentions(text):
                if m.role == "level" and m.quantity.kind == "money" and not m.bracketed:
                    clean = _QUOTES.sub("", m.gap)
                    if any(h in clean for h in heads):
                        out.append((r, i, m, clean))
    return out


def _level_of(levels: list[tuple[int, int, Mention, str]], names: Sequence[str]) -> tuple[int, int, Quantity, bool] | None:
    """The one level the section states for ``names`` (every statement agreeing), with whether it
    is a budget (预算 in its label); None when it states none, or several that differ."""
    found = []
    for r, i, m, clean in levels:
        name = _alias_in(clean, names)
        if name is None:
            continue
        found.append((r, i, m.quantity, "预算" in clean[clean.rfind(name) + len(name):]))
    if not found or len({(q.base_value, budget) for _r, _i, q, budget in found}) != 1:
        return None
    runs = {r for r, _i, _q, _b in found}
    r, i, q, budget = found[0]
    return (r if len(runs) == 1 else -1), i, q, budget


def level_compositions(runs: Sequence[Sequence[str]]) -> list[LevelComposition]:
    """Wholes stated in one run of a section and all their parts in other runs of it."""
    specs = _across_heads()[0]
    levels = _levels(runs)
    if not levels:
        return []
    out = []
    for spec in specs:
        whole = _level_of(levels, spec["whole"])
        if whole is None or whole[0] < 0:
            continue
        parts = []
        for names in spec["parts"]:
            part = next((p for p in (_level_of(levels, [n]) for n in names) if p is not None), None)
            if part is None or part[0] < 0 or part[0] == whole[0] or part[3] != whole[3]:
                break
            parts.append(part[:3])
        else:
            out.append(LevelComposition(spec["whole"][0], whole[:3], tuple(parts)))
    return out
