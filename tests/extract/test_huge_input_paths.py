"""The shortcuts that keep huge drafts linear find exactly what the plain loops found.

Each shortcut (issue 10) replaces a loop over every position or pair by an index; these tests
run both on seeded random inputs built from draft-like pieces and compare.
"""

from __future__ import annotations

import collections
import random
import time
from decimal import Decimal

from perflint.extract import slips
from perflint.extract.amounts import scale_slip, scale_slip_pairs
from perflint.extract.slips import MAX_UNIT, MIN_UNIT, Repeat, repeated_words, truncated_words
from perflint.model import Paragraph, Part, SourceText
from perflint.read.forms import cells
from perflint.text.numbers import find_quantities

PIECES = list("原因原因是市城区政府政府研究研究一个不是了的项目资金管理") + ["，", "1", " ", "\n", "%", "万元"]


class _Fact:  # what scale_slip reads of an AmountFact
    def __init__(self, base: Decimal, tolerance: Decimal) -> None:
        self.base, self.tolerance = base, tolerance


def test_scale_slip_pairs_are_the_nested_loops_pairs():
    rng = random.Random(3)
    values = ["0", "-5", "1", "2", "12", "1.2", "10000", "20000", "12000", "120000", "12345", "1.2345"]
    for _ in range(3000):
        group = [_Fact(Decimal(rng.choice(values)) * Decimal(rng.choice(["1", "10000", "0.0001"])),
                       Decimal(rng.choice(["0.5", "0.005", "5000", "0.00005", "50"])))
                 for _ in range(rng.randint(0, 25))]
        expected = [(a, b) for i, a in enumerate(group) for b in group[i + 1:] if scale_slip(a, b)]
        assert list(scale_slip_pairs(group)) == expected


def _repeated_words_every_position(text: str, breaks=()) -> list[Repeat]:
    """The finder as it was: every position, every unit size (the reference)."""
    lists = slips._lists()
    known = slips._known_words()
    allowed = set(lists.get("reduplicated_words") or ())
    quiet = set(lists.get("repeat_quiet_characters") or ())
    numerals = set(lists.get("numerals") or ())
    admin = set(lists.get("place_suffixes") or ())
    headers = set(lists.get("column_headers") or ())
    found, n, i = [], len(text), 0
    while i < n:
        hit = None
        for size in range(min(MAX_UNIT, (n - i) // 2), MIN_UNIT - 1, -1):
            unit = text[i:i + size]
            if text[i + size:i + 2 * size] != unit or not all(slips._is_cjk(ch) for ch in unit):
                continue
            if i + size in breaks or unit + unit in allowed or unit[0] in numerals and not slips._place_name(unit, admin):
                continue
            if breaks and slips._cells_shifted(text, i, size, breaks):
                continue  # each copy joins two source lines around a whole line: cells meeting
            if len(set(unit)) == 1 or any(ch in quiet for ch in unit) or unit in headers:
                continue
            if slips._table_like(text, i, i + 2 * size) or slips._three_copies(text, i, size) \
                    or slips._in_glued_row(text, i, i + 2 * size) or slips._header_run(text, i, size) \
                    or (slips._misaligned(text, i, size, known) and not slips._doubled_tail(text, i, size, known)):
                continue
            if size == 2 and unit[1] in admin:
                continue
            hit = Repeat(i, i + 2 * size, unit)
            break
        if hit:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def test_doubled_words_found_through_the_regex_are_those_of_every_position():
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.5 and text:
            b = rng.randrange(len(text))
            c = min(len(text), b + rng.randint(2, 24))
            text = text[:b] + text[b:c] * 2 + text[c:]
        breaks = set(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 2))))
        assert repeated_words(text, breaks) == _repeated_words_every_position(text, breaks)


def _stops_text_by_text(usage: slips._StemUsage) -> tuple[collections.Counter, list[tuple[int, int]]]:
    """The stops of ``usage``'s texts found character by character, text by text (a Chinese
    character before a boundary mark, a function character or its text's end), every occurrence
    counted: what the passes over the joined texts must find."""
    marks = slips._BOUNDARY_PUNCT | usage.function_chars
    stops = [(idx, p + 1, text[p]) for idx, text in enumerate(usage.texts) for p in range(len(text))
             if slips._is_cjk(text[p]) and (p + 1 == len(text) or text[p + 1] in marks)]
    counts = collections.Counter(ch for _idx, _end, ch in stops)
    lone = {ch for ch, n in counts.items() if n == 1}
    return counts, [(idx, end) for idx, end, ch in stops if ch in lone]


def test_truncated_words_count_a_recurring_text_as_often_as_it_occurs():
    lines = ["各监测站点的运行维护", "监测站点建设", "新建监测站点3个", "监测站点数据上传及时", "各监测站的考核",
             "监测站点", "其他", "数量指", "产出指标", "标", "数量指标", "", "监测\n站点", "站点。"]
    rng = random.Random(2)
    for _ in range(200):
        texts = [rng.choice(lines) for _ in range(rng.randint(1, 30))]
        usage = slips._StemUsage(texts, frozenset("的和"))
        counts, places = _stops_text_by_text(usage)
        assert usage.stops_by_char == counts
        assert usage.lone_stops() == places
    assert truncated_words(lines + lines[:4] * 2)  # where it reports (各监测站 for 各监测站点)


def test_long_texts_figures_are_a_fresh_list_each_time():
    text = "预算数为30万元，执行数为27万元，执行率90%。" * 40  # longer than the short-text memo
    first = find_quantities(text)
    first.clear()
    assert len(find_quantities(text)) == 120


def test_a_parts_tokens_are_made_again_when_its_blocks_change():
    part = Part("报告", 1, [Paragraph(SourceText.at("项目名称 示例项目 主管部门 示例局", "d.txt", 2))])
    first = cells.tokens(part)
    assert cells.tokens(part) == first and cells.tokens(part) is not first
    part.blocks.append(Paragraph(SourceText.at("实施单位 示例中心", "d.txt", 3)))
    assert len(cells.tokens(part)) > len(first)


def test_a_long_run_of_digits_is_read_in_linear_time():
    # A fuzzed xlsx of 10 KB unpacked to a 98,000-digit cell: the score pattern of a 结论
    # section (figure + 分) was tried from every digit of the run, each attempt to its end.
    from perflint.extract.report_sections import states_result

    digits = SourceText.at("自评" + "9" * 30000 + "元。", "d.txt", 5)
    start = time.process_time()
    assert states_result([Paragraph(digits)]) is False
    assert states_result([Paragraph(SourceText.at("自评得分 92.5 分，等次为优", "d.txt", 5))]) is True
    assert states_result([Paragraph(SourceText.at("自评得分.5分", "d.txt", 5))]) is True
    assert time.process_time() - start < 1.0
