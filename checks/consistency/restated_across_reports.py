"""C731: a bundle's reports on one unit state one of its figures, or a project's, two ways."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document
from perflint.text.numbers import fmt

from ._forms import forms, score_value
from .budget_mismatch import _differs, _shown, _total_row

_KIND_ZH = {"staff:establishment": "编制人数", "staff:actual": "实有人数", "count:departments": "内设机构数",
            "count:subordinates": "下属单位数", "count:retired": "离退休人数", "count:evaluated": "开展自评的项目数",
            "unit_score": "部门整体自评得分"}
_KIND_EN = {"staff:establishment": "the establishment", "staff:actual": "the staff", "count:departments":
            "the internal departments", "count:subordinates": "the subordinate units", "count:retired": "the retired staff",
            "count:evaluated": "the projects evaluated", "unit_score": "the unit's score"}
_WHAT_ZH = {"budget": "全年预算数", "actual": "全年执行数", "score": "自评得分"}
_WHAT_EN = {"budget": "budget", "actual": "spending", "score": "score"}


class RestatedAcrossReports(Check):
    """## What it does
    Reads a bundle — a unit's 部门决算说明 with its 部门整体支出绩效自评报告 and the 项目支出绩效自评报告
    bound after them — for the figures one report restates from another:

    * the two reports on the whole unit (their titles name the same unit and year) both describe
      it: its 编制 and 实有人数, the number of its 内设机构 and 下属单位, its 部门整体 score, and
      named amounts of the year (基本支出, 项目支出, 机关运行经费, 公务接待费 …). Where each report
      states one value for one of these and the two values differ, the second is reported;
    * where it says how much money the projects it evaluated involve (`组织对3个项目开展了绩效自评，
      涉及资金1,360.00万元`) and then lists each project's 全年预算数 (in that paragraph and the
      paragraphs right after it that list projects too), the budgets listed add up to that money
      — unless it evaluated more projects than it lists;
    * a report on the whole unit names the projects it evaluated with each one's 全年预算数, 执行数
      and 自评得分 (`其中：森林防火专项经费全年预算数120.00万元，执行数116.40万元，自评得分96.21分；…`),
      read from the project's name to the next project's name or the end of the sentence. Each is
      compared with the 自评表 of that project's own report (its 年度资金总额 row and its 总分).

    Figures of another year (上年, 同期), parts after 其中 and budgets of the unit's amounts are
    left alone; rounding at the last digit shown and a 元/万元 slip (U401's) are not reported. A
    report that states a quantity twice with two values is C702's business and is not read here.

    ## Why is this bad?
    The reports of one bundle are read together, and the second restates the first. One figure
    with two values in them means one was copied from an earlier draft or another year's report,
    and the reader cannot tell which to trust.

    ## Example
    ```text
    青禾县林业站2023年度部门决算说明
    …年末核定编制20人，实有在职人员18人。
    本站对森林防火专项经费开展了绩效自评，森林防火专项经费全年预算数120.00万元，执行数116.40万元，自评得分96.21分。
    附件1
    青禾县林业站2023年度部门整体支出绩效自评报告
    …年末核定编制20人，实有在职人员19人。
    附件2
    青禾县林业站2023年度森林防火专项经费项目支出绩效自评报告
    项目支出绩效自评表
    项目名称	森林防火专项经费
    …	年度资金总额	120.00	120.00	116.40	10	97.00%	9.70
    总分	100	96.12
    ```
    实有人数 is 18 in the 决算说明 and 19 in the 部门整体 report; the project's score is 96.21 in
    the 决算说明 and 96.12 in its form.

    ## Use instead
    ```text
    青禾县林业站2023年度部门决算说明
    …年末核定编制20人，实有在职人员18人。
    本站对森林防火专项经费开展了绩效自评，森林防火专项经费全年预算数120.00万元，执行数116.40万元，自评得分96.21分。
    附件1
    青禾县林业站2023年度部门整体支出绩效自评报告
    …年末核定编制20人，实有在职人员18人。
    附件2
    青禾县林业站2023年度森林防火专项经费项目支出绩效自评报告
    项目支出绩效自评表
    项目名称	森林防火专项经费
    …	年度资金总额	120.00	120.00	116.40	10	97.00%	9.70
    总分	100	96.21
    ```
    One value in every report of the bundle.
    """

    doc_zh = """## 它检查什么
    读取汇编在一起的文件——单位的部门决算说明、作为附件的部门整体支出绩效自评报告，以及其后的项目支出绩效自评报告——查找一份报告转述另一份报告的数字：

    * 两份关于单位整体的报告（标题中单位名称和年度相同）都会介绍单位：编制数和实有人数、内设机构和下属单位个数、部门整体自评得分，以及本年度带名称的金额（基本支出、项目支出、机关运行经费、公务接待费等）。两份报告对其中一项各写了一个数值而数值不同的，报告后一处；
    * 写明所评价项目涉及资金（“组织对3个项目开展了绩效自评，涉及资金1,360.00万元”）并随后逐项列出各项目全年预算数的（同一段及紧随其后同样列项目的各段），所列预算数之和应等于该资金数；所评价项目多于所列项目的除外；
    * 关于单位整体的报告列出所评价的项目及其全年预算数、执行数和自评得分（“其中：森林防火专项经费全年预算数120.00万元，执行数116.40万元，自评得分96.21分；……”），从项目名称读到下一个项目名称或句末，与该项目自己报告中的自评表（年度资金总额一行和总分）比较。

    其他年度的数（上年、同期）、“其中”之后的分项以及单位金额中的预算数不比较；末位四舍五入之差和元/万元之误（U401 检查）不报告。同一份报告对同一个量写了两个值的，属 C702，此处不读取。

    ## 为什么要改
    同一汇编中的报告是合在一起读的，后一份转述前一份。同一个数在两份报告中数值不同，说明其中一处照抄了早先稿件或以前年度的报告，读者无从判断哪个对。

    ## 示例
    {example}
    实有人数在决算说明中为 18 人，在部门整体报告中为 19 人；项目自评得分在决算说明中为 96.21 分，在其自评表中为 96.12 分。

    ## 应改为
    {use_instead}
    汇编中各报告写同一个数。
    """

    code = "C731"
    name = "restated-across-reports"
    family = "consistency"
    severity = Severity.warning
    title = {"zh": "汇编中各报告对同一数字写法不一", "en": "A figure restated otherwise in another report of the bundle"}
    messages = {
        "unit": {
            "zh": "{what}此处为 {value}，而同一单位的另一报告（{other_title}）中为 {other}（第 {line} 行）",
            "en": "{what_en} is {value} here, but {other} in the unit's other report ({other_title}, line {line})",
        },
        "project": {
            "zh": "此处写{project}{what} {value}，而该项目自评表为 {table}（第 {line} 行）",
            "en": "the {what_en} of {project} is {value} here, but {table} in the project's form (line {line})",
        },
        "sum": {
            "zh": "所评价项目资金写作 {value}，而其后列出的 {n} 个项目全年预算数之和为 {parts} = {computed}",
            "en": "the evaluated projects' money is given as {value}, but the {n} projects listed after it "
                  "budget {parts} = {computed}",
        },
        "see_report": {"zh": "另一报告中的数", "en": "the other report's figure"},
        "see_budget": {"zh": "所列项目的预算数", "en": "a listed project's budget"},
        "see_form": {"zh": "该项目自评表", "en": "the project's form"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        kinds = {p.kind for p in doc.parts}
        if "final_accounts" not in kinds and "department_self_evaluation" not in kinds:
            return  # no report on a whole unit: nothing restated from one
        # imported here: bundles are rare among drafts
        from perflint.extract.bundle_restatements import sibling_reports

        for group in sibling_reports(doc):
            yield from self._unit_figures(doc, ctx, group)
        yield from self._project_figures(doc, ctx)

    def _unit_figures(self, doc: Document, ctx: Context, group) -> Iterator[Diagnostic]:
        from perflint.extract.bundle_restatements import PARENT_MARK, unit_statements

        by_part = [unit_statements(doc, part, ctx.fiscal_year_of(part)) for part in group]
        for i, earlier in enumerate(by_part):
            for later in by_part[i + 1:]:
                first = _by_kind(earlier)
                for kind, stated in _by_kind(later).items():
                    there = first.get(kind)
                    if there is None or not _one_value(there) or not _one_value(stated):
                        continue
                    a, b = there[0], stated[0]
                    if _same(a.value, b.value) or (
                            kind.startswith("amount:") and _scale_slip(a.value, b.value)):
                        continue
                    where = a.source.locate(a.start, a.end)
                    key = kind.partition(":")[2].partition(PARENT_MARK)[0] if kind.startswith("amount:") else ""
                    yield self.diagnostic(
                        "unit", b.source.locate(b.start, b.end), related=[(where, "see_report")],
                        what=key or _KIND_ZH[kind], what_en=key or _KIND_EN[kind], value=_text(b),
                        other=_text(a), other_title=a.part.title.strip()[:40], line=where.line)

    def _project_figures(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        from perflint.extract.bundle_restatements import WHOLE_UNIT_REPORTS, project_figures, project_forms

        bundled = project_forms(forms(doc, ctx))
        if not bundled:
            return
        for part in doc.parts:
            if part.kind not in WHOLE_UNIT_REPORTS:
                continue
            figures = project_figures(doc, part, bundled, ctx.fiscal_year_of)
            yield from self._evaluated_totals(doc, part, figures)
            for pf in figures:
                se, q = pf.form, pf.quantity
                if pf.what == "score":
                    fig = se.total if score_value(se.total) is not None else se.header_total
                    value = score_value(fig)
                    if value is None or q.value == value or abs(q.value - value) < q.half_unit:
                        continue
                    table = f"{fmt(value)} 分"
                else:
                    row = _total_row(se)
                    fig = None if row is None else (row.budget if pf.what == "budget" else row.actual)
                    if fig is None or not _differs(q, fig, se):
                        continue
                    table = _shown(fig, se.table.declared_unit or "万元")
                where = fig.cell.text.locate()
                name = next(iter(_project_name(se)), "")
                yield self.diagnostic(
                    "project", pf.source.locate(q.start, q.end), related=[(where, "see_form")], project=name,
                    what=_WHAT_ZH[pf.what], what_en=_WHAT_EN[pf.what], value=q.text.strip(), table=table,
                    line=where.line)


    def _evaluated_totals(self, doc: Document, part, figures) -> Iterator[Diagnostic]:
        from perflint.extract.bundle_restatements import evaluated_totals

        for et in evaluated_totals(doc, part, figures):
            if et.count is not None and et.count != len(et.budgets):
                continue  # not every project evaluated is listed: the total holds others
            q = et.total
            parts = [b.quantity for b in et.budgets]
            total = sum(p.base_value for p in parts)
            tolerance = q.half_unit * q.scale + sum(p.half_unit * p.scale for p in parts)
            if abs(total - q.base_value) <= tolerance:
                continue
            scale = q.scale or Decimal(1)
            yield self.diagnostic(
                "sum", et.source.locate(q.start, q.end),
                related=[(b.source.locate(b.quantity.start, b.quantity.end), "see_budget") for b in et.budgets],
                value=q.text.strip(), parts=" + ".join(p.text.strip() for p in parts),
                computed=f"{fmt(total / scale, q.decimals)}{q.unit or ''}", n=len(parts))


def _project_name(se) -> list[str]:
    from perflint.extract.form_links import project_names

    return project_names(se)


def _by_kind(stated) -> dict:
    out: dict = {}
    for s in stated:
        out.setdefault(s.kind, []).append(s)
    return out


def _same(a, b) -> bool:
    if isinstance(a, int) or isinstance(b, int):
        return a == b
    if a.kind == "money":
        return abs(a.base_value - b.base_value) <= a.half_unit * a.scale + b.half_unit * b.scale
    return a.value == b.value or abs(a.value - b.value) < max(a.half_unit, b.half_unit)  # scores


def _one_value(stated) -> bool:
    return all(_same(stated[0].value, s.value) for s in stated[1:])


def _text(s) -> str:
    v = s.value
    if isinstance(v, int):
        return str(v)
    return v.text.strip()



_SLIPS = (Decimal(10000), Decimal("0.0001"))


def _scale_slip(a, b) -> bool:
    """One figure is the other written in 元 for 万元 (or the reverse): U401's, not another value."""
    if not a.base_value or not b.base_value:
        return False
    ratio = a.base_value / b.base_value
    return any(abs(ratio - r) <= r / 1000 for r in _SLIPS)
