"""C713: a 自评表 whose 主管部门 and 实施单位 are the wrong way round."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.claims import (
    CutName,
    cut_unit_names,
    is_subordinate,
    is_supervisor,
    supervisor_and_implementer,
)
from perflint.extract.wording import text_facts
from perflint.model import Document, Location, Table

from ._texts import text_index


class SupervisorSwapped(Check):
    """## What it does
    Reads a 自评表's `主管部门` and `实施单位` and warns when the department in charge is an
    institution (a 中心, 剧团, 学校, 站 …) while the implementing unit is a bureau or commission
    (a 局, 委员会, 政府 …); and when a part's form names one 主管部门 and its prose states another
    (`项目主管部门为某县农业农村局` beside `主管部门 | 某县水利局`; a short form of the same name,
    `县农业农村局`, is the same department); and when one of the two names is the other cut
    before its bureau word (`主管部门 | 某市林业 | 实施单位 | 某市林业局`: 局, 委员会, 委, 厅), a
    name of no unit.

    ## Why is this bad?
    The 主管部门 is the budget department responsible for the project; the 实施单位 is the
    department itself or one of its institutions. The reverse puts the responsibility on the
    wrong unit, and the form cannot be matched with the budget. Two departments named for one project
    (a form copied from another project's) leave the reader not knowing who is answerable.

    ## Example
    ```text
    主管部门  某区地方戏剧团    实施单位  某区文化和旅游局
    ```

    ## Use instead
    ```text
    主管部门  某区文化和旅游局    实施单位  某区地方戏剧团
    ```
    """

    doc_zh = """## 它检查什么
    读取自评表的“主管部门”和“实施单位”，当主管部门是事业单位（中心、剧团、学校、站……）而实施单位是局、委员会、政府等机关时提示；以及同一部分中自评表的主管部门与正文所称主管部门不是同一单位时提示（“项目主管部门为某县农业农村局”与“主管部门 | 某县水利局”；同一名称的简称如“县农业农村局”视为同一单位）；以及两个名称中的一个是另一个去掉末尾“局”“委员会”“委”“厅”后的残缺名称时提示（“主管部门 | 某市林业 | 实施单位 | 某市林业局”）。

    ## 为什么要改
    主管部门是对项目负责的预算部门；实施单位是该部门本身或其下属单位。填反了就把责任放到了错误的单位上，表也无法与预算对应。一个项目写了两个主管部门（表是从别的项目抄来的），读者不知道由谁负责。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    """

    code = "C713"
    name = "supervisor-swapped"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "主管部门与实施单位填反或前后不一", "en": "主管部门 and 实施单位 swapped, or 主管部门 stated two ways"}
    messages = {
        "swapped": {
            "zh": "主管部门为“{supervisor}”，实施单位为“{implementer}”：两者是否填反了？",
            "en": "the department in charge is “{supervisor}” and the implementing unit “{implementer}”: swapped?",
        },
        "differs": {
            "zh": "自评表的主管部门为“{supervisor}”，而正文称主管部门为“{stated}”（第 {line} 行）：哪一个是对的？",
            "en": "the form's department in charge is “{supervisor}” but the text says “{stated}” (line {line}): which is right?",
        },
        "cut": {
            "zh": "“{cut}”不是完整的单位名称，疑为“{whole}”缺了末尾的“{ending}”（主管部门与实施单位应各写全称）",
            "en": "“{cut}” names no unit: “{whole}” with its last “{ending}” cut off? (write both units' full names)",
        },
        "see_prose": {"zh": "正文所称主管部门", "en": "the text's department in charge"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # both words lie within one cell of a row that holds them: a table whose cells hold
        # either nowhere has no such row (its rows are not joined one by one); the tables whose
        # cells hold each are found in the document's joined texts
        from perflint.extract.claims import stated_supervisors

        index = text_index(doc)
        tables = [{id(index.texts[i].block) for i in index.holding(word) if index.texts[i].where == "cell"}
                  for word in ("主管部门", "实施单位")]
        both = tables[0] & tables[1]
        for part in doc.parts:
            in_form: dict[str, Location] = {}  # the 主管部门 the part's forms name
            in_prose: dict[str, Location] = {}  # and the one its prose states
            for block in part.blocks:
                if isinstance(block, Table):
                    if id(block) not in both:
                        continue
                    for row in block.rows:
                        cells = row.non_empty
                        joined = " | ".join([c.value for c in cells])
                        if "主管部门" not in joined or "实施单位" not in joined:
                            continue  # the reader's own first test, without its call (most rows)
                        for c in cut_unit_names(joined):
                            cell = next((x for x in cells if x.value.strip().endswith(c.cut)), cells[0])
                            yield self._cut(c, cell.text.locate())
                        for r in supervisor_and_implementer(joined):
                            cell = next((c for c in cells if r.supervisor in c.value), cells[0])
                            in_form.setdefault(r.supervisor, cell.text.locate())
                            if is_subordinate(r.supervisor) and is_supervisor(r.implementer):
                                cell = next((c for c in cells if r.supervisor in c.value), cells[0])
                                yield self.diagnostic("swapped", cell.text.locate(), supervisor=r.supervisor,
                                                      implementer=r.implementer)
                    continue
                for c in cut_unit_names(block.text.value) if "实施单位" in block.text.value else ():
                    yield self._cut(c, block.text.locate())
                for r in text_facts(block.text.value).supervisor_and_implementer:
                    in_form.setdefault(r.supervisor, block.text.locate(r.start, r.end))
                    if is_subordinate(r.supervisor) and is_supervisor(r.implementer):
                        yield self.diagnostic("swapped", block.text.locate(r.start, r.end), supervisor=r.supervisor,
                                              implementer=r.implementer)
                if "主管部门" in block.text.value:
                    for st in stated_supervisors(block.text.value):
                        in_prose.setdefault(st.name, block.text.locate(st.start, st.end))
            yield from self._stated_otherwise(in_form, in_prose)

    def _cut(self, c: CutName, where: Location) -> Diagnostic:
        return self.diagnostic("cut", where, cut=c.cut, whole=c.whole, ending=c.whole[len(c.cut):])

    def _stated_otherwise(self, in_form: dict[str, Location], in_prose: dict[str, Location]) -> Iterator[Diagnostic]:
        """The one 主管部门 of a part's form against the one its prose states: two departments, not
        one written in full and short (``某县农业农村局`` / ``县农业农村局``)."""
        if len(in_form) != 1 or len(in_prose) != 1:
            return
        (form, where), (prose, said) = next(iter(in_form.items())), next(iter(in_prose.items()))
        if form in prose or prose in form:
            return
        yield self.diagnostic("differs", where, related=[(said, "see_prose")], supervisor=form, stated=prose,
                              line=said.line)
