"""Whether perflint finds the same things in a draft however its characters were typed or extracted.

    python benchmarks/variants.py ../shared/corpus/drafts                  # every variant
    python benchmarks/variants.py DIR --variants spaced --show 40

The same draft reaches perflint typed in Word, copied from a web page or extracted from a PDF,
and each writes the characters its own way. Each seed text (``.txt`` / ``.md`` of the folders
given, plus ``examples/``) is linted as it is and as each variant rewrites it, line for line:

- ``halfwidth``  full-width punctuation written half-width (，；：（）！？ → ,;:()!?), as web pages
                 and PDF text often give it;
- ``spaced``     a space between a Chinese character and a digit on either side (``2023 年度``,
                 ``指标 1 工程完工率``, ``批复时间:2024 年 09 月 14 日``), as a PDF's text gives it
                 (about one published page in eight here);
- ``unspaced``   those spaces taken out again, as a draft typed in Word has them: in every line
                 of prose (a line with ，or 。 and fewer than three bare figures: not a form
                 flattened onto one line), and in years and dates elsewhere (``2023年度``,
                 ``2024年3月``; a table row's cells stay apart);
- ``wrapped``    every line of prose longer than 40 characters broken every 38 characters, as a
                 PDF's text breaks a paragraph at the page's width (a finding is then keyed by
                 its code and message, line numbers left out, since the lines moved);
- ``paged``      a page's footer (``- 3 -``) put in after every 30 lines, inside a paragraph or a
                 table as a PDF's text puts it (keyed as ``wrapped`` is);
- ``webpage``    the text copied from a government portal with the page around it: breadcrumbs
                 (``首页 > 政务公开 > 预决算公开``), a publication line, the page's buttons, its
                 table of the document's particulars (``索引号 | … | 发文日期 | …``) above, the
                 site's footer below (keyed as ``wrapped`` is).

Printed per variant: findings *lost* (found in the text as it is, not in the variant: a reading
or a rule that needs one way of typing) and *gained* (found only in the variant: a reading the
variant broke), by code. ``--show N`` lists them (variant, file:line, code). A finding is keyed
by its code and line, which no variant moves. Stdlib and perflint only. Never copy a real draft's
text from its output into the project.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from perflint.check import Context
from perflint.engine import discover, instantiate, run_checks
from perflint.read.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
_HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})
_CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)")
_DIGIT_CJK = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])")
_SPACE_BETWEEN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff])")


def halfwidth(text: str) -> str:
    return text.translate(_HALF)


def spaced(text: str) -> str:
    return _DIGIT_CJK.sub(" ", _CJK_DIGIT.sub(" ", text))


_BARE_FIGURE = re.compile(r"(?<!\S)[\d.,]+%?(?!\S)")  # a figure cell of a flattened form's row
_SPACED_DATE = re.compile(r"(\d{4}) 年(?: (\d{1,2}) 月(?: (\d{1,2}) 日)?)?")


def _date_together(m: re.Match[str]) -> str:
    return "".join(m.group(0).split())


def unspaced(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if ("，" in line or "。" in line) and len(_BARE_FIGURE.findall(line)) < 3:
            lines[i] = _SPACE_BETWEEN.sub("", line)
        elif " 年" in line:
            lines[i] = _SPACED_DATE.sub(_date_together, line)
    return "\n".join(lines)


WRAP_AT = 38


def wrapped(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) > WRAP_AT + 2 and ("，" in line or "。" in line) and len(_BARE_FIGURE.findall(line)) < 3 \
                and "\t" not in line and "|" not in line:
            out.extend(line[k:k + WRAP_AT] for k in range(0, len(line), WRAP_AT))
        else:
            out.append(line)
    return "\n".join(out)


PAGE_LINES = 30


def paged(text: str) -> str:
    lines = text.split("\n")
    out = []
    for k, line in enumerate(lines, 1):
        out.append(line)
        if k % PAGE_LINES == 0 and k < len(lines):
            out.append(f"- {k // PAGE_LINES} -")
    return "\n".join(out)


_FISCAL_YEAR = re.compile(r"(20[12]\d)\s*年度")


def webpage(text: str) -> str:
    years = Counter(_FISCAL_YEAR.findall(text))
    published = int(years.most_common(1)[0][0]) + 1 if years else 2024  # a report is published after its year
    head = (f"首页 > 政务公开 > 法定主动公开内容 > 预决算公开\n"
            f"发布时间：{published}-05-06 10:20:31  来源：本站  浏览次数：1532\n"
            "【字体：大 中 小】【打印】【关闭】\n\n"
            f"索 引 号: | 000000000/{published}-00001 | 发文字号: | 无 | 发文日期: | {published}年05月06日 |\n"
            f"主题分类: | 财政 | 效力状态: | 有效 |\n\n")
    foot = ("\n\n【打印本页】【关闭窗口】\n主办单位：示范县人民政府办公室  承办单位：示范县大数据中心\n"
            "网站标识码：0000000001  ICP备00000000号-1\n")
    return head + text.rstrip("\n") + foot


VARIANTS: dict[str, Callable[[str], str]] = {"halfwidth": halfwidth, "spaced": spaced, "unspaced": unspaced,
                                             "wrapped": wrapped, "paged": paged, "webpage": webpage}
MOVES_LINES = {"wrapped", "paged", "webpage"}
_LINE_REF = re.compile(r"[（(][^（）()]*?第\s*\d[^（）()]*?行[^（）()]*?[）)]|第\s*\d+(?:\s*[-–—、,]\s*\d+)*\s*[行列]"
                       r"|与第\s*\d+\s*行|\d+\s*行")


def lint(text: str, path: str, checks, by_message: bool = False) -> Counter:
    doc = parse_text(text, path, source_format="markdown" if path.endswith(".md") else "text")
    diagnostics = run_checks(doc, checks, Context()).diagnostics
    if by_message:
        return Counter((d.code, _LINE_REF.sub("", d.message("zh"))) for d in diagnostics)
    return Counter((d.code, d.location.line) for d in diagnostics)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    chosen = [v for v in args.variants.split(",") if v]
    checks = instantiate(discover())
    files: list[Path] = []
    for folder in [*args.folders, ROOT / "examples"]:
        files += sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".md") and p.is_file())
    lost = {v: Counter() for v in chosen}
    gained = {v: Counter() for v in chosen}
    notes: list[str] = []
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace")
        path = f"{file.parent.name}/{file.name}"
        before = lint(text, file.name, checks)
        by_message = lint(text, file.name, checks, True) if MOVES_LINES & set(chosen) else Counter()
        for name in chosen:
            moves = name in MOVES_LINES
            after = lint(VARIANTS[name](text), file.name, checks, moves)
            old = by_message if moves else before
            for (code, line), k in (old - after).items():
                lost[name][code] += k
                notes.append(f"{name:9} lost   {path}:{str(line)[:70]} {code}")
            for (code, line), k in (after - old).items():
                gained[name][code] += k
                notes.append(f"{name:9} gained {path}:{str(line)[:70]} {code}")
    print(f"{len(files)} texts")
    for name in chosen:
        print(f"{name:9} lost {sum(lost[name].values()):4} {dict(lost[name].most_common(10))}")
        print(f"{'':9} gained {sum(gained[name].values()):2} {dict(gained[name].most_common(10))}")
    for note in notes[:args.show]:
        print(note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
