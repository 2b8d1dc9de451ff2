"""D201: one 三级指标 listed twice in one 自评表."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from perflint.check import Check, Context
from perflint.diagnostics import Diagnostic, Severity
from perflint.extract.similarity import clauses, differing_chars, labelled_indicator, normalise, similar
from perflint.model import Cell, Document, Location, Table
from perflint.text.numbers import parse_cell
from perflint.text.patterns import lazy_compile

from ._indicators import Row, forms_with_rows, name_fillers, names_repeated_by_form, shown

# Names that differ only in these are different indicators (一季度/二季度, 2021年/2022年, 城镇/城乡).
_MEANINGFUL_DIFF = lazy_compile(r"[\d一二三四五六七八九十百上下前后内外男女城乡镇村省市县区]")
_NEAR_MIN_LEN = 6
_PREFIX_MIN_LEN = 8
# A unit written in brackets at the end of a name (资金到位率（%）, 受益人数(人))
# Shortest name told apart from another by a filler only (受益学生数 / 受益学生人数)
_FILLER_MIN_LEN = 4
_UNIT_IN_NAME = lazy_compile(r"^(.{2,}?)[(（]([^()（）]{1,4})[)）]$")


class DuplicateIndicator(Check):
    """## What it does
    Finds a 三级指标 that appears twice in the same 自评表, with the same name after removing
    spaces and punctuation, or with a nearly identical name (a typo: rapidfuzz ratio at least
    `threshold`) *and* the same target and actual. It points at the second row, names the first,
    and says whether the two rows carry the same values.

    Forms that number their indicators in a table (`指标1：…`, as 整体支出 forms do) are read
    too: an indicator whose name is that of an earlier one, or the start of its wording
    (`指标1：城乡居民参保全覆盖` after `指标1：城乡居民参保全覆盖常住人口参保率100%`), or its first
    clause, is reported (as a warning unless the whole wording is the same: a short goal may
    state another aspect of a longer one).
    A name that is another's with one filler character more or less (`受益学生数` / `受益学生人数`,
    listed in `perflint/data/duplicates.yaml`), with the same target and actual, is the same name
    however short. A name that is another's with a unit in brackets at its end (`资金到位率（%）`
    after `资金到位率`) is reported as a warning: the unit moved from the values into the name, or
    the row was written again to another unit.

    Names that differ in a digit, an ordinal or a word such as 城/乡, 上/下 are different
    indicators and stay quiet. Names that the standard forms themselves list twice
    (`管理制度健全性` under 预算管理 and 资产管理) are listed in `perflint/data/duplicates.yaml`.

    ## Why is this bad?
    Each indicator is weighted once. Listing it again (usually pasted into a second 二级指标
    slot to fill the form) scores the same achievement twice, and the slot it fills has no
    real indicator of its own.

    ## Example
    ```text
    某县医保局2023年度医保电子凭证推广项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 电子凭证激活人数 | ≥5万人 | 5.3万人 | 20 | 20 |
    | 效益指标 | 社会效益指标 | 电子凭证激活人数 | ≥5万人 | 5.3万人 | 20 | 20 |
    ```

    ## Use instead
    ```text
    某县医保局2023年度医保电子凭证推广项目绩效自评表
    | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
    | 产出指标 | 数量指标 | 电子凭证激活人数 | ≥5万人 | 5.3万人 | 20 | 20 |
    | 效益指标 | 社会效益指标 | 电子凭证结算占比 | ≥30% | 34% | 20 | 20 |
    ```
    Give the 社会效益 slot its own indicator (here the share of visits settled with the electronic voucher), or drop the slot and move its weight.

    ## Options
    - `threshold` (default 90): rapidfuzz ratio (0–100) from which two names are the same name.
    """

    doc_zh = """## 它检查什么
    查找在同一张自评表中出现两次的三级指标：去掉空格和标点后名称相同，或名称几乎相同（笔误：rapidfuzz 相似度不低于 `threshold`）且目标值和实际值也相同。提示落在第二行，指出第一行，并说明两行的数值是否相同。

    在表格中给指标编号的表（“指标1：……”，整体支出自评表常见）也检查：指标表述与前面某个指标相同、是其表述的开头（“指标1：城乡居民参保全覆盖”在“指标1：城乡居民参保全覆盖常住人口参保率100%”之后）或与其第一个分句相同的，也报告；整句相同为 error，其余为 warning（较短的目标可能说的是较长目标的另一个方面）。
    名称只比另一名称多或少一个虚字（“受益学生数”/“受益学生人数”，清单见 `perflint/data/duplicates.yaml`）且目标值和实际值相同的，无论多短都是同一名称。名称是另一名称末尾加括号单位的（“资金到位率（%）”在“资金到位率”之后），报告为 warning：单位从数值挪进了名称，或同一行按另一单位又写了一遍。

    名称只差一个数字、序数或“城/乡”“上/下”之类字的，是不同指标，不报告。标准表格本身就列两次的名称（如预算管理和资产管理下的“管理制度健全性”）列在 `perflint/data/duplicates.yaml` 中。

    ## 为什么要改
    每个指标只计一次分。重复列出（通常是为了填满第二个二级指标栏而粘贴的）会让同一成绩得两次分，它占的那一栏也没有自己的指标。

    ## 示例
    {example}

    ## 应改为
    {use_instead}
    给社会效益栏设一个自己的指标（如用电子凭证结算的就诊占比），或删去该栏、把分值移到别处。

    ## 选项
    - `threshold`（默认 90）：rapidfuzz 相似度（0–100），达到即视为同一名称。
    """

    code = "D201"
    name = "duplicate-indicator"
    family = "duplicates"
    severity = Severity.error
    title = {"zh": "三级指标在同一自评表中重复", "en": "Indicator listed twice in one form"}
    messages = {
        "same_values": {
            "zh": "三级指标“{name}”在本表第 {first} 行已出现，目标值和实际值相同（{target} / {actual}）",
            "en": "indicator “{name}” already appears in this form at line {first}, with the same target and "
                  "actual ({target} / {actual})",
        },
        "same_values_scored": {
            "zh": "三级指标“{name}”在本表第 {first} 行已出现，目标值和实际值相同（{target} / {actual}），重复计分（{scores}）",
            "en": "indicator “{name}” already appears in this form at line {first}, with the same target and "
                  "actual ({target} / {actual}): scored twice ({scores})",
        },
        "other_values": {
            "zh": "三级指标“{name}”在本表第 {first} 行已出现，但数值不同（第 {first} 行 {target0} / {actual0}，"
                  "此处 {target} / {actual}）",
            "en": "indicator “{name}” already appears in this form at line {first}, with other values "
                  "(line {first}: {target0} / {actual0}; here: {target} / {actual})",
        },
        "near": {
            "zh": "三级指标“{name}”与第 {first} 行的“{name0}”几乎相同（相似度 {score}%），且目标值和实际值相同（{target} / {actual}）",
            "en": "indicator “{name}” is nearly the same as “{name0}” at line {first} ({score}% similar), "
                  "with the same target and actual ({target} / {actual})",
        },
        "unit_name": {
            "zh": "三级指标“{name}”与第 {first} 行的“{name0}”只差名称中括号里的单位（第 {first} 行 {target0} / {actual0}，"
                  "此处 {target} / {actual}）",
            "en": "indicator “{name}” differs from “{name0}” at line {first} only by the unit in brackets "
                  "(line {first}: {target0} / {actual0}; here: {target} / {actual})",
        },
        "labelled": {
            "zh": "指标“{name}”在本表第 {first} 行已列出（“{text0}”）",
            "en": "indicator “{name}” is already listed in this table at line {first} (“{text0}”)",
        },
        "first": {"zh": "首次出现", "en": "first occurrence"},
    }
    default_options = {"threshold": 90}

    def run(self, doc: Document, ctx: Context) -> Iterator[Diagnostic]:
        threshold = float(self.options["threshold"])
        allowed = names_repeated_by_form()
        reported: set[int] = set()
        for _se, form_rows in forms_with_rows(doc, ctx):
            seen = _Seen()
            for row in form_rows:
                if row.name not in allowed:
                    diag = self._against(row, seen, threshold)
                    if diag is not None:
                        reported.add(diag.location.line)
                        yield diag
                seen.add(row)
        for _, block in doc.blocks():
            if isinstance(block, Table):
                for diag in self._labelled(block):
                    if diag.location.line not in reported:
                        yield diag

    def _labelled(self, table: Table) -> Iterator[Diagnostic]:
        """Tables that list ``指标N：name`` cells (not read as a 自评表)."""
        seen: list[tuple[Cell, str, str, str]] = []  # cell, text, normalised first clause, normalised text
        for row in table.rows:
            for cell in row.cells:
                text = labelled_indicator(cell.value)
                if text is None:
                    continue
                parts = clauses(text)
                head = parts[0].norm if parts else ""
                whole = normalise(text)
                if len(head) < 2:
                    continue
                for cell0, text0, head0, whole0 in seen:
                    short, long = sorted((whole, whole0), key=len)
                    prefix = len(short) >= _PREFIX_MIN_LEN and long.startswith(short)
                    if head == head0 or prefix:
                        # the same wording twice is certain; a goal that is only the first clause or
                        # the start of a longer one (质量 then 时效) may state another aspect of it
                        yield self.diagnostic(
                            "labelled", _loc(cell), severity=None if whole == whole0 else Severity.warning,
                            related=[(_loc(cell0), "first")], name=text[parts[0].start:parts[0].end],
                            first=cell0.line, text0=text0,
                        )
                        break
                seen.append((cell, text, head, whole))

    def _against(self, row: Row, seen: _Seen, threshold: float) -> Diagnostic | None:
        ind = row.indicator
        first = seen.by_name.get(row.name)  # the first earlier row of the same name
        if first is not None:
            related = [(first.location, "first")]
            if first.values == row.values:
                scores = _scores(first, row)
                key = "same_values_scored" if scores else "same_values"
                return self.diagnostic(key, row.location, related=related, name=ind.name,
                                       first=first.line, target=shown(ind.target), actual=shown(ind.actual),
                                       scores=scores)
            return self.diagnostic("other_values", row.location, related=related, name=ind.name,
                                   first=first.line, target0=shown(first.indicator.target),
                                   actual0=shown(first.indicator.actual), target=shown(ind.target),
                                   actual=shown(ind.actual))
        bare = _name_without_unit(ind.name)
        # the first earlier row of the same name where exactly one of the two has its unit in
        # brackets, (bare or name) compared: found in the index of the other kind of row
        first = seen.unit_named.get(row.name) if bare is None else seen.plain.get(bare or row.name)
        if first is not None:
            # the same name, one of them with its unit in brackets: the unit moved from the
            # values into the name, or a second row written to another unit
            return self.diagnostic("unit_name", row.location, related=[(first.location, "first")],
                                   severity=Severity.warning, name=ind.name, name0=first.indicator.name,
                                   first=first.line, target0=shown(first.indicator.target),
                                   actual0=shown(first.indicator.actual), target=shown(ind.target),
                                   actual=shown(ind.actual))
        for first in seen.by_values.get(row.values, ()):  # the earlier rows of the same values, in order
            if _filler_apart(first.name, row.name):
                score = similar(first.name, row.name, 0) or 0.0
            else:
                if min(len(first.name), len(row.name)) < _NEAR_MIN_LEN:
                    continue
                score = similar(first.name, row.name, threshold)
                if score is None or _MEANINGFUL_DIFF.search(differing_chars(first.name, row.name)):
                    continue
            return self.diagnostic("near", row.location, related=[(first.location, "first")], name=ind.name,
                                   name0=first.indicator.name, first=first.line, score=int(score),
                                   target=shown(ind.target), actual=shown(ind.actual))
        return None


class _Seen:
    """The earlier rows of a form, indexed as :meth:`DuplicateIndicator._against` looks for them
    (it went through all of them three times for each row: quadratic in a form's rows). Each
    index keeps the rows in their order, so the first found is the first of the form."""

    def __init__(self) -> None:
        self.by_name: dict[str, Row] = {}
        self.plain: dict[str, Row] = {}  # rows without a unit in brackets, by name
        self.unit_named: dict[str, Row] = {}  # rows with one, by the name without it (or the name)
        self.by_values: dict[tuple[str, str], list[Row]] = {}

    def add(self, row: Row) -> None:
        self.by_name.setdefault(row.name, row)
        bare = _name_without_unit(row.indicator.name)
        if bare is None:
            self.plain.setdefault(row.name, row)
        else:
            self.unit_named.setdefault(bare or row.name, row)
        self.by_values.setdefault(row.values, []).append(row)


def _loc(cell: Cell) -> Location:
    return cell.text.locate()


def _scores(first: Row, row: Row) -> str:
    a, b = first.indicator.score, row.indicator.score
    if a is None or b is None or not a.text or not b.text:
        return ""
    return f"{a.text} + {b.text}"


@lru_cache(maxsize=4096)  # asked of every pair of rows in a form
def _name_without_unit(name: str) -> str | None:
    """The normalised name without a unit in brackets at its end, None when it has none."""
    name = name.strip()
    if not name.endswith((")", "）")):
        return None
    m = _UNIT_IN_NAME.match(name)
    if m is None:
        return None
    unit = m.group(2).strip()
    q = parse_cell(f"1{unit}")
    if q is None or q.unit is None or q.text != f"1{unit}":
        return None
    return normalise(m.group(1))


def _filler_apart(a: str, b: str) -> bool:
    """One name is the other written with a filler (受益学生数 / 受益学生人数): a fragment of the
    shorter replaced by its longer form once gives the longer."""
    short, long = sorted((a, b), key=len)
    if len(short) < _FILLER_MIN_LEN or len(long) == len(short):
        return False
    for frag, filled in name_fillers():
        if len(filled) - len(frag) != len(long) - len(short):
            continue
        at = short.find(frag)
        while at != -1:
            if short[:at] + filled + short[at + len(frag):] == long:
                return True
            at = short.find(frag, at + 1) if frag else (at + 1 if at < len(short) else -1)
    return False
