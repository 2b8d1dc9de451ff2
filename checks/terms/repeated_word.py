"""T806: a word or phrase typed twice in a row (下降的原因原因是, 《中央食品食品监管…》)."""

from __future__ import annotations

from collections.abc import Iterator

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.slips import doubled_adverbs, repeated_words
from perflint.model import Document, Location, SourceText

from ._facts import texts


def line_breaks(source: SourceText) -> set[int]:
    """Offsets in ``source`` where a new line of the file begins (a joined paragraph's seams)."""
    return {offset for offset, _line, _col in source.anchors[1:]}


class RepeatedWord(Check):
    """## What it does
    Finds a Chinese word or phrase of two or more characters written twice back to back
    (原因原因, 食品食品, 补助资金预算补助资金预算). Real reduplication is left alone: single
    characters (常常, 层层), a verb doubled for a light "try" (研究研究), counted series
    (一步一步), constructions with 不/没 (是不是不), a place name meeting a word (盐城市城市管理局),
    and two cells of a flattened table that say the same (two source lines, or a figure next
    to the repeat).

    本检查查找紧邻重复录入的词语（如“原因原因”“食品食品”），合理的叠词、数量短语、地名与表格相邻单元格除外。

    ## Why is this bad?
    A doubled word is a copy-and-paste or typing slip that the reviewer notices at once, and
    inside a document title (《…》) it misquotes the document.

    ## Example
    ```text
    公务接待费减少 3 万元，下降的原因原因是压减开支。
    ```

    ## Use instead
    ```text
    公务接待费减少 3 万元，下降的原因是压减开支。
    ```
    """

    code = "T806"
    name = "repeated-word"
    family = "terms"
    severity = Severity.warning
    title = {"zh": "词语重复录入", "en": "Word typed twice"}
    messages = {
        "repeat": {"zh": "“{wrong}”中“{unit}”重复，疑为录入重复，应为“{unit}”",
                   "en": "\"{wrong}\" repeats \"{unit}\": likely typed twice"},
        "also": {"zh": "同样的重复", "en": "the same repeat"},
        "adverb": {"zh": "“{unit}”在同一分句中重复（“{unit}将……{unit}”），应删去其一",
                   "en": "\"{unit}\" twice in one clause (\"{unit}将…{unit}\"): keep one"},
    }

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        # One finding per repeated unit: the same doubled word in a title quoted twice is one slip.
        seen: dict[str, tuple[Location, str, list[Location]]] = {}
        for source in texts(doc):
            for rep in repeated_words(source.value, line_breaks(source)):
                where = source.locate(rep.start, rep.end)
                if rep.unit in seen:
                    seen[rep.unit][2].append(where)
                else:
                    seen[rep.unit] = (where, source.value[rep.start:rep.end], [])
            for rep in doubled_adverbs(source.value):
                second = rep.end - len(rep.unit)
                yield self.diagnostic("adverb", source.locate(second, rep.end), unit=rep.unit)
        for unit, (where, wrong, copies) in seen.items():
            yield self.diagnostic("repeat", where, wrong=wrong, unit=unit,
                                  related=[(loc, "also") for loc in copies])
