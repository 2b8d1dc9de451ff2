"""A104: `共计 T 万元，其中 a、b、c` where the parts do not add up to T."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract import prose, prose_lists
from perflint.extract.compositions import level_compositions
from perflint.extract.edges import in_cut_sentence, in_open_bracket_at_the_cut, runs_to_the_end
from perflint.model import Document, Location
from perflint.text.numbers import Quantity, fmt

from ._compare import Outcome, as_listed, check_sum, decimals_of, lines_of, mixed_units, shown, sum_expression
from ._facts import breakdown_facts, run_breakdowns, section_runs

MAX_RELATED = 12


class ProseBreakdownMismatch(Check):
    """## What it does
    Reads sentences that break a figure down — `总支出 T 万元，其中：a 万元；b 万元，含 c、d；e 万元`,
    `T 万元。其中 a 万元、b 万元`, `T 万元支持住房保障，其中：a；b` (the money's purpose between), a
    paragraph ending `…T 万元，其中：` (or `…T 万元。其中：`) followed by one paragraph per part, a form's funds rows pasted as lines (`年度预算资金总额：T` then
    `其中：中央补助 a`, `市级资金 b`, `本级资金 c`, one label and one figure a line, the lines run together into
    paragraphs: a bare figure is read only where the total's words name money; a total alone in its
    paragraph, `年度预算资金总额 T 万元。`, then `其中：a，b，c。` naming one source and one figure an item), a list of a total's sources without 其中 (`全年预算 T 万元，资金来源为 a、b、c`;
    `全年预算 T 万元。全年预算中 a，b，c`, read only after a figure of the name it repeats) — and
    adds up the parts (nested `含`/`其中` lists are checked on their own, units converted). A list opened with `，` that goes on with `、` (`其中：中央资金 a，市级资金 b、县级资金 c`) is read the same way as one opened with `；` that goes on with `，` (`其中“优”的项目 a；“良”的项目 b，
    “中”的项目 c`) is read when each comma piece holds one figure and is named like the first item.
    A part named by a stage's verb with what was paid (`支付办案补贴 a`, `发放低保金 b`) is a part;
    bare stages of one sum (`已拨付资金 a，已支付 b`) are not a list.
    The same parts listed year by year (`共计 T，其中2021年省级资金 a、中央资金 b，2022年省级资金 c、中央资金 d`:
    each year's group after a `，`, naming the parts in the same order, up to the sentence's end) are
    all parts of T (a warning).
    A list after its total's rates alone (`T 万元，增长 3%，占预算的 100%，其中 a、b`: a growth written without
    比 among them) details T.
    A list after a comparison whose figure is followed by the budget a rate is reckoned against
    (`收入 A，占年初预算 B 的 W%，同比下降 Y%，其中 a、b、c`, or `完成预算 B 的 W%`) details A, not B.
    A list announced as a selection (`主要包括`, `包括`, a list ending in `等`) may fall short of
    its total but never exceed it. A count's 其中 may name only some of its groups, so only an
    excess is reported (a warning) — except a count of vehicles split by the 决算说明's kinds of use
    that ends in the catch-all 其他用车, which is complete: falling short is a warning too; a head
    count stated as a whole (`共有工作人员 N 人`) or a count of posts (`人员编制 N 人`) split into
    kinds of 编制 only (`其中行政编制 a 人、事业编制 b 人`), complete too, since every person holds
    one kind of post and those without one would be named (编外, 临聘) — unless the text goes on to
    name them (`；另有编外人员 c 人`, `。其余为聘用人员`); the people a unit has (`实有人数 N 人`) split into
    the 决算 template's three statuses, 在职, 离休 and 退休, each once, are complete too (a warning when
    short, also where a note in brackets after the last part is cut off by the excerpt); a count of posts (`核定编制 N 人`) followed
    by retired staff (`其中在编 a 人，退休人员 b 人`) is no split of the posts (retirees hold none)
    and is not added up; and a
    count stated with 共 right before its figure (`共安装设备 N 套(台、块、项)，其中：…`: the count's other
    measures in brackets may stand before 其中, and a part in 台 counts towards a total in 套) is read like a
    count under 合计: an excess is a warning. A
    count stated as a whole (`共抽检 148 批次`) whose parts follow 分别为, which goes through each of
    them (`分别为粮食 4 批次、肉类 7 批次、乳品 3 批次`): falling short is a warning.
    A body stated by its size (`领导班子由 N 人组成，包括…` or `，其中…`) has no more members than N:
    the posts listed after it are added up and an excess is a warning; members named two to a
    figure (`正副主任各 1 名`) count twice it, and groups that cut across the posts (党员, 女同志)
    are not added up.
    A total stated after its parts (`2023年 a 万元、2024年 b 万元，合计 T 万元`, `两项合计 T`) sums
    exactly the items listed from the list's first one, so falling short of it is an error too
    (a warning when the list's start is read at a stronger separator, `a；b、c，合计 T`, since the
    author may have begun it before); a 累计 total may take in years not listed, and only an
    excess is reported. The whole spending stated after the spending of each source, every figure
    of its sentence before it one of them, each named as 支出 and followed at most by its rate
    (`专项资金支出 a，执行率 x%，财政资金支出 b，执行率 y%，总支出 T`; or `支出总额 T`, the clauses
    parted by `；`), is read too: a warning, the
    sources possibly overlapping or one left out.
    A whole the 决算 template always splits the same way (“三公”经费 = 因公出国(境)费 + 公务用车购置及
    运行费 + 公务接待费, as in A108; 一般公共预算财政拨款支出 = 一般公共预算财政拨款基本支出 +
    一般公共预算财政拨款项目支出, each named in full) stated with its level in one run of paragraphs of a section and
    every part with its level in another run of it (the 总体情况 and 具体情况 under their
    sub-headings) is added up too: a warning, the two runs read together. Every statement of
    each figure in the section must agree, and a budget (预算) is never compared with spending.
    When the parts fall short of the total, every part is pointed at, those left at 0 too (one of
    them may be the missing figure).
    Points counted off after the marker over several sentences (`T 万元，具体是：一是 a。二是 b。`,
    `（1）…（2）…`, `其一…其二…`) are one list when every point gives a figure in the total's unit and
    the sentence after the last point opens no further point: a warning, the list's end being read
    from its points (a count with a point without figure, out of order or in another unit is not read).
    A list broken by a full stop before its last part (`其中：a；b，共接待 n 人次。c 万元，…`) goes on
    in the next sentence when that sentence opens with one figure that is exactly the shortfall.
    A list the text stops in — an excerpt cut inside its sentence, or inside the bracket that holds
    it (`大型修缮 44 万元（其中：a；b；承`, the bracket never closed) — is not reported for falling
    short: its other parts lie past the cut.
    A bare whole figure among figures with decimals (`30；30；29.99`) is read at its siblings'
    precision (30.00); a difference only that reading makes, which the figures as written could
    round away, is a warning, not an error.

    A “三公”经费 total whose 其中 lists 会议费 or 培训费 (`“三公”经费决算数合计为 T 万元，其中：…、会议费 a 万元、
    培训费 b 万元`) is a warning whatever the sum: the 三公 are 因公出国（境）费, 公务用车购置及运行维护费 and
    公务接待费 only (a total named with them, `“三公”经费及会议费、培训费`, is right).

    ## Why is this bad?
    A breakdown whose parts do not make up its total puts a wrong figure — or an item that is
    not part of the total, such as 年末结转和结余 among 支出 — in front of the reader.

    ## Example
    ```text
    本年支出 860.20 万元，其中：基本支出 512.30 万元；项目支出 330.90 万元；年末结转和结余 42.00 万元。
    ```
    The parts make 885.20; 年末结转和结余 is not spending.

    ## Use instead
    ```text
    本年支出 843.20 万元，其中：基本支出 512.30 万元；项目支出 330.90 万元。
    ```

    ## Options
    - `rounding` (default true): report last-digit differences (severity `rounding`).
    """

    doc_zh = """## 它检查什么
    读取把一个数拆成几部分的句子——“总支出 T 万元，其中：a 万元；b 万元，含 c、d；e 万元”“T 万元。其中 a 万元、b 万元”，“T 万元支持住房保障，其中：a；b”（金额与“其中”之间写了资金用途），或以“……T 万元，其中：”（或“……T 万元。其中：”）结尾、其后每段一个分项的段落，自评表资金栏按行粘贴的文字（“年度预算资金总额：T”后接“其中：中央补助 a”“市级资金 b”“本级资金 c”，每行一个名称一个数字，各行连成段落；光数字只在总额的名称指明是资金时读取；总额单独成段、只有这一个数字的（“年度预算资金总额 T 万元。”），其后“其中：a，b，c。”每项一个名称一个数字的也是），以及不写“其中”的资金来源列举（“全年预算 T 万元，资金来源为 a、b、c”；“全年预算 T 万元。全年预算中 a，b，c”，只在前面的数字正是它重复的名称时读取）——把各分项相加（嵌套的“含”“其中”单独核对，单位自动换算）。以“，”开头、后面改用“、”分隔的列举（“其中：中央资金 a，市级资金 b、县级资金 c”）同样处理；以“；”开头、后面改用“，”分隔的列举（“其中‘优’的项目 a；‘良’的项目 b，‘中’的项目 c”），每个逗号分段只含一个数字且名称与第一项同类时，照样按分项读取。以支付环节的动词加所付对象命名的分项（“支付办案补贴 a”“发放低保金 b”）是分项；只写环节的（“已拨付资金 a，已支付 b”）是同一笔钱的不同环节，不作列举读取。按年度逐组列出同样分项的（“共计 T，其中2021年省级资金 a、中央资金 b，2022年省级资金 c、中央资金 d”：各年一组、以“，”分隔，分项名称和次序相同，直到句末），各组分项都计入 T（警告）。总数与“其中”之间只有总数的增幅和占比的（“T 万元，增长 3%，占预算的 100%，其中 a、b”，其中须有不带“比”字的增幅），列举拆分的是 T。比较之前的数字后紧跟完成率或占比所对预算的（“收入 A，占年初预算 B 的 W%，同比下降 Y%，其中 a、b、c”，或“完成预算 B 的 W%”），列举拆分的是 A，不是 B。以“主要包括”“包括”或以“等”结尾的列举只是部分分项，可以小于总数，但不能超过总数。人数、个数等计数的“其中”可能只列部分类别，只报告超出（警告）；但按决算说明的用途分类列出车辆、并列到兜底的“其他用车”时，列举是完整的，少于总数同样报告（警告）；以“共有”等写明总数的人数（“共有工作人员 N 人”）或编制数（“人员编制 N 人”）只按编制类别列出的（“其中行政编制 a 人、事业编制 b 人”），列举也是完整的（每人只占一类编制，没有编制的人员会另列为编外、临聘），少于总数同样报告（警告），但其后接着写了其余人员的（“；另有编外人员 c 人”“。其余为聘用人员”）不报告；实有人数（“实有人数 N 人”）按决算模板的在职、离休、退休三种人员状态逐一列出的，列举也是完整的，少于总数同样报告（警告；最后一项后的括注被摘录截断的也报告）；编制数（“核定编制 N 人”）后列出退休人员的（“其中在编 a 人，退休人员 b 人”）不是编制的拆分（退休人员不占编制），不相加核对；数字前紧挨着“共”的计数（“共安装设备 N 套(台、块、项)，其中：……”：计数后可先用括号写出其他量词，以“台”计的分项计入以“套”计的总数）与“合计”后的计数同样读取，超出作警告；以“共”等写明总数的计数（“共抽检 148 批次”）后用“分别为”列举的，逐一列出了各分项（“分别为粮食 4 批次、肉类 7 批次、乳品 3 批次”），少于总数也报告（警告）。以人数写明组成的集体（“领导班子由 N 人组成，包括……”或“，其中……”），所列成员不能多于 N：各职务人数相加，超出作警告；一个数字对应两个以上职务的（“正副主任各 1 名”）按该数的两倍计，与职务交叉的群体（党员、女同志）不相加。合计写在各分项之后的（“2023年 a 万元、2024年 b 万元，合计 T 万元”“两项合计 T”），合计正是所列各项之和，少于或超过都报告（列举起点按更强的分隔符判断的，如“a；b、c，合计 T”，作者可能从更前面列起，少于总数作警告）；“累计”可能包括未列出的年度，只报告超出。总支出写在各来源支出之后、该句在它之前的每个数字都是以“支出”命名的来源支出（每项后至多跟一个执行率）的（“专项资金支出 a，执行率 x%，财政资金支出 b，执行率 y%，总支出 T”；或写“支出总额 T”、各句以“；”分隔），也相加核对，作警告：各来源可能有交叉或漏列。决算模板固定拆分的总数（“三公”经费 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费，同 A108；一般公共预算财政拨款支出 = 一般公共预算财政拨款基本支出 + 一般公共预算财政拨款项目支出，各写全称），在一节的一组段落中写了总数、在同一节另一组段落中（子标题下的“总体情况”与“具体情况”）写了每个分项的，也相加核对，作警告；该节对每个数的各处表述须一致，预算数不与支出数比较。分项之和少于总数时，每个分项都标出，填 0 的也标出（所缺的可能正是其中之一）。在“具体是：”“其中：”等之后分句列出的“一是……。二是……。”（或“（1）……（2）……”“其一……其二……”），每点都有一个与总数同单位的金额、且最后一点之后的句子不再开启新的一点时，作为一个列举读取，作警告（列举的终点由序号推断）；某点没有金额、序号不连续或单位不同的不读取。最后一项前误用句号断开的列举（“其中：a；b，共接待 n 人次。c 万元，……”），下一句开头恰为所差金额的一个数字时，视为列举在下一句继续。文本在列举中截断的（摘录断在该句中，或断在括住列举、始终没有闭合的括号中，如“大型修缮 44 万元（其中：a；b；承”），分项之和不足不报告：其余分项在截断处之后。与带小数的分项并列的整数（“30；30；29.99”）按同列小数位读取（30.00）；只因这样读取才出现、按所写位数可由四舍五入解释的差额，作警告而非错误。

    “三公”经费总数的“其中”列入会议费或培训费的（“‘三公’经费决算数合计为 T 万元，其中：……、会议费 a 万元、培训费 b 万元”），无论加总是否相符都报警告：“三公”经费只含因公出国（境）费、公务用车购置及运行维护费和公务接待费（总数写明“‘三公’经费及会议费、培训费”的没有错）。

    ## 为什么要改
    分项加起来不等于总数，说明有数字写错，或把不属于该总数的项目（如把“年末结转和结余”列进“支出”）算了进去。

    ## 示例
    {example}
    三项之和为 885.20 万元；年末结转和结余不是支出。

    ## 应改为
    {use_instead}

    ## 选项
    - `rounding`（默认 true）：是否报告尾数差异（级别 `rounding`）。
    """

    code = "A104"
    name = "prose-breakdown-mismatch"
    family = "arithmetic"
    severity = Severity.error
    title = {"zh": "文字所列分项之和与总数不符", "en": "Parts listed in the text do not add up to their total"}
    messages = {
        "foreign_part": {
            "zh": "“三公”经费的分项中列入了“{names}”：“三公”经费只含因公出国（境）费、公务用车购置及运行维护费和公务接待费",
            "en": "'{names}' listed among the parts of the 三公 spending, which is travel abroad, official vehicles "
                  "and official reception only",
        },
        "mismatch": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed} ≠ {stated}：相差 {diff}{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed} ≠ {stated}: off by {diff}{where_en}",
        },
        "short": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed}，比总数 {stated} 少 {diff}：若所列并非全部分项，请注明{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed}, {diff} short of {stated}: "
                  "if the list is a selection, say so{where_en}",
        },
        "exceeds": {
            "zh": "「{marker}」所列分项之和 {expr} = {computed}，超过总数 {stated}：相差 {diff}{where}",
            "en": "the parts after '{marker}' add up to {expr_en} = {computed}, more than the total {stated}: "
                  "off by {diff}{where_en}",
        },
        "rounding": {
            "zh": "尾数差异：「{marker}」所列分项之和 {expr} = {computed} ≠ {stated}{where}",
            "en": "rounding difference: the parts after '{marker}' add up to {expr_en} = {computed} ≠ {stated}{where_en}",
        },
        "section": {
            "zh": "所列“{whole}”分项之和 {expr} = {computed}，与本节第 {line} 行的总数 {stated} 不符：相差 {diff}",
            "en": "the parts of {whole} listed here add up to {expr_en} = {computed}, not the total {stated} "
                  "at line {line} of the section: off by {diff}",
        },
        "part": {"zh": "分项", "en": "part"},
        "total": {"zh": "总数", "en": "total"},
    }
    default_options = {"rounding": True}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        for fact in breakdown_facts(doc, ctx):
            bd, para = fact.breakdown, fact.paragraph
            if fact.total is None:
                continue
            missing = fact.total.base_value - sum((p.base_value for p in bd.parts), Decimal(0))
            if bd.exhaustive and not fact.inferred and prose.goes_on_in_next_sentence(
                    para.text.value, bd.parts[-1].end, missing):
                continue  # ``其中：a；b。c …``: the last part stands after a full stop
            total_loc = fact.total_paragraph.text.locate(fact.total.start, fact.total.end)
            part_locs = [para.text.locate(p.start, p.end) for p in bd.parts]
            location = total_loc if not fact.inferred else para.text.locate(bd.parts[0].start, bd.parts[-1].end)
            diag = self._report(fact.total, bd.parts, bd.exhaustive, bd.marker, location, part_locs,
                                inferred_from=total_loc if fact.inferred else None, labels=bd.labels,
                                across=bd.across or bd.read_on or bd.enumerated or bd.parallel, closed=bd.closed,
                                every_kind=bd.every_kind,
                                cut=bool(part_locs) and not bd.every_status and (
                                    in_cut_sentence(doc, part_locs[-1])
                                    or in_open_bracket_at_the_cut(doc, para.text, bd.parts[-1].end)))
            if diag:
                yield diag
            if not fact.inferred and fact.total_paragraph is para:
                yield from self._foreign_parts(para, bd)
        for run, found in run_breakdowns(doc):
            for pb in found:
                head = run[pb.total_index]
                last = run[pb.parts[-1][0]] if pb.parts else head
                diag = self._report(pb.total, tuple(q for _, q in pb.parts), True, pb.marker,
                                    head.text.locate(pb.total.start, pb.total.end),
                                    [run[i].text.locate(q.start, q.end) for i, q in pb.parts],
                                    # the list's last item ends the text: more items may follow the
                                    # cut, unless they already are the template's whole split
                                    cut=runs_to_the_end(doc, last.text.locate()) and not pb.template_split)
                if diag:
                    yield diag
        yield from self._across_runs(doc)

    def _across_runs(self, doc: Document) -> Iterator[Diagnostic]:
        """A whole the template always splits (“三公”经费) stated in one run of paragraphs and its
        parts in another run of the same section (总体情况 / 具体情况): the parts add up to it."""
        for group in section_runs(doc):
            for comp in level_compositions([[p.text.value for p in run] for run in group]):
                r, i, total = comp.whole
                parts = as_listed(tuple(q for _r, _i, q in comp.parts))
                outcome = check_sum(total, parts)
                if outcome is None or outcome.severity is Severity.rounding:
                    continue
                units = mixed_units([total, *parts])
                decimals = decimals_of([total, *parts])
                unit = total.unit or ""
                first = next((k for k, q in enumerate(parts) if q.value != 0), 0)
                pr, pi, q = comp.parts[first]
                same = [p for p in comp.parts[first:] if p[:2] == (pr, pi)]
                where = group[pr][pi].text.locate(q.start, same[-1][2].end)
                whole = group[r][i].text.locate(total.start, total.end)
                yield self.diagnostic(
                    "section", where, severity=Severity.warning, related=[(whole, "total")],
                    whole=comp.name, stated=shown(total, True), line=whole.line,
                    expr=sum_expression(parts, units), expr_en=sum_expression(parts, units, "en"),
                    computed=fmt(outcome.computed, decimals) + (f" {unit}" if units else ""),
                    diff=fmt(outcome.difference, decimals) + (f" {unit}" if units else ""))

    def _foreign_parts(self, para, bd) -> Iterator[Diagnostic]:
        """会议费 or 培训费 listed among the parts of a “三公”经费 total."""
        hits = prose.three_public_foreign_parts(para.text.value, bd)
        if hits:
            names = "”“".join(dict.fromkeys(bd.labels[k] for k in hits))
            yield self.diagnostic("foreign_part", para.text.locate(bd.parts[hits[0]].start, bd.parts[hits[0]].end),
                                  severity=Severity.warning, names=names,
                                  related=[(para.text.locate(bd.parts[k].start, bd.parts[k].end), "part") for k in hits[1:]])

    def _report(self, total: Quantity, parts: tuple[Quantity, ...], exhaustive: bool, marker: str,
                location: Location, part_locations: list[Location], inferred_from: Location | None = None,
                labels: tuple[str, ...] = (), across: bool = False, cut: bool = False,
                closed: bool = False, every_kind: bool = False) -> Diagnostic | None:
        written, parts = parts, as_listed(parts)
        if prose.unit_slip(total, parts) is not None or prose.total_unit_slip(total, parts) \
                or prose.total_separator_slip(total, parts):
            return None  # one part, or the total, in 元 among 万元 (or back): U401 says so
        outcome = check_sum(total, parts, at_most=not exhaustive)
        if outcome is None:
            return None
        # a bare ``30`` among ``29.99`` is most likely 30.00, but a writer may have rounded it:
        # a difference only that reading makes is worth a look, not certainly wrong
        promoted = written != parts and _within_rounding(check_sum(total, written, at_most=not exhaustive))
        counts = total.kind == "count"
        if counts and outcome.severity is Severity.rounding:
            # whole counts are exact: 25 + 20 + 26 = 71 人 of 73 is no rounding difference but
            # a head count whose 其中 names only some of its groups (read like any count below)
            outcome = replace(outcome, severity=Severity.error)
        if outcome.severity is Severity.rounding:
            if not self.options.get("rounding", True) or _rounded_to_its_digits(total, parts):
                return None
            key, severity = "rounding", Severity.rounding
        elif outcome.computed * total.scale > total.base_value:
            key, severity = ("mismatch" if exhaustive else "exceeds"), Severity.error
            if counts:  # 其中 after a count may list overlapping groups (女职工, 党员)
                key, severity = "exceeds", Severity.warning
        elif counts and not every_kind and not prose_lists.complete_count_list(total, labels) \
                and not prose_lists.respective_list(marker):
            return None  # a count's 其中 may name only some of its groups
        else:
            if cut:
                return None  # the list runs into the text's cut: its other parts are not in the text
            key, severity = "short", Severity.warning
            if closed:  # ``a、b，合计 T``: T sums the items listed, no other
                key, severity = "mismatch", Severity.error
        if promoted and severity is Severity.error:
            severity = Severity.warning
        if (inferred_from is not None or across) and severity is Severity.error:
            # the whole was matched by name in another sentence, or read across a comparison
            # (T 万元，比上年增加 X 万元，其中 …): a reading, not the form's own layout
            severity = Severity.warning
        units = mixed_units([total, *parts])
        decimals = decimals_of([total, *parts])
        lines = [loc.line for loc in part_locations]
        where = where_en = ""
        if inferred_from is not None:
            where = f"（总数见第 {inferred_from.line} 行）"
            where_en = f" (total at line {inferred_from.line})"
        elif set(lines) != {location.line}:
            where = f"（分项见第 {lines_of(lines)} 行）"
            where_en = f" (parts at line {lines_of(lines).replace('、', ', ')})"
        hint = prefix_hint(total, parts, labels)
        where += hint[0]
        where_en += hint[1]
        unit = total.unit or ""
        computed = fmt(outcome.computed, decimals) + (f" {unit}" if units else "")
        # a part left at 0 is one of the figures to look at when the parts fall short of the total
        short = outcome.computed * total.scale < total.base_value
        related = [(loc, "part") for loc, p in zip(part_locations, parts, strict=True)
                   if p.value != 0 or short][:MAX_RELATED]
        if inferred_from is not None:
            related.insert(0, (inferred_from, "total"))
        return self.diagnostic(
            key, location, severity=severity, related=related, marker=marker,
            expr=sum_expression(parts, units), expr_en=sum_expression(parts, units, "en"), computed=computed, stated=shown(total, units),
            diff=fmt(outcome.difference, decimals) + (f" {unit}" if units else ""), where=where, where_en=where_en,
        )


def _within_rounding(outcome: Outcome | None) -> bool:
    return outcome is None or outcome.severity is Severity.rounding


def prefix_hint(total: Quantity, parts: tuple[Quantity, ...], labels: tuple[str, ...]) -> tuple[str, str]:
    """When the first parts alone make up the total, name the ones that do not belong to it (not
    for a total of nothing: 0 辆 made up of 0 + 0 says nothing of the part after them)."""
    if not total.base_value:
        return "", ""
    acc = Decimal(0)
    for k, p in enumerate(parts[:-1], start=1):
        acc += p.base_value
        if k >= 2 and acc == total.base_value:
            rest = labels[k:] if len(labels) == len(parts) else ()
            names = "、".join(x for x in rest if x)
            zh = f"；前 {k} 项之和恰为总数" + (f"，{names}不应列在其中" if names else "")
            en = f"; the first {k} parts alone make up the total"
            return zh, en
    return "", ""


def _rounded_to_its_digits(total: Quantity, parts: tuple[Quantity, ...]) -> bool:
    """Whether a total shown coarser than every part (3.30 亿元 over 万元 parts, 468.738 over
    250.7219 and 218.016) is the parts' sum rounded to the total's digits: the total is the sum
    as its digits show it."""
    step = Decimal(1).scaleb(-total.decimals) * total.scale
    if any(Decimal(1).scaleb(-p.decimals) * p.scale >= step for p in parts):
        return False
    exact = sum((p.base_value for p in parts), Decimal(0)) / total.scale
    return exact.quantize(Decimal(1).scaleb(-total.decimals), rounding=ROUND_HALF_UP) == total.value
