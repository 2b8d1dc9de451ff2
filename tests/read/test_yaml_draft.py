"""The YAML draft importer: model mapping, source anchors, and errors that name field and line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from perflint.model import Heading, Paragraph, Table
from perflint.read import yaml_draft
from perflint.read.errors import InputError
from perflint.read.yaml_draft import parse_yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "yaml"
EXAMPLE = ROOT / "examples" / "self-evaluation.yaml"
SCHEMA = ROOT / "perflint" / "data" / "schema.json"


def load(name: str):
    path = FIXTURES / name
    return parse_yaml(path.read_text(encoding="utf-8"), str(path))


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    """1-based line of the nth source line containing ``needle`` (so tests do not hard-code layout)."""
    hits = [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return hits[nth - 1]


def column_of(path: Path, line: int, needle: str) -> int:
    return path.read_text(encoding="utf-8").splitlines()[line - 1].index(needle) + 1


def error_of(text: str) -> InputError:
    with pytest.raises(InputError) as info:
        parse_yaml(text, "draft.yaml")
    return info.value


# -- the correct fixture -------------------------------------------------------------------------


def test_document_and_part_metadata():
    doc = load("correct.yaml")
    source = (FIXTURES / "correct.yaml").read_text(encoding="utf-8")
    assert doc.source_format == "yaml"
    assert doc.lines == source.splitlines()
    assert doc.metadata == {"format_version": 1}
    [part] = doc.parts
    assert part.title == "示例县图书馆2023年度全民阅读推广项目支出绩效自评报告"
    assert part.line == line_of(FIXTURES / "correct.yaml", "title: 示例县图书馆")
    assert (part.fiscal_year, part.organisation, part.kind) == (2023, "示例县图书馆", "project_self_evaluation")
    assert part.report_date == "2024年3月15日"  # an ISO date becomes the form text drafts use


def test_headings_carry_numbering_level_and_section_path():
    part = load("correct.yaml").parts[0]
    headings = list(part.headings())
    assert [(h.title, h.level, h.section) for h in headings] == [
        ("项目基本情况", 1, ()),
        ("项目资金情况", 2, ("项目基本情况",)),
        ("自评结论", 1, ()),
    ]
    assert [(h.numbering.style, h.numbering.value) for h in headings] == [("cn", 1), ("paren_cn", 1), ("cn", 2)]
    first = headings[0]
    assert first.text.value == "一、项目基本情况"
    assert (first.location.line, first.location.column) == (10, 14)


def test_paragraphs_keep_section_numbering_and_per_line_anchors():
    part = load("correct.yaml").parts[0]
    paragraphs = [p for p in part.paragraphs() if p.section]
    literal = paragraphs[1]  # a ``|`` block: each line is anchored on its own line
    assert literal.section == ("项目基本情况", "项目资金情况")
    assert literal.text.value == "项目全年预算数12.50万元，\n执行数12.50万元，执行率100%。"
    assert literal.line == 17
    second = literal.text.value.index("执行数")
    assert literal.text.locate(second, second + 3).line == 18
    assert literal.text.position(second) == (18, 13)
    numbered = [p for p in paragraphs if p.numbering]
    assert [(p.numbering.style, p.numbering.value) for p in numbered] == [("arabic", 1), ("arabic", 2)]
    assert numbered[1].text.value.startswith("2、")  # quotes are not part of the text
    assert numbered[1].text.position(0) == (31, 10)


def test_generic_table_rows_cells_and_unit():
    part = load("correct.yaml").parts[0]
    table = next(t for t in part.tables() if not t.kind)
    assert table.caption == "项目资金支出明细表"
    assert table.declared_unit == "万元"  # inherited from money_unit
    assert table.section == ("项目基本情况", "项目资金情况")
    assert table.notes == ["本表金额单位为万元。"]
    assert [r.texts() for r in table.rows] == [
        ["支出内容", "预算数", "执行数"],
        ["读书活动", "5.00", "5.00"],  # numbers keep their digits as written
        ["图书采购", "6.30", "6.30"],
        ["宣传资料印制", "1.20", "1.20"],
        ["合计", "12.50", "12.50"],
    ]
    assert [r.line for r in table.rows] == [21, 23, 24, 25, 26]
    assert table.line == 21
    total = table.rows[-1].cells[2]
    assert (total.line, total.text.locate().column) == (26, column_of(FIXTURES / "correct.yaml", 26, "12.50]"))


def test_self_evaluation_header_paragraphs_point_at_their_values():
    part = load("correct.yaml").parts[0]
    texts = {p.text.value: p for p in part.paragraphs()}
    assert "项目名称：全民阅读推广项目" in texts
    assert "填报日期：2024年3月" in texts
    total = texts["总分：100"]
    line = line_of(FIXTURES / "correct.yaml", "total_score:")
    assert total.text.locate(3, 6).line == line
    assert total.text.locate(3, 6).column == column_of(FIXTURES / "correct.yaml", line, "100")
    assert total.text.locate(0, 2).line == line  # the label points at the key


def test_budget_execution_table_is_laid_out_as_on_the_form():
    part = load("correct.yaml").parts[0]
    table = next(t for t in part.tables() if t.kind == "budget_execution")
    assert table.declared_unit == "万元"
    assert table.rows[0].texts() == ["项目", "预算数(A)", "执行数(B)", "执行率(B/A)", "分值", "得分"]
    row = table.rows[1]
    assert row.texts() == ["年度资金总额", "12.50", "12.50", "100%", "10", "10"]
    line = line_of(FIXTURES / "correct.yaml", "item: 年度资金总额")
    assert row.line == line
    assert row.cells[3].text.locate().column == column_of(FIXTURES / "correct.yaml", line, "100%")
    # The section's weight fills the first row's 分值 and points at ``weight: 10``.
    assert row.cells[4].line == line_of(FIXTURES / "correct.yaml", "weight: 10")


def test_indicator_table_with_total_deviation_and_improvement_rows():
    part = load("correct.yaml").parts[0]
    table = next(t for t in part.tables() if t.kind == "indicators")
    assert table.declared_unit is None
    assert table.rows[0].texts() == list(yaml_draft.INDICATOR_HEADER)
    assert table.rows[1].texts() == ["产出指标", "数量指标", "读书活动场次", "≥24场", "24场", "40", "40", ""]
    # A missing deviation is an empty cell, still anchored on the row.
    assert table.rows[2].texts()[-1] == "" and table.rows[2].cells[-1].line == table.rows[2].line
    block_row = table.rows[3]  # written as a block mapping: each cell on its own line
    assert [c.line for c in block_row.cells[:7]] == list(range(44, 51))
    total, deviation, improvement = table.rows[4:]
    assert total.texts() == ["总分", "", "", "", "", "", "100"]
    assert total.cells[6].line == line_of(FIXTURES / "correct.yaml", "total_score:")
    assert deviation.texts() == ["偏差大或目标未完成原因分析", "无"]
    assert improvement.cells[0].value == "改进措施及结果应用方案"
    folded = improvement.cells[1].text
    assert folded.value == "继续丰富阅读活动形式， 将自评结果用于下年度预算安排。"
    assert folded.line == 53
    assert folded.position(folded.value.index("将自评")) == (54, 5)


def test_blocks_follow_the_file():
    part = load("correct.yaml").parts[0]
    kinds = [type(b).__name__ if not isinstance(b, Table) else f"Table:{b.kind or 'generic'}" for b in part.blocks]
    assert kinds[0] == "Paragraph" and part.blocks[0].text.value == "2024-03-15"  # report_date, where written
    assert kinds[1:] == ["Heading", "Paragraph", "Heading", "Paragraph", "Table:generic", "Heading",
                         "Paragraph", "Paragraph", "Paragraph", "Paragraph", "Paragraph", "Paragraph",
                         "Table:budget_execution", "Table:indicators"]


# -- more shapes ---------------------------------------------------------------------------------


def test_parts_inherit_top_level_defaults():
    doc = load("parts.yaml")
    assert doc.metadata["title"] == "示例县水利局2023年度部门决算及项目绩效自评报告"
    accounts, project = doc.parts
    assert (accounts.kind, project.kind) == ("final_accounts", "project_self_evaluation")
    assert accounts.organisation == project.organisation == "示例县水利局"
    assert accounts.fiscal_year == project.fiscal_year == 2023
    assert accounts.report_date == "2024年4月" and project.report_date == "2024年3月20日"
    assert accounts.line == line_of(FIXTURES / "parts.yaml", "- title: 示例县水利局2023年度部门决算")
    # An inherited date is not repeated as a paragraph of every part; a part's own date is.
    assert not any(p.text.value == "2024年4月" for p in accounts.paragraphs())
    assert any(p.text.value == "2024-03-20" for p in project.paragraphs())
    heading = next(accounts.headings())
    assert (heading.numbering.style, heading.title) == ("part", "部门概况")
    table = next(accounts.tables())
    assert table.declared_unit == "万元"
    assert table.rows[1].texts() == ["本年收入合计", "1133.10"]
    budget = next(t for t in project.tables() if t.kind == "budget_execution")
    assert budget.declared_unit == "元"  # the part's own money_unit wins
    assert budget.rows[1].texts() == ["年度资金总额", "300000", "300000", "100%", "10", "10"]


@pytest.mark.parametrize(("table_yaml", "unit"), [
    ("unit: 元\n        header: [项目, 金额]", "元"),
    ("unit: null\n        header: [指标, 人数]", None),
    ("header: [项目, 金额（元）]", "元"),
    ("caption: 支出表（单位：亿元）", "亿元"),
    ("header: [项目, 金额]", "万元"),
])
def test_table_unit_precedence(table_yaml, unit):
    text = f"title: 示例2023年度报告\nmoney_unit: 万元\nsections:\n  - heading: 一、表\n    tables:\n      - {table_yaml}\n"
    table = next(parse_yaml(text, "t.yaml").parts[0].tables())
    assert table.declared_unit == unit


def test_scalar_anchors_across_styles():
    text = (
        "title: 示例2023年度报告\n"
        "sections:\n"
        "  - heading: 一、测试\n"
        "    paragraphs:\n"
        "      - 普通多行\n"
        "        第二行\n"
        "      - \"引号多行\n"
        "        第二行\"\n"
        "      - |\n"
        "        字面一\n"
        "          缩进二\n"
        "      - 1133.10  # a comment is not text\n"
    )
    plain, quoted, literal, number = parse_yaml(text, "a.yaml").parts[0].paragraphs()
    assert plain.text.value == "普通多行 第二行"
    assert plain.text.position(plain.text.value.index("第二")) == (6, 9)
    assert quoted.text.position(0) == (7, 10)
    assert quoted.text.position(quoted.text.value.index("第二")) == (8, 9)
    assert literal.text.value == "字面一\n  缩进二"
    assert literal.text.position(literal.text.value.index("缩进")) == (11, 11)
    assert number.text.value == "1133.10"
    assert number.text.locate().end_column == 16


def test_fiscal_year_from_title_or_text():
    assert parse_yaml("title: 示例县2022年度某项目自评报告\n", "a.yaml").parts[0].fiscal_year == 2022
    assert parse_yaml("title: 某报告\nfiscal_year: 2021年度\n", "a.yaml").parts[0].fiscal_year == 2021
    assert parse_yaml("title: 某报告\n", "a.yaml").parts[0].fiscal_year is None


def test_byte_order_mark_is_dropped():
    doc = parse_yaml("\ufefftitle: 示例2023年度报告\n", "a.yaml")
    assert doc.lines[0] == "title: 示例2023年度报告"


def test_blank_total_score_is_kept_blank():
    doc = parse_yaml("title: 示例2023年度报告\nself_evaluation:\n  total_score:\n", "a.yaml")
    part = doc.parts[0]
    assert [p.text.value for p in part.paragraphs()] == ["总分："]
    indicators = next(part.tables())
    assert indicators.rows[-1].texts() == ["总分", "", "", "", "", "", ""]


# -- errors --------------------------------------------------------------------------------------


def test_broken_yaml_names_the_line():
    path = FIXTURES / "broken.yaml"
    with pytest.raises(InputError) as info:
        parse_yaml(path.read_text(encoding="utf-8"), str(path))
    error = info.value
    opened = line_of(path, "rows: [[本年支出合计")
    assert error.line == opened + 1 and error.column == 3
    assert f"started on line {opened}" in error.message
    assert str(error).startswith(f"{path}:{opened + 1}:3: invalid YAML")


def test_wrong_structure_names_the_field_and_line():
    path = FIXTURES / "wrong_structure.yaml"
    with pytest.raises(InputError) as info:
        parse_yaml(path.read_text(encoding="utf-8"), str(path))
    error = info.value
    assert error.line == line_of(path, "rows: 本年支出合计")
    assert error.column == column_of(path, error.line, "本年")
    assert error.message.startswith("sections[0].tables[0].rows: expected a list")


@pytest.mark.parametrize(("text", "line", "fragment"), [
    ("", 1, "the file is empty"),
    ("# only a comment\n", 1, "the file is empty"),
    ("- a\n- b\n", 1, "top level: expected a mapping"),
    ("title: 甲\ntitle: 乙\n", 2, "duplicate key 'title' (first given on line 1)"),
    ("title: 甲\nsection: []\n", 2, "did you mean 'sections'?"),
    ("perflint: 2\ntitle: 甲\n", 1, "unsupported format version"),
    ("fiscal_year: 2023\n", 1, "every report needs a title"),
    ("title: 甲\nfiscal_year: 明年\n", 2, "fiscal_year: expected a year"),
    ("title: 甲\nkind: project\n", 2, "kind: unknown kind 'project'"),
    ("title: 甲\nsections:\n  - paragraphs: [乙]\n", 3, "sections[0]: a section needs a heading"),
    ("title: 甲\nsections:\n  - heading: 一、乙\n    paragraphs: 丙\n", 4, "sections[0].paragraphs: expected a list"),
    ("title: 甲\nsections:\n  - heading: 一、乙\n    paragraphs: [[丙]]\n", 4,
     "sections[0].paragraphs[0]: expected a single value"),
    ("title: 甲\nself_evaluation:\n  indicators:\n    - [乙, 丙]\n", 4,
     "self_evaluation.indicators[0]: expected a mapping"),
    ("title: 甲\nself_evaluation:\n  indicators:\n    - {level3: 乙, scor: 1}\n", 4, "did you mean 'score'?"),
    ("parts: []\n", 1, "parts: expected at least one report"),
    ("parts:\n  - {title: 甲}\nsections: []\n", 3, "'sections' belongs inside each entry of 'parts'"),
    ("title: 甲\nsections:\n\t- heading: 乙\n", 3, "not tabs"),
    ("title: 甲\nself_evaluation:\n  indicators:\n    - target: >90%\n", 4, 'quote a value'),
    ("title: 甲\nx: \"\x01\"\n", 2, "unacceptable character"),
    ("title: 甲\nsections:\n  - heading: 一\n---\ntitle: 乙\n", 4, "expected a single document"),
])
def test_errors_are_input_errors_with_a_line(text, line, fragment):
    error = error_of(text)
    assert error.line == line
    assert fragment in error.message
    assert error.path == "draft.yaml"


# -- schema and example --------------------------------------------------------------------------


def test_schema_knows_the_same_keys_as_the_importer():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    defs = schema["$defs"]
    assert set(schema["properties"]) == set(yaml_draft.TOP_KEYS)
    assert set(defs["part"]["properties"]) == set(yaml_draft.PART_KEYS)
    assert set(defs["section"]["properties"]) == set(yaml_draft.SECTION_KEYS)
    assert set(defs["table"]["properties"]) == set(yaml_draft.TABLE_KEYS)
    assert set(defs["self_evaluation"]["properties"]) == set(yaml_draft.SELF_EVALUATION_KEYS)
    assert set(defs["budget_execution"]["properties"]) == set(yaml_draft.BUDGET_KEYS)
    assert set(defs["budget_row"]["properties"]) == set(yaml_draft.BUDGET_ROW_KEYS)
    assert set(defs["indicator"]["properties"]) == set(yaml_draft.INDICATOR_KEYS)
    assert defs["kind"]["enum"] == list(yaml_draft.KINDS)


@pytest.mark.parametrize("path", [FIXTURES / "correct.yaml", FIXTURES / "parts.yaml", EXAMPLE])
def test_drafts_validate_against_the_schema(path):
    jsonschema = pytest.importorskip("jsonschema")  # optional: perflint itself does not depend on it
    from ruamel.yaml import YAML

    loaded = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    instance = json.loads(json.dumps(loaded, default=str))  # dates as text, as editors see them
    jsonschema.validate(instance, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_example_parses_and_its_defect_list_points_at_the_right_lines():
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = parse_yaml(text, str(EXAMPLE))
    [part] = doc.parts
    assert (part.fiscal_year, part.kind, part.report_date) == (2023, "project_self_evaluation", "2023年3月10日")
    kinds = {t.kind for t in part.tables()}
    assert kinds == {"", "budget_execution", "indicators"}
    claims = re.findall(r"^#\s+\d\. line (\d+): .*?「(.+?)」", text, re.M)
    assert len(claims) == 5
    for line, quote in claims:
        assert quote in doc.source_line(int(line)), (line, quote)
    indicators = next(t for t in part.tables() if t.kind == "indicators")
    names = [r.cells[2].value for r in indicators.rows[1:] if len(r.cells) == 8]
    assert names.count("培训农户人次") == 2
    duplicate_lines = [r.line for r in indicators.rows if len(r.cells) == 8 and r.cells[2].value == "培训农户人次"]
    assert f"line {duplicate_lines[1]}: 「培训农户人次」" in text and f"first on line {duplicate_lines[0]}" in text


def test_blocks_are_model_types():
    part = load("correct.yaml").parts[0]
    assert all(isinstance(b, (Heading, Paragraph, Table)) for b in part.blocks)


def test_sections_that_contain_themselves_stop():
    error = error_of("title: 甲\nsections: &s\n  - heading: 一、乙\n    sections: *s\n")
    assert "contains it" in error.message and error.line == 4  # the alias


def test_the_format_documentation_examples_parse():
    text = (ROOT / "docs" / "yaml-format.md").read_text(encoding="utf-8")
    examples = re.findall(r"^```yaml\n(.*?)^```", text, re.M | re.S)
    assert len(examples) == 2
    full = parse_yaml(examples[0], "docs.yaml")
    assert [t.kind for t in full.parts[0].tables()] == ["", "budget_execution", "goal", "indicators"]
    (form,) = full.parts[0].forms
    assert form.goal is not None and form.goal.words
    assert form.goal.actual.value.startswith("举办读书活动") and form.goal.actual.line > form.goal.label.line - 1
    assert len(parse_yaml(examples[1], "docs.yaml").parts) == 2


def test_annual_goal_is_a_form_field():
    """``annual_goal`` becomes the form's 年度总体目标 block, laid out between the budget and the
    indicators as on the paper form, each text located at its YAML scalar; figures alone are
    reported (B314), as in a text draft."""
    base = ("title: 2023年度示范项目绩效自评报告\n"
            "self_evaluation:\n"
            "  budget_execution:\n"
            "    weight: 10\n"
            "    rows:\n"
            "      - {item: 年度资金总额, budget: 20, actual: 18, rate: 90%, score: 9}\n"
            "  annual_goal:\n"
            "    expected: {expected}\n"
            "    actual: {actual}\n"
            "  indicators:\n"
            "    - {level1: 产出指标, level2: 数量指标, level3: 培训场次, target: ≥4场, actual: 4场, weight: 90, score: 90}\n")
    doc = parse_yaml(base.replace("{expected}", "20").replace("{actual}", "18"), "goal.yaml")
    (form,) = doc.parts[0].forms
    assert not form.goal.words and form.goal.expected.line == 8 and form.goal.actual.line == 9
    from perflint.checks.boilerplate.goal_in_figures import GoalInFigures

    from perflint.check import Context
    assert [d.location.line for d in GoalInFigures().run(doc, Context())] == [8]
    words = parse_yaml(base.replace("{expected}", "举办培训4场").replace("{actual}", "已举办培训4场"), "goal.yaml")
    assert words.parts[0].forms[0].goal.words
