"""The narrative's results sections: the paragraphs under a heading that opens the results
(三、绩效目标完成情况分析, （二）产出情况) up to one that opens another kind of section (存在的问题,
改进措施, a heading naming the targets: （三）项目绩效目标). A figure there is stated as achieved,
not planned: a project's overview (维修灌排渠道18公里 as its content) and its targets are outside.
"""

from __future__ import annotations

from functools import cache

from perflint.extract.quantities import vocab
from perflint.model import Heading, Part
from perflint.text.normalise import compact


@cache
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    v = vocab()
    return tuple(v["result_section_words"]), tuple(v["result_section_ends"])


def result_blocks(part: Part) -> set[int]:
    """The ids of the part's blocks that stand in a results section (headings excluded)."""
    opens, ends = _words()
    inside = False
    out: set[int] = set()
    for block in part.blocks:
        if isinstance(block, Heading):
            title = compact(block.title or block.text.value)
            if "未完成" not in title and any(w in title for w in opens):
                inside = True
            elif any(w in title for w in ends):
                inside = False
            continue
        if inside:
            out.add(id(block))
    return out
