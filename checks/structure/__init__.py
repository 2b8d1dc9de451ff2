"""The ``structure`` family: heading and list numbering (a contents line worded otherwise than its
heading is the consistency family's C724, formerly S604)."""

from __future__ import annotations

from perflint.check import Family

from .article_number_left import ArticleNumberLeft
from .contents_page_order import ContentsPageOrder
from .marker_missing import MarkerMissing
from .numbering_gap import NumberingGap
from .numbering_repeat import NumberingRepeat
from .numbering_restart import NumberingRestart
from .numbering_style_mixed import NumberingStyleMixed
from .subheading_before_parent import SubheadingBeforeParent
from .table_number_order import TableNumberOrder

FAMILY = Family(name="structure", prefix="S", title={"zh": "结构与编号", "en": "Structure and numbering"})

CHECKS: list = [NumberingGap, NumberingRepeat, NumberingRestart, NumberingStyleMixed, MarkerMissing, ArticleNumberLeft,
          TableNumberOrder, SubheadingBeforeParent, ContentsPageOrder]
