"""The cross-document pass: paragraphs and indicators copied between different reports."""

from __future__ import annotations

import random

from perflint.crossdoc import Passage, clusters, passages_of
from perflint.read.text import parse_text

RESULT = ("本年度共开展送戏下乡演出二十四场，覆盖全县十二个乡镇，观众累计八千六百人次，"
          "群众反映良好，有效丰富了农村文化生活。")


def report(unit: str, paragraph: str) -> str:
    return (f"{unit}2023年度送戏下乡经费项目绩效自评报告\n\n一、项目完成情况\n\n{paragraph}\n\n"
            "二、存在问题\n\n演出场地条件较差，部分乡镇没有固定舞台。\n")


def passages(*texts: str) -> list[Passage]:
    out = []
    for i, text in enumerate(texts):
        out += passages_of(parse_text(text, f"unit{i}.txt"))
    return out


def test_a_paragraph_copied_into_another_units_report_is_one_cluster():
    found = clusters(passages(report("甲县文化馆", RESULT), report("乙县文化馆", RESULT)))
    [cluster] = [c for c in found if c[0].kind == "paragraph" and "演出二十四场" in c[0].text]
    assert [(p.path, p.line) for p in cluster] == [("unit0.txt", 5), ("unit1.txt", 5)]


def test_a_nearly_copied_paragraph_is_found_and_a_different_one_is_not():
    edited = RESULT.replace("二十四场", "二十六场")
    other = "本年度完成图书配送三万册，新建农家书屋十个，借阅人次比上年增长百分之二十，读者满意度较高。"
    found = clusters(passages(report("甲县", RESULT), report("乙县", edited), report("丙县", other)))
    paths = [sorted({p.path for p in c}) for c in found]
    assert ["unit0.txt", "unit1.txt"] in paths
    assert not any("unit2.txt" in ps for ps in paths)


def test_repeats_inside_one_report_are_not_a_cross_document_cluster():
    assert clusters(passages(report("甲县", RESULT + "\n\n" + RESULT))) == []


def test_indicators_written_the_same_in_two_reports_but_not_bare_rates():
    form = ("\n2023年度送戏下乡经费项目绩效自评表\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t开展巡回演出场次\t≥20场\t24场\t20\t20\n"
            "满意度指标\t服务对象满意度\t观众满意度调查结果\t≥90%\t95%\t10\t10\n")
    found = clusters(passages(report("甲县", "短。") + form, report("乙县", "短。") + form))
    kinds = [(c[0].kind, c[0].text) for c in found]
    assert ("indicator", "开展巡回演出场次：≥20场 / 24场") in kinds
    assert not any("满意度调查结果" in text for _, text in kinds)


def test_clusters_do_not_pair_everything_with_everything():
    # a hundred reports sharing one template sentence and each a paragraph of its own: the
    # template sentence is one cluster, the own paragraphs none
    template = "为加强预算绩效管理，提高财政资金使用效益，根据上级有关文件要求，我单位对本年度项目开展了绩效自评。"
    def own(i: int) -> str:  # a paragraph of its own: characters no other report shares in order
        rng = random.Random(i)
        return "".join(chr(0x4E00 + rng.randrange(20000)) for _ in range(50)) + "。"

    texts = [report(f"第{i}县", template + "\n\n" + own(i)) for i in range(100)]
    found = clusters(passages(*texts))
    assert len(found) == 1 and len(found[0]) == 100


# -- the rule ------------------------------------------------------------------------------------

def test_d209_reports_every_copy_with_the_other_files_as_related():
    from perflint.checks.duplicates.copied_across_reports import CopiedAcrossReports

    found = list(CopiedAcrossReports().run_corpus(passages(report("甲县", RESULT), report("乙县", RESULT))))
    paragraph = [d for d in found if d.key == "paragraph"]
    assert [(d.location.path, d.location.line) for d in paragraph] == [("unit0.txt", 5), ("unit1.txt", 5)]
    assert paragraph[0].related[0].location.path == "unit1.txt"
    assert "另外 1 份报告" in paragraph[0].message("zh")


def test_d209_quiet_on_reports_written_each_on_its_own():
    from perflint.checks.duplicates.copied_across_reports import CopiedAcrossReports

    other = "本年度完成图书配送三万册，新建农家书屋十个，借阅人次比上年增长百分之二十，读者满意度较高。"
    assert list(CopiedAcrossReports().run_corpus(passages(report("甲县", RESULT), report("乙县", other)))) == []


def test_d209_finds_nothing_in_one_draft_alone():
    from perflint.checks.duplicates.copied_across_reports import CopiedAcrossReports

    from perflint.testing import lint_text

    assert lint_text(report("甲县", RESULT) + report("乙县", RESULT), checks=[CopiedAcrossReports]) == []


# -- on the command line -------------------------------------------------------------------------

def _check_json(tmp_path, *args: str) -> list[tuple[str, int, str]]:
    import json
    import subprocess
    import sys

    from perflint.testing import ignore_others

    proc = subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", "--format", "json",
                           *ignore_others(list(args)), "."], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return sorted((d["path"], d["line"], d["code"]) for d in json.loads(proc.stdout) if d["code"] == "D209")


def test_cross_document_on_the_command_line_in_serial_and_parallel_runs(tmp_path):
    (tmp_path / "a.txt").write_text(report("甲县文化馆", RESULT), encoding="utf-8")
    (tmp_path / "b.txt").write_text(report("乙县文化馆", RESULT), encoding="utf-8")
    (tmp_path / "c.txt").write_text(report("丙县文化馆", "本年度完成图书配送三万册，新建农家书屋十个，借阅人次比上年增长百分之二十，读者满意度较高。"),
                                    encoding="utf-8")
    expected = [("a.txt", 5, "D209"), ("b.txt", 5, "D209")]
    assert _check_json(tmp_path, "--cross-document", "--jobs", "1") == expected
    assert _check_json(tmp_path, "--cross-document", "--jobs", "2") == expected
    assert _check_json(tmp_path) == []  # each draft alone


def test_the_map_reduce_script_finds_the_same_clusters(tmp_path, monkeypatch):
    import importlib.util
    import json
    import sys
    from dataclasses import asdict
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "scripts" / "crossdoc_mapreduce.py"
    spec = importlib.util.spec_from_file_location("crossdoc_mapreduce", script)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "crossdoc_mapreduce", module)  # workers find its functions
    spec.loader.exec_module(module)
    items = passages(report("甲县", RESULT), report("乙县", RESULT.replace("二十四场", "二十六场")), report("丙县", RESULT))
    source = tmp_path / "passages.jsonl"
    source.write_text("".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in items), encoding="utf-8")
    module.cluster(source, tmp_path / "clusters.json", workers=1)
    written = json.loads((tmp_path / "clusters.json").read_text(encoding="utf-8"))
    assert [[(p["path"], p["line"]) for p in g] for g in written] == [[(p.path, p.line) for p in g] for g in clusters(items)]
    assert written


def test_cross_document_text_report_shows_the_copied_line(tmp_path):
    # the CLI keeps of each draft only the lines its findings point at: a passage reported across
    # documents, found after the draft was dropped, still has its line
    import subprocess
    import sys

    from perflint.testing import ignore_others

    (tmp_path / "a.txt").write_text(report("甲县文化馆", RESULT), encoding="utf-8")
    (tmp_path / "b.txt").write_text(report("乙县文化馆", RESULT), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", "--cross-document",
                           *ignore_others(["--select", "D209"]), "."], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300, env={**__import__("os").environ, "NO_COLOR": "1"})
    assert "a.txt:5:1: D209" in proc.stdout and "本年度共开展送戏下乡演出" in proc.stdout, proc.stdout + proc.stderr


def test_an_inline_suppression_silences_a_copy_found_across_documents(tmp_path):
    # D209 is found after each draft's own findings were filtered: the draft's suppression
    # comments must still apply to it, and a comment naming D209 is not "unused" (S690)
    import json
    import subprocess
    import sys

    from perflint.testing import ignore_others

    accepted = report("甲县文化馆", RESULT).replace(RESULT, RESULT + " <!-- perflint: disable-line=D209 -->")
    (tmp_path / "a.txt").write_text(accepted, encoding="utf-8")
    (tmp_path / "b.txt").write_text(report("乙县文化馆", RESULT), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "perflint.cli", "check", "--isolated", "--cross-document",
                           "--format", "json", *ignore_others(["--select", "D209,S690"]), "."], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    found = sorted((d["path"], d["line"], d["code"]) for d in json.loads(proc.stdout))
    assert found == [("b.txt", 5, "D209")], proc.stdout + proc.stderr
