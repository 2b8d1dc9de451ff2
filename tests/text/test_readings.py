"""Pinyin readings a mirror site prints after hard characters (預(yù)算) are read out of a draft,
and its findings point at the draft's own columns (perflint.text.readings, perflint.read.scripts)."""

from __future__ import annotations

from perflint.testing import lint_text
from perflint.text.readings import source_column, source_end_column, strip_readings

# modelled on a township's 决算说明 republished by a mirror site (names and figures ours)
ANNOTATED = (
    "青石镇2022年度部門決(jué)算說明\n"
    "一、一般公共預(yù)算財政撥款支出決(jué)算情況說明\n"
    "2022年度一般公共預(yù)算財政撥款支出 830.15 萬元，完成預(yù)算 100%，"
    "決(jué)算數(shù)大于預(yù)算數(shù) 9.80 萬元。\n"
)


def test_readings_are_taken_out_and_columns_map_back():
    text = "第一行\n預(yù)算數與決(jué)算\nab經(jīng)費x\n"
    plain, drops = strip_readings(text)
    assert plain == "第一行\n預算數與決算\nab經費x\n"
    own, read = text.split("\n"), plain.split("\n")
    for line in (2, 3):
        for j, ch in enumerate(read[line - 1]):
            assert own[line - 1][source_column(drops.get(line), j + 1) - 1] == ch
    # a span ending right after 算 leaves the reading after it out, keeps the one inside it
    assert own[1][:source_end_column(drops[2], 3) - 1] == "預(yù)算"


def test_a_bracket_of_plain_letters_or_a_single_reading_is_left_alone():
    assert strip_readings("附表(a)和附表(b)以及附表(c)") is None  # no tone mark: no reading
    assert strip_readings("预(yù)算执行情况良好。") is None  # one reading: the draft's own bracket


def test_a_rule_reading_a_phrase_finds_it_across_the_readings():
    """C709: 完成预算 100% beside 决算数大于预算数 — the readings broke both phrases."""
    found = [d for d in lint_text(ANNOTATED, checks=["C709"])]
    assert [d.code for d in found] == ["C709"]
    line = ANNOTATED.split("\n")[found[0].location.line - 1]
    quoted = line[found[0].location.column - 1:found[0].location.end_column - 1]
    assert quoted.startswith("100%") and quoted.endswith("大于預(yù)算數")
    plain = ANNOTATED.replace("(jué)", "").replace("(yù)", "").replace("(shù)", "")
    assert [d.code for d in lint_text(plain, checks=["C709"])] == ["C709"]


def test_a_reading_whose_character_and_bracket_the_mirror_garbled_is_taken_out_too():
    """``遵守?zé)o菌`` (modelled on a district clinic's 决算说明 on a pinyin mirror): the character
    before a reading and its opening bracket came out as ``?``; the ``zé)`` left is the reading's
    rest, no closing bracket of the writer's (T805 reported it unmatched)."""
    text = ANNOTATED + "健全消毒、隔離制度，遵守?zé)o菌操作規(guī)程。\n"
    plain, _drops = strip_readings(text)
    assert "?o菌" in plain and "zé)" not in plain
    assert [d for d in lint_text(text, checks=["T805"])] == []
    # on a page with no readings, a bracket after letters is the writer's own
    assert strip_readings("遵守?zé)o菌操作规程。") is None
