"""Announced counts: where the list they count ends, and lists whose items carry counts of their own."""

from perflint.extract.announced_counts import announced_counts


def _items(text: str) -> list[tuple[int, tuple[str, ...]]]:
    return [(a.count, a.items) for a in announced_counts(text)]


def test_the_list_ends_where_the_clause_of_its_duties_starts() -> None:
    text = "下属事业单位4家,包括:东区站、西区站、南区站、北区站,分别承担育苗、巡护、防火及检疫任务。"
    assert _items(text) == [(4, ("东区站", "西区站", "南区站", "北区站"))]
    text = "下设3个中心：甲中心、乙中心、丙中心主要负责培训、考核、认证工作。"
    assert _items(text) == [(3, ("甲中心", "乙中心", "丙中心"))]


def test_a_comma_alone_does_not_end_the_list() -> None:
    text = "下设5个科室：办公室、财务科，业务一科、业务二科、业务三科。"
    assert _items(text) == [(5, ("办公室", "财务科,业务一科", "业务二科", "业务三科"))]  # (， read as ,)


def test_items_with_counts_of_their_own_are_not_read() -> None:
    # (the 2家 before it closes its own list, 东区站、西区站)
    assert [n for n, _ in _items("本部门包括7家单位,包括机关本级和东区站、西区站2家参公单位,以及林场4家。")] == [2]
    # a list that goes on after its colon, in the paragraphs after
    assert _items("本部门包括9家单位,包括机关本级、东区站、西区站,及以下事业单位:") == []


def test_a_rank_is_not_a_count_of_its_own() -> None:
    text = "下设3个单位：示范局(本级):行政单位、示范中心:公益一类事业单位、示范站:公益二类事业单位。"
    assert [a.count for a in announced_counts(text)] == [3]
    assert len(announced_counts(text)[0].items) == 3
