"""T812: a place name one character off a real one (湾址区财政局 for 湾沚区)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document, Location

from ._facts import joined, texts


class PlaceNameSlip(Check):
    """## What it does
    Finds the name of a province, prefecture or county (…省, …市, …州, …县, …区, …旗, …自治县)
    written one character off a real one: a character of the same sound or a look-alike typed for
    the right one (`湾址区财政局` for 湾沚区). The names come from the national list of divisions,
    current and former (`perflint/data/places.txt`): a county renamed or merged (繁昌县, now 繁昌区)
    and the usual short forms of autonomous divisions (长阳县) are real. A name is read only where
    the draft names a place — right before one of its bodies (人民政府, 财政局, 教育局, 人民医院…),
    directly after a real province or prefecture, or as a phrase of its own (a title's
    `某某县2023年度…`, a list item, a bracket) — never from ordinary words ending in 区/市/县
    (园区, 辖区, 城市, 开发区…), and only where exactly one real name is that close. The draft must
    also name that place, its province or prefecture, or another real place of them (a draft whose
    names are all made up for an example stays quiet), unless a province or prefecture is written
    with a character of the same sound (跪林市) or the name has five characters or more
    (白沙励族自治县).
    It also finds a unit's full name that lost its place's level where the draft's own short name
    for it keeps the level (`江西残疾人联合会（以下简称“省残联”）` for 江西省残疾人联合会); not where the
    name writes a real place with that level, nor where the short name opens with a word
    (`市场中心`) or names another body.
    So is an autonomous division's name with its level typed after its stem as well
    (`寻甸县回族彝族自治县` for 寻甸回族彝族自治县: the short form 寻甸县 run into the full name),
    where the name less that character is real and none as written is.

    ## Why is this bad?
    A misspelt place name in a published report names a place that does not exist, often the
    reporting unit's own county; readers and the systems that file the report by unit see a
    careless or wrong document.

    ## Example
    ```text
    芜湖市湾址区财政局2023年度部门整体支出绩效自评报告
    ```

    ## Use instead
    ```text
    芜湖市湾沚区财政局2023年度部门整体支出绩效自评报告
    ```
    """

    doc_zh = """## 它检查什么
    查找与真实地名只差一个字的省、地、县级地名（……省、……市、……州、……县、……区、……旗、……自治县）：把同音字或形近字打成了正确的字（“湾址区财政局”应为“湾沚区”）。地名取自全国行政区划名单，包括现行和历史名称（`perflint/data/places.txt`）：已更名或撤并的县（繁昌县，今繁昌区）和自治地方的常用简称（长阳县）都算真实地名。只在草稿确实写地名的位置读取——紧接其机关名称之前（人民政府、财政局、教育局、人民医院……）、紧接真实的省、地级名称之后，或自成一个短语（标题中的“某某县2023年度……”、列举项、括号内）——不读以区、市、县结尾的普通词语（园区、辖区、城市、开发区……），且只在恰好有一个真实地名与之相近时报告。草稿还须在别处写出该地名、其所属省或地市，或同一省、地市的另一个真实地名（地名全为示例虚构的草稿不报告）；省、地级名称写成同音字的（跪林市）和五个字以上的地名（白沙励族自治县）除外。单位全称漏写了地名的行政级别字、而草稿给它的简称保留了该字的（“江西残疾人联合会（以下简称“省残联”）”应为“江西省残疾人联合会”），也报告；全称中已写出带该级别的真实地名、简称以普通词语开头（“市场中心”）或简称指的是另一机构的，不报告。自治地方名称在地名词干后又多写了一个行政级别字的（“寻甸县回族彝族自治县”应为“寻甸回族彝族自治县”：简称“寻甸县”与全称连写），去掉该字后是真实地名、照写的名称不是真实地名时，也报告。

    ## 为什么要改
    公开报告中写错的地名指向一个不存在的地方，往往还是报告单位自己所在的县；读者和按单位归档的系统都会看到一份粗心或有误的文件。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "T812"
    name = "place-name-slip"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "地名错字", "en": "Place name misspelt"}
    messages = {
        "slip": {"zh": "地名“{wrong}”疑为“{right}”之误", "en": "place name \"{wrong}\" looks like a slip for \"{right}\""},
        "elsewhere": {"zh": "地名“{wrong}”疑为“{right}”之误（本文他处作“{right}”）",
                      "en": "place name \"{wrong}\" looks like a slip for \"{right}\" (the draft writes \"{right}\" elsewhere)"},
        "also": {"zh": "同样的错字", "en": "the same slip"},
        "level": {"zh": "“{written}”的简称为“{short}”，全称疑漏写“{level}”字，应为“{right}”",
                  "en": "\"{written}\" is called \"{short}\" for short: the full name seems to have lost its "
                        "\"{level}\" and should read \"{right}\""},
        "level_twice": {"zh": "“{written}”多写了一个“{level}”字，应为“{right}”",
                        "en": "\"{written}\" has its \"{level}\" typed twice: it should read \"{right}\""},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.place_slips import dropped_levels, levels_typed_twice, place_slips

        items = texts(doc)
        joined_texts = joined(doc, ctx)
        seen: dict[tuple[str, str], tuple[Location, list[Location]]] = {}
        for slip in place_slips(joined_texts.joined):
            index, offset = joined_texts.place(slip.start)
            where = items[index].text.locate(offset, offset + slip.end - slip.start)
            key = (slip.written, slip.right)
            if key in seen:
                seen[key][1].append(where)
            else:
                seen[key] = (where, [])
        for (wrong, right), (where, copies) in seen.items():
            kind = "elsewhere" if right in joined_texts.joined else "slip"
            yield self.diagnostic(kind, where, wrong=wrong, right=right,
                                  related=[(loc, "also") for loc in copies])
        for d in dropped_levels(joined_texts.joined):
            index, offset = joined_texts.place(d.start)
            yield self.diagnostic("level", items[index].text.locate(offset, offset + d.end - d.start),
                                  written=d.written, right=d.right, short=d.short, level=d.level)
        twice: dict[str, tuple] = {}
        for d in levels_typed_twice(joined_texts.joined):
            index, offset = joined_texts.place(d.start)
            where = items[index].text.locate(offset, offset + d.end - d.start)
            if d.written in twice:
                twice[d.written][1].append(where)
            else:
                twice[d.written] = (d, [where])
        for d, (where, *copies) in twice.values():
            yield self.diagnostic("level_twice", where, written=d.written, right=d.right, level=d.level,
                                  related=[(loc, "also") for loc in copies])
