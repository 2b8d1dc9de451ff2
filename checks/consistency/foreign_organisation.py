"""C704: another government's name or terms inside a unit's report: a county's definitions by a
superior government's, another town's government in a town's report, or the report's own kind of
unit at another place (another county's archive in a county archive's report)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import former_towns, own_towns, own_units_listed, place_units, same_town
from perflint.extract.claims import phrases as consistency_phrases
from perflint.extract.edges import titled_by_a_sentence
from perflint.extract.organisations import admin_level, central_for_local
from perflint.extract.quantities import part_prose, vocab
from perflint.extract.wording import text_facts
from perflint.model import Document, Paragraph
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

from ._texts import text_index

_DEFINITION = lazy_compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]?)?\s*[^：:。]{2,30}[：:]")


class ForeignOrganisation(Check):
    """## What it does
    In the 名词解释 of a county-, district- or city-level unit's report, finds definitions that
    speak of a superior government's budget: `指省级财政…拨付的资金`, `省直部门用财政拨款安排的…`.
    Other mentions of superior bodies (省级财政补助资金, 省医疗保障局) are legitimate and stay quiet.
    In a town's report (`某某镇2023年度…`), also finds another town's government named in full
    (`推广某某镇人民政府…制度`), or alone in a cell of its form (`实施单位 | 某某镇人民政府`);
    the town itself named at another level (`某某街道办事处`
    for `某某镇`, a town made a sub-district) is no other town, nor is a town the report tells was
    merged into it or abolished (`原某某乡`, `某某镇人民政府撤销后…划入本镇`), wherever it is named.
    In the report of a county's or a city's unit (`松岭县档案馆`), also finds the same unit of
    another place of its level (`栖霞县档案馆` as the 实施单位, `由临江市图书馆实施` in 云台市图书馆's
    report): the report it was copied from. A report whose title names no unit (a 自评表 titled by its
    project) is the unit's that its cells and signature name in full (主管部门, 实施单位, 填报单位)
    at least twice and more than any other. A peer named on purpose (`与栖霞县档案馆联合举办…`,
    `赴…学习`, `对口帮扶…`), units named in a statement of the unit's history
    (`撤销甲县法院和乙区法院，设立乙区法院`, `并入`, `更名`), the unit's own place at another level (县/区: C711's business) and
    words that only end in 区/市 (`社区卫生服务中心`) are left alone, and so is the report's own
    level's unit after a verb that takes it as its object (`配合县财政局`, `为规范县林业局管理`: 配合 and
    规范 name no place). A one-character county (`南县`) is a place; the placeholder `某县` is none. Likewise a unit the report
    lists as its own (`本部门决算由局机关本级和所属2个事业单位决算组成，即…`, `下设…单位：…`) whose name
    opens with another place of the report's level (`临江市公路事业发展中心` in 澄江市交通运输局's
    决算; not the own place followed by a word ending in 市, `澄江花市服务中心`): the list was copied
    from another place's report. And a unit of the report's own kind and
    place standing as the subject of what only the reporting unit says of itself
    (`云岗县实验小学高度重视…` in 云岗县第二小学's report, `市体育局党组高度重视…` in 江州市文化和旅游局's):
    the sentence was copied from that unit's report. A short form of the own name (`市文旅局`, `二小`)
    and a unit of another kind (`县教育局高度重视…` in a school's report) stay quiet.
    In the report of a unit below a county's departments (a school, a township health centre, a
    township government: `某某镇中学`, `某某乡卫生院`), also finds among its duties (under a heading of
    its duties, or after `主要职责`) one that draws up the whole county's (city's, district's) plans,
    policies or standards (`拟订全县卫生健康事业发展规划`, `负责全县教育的统筹规划`): the list was copied
    from the county department's. Helping the department (`配合县教育局拟订…`) and carrying out the
    county's plan (`落实全县…规划`) are left alone.

    In any report, also finds a local Party committee written as the Central Committee's
    (`主管部门：中共中央某县委` for `中共某县委`, `中共中央某市纪委`); the central organs' own names
    (`中共中央纪律检查委员会`, `中共中央办公厅`), two bodies joined (`中共中央、省委`) and 中共中央 as a
    sentence's subject or a title's opening (`中共中央批准…`, `《中共中央关于…》`) are left alone.

    ## Why is this bad?
    The definitions were copied from the province's template and not adapted: a district
    department's 财政拨款收入 comes from the district's finance, not the province's. The report
    then defines its own figures as another government's.

    ## Example
    ```text
    某县民政局2023年度部门决算说明
    第三部分 名词解释
    一般公共预算财政拨款收入：指省级财政一般公共预算当年拨付的资金。
    ```
    A county department's appropriations come from the county's finance.

    ## Use instead
    ```text
    某县民政局2023年度部门决算说明
    第三部分 名词解释
    一般公共预算财政拨款收入：指县级财政一般公共预算当年拨付的资金。
    ```
    """

    doc_zh = """## 它检查什么
    在县、区、市级单位报告的“名词解释”中，查找以上级政府预算口径下的定义：“指省级财政……拨付的资金”“省直部门用财政拨款安排的……”。其他提到上级机关的地方（省级财政补助资金、省医疗保障局）是正当的，不报告。在乡镇报告（“某某镇2023年度……”）中，还查找写全称的另一个乡镇政府（“推广某某镇人民政府……制度”，或自评表中单独成格的“实施单位 | 某某镇人民政府”）；已并入本镇的原乡镇以及报告说明已撤销、合并的乡镇（“原某某乡”“某某镇人民政府撤销后……划入本镇”），无论在何处提到都不报告，同名而级别不同的（“某某镇”改设为“某某街道办事处”）是同一地方，也不报告。在县、市级单位的报告中（“松岭县档案馆”），还查找同级另一地方的同类单位（作为实施单位的“栖霞县档案馆”，云台市图书馆报告中的“由临江市图书馆实施”）：报告是从那里抄来的。标题没有写单位的（如只写项目名称的自评表），以表中“主管部门”“实施单位”格、落款等处单独写出全称、至少两次且多于其他单位的那个单位为本单位。有意提到的同行单位（“与栖霞县档案馆联合举办……”“赴……学习”“对口帮扶……”）、讲本单位撤并沿革的句子中的单位（“撤销甲县人民法院和乙区人民法院，设立乙区人民法院”“并入”“更名”）、以另一建制写出的本地（县/区，属 C711）以及只是以“区”“市”结尾的词（“社区卫生服务中心”）不报告；动词后以本级简称写出的单位（“配合县财政局”“为规范县林业局管理”：“配合”“规范”不是地名）也不报告。单字县名（“南县”）是地名，占位的“某县”不是。同样，报告列为本单位所属的单位（“本部门决算由局机关本级和所属2个事业单位决算组成，即……”“下设……单位：……”），名称却以同级另一地方开头的（澄江市交通运输局决算中的“临江市公路事业发展中心”），也报告：这份名单是从别处的报告抄来的（以本地地名开头、后接以“市”结尾的词的，如“澄江花市服务中心”，不算）。本地同类的另一单位作为只有报告单位才会自述的句子的主语（云岗县第二小学报告中的“云岗县实验小学高度重视……”，江州市文化和旅游局报告中的“市体育局党组高度重视……”），也报告：这句话是从那个单位的报告抄来的；本单位名称的简称（“市文旅局”“二小”）和不同类的单位（学校报告中的“县教育局高度重视……”）不报告。在县级部门以下单位（学校、乡镇卫生院、乡镇人民政府：“某某镇中学”“某某乡卫生院”）的报告中，还查找职责（职责标题下，或“主要职责”之后）中拟订全县（市、区）规划、政策或标准的一项（“拟订全县卫生健康事业发展规划”“负责全县教育的统筹规划”）：职责是从县级主管部门的职能照抄的。配合主管部门的（“配合县教育局拟订……”）和落实全县规划的（“落实全县……规划”）不报告。

    任何报告中，还查找把地方党委写成中共中央机构的（“主管部门：中共中央某县委”，应为“中共某县委”；“中共中央某市纪委”）；中共中央自身的机构（“中共中央纪律检查委员会”“中共中央办公厅”）、并列的两个机关（“中共中央、省委”）以及以中共中央为主语或作文件标题开头的（“中共中央批准……”“《中共中央关于……》”）不报告。

    ## 为什么要改
    这些定义是从省级模板抄来、没有改过的：区级部门的财政拨款收入来自区财政，而不是省财政。报告于是把自己的数字定义成了另一级政府的数字。

    ## 示例
    {example}
    县级部门的财政拨款收入来自县级财政。

    ## 应改为
    {use_instead}
    """

    code = "C704"
    name = "foreign-organisation"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "沿用其他政府的名称或口径", "en": "Another government's name or definitions"}
    messages = {
        "foreign": {
            "zh": "{place}（{level}）单位的名词解释写作“{term}”：应为本级财政/本部门的口径",
            "en": "a {level_en} unit ({place}) defines its terms by “{term}”: copied from a superior government's template",
        },
        "central_for_local": {
            "zh": "“{name}”：地方党委不是中共中央的机构，应为“{corrected}”",
            "en": "“{name}”: a local Party committee is not the Central Committee's body; write “{corrected}”",
        },
        "other_town": {
            "zh": "本报告为{own}的报告，却写有“{name}”：是否套用了其他乡镇的材料？",
            "en": "a report of {own} names “{name}”: text copied from another town's report?",
        },
        "other_place": {
            "zh": "本报告为{own}的报告，却写有另一地方的同类单位“{name}”：是否套用了其他单位的材料？",
            "en": "a report of {own} names “{name}”, the same kind of unit at another place: text copied from its report?",
        },
        "area_duty": {
            "zh": "本报告为{own}（{kind}）的报告，职责中却写“{duty}”：这是县（市、区）主管部门的职责，是否照抄了主管部门的职能？",
            "en": "a report of {own} (a {kind}) lists among its duties “{duty}”, the county (city, district) "
                  "department's duty: copied from the department's list of duties?",
        },
        "other_as_self": {
            "zh": "本报告为{own}的报告，却以“{name}”作为“高度重视”等自述的主语：是否套用了其他单位的材料？",
            "en": "a report of {own} has “{name}” say what only the reporting unit says of itself: text copied from "
                  "another unit's report?",
        },
        "other_place_own": {
            "zh": "本报告为{own}的报告，所列本单位所属单位“{name}”却冠以另一地方的名称：是否套用了其他单位的材料？",
            "en": "a report of {own} lists “{name}”, named after another place, among its own units: text copied from "
                  "another unit's report?",
        },
    }
    _LEVEL = {"county": ("县区级", "county-level"), "city": ("市级", "city-level")}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        yield from self._definitions(doc)
        yield from self._central_for_local(doc)
        yield from self._other_towns(doc)
        yield from self._other_places(doc)
        yield from self._others_as_self(doc)
        yield from self._area_duties(doc)

    def _others_as_self(self, doc: Document) -> Iterator[Diagnostic]:
        """Another unit of the report's own kind and place as the subject of what only the
        reporting unit says of itself (云岗县实验小学高度重视… in 云岗县第二小学's report, 市体育局党组
        高度重视… in 江州市文化和旅游局's): the sentence was copied from that unit's report. A short
        form of the report's own name (市文旅局, 二小) is the unit itself."""
        from perflint.extract.claims import self_kind, self_subjects, shortened

        for part in doc.parts:
            own = compact(part.organisation or "")
            level = admin_level(own)
            kind = self_kind(own)
            if level is None or not kind:
                continue
            body = own[len(level[1]):].lstrip("省市县区旗州盟")
            for _block, source in part_prose(doc, part):
                if "高度重视" not in source.value:
                    continue
                for unit in self_subjects(source.value):
                    other = _after_place(unit.name, level[1])
                    if other is None or self_kind(other) != kind or shortened(other, body) or shortened(body, other):
                        continue
                    yield self.diagnostic("other_as_self", source.locate(unit.start, unit.end),
                                          own=part.organisation, name=unit.name)

    def _area_duties(self, doc: Document) -> Iterator[Diagnostic]:
        """A school's, a township health centre's or a township government's duties that draw up
        the whole county's plans (拟订全县卫生健康事业发展规划, 负责全县教育的统筹规划): the list of
        duties was copied from the county department's."""
        from perflint.extract.claims import area_planning_duties, grassroots_kind

        for part in doc.parts:
            kind = grassroots_kind(compact(part.organisation or ""))
            if not kind:
                continue
            for block, source in part_prose(doc, part):
                if "全" not in source.value:
                    continue
                for duty in area_planning_duties(source.value):
                    if _among_duties(getattr(block, "section", ()), source.value[:duty.start]):
                        yield self.diagnostic("area_duty", source.locate(duty.start, duty.end),
                                              own=part.organisation, kind=kind, duty=duty.name)

    def _central_for_local(self, doc: Document) -> Iterator[Diagnostic]:
        """A local Party committee named as the Central Committee's (中共中央某县委)."""
        index = text_index(doc)
        for i in index.holding("中共中央"):
            t = index.texts[i]
            if t.where not in _WRITTEN:
                continue
            for c in central_for_local(t.text.value):
                yield self.diagnostic("central_for_local", t.text.locate(c.start, c.end),
                                      name=t.text.value[c.start:c.end], corrected=c.corrected)

    def _other_places(self, doc: Document) -> Iterator[Diagnostic]:
        """The report's own kind of unit at another place of its level (a report of 松岭县档案馆
        naming 栖霞县档案馆 as the 实施单位): the other report the text was copied from."""
        for part in doc.parts:
            name = part.organisation or ""
            own = _own_unit(name)
            if own is None:
                name = _prevailing_unit(doc, part)
                own = _own_unit(name)
            if own is None:
                continue
            place, body, levels = own
            index = text_index(doc)
            for i in index.holding(body):  # the texts that name the unit's body, in order
                t = index.texts[i]
                if t.part is not part or t.where not in _WRITTEN:
                    continue
                for unit in place_units(t.text.value, body, levels):
                    stem = unit.name[:-len(body) - 1]
                    if place[:-1].endswith(stem) or stem.endswith(place[:-1]):
                        continue  # the report's own place (at another level: C711's business)
                    yield self.diagnostic("other_place", t.text.locate(unit.start, unit.end),
                                          own=name, name=unit.name)
        yield from self._own_units_elsewhere(doc)

    def _own_units_elsewhere(self, doc: Document) -> Iterator[Diagnostic]:
        """A unit the report lists as its own (所属…单位，即 A、B) named with another place of the
        report's level (临江市公路事业发展中心 in 澄江市交通运输局's report): the list was copied."""
        for part in doc.parts:
            level = admin_level(part.organisation or "")
            if level is None or level[0] not in _LEVELS:
                continue
            last = _last_place(level[1])
            if last is None:
                continue
            own = last[:-1]
            for _block, source in part_prose(doc, part):
                if "属" not in source.value and "下设" not in source.value:
                    continue
                for unit, place in own_units_listed(source.value, _LEVELS[level[0]]):
                    stem = place[:-1]
                    # 澄江花市服务中心 in 澄江市's report: the own place first, then a word that ends
                    # in 市 (a market) — 澄江 + 花市, no other city
                    if own.endswith(stem) or stem.endswith(own) or stem.startswith(own):
                        continue
                    yield self.diagnostic("other_place_own", source.locate(unit.start, unit.end),
                                          own=part.organisation, name=unit.name)

    def _other_towns(self, doc: Document) -> Iterator[Diagnostic]:
        for part in doc.parts:
            # an excerpt titled by its first line, a sentence (``…环境。抓好镇域经济…``): no town's name
            title = "" if titled_by_a_sentence(part) else part.title
            own = own_towns(title) | own_towns(part.organisation or "")
            if not own:
                continue
            prose = [(source, False) for _block, source in part_prose(doc, part)]
            # a cell of a form or table holding a town's government and nothing else (实施单位 |
            # 河口镇人民政府): the unit the form was filled in for
            cells = [(cell.text, True) for table in part.tables() for row in table.rows for cell in row.cells
                     if cell.value.rstrip().endswith(_GOVERNMENT_ENDS)]
            former: set[str] | None = None  # towns the part tells were merged or abolished
            for source, whole_cell in prose + cells:
                for gov in text_facts(source.value).town_governments:
                    if any(same_town(gov.name, o) for o in own):
                        continue
                    if former is None:  # asked only once another town is named: most parts never
                        former = set().union(*(former_towns(s.value) for s, _cell in prose))
                    if any(same_town(gov.name, f) for f in former):
                        continue  # the unit's history: a town merged into it or abolished
                    if whole_cell and (source.value[:gov.start].strip() or source.value[gov.end:].strip()):
                        continue  # a cell that names the town among other words
                    text = source.value[gov.start:gov.end]
                    yield self.diagnostic("other_town", source.locate(gov.start, gov.end),
                                          own="、".join(sorted(own)), name=text)

    def _definitions(self, doc: Document) -> Iterator[Diagnostic]:
        fallback = _level_of_document(doc)
        v = vocab()
        sections = tuple(v["definition_sections"])
        for part in doc.parts:
            level = admin_level(part.organisation or "") or admin_level(part.title) or fallback
            if level is None or level[0] not in v["foreign_terms"]:
                continue
            terms = sorted(v["foreign_terms"][level[0]], key=len, reverse=True)
            for block in part.paragraphs():
                if not _is_definition(block, sections):
                    continue
                text = block.text.value
                hits = [(text.find(t), t) for t in terms if t in text]
                if not hits:
                    continue
                start, term = min(hits)
                zh, en = self._LEVEL[level[0]]
                yield self.diagnostic("foreign", block.text.locate(start, start + len(term)),
                                      place=level[1], level=zh, level_en=en, term=term)


_WRITTEN = frozenset(("paragraph", "heading", "cell"))
_GOVERNMENT_ENDS = ("人民政府", "政府")
_LEVELS = {"county": "县区旗", "city": "市州盟"}


def _among_duties(section: tuple[str, ...], before: str) -> bool:
    """The text is the unit's list of duties: under a heading of its duties (主要职责, 部门职能) or
    led in by the word in its own text (主要职责是：…)."""
    return any(w in title for title in section for w in _DUTY_WORDS) or any(w in before for w in _DUTY_WORDS)


_DUTY_WORDS = ("职责", "职能")


def _after_place(name: str, place: str) -> str | None:
    """The unit's own words after the report's place (云岗县实验小学 -> 实验小学 for 云岗县; 市体育局 ->
    体育局 for 江州, the level alone standing for the place); None when another place is named."""
    for lead in (place, place.rstrip("省市县区旗州盟")):
        if lead and name.startswith(lead):
            return name[len(lead):].lstrip("省市县区旗州盟")
    if name[:1] in "市县区旗州盟":
        return name[1:]
    return None


def _own_unit(organisation: str) -> tuple[str, str, str] | None:
    """(place, body, levels) of a report's unit: 松岭县档案馆 -> (松岭县, 档案馆, 县区旗); the place
    is the last one named (云台市松岭县 -> 松岭县), the body at least three characters (a bare
    局 or 馆 is no one unit)."""
    level = admin_level(organisation)
    if level is None or level[0] not in _LEVELS or level[1].endswith(tuple(consistency_phrases()["not_place_endings"])):
        return None  # no place named (觅子店社区卫生服务中心: a 社区 is no district)
    body = compact(organisation)[len(level[1]):]
    last = _last_place(level[1])
    if len(body) < 3 or last is None:
        return None
    return last, body, _LEVELS[level[0]]


def _last_place(name: str) -> str | None:
    """The last place a name ends with (云台市松岭县 -> 松岭县); a one-character one only when the
    character names a place (南县, not the placeholder 某县 or 本县)."""
    last = _LAST_PLACE.search(name)
    if last is None:
        return None
    place = last.group(0)
    if "某" in place or (len(place) == 2 and place[0] in consistency_phrases()["not_one_character_place"]):
        return None  # 某县, 对某县: a placeholder, no county
    return place


# (one character before the level is a place too: 南县, 沛县, 礼县, 单县 … name their counties so)
_LAST_PLACE = lazy_compile(r"[^\W\d_省市县区旗州盟]{1,4}(?:县|区|旗|市|州|盟)$")


# A unit's full name where a name opens (a text, a cell, a clause): a place, then its body.
_UNIT_NAME = lazy_compile(
    r"(?:^|(?<=[\s|｜，,。；;：:、（(“《】]))([^\W\d_省市县区旗州盟]{2,4}(?:县|区|旗|市|州|盟)"
    r"[\u4e00-\u9fff]{2,10}?(?:局|委员会|中心|站|所|馆|院|办公室))(?![\u4e00-\u9fff])")


def _prevailing_unit(doc: Document, part) -> str:
    """The unit a part without one in its title names most, in full, where a name stands alone (its
    自评表's 主管部门 and 实施单位 cells, its signature): at least twice and more than any other; the
    report is that unit's. "" when none prevails."""
    from collections import Counter

    index = text_index(doc)
    counts = Counter(m.group(1) for t in index.texts if t.part is part and t.where in _WRITTEN
                     for m in _UNIT_NAME.finditer(t.text.value))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _is_definition(block: Paragraph, sections: tuple[str, ...]) -> bool:
    # the anchored pattern first: it rules out most paragraphs in one step
    if _DEFINITION.match(block.text.value) is None:
        return False
    return any(any(s in title for s in sections) for title in block.section)


def _level_of_document(doc: Document) -> tuple[str, str] | None:
    for part in doc.parts:
        level = admin_level(part.organisation or "") or admin_level(part.title)
        if level is not None:
            return level
    return None


