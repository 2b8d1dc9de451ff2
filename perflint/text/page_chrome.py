"""The lines of a web page that come with a report copied from it, and are not the report.

Reports reach reviewers as text copied from a government portal: above the report stand the
portal's breadcrumbs (``首页 > 政务公开 > 预决算公开``), a publication line (``发布时间：… 来源：…
浏览次数：…``), the page's buttons (``【字体：大 中 小】【打印】``) and often a table of the
document's particulars (``索引号 | … | 发文日期 | …``); below it, the site's footer (``网站标识码``,
``ICP备``). None of them is a report's title: an excerpt without a title of its own is named by
its first line, and a breadcrumb's ``预决算公开`` made an excerpt of a 自评表 a 决算 report.

The text reader leaves them out of the document's blocks (their lines stay in the source, for
the report to show): no rule reads the page's words as the report's, and an excerpt copied with
them reads as it reads without them. The words are data (``page_chrome`` and
``page_particulars`` in ``boilerplate.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.model import Row
from perflint.text.normalise import compact
from perflint.text.patterns import compile_pattern, lazy_compile


@cache
def _chrome() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The patterns that hold at a line's start, as one pattern to match there; the others
    (the footer's words), searched for only where a line may hold one."""
    patterns = data.load("boilerplate")["page_chrome"]
    starts = [p[1:] for p in patterns if p.startswith("^")]
    anywhere = [p for p in patterns if not p.startswith("^")]
    return (compile_pattern("|".join(f"(?:{p})" for p in starts)),
            compile_pattern("|".join(f"(?:{p})" for p in anywhere)) if anywhere else None)


_LONGEST = 120  # characters, white space left out: a page's line is short


@cache
def _particulars() -> tuple[str, ...]:
    return tuple(compact(w) for w in data.load("boilerplate")["page_particulars"])


# Every pattern of ``page_chrome`` needs one of these in the line (a breadcrumb's arrows, a
# label's colon, a button's bracket, the footer's words): asked first, of every line of prose.
_CHROME_MARKS = (">", "＞", "»", "›", "→", ":", "：", "【", "打印", "关闭", "分享", "ICP", "标识码", "备案", "安备", "版权所有",
                 "文档", "文库")


_CHROME_MARK = lazy_compile("|".join(re.escape(mark) for mark in _CHROME_MARKS))  # one search in C
# One character of each mark but 安备 (whose two are common words' too: 设备, 安全): a line
# holding none of them and no 安备 holds no mark. A search for one class of characters runs
# through a line ~20 times faster than one for the marks' alternation, which tries each mark
# at each character (tests/read/test_reader_fast_paths.py holds the screen to the marks).
_CHROME_SCREEN_CHARS = ">＞»›→:：【印闭享P码案权档库"
_CHROME_SCREEN_WORD = "安备"
_CHROME_SCREEN = lazy_compile(f"[{re.escape(_CHROME_SCREEN_CHARS)}]")


def _may_be_chrome(text: str) -> bool:
    if _CHROME_SCREEN.search(text) is None and _CHROME_SCREEN_WORD not in text:
        return False  # most lines of prose
    return _CHROME_MARK.search(text) is not None


def is_chrome_line(text: str) -> bool:
    """Whether ``text``, one line, is the page's and not the report's: a chrome line, or a
    notice that the text was read from an image (see :func:`notice_end`) and nothing else."""
    if len(text) > 2 * _LONGEST:
        return False
    if not _may_be_chrome(text):
        return _is_notice_line(text)
    value = compact(text)
    if not value:
        return False
    if len(value) > _LONGEST:
        return _download_notice(value)  # (a download site's notice runs longer than a page's line)
    start, anywhere = _chrome()
    if start.match(value) is not None or (anywhere is not None and anywhere.search(value) is not None):
        return True
    return _is_notice_line(text) or _download_notice(value)


@cache
def _download_notices() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in data.load("boilerplate")["page_download_notices"]))


def _download_notice(value: str) -> bool:
    """Whether ``value`` (whitespace taken out) is a line a document-sharing site puts around a
    report it serves (``…文档一经付费，不意味着购买了该文档的版权…``, ``《….docx》由会员分享，可在线阅读…``):
    the site's terms, not the report's words. Every such line names the site's 文档 or 文库."""
    if len(value) > 4 * _LONGEST or ("文档" not in value and "文库" not in value):
        return False
    return _download_notices().search(value) is not None


_ARROWS = lazy_compile(r"[>＞»›→]")
_CRUMB_THEN_TITLE = lazy_compile(r"^\s*(?P<crumb>[^\s\d，。；,;:：]{1,12})\s+(?P<title>\S.*?)\s*$")


@cache
def _title_ends() -> re.Pattern[str]:
    return compile_pattern(data.load("boilerplate")["page_title_ends"])


def title_after_crumbs(text: str) -> int:
    """Where a document's title starts in a breadcrumbs' line that a web page ran it onto
    (``首页 > 信息公开 > 预算绩效 某项目支出绩效自评表``): the title stands after the last crumb
    and a space, and ends as a report's or a form's title does (``page_title_ends``). The
    line is a chrome line all the same; the title is the report's and is kept. 0 when the
    line holds none (a last crumb that is itself the page's title, ``首页 > 通知公告 > 某报告``,
    is the breadcrumbs' own: the page writes the title again below them)."""
    arrows = list(_ARROWS.finditer(text))
    if not arrows:
        return 0
    tail = text[arrows[-1].end():]
    m = _CRUMB_THEN_TITLE.match(tail)
    if m is None or _ARROWS.search(m.group("title")) is not None:
        return 0
    title = compact(m.group("title"))
    if len(title) < 6 or _title_ends().search(title) is None or any(mark in title for mark in "，。；,;"):
        return 0
    return arrows[-1].end() + m.start("title")


def title_crumb(text: str) -> int:
    """Where the last crumb of a breadcrumbs' line starts when that crumb is itself a report's
    or a form's title (``首页 > 信息公开 > 预算绩效 > 某站2023年度某项目支出绩效自评报告``): it ends as
    a title does (``page_title_ends``), is long enough not to be a section of the portal
    (``部门决算``), and holds no sentence mark. Whether it is the title depends on the page: one that
    writes the title again below its breadcrumbs has it there (the reader looks). 0 when the last
    crumb is none."""
    arrows = list(_ARROWS.finditer(text))
    if not arrows:
        return 0
    tail = text[arrows[-1].end():]
    title = compact(tail)
    if len(title) < _CRUMB_TITLE_MIN or _title_ends().search(title) is None \
            or any(mark in title for mark in "，。；,;"):
        return 0
    return arrows[-1].end() + len(tail) - len(tail.lstrip())


_CRUMB_TITLE_MIN = 8  # a portal's section (部门决算, 绩效自评报告) is shorter than a report's title


@cache
def _notices() -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in data.load("boilerplate")["page_notices"]))


def _may_hold_notice(text: str) -> bool:
    return "识别" in text or "OCR" in text or "ocr" in text or "附" in text


def notice_end(value: str) -> int:
    """How many characters at the start of ``value`` (whitespace taken out) are the web page's
    notices (``page_notices``): that the text below was read from an image or a scan and may be
    wrong (``（注：本页文字由图片识别得到，以原件为准）``), or that the report is in an attachment
    (``详情见附件``). Such a notice is the page's words: a page that puts one in the same cell
    as a form's title does not make it part of the title. 0 when the text opens on none."""
    if not _may_hold_notice(value):
        return 0  # nearly every text
    pattern = _notices()
    end = 0
    while (m := pattern.match(value, end)) is not None and m.end() > end:
        end = m.end()
    return end


def without_notices(value: str) -> str:
    """``value`` (whitespace taken out) without the page's notices at its start."""
    return value[notice_end(value):]


def _is_notice_line(text: str) -> bool:
    """A line of the page's notices alone, one of them saying the text was read from an image
    (a line 详情见附件 alone may be the report's own pointer to its attachment)."""
    if not ("识别" in text or "OCR" in text or "ocr" in text):
        return False
    value = compact(text)
    return bool(value) and len(value) <= _LONGEST and notice_end(value) == len(value)


def particulars_rows(rows: list[Row]) -> int:
    """How many of the first ``rows`` are the page's table of the document's particulars (0 if
    none): its first cell names one (``索引号:``, ``发文字号``), a second is named in its first two
    rows, and it goes on while a row names one. A table pasted right below it may have been
    read as more rows of it."""
    if not rows or not rows[0].cells:
        return 0
    labels = _particulars()

    def named(row: Row) -> list[bool]:
        return [particulars_label(c.value) in labels for c in row.cells]

    if particulars_label(rows[0].cells[0].value) not in labels:
        return 0  # most tables: asked of every one
    if sum(sum(named(row)) for row in rows[:2]) < 2:
        return 0
    return next((k for k, row in enumerate(rows) if not any(named(row))), len(rows))


_CELL_BREAK = lazy_compile(r"[|\t]")
# the brackets some pages set a particulars label in (``[ 索引号 ]``, ``【发布机构】``), and its colon
_LABEL_MARKS = "[]［］【】〔〕:："


def particulars_label(value: str) -> str:
    """A cell's text as a label of the page's particulars table is compared: whitespace, its
    colon and the brackets a page may set it in taken out (``[ 索引号 ]`` is 索引号)."""
    return compact(value).strip(_LABEL_MARKS)


def is_page_line(line: str) -> bool:
    """Whether a source line is the web page's: a chrome line, or a row of its table of
    particulars (``索引号: | … | 发文日期: | …``). Where the text begins and ends is where the
    report begins and ends (an excerpt's cut is there, not at the page's breadcrumbs); a line
    of breadcrumbs with the report's title run onto it (:func:`title_after_crumbs`) is the
    report's first."""
    if is_chrome_line(line):
        return not title_after_crumbs(line)
    if not _CELL_BREAK.search(line):
        return False
    cells = [particulars_label(c) for c in _CELL_BREAK.split(line) if c.strip()]
    return len(cells) >= 2 and cells[0] in _particulars()
