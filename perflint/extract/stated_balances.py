"""What a project report says was left of its money at the year's end (``年末结余资金 41.02万元``).

A 项目支出绩效自评报告 states the year's budget and spending in its 自评表 (预算数, 执行数) and
often the money left unspent in its narrative: ``项目结余资金 2.00 万元``, ``年末结转结余 2 万元``.
The form's own note defines 结余 as 预算数 − 执行数, so the narrative's figure is fixed by the
form's row. Only a figure that is the one money figure of its sentence is read (a sentence that
states the budget and spending beside it is read as a whole, :func:`perflint.extract.prose_rates.balances`),
and only one named as the whole project's balance: not last year's, a cumulative one, nor one
source's or a part's (``县级配套资金结余``, ``培训子项目结余资金``). The words live in ``consistency.yaml`` (``stated_balance``).

Imported by the rule that needs it when it runs.
"""

from __future__ import annotations

import re
from functools import cache

from perflint import data
from perflint.extract.prose import figure_mentions
from perflint.text.numbers import Quantity
from perflint.text.patterns import compile_pattern


@cache
def _conf() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    own = data.load("consistency")["stated_balance"]
    return compile_pattern(own["label"]), compile_pattern(own["other_period"]), compile_pattern(own["lead"])


def stated_balances(text: str) -> list[Quantity]:
    """Each figure of ``text`` stated as the project's money left at the year's end, alone of its
    sentence's money figures."""
    # no balance named (most texts): substring tests, a few times faster than a pattern of the
    # words, whose scan tests a class at each character
    if not ("结余" in text or "结转" in text or "剩余" in text or "未支出" in text or "未使用" in text):
        return []
    label_re, other_re, lead_re = _conf()
    ms = [m for m in figure_mentions(text) if m.quantity.kind == "money" and m.role != "approx"]
    out: list[Quantity] = []
    for m in ms:
        if m.bracketed or m.role != "level" or any(o is not m and o.sentence == m.sentence for o in ms):
            continue
        found = label_re.search(m.label)
        if found is None or other_re.search(m.label):
            continue
        if not lead_re.match(m.label[:found.start()]):
            continue  # a part's or one source's balance (中央资金结余), not the project's
        out.append(m.quantity)
    return out
