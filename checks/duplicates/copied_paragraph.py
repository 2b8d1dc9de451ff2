"""D203: prose copied from another place of the draft."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.model import Document

from ._passages import Copy, cached_copies


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
    paragraph: a clause of the 职能 list restated in a longer paragraph is not a copy.

    ## Why is this bad?
    A paragraph pasted from another project describes that project: its outputs, its
    problems, its budget. The report then says nothing true about its own project, and a
    reader who notices one pasted section stops trusting the rest.

    ## Example
    ```text
    （三）存在的问题和原因          ← 项目甲
    一是宣传渠道单一，群众知晓率不高；二是……
    ……
    （三）存在的问题和原因          ← 项目乙, the same two problems word for word
    一是宣传渠道单一，群众知晓率不高；二是……
    ```

    ## Use instead
    Describe each project's own outputs, problems and measures; refer to the other section
    (`详见第二部分`) instead of repeating it.

    ## Options
    - `min_chars` (default 40): copied characters (after normalisation) a finding needs.
    - `threshold` (default 92): rapidfuzz ratio (0–100) from which two clauses are the same.
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
        "first": {"zh": "首次出现", "en": "first occurrence"},
    }
    default_options = {"min_chars": 40, "threshold": 92}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        threshold = float(self.options["threshold"])
        min_chars = int(self.options["min_chars"])
        for copy in cached_copies(doc, ctx, threshold, min_chars):
            yield self._report(copy)

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
