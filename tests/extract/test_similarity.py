"""Text comparison helpers: normalisation, clause split, near-duplicate matching, copied runs."""


from perflint.extract.similarity import (
    Segment,
    clauses,
    copied_runs,
    differing_chars,
    enumerations,
    labelled_indicator,
    normalise,
    normalise_wording,
    pairwise_matches,
    similar,
    strip_marker,
)


def test_normalise_drops_markers_space_and_punctuation():
    assert normalise("（三）资金 管理：严格执行“收支两条线”。") == "资金管理严格执行收支两条线"
    assert normalise("3、联合印发方案") == normalise("5、联合印发方案")
    assert normalise("二是加强培训") == "加强培训"
    assert normalise("合格率 ９７％，≥95%") == "合格率97%≥95%"
    assert normalise_wording("预算 50 万元") == "预算万元"


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


def test_pairwise_matches_scores_few_pairs_on_a_long_draft(monkeypatch):
    """The index scores a clause against the few earlier ones sharing enough trigrams, never
    against all of them: counted, not timed (a timed test fails on a loaded machine; speed is
    the benchmarks' business). 3,000 near-identical clauses are 4.5 M pairs."""
    import types

    import perflint.extract.similarity as similarity

    scored = [0]
    scorer = similarity.fuzz.ratio

    def counting(a: str, b: str, **kwargs: float) -> float:
        scored[0] += 1
        return scorer(a, b, **kwargs)

    # the scorer itself is counted (the matcher calls rapidfuzz without similar() around it)
    monkeypatch.setattr(similarity, "fuzz", types.SimpleNamespace(ratio=counting))

    def pairs_scored(n: int) -> int:
        scored[0] = 0
        texts = [f"第{i}项工作按计划推进，完成情况良好，编号{i * 7919 % 10007}" for i in range(n)]
        pairwise_matches(texts, 92)
        return scored[0]

    small, large = pairs_scored(600), pairs_scored(3000)
    assert large < 0.1 * 3000 * 2999 / 2
    assert large < 8 * small  # about linear in the draft: all pairs would be 25 times


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


def _copied_runs_reference(segments, matches, max_gap=2, max_skip=40):
    """copied_runs as first written: every hypothesis tested for every candidate, the pairs so
    far copied at each step (the fast path must give the same runs)."""
    from perflint.extract.similarity import Run

    runs, hyps, gap = [], {}, 0

    def close():
        nonlocal hyps, gap
        if hyps:
            best = min(hyps.values(), key=lambda p: (-len(p), p[0][1]))
            runs.append(Run(list(best)))
        hyps, gap = {}, 0

    for i, seg in enumerate(segments):
        if hyps and segments[next(iter(hyps.values()))[-1][0]].group != seg.group:
            close()
        cands = [(j, s) for j, s in matches[i] if j < i]
        if hyps:
            nxt = {}
            for j, s in cands:
                prev = [p for src, p in hyps.items() if src < j <= src + max_skip and j < p[0][0]]
                if prev:
                    best = min(prev, key=lambda p: p[0][1])
                    if j not in nxt or best[0][1] < nxt[j][0][1]:
                        nxt[j] = [*best, (i, j, s)]
            if nxt:
                hyps, gap = nxt, 0
                continue
            if not cands:
                gap += 1
                if gap > max_gap:
                    close()
                continue
            close()
        if cands:
            hyps = {j: [(i, j, s)] for j, s in cands}
            gap = 0
    close()
    return runs


def test_copied_runs_match_the_reference_on_random_streams():
    import random

    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(1, 120)
        segs = [seg(f"s{i}", i // rng.randint(1, 3), group=1 + i // rng.randint(20, 200)) for i in range(n)]
        matches = []
        for i in range(n):
            picks = rng.sample(range(i), min(i, rng.choice([0, 0, 1, 2, 5, 16]))) if i else []
            matches.append(sorted((j, rng.choice([100.0, 95.5, 92.0])) for j in picks))
        skip = rng.choice([1, 3, 40])
        fast = [r.pairs for r in copied_runs(segs, matches, max_skip=skip)]
        assert fast == [r.pairs for r in _copied_runs_reference(segs, matches, max_skip=skip)]


def test_near_index_query_matches_the_reference():
    import random

    from perflint.extract.similarity import NearIndex

    def reference(index, text, limit=None):  # NearIndex.query as first written
        exact = [k for k, _ in index.exact.get(text, ())]
        found = {k: 100.0 for k in (exact[:limit] if limit is not None else exact)}
        if len(text) >= index.fuzzy_min_len:
            for key in index._candidates(text):
                if key not in found and (score := similar(text, index.texts[key], index.threshold)) is not None:
                    found[key] = score
        return sorted(found.items())[:limit]

    rng = random.Random(11)
    words = ["培训农户", "预算执行", "完成情况良好", "资金", "绩效目标", "按计划推进", "万元", "合格率"]
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(600)]
    index = NearIndex(92.0, 10)
    for text in texts:
        for limit in (None, 1, 4, 64):
            assert index.query(text, limit) == reference(index, text, limit)
        index.add(text)


def test_remembered_clauses_come_as_a_fresh_list_each_time():
    text = "一是加强资金管理，规范支出程序；二是提高预算执行率。"
    first = clauses(text)
    first.clear()  # a caller may change its list: the next caller still gets every clause
    again = clauses(text)
    assert [c.norm for c in again] == ["加强资金管理", "规范支出程序", "提高预算执行率"]
    assert again is not clauses(text)


def test_iter_matches_rows_are_the_index_answers():
    """iter_matches writes NearIndex.query then NearIndex.add out for speed: its rows must be
    the index's answers, cut by ``allowed`` and MAX_FANOUT (common trigrams, exact copies past
    the limit and texts too short for the fuzzy search among them)."""
    import random

    from perflint.extract.similarity import MAX_FANOUT, NearIndex, iter_matches

    rng = random.Random(5)
    words = ["培训农户", "预算执行", "完成情况良好", "资金", "绩效目标", "按计划推进", "万元", "合格率", "到位"]
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(500)]
    texts[100:100] = ["培训农户预算执行完成情况良好资金到位"] * 80  # more copies than a query's limit
    for threshold in (92.0, 80.0):
        def allowed(i, j):
            return (i + j) % 3 != 0
        index = NearIndex(threshold, 10)
        expected = []
        for i, text in enumerate(texts):
            expected.append([p for p in index.query(text, 4 * MAX_FANOUT) if allowed(i, p[0])][:MAX_FANOUT])
            index.add(text)
        assert index.common  # the common-trigram path was taken
        assert list(iter_matches(iter(texts), threshold, allowed)) == expected


def test_match_rows_pair_distinct_texts_as_the_index_does():
    """Before any trigram is common, match_rows pairs each distinct clause with the earlier ones
    once and answers a repeated clause from those pairs: its rows must still be the index's,
    for near copies written in either order, copies of copies and repeats of both."""
    import random

    from perflint.extract.similarity import MAX_FANOUT, NearIndex, iter_matches, match_rows

    rng = random.Random(23)
    words = ["培训农户", "预算执行", "完成情况良好", "资金", "绩效目标", "按计划推进", "万元", "合格率", "到位"]
    for _ in range(40):
        texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(5, 50))]
        for _ in range(rng.randint(0, 12)):  # near copies (one character changed) and exact ones
            text = rng.choice(texts)
            if rng.random() < 0.6 and len(text) > 3:
                k = rng.randrange(len(text))
                text = text[:k] + rng.choice("甲乙丙") + text[k + 1:]
            texts.insert(rng.randrange(len(texts) + 1), text)
        for threshold in (92.0, 85.0):
            def allowed(i, j):
                return (i * 7 + j) % 5 != 0
            index = NearIndex(threshold, 10)
            expected = []
            for i, text in enumerate(texts):
                expected.append([p for p in index.query(text, 4 * MAX_FANOUT) if allowed(i, p[0])][:MAX_FANOUT])
                index.add(text)
            assert not index.common  # the pairing path alone
            assert list(iter_matches(texts, threshold, allowed)) == expected
            assert list(match_rows(texts, threshold, allowed)) == [(i, r) for i, r in enumerate(expected) if r]


def test_match_rows_hand_a_long_draft_to_the_index_midway():
    """The first clause that would find a trigram common hands the rest to the index, rebuilt as
    it stands: the rows before and after are the index's."""
    from perflint.extract.similarity import MAX_FANOUT, NearIndex, iter_matches

    texts = [f"第{i}项培训农户工作按计划推进编号{i * 37 % 101}" for i in range(90)]
    texts[40:40] = ["培训农户工作按计划推进完成情况良好"] * 3 + ["培训农户工作按计划推进完成情况尚好"]
    index = NearIndex(92.0, 10)
    expected = []
    for text in texts:
        expected.append(index.query(text, 4 * MAX_FANOUT)[:MAX_FANOUT])
        index.add(text)
    assert index.common
    assert list(iter_matches(texts, 92.0)) == expected


def test_copied_runs_of_the_rows_not_empty_are_the_runs_of_all_rows():
    import random

    from perflint.extract.similarity import copied_runs_of

    rng = random.Random(29)
    for _ in range(300):
        n = rng.randint(1, 120)
        segs = [seg(f"s{i}", i // rng.randint(1, 3), group=1 + i // rng.randint(20, 200)) for i in range(n)]
        matches = []
        for i in range(n):
            picks = rng.sample(range(i), min(i, rng.choice([0, 0, 0, 1, 2, 5]))) if i else []
            matches.append(sorted((j, 100.0) for j in picks))
        gap = rng.choice([0, 1, 2, 3])
        dense = [r.pairs for r in _copied_runs_reference(segs, matches, max_gap=gap)]
        sparse = copied_runs_of(segs, [(i, row) for i, row in enumerate(matches) if row], max_gap=gap)
        assert [r.pairs for r in sparse] == dense


def test_enumeration_groups_are_the_enumerations():
    from perflint.extract.similarity import enumeration_groups

    for text in ("新增定点医院 2 家、药店 3 家；共有门诊药店 7 家、门诊药店 4 家，较上年增加 5 家。", "无顿号 3 家", "甲 3 家、乙 5 万元"):
        assert [list(g) for g in enumeration_groups(text)] == enumerations(text)
        assert enumeration_groups(text) is enumeration_groups(text) or not enumeration_groups(text)


def _unfiltered_rows(texts, threshold, allowed, fuzzy_min_len=10):
    """match_rows with no candidate filter at all: every earlier text compared (exact copies,
    and every pair of texts long enough scored as :func:`similar` scores it), then cut as the
    index cuts its answers (4 × MAX_FANOUT, then ``allowed`` and MAX_FANOUT)."""
    from perflint.extract.similarity import MAX_FANOUT

    rows = []
    for i, text in enumerate(texts):
        found = {}
        for j in range(i):
            other = texts[j]
            if other == text:
                found[j] = 100.0
            elif len(text) >= fuzzy_min_len and len(other) >= fuzzy_min_len:
                score = similar(text, other, threshold)
                if score is not None:
                    found[j] = score
        head = sorted(found.items())[:4 * MAX_FANOUT]
        row = [p for p in head if allowed(i, p[0])][:MAX_FANOUT]
        if row:
            rows.append((i, row))
    return rows


def _near_copies(rng, words, n):
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(n)]
    for _ in range(rng.randint(0, n // 2)):  # near copies (characters changed, added, dropped) and exact ones
        text = rng.choice(texts)
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            k = rng.randrange(len(text) + 1)
            edit = rng.choice(["change", "add", "drop"])
            if edit == "add":
                text = text[:k] + rng.choice("甲乙丙，") + text[k:]
            elif edit == "change":
                text = text[:k] + rng.choice("甲乙丙") + text[k + 1:]
            else:
                text = text[:k] + text[k + 1:]
        texts.insert(rng.randrange(len(texts) + 1), text)
    return texts


def test_match_rows_are_the_unfiltered_comparison(monkeypatch):
    """match_rows finds its pairs by scanning every earlier distinct clause in C (rapidfuzz's
    extract, with a cutoff :data:`_SCAN_MARGIN` below the threshold, each pair it keeps scored
    again as :func:`similar` scores it), then, from the :data:`_SCAN_DISTINCT`-th distinct
    clause on, through trigram postings. Either way, and wherever the switch falls, its rows
    must be those of comparing every pair with no filter (before a trigram is common)."""
    import random

    import perflint.extract.similarity as similarity

    rng = random.Random(31)
    words = ["培训农户", "预算执行", "完成情况良好", "资金", "绩效目标", "按计划推进", "万元", "合格率", "到位", "率"]
    for _ in range(30):
        texts = _near_copies(rng, words, rng.randint(5, 60))
        for threshold in (92.0, 85.0, 70.0):
            def allowed(i, j):
                return (i * 7 + j) % 5 != 0
            expected = _unfiltered_rows(texts, threshold, allowed)
            for switch in (0, 1, 5, 256):
                monkeypatch.setattr(similarity, "_SCAN_DISTINCT", switch)
                assert list(similarity.match_rows(texts, threshold, allowed)) == expected


def _index_rows(texts, threshold, allowed):
    """The rows NearIndex gives (query, then add), cut as match_rows cuts them."""
    from perflint.extract.similarity import MAX_FANOUT, NearIndex

    index = NearIndex(threshold, 10)
    rows = []
    for i, text in enumerate(texts):
        row = [p for p in index.query(text, 4 * MAX_FANOUT) if allowed(i, p[0])][:MAX_FANOUT]
        if row:
            rows.append((i, row))
        index.add(text)
    return rows


def test_match_rows_are_the_unfiltered_comparison_on_drafts(monkeypatch, tmp_path):
    """The same on the clause streams of real-shaped drafts (the examples, the duplicate
    fixtures and generated drafts: template wording repeated, copied paragraphs, near copies),
    each alone and all in one stream; where a trigram may be common (more than _COMMON_GRAM long
    clauses), the rows are the index's."""
    import sys
    from pathlib import Path

    from perflint.checks.duplicates._passages import build_stream

    import perflint.extract.similarity as similarity
    from perflint.read.loader import load

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(root / "benchmarks"))
    paths = [*sorted((root / "examples").glob("*.txt")), *sorted((root / "tests/fixtures/duplicates").glob("*.txt")),
             *sorted((root / "tests/fixtures/dup_sweep").glob("*.txt")), *generate(tmp_path, 3, size=3, seed=3)]
    streams = [[s.norm for s in build_stream(load(path)).segments] for path in paths]
    streams.append([text for stream in streams for text in stream])
    unfiltered = 0
    for texts in streams:
        def allowed(i, j):
            return (i + j) % 4 != 0

        for threshold in (92.0, 80.0):
            if similarity._COMMON_GRAM >= sum(len(t) >= 10 for t in texts):  # no trigram can be common
                expected = _unfiltered_rows(texts, threshold, allowed)
                unfiltered += 1
            else:
                expected = _index_rows(texts, threshold, allowed)
            for switch in (0, 3, 256):
                monkeypatch.setattr(similarity, "_SCAN_DISTINCT", switch)
                assert list(similarity.match_rows(texts, threshold, allowed)) == expected
    assert unfiltered >= 2 * 12


def test_length_window_is_exactly_the_lengths_the_screen_passes():
    """match_rows hands its scan only the texts whose length passes its length screen: the
    window must hold every such length and no other (each threshold, each length; past
    ``n·200/threshold`` characters no length passes)."""
    import perflint.extract.similarity as similarity

    for threshold in (92.0, 91.5, 85.0, 60.0, 33.3, 100.0, 2.5):
        for n in range(1, 160):
            lo, hi = similarity._length_window(n, threshold)
            passing = [lb for lb in range(0, int(n * 200 / threshold) + 3)
                       if 200.0 * min(n, lb) / (n + lb) >= threshold]
            assert passing == list(range(lo, hi + 1)), (threshold, n)


def test_other_block_rows_are_those_of_the_block_test_pair_by_pair():
    """match_rows with :class:`OtherBlock` (a row's pairs in the clause's own block cut out by
    bisection) gives the rows the same test gives asked of every pair, on both of its paths
    (pairing distinct texts, then the trigram index) and for blocks out of order."""
    import random

    from perflint.extract.similarity import OtherBlock, match_rows

    rng = random.Random(11)
    words = ["培训农户", "预算执行", "完成情况良好", "资金", "绩效目标", "按计划推进", "万元", "合格率", "到位"]
    for case in range(60):
        n = rng.randint(5, 60) if case % 4 else rng.randint(200, 400)
        texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 5))) for _ in range(n)]
        for _ in range(rng.randint(0, 30)):  # exact and near copies
            text = rng.choice(texts)
            if rng.random() < 0.5 and len(text) > 3:
                k = rng.randrange(len(text))
                text = text[:k] + rng.choice("甲乙丙") + text[k + 1:]
            texts.insert(rng.randrange(len(texts) + 1), text)
        block_of, block = [], 1
        for _ in texts:
            block += rng.random() < 0.4
            block_of.append(block)
        if case % 7 == 0:
            rng.shuffle(block_of)  # not grouped: every pair asked
        for threshold in (92.0, 85.0):
            expected = list(match_rows(texts, threshold, lambda i, j, b=block_of: b[i] != b[j]))
            assert list(match_rows(texts, threshold, OtherBlock(block_of))) == expected
