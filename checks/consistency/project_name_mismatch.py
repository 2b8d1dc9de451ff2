"""C706: a 自评表 whose title names another project than its 项目名称 row."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.amounts import places_of
from perflint.extract.selfeval import SelfEvaluation
from perflint.model import Cell, Document, Location, Table
from perflint.text.dates import YEAR
from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

from ._forms import forms, is_unit_form, project_name

_NAME_LABEL = lazy_compile(r"^项目名称[:：]?$")
# Titles that name the form, not a project (部门预算项目支出绩效自评表).
_GENERIC_TITLE = lazy_compile(r"^(?:附(?:件|表)?\d*[:：]?)?(?:部门预算|部门|单位|本级|财政|专项资金|专项)?$")
# A project report's title: the unit, the year, the project, the report's name
# (某县水利局2024年度小型水库维修养护项目支出绩效自评报告).
_REPORT_TITLE = lazy_compile(rf"{YEAR}\s*年度?(?P<rest>.+?(?:项目|资金|经费)(?:支出)?(?:绩效)?(?:自评|评价)报告)\s*$")


class ProjectNameMismatch(Check):
    """## What it does
    Compares the project named in a 自评表's title (`2023 年度X项目绩效自评表`) with its
    `项目名称` row (or a `项目名称：X` line between the title and the table, as a page pasted as
    text or a YAML draft's `project:` writes it). A form whose title names no project (`项目支出绩效自评表`), the only form
    of a project report, is compared with the project the report's title names
    (`某县水利局2024年度X项目支出绩效自评报告`). A title's project is what follows its unit and
    year (`某县交通运输局2023年度农村公路养护项目支出绩效自评表`). Names that only add or drop a
    prefix (the unit's place name, a year, `项目`) or where one contains the other stay quiet.
    A form with no 项目名称 whose title names a project with next to nothing in common with the
    project its report's title names, the report's only form (`…农村户厕改造项目支出绩效自评报告`
    holding `2023年度高标准农田建设项目绩效自评表`), is another project's form. So is a project
    report whose text says it evaluated a project with next to nothing in common with its title's
    (`…关于农村户厕改造项目的绩效自评报告` opening `开展了东坪村美丽乡村示范点建设项目的绩效评价自评工作`):
    the opening was kept from another project's report (a title naming a fund, 资金 / 经费 / 补助 /
    专项, may name each project it paid for, and is not compared).

    ## Why is this bad?
    The title and the 项目名称 row must name the same budget project; when they differ, the form
    was copied from another project and only half renamed, or the project is called by two names
    that a reader cannot reconcile with the budget.

    ## Example
    ```text
    2023年度乡镇污水处理站运维经费项目绩效自评表
    | 项目名称 | 农村污水设施建设经费 |
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    ```

    ## Use instead
    ```text
    2023年度乡镇污水处理站运维经费项目绩效自评表
    | 项目名称 | 乡镇污水处理站运维经费 |
    | 预算执行情况（万元）（10分） | 预算数（A） | 执行数（B） | 执行率（B/A） | 得分 |
    | 年度财政资金总额 | 40 | 38 | 95% | 9.5 |
    ```
    Use the budget project's name in both places.
    """

    doc_zh = """## 它检查什么
    比较自评表标题中的项目名称（“2023 年度X项目绩效自评表”）与其“项目名称”一行（或标题与表格之间单独一行的“项目名称：X”，网页粘贴的文本和 YAML 草稿的 `project:` 这样写）。自评表标题只写表名、不写项目（“项目支出绩效自评表”），且是某个项目自评报告中唯一的一张表时，与报告标题中的项目（“某县水利局2024年度X项目支出绩效自评报告”）比较。标题中单位和年度之后的部分是项目名称（“某县交通运输局2023年度农村公路养护项目支出绩效自评表”）。只多出或少了前缀（本单位地名、年份、“项目”），或一个名称包含另一个的，不报告。没有“项目名称”的自评表，其标题中的项目与报告标题中的项目几乎没有共同之处、且是该报告唯一的一张表的（“……农村户厕改造项目支出绩效自评报告”中的“2023年度高标准农田建设项目绩效自评表”），是另一项目的表。项目自评报告正文称其评价的项目（“开展了东坪村美丽乡村示范点建设项目的绩效评价自评工作”）与报告标题的项目（“……关于农村户厕改造项目的绩效自评报告”）几乎没有共同之处的，也报告：开头的文字沿用自另一项目的报告（标题写的是资金、经费、补助、专项的，可能逐一写到所资助的各个项目，不比较）。

    ## 为什么要改
    标题与“项目名称”应当指同一个预算项目；两者不同，说明表是从别的项目复制、只改了一半，或者项目有两个名称，读者无法与预算对上。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    两处都用预算项目的名称。
    """

    code = "C706"
    name = "project-name-mismatch"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "自评表标题与项目名称不一致", "en": "Form title and 项目名称 name different projects"}
    messages = {
        "differs": {
            "zh": "自评表标题为“{title}”，而项目名称为“{name}”",
            "en": "the form's title names “{title}” but its 项目名称 is “{name}”",
        },
        "title_differs": {
            "zh": "报告标题的项目为“{title}”，而其自评表标题为“{name}”：是否套用了另一项目的表？",
            "en": "the report's title names the project “{title}” but its form's title names “{name}”: another project's form?",
        },
        "evaluated_differs": {
            "zh": "报告标题的项目为“{title}”，而正文称评价的是“{name}”：是否沿用了另一项目报告的文字？",
            "en": "the report's title names the project “{title}” but its text says it evaluated “{name}”: text kept from another project's report?",
        },
        "report_differs": {
            "zh": "报告标题的项目为“{title}”，而自评表的项目名称为“{name}”",
            "en": "the report's title names the project “{title}” but its form's 项目名称 is “{name}”",
        },
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        places = places_of(doc)
        all_forms = forms(doc, ctx)
        for se in all_forms:
            stated = _name_cell(se)
            stated = (stated.value.strip(), stated.text.locate()) if stated is not None else _name_line(se)
            if stated is None:
                report = _report_project(se, all_forms)
                if report:
                    yield from self._title_against_report(se, report, places)
                continue
            key, shown = "differs", project_name(se.title)
            if _GENERIC_TITLE.match(_bare(shown, places)):
                # a form titled only as a form (项目支出绩效自评表): the project is the one the
                # report's title names, when the report is one project's and this its only form
                key, shown = "report_differs", _report_project(se, all_forms)
            title = _bare(shown, places)
            name = _bare(stated[0], places)
            if len(title) < 4 or len(name) < 4 or title in name or name in title:
                continue
            yield self.diagnostic(key, stated[1], title=shown, name=stated[0])
        yield from self._evaluated_against_title(doc, places)

    def _evaluated_against_title(self, doc: Document, places: tuple[str, ...]) -> Iterator[Diagnostic]:
        """A project report whose prose says it evaluated another project than its title names
        (…关于农村户厕改造项目的绩效自评报告 opening with 开展了东坪村美丽乡村示范点建设项目的绩效评价
        自评工作): the opening was kept from another project's report."""
        from perflint.extract.evaluated_objects import evaluated_objects, title_project
        from perflint.extract.quantities import part_prose
        for part in doc.parts:
            if part.kind != "project_self_evaluation":
                continue
            shown = title_project(part)
            if shown is None or _FUND_WORDS.search(shown):
                continue  # a fund's report may name each project it paid for
            own = _bare(shown, places)
            objects = list(evaluated_objects(part_prose(doc, part)))
            others = [obj for obj in objects if _differ(own, _bare(obj.name, places))]
            if others and len(others) == len(objects):
                # (a report that also says it evaluated its title's project, then names another
                # it evaluated too, kept no other report's opening)
                obj = others[0]
                yield self.diagnostic("evaluated_differs", obj.source.locate(obj.start, obj.end),
                                      title=shown, name=obj.name)

    def _title_against_report(self, se: SelfEvaluation, report: str, places: tuple[str, ...]) -> Iterator[Diagnostic]:
        """A form with no 项目名称 whose title names a project (2023年度高标准农田建设项目绩效自评表)
        that has next to nothing in common with the project its report's title names (…农村户厕改造
        项目支出绩效自评报告), the report's only form: the form of another project of the file."""
        if "表" not in se.title:
            return  # a heading of the report above its table (三、项目绩效目标完成情况), no form's title
        shown = project_name(se.title)
        title, own = _bare(shown, places), _bare(report, places)
        if _GENERIC_TITLE.match(title):
            return  # a form titled only as a form names no project of its own
        if not _differ(title, own):
            return
        where = _title_block(se)
        if where is not None:
            yield self.diagnostic("title_differs", where, title=report, name=shown)


def _report_project(se: SelfEvaluation, all_forms: list[SelfEvaluation]) -> str:
    """The project named by the title of the report ``se`` belongs to (``某县水利局2024年度X项目
    支出绩效自评报告`` -> X), when that report holds no other form; else ``""``."""
    if is_unit_form(se) or sum(1 for other in all_forms if other.part is se.part) != 1:
        return ""
    m = _REPORT_TITLE.search(compact(se.part.title or ""))
    if m is None or "整体" in m.group("rest"):
        return ""
    return project_name(m.group("rest"))


def _name_cell(se: SelfEvaluation) -> Cell | None:
    for row in se.table.rows[:6]:
        cells = row.non_empty
        for i, cell in enumerate(cells[:-1]):
            if _NAME_LABEL.match(compact(cell.value)):
                return cells[i + 1]
    return None


_NAME_LINE = lazy_compile(r"^\s*项目名称\s*[:：]\s*(?P<name>[^\t|]+?)\s*(?:$|\t|\s{2}|主管部门|实施单位|项目单位)")
_ABOVE = 4  # blocks between a form's title and its table: 项目名称, 主管部门, 单位 lines


def _blocks_above(se: SelfEvaluation) -> list:
    blocks = se.part.blocks
    at = next((i for i, b in enumerate(blocks) if b is se.table), None)
    if at is None:  # a form put together from several tables (the YAML draft's): its first
        at = next((i for i, b in enumerate(blocks) if isinstance(b, Table) and b.line >= se.table.line), None)
    return [] if at is None else blocks[max(0, at - _ABOVE):at]


def _name_line(se: SelfEvaluation) -> tuple[str, Location] | None:
    """``项目名称：X`` written as a line between the form's title and its table (a page pasted as
    text, the YAML draft's ``project:``)."""
    for block in _blocks_above(se):
        if isinstance(block, Table):
            continue
        m = _NAME_LINE.match(block.text.value)
        if m is not None:
            return m.group("name"), block.text.locate(m.start("name"), m.end("name"))
    return None


def _title_block(se: SelfEvaluation) -> Location | None:
    """Where the form's title stands above its table."""
    title = compact(se.title)
    for block in reversed(_blocks_above(se)):
        if not isinstance(block, Table) and title and title in compact(block.text.value):
            return block.text.locate()
    return None


# words of a fund that pays for several projects (衔接资金项目, 专项补助项目)
_FUND_WORDS = lazy_compile(r"资金|经费|补助|专项")


def _differ(a: str, b: str) -> bool:
    """Whether two bare project names have next to nothing in common: neither holds the other and
    they share fewer than half the characters of the shorter (农村饮水安全工程维修养护 and
    农村饮水工程维修养护资金 are one project worded two ways)."""
    if len(a) < 4 or len(b) < 4 or a in b or b in a:
        return False
    return len(set(a) & set(b)) * 2 < min(len(set(a)), len(set(b)))


_NAME_YEAR = lazy_compile(rf"{YEAR}\s*年度?")


def _bare(name: str, places: tuple[str, ...]) -> str:
    """The name without place names, years (a project named by its year, 2021年中央…资金, is
    the same project whichever year a title puts before it) and a closing 项目."""
    text = _NAME_YEAR.sub("", compact(name))
    for place in places:
        text = text.replace(place, "")
    return text[:-2] if text.endswith("项目") else text
