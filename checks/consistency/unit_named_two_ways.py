"""C711: one of the report's units named two ways (…服务中心 here, …服务站 there)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.amounts import places_of
from perflint.extract.claims import own_towns, padded_names, reclassed_names, split_suffix, unit_names
from perflint.extract.organisations import admin_level
from perflint.extract.place_suffixes import place_suffix_slips, town_level_slips
from perflint.extract.quantities import part_prose
from perflint.model import Document
from perflint.text.normalise import compact

from ._texts import text_index


class UnitNamedTwoWays(Check):
    """## What it does
    Finds two full names of a unit of the report's own place (its town or county written out)
    in one paragraph that are the same up to the kind of body they end with
    (`某街道退役军人服务中心` and `某街道退役军人服务站`); and a place written once as a 县 where
    the report names it a 区 at least twice, or the other way round (`繁昌县` beside `繁昌区` ×3;
    after 原/撤, in a statement that tells how units were restructured (`撤销…繁昌县人民法院，设立…`),
    or in a report that speaks of 撤县设区, it is left alone); and, in the report of a district's
    unit (`示范市松溪区农业农村局`), the place spoken of as a county (`全县`, `本县`, `县委和县政府`: the
    text of the county it was made from; once a report, at the first; not after 原/撤, nor hedged
    for both, `全县（区）`, nor in a report that names a county anywhere, nor in one that speaks of
    撤县设区, nor for a zone's unit, `开发区`, `新区`); in a town's (镇) report, the place spoken of
    as a township (`本乡`, `全乡`: a 乡's template; a warning, once a report; not after 原/撤, nor
    `本乡镇`, nor where the report names a 乡 or speaks of 撤乡设镇), and the other way round; and the town a report's
    title names (`石桥镇人民政府2022年度…`) written at the other level in its body (`石桥乡人民政府`;
    not after 原/撤, nor in a report that speaks of 撤乡设镇); and the unit the title names
    (`安平县市场监督管理局`) written in its text with words added inside its name
    (`安平县市场和质量监督管理局`: a former name or a slip); where the title is the one place that
    writes its name and the text writes the name with one character more twice or more
    (`青峰县第三实小学` in the title, `青峰县第三实验小学` ×2), the title lost that character and the
    finding is at the title. An abbreviation (`安平县市场监管局`)
    leaves characters out and is left alone. So is the title's unit written as another kind of
    body, a 局 as a 委员会 or 委, or either as an 办公室 (`青山县卫生健康局` in the title,
    `青山县卫生健康委员会` in the text: a place has one of them for a line of work, so the text
    is a template from a place that has the other, or the unit's former name); not after 原/撤,
    nor inside a title in 《》 (a notice issued under the name the unit had then). And a unit's
    name written out (`长林县青龙湾卫生院`) and written elsewhere without the first character after its
    county (`长林县龙湾卫生院`, a warning at the first short name; not when the rest is three
    characters or fewer, nor when the character is a level's or a party committee's, 县委…, 县直…);
    and a party unit written with its place's committee (`中共青岭市委老干部局`) and elsewhere
    without that 委 (`中共青岭市老干部局`: 中共 heads a committee, never a place; a warning at the
    first short name; not for a body that is a committee of its own, `中共青岭市纪律检查委员会`);
    and a unit written with its place's level (`个旧市财政局`, `武汉市中级人民法院`) and elsewhere,
    where a name stands, without it (`个旧财政局`: a warning at the first short name; not when the
    rest is three characters or fewer, nor when it starts with a level's character).

    ## Why is this bad?
    A place has one such unit; its name is fixed by the 编制 approval. Two names in one
    paragraph make the reader wonder whether there are two units, and one of the names is wrong.

    ## Example
    ```text
    青石镇人民政府2023年度部门决算说明
    一、机构设置
    青石镇人民政府下设青石镇农业综合服务中心、青石镇退役军人服务站两个事业单位，青石镇退役军人服务中心有在编人员 2 名。
    ```

    ## Use instead
    ```text
    青石镇人民政府2023年度部门决算说明
    一、机构设置
    青石镇人民政府下设青石镇农业综合服务中心、青石镇退役军人服务站两个事业单位，青石镇退役军人服务站有在编人员 2 名。
    ```
    Use the approved name each time.
    """

    doc_zh = """## 它检查什么
    查找同一段中本地（写出本镇、本县名称）某单位的两个全称，两者只差结尾的机构类别（“某街道退役军人服务中心”与“某街道退役军人服务站”）；以及同一地名一处写作“县”、他处至少两处写作“区”（或反之）的情况（“繁昌县”与三处“繁昌区”；前有“原”“撤”、在讲机构撤并沿革的句子中（“撤销…繁昌县人民法院，设立…”）或报告提到“撤县设区”的不报告）；以及区级单位的报告（“示范市松溪区农业农村局”）把本地写成县的（“全县”“本县”“县委和县政府”：撤县设区前的县里的文本；前有“原”“撤”、兼写两级的“全县（区）”、报告中写出了某个县名、报告提到“撤县设区”，或单位属于开发区、新区等功能区的，不报告；一份报告只在第一处报告一次）；以及镇的报告把本地写成乡的（“本乡”“全乡”：套用了乡的模板；警告，一份报告只报一次；前有“原”“撤”、写作“本乡镇”、报告中写出了某个乡名或提到“撤乡设镇”的不报告），乡的报告写“本镇”“全镇”的亦同；以及报告标题中的本镇（乡）在正文中写成另一建制（标题“石桥镇人民政府2022年度…”，正文“石桥乡人民政府”；前有“原”“撤”或报告提到“撤乡设镇”的不报告）；以及报告标题所写的本单位在正文中名称里多了字（标题“安平县市场监督管理局”，正文“安平县市场和质量监督管理局”：旧名称或笔误）的情况；若本单位名称只在标题中出现一次，而正文两处以上写的名称比它多一个字（标题“青峰县第三实小学”，正文两处“青峰县第三实验小学”），则是标题漏字，在标题处报告；简称（“安平县市场监管局”）少了字，不报告。报告标题所写的本单位在正文中写成另一类机构的（局写成委员会或“委”，或写成办公室：标题“青山县卫生健康局”，正文“青山县卫生健康委员会”；一地同一职能只设其中一种，正文是从设另一种机构的地方套用的模板，或是旧名称）也报告；前有“原”“撤”或在《》标题中（按当时名称发布的文件）的不报告。以及本单位全称（“长林县青龙湾卫生院”）在他处少了县名后第一个字（“长林县龙湾卫生院”）的情况（warning，报在第一处少字的名称；余下部分不足四字的，或少的字是“委”“直”等表示层级、党委的字的，不报告）；以及党的机构一处带本地党委写出（“中共青岭市委老干部局”），他处却少了这个“委”字的情况（“中共青岭市老干部局”：“中共”之后应是党委，不是地名；warning，报在第一处少字的名称；机构本身是委员会的，如“中共青岭市纪律检查委员会”，不报告）；以及本地单位一处连同地名的建制字写出（“个旧市财政局”“武汉市中级人民法院”），他处在单位名称的位置却少了这个建制字的情况（“个旧财政局”：warning，报在第一处少字的名称；余下部分不足四字的，或以表示层级的字开头的，不报告）。

    ## 为什么要改
    一个地方只有一个这样的单位，其名称由编制批复确定。同一段出现两个名称，读者会怀疑是否有两个单位，而其中一个名称是错的。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    每处都用批复的名称。
    """

    code = "C711"
    name = "unit-named-two-ways"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "同一单位名称前后不一致", "en": "One unit named two ways"}
    messages = {
        "differs": {
            "zh": "“{name}”与同段的“{other}”只差“{suffix}/{other_suffix}”：是同一单位吗？名称应一致",
            "en": "“{name}” and “{other}” in the same paragraph differ only in {suffix}/{other_suffix}: one unit named two ways?",
        },
        "place": {
            "zh": "“{name}”在本文其他 {count} 处作“{other}”：同一地方的建制前后不一致（撤县设区后沿用了旧名？）",
            "en": "“{name}” is written “{other}” in {count} other places: one place named as a county and as a district",
        },
        "town_level": {
            "zh": "“{name}”与报告标题中的“{other}”建制不同（乡/镇）：本单位的名称应与标题一致",
            "en": "“{name}” is the title's “{other}” at another level (乡/镇): the unit's name should match its title",
        },
        "dropped": {
            "zh": "“{name}”比本文他处的“{other}”少了“{char}”字：同一单位两种写法，其中一种有误",
            "en": "“{name}” lacks the “{char}” of “{other}”, as the draft writes the unit elsewhere: one of the two is wrong",
        },
        "see_whole": {"zh": "他处的写法", "en": "the name written elsewhere"},
        "padded": {
            "zh": "“{name}”与报告标题中的本单位名称“{other}”不一致（名称中多了字）：是旧名称还是写错了？本单位的名称应前后一致",
            "en": "“{name}” is not the name the title gives the unit, “{other}” (words added inside it): a former name or a slip?",
        },
        "title_short": {
            "zh": "报告标题中的本单位名称“{other}”比本文 {count} 处写的“{name}”少了“{char}”字：标题漏字？本单位的名称应前后一致",
            "en": "the title names the unit “{other}”, which lacks the “{char}” of “{name}” as the text writes it {count} times: a character lost from the title?",
        },
        "reclassed": {
            "zh": "“{name}”与报告标题中的本单位名称“{other}”机构类别不同（{suffix}/{other_suffix}）：一地同一职能只设一个这样的机构，本单位的名称应前后一致",
            "en": "“{name}” names the title's unit, “{other}”, as another kind of body ({suffix}/{other_suffix}): a template from another place or a former name?",
        },
        "county_word": {
            "zh": "本报告为{district}的单位，此处却写“{word}”：撤县设区后沿用了县里的旧文本？",
            "en": "a report of a unit of {district} (a district) writes “{word}”: text kept from the county it was?",
        },
        "town_word": {
            "zh": "本报告为{town}的单位，此处却写“{word}”：套用了{other}的模板文字？",
            "en": "a report of {town} writes “{word}”: template text of a {other}?",
        },
        "usual": {"zh": "他处写法", "en": "written so here"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        places = set(places_of(doc))
        for part in doc.parts:
            places |= own_towns(part.title) | own_towns(part.organisation or "")
        places = {p for p in places if len(p) >= 3}
        if places:
            for part in doc.parts:
                for _block, source in part_prose(doc, part):
                    value = source.value
                    # most texts name none of the places: no names to list, no generator made
                    if any(place in value for place in places):
                        yield from self._paragraph(source, places)
        index = text_index(doc)  # doc.texts(), as the facts list them once, and their values
        texts, values = index.texts, index.values  # (a text's source is looked up only for a slip)
        towns = {t for part in doc.parts for t in own_towns(part.title)}
        for town_slip in town_level_slips(towns, values):
            yield self.diagnostic("town_level", texts[town_slip.index].text.locate(town_slip.start, town_slip.end),
                                  name=town_slip.written, other=town_slip.usual)
        yield from self._padded_own_name(doc, texts, values)
        from perflint.extract.name_heads import (
            names_missing_committee,
            names_missing_level,
            names_missing_second_part,
        )

        for name in names_missing_second_part(values) + names_missing_committee(values) + names_missing_level(values):
            whole_at = next(((k, v.find(name.whole)) for k, v in enumerate(values) if name.whole in v), None)
            related = [(texts[whole_at[0]].text.locate(whole_at[1], whole_at[1] + len(name.whole)), "see_whole")] \
                if whole_at else []
            char = _dropped_char(name.written, name.whole)
            yield self.diagnostic("dropped", texts[name.index].text.locate(name.start, name.end), related=related,
                                  severity=Severity.warning, name=name.written, other=name.whole, char=char)
        for slip in place_suffix_slips(values):
            index, start, end = slip.usual_at
            yield self.diagnostic("place", texts[slip.index].text.locate(slip.start, slip.end),
                                  related=[(texts[index].text.locate(start, end), "usual")],
                                  name=slip.written, other=slip.usual, count=slip.count)
        yield from self._county_words(doc)
        yield from self._town_words(doc)

    def _county_words(self, doc: Document) -> Iterator[Diagnostic]:
        """A district's unit (示范市松溪区…局) whose text speaks of its place as a county (全县, 县委、
        县政府): the text of the county the district was made from, kept after 撤县设区."""
        from perflint.extract.claims import phrases
        from perflint.extract.place_suffixes import county_words, own_district

        index = text_index(doc)
        candidates = index.holding_any(*phrases()["county_self_words"])  # searched in C: most drafts hold none
        if not candidates:
            return
        # the unit's names: its organisation, the title, and the opening short lines (a publication
        # whose title is lost opens with its contents: 第一部分渌口区水利局单位概况)
        names = [compact(n) for part in doc.parts for n in (part.organisation or "", part.title)]
        names += [value for value in index.values[:6] if len(value) < 40]
        district = own_district(names)
        if district is None:
            return
        for word in county_words(index.values, candidates):
            yield self.diagnostic("county_word", index.texts[word.index].text.locate(word.start, word.end),
                                  district=district, word=word.word)

    def _town_words(self, doc: Document) -> Iterator[Diagnostic]:
        """A town's report (示范县青石镇人民政府) whose text speaks of its place as a township
        (本乡, 全乡), or a township's as a town: another level's template text."""
        from perflint.extract.claims import own_towns, phrases

        index = text_index(doc)
        words = phrases()["town_self_words"]
        candidates = index.holding_any(*(w for ws in words.values() for w in ws))  # searched in C
        if not candidates:
            return
        # the unit's names: its organisation, the title, and the opening short lines (a publication
        # whose title is lost opens with its contents: 第一部分青石镇人民政府部门概况), as for a district
        names = [n for part in doc.parts for n in (part.title, part.organisation or "")]
        names += [value for value in index.values[:6] if len(value) < 40]
        towns = {t for n in names for t in own_towns(n)}
        levels = {level for level in words if any(t.endswith(level) for t in towns)}
        if len(levels) != 1:
            return  # no town named by the report, or towns of both levels
        own = levels.pop()
        from perflint.extract.place_suffixes import town_words

        for other in words:
            if other == own:
                continue
            theirs = [i for i in candidates if any(w in index.values[i] for w in words[other])]
            for word in town_words(index.values, theirs, other):
                town = next(t for t in sorted(towns) if t.endswith(own))
                yield self.diagnostic("town_word", index.texts[word.index].text.locate(word.start, word.end),
                                      severity=Severity.warning, town=town, word=word.word, other=other)

    def _padded_own_name(self, doc: Document, texts, values) -> Iterator[Diagnostic]:
        """The unit a part's title names (安平县市场监督管理局) written in its text with words
        added inside its name (安平县市场和质量监督管理局): once per name written so. Where the
        title's name is one character short of a name the text writes twice or more and the title
        is the only place that writes it (青峰县第三实小学 over 青峰县第三实验小学 ×2), the title lost
        the character: reported at the title, once."""
        for part in doc.parts:
            own = compact(part.organisation or "")
            level = admin_level(own)
            if level is None or len(own) - len(level[1]) < 3:
                continue
            place, body = level[1], own[len(level[1]):]
            seen: set[str] = set()
            for _block, source in part_prose(doc, part):
                if place not in source.value:
                    continue
                for mention in padded_names(source.value, place, body):
                    if mention.name not in seen:
                        seen.add(mention.name)
                        short = _title_short_of(own, mention.name, texts, values)
                        if short is not None:
                            at, count = short
                            yield self.diagnostic("title_short", at, name=mention.name, other=own, count=count,
                                                  char=_dropped_char(own, mention.name),
                                                  related=[(source.locate(mention.start, mention.end), "usual")])
                        else:
                            yield self.diagnostic("padded", source.locate(mention.start, mention.end),
                                                  name=mention.name, other=own)
                for mention, ending, other in reclassed_names(source.value, place, body):
                    if mention.name not in seen:
                        seen.add(mention.name)
                        yield self.diagnostic("reclassed", source.locate(mention.start, mention.end),
                                              name=mention.name, other=own, suffix=other, other_suffix=ending)

    def _paragraph(self, source, places: set[str]) -> Iterator[Diagnostic]:
        names = [n for place in places if place in source.value for n in unit_names(source.value, place)]
        first: dict[str, tuple[str, str]] = {}
        reported: set[str] = set()
        for mention in sorted(names, key=lambda n: n.start):
            stem, suffix = split_suffix(mention.name)
            if not suffix:
                continue
            if stem in first and first[stem][1] != suffix and stem not in reported:
                reported.add(stem)
                other, other_suffix = first[stem]
                yield self.diagnostic("differs", source.locate(mention.start, mention.end), name=mention.name,
                                      other=other, suffix=suffix, other_suffix=other_suffix)
            first.setdefault(stem, (mention.name, suffix))


def _title_short_of(own: str, name: str, texts, values):
    """Where the title's ``own`` name is ``name`` less one character, written once in the whole
    draft (in the title) while ``name`` is written twice or more: the title's place and the count
    of ``name``; else None (the text's name is a former or a wrong one, as the title stands)."""
    if len(name) != len(own) + 1:
        return None
    count = sum(v.count(name) for v in values)
    holding = [k for k, v in enumerate(values) if own in v]
    if count < 2 or len(holding) != 1 or values[holding[0]].count(own) != 1:
        return None
    k = holding[0]
    start = values[k].find(own)
    return texts[k].text.locate(start, start + len(own)), count


def _dropped_char(short: str, whole: str) -> str:
    """The character of ``whole`` that ``short`` (one character shorter) lacks."""
    for k, ch in enumerate(short):
        if whole[k] != ch:
            return whole[k]
    return whole[-1]
