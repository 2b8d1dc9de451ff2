"""T802: a typo from the list of common misspellings of official writing (震摄 for 震慑)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import attrgetter

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.slips import bare_own_units, context_pair_slips, joined_context_typos
from perflint.model import Document, Location

from ._facts import grouped, joined, texts, values

_ZAI = attrgetter("found.zai_for_zai")
_YEARS = attrgetter("found.years_without_nian")
_CONTEXT = attrgetter("found.context_typos")


class CommonTypo(Check):
    """## What it does
    Finds the misspellings that recur in Chinese official writing and are wrong in every
    context (震摄, 繁锁, 布署, 惯彻, 后头看, 拔款, 帐户…), from the `typos` list of
    `perflint/data/terms.yaml`. Entries that are right in some phrases carry those phrases as
    exceptions (按装 is fine in 按装修标准). A year that lost its 年 before 度 (`2022度部门决算`)
    is one too, unless 度 is a unit there (`用电 2022 度`). So is a real word typed for another
    where its neighbours leave one reading (`截至2023年未` and `年未结转结余` for 年末, `发挥了及其重要的作用`
    for 极其; `本年未使用` and `资金及其重要性` are right), from the `context_typos` of the slips list;
    so is the template's 部门（单位） cut to 部单位 right after the report's year (`2022年度部单位决算`;
    全部单位 and 内部单位 are words), and a bare 我 opening what the unit did where the report
    names itself 我局 or 我单位 (`，我高度重视` for 我单位高度重视), and 按 typed as its look-alike
    接 after a clause mark (`，接规定开展`, `严格接照`; 直接规定 and 接到通知 are right), from its
    `joined_context_typos`. So is the genre's comparison 与…相比 that lost its 与 where a year
    opens the clause and the change follows (`，2023年度相比，减少…` for 与2023年度相比; with
    something compared after 相比, `2024年相比上年增加`, the year is the clause's subject), the
    genre's formula of guidance 以…为指导 written with 的 for 为 and nothing after 指导 (`坚持以…思想的
    指导，` for 思想为指导; `在…思想的指导下` and `思想的指导意义` are right), a change opened by a clause bound and a
    comparison term that the genre never writes with 比 (`，直比下降3.5%` for 同比; 可比, 相比, 占比 are
    right), and a
    duty of the unit's own with its 本 lost (`负责校的思想政治`) in a draft that names itself 本校
    (本院, 本局…) elsewhere.

    ## Why is this bad?
    A published report with a wrong character looks careless and may read as another word.

    ## Example
    ```text
    对违规行为形成震摄，并开展后头看复查。
    ```

    ## Use instead
    ```text
    对违规行为形成震慑，并开展回头看复查。
    ```
    """

    doc_zh = """## 它检查什么
    查找公文中反复出现、在任何语境下都错的错别字（震摄、繁锁、布署、惯彻、后头看、拔款、帐户……），词表见 `perflint/data/terms.yaml` 的 `typos`。在某些词组中正确的条目带有例外（“按装修标准”中的“按装”没有错）。年份后漏了“年”的“2022度部门决算”也算，“度”作单位时（“用电 2022 度”）除外。把一个真词打成另一个、而上下文只容一种读法的（“截至2023年未”“年未结转结余”应为“年末”，“发挥了及其重要的作用”应为“极其”；“本年未使用”“资金及其重要性”没有错）也报告，词表见 slips 的 `context_typos`；模板用语“部门（单位）”紧跟报告年度写成“部单位”的（“2022年度部单位决算”；“全部单位”“内部单位”是词语），以及报告自称单位（我局、我单位）时只剩“我”字开头说明单位做法的（“，我高度重视”应为“我单位高度重视”），分句开头把“按”打成形近字“接”的（“，接规定开展”“严格接照”；“直接规定”“接到通知”没有错），也报告，词表见 slips 的 `joined_context_typos`。本类报告说明增减的固定句式“与……相比”丢了“与”、年份开启分句且后接增减的（“，2023年度相比，减少……”应为“与2023年度相比”），也报告；“相比”后还有比较对象的（“2024年相比上年增加”），年份是分句主语，不报告。固定句式“以……为指导”把“为”写成“的”、“指导”后即是分句结束的（“坚持以……思想的指导，”应为“思想为指导”；“在……思想的指导下”“思想的指导意义”没有错），也报告。分句开头说明增减的比较词、本类报告从不与“比”连写的（“，直比下降3.5%”应为“同比”；“可比”“相比”“占比”没有错），也报告。本文他处自称“本校”（本院、本局……）时，单位自身职责漏了“本”字的（“负责校的思想政治”）也报告。

    ## 为什么要改
    公开的报告里有错字显得粗心，还可能被读成另一个词。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T802"
    name = "common-typo"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "常见错别字", "en": "Common typo"}
    messages = {
        "typo": {"zh": "“{wrong}”疑为“{right}”之误", "en": "\"{wrong}\" looks like a misspelling of \"{right}\""},
        "context": {"zh": "“{wrong}”疑为“{right}”之误（本文他处作“{right}”）",
                    "en": "\"{wrong}\" looks like a slip for \"{right}\" (the draft writes \"{right}\" elsewhere)"},
        "sequence": {"zh": "“{wrong}”疑为“{right}”之误（“先……，再……”）",
                     "en": "\"{wrong}\" looks like a slip for \"{right}\" (先…，再… 'first…, then…')"},
        "kana": {"zh": "“{wrong}”中的“{char}”是片假名，疑为“{right}”之误",
                 "en": "\"{char}\" in \"{wrong}\" is a katakana look-alike: \"{right}\" was meant"},
        "script": {"zh": "“{wrong}”中的“{char}”是繁体字，本文他处作“{right}”",
                   "en": "\"{char}\" in \"{wrong}\" is a Traditional form; the draft writes \"{right}\" elsewhere"},
        "lead": {"zh": "“{wrong}”疑缺“与”，应为“{right}”",
                 "en": "\"{wrong}\" lost its 与 ('with'): \"{right}\" was meant"},
        "also": {"zh": "同样的错字", "en": "the same slip"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for m, where, copies in grouped(doc, ctx, "typos"):
            yield self.diagnostic("typo", where, wrong=m.text, right=m.suggestion,
                                  related=[(loc, "also") for loc in copies])
        items = texts(doc)
        for slip in context_pair_slips(values(doc, ctx)):
            yield self.diagnostic("context", items[slip.index].text.locate(slip.start, slip.end),
                                  wrong=slip.written, right=slip.usual)
        # 先……，在计算 — one finding per wording (a template note repeated under every table)
        seen: dict[str, tuple[Location, str, list[Location]]] = {}
        for t in compress(items, map(_ZAI, items)):  # (most texts have none: skipped in C)
            source = t.text
            for slip in t.found.zai_for_zai:
                where = source.locate(slip.start, slip.end)
                if slip.written in seen:
                    seen[slip.written][2].append(where)
                else:
                    seen[slip.written] = (where, slip.usual, [])
        for wrong, (where, right, copies) in seen.items():
            yield self.diagnostic("sequence", where, wrong=wrong, right=right,
                                  related=[(loc, "also") for loc in copies])
        for t in compress(items, map(_YEARS, items)):  # 2022度 for 2022年度
            for slip in t.found.years_without_nian:
                yield self.diagnostic("typo", t.text.locate(slip.start, slip.end), wrong=slip.written, right=slip.usual)
        for t in compress(items, map(_CONTEXT, items)):  # 截至年未 for 年末, 了及其重要 for 极其
            for slip in t.found.context_typos:
                yield self.diagnostic("typo", t.text.locate(slip.start, slip.end), wrong=slip.written, right=slip.usual)
        for slip in joined_context_typos(values(doc, ctx)):  # 2022年度部单位 for 部门（单位）
            yield self.diagnostic("typo", items[slip.index].text.locate(slip.start, slip.end),
                                  wrong=slip.written, right=slip.usual)
        for slip in bare_own_units(values(doc, ctx)):  # 负责校的 for 负责本校的
            yield self.diagnostic("typo", items[slip.index].text.locate(slip.start, slip.end),
                                  wrong=slip.written, right=slip.usual)
        yield from self._glyphs(doc, ctx, items)

    def _glyphs(self, doc: Document, ctx: Context, items) -> Iterator[Diagnostic]:
        """人ロ (a katakana look-alike), 決算 alone in a Simplified draft (a Traditional form); and,
        read in the same joined texts, ，2023年度相比，减少 for 与2023年度相比 (most drafts hold no
        相比: one search in C)."""
        from perflint.extract.glyph_slips import kana_lookalikes, lone_traditional

        whole = joined(doc, ctx)
        for slip in kana_lookalikes(whole.joined) + lone_traditional(whole.joined):
            index, offset = whole.place(slip.start)
            where = items[index].text.locate(offset, offset + slip.end - slip.start)
            yield self.diagnostic("kana" if slip.kind == "kana" else "script", where,
                                  wrong=slip.written, right=slip.usual, char=slip.char)
        if "的指导" in whole.joined:  # 坚持以…思想的指导， for 思想为指导 (most drafts: no 的指导)
            from perflint.extract.dropped_lead import guidance_frames

            for slip in guidance_frames(whole.joined):
                index, offset = whole.place(slip.start)
                where = items[index].text.locate(offset, offset + slip.end - slip.start)
                yield self.diagnostic("typo", where, wrong=slip.written, right=slip.usual)
        if "比" in whole.joined:  # ，直比下降 for 同比 (a clause's comparison term the genre never writes)
            from perflint.extract.dropped_lead import odd_comparisons

            for slip in odd_comparisons(whole.joined):
                index, offset = whole.place(slip.start)
                where = items[index].text.locate(offset, offset + slip.end - slip.start)
                yield self.diagnostic("typo", where, wrong=slip.written, right=slip.usual)
        if "相比" not in whole.joined:
            return
        from perflint.extract.dropped_lead import bare_comparisons

        for slip in bare_comparisons(whole.joined):
            index, offset = whole.place(slip.start)
            where = items[index].text.locate(offset, offset + slip.end - slip.start)
            yield self.diagnostic("lead", where, wrong=slip.written, right=slip.usual)
