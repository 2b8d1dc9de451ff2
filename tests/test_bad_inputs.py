"""The bad-input matrix: whatever a user gives perflint, it answers with a clear error (naming the
file, and the line where there is one; exit 2; never a traceback) or reads the draft right.

Empty drafts are one behaviour for every format: an error (E902, "the draft is empty"), never a
silent "no problems" — a file exported wrong must not pass a CI gate. Sizes and times of large
inputs are targets of ``benchmarks/`` (run on demand), not of these tests.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from perflint.cli import app
from perflint.engine import load_registry

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEXT = (EXAMPLES / "budget-office-2023.txt").read_text(encoding="utf-8")
YAML = (EXAMPLES / "self-evaluation.yaml").read_text(encoding="utf-8")
_REGISTRY = load_registry()
OTHERS = [c.code for c in _REGISTRY.checks if c not in _REGISTRY.builtin()]


def cli(*args: str):
    """``perflint check ARGS`` in process; the result with parsed JSON when --format json."""
    extra = ["--ignore", ",".join(OTHERS)] if OTHERS else []
    result = CliRunner().invoke(app, ["check", *extra, *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return result


# Words a Chinese message may carry: names of formats, programs, options and YAML keys.
NAMES = {"perflint", "Word", "Excel", "PowerPoint", "Office", "PDF", "OCR", "ZIP", "UTF", "YAML", "TOML", "JSON",
         "BOM", "FIFO", "GBK", "WPS", "docx", "xlsx", "txt", "yaml", "doc", "xls", "wps", "pip", "install",
         "max", "size", "debug", "title", "sections", "heading", "fiscal_year", "parts", "kind", "rules", "lang"}


def english_words(text: str) -> list[str]:
    """The English words of ``text`` that are not names (a Chinese message has none)."""
    text = re.sub(r"0x[0-9a-f]+|'[^']*'|Big5", "", text)  # a byte, a value quoted from the draft, an encoding
    return [w for w in re.findall(r"[A-Za-z_]{3,}", text) if w not in NAMES and not w.isupper()]


def refused(path: Path, *args: str, line: int | None = None) -> tuple[dict, str]:
    """The error entry of ``path`` and perflint's stderr; the file (and line) named in both."""
    result = cli("--format", "json", *args, str(path))
    assert result.exit_code == 2, result.output
    entries = json.loads(result.stdout)
    assert [e["code"] for e in entries] == ["E902"]
    assert path.name in result.stderr
    if line is not None:
        assert entries[0]["line"] == line
        assert f"{path.name}:{line}" in result.stderr
    return entries[0], result.stderr


def assert_refused(path: Path, reason: str, line: int | None = None) -> dict:
    """Refused with ``reason`` (English words) under --lang en, and in Chinese by default."""
    entry, stderr = refused(path, "--lang", "en", line=line)
    assert reason.lower() in entry["message"].lower(), entry["message"]
    assert reason.lower() in stderr.lower()
    zh, zh_stderr = refused(path, line=line)
    said = zh_stderr.split(f"{path.name}" + (f":{line}" if line else ""), 1)[1]
    for text in (zh["message"], said):
        assert re.search(r"[\u4e00-\u9fff]", text) and not english_words(text), text
    return entry


def findings(path: Path) -> list[tuple]:
    result = cli("--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    entries = json.loads(result.stdout)
    assert not any(e["code"] in ("E902", "E903") for e in entries), entries
    return sorted((e["line"], e["column"], e["code"]) for e in entries)


# --- office files built here ---------------------------------------------------------------------

def docx_bytes(paragraphs: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


# --- empty drafts: one behaviour for every format ------------------------------------------------

EMPTY_CASES = {
    "empty.txt": b"", "blank.txt": " \n\t\n\u3000\n".encode("utf-8"),
    "empty.md": b"", "blank.md": b"\n\n   \n",
    "empty.yaml": b"", "blank.yaml": b"  \n\n", "comments.yaml": b"# only a comment\n",
    "empty.docx": b"", "empty.xlsx": b"", "empty.pdf": b"", "blank.pdf": b"  \n",
    "bom-only.txt": "\ufeff".encode("utf-8"), "utf16-blank.txt": "  \n".encode("utf-16"),
}


@pytest.mark.parametrize("name", sorted(EMPTY_CASES))
def test_empty_drafts_are_one_clear_error(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(EMPTY_CASES[name])
    assert_refused(path, "empty")


@pytest.mark.parametrize("name,data", [
    ("blank.docx", lambda: docx_bytes(["", "   ", ""])),
    ("blank.xlsx", lambda: xlsx_bytes([[None, " "], [None, None]])),
])
def test_office_files_without_text_are_empty_drafts(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data())
    assert_refused(path, "empty")


# --- bytes that are not a draft ------------------------------------------------------------------

def test_binary_data(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert_refused(path, "binary")


def test_invalid_utf8_names_its_line_and_column(tmp_path):
    path = tmp_path / "draft.txt"
    lines = ["示例单位2023年度部门决算说明", "", "一、部门职责", "本单位负责示例工作。"] * 3
    data = [line.encode("utf-8") for line in lines]
    data[7] = "本单位".encode() + b"\xff\xfe" + "负责示例工作。".encode()
    path.write_bytes(b"\n".join(data))
    entry = assert_refused(path, "invalid UTF-8", line=8)
    assert entry["column"] == 4


# A short excerpt copied from a web page, where the site could not show one character and wrote
# U+FFFD: valid UTF-8, read as it stands (its figures still checked), never refused.
SHORT_EXCERPT = ("示例镇2024年度部门决算说明\n"
                 "一、收入支出决算总体情况说明\n"
                 "2024年度收入总计120.00万元，其中：财政拨款收入100.00万元，事业收入10.00万元，其他收入5.00万元。\n"
                 "主要用于办公设备购置{mark}等支出。\n")


def test_a_short_utf8_excerpt_with_a_replacement_character_is_read(tmp_path):
    path = tmp_path / "excerpt.txt"
    path.write_text(SHORT_EXCERPT.format(mark="\ufffd"), encoding="utf-8")
    twin = tmp_path / "twin.txt"
    twin.write_text(SHORT_EXCERPT.format(mark=""), encoding="utf-8")
    assert findings(path) == findings(twin) != []


def test_a_utf8_text_made_mostly_of_replacement_characters_is_refused(tmp_path):
    path = tmp_path / "mangled.txt"
    path.write_text(SHORT_EXCERPT.format(mark="\ufffd" * 40), encoding="utf-8")
    assert_refused(path, "cannot decode")


def test_invalid_utf8_after_a_bom_names_its_line(tmp_path):
    path = tmp_path / "draft.md"
    path.write_bytes(b"\xef\xbb\xbf# title\n\nok\n\xc3\x28 broken\n")
    assert_refused(path, "not valid utf-8", line=4)


# --- encodings and line endings: the same findings on the same lines -----------------------------

@pytest.fixture(scope="module")
def utf8_findings(tmp_path_factory):
    path = tmp_path_factory.mktemp("utf8") / "draft.txt"
    path.write_text(TEXT, encoding="utf-8")
    found = findings(path)
    assert found, "the example has deliberate defects"
    return found


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32", "utf-32-le", "utf-32-be"])
def test_encodings_with_and_without_bom_read_alike(tmp_path, utf8_findings, encoding):
    path = tmp_path / "draft.txt"
    path.write_bytes(TEXT.encode(encoding))
    assert findings(path) == utf8_findings


@pytest.mark.parametrize("ending", ["\r\n", "\r", "mixed"])
def test_line_endings_keep_line_numbers(tmp_path, utf8_findings, ending):
    path = tmp_path / "draft.txt"
    lines = TEXT.split("\n")
    if ending == "mixed":
        text = "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1]
    else:
        text = ending.join(lines)
    path.write_bytes(text.encode("utf-8"))
    assert findings(path) == utf8_findings


def test_one_long_line_is_read(tmp_path):
    """A whole report flattened onto one line (sizes and times: benchmarks/bench_inputs.py)."""
    path = tmp_path / "flat.txt"
    path.write_text(TEXT.replace("\n", " ") * 8, encoding="utf-8")
    assert all(line == 1 for line, _col, _code in findings(path))


# --- YAML: nesting, aliases, tags, numbers -------------------------------------------------------

def yaml_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("shape", ["flow", "block"])
def test_yaml_nested_100000_levels_is_a_clear_error(tmp_path, shape):
    deep = "[" * 100_000 + "]" * 100_000 if shape == "flow" else "- " * 100_000 + "x"
    text = f"title: 示例县2023年度项目支出绩效自评报告\nsections: {deep}\n" if shape == "flow" else \
        f"title: 示例县2023年度项目支出绩效自评报告\nsections:\n  {deep}\n"
    assert_refused(yaml_file(tmp_path, text), "nests deeper", line=2 if shape == "flow" else 3)


@pytest.mark.parametrize("version", ["1.0", "1.3", "1.9", "1.99999999999999999999"])
def test_yaml_version_directive_perflint_cannot_read_is_a_clear_error(tmp_path, version):
    """ruamel reads YAML 1.1 and 1.2 only and asserted on any other 1.x (an internal error)."""
    text = f"%YAML {version}\n---\nperflint: 1\ntitle: 示例县2023年度项目支出绩效自评报告\nsections: []\n"
    entry = assert_refused(yaml_file(tmp_path, text), f"YAML {version}", line=1)
    assert "internal" not in entry["message"]


def test_yaml_comment_layout_ruamel_cannot_track_is_still_read(tmp_path):
    """ruamel's round-trip parser gave up ('overlap in comment', an internal error) on a valid
    draft with a comment after ``key:``, the value on the next line, then blank lines; a tab in a
    quoted value keeps the draft on the pure path even where the C parser is installed."""
    text = ("perflint: 1\ntitle: # 报告标题\n  示例县2023年度项目支出绩效自评报告\n\n\n"
            "sections:\n  - heading: 一、基本情况\n    paragraphs:\n      - \"项目资金\t100万元。\"\n")
    path = yaml_file(tmp_path, text)
    result = cli("--format", "json", str(path))
    assert result.exit_code in (0, 1), result.output
    assert all(entry["code"] not in ("E902", "E903") for entry in json.loads(result.stdout))


def _bomb(levels: int = 9, width: int = 10) -> tuple[str, str]:
    """Anchors (to put anywhere) and the alias that expands to width ** levels values."""
    lines = ["x0: &a0 [示例, 示例, 示例]"]
    for i in range(1, levels):
        lines.append(f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines), f"*a{levels - 1}"


BOMB_PLACES = {
    "sections": "sections:\n  - heading: 一、概况\n    paragraphs: {alias}\n",
    "table rows": "sections:\n  - heading: 一、概况\n    tables:\n      - rows: {alias}\n",
    "notes": "sections:\n  - heading: 一、概况\n    tables:\n      - notes: {alias}\n",
    "indicators": "self_evaluation:\n  indicators: {alias}\n",
    "parts": "parts: {alias}\n",
    "nested sections": "sections: &s\n  - heading: 一、概况\n    sections: [*s, *s, *s, *s, *s, *s, *s, *s]\n",
}


@pytest.mark.parametrize("place", sorted(BOMB_PLACES))
def test_yaml_alias_bombs_anywhere_are_a_clear_error(tmp_path, place):
    anchors, alias = _bomb()
    body = BOMB_PLACES[place].format(alias=alias)
    # The anchors sit under a key of their own; the limit applies before the layout is read.
    text = "title: 示例县2023年度项目支出绩效自评报告\nscratch:\n" + "".join(f"  {line}\n" for line in anchors.split("\n")) + body
    result = cli("--format", "json", "--lang", "en", str(yaml_file(tmp_path, text)))
    assert result.exit_code == 2
    message = json.loads(result.stdout)[0]["message"]
    assert "alias" in message.lower() or "contains it" in message
    message = json.loads(cli("--format", "json", str(yaml_file(tmp_path, text))).stdout)[0]["message"]
    assert "别名" in message and not english_words(message)


def test_a_few_aliases_are_still_read(tmp_path):
    text = ("title: 示例县2023年度项目支出绩效自评报告\nmoney_unit: 万元\nsections:\n  - heading: 一、概况\n    tables:\n"
            "      - header: &h [项目, 预算数, 执行数]\n        rows: [[培训费, 20.00, 20.00], [合计, 20.00, 20.00]]\n"
            "      - header: *h\n        rows: [[资料费, 6.00, 6.00], [合计, 6.00, 6.00]]\n")
    findings(yaml_file(tmp_path, text))


def test_yaml_tags_are_never_constructed(tmp_path):
    marker = tmp_path / "PWNED"
    text = f"title: !!python/object/apply:os.system [\"touch {marker}\"]\n"
    cli("--format", "json", str(yaml_file(tmp_path, text)))
    text = "title: !!python/name:os.system 示例县2023年度项目支出绩效自评报告\nsections: !custom []\n"
    cli("--format", "json", str(yaml_file(tmp_path, text)))
    assert not marker.exists()


@pytest.mark.parametrize("version", ["0x1", "0o1", "1e0", "9" * 40, "-1", "1.0"])
def test_non_decimal_format_versions_are_a_clear_error(tmp_path, version):
    text = YAML.replace("perflint: 1\n", f"perflint: {version}\n")
    line = YAML.split("\n").index("perflint: 1") + 1
    assert_refused(yaml_file(tmp_path, text), "format version", line=line)


@pytest.mark.parametrize("figure", ["1" * 29, "9" * 60, "0." + "0" * 40 + "1"])
def test_huge_and_tiny_figures_never_make_a_check_fail(tmp_path, figure):
    text = YAML.replace("weight: 10, score: 10", f"weight: {figure}, score: {figure}", 2)
    text = text.replace("budget: 48.00", f"budget: {figure}")
    findings(yaml_file(tmp_path, text))
    draft = tmp_path / "draft.txt"
    draft.write_text(TEXT.replace("30 万元", f"{figure} 万元"), encoding="utf-8")
    findings(draft)


# --- malformed office files ----------------------------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _encrypted_pdf() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt="secret")
    c.drawString(72, 720, "2023 report")
    c.save()
    return buf.getvalue()


OFFICE_CASES = {
    "not-a-zip.docx": (lambda: b"this is plain text, renamed", "not a valid .docx"),
    "zip-not-docx.docx": (lambda: _zip({"readme.txt": b"hello"}), "zip archive"),
    "truncated.xlsx": (lambda: xlsx_bytes([["项目", 1.5]])[:300], "damaged"),
    "broken-xml.docx": (lambda: _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}), "word"),
    "broken-xml.xlsx": (lambda: _zip({"xl/workbook.xml": b"<workbook", "[Content_Types].xml": b"<"}), "excel"),
    "corrupt.pdf": (lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n%%EOF", "pdf"),
    "encrypted.pdf": (_encrypted_pdf, "password"),
    "legacy.doc.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "legacy office"),
}


@pytest.mark.parametrize("name", sorted(OFFICE_CASES))
def test_malformed_office_files_are_a_clear_error(tmp_path, name):
    build, reason = OFFICE_CASES[name]
    path = tmp_path / name
    path.write_bytes(build())
    assert_refused(path, reason)


# --- paths that are not regular files ------------------------------------------------------------

def test_symlink_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert_refused(tmp_path / "a.txt", "symbolic links")
    result = cli("--format", "json", str(tmp_path))  # a folder holding only the loop: nothing to lint
    assert result.exit_code == 2


def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("perflint blocked on a FIFO"))
    signal.alarm(20)
    try:
        assert_refused(path, "named pipe")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_devices_are_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    assert_refused(Path(device), "device")


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads a file whatever its mode")
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert_refused(path, "permission denied")
    finally:
        path.chmod(0o644)


def test_inputs_over_max_size_are_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 4, encoding="utf-8")
    result = cli("--format", "json", "--lang", "en", "--max-size", "2KB", str(path))
    assert result.exit_code == 2 and "larger than the limit" in json.loads(result.stdout)[0]["message"]
    result = cli("--format", "json", "--max-size", "2KB", str(path))
    assert result.exit_code == 2 and "超过上限 2.0 KB" in json.loads(result.stdout)[0]["message"]
    result = cli("--max-size", "lots", str(path))
    assert result.exit_code == 2 and "不是有效的大小" in result.stderr
    result = cli("--lang", "en", "--max-size", "lots", str(path))
    assert result.exit_code == 2 and "'lots' is not a size" in result.stderr
    assert cli("--format", "json", "--max-size", "0", str(path)).exit_code in (0, 1)


# --- file names: never markup, never a crash -----------------------------------------------------

@pytest.mark.parametrize("name", ["scan[v2].txt", "[bold]draft[red].txt", "my draft 2023.txt", "绩效自评报告（初稿）.txt",
                                  "[red].md"])
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit", "statistics"])
def test_file_names_are_shown_as_written(tmp_path, name, fmt):
    path = tmp_path / name
    path.write_text(TEXT, encoding="utf-8")
    result = cli("--format", fmt, str(path))
    assert result.exit_code == 1
    if fmt in ("text", "junit", "github"):
        assert name in result.stdout


def test_a_name_with_a_closing_tag_in_an_error_message(tmp_path):
    folder = tmp_path / "a["
    folder.mkdir()
    path = folder / "b].txt"  # the path reads a[/b].txt: a closing rich tag
    path.write_bytes(b"\x00\x01\x02\x03")
    result = cli(str(path))
    assert result.exit_code == 2
    assert "a[/b].txt" in result.stderr and "a[/b].txt" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit", "statistics", "jsonl"])
def test_a_file_name_that_is_not_utf8(tmp_path, fmt):
    name = os.fsdecode(b"draft-\xff\xfe.txt")
    path = tmp_path / name
    try:
        path.write_text(TEXT, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    result = cli("--format", fmt, str(path))
    assert result.exit_code == 1
    if fmt in ("text", "json"):
        assert "draft-\\xff\\xfe.txt" in result.stdout.replace("\\\\", "\\")


def test_values_and_arguments_are_never_markup(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = cli("--select", "[/x]", str(path))
    assert result.exit_code == 2 and "[/x]" in result.stderr
    text = YAML.replace("kind: project_self_evaluation", "kind: '[/red]'")
    result = cli(str(yaml_file(tmp_path, text)))
    assert result.exit_code == 2 and "[/red]" in result.stderr


# --- isolation: a check that fails ---------------------------------------------------------------

@pytest.fixture
def broken_check(monkeypatch):
    cls = _REGISTRY.builtin()[0]

    def boom(self, doc, ctx):
        raise RuntimeError("[/boom] deliberate")

    monkeypatch.setattr(cls, "run", boom)
    return cls


def test_a_failing_check_is_an_internal_error_entry(tmp_path, broken_check):
    path = tmp_path / "d.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = cli("--format", "json", str(path))
    assert result.exit_code == 2
    entries = json.loads(result.stdout)
    errors = [e for e in entries if e["code"] == "E903"]
    assert len(errors) == 1 and broken_check.code in errors[0]["message"] and "[/boom]" in errors[0]["message"]
    assert errors[0]["path"] == str(path)
    assert len(entries) > 1, "the other checks still report"
    assert broken_check.code in result.stderr and "Traceback" not in result.stderr


def test_the_summary_never_says_no_problems_when_a_check_failed(tmp_path, broken_check):
    path = tmp_path / "clean.txt"
    path.write_text("示例单位2023年度部门决算说明\n\n一、部门职责\n\n负责示例工作。\n", encoding="utf-8")
    result = cli("--select", broken_check.code, str(path))
    assert result.exit_code == 2
    assert "未发现问题" not in result.stdout and "内部错误" in result.stdout


def test_debug_prints_the_traceback(tmp_path, broken_check):
    path = tmp_path / "d.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--debug", str(path)])
    assert result.exit_code == 2 and "Traceback" in result.stderr and "deliberate" in result.stderr


def test_a_clause_repeated_many_times_is_matched_with_few_earlier_copies():
    """2,000 repeated paragraphs must not make duplicate detection grow with the cube of the count."""
    from perflint.extract.similarity import MAX_FANOUT, pairwise_matches

    matches = pairwise_matches(["本单位全年培训农户1260人次，培训考核合格率93%"] * 200, 90.0)
    assert [len(m) for m in matches] == [min(i, MAX_FANOUT) for i in range(200)]
    assert all([j for j, _s in m] == list(range(len(m))) for m in matches)  # the earliest copies


# --- the reason in the user's language ------------------------------------------------------------

def _pdf_without_text() -> bytes:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(72, 600, 200, 100, fill=1)  # a scan: a picture, no text layer
    c.save()
    return buf.getvalue()


LANG_CASES = {  # name: (bytes, English words, Chinese words, line)
    "scan.png.txt": (lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png image", "PNG 图片", None),
    "drafts.rar": (lambda: b"Rar!\x1a\x07\x00" + b"\x00" * 64, "rar archive", "RAR 压缩包", None),
    "old.wps": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "wps 文字 (.wps)", "另存为", None),
    "old.et": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "save as (另存为) .xlsx", "另存为” .xlsx", None),
    "scan.pdf": (_pdf_without_text, "ocr", "OCR 文字识别", None),
    "gbk-big5.txt": (lambda: "本單位負責示範工作，全年完成項目十二個。".encode("big5") * 20, "big5", "繁体中文", None),
    "syntax.yaml": (lambda: "title: 示例县2023年度项目支出绩效自评报告\nsections:\n  - heading: 一、概况\n"
                    "    paragraphs: [甲: 乙: 丙]\n".encode(), "invalid yaml", "YAML 语法错误", 4),
    "unknown-key.yaml": (lambda: "title: 示例县2023年度项目支出绩效自评报告\nsections:\n  - heading: 一、概况\n"
                         "    paragraph: [甲]\n".encode(), "did you mean 'paragraphs'", "是否应为 'paragraphs'", 4),
}


@pytest.mark.parametrize("name", sorted(LANG_CASES))
def test_reasons_are_chinese_by_default_and_english_with_lang_en(tmp_path, name):
    build, english, chinese, line = LANG_CASES[name]
    path = tmp_path / name
    path.write_bytes(build())
    entry = assert_refused(path, english, line)
    zh, stderr = refused(path, line=line)
    assert chinese in zh["message"] and chinese in stderr
    assert entry["message"] != zh["message"]
