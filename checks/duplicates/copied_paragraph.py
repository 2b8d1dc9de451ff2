"""D203: prose copied from another place of the draft."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.similarity import normalise
from perflint.model import Document, Indicator, Location, Paragraph
from perflint.text.normalise import compact

from ._indicators import forms, no_deviation_statement
from ._passages import Copy, cached_copies

# The 实际完成情况 of a 年度总体目标 block repeating its 预期目标: a goal, not a word or two
_GOAL_MIN_CHARS = 10
# One 偏差原因 pasted into the rows of a form: in this many rows at least, and a reason, not a word
_REASON_MIN_ROWS = 3
_REASON_MIN_CHARS = 12
# A problem statement another report of the file wrote word for word: a problem, not a phrase
_PROBLEM_MIN_CHARS = 16


def _notice_closes(doc: Document) -> list[int]:
    """The lines that close a notice or letter printed on the page (``特此通知。``)."""
    if not any("特此" in line for line in doc.lines):
        return []
    from perflint.extract.dates import closes_notice

    return [n for n, line in enumerate(doc.lines, 1) if "特此" in line and closes_notice(line)]


def _across_a_notice_close(copy: Copy, closes: list[int]) -> bool:
    """Whether a notice closes between the copy's source and the copy: two notices published one
    after the other (a district's funding notices), each with the same standard instruction, are
    two documents, not one draft copying itself."""
    src = copy.origin.block.line
    at = copy.passages[0].block.line
    return any(src < n < at for n in closes)


class CopiedParagraph(Check):
    """## What it does
    Finds paragraphs (or whole sections) that repeat text from earlier in the draft: another
    project's report, another section of the same report, an annex that pastes the body again.
    It compares clause by clause after removing whitespace, punctuation and list markers, so a
    copy broken differently over PDF lines, renumbered (`3、` → `5、`) or lightly edited
    (`救助` → `补助`) is still found. One finding per copied section, at the later copy, with
    the first occurrence as the related location.

    Text meant to repeat is left alone: the forms' printed notes (`定量指标计分原则…`), table
    notes (`注：本表反映…`), standard definitions (名词解释), title lines, and a 自评表's
    偏差原因 / 改进措施 answers that restate their own report (the list is in
    `perflint/data/duplicates.yaml`). Inside one report a copy must make up most of its
    paragraph: a clause of the 职能 list restated in a longer paragraph is not a copy, nor are
    clauses that each only name a figure (a sum; or counts and measures restated inside another
    sentence, the target's outputs as done: `已新建成冷藏库12个,约36000立方米`). A 预算/决算说明 states its totals and then each side
    (`1.总体情况` / `2.收入情况` / `3.支出情况`, or 收入 and 支出 in two paragraphs of one shape), each
    with its change and cause: the sides move with the totals, so one cause stated for each is no
    copy; the same cause pasted where nothing of the kind moved (a 结转结余 paragraph) still is. Two reports on one
    unit (its 决算说明 and the 部门整体支出绩效自评报告 bound with it, their titles naming the same
    unit) each describe the unit: the second restating who the unit is (a clause opening with its
    name) and its counts is no copy; prose about what it did or found pasted between them is. What
    clauses cite (document numbers, notice titles) does not make them alike: the entries of a grant
    list that each cite the same notices and name their own works and sum are no copies. Two
    notices printed one after the other, each closed by `特此通知`, are two documents: the same
    standard instruction in each is no copy. A
    paragraph written again right under itself is a doubling, reported by D208. In a file of
    several reports (附件1..N), a 存在的问题 statement of at least sixteen characters written word
    for word under another report's problems is a copy however short: each project's problems
    are its own (unless `min_chars` is raised above its default).

    A passage of three clauses or more (forty characters, without figures) written again
    further on in its own paragraph is reported too: sections the reader ran into one line, the
    `项目执行情况` pasting the `年度总体目标` (`…目标 举办文化活动：组织…，丰富…，营造… 2.总体目标完成情况
    举办文化活动：组织…，丰富…，营造…`).

    In a 自评表 it also finds an 实际完成情况 cell that repeats the 预期目标 cell beside it (at least
    ten characters: the goal, not what was done; written a cell a line, the copy stands right
    under the goal and D208 reports it), and one 偏差原因 written into three rows or more of the
    form, rows that scored in full among them (at least twelve characters, and not a statement
    that there was no deviation such as `无偏差`, `已完成年度目标`: see `perflint/data/duplicates.yaml`).

    ## Why is this bad?
    A paragraph pasted from another project describes that project: its outputs, its
    problems, its budget. The report then says nothing true about its own project, and a
    reader who notices one pasted section stops trusting the rest.

    ## Example
    ```text
    某县民政局2023年度临时救助项目绩效自评报告
    一、存在的问题和原因
    一是救助申请材料审核环节较多，部分群众往返乡镇和县城两地提交材料，办理周期偏长；二是部分乡镇经办人员不足，入户核查不够及时。
    某县民政局2023年度养老服务补贴项目绩效自评报告
    一、存在的问题和原因
    一是救助申请材料审核环节较多，部分群众往返乡镇和县城两地提交材料，办理周期偏长；二是部分乡镇经办人员不足，入户核查不够及时。
    ```
    The second project's problems are the first project's, word for word.

    ## Use instead
    ```text
    某县民政局2023年度临时救助项目绩效自评报告
    一、存在的问题和原因
    一是救助申请材料审核环节较多，部分群众往返乡镇和县城两地提交材料，办理周期偏长；二是部分乡镇经办人员不足，入户核查不够及时。
    某县民政局2023年度养老服务补贴项目绩效自评报告
    一、存在的问题和原因
    一是补贴对象动态调整不及时，个别已故老人的补贴未能按月停发；二是部分村级养老服务站点设施老旧。
    ```
    Describe each project's own outputs, problems and measures; refer to the other section (`详见第二部分`) instead of repeating it.

    ## Options
    - `min_chars` (default 40): copied characters (after normalisation) a finding needs.
    - `threshold` (default 92): rapidfuzz ratio (0–100) from which two clauses are the same.
    """

    doc_zh = """## 它检查什么
    查找重复草稿前文内容的段落（或整节）：别的项目的报告、同一报告的另一节、把正文再贴一遍的附件。去掉空白、标点和列表符号后逐分句比较，因此在 PDF 中断行不同、重新编号（“3、”→“5、”）或略有改动（“救助”→“补助”）的复制也能找到。每个被复制的节只报告一次，落在后出现的那一处，并指出首次出现的位置。

    本来就会重复的文字不报告：表格印好的说明（“定量指标计分原则……”）、表注（“注：本表反映……”）、标准定义（名词解释）、标题行，以及自评表中复述本报告内容的偏差原因、改进措施（清单见 `perflint/data/duplicates.yaml`）。同一报告内，复制的内容须占其所在段落的大部分：在较长段落中复述“职能”列表的一个分句不算复制；每个分句都只是说出一个数字的（金额；或在另一句话里复述的数量、面积，如把目标产出复述为已完成：“已新建成冷藏库12个,约36000立方米”），也不算复制。预算/决算说明先写收支总计、再分写收入和支出（“1.总体情况”“2.收入情况”“3.支出情况”，或形式相同的收入、支出两段），各写增减及原因：收入、支出随总计变动，为各自写同一原因不算复制；把同一原因贴到并无此种变动的段落（如结转结余段）仍算复制。同一单位的两份报告（决算说明及随附的部门整体支出绩效自评报告，标题所写单位相同）各自介绍本单位：后者复述单位是什么（以单位名称开头的分句）及其各项数量，不算复制；两者之间照搬做了什么、发现什么问题的文字，仍算复制。分句所引用的内容（文号、文件名）不计入相同：资金来源清单中每一条都引用同样的文件、各写各的工程和金额，不算复制。页面上先后印出的两份通知（各以“特此通知”结束）是两份文件：各自写着同一条标准要求，不算复制。紧接着原段重复出现的段落属于连续重复，由 D208 报告。多个报告合为一个文件（附件1……N）时，某报告“存在的问题”中至少十六个字的一条问题与另一报告的问题一字不差，即使较短也算复制：每个项目的问题是它自己的（`min_chars` 调高到默认值以上时不查）。

    同一段中，一段文字（三个分句以上、共四十字、不含数字）隔着别的内容又原样写了一遍的，也报告：阅读时各节连成了一行，“项目执行情况”照抄“年度总体目标”。

    自评表中另查：“实际完成情况”与旁边的“预期目标”一字不差（至少十个字：写的是目标，不是完成了什么；逐格一行的表中照抄的一格紧接在目标下面，由 D208 报告）；同一条偏差原因填在表中三行及以上指标里、其中有得满分的行（至少十二个字，且不是“无偏差”“已完成年度目标”之类说明没有偏差的话，清单见 `perflint/data/duplicates.yaml`）。

    ## 为什么要改
    从别的项目粘贴来的段落描述的是那个项目：它的产出、问题和预算。报告于是对本项目什么真实情况都没说；读者一旦发现一节是粘贴的，就不再信任其余部分。

    ## 示例
    {example}
    养老服务补贴项目的问题是从临时救助项目逐字抄来的。

    ## 应改为
    {use_instead}
    每个项目写自己的产出、问题和措施；需要引用另一节时写“详见第二部分”，不要重复。

    ## 选项
    - `min_chars`（默认 40）：构成一处复制所需的相同字数（规范化之后）。
    - `threshold`（默认 92）：rapidfuzz 相似度（0–100），达到即视为相同分句。
    """

    code = "D203"
    name = "copied-paragraph"
    family = "duplicates"
    severity = Severity.warning
    title = {"zh": "段落与他处重复", "en": "Paragraph copied from elsewhere in the draft"}
    messages = {
        "whole": {
            "zh": "与第 {src} 行内容相同（相似度 {score}%）",
            "en": "same text as line {src} ({score}% similar)",
        },
        "partial": {
            "zh": "本段有 {chars} 字与第 {src} 行相同（相似度 {score}%）",
            "en": "{chars} characters of this paragraph repeat line {src} ({score}% similar)",
        },
        "section": {
            "zh": "第 {start}–{end} 行共 {n} 段与第 {src} 行起的内容相同（相似度 {score}%）",
            "en": "lines {start}–{end} ({n} paragraphs) repeat the text from line {src} on ({score}% similar)",
        },
        "part": {
            "zh": "本部分第 {start}–{end} 行的文字几乎全部（{share}%，共 {n} 段）与第 {src} 行起的内容相同（相似度 {score}%）",
            "en": "nearly all the text of this part, lines {start}–{end} ({share}%, {n} paragraphs), repeats the text "
                  "from line {src} on ({score}% similar)",
        },
        "goal": {
            "zh": "自评表“实际完成情况”照抄了“预期目标”，未写实际完成了什么",
            "en": "the form's 实际完成情况 repeats its 预期目标 word for word instead of saying what was done",
        },
        "reason": {
            "zh": "同一条偏差原因填在本表 {n} 行指标中，其中 {full} 行得满分、并无偏差",
            "en": "the same deviation reason is written in {n} indicator rows of this form, {full} of them scored in full "
                  "with no deviation",
        },
        "inline": {
            "zh": "同一段中前面写过的一段文字又原样写了一遍：“{unit}”",
            "en": "a passage written earlier in this paragraph is written again word for word: “{unit}”",
        },
        "again": {"zh": "再次出现", "en": "again"},
        "first": {"zh": "首次出现", "en": "first occurrence"},
        "goal_cell": {"zh": "预期目标", "en": "the 预期目标"},
    }
    default_options = {"min_chars": 40, "threshold": 92}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        threshold = float(self.options["threshold"])
        min_chars = int(self.options["min_chars"])
        closes = _notice_closes(doc)
        for copy in cached_copies(doc, ctx, threshold, min_chars):
            if closes and _across_a_notice_close(copy, closes):
                continue
            yield self._report(copy)
        yield from self._goal_as_result(doc, ctx)
        yield from self._pasted_reasons(doc, ctx)
        yield from self._copies_inside_paragraphs(doc, min_chars)
        if len(doc.parts) > 1 and min_chars <= self.default_options["min_chars"]:
            yield from self._problems_of_another_project(doc, min_chars)

    def _problems_of_another_project(self, doc: Document, min_chars: int) -> Iterator[Diagnostic]:
        """A 存在的问题 statement of one report written word for word under another report's of
        the same file (附件1..N), too short to count as copied prose: each project's problems
        are its own."""
        from perflint.extract.problems import part_problems, states_problem

        first: dict[str, tuple[int, Location]] = {}
        for index, part in enumerate(doc.parts):
            for problem in part_problems(doc, part):
                text = normalise(problem.statement)
                if not _PROBLEM_MIN_CHARS <= len(text) < min_chars or not states_problem(problem):
                    continue
                seen = first.setdefault(text, (index, problem.location))
                if seen[0] != index and compact(part.title) != compact(doc.parts[seen[0]].title):
                    yield self.diagnostic("whole", problem.location, related=[(seen[1], "first")],
                                          src=seen[1].line, score=100)

    def _copies_inside_paragraphs(self, doc: Document, min_chars: int) -> Iterator[Diagnostic]:
        """A passage written again further on in its own paragraph: sections run into one line
        by the reader (``年度总体目标`` then ``总体目标完成情况`` copying it), where the copies
        between blocks cannot see it."""
        from perflint.extract.similarity import copy_inside

        for part in doc.parts:
            for block in part.blocks:
                if not isinstance(block, Paragraph):
                    continue
                found = copy_inside(block.text.value, min_chars)
                if found is None:
                    continue
                first, second, end = found
                source = block.text
                yield self.diagnostic("inline", source.locate(second.start, end.end),
                                      related=[(source.locate(first.start, first.end), "first")],
                                      unit=_short(source.value[second.start:end.end]))

    def _pasted_reasons(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """One 偏差原因 written into several indicator rows of a form, rows that met their target
        and scored in full among them: a reason pasted down the column, not each row's own."""
        for se in forms(doc, ctx):
            by_text: dict[str, list[Indicator]] = {}
            for ind in se.indicators:
                reason = ind.deviation
                if reason is not None and reason.text:
                    by_text.setdefault(normalise(reason.text), []).append(ind)
            for text, inds in by_text.items():
                if (len(inds) < _REASON_MIN_ROWS or len(text) < _REASON_MIN_CHARS
                        or no_deviation_statement(text) or not any(_full_score(ind) for ind in inds)):
                    continue
                locs = [ind.deviation.cell.text.locate() for ind in inds if ind.deviation is not None]
                yield self.diagnostic("reason", locs[1], related=[(locs[0], "first")]
                                      + [(loc, "again") for loc in locs[2:]], n=len(inds),
                                      full=sum(_full_score(ind) for ind in inds))

    def _goal_as_result(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        """A 自评表 whose 实际完成情况 cell repeats its 预期目标 cell beside it. Written a cell a
        line, the copy stands right under the goal: that is a doubling, D208's."""
        for se in forms(doc, ctx):
            goal = se.goal
            if goal is None or goal.expected is None or goal.actual is None:
                continue
            expected, actual = goal.expected.text.locate(), goal.actual.text.locate()
            if actual.line != expected.line:
                continue
            text = normalise(goal.actual.value)
            if len(text) >= _GOAL_MIN_CHARS and text == normalise(goal.expected.value):
                yield self.diagnostic("goal", actual, related=[(expected, "goal_cell")])

    def _report(self, copy: Copy) -> Diagnostic:
        first = copy.passages[0]
        in_first = [p for p in copy.passages if p.block is first.block]
        location = first.block.text.locate(first.start, in_first[-1].end)
        origin = copy.origin
        # a whole paragraph copied: point at the start of the paragraph it repeats
        origin_loc = origin.block.location if copy.whole else origin.block.text.locate(origin.start, origin.end)
        score = int(copy.score)
        related = [(origin_loc, "first")]
        if copy.paragraphs > 1:
            start = copy.source_start
            src = start.block.text.locate(start.start, start.end)
            related = [(src, "first")]
            last = copy.passages[-1]
            end = last.block.text.locate(last.start, last.end).end_line or last.block.line
            if copy.part_share is not None:
                return self.diagnostic("part", location, related=related, start=location.line, end=end,
                                       share=int(copy.part_share * 100), n=copy.paragraphs, src=src.line,
                                       score=score)
            return self.diagnostic("section", location, related=related, start=location.line, end=end,
                                   n=copy.paragraphs, src=src.line, score=score)
        if copy.whole:
            return self.diagnostic("whole", location, related=related, src=origin_loc.line, score=score)
        return self.diagnostic("partial", location, related=related, chars=copy.weight,
                               src=origin_loc.line, score=score)


def _full_score(ind: Indicator) -> bool:
    """The row scored its whole weight."""
    score = ind.score.value if ind.score is not None else None
    return score is not None and ind.weight is not None and score == ind.weight


def _short(text: str) -> str:
    text = compact(text)
    return text if len(text) <= 40 else text[:38] + "…"
