from decimal import Decimal

from perflint.extract import prose


def vals(qs):
    return [q.value for q in qs]


def test_breakdown_with_nested_list_and_semicolons():
    text = ("本单位2023年度总支出860.20万元，其中：年末结转和结余42.00万元；基本支出512.30万元，"
            "含人员支出401.10万元、公用支出111.20万元，主要用于日常运转；项目支出305.90万元，用于专项工作。")
    found = prose.breakdowns(text)
    top = next(b for b in found if not b.nested)
    assert top.total.value == Decimal("860.20")
    assert vals(top.parts) == [Decimal("42.00"), Decimal("512.30"), Decimal("305.90")]
    assert top.exhaustive
    nested = next(b for b in found if b.nested)
    assert nested.total.value == Decimal("512.30")
    assert vals(nested.parts) == [Decimal("401.10"), Decimal("111.20")]


def test_selection_wording_is_not_exhaustive():
    text = "公用经费 96.40 万元，主要包括：办公费 12.50 万元、差旅费 8.3 万元、维修费 4.20。"
    (bd,) = prose.breakdowns(text)
    assert not bd.exhaustive
    # a bare number in a money list takes its neighbours' unit
    assert bd.parts[-1].unit == "万元"
    text = "其他支出 50 万元，其中：培训费 10 万元、会议费 5 万元等。"
    (bd,) = prose.breakdowns(text)
    assert not bd.exhaustive


def test_sentence_opening_with_qizhong_refers_to_previous_subject():
    text = "全年发放救助资金812.30万元。其中住院救助资金600.10万元，门诊救助资金212.20万元。"
    (bd,) = prose.breakdowns(text)
    assert bd.total.value == Decimal("812.30")
    assert vals(bd.parts) == [Decimal("600.10"), Decimal("212.20")]


def test_bracketed_breakdown():
    text = "全年补助资金 52.34 万元（其中市级 48.10 万元，县级 4.24 万元），已全部拨付。"
    (bd,) = prose.breakdowns(text)
    assert bd.total.value == Decimal("52.34")
    assert vals(bd.parts) == [Decimal("48.10"), Decimal("4.24")]


def test_counts_are_not_broken_down():
    # 其中 after a count often lists overlapping subsets (受理 / 办结 / 移送)
    assert prose.breakdowns("受理投诉 50 件，其中办结 45 件、移送 8 件。") == []


def test_stages_of_spending_are_not_parts():
    assert prose.breakdowns("项目资金 100 万元，其中已拨付 80 万元，已支出 60 万元。") == []


def test_no_breakdown_when_a_part_holds_two_unrelated_figures():
    text = "资金共计300万元，其中：甲项目100万元，乙项目拨付50万元后结余20万元；丙项目150万元。"
    assert [b for b in prose.breakdowns(text) if not b.nested] == []


def test_single_part_is_not_a_breakdown():
    assert prose.breakdowns("收入合计 500.00 万元，其中财政拨款收入 480.00 万元。") == []


def test_change_with_amount_and_rate():
    text = "2023 年度支出合计 742.10 万元，与 2022 年度相比，减少 38.60 万元，下降 4.9%。"
    (st,) = prose.change_statements(text)
    assert st.direction == -1 and st.base_kind == "prior"
    assert st.current.value == Decimal("742.10") and st.change.value == Decimal("38.60")
    assert st.rate.value == Decimal("4.9")


def test_change_current_from_previous_sentence():
    text = "公务接待费支出决算为 0.84 万元。较上年增加 0.21 万元，增长 33.3%。"
    (st,) = prose.change_statements(text)
    assert st.current.value == Decimal("0.84") and st.direction == 1


def test_change_against_budget_base():
    text = "机关运行经费支出 61.20 万元，比年初预算数 48.00 万元增加了 27.5%。"
    (st,) = prose.change_statements(text)
    assert st.base.value == Decimal("48.00") and st.base_kind == "budget" and st.change is None
    text = "会议费 3.10 万元，比年初公开的部门预算数减少 0.90 万元，降低 22.5%。"
    (st,) = prose.change_statements(text)
    assert st.base_kind == "budget" and st.change.value == Decimal("0.90")


def test_last_year_figure_is_not_the_current_one():
    text = "上年支出 100 万元，本年增加 10 万元，增长 10%。"
    (st,) = prose.change_statements(text)
    assert st.current is None


def test_fall_above_hundred_percent_without_operands():
    (st,) = prose.change_statements("培训费比上年降低 130%。")
    assert st.direction == -1 and st.rate.value == 130 and st.current is None


def test_completion():
    text = "项目全年预算数为 36 万元，执行数为 30.6 万元，完成预算 85%。"
    (cp,) = prose.completions(text)
    assert (cp.budget.value, cp.actual.value, cp.rate.value) == (36, Decimal("30.6"), 85)


def test_share_matches_whole_by_name():
    text = "2023年度支出合计 640.00 万元。其中：基本支出 480.00 万元，占本年支出 75%；项目支出 160.00 万元，占本年支出 25%。"
    found = prose.shares(text)
    assert [(s.part.value, s.whole.value, s.rate.value) for s in found] == [
        (Decimal("480.00"), Decimal("640.00"), 75), (Decimal("160.00"), Decimal("640.00"), 25)]


def test_share_without_a_stated_whole_is_unknown():
    assert prose.shares("项目支出 160.00 万元，占全市同类支出的 3%。") == []


def test_weighted_procurement_shares():
    text = ("本部门政府采购支出总额 50 万元，其中：政府采购货物支出 30 万元、政府采购工程支出 0 万元、"
            "政府采购服务支出 20 万元。授予中小企业合同金额 40 万元，占政府采购支出总额的 80%；"
            "货物采购授予中小企业合同金额占货物支出金额的 100%，工程采购授予中小企业合同金额占工程支出金额的 0%，"
            "服务采购授予中小企业合同金额占服务支出金额的 50%。")
    (ws,) = prose.weighted_shares(text)
    assert ws.whole.value == 40
    assert [(s.value, a.value) for s, a in ws.terms] == [(100, 30), (0, 0), (50, 20)]


def test_breakdown_over_paragraphs():
    texts = ["2023 年度基本支出 640.50 万元，其中：", "人员经费 500.20 万元，主要包括基本工资。",
             "公用经费 140.30 万元，主要包括办公费。", "以上支出均按规定使用。"]
    (pb,) = prose.paragraph_breakdowns(texts)
    assert pb.total_index == 0
    assert [(i, q.value) for i, q in pb.parts] == [(1, Decimal("500.20")), (2, Decimal("140.30"))]


def test_label_core():
    assert prose.label_core("本部门 2023 年度政府采购支出总额") == "政府采购支出"
    assert prose.label_core("本年收入") == prose.label_core("2023年度收入合计") == "收入"


def test_breakdown_markers_with_a_word_inside():
    text = "项目支出合计64.50万元,按用途划分:设备购置20万元;人员培训20万元;宣传印刷24.48万元。"
    (bd,) = prose.breakdowns(text)
    assert bd.marker == "按用途划分" and bd.total.value == Decimal("64.50")
    assert vals(bd.parts) == [Decimal("20"), Decimal("20"), Decimal("24.48")]


def test_half_width_thousands_separator_is_not_a_list_separator():
    text = "在编人员合计3,120人。其中:行政编制1,020人,事业编制1,900人,工勤人员200人。"
    (bd,) = prose.breakdowns(text)
    assert bd.total.value == Decimal("3120")
    assert vals(bd.parts) == [Decimal("1020"), Decimal("1900"), Decimal("200")]


def test_count_without_a_total_word_is_not_broken_down():
    assert prose.breakdowns("接待群众120人,其中:老年人40人,儿童30人。") == []


def test_part_name_with_a_comma_inside():
    text = "补助资金合计58000元,分别为:社区运转30000元,网格员,楼栋长补贴20000元,志愿服务8000元。"
    (bd,) = prose.breakdowns(text)
    assert vals(bd.parts) == [Decimal("30000"), Decimal("20000"), Decimal("8000")]


def test_whole_named_without_its_figure_and_shares_of_the_parts():
    text = "2023年“三公”经费支出的构成为:因公出国(境)费0万元,占0%;公务用车运行维护费2.10万元,占70%;公务接待费0.90万元,占30%。"
    (bd,) = prose.breakdowns(text)
    assert bd.total is None and prose.name_core(bd.total_name) == "三公经费支出"
    assert [r.value for _, r in bd.shares] == [Decimal("0"), Decimal("70"), Decimal("30")]
    earlier = ["2023年“三公”经费支出3.00万元,比上年减少0.20万元。", "(说明:口径为财政拨款。)"]
    index, whole = prose.find_named(earlier, bd.total_name)
    assert index == 0 and whole.value == Decimal("3.00")


def test_less_than_the_budget_is_a_change_not_a_part():
    texts = ["(二)公务接待费支出1.20万元,具体为:", "国内接待费支出1.20万元,共接待12批次。",
             "公务接待费支出决算数较预算数少0.80万元,原因是压缩接待。"]
    assert prose.paragraph_breakdowns(texts) == []


def test_a_totals_sources_listed_without_qizhong():
    # 资金来源为 / 资金来源： after the total, and the total named again with 中, open its sources
    for text in ("全年预算240.00万元，资金来源为财政拨款220.00万元、上年结转资金15.00万元、其他资金5.00万元。",
                 "全年预算240.00万元。资金来源：财政拨款220.00万元、上年结转资金15.00万元、其他资金5.00万元。",
                 "调整后全年预算240.00万元。全年预算中财政拨款220.00万元，上年结转资金15.00万元，其他资金5.00万元。",
                 "项目资金总额240.00万元，资金总额中财政拨款220.00万元、其他资金20.00万元。"):
        (bd,) = prose.breakdowns(text)
        assert bd.total.value == Decimal("240.00") and bd.exhaustive, text
        assert sum(vals(bd.parts)) in (Decimal("240.00"),), text


def test_a_named_whole_is_only_the_figure_of_that_name():
    # 全年预算中 after a sentence ending in the spending, 年初预算中 after the 全年预算: not their lists
    for text in ("全年预算240.00万元，全年执行230.40万元。全年预算中财政拨款220.00万元，上年结转资金15.00万元，其他资金5.00万元。",
                 "年初预算220.00万元，调整后全年预算240.00万元。年初预算中财政拨款200.00万元，上年结转资金15.00万元，其他资金5.00万元。"):
        assert prose.breakdowns(text) == [], text


def test_paragraph_breakdown_of_funds_rows_run_together():
    """A form's funds rows pasted as lines and joined into paragraphs: the total ends one
    paragraph (or stands right before 其中 in it) and the rows after 其中 are its parts."""
    apart = ["养老补助资金（万元）年度预算资金总额：290.40", "其中：中央补助 152.00省级资金 120.00县级资金 18.40", "其中："]
    (pb,) = prose.paragraph_breakdowns(apart)
    assert pb.total.value == Decimal("290.40") and [q.value for _, q in pb.parts] == [152, 120, Decimal("18.40")]
    assert pb.labels == ("中央补助", "省级资金", "县级资金") and {i for i, _ in pb.parts} == {1}
    together = ["年度预算资金总额：290.40其中：中央补助 152.00省级资金 120.00县级资金 18.40"]
    (pb,) = prose.paragraph_breakdowns(together)
    assert pb.total_index == 0 and len(pb.parts) == 3
    # a row that says more than a label and a figure, or bare figures under no money word: no list
    assert prose.paragraph_breakdowns(["年度资金总额：90", "其中：财政拨款 60，占比 66.7%其他资金 30"]) == []
    assert prose.paragraph_breakdowns(["在职人数：30", "其中：男 20女 12"]) == []
