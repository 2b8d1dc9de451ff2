"""Property-based tests: every importer and the number, unit and date extractors take any input
without an exception other than perflint's own InputError. Small, bounded example counts keep
the suite fast; ``benchmarks/fuzz.py`` runs the long version on demand."""

from __future__ import annotations

import io
import re

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perflint.check import Context  # noqa: E402
from perflint.engine import instantiate, load_registry, run_checks  # noqa: E402
from perflint.extract.dates import find_dates, title_year  # noqa: E402
from perflint.extract.repetition import _DOUBLED_SENTENCE, sentence_repeats  # noqa: E402
from perflint.read.errors import InputError  # noqa: E402
from perflint.read.text import parse_text  # noqa: E402
from perflint.read.yaml_draft import parse_yaml  # noqa: E402
from perflint.text.dates import malformed_years  # noqa: E402
from perflint.text.numbers import declared_unit, find_quantities, fmt, parse_cell, parse_number  # noqa: E402

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces drafts are made of, so random text looks like a draft often enough to reach deep code.
WORDS = ["一、", "（一）", "1.", "1、", "(1)", "①", "第一部分", "合计", "小计", "预算数", "执行数", "执行率", "得分", "分值",
         "万元", "元", "亿元", "%", "人次", "个", "2023年", "2024年3月15日", "年度", "绩效自评报告", "部门决算", "项目",
         "。", "，", "；", "：", "、", "《", "》", "“", "”", "（", "）", "\t", " ", "\u3000", "\n", "\r\n", "\r", "|",
         "---", "#", "**", "<table>", "<td>", "≥", "≤", "≥95%", "100%", "96.5", "1,234.56", "0", "-3", "１２３",
         "1" * 29, "0x1", "[/x]", "满意度", "偏差原因", "无", "培训", "示范", "完成", "目标", "指标", "年初", "全年"]
draft_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=80).map("".join)
CHECKS = instantiate(load_registry().builtin())


def _no_check_fails(doc) -> None:
    run = run_checks(doc, CHECKS, Context())
    assert run.internal_errors == [], "\n".join(run.tracebacks)


# --- importers -----------------------------------------------------------------------------------

@FAST
@given(draft_text)
def test_text_importer_takes_any_text(text):
    doc = parse_text(text, "draft.txt")
    assert len(doc.lines) == len(re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff")))


@FAST
@given(draft_text)
def test_markdown_importer_takes_any_text(text):
    parse_text(text, "draft.md", source_format="markdown")


@SLOW
@given(draft_text)
def test_checks_never_fail_on_any_text(text):
    _no_check_fails(parse_text(text, "draft.txt"))


YAML_PIECES = ["title: ", "sections:", "\n", "  ", "- ", "heading: ", "paragraphs:", "tables:", "rows:", "header:",
               "self_evaluation:", "indicators:", "weight: ", "score: ", "perflint: ", "fiscal_year: ", "parts:",
               "&a ", "*a", "!!str ", "!tag ", "[", "]", "{", "}", ", ", ": ", "'", '"', "|", ">", "#", "2023",
               "示例县2023年度项目支出绩效自评报告", "一、概况", "合计", "48.00", "0x1", "1" * 29, "~", "null", "2024-03-15"]
yaml_text = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=4)), max_size=60).map("".join)


@FAST
@given(yaml_text)
def test_yaml_importer_raises_only_input_errors(text):
    try:
        doc = parse_yaml(text, "draft.yaml")
    except InputError:
        return
    _no_check_fails(doc)


cell = st.one_of(st.none(), st.integers(min_value=-10**30, max_value=10**30), st.floats(allow_nan=True),
                 st.sampled_from(WORDS), st.text(max_size=8))


def _xlsx(rows) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _docx(paragraphs) -> bytes:
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = paragraphs[0] if paragraphs else ""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@SLOW
@given(st.lists(st.lists(cell, max_size=6), max_size=8))
def test_xlsx_importer_raises_only_input_errors(tmp_path_factory, rows):
    from perflint.read.loader import load

    path = tmp_path_factory.mktemp("x") / "draft.xlsx"
    try:
        path.write_bytes(_xlsx(rows))
    except Exception:  # openpyxl refuses some values itself (IllegalCharacterError): not our input
        return
    try:
        doc = load(path)
    except InputError:
        return
    _no_check_fails(doc)


@SLOW
@given(st.lists(st.one_of(st.sampled_from(WORDS), printable), max_size=10))
def test_docx_importer_raises_only_input_errors(tmp_path_factory, paragraphs):
    from perflint.read.loader import load

    path = tmp_path_factory.mktemp("w") / "draft.docx"
    try:
        path.write_bytes(_docx(paragraphs))
    except Exception:  # python-docx refuses XML-illegal characters itself: not our input
        return
    try:
        doc = load(path)
    except InputError:
        return
    _no_check_fails(doc)


@SLOW
@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".yaml", ".docx", ".xlsx", ".pdf"]))
def test_any_bytes_under_any_name(tmp_path_factory, raw, suffix):
    from perflint.read.loader import load

    path = tmp_path_factory.mktemp("b") / f"draft{suffix}"
    path.write_bytes(raw)
    try:
        load(path)
    except InputError:
        pass


# --- extractors ----------------------------------------------------------------------------------

@FAST
@given(draft_text)
def test_number_and_unit_extraction(text):
    for q in find_quantities(text, years=True):
        assert 0 <= q.start <= q.end <= len(text)
        fmt(q.value, q.decimals)
        fmt(q.value)
    parse_cell(text)
    parse_number(text)
    declared_unit(text)


@FAST
@given(st.from_regex(r"[-+]?\d{1,60}(\.\d{1,40})?", fullmatch=True), st.integers(min_value=0, max_value=6))
def test_any_figure_formats_at_any_precision(number, places):
    value = parse_number(number)
    assert value is not None
    fmt(value, places)


@FAST
@given(draft_text)
def test_date_extraction(text):
    for m in find_dates(text):
        assert 0 <= m.start <= m.end <= len(text)
    malformed_years(text)
    title_year(text)


SENTENCES = st.lists(st.sampled_from(["甲", "乙", "丙", "。", "！", "；", "\n", " ", "\t", "a", "甲乙丙丁戊己", "。 "]),
                     max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_doubled_sentences_match_the_expression_they_replace(text):
    expected = [(m.start(), m.end(), m.group(1)) for m in _DOUBLED_SENTENCE.finditer(text)]
    assert sentence_repeats(text) == expected
