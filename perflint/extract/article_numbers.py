"""Article numbers of a regulation (第四条) left at the head of a report's paragraphs.

A department's 职能职责 and 内设机构 are often copied from its 三定规定, whose paragraphs open with
the regulation's article numbers (``第三条　县医疗保障局贯彻落实…``, ``第四条　县医疗保障局设下列
内设机构：``). Pasted into a report, the number is the regulation's, not the report's: the report
has no 第一条 to 第三条 and numbers its own items otherwise. A document that quotes a regulation
whole (from 第一条) or at length (more than :data:`_FEW` articles), or that is no report (its title
does not name one: a notice or the regulation itself), keeps its article numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from perflint.model import Heading, Paragraph, Part, SourceText
from perflint.text.dates import REPORT_TITLE
from perflint.text.normalise import compact
from perflint.text.numbering import chinese_to_int
from perflint.text.patterns import lazy_compile

# 第四条, then the white space a regulation sets between the number and the article's text: a
# sentence that opens by citing an article (第四条规定…) runs on without it.
_ARTICLE = lazy_compile(r"^[ \t\u3000]*第[ \u3000]?([一二三四五六七八九十百零〇两]+|\d{1,3})[ \u3000]?条(?=[ \t\u3000]+\S)")
_FEW = 3  # article numbers a report may carry by pasting, at most


@dataclass(frozen=True)
class ArticleNumber:
    """A regulation's article number (第四条) opening a report's paragraph."""

    text: SourceText
    end: int  # the marker is text.value[:end]
    ordinal: int


def stray_article_numbers(part: Part) -> list[ArticleNumber]:
    """The article numbers opening paragraphs or headings of a report part that quotes no
    regulation from its first article: each pasted with the text it heads."""
    if not REPORT_TITLE.search(compact(part.title)):
        return []
    found = []
    for block in part.blocks:
        if not isinstance(block, (Paragraph, Heading)) or "条" not in block.text.value[:12]:
            continue
        m = _ARTICLE.match(block.text.value)
        ordinal = chinese_to_int(m.group(1)) if m else None
        if ordinal is not None:
            found.append(ArticleNumber(block.text, m.end(), ordinal))
    if not found or len(found) > _FEW or any(a.ordinal == 1 for a in found):
        return []
    return found
