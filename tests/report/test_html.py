"""--format html: a self-contained page, the draft with findings marked in place, escaped text."""

from __future__ import annotations

import re
from pathlib import Path

from perflint.diagnostics import Severity
from perflint.report.html_report import _marked

from .conftest import invoke


def _page(*args: str) -> str:
    run = invoke("--format", "html", *args)
    assert run.code in (0, 1, 2), run.err
    return run.out


def test_page_is_self_contained(drafts):
    page = _page(str(drafts["bad"]))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "a network resource"
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "<script src" not in page
    assert '<html lang="zh-CN">' in page and "perflint 检查报告" in page


def test_every_finding_is_listed_and_marked_in_place(drafts):
    page = _page(str(drafts["bad"]))
    ids = re.findall(r'<li class="finding" data-id="(f0d\d+)"', page)
    assert len(ids) == 4  # D208 ×2, B311, Y502
    for fid in ids:
        assert re.search(rf'<mark class="sev-\w+" data-f="[^"]*\b{fid}\b', page), fid
    # D208 marks the doubled words themselves on line 5
    line5 = re.search(r'id="file0-L5">(.*?)</div>', page).group(1)
    assert re.search(r"<mark [^>]*>设备设备</mark>", line5)
    assert 'data-family="duplicates"' in page and 'data-severity="warning"' in page


def test_filters_name_each_family_and_severity_present(drafts):
    page = _page(str(drafts["bad"]))
    families = set(re.findall(r'data-filter="family" value="(\w+)"', page))
    assert families == {"duplicates", "boilerplate", "years"}
    assert set(re.findall(r'data-filter="severity" value="(\w+)"', page)) <= {"error", "warning", "info", "rounding"}


def test_english_ui(drafts):
    page = _page("--lang", "en", str(drafts["bad"]))
    assert '<html lang="en">' in page and "perflint report" in page and "警告" not in page


def test_one_section_per_file_and_unreadable_inputs_shown(drafts):
    page = _page(str(drafts["bad"]), str(drafts["clean"]), str(drafts["broken"]))
    assert len(re.findall(r'<section class="file" id="file\d"', page)) == 3
    assert "无法读取，未检查" in page and "E902" in page
    assert "未发现问题" in page  # the clean file's list


def test_user_text_is_escaped(tmp_path: Path):
    draft = tmp_path / "x<y>.txt"
    draft.write_text("示范项目2022年度绩效自评报告\n\n<script>alert(1)</script> & 设备设备\n", encoding="utf-8")
    page = _page(str(draft))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; " in page
    assert "x&lt;y&gt;.txt" in page


def test_overlapping_spans_split_into_marks_naming_every_finding():
    html = _marked("abcdef", [(1, 4, "a", Severity.warning), (2, 5, "b", Severity.error)])
    assert html == ('a<mark class="sev-warning" data-f="a">b</mark>'
                    '<mark class="sev-error" data-f="a b">cd</mark>'
                    '<mark class="sev-error" data-f="b">e</mark>f')
    assert _marked("", [(0, 0, "z", Severity.info)]).startswith('<mark class="sev-info" data-f="z">')


def test_spans_stay_inside_their_line():
    from perflint.diagnostics import Diagnostic
    from perflint.model import Location
    from perflint.report.html_report import _spans

    def diag(line, col, end_line, end_col):
        return Diagnostic("X1", "x", Severity.info, Location("p", line, col, end_line, end_col))

    lines = ["abc", "", "defgh"]
    assert list(_spans(diag(1, 9, 1, 12), lines)) == [(1, 2, 3)]  # past the end: the last character
    assert list(_spans(diag(1, 2, 3, 3), lines)) == [(1, 1, 3), (2, 0, 0), (3, 0, 2)]
    assert list(_spans(diag(3, 1, None, None), lines)) == [(3, 0, 1)]
    assert list(_spans(diag(9, 1, 9, 2), lines)) == []


def test_a_file_of_several_reports_shows_where_each_part_begins(tmp_path: Path):
    draft = tmp_path / "two.txt"
    draft.write_text("附件1\n\n示范县文化馆2023年度群众文化活动项目支出绩效自评报告\n\n项目主要用于购置设备设备。\n\n"
                     "附件2\n\n示范县文化馆2023年度非遗保护项目支出绩效自评报告\n\n本项目偏差原因原因是采购延迟。\n",
                     encoding="utf-8")
    page = _page(str(draft))
    parts = re.findall(r'<div class="part">部分: ([^<]+)</div>', page)
    assert len(parts) == 2 and "群众文化活动" in parts[0] and "非遗保护" in parts[1]


def test_families_are_titled_from_the_run_registry_in_the_run_language(drafts):
    """The CLI hands the families' declared titles to the page (the reporter loads nothing)."""
    zh = _page(str(drafts["bad"]))
    assert re.search(r'value="duplicates"> 重复内容 \(duplicates\) <span class="count">', zh)
    en = _page("--lang", "en", str(drafts["bad"]))
    assert re.search(r'value="duplicates"> Duplicates <span class="count">', en)


def test_without_titles_the_family_name_is_shown():
    import io

    from perflint.diagnostics import Diagnostic, Location
    from perflint.report import make_reporter
    from perflint.report.base import FileResult

    out = io.StringIO()
    diag = Diagnostic("D208", "duplicates", Severity.warning, Location("d.txt", 1, 1), messages={"zh": "重复"})
    make_reporter("html", out).render([FileResult("d.txt", diagnostics=[diag])], "zh")
    assert re.search(r'value="duplicates"> duplicates <span class="count">', out.getvalue())


def test_each_listed_finding_is_named_by_its_own_place_in_the_file_s_findings(tmp_path: Path):
    """The panel names each finding by its position (``f0d<n>``), the same numbers the marks in the
    source view use: two equal findings keep two ids, and a file with thousands of findings is
    listed in one pass (the position was looked up by equality for each, quadratic: benchmarks/
    fuzz.py found a 66 KB draft whose HTML report took over 4 s)."""
    import io

    from perflint.report import make_reporter
    from perflint.report.base import FileResult
    from perflint.safety import load_input
    from perflint.testing import lint_document

    path = tmp_path / "draft.txt"
    path.write_text("示范项目2022年度绩效自评报告\n\n项目主要用于购置设备设备。\n", encoding="utf-8")
    doc = load_input(path)
    diags = [d for d in lint_document(doc) if d.code == "D208"]
    assert diags
    out = io.StringIO()
    make_reporter("html", out, color=False).render([FileResult(doc.path, doc, diags + diags)], "zh")
    ids = re.findall(r'<li class="finding" data-id="(f0d\d+)"', out.getvalue())
    assert sorted(ids) == sorted(f"f0d{n}" for n in range(2 * len(diags)))


def test_marks_are_those_of_a_scan_of_every_span_for_each_piece():
    """The marks come from one sweep over the spans in order (a scan of every span for each piece
    of the line was quadratic: 16,000 findings on one long line took 22 s); the same marks, in
    the same order, as that scan on random spans."""
    import random

    from perflint.report.html_report import _mark

    def reference(text, spans):
        cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
        out = []
        empty = [span for span in spans if span[0] == span[1]]
        if empty:
            out.append(_mark(empty, "&#8203;"))
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a >= b:
                continue
            covering = [span for span in spans if span[0] <= a and b <= span[1]]
            piece = text[a:b].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            out.append(_mark(covering, piece) if covering else piece)
        return "".join(out)

    rng = random.Random(7)
    severities = list(Severity)
    for _ in range(300):
        text = "".join(rng.choice("资金<到位&率") for _ in range(rng.randint(1, 30)))
        spans = []
        for n in range(rng.randint(1, 8)):
            s = rng.randint(0, len(text))
            spans.append((s, rng.randint(s, len(text)), f"f0d{n}", rng.choice(severities)))
        assert _marked(text, spans) == reference(text, spans)
