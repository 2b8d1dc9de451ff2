"""Text comparison helpers: normalisation, clause split, near-duplicate matching, copied runs."""

import time

from perflint.extract.similarity import (
    Segment,
    clauses,
    copied_runs,
    differing_chars,
    enumerations,
    labelled_indicator,
    normalise,
    pairwise_matches,
    similar,
    strip_marker,
)


def test_normalise_drops_markers_space_and_punctuation():
    assert normalise("（三）资金 管理：严格执行“收支两条线”。") == "资金管理严格执行收支两条线"
    assert normalise("3、联合印发方案") == normalise("5、联合印发方案")
    assert normalise("二是加强培训") == "加强培训"
    assert normalise("合格率 ９７％，≥95%") == "合格率97%≥95%"
    assert normalise("预算 50 万元", digits=False) == "预算万元"


def test_strip_marker_keeps_years_and_figures():
    assert strip_marker("2023年全县完成") == "2023年全县完成"
    assert strip_marker("1、（2）内容") == "内容"


def test_clauses_keep_offsets_into_the_text():
    text = "一是审核环节多，办理周期长；二是人员不足。"
    parts = clauses(text)
    assert [p.norm for p in parts] == ["审核环节多", "办理周期长", "人员不足"]
    assert text[parts[1].start:parts[1].end] == "办理周期长"


def test_similar_uses_a_threshold():
    assert similar("补贴申请材料审核环节较多", "补贴申请材料审核环节较多", 92) == 100.0
    assert similar("补贴申请材料审核环节较多", "补贴申请材料审查环节较多", 90) is not None
    assert similar("补贴申请材料审核环节较多", "培训场地租用费用偏高", 90) is None
    assert similar("短", "很长很长的一句话", 50) is None


def test_differing_chars():
    assert sorted(differing_chars("第一季度检查", "第二季度检查")) == ["一", "二"]


def test_pairwise_matches_finds_earlier_near_copies_only():
    texts = ["补贴申请材料审核环节较多", "培训场地租用费用偏高", "补贴申请材料审查环节较多", "办理周期"]
    found = pairwise_matches(texts, 90)
    assert found[0] == [] and found[1] == []
    assert [j for j, _ in found[2]] == [0]
    assert found[3] == []
    assert pairwise_matches(texts, 90, allowed=lambda i, j: False)[2] == []


def test_pairwise_matches_is_fast_on_a_long_draft():
    texts = [f"第{i}项工作按计划推进，完成情况良好，编号{i * 7919 % 10007}" for i in range(3000)]
    start = time.perf_counter()
    pairwise_matches(texts, 92)
    assert time.perf_counter() - start < 5


def seg(norm, block, group=1, counts=True):
    return Segment(norm, group, block, counts)


def test_copied_runs_follow_the_source_in_order():
    # 0 1 2 are the source; 3 4 5 copy them; 6 copies 0 again out of order
    segs = [seg(f"s{i}", i) for i in range(7)]
    matches = [[], [], [], [(0, 100.0)], [(1, 100.0)], [(2, 98.0)], [(0, 100.0), (3, 100.0)]]
    runs = copied_runs(segs, matches)
    assert [(r.first, r.last, r.source_first) for r in runs] == [(3, 5, 0), (6, 6, 0)]
    assert round(runs[0].score(segs)) == 99


def test_copied_runs_allow_a_small_insertion_and_stop_at_a_table():
    segs = [seg(f"s{i}", i) for i in range(3)] + [seg("x", 3), seg("y", 4), seg("z", 5, group=2)]
    matches = [[], [], [], [(0, 100.0)], [], [(1, 100.0)]]
    runs = copied_runs(segs, matches)
    assert [(r.first, r.last) for r in runs] == [(3, 3), (5, 5)]  # group 2 starts after a table
    segs[5] = seg("z", 5)
    assert [(r.first, r.last) for r in copied_runs(segs, matches)] == [(3, 5)]


def test_copied_runs_prefer_the_first_occurrence():
    segs = [seg(f"s{i}", i) for i in range(6)]
    # 2 3 copy 0 1; 4 5 copy the same text, found at 0 1 and at 2 3
    matches = [[], [], [(0, 100.0)], [(1, 100.0)], [(0, 100.0), (2, 100.0)], [(1, 100.0), (3, 100.0)]]
    runs = copied_runs(segs, matches)
    assert [(r.first, r.source_first) for r in runs] == [(2, 0), (4, 0)]


def test_enumerations_name_each_figure():
    groups = enumerations("新增定点医院 2 家、药店 3 家；共有门诊药店 7 家、门诊药店 4 家，较上年增加 5 家。")
    assert [[(i.name, i.figure) for i in g] for g in groups] == [
        [("新增定点医院", "2 家"), ("药店", "3 家")],
        [("共有门诊药店", "7 家"), ("门诊药店", "4 家")],
    ]


def test_labelled_indicator():
    assert labelled_indicator("指标2：基金安全运行，全年收支平衡") == "基金安全运行，全年收支平衡"
    assert labelled_indicator("质量指标") is None
