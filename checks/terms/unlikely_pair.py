"""T814: two characters the genre never writes together, one confusable character from a word it
writes all the time (汇同 for 会同)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._facts import grouped, joined, texts


class UnlikelyPair(Check):
    """## What it does
    Finds two Chinese characters side by side that the genre's reports never write together and
    no general word holds, where putting for one of them a character of the same syllable or of
    like shape gives a word the reports write all the time (`汇同目标绩效中心` for 会同, `急时提供`
    for 及时). The pairs the genre writes, and those it does not but that lie one such character from
    a frequent word, were counted over several hundred published 决算说明 and 绩效自评报告 pages
    (`perflint/data/char_pairs.bin`, built by `scripts/build_char_pairs.py`; a pair is kept only
    when seen on two pages or more). A pair is read as a slip only when neither of its characters
    makes a word with its neighbour outside it (`为助推` is 为 + 助推, two words meeting) and when it
    holds no character that names a place or a level (县, 区, 村…); a pair holding a character that joins
    any two words (的, 等, 于, 向, 本…), as the wrong one or the one kept, is read only where the
    genre writes the correction beside one of the pair's neighbours (`应及处突` for 应急,
    `拨款击本支出` for 基本, while `心向党` is 向 + 党; a numeral kept needs no such neighbour:
    `19.1亿员`). Characters of like shape include those one dot apart (`专项资全` for 资金). It
    stands in no name: a
    person's (a surname after a separator or a title), a body's short name (running into 办, 站,
    台… with no break between), a document number's issuer (`民发〔2016〕`), or a word cut by a reading in letters in
    brackets; a pair whose correction opens three characters the genre writes is no name
    (`财征局` for 财政局, `、项白基本` for 项目基). Nor is a pair in items written in one frame
    (`以周保旬、以旬保月、以月保季`: an item beside it across a 、, of its length, keeps the pair's
    other character and one more at their places and writes another character, not the
    correction's, at the one read as slipped). A character right after a figure is the figure's
    unit (`15台安可电脑`), and the one after that unit, before a count, opens the counted phrase
    (`6月分三批` is 6月 + 分三批). A pair the draft writes three times or more is its own
    word and is left alone. A slip one of the terms rules reports (T801, T802) is told there once.

    ## Why is this bad?
    A wrong character of the same sound (an input method's) or of like shape (a scan's) makes a
    non-word that every reader stumbles on, and no list of known typos foresees it.

    ## Example
    ```text
    针对问题制定整改措施，汇同目标绩效中心定期督查，急时提供整改情况。
    ```

    ## Use instead
    ```text
    针对问题制定整改措施，会同目标绩效中心定期督查，及时提供整改情况。
    ```
    """

    doc_zh = """## 它检查什么
    查找本类报告从不连写、一般词语中也没有的两个相邻汉字，其中一个字换成同音字或形近字后，成为本类报告常用的词语（“汇同目标绩效中心”应为“会同”，“急时提供”应为“及时”）。本类报告写过的字对、以及没写过但与常用词只差一个这类字的字对，统计自数百篇公开的决算说明和绩效自评报告（`perflint/data/char_pairs.bin`，由 `scripts/build_char_pairs.py` 生成；只保留在两篇以上页面出现的字对）。只有两个字都不与外侧相邻字成词时才算错字（“为助推”是“为”加“助推”，两个词相接）；含有地名、级别用字（县、区、村……）的字对不读；含有可连接任意词语的字（的、等、于、向、本……）的字对，不论该字是错字还是未写错的字，只有在本类报告常在字对的某一相邻字旁写改正后的词时才读（“应及处突”应为“应急”，“拨款击本支出”应为“基本”，而“心向党”是“向”加“党”；未写错的字是数字时无此要求，如“19.1亿员”）。形近字包括相差一点的字（“专项资全”应为“资金”）。位于名称中的不报告：人名（分隔符或职务之后的姓氏）、机构简称（中间不断开地后接“办”“站”“台”等）、文号的发文机关代字（“民发〔2016〕”），以及被括号内字母注音隔开的词；改正后与下一字组成本类报告常写的三字组合的，不视为名称（“财征局”应为“财政局”，“、项白基本”应为“项目基”）。按同一格式并列的各项中的字对也不报告（“以周保旬、以旬保月、以月保季”：以“、”相隔的相邻一项与之等长，在相同位置保留字对的另一字及至少一个其他字，而在被读作错字的位置写的是另一个字、不是改正后的字）。数字后紧跟的字是计量单位（“15台安可电脑”），不读；该单位后接的字如后面是数目，是计数短语的开头（“6月分三批”是“6月”加“分三批”），也不读。同一字对在文中出现三次以上的，是本文自己的用词，不报告。术语类其他规则（T801、T802）已报告的错字只报告一次。

    ## 为什么要改
    输入法选错的同音字、扫描认错的形近字会造成读者读不通的非词，已知错别字表无法事先列全。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T814"
    name = "unlikely-character-pair"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "罕见字对疑有错字", "en": "Unlikely character pair"}
    messages = {
        "pair": {"zh": "“{wrong}”疑为“{right}”之误", "en": "\"{wrong}\" looks like a slip for \"{right}\""},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.char_pairs import pair_slips

        whole = joined(doc, ctx)
        slips = pair_slips(whole.joined)
        if not slips:
            return
        items = texts(doc)
        # a slip the near-miss reader or the list of typos reports already: one finding, not two
        told = [(loc.line, loc.column, loc.end_column or loc.column)
                for kind in ("misspellings", "typos")
                for _m, where, copies in grouped(doc, ctx, kind) for loc in (where, *copies)]
        for slip in slips:
            index, offset = whole.place(slip.start)
            where = items[index].text.locate(offset, offset + slip.end - slip.start)
            end = where.end_column or where.column
            if any(line == where.line and start <= end and where.column <= stop for line, start, stop in told):
                continue
            yield self.diagnostic("pair", where, wrong=slip.written, right=slip.right)
