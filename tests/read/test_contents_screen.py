"""The contents reader's document-level screen (toc._cannot_hold_contents): a draft it passes
holds no contents, and every layout of contents the reader knows is still read as contents
(drafts written for these tests)."""

import pytest

from perflint.read import text as reader
from perflint.read import toc
from perflint.read.text import parse_text

# Contents with no 目录 line, no part line and no page: only its first line comes back.
RETURNS = """示范县文化馆2023年度部门决算说明
一、部门职责
二、机构设置
三、收入支出决算总体情况
一、部门职责
负责全县群众文化活动的组织和指导。
二、机构设置
内设办公室和业务部两个股室。
三、收入支出决算总体情况
收入支出总计均为50.00万元。
"""

# Pages typed after the titles, no 目录 line: the body repeats the titles without them.
PAGES = """示范镇人民政府2023年度部门决算公开报告
一、部门职责 1
二、机构设置 2
三、收入支出决算总体情况说明 4
四、收入决算情况说明 5
五、支出决算情况说明 7
一、部门职责
负责本镇经济社会发展。
二、机构设置
本镇内设机构6个。
"""

# The first entry renamed in the body: only the second comes back word for word.
RENAMED_FIRST = RETURNS.replace("一、部门职责\n二、", "一、部门主要职责\n二、", 1).replace(
    "一、部门职责\n负责", "一、本馆职责\n负责")

# The only line that comes back word for word is an entry the page's width wrapped (``说明``).
WRAPPED_ONLY = """示范县文化馆2023年度部门决算说明
一、部门主要职责
二、2023年度一般公共预算财政拨款“三公”经费支出决算情况
说明
三、本年收入支出决算总体情况
一、本馆职责
负责全县群众文化活动的组织和指导。
二、2023年度一般公共预算财政拨款“三公”经费支出决算情况说明
本年无三公经费支出。
三、收入支出决算总体情况说明
收入支出总计均为50.00万元。
"""

# Contents at the top of an excerpt cut inside them: titles with pages, none comes back.
PAGED_TOP = """示范镇人民政府2023年度部门决算
二、机构设置 2
三、收入支出决算总体情况说明 4
四、收入决算情况说明 5
五、支出决算情况说明 7
二、机构设置
本镇内设机构6个。
"""

# Word's contents with leaders, read line by line.
LEADERS = """示范县文化馆2023年度部门决算说明
一、部门职责……………………1
二、机构设置……………………2
一、部门职责
负责全县群众文化活动的组织和指导。
"""

# Under a spaced 目 录 line; contents listing the parts only.
SPACED_HEADING = RETURNS.replace("说明\n", "说明\n目 录\n", 1)
PARTS_ONLY = """示范县招商中心2023年度部门决算
第一部分 单位概况
第二部分 部门决算表
第三部分 部门决算情况说明
第四部分 名词解释
第一部分 单位概况
一、部门职能
负责全县招商引资。
二、人员情况
在编 8 人。
第二部分 部门决算表
见附表。
第三部分 部门决算情况说明
收入支出总计均为 90.00 万元。
第四部分 名词解释
财政拨款收入：指本级财政当年拨付的资金。
"""

LAYOUTS = {
    "returns": (RETURNS, [2, 3, 4]),
    "pages": (PAGES, [2, 3, 4, 5, 6]),
    "renamed_first": (RENAMED_FIRST, [3, 4, 5]),
    "wrapped_only": (WRAPPED_ONLY, [3, 5, 6]),
    "paged_top": (PAGED_TOP, [2, 3, 4, 5]),
    "leaders": (LEADERS, [2, 3]),
    "spaced_heading": (SPACED_HEADING, [3, 4, 5]),
    "parts_only": (PARTS_ONLY, [2, 3, 4, 5]),
}

# No contents: numbered headings once each, the same unnumbered sentence twice.
NO_CONTENTS = """示范县文化馆2023年度部门决算说明
一、部门职责
负责全县群众文化活动的组织和指导。
二、机构设置
内设办公室和业务部两个股室。
（一）收入情况
本年收入合计50.00万元，较上年增长。
（二）支出情况
本年收入合计50.00万元，较上年增长。
"""


def _screened(text: str) -> tuple[bool, list[tuple[int, str]]]:
    """What the screen says of the blocks the reader hands mark_contents, and the blocks read."""
    seen: list[bool] = []
    mark = reader.mark_contents

    def spy(blocks):
        seen.append(toc._cannot_hold_contents(blocks))
        return mark(blocks)

    reader.mark_contents = spy
    try:
        doc = parse_text(text, "d.txt")
    finally:
        reader.mark_contents = mark
    return all(seen), [(b.line, type(b).__name__) for p in doc.parts for b in p.blocks]


def _read_without_screen(text: str, monkeypatch) -> list[tuple[int, str]]:
    with monkeypatch.context() as m:
        m.setattr(toc, "_cannot_hold_contents", lambda blocks: False)
        doc = parse_text(text, "d.txt")
    return [(b.line, type(b).__name__) for p in doc.parts for b in p.blocks]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_layout_of_contents_passes_the_screen_and_is_marked(name, monkeypatch):
    text, lines = LAYOUTS[name]
    skipped, found = _screened(text)
    assert not skipped
    assert [n for n, k in found if k == "TocEntry"] == lines
    assert found == _read_without_screen(text, monkeypatch)


def test_a_draft_without_contents_is_returned_as_it_is(monkeypatch):
    skipped, found = _screened(NO_CONTENTS)
    assert skipped
    assert "TocEntry" not in [k for _, k in found]
    assert found == _read_without_screen(NO_CONTENTS, monkeypatch)


def test_the_screen_returns_the_blocks_it_was_given():
    doc = parse_text(NO_CONTENTS, "d.txt")
    blocks = [b for p in doc.parts for b in p.blocks]
    assert toc._cannot_hold_contents(blocks)
    assert toc.mark_contents(blocks) is blocks


def test_a_numbered_line_that_comes_back_fails_the_screen():
    # (the body's sections of two projects under the same headings: not contents, but the
    # screen leaves it to the reader)
    text = NO_CONTENTS + "一、部门职责\n负责全县图书馆的管理。\n"
    skipped, found = _screened(text)
    assert not skipped and "TocEntry" not in [k for _, k in found]


def test_a_title_repeated_fails_the_screen():
    text = NO_CONTENTS + "示范县文化馆2023年度部门决算说明\n"
    assert not _screened(text)[0]


def test_contents_written_for_the_reader_tests_read_the_same_with_the_screen(monkeypatch):
    from tests.read import test_contents as written

    drafts = [name for name in dir(written) if name.isupper() and isinstance(getattr(written, name), str)
              and "\n" in getattr(written, name)]
    assert len(drafts) >= 10
    for name in drafts:
        text = getattr(written, name)
        assert _screened(text)[1] == _read_without_screen(text, monkeypatch), name
