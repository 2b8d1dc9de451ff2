"""A107 budget-completion-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.arithmetic import BudgetCompletionMismatch

from perflint.diagnostics import Severity

from ._drafts import run_prose


def test_a107_completion_rate():
    text = "项目全年预算数为 36 万元，执行数为 30.6 万元，完成预算 {rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="85%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="95%"))
    assert "30.6 ÷ 36 = 85.00%" in d.message()


def test_a107_ratio_written_as_increase():
    text = "机关运行经费支出 61.20 万元，比年初预算数 12.00 万元，增加了 {rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="410%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="510%"))
    assert "(61.20 − 12.00) ÷ 12.00 = 410.00%" in d.message()
    assert "510% 是 61.20 ÷ 12.00" in d.message()
    assert "not the increase" in d.message("en")


def test_a107_completion_against_a_stated_overspend():
    wrong = "本单位支出总计1200.00万元,比上年减少30.00万元;完成年初预算100%,决算数大于预算数50.00万元,原因是增人增资。"
    (d,) = run_prose(BudgetCompletionMismatch, wrong)
    assert d.severity is Severity.error and "1200.00 − 50.00 = 1150.00" in d.message() and "104.35%" in d.message()
    assert run_prose(BudgetCompletionMismatch, wrong.replace("100%", "104.35%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算98%,决算数大于预算数,原因是增人增资。")
    assert d.severity is Severity.error
    (d,) = run_prose(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算100%,决算数大于预算数,原因是增人增资。")
    assert d.severity is Severity.warning
    assert run_prose(BudgetCompletionMismatch, "教育支出800.00万元,完成年初预算102%,决算数大于预算数,原因是增人增资。") == []


def test_a107_budget_base_named_with_a_year_inside_yu_xiangbi():
    """``与 2022 年度预算 B 万元相比增长 P%``: a comparison with a budget figure, P = (C − B) ÷ B."""
    text = "本年支出 505.00 万元，与2022年度预算 500.00 万元相比，增长 {rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="1.00%")) == []
    assert run_prose(BudgetCompletionMismatch, text.format(rate="1%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="101.00%"))
    assert "(505.00 − 500.00) ÷ 500.00 = 1.00%" in d.message()


def test_a107_completion_written_as_the_share_left_unspent():
    """``预算为1万元，支出决算为0.53万元，完成预算的47%``: 47% is what was left (1 − 0.53 ÷ 1), not
    the completion, though a budget written ``1万元`` could be read as anything from 0.5 to 1.5."""
    text = "公务接待费预算为1万元，支出决算为0.53万元，完成预算的{rate}；较上年减少0.47万元。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="47%"))
    assert d.severity is Severity.warning and "53" in d.message() and "47%" in d.message()
    assert run_prose(BudgetCompletionMismatch, text.format(rate="53%")) == []
    # a rate the budget's precision allows and that is not the complement: quiet as before
    assert run_prose(BudgetCompletionMismatch, text.format(rate="60%")) == []


def test_a107_payment_rate_read_against_paid_and_unpaid():
    """``资金支付 A 万元，未支 U 万元，支付率 W%`` (modelled on a county's 衔接资金 self-evaluation):
    the budget is what was paid plus what was not, so W = A ÷ (A + U)."""
    text = "全年衔接资金支付1260.50万元，未支付139.50万元，支付率{rate}，未支付资金为预留质保金。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="90.04%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="95.04%"))
    assert d.severity is Severity.error and d.key == "completion_unspent"
    assert "1260.50 ÷ (1260.50 + 未支付 139.50) = 1260.50 ÷ 1400.00 = 90.04%" in d.message()
    # 90.04% rounded up shows as 91%: a last-digit difference; 89% no rounding reaches: an error
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="91%"))
    assert d.severity is Severity.rounding
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="89%"))
    assert d.severity is Severity.error


def test_a107_completion_against_a_gap_worded_as_a_comparison_with_the_budget():
    # the 三公 paragraphs word the gap after the rate as 较预算减少 D / 比年初预算增加 D
    right = "公务接待费支出决算为4.20万元，完成预算的70.0%，较预算减少1.80万元，主要原因是厉行节约。"
    assert run_prose(BudgetCompletionMismatch, right) == []
    (d,) = run_prose(BudgetCompletionMismatch, right.replace("1.80万元", "2.40万元"))
    assert d.severity is Severity.error and "4.20 + 2.40 = 6.60" in d.message() and "63.64%" in d.message()
    over = "商品和服务支出决算为330.00万元，完成年初预算的{rate}，比年初预算数增加30.00万元。"
    assert run_prose(BudgetCompletionMismatch, over.format(rate="110.0%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, over.format(rate="90.0%"))
    assert "330.00 − 30.00 = 300.00" in d.message()


def test_a107_figures_in_two_scales_are_shown_with_their_units():
    text = "项目全年预算数为1.5亿元，执行数为12000万元，完成预算 {rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="80%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="90%"))
    assert "12000万元 ÷ 1.5亿元 = 80.00%" in d.message()


def test_a107_funds_arrival_rate():
    """``全年预算数 B，实际到位资金 A，资金到位率 W%``: W should be A ÷ B (a 项目支出 report's 资金情况)."""
    text = "本项目全年预算数 180 万元，实际到位资金 171 万元，资金到位率 {rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="100%"))
    assert d.severity is Severity.error and "资金到位率 100%" in d.message() and "171 ÷ 180 = 95.00%" in d.message()
    assert "funds-arrival" in d.message("en")
    assert run_prose(BudgetCompletionMismatch, text.format(rate="95%")) == []
    short = "项目预算数为 64 万元，到位资金 48 万元，到位率为 {rate}。"
    assert run_prose(BudgetCompletionMismatch, short.format(rate="75%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, short.format(rate="80%"))
    assert "48 ÷ 64 = 75.00%" in d.message()
    # no budget stated: nothing to compute against
    assert run_prose(BudgetCompletionMismatch, "项目到位资金 48 万元，到位率 100%。") == []


def test_a107_funds_arrival_rate_with_two_budget_stages():
    """年初 and 调整后 budgets both stated: the adjusted one is the likelier base, so a rate matching
    neither is a warning, and a rate matching either is quiet."""
    text = "项目年初预算 {first} 万元，调整后预算 180 万元，实际到位资金 171 万元，资金到位率 {rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(first="150", rate="100%"))
    assert d.severity is Severity.warning and "171 ÷ 180 = 95.00%" in d.message()
    assert run_prose(BudgetCompletionMismatch, text.format(first="150", rate="95%")) == []
    assert run_prose(BudgetCompletionMismatch, text.format(first="171", rate="100%")) == []
    # the same figure at both stages: certain
    (d,) = run_prose(BudgetCompletionMismatch, text.format(first="180", rate="100%"))
    assert d.severity is Severity.error


def test_a107_execution_rate_against_arrived_funds_is_quiet():
    """``预算 B，到位 D，支出 A，执行率 A ÷ D``: the rate is read against the arrived funds; the
    arrived figure is never the actual of an execution rate."""
    text = "项目预算数为 180 万元，到位资金 171 万元，实际支出 152 万元，执行率为 {rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="88.89%")) == []
    assert run_prose(BudgetCompletionMismatch, text.format(rate="84.44%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="95.00%"))
    assert "152 ÷ 180" in d.message()
    assert run_prose(BudgetCompletionMismatch, "项目预算数为 180 万元，资金到位 171 万元，执行率为 100%。") == []


def test_a107_balance_after_a_budget_its_execution_and_the_rate():
    """``预算数 300，执行数 288.60，执行率 96.20%，结余 14.10`` (modelled on a city hospital's equipment
    report): the rate between them does not hide the balance, 300 − 288.60 = 11.40."""
    text = "项目全年预算数为300.00万元，执行数为288.60万元，执行率96.20%，结余{balance}万元为采购节余资金。"
    assert run_prose(BudgetCompletionMismatch, text.format(balance="11.40")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(balance="14.10"))
    assert "300.00 − 288.60 = 11.40" in d.message()
    # a carried-over balance is another account's
    carried = "项目全年预算数为300.00万元，执行数为288.60万元，执行率96.20%，年末结转和结余20.00万元。"
    assert run_prose(BudgetCompletionMismatch, carried) == []


def test_a107_execution_rate_against_the_one_budget_of_the_sentence_before():
    # the budget and its parts in one sentence, what was spent of it and its rate in the next
    para = ("2023年灌区改造项目预算资金 640 万元，其中：省级资金 400 万元，县级资金 240 万元。"
            "截至年底，实际支出 {actual}，预算执行率 {rate}。")
    (d,) = run_prose(BudgetCompletionMismatch, para.format(actual="608 万元", rate="98%"))
    assert d.severity is Severity.warning and "608 ÷ 640" in d.message()
    # the rate right, or right at the figures' rounding, is quiet
    assert run_prose(BudgetCompletionMismatch, para.format(actual="608 万元", rate="95%")) == []
    assert run_prose(BudgetCompletionMismatch, para.format(actual="608.3 万元", rate="95.0%")) == []


def test_a107_sentence_before_with_two_stages_of_the_budget():
    # two budgets before (年初 and 调整后): the rate may be of either
    two = ("年初预算 600 万元，调整后预算 640 万元。全年实际支出 608 万元，执行率 {rate}。")
    assert run_prose(BudgetCompletionMismatch, two.format(rate="101.3%")) == []
    # a rate of the adjusted budget is quiet too; one of neither is a warning
    assert run_prose(BudgetCompletionMismatch, two.format(rate="95%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, two.format(rate="97%"))
    assert d.severity is Severity.warning and "608 ÷ 640" in d.message()
    # an actual of another scope (县级资金) is no spending of the whole budget
    scope = ("项目预算资金 640 万元，其中：县级资金 240 万元。县级资金实际支出 228 万元，执行率 95%。")
    assert run_prose(BudgetCompletionMismatch, scope) == []
    # a sentence between the budget and the rate
    far = ("项目预算资金 640 万元。资金已全部到位。实际支出 608 万元，执行率 96%。")
    assert run_prose(BudgetCompletionMismatch, far) == []


def test_a107_execution_rate_against_the_funds_a_transfer_payment_was_given():
    """A transfer payment names its budget 下达资金 (下达补助资金 860 万元): the execution rate of
    what was spent of it is reckoned against that figure."""
    para = ("2023年下达学生营养改善补助资金 860 万元，其中中央资金 688 万元、区级资金 172 万元。"
            "全年实际支出 851.4 万元，执行率 {rate}。")
    (d,) = run_prose(BudgetCompletionMismatch, para.format(rate="98%"))
    assert "851.4 ÷ 860" in d.message()
    assert run_prose(BudgetCompletionMismatch, para.format(rate="99%")) == []
    # in one sentence too
    one = "下达项目资金 500 万元，实际支付 450 万元，支付率 {rate}。"
    assert run_prose(BudgetCompletionMismatch, one.format(rate="95%")) != []
    assert run_prose(BudgetCompletionMismatch, one.format(rate="90%")) == []


def test_a107_balance_against_the_one_budget_of_the_sentence_before():
    """``下达补助资金 860 万元，其中…。全年实际支出 851.4 万元，结余 U``: what is left is
    reckoned against the one budget of the sentence before, as the execution rate is."""
    para = ("2023年下达学生营养改善补助资金 860 万元，其中中央资金 688 万元、区级资金 172 万元。"
            "全年实际支出 851.4 万元，结余 {left} 万元。")
    (d,) = run_prose(BudgetCompletionMismatch, para.format(left="6.8"))
    assert d.severity is Severity.warning and "8.6" in d.message()
    assert run_prose(BudgetCompletionMismatch, para.format(left="8.6")) == []
    # two budgets before, an actual of one scope, or a sentence between: the base is not known
    two = "年初预算 600 万元，调整后预算 640 万元。全年实际支出 608 万元，结余 20 万元。"
    assert run_prose(BudgetCompletionMismatch, two) == []
    scope = "项目预算资金 640 万元，其中：县级资金 240 万元。县级资金实际支出 228 万元，结余 2 万元。"
    assert run_prose(BudgetCompletionMismatch, scope) == []
    far = "项目预算资金 640 万元。资金已全部到位。实际支出 608 万元，结余 2 万元。"
    assert run_prose(BudgetCompletionMismatch, far) == []


def test_a107_balance_after_a_budget_broken_down_in_the_same_sentence():
    """``预算 86.50，其中县级 62.00、镇级 24.50；全年支出 84.20，执行率 97.34%，结余 U`` (modelled on a
    township's road-maintenance report): the parts that add up to the budget are its breakdown,
    and what is left is still 86.50 − 84.20."""
    text = ("项目全年预算86.50万元，其中县级补助资金62.00万元、镇级配套资金24.50万元；"
            "全年支出84.20万元，执行率97.34%，结余{left}万元。")
    assert run_prose(BudgetCompletionMismatch, text.format(left="2.30")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(left="3.20"))
    assert "86.50 − 84.20 = 2.30" in d.message()
    # parts that do not make up the budget may be of another scope: not read
    other = text.replace("镇级配套资金24.50万元", "镇级配套资金20.50万元")
    assert run_prose(BudgetCompletionMismatch, other.format(left="3.20")) == []


def test_a107_control_rates_of_the_common_indicators():
    """The 部门整体 共性指标 ``“三公”经费控制率`` and ``公用经费控制率`` are the spending ÷ the budget."""
    sangong = "2023年“三公”经费预算数为12.00万元，实际支出10.20万元，“三公”经费控制率为{rate}。"
    assert run_prose(BudgetCompletionMismatch, sangong.format(rate="85.00%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, sangong.format(rate="90.00%"))
    assert d.severity is Severity.error and "10.20 ÷ 12.00 = 85.00%" in d.message()
    public = "公用经费预算数为85.60万元，实际支出80.10万元，公用经费控制率为{rate}。"
    assert run_prose(BudgetCompletionMismatch, public.format(rate="93.57%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, public.format(rate="95.58%"))
    assert "80.10 ÷ 85.60 = 93.57%" in d.message()
    # the staff control rate counts people (A130's), whatever money the sentence also states
    staff = "人员经费预算数为500.00万元，实际支出480.00万元，在职人员控制率为{rate}。"
    assert run_prose(BudgetCompletionMismatch, staff.format(rate="95.00%")) == []


def test_a107_procurement_rate_against_the_amount_actually_bought():
    text = "政府采购预算数为300.00万元，实际采购金额285.00万元，政府采购执行率为{rate}。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="95.00%")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="96.00%"))
    assert "285.00 ÷ 300.00 = 95.00%" in d.message()


def test_a107_a_subsidy_paid_out_is_its_spending():
    """A relief or subsidy project spends its budget by paying it out (全年发放救助供养金 A; modelled
    on a township's 特困人员救助供养 report): its execution rate and balance are reckoned so."""
    text = "项目全年预算1286400.00元，全年发放救助供养金1262400.00元，预算执行率{rate}，结余{left}元。"
    assert run_prose(BudgetCompletionMismatch, text.format(rate="98.13%", left="24000.00")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="98.31%", left="24000.00"))
    assert "1262400.00 ÷ 1286400.00" in d.message()
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="98.13%", left="42000.00"))
    assert "1286400.00 − 1262400.00 = 24000.00" in d.message()


def test_a107_payout_progress_named_jindu():
    """``年初预算 B 万元，拨付资金 A 万元，资金拨付进度 W%`` (modelled on a district housing
    office's self-evaluation): a payout or execution 进度 is the share of the budget paid, as a
    支付率 is, and is reckoned against the budget of its sentence."""
    text = "区级年初预算150万元专项资金，已按合同进度拨付资金48.30万元，资金拨付进度{rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="100%"))
    assert "48.30 ÷ 150" in d.message()
    assert run_prose(BudgetCompletionMismatch, text.format(rate="32.2%")) == []
    exe = "项目预算资金 80 万元，实际支出 60 万元，预算执行进度 {rate}。"
    assert run_prose(BudgetCompletionMismatch, exe.format(rate="95%")) != []
    assert run_prose(BudgetCompletionMismatch, exe.format(rate="75%")) == []
    # a progress of the works, not of the money: quiet
    works = "项目预算资金 80 万元，实际支出 60 万元，工程形象进度 100%。"
    assert run_prose(BudgetCompletionMismatch, works) == []


def test_a107_bare_actual_after_a_time_lead():
    """``截至2023年底实际支出 A，资金执行率 W%`` after ``项目预算 B，…。``: the time words before the
    spending name no scope of its own, so the rate is read against the budget of the sentence
    before (817 ÷ 860 = 95.00%, not 96%)."""
    para = "2023年道路养护项目预算 860 万元，主要用于县乡道路日常养护。{lead}实际支出 817 万元，资金执行率 {rate}。"
    for lead in ("截至2023年底", "截至12月31日", "至年末", "2023年度", "截止2023年12月31日共计"):
        (d,) = run_prose(BudgetCompletionMismatch, para.format(lead=lead, rate="90%"))
        assert d.severity is Severity.warning and "817 ÷ 860" in d.message()
        assert run_prose(BudgetCompletionMismatch, para.format(lead=lead, rate="95%")) == [], lead
        assert run_prose(BudgetCompletionMismatch, para.format(lead=lead, rate="95.0%")) == [], lead
    (d,) = run_prose(BudgetCompletionMismatch, para.format(lead="截至2023年底", rate="96%"))
    assert "817 ÷ 860 应为 95.00%" in d.message()
    # another year's spending, or a scope named after the time words, is not read against it
    assert run_prose(BudgetCompletionMismatch, para.format(lead="截至2022年底", rate="90%")) == []
    assert run_prose(BudgetCompletionMismatch, para.format(lead="截至年底县级资金", rate="90%")) == []
    # what is left, read the same way
    left = "2023年道路养护项目预算 860 万元，主要用于县乡道路日常养护。截至2023年底实际支出 817 万元，结余 {u} 万元。"
    assert run_prose(BudgetCompletionMismatch, left.format(u="43")) == []
    (d,) = run_prose(BudgetCompletionMismatch, left.format(u="34"))
    assert "860 − 817 = 43" in d.message()


def test_a107_completion_written_as_the_difference_of_spending_and_budget():
    """The rate after a budget is, to its digits, the total stated in the sentence before minus
    that budget (631.40 − 598.25 = 33.15): the difference put where A ÷ B belongs, a warning."""
    totals = "2024年度财政拨款收入总计631.40万元，支出总计631.40万元。"
    (d,) = run_prose(BudgetCompletionMismatch, totals + "财政拨款支出年初预算数598.25万元，完成年初预算的33.15%。")
    assert d.severity is Severity.warning
    assert "631.40 − 598.25 = 33.15" in d.message("zh") and "105.54%" in d.message("zh")
    assert "their difference" in d.message("en")


def test_a107_completion_that_is_no_difference_is_quiet():
    """The rate itself, another rate, or a whole rate (a difference of 12 and a rate of 12% may meet
    by chance): nothing."""
    totals = "2024年度财政拨款收入总计631.40万元，支出总计631.40万元。"
    for rate in ("105.54%", "98.20%", "33%"):
        assert run_prose(BudgetCompletionMismatch, totals + f"财政拨款支出年初预算数598.25万元，完成年初预算的{rate}。") == []


def test_a107_project_funds_total_is_the_budget():
    # a project narrative names its budget as the form's 年度资金总额 row does (项目资金总额,
    # 财政资金总额) and its spending as 拨付使用 (a school's special fund, written by us)
    text = ("2023年度我园保教专项经费项目财政资金总额24.80万元,全部为市级补助资金,"
            "拨付使用{spent}万元,预算执行率100%。")
    assert run_prose(BudgetCompletionMismatch, text.format(spent="24.80")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(spent="22.80"))
    assert "22.80 ÷ 24.80 = 91.94%" in d.message()
    (d,) = run_prose(BudgetCompletionMismatch, text.replace("财政资金总额", "年度资金总额").format(spent="22.80"))
    assert "22.80 ÷ 24.80" in d.message()


def test_a107_total_of_arrived_funds_is_no_budget():
    # 到位资金总额 is what arrived, 支出资金总额 what was spent: neither is the base of 执行率
    text = "项目到位资金总额24.80万元,实际支出22.80万元,预算执行率76%。"
    assert run_prose(BudgetCompletionMismatch, text) == []
    assert run_prose(BudgetCompletionMismatch, "本年支出资金总额22.80万元,实际支出22.80万元,执行率76%。") == []


def test_a107_an_execution_rate_worded_as_a_proportion():
    """``预算执行比例为 90%`` (modelled on a project self-evaluation): 执行比例 is the execution rate,
    the actual ÷ the budget, as 执行率 is."""
    text = "本项目预算数120.00万元，实际支出96.00万元，预算执行比例为{rate}%。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="90"))
    assert "96.00 ÷ 120.00 = 80.00%" in d.message()
    assert run_prose(BudgetCompletionMismatch, text.format(rate="80")) == []


def test_a107_budget_stated_inside_the_rate():
    """``支出决算为 A 万元，完成全年预算 B 万元的 W%``: the budget stands inside the rate's phrase."""
    wrong = "2023年度“三公”经费财政拨款支出决算为 62.07万元，完成全年预算 84.82万元的 79.6%，比上年决算数增加 8.97万元。"
    (d,) = run_prose(BudgetCompletionMismatch, wrong)
    assert "79.6%" in d.message() and "73.18%" in d.message()
    assert run_prose(BudgetCompletionMismatch, wrong.replace("79.6%", "73.2%")) == []
    other = "2023年一般公共预算收入累计完成 24627万元，完成年初预算数 60999万元的 48.4%，比上年减收 1070万元。"
    assert len(run_prose(BudgetCompletionMismatch, other)) == 1


def test_a107_balance_carried_over_named_jiezhuan():
    """``下达资金共计 B，实际使用 A，资金结转 U`` (modelled on a district's old-housing renovation
    review): money carried to next year is what is left of the budget, as a 结余 is."""
    text = "财政实际下达的项目资金共计36,950.00万元，项目实际使用资金19,078.00万元，资金结转{left}万元，资金使用率51.63%。"
    assert run_prose(BudgetCompletionMismatch, text.format(left="17,872.00")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(left="17,827.00"))
    assert "结转 17,827.00" in d.message() and "= 17872.00" in d.message()
    # last year's carry-over is no balance of this budget
    other = "项目预算30.00万元，实际支出28.00万元，上年结转5.00万元。"
    assert run_prose(BudgetCompletionMismatch, other) == []


def test_a107_rate_after_spending_of_the_funds_given_the_sentence_before():
    """``下达我局项目前期工作经费 B。实际支出项目资金 A，资金执行率 W%`` (modelled on a city transport
    bureau's project review): the funds given (下达…经费) are the budget the next sentence's
    spending is a share of."""
    text = "2020年7月20日市财政局下达我局项目前期工作经费200.00万元。实际支出项目资金{a}万元，资金执行率100.00%。"
    assert run_prose(BudgetCompletionMismatch, text.format(a="200.00")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(a="180.00"))
    assert "180.00 ÷ 200.00 = 90.00%" in d.message() and d.severity is Severity.warning


def test_a107_balance_as_the_last_three_figures_after_an_estimate():
    """``投资估算 E，…下达资金共计 B，实际使用 A，资金结转 U``: an estimate opening the sentence
    leaves the budget, spending and what is left, stated one after another, to add up."""
    text = ("项目投资估算67,463.91万元，截止2023年12月31日，财政实际下达的项目资金共计36,950.00万元，"
            "项目实际使用资金19,078.00万元，资金结转{left}万元，资金使用率51.63%。")
    assert run_prose(BudgetCompletionMismatch, text.format(left="17,872.00")) == []
    (d,) = run_prose(BudgetCompletionMismatch, text.format(left="17,827.00"))
    assert "= 17872.00" in d.message()


def test_a107_rate_under_its_own_heading_after_the_funds_given():
    """``1.项目资金到位情况 / 下达…经费 B。/ 2.项目资金执行情况 / 实际支出项目资金 A，资金执行率 W%``
    (modelled on a city transport bureau's review): the spending paragraph's rate is of the one
    budget the paragraph before its heading states (a warning: the base is read across paragraphs)."""
    head = "1.项目资金到位情况"
    given = "2020年7月20日市财政局下达我局项目前期工作经费200.00万元。"
    spent = "实际支出项目资金{a}万元，资金执行率100.00%。"
    assert run_prose(BudgetCompletionMismatch, head, given, "2.项目资金执行情况", spent.format(a="200.00")) == []
    (d,) = run_prose(BudgetCompletionMismatch, head, given, "2.项目资金执行情况", spent.format(a="180.00"))
    assert d.severity is Severity.warning and "180.00 ÷ 200.00 = 90.00%" in d.message()
    assert d.related[0].location.line < d.location.line
    # two money figures before (a budget and its arrival): not one base to read
    two = "下达我局项目前期工作经费200.00万元，到位资金180.00万元。"
    assert run_prose(BudgetCompletionMismatch, head, two, "2.项目资金执行情况", spent.format(a="180.00")) == []


def test_a107_payout_progress_of_a_payment_made_as_due_is_a_warning():
    """``已按合同约定和施工进度足额拨付资金 A，资金拨付进度 100%`` after the year's budget: the 100%
    may be of what the contract made due, not of the budget, so the mismatch is worth a look but
    not certain (a warning); the same 进度 without the words of a payment as due stays an error."""
    due = "区级年初预算180万元专项资金，已严格按合同约定和施工进度及时足额拨付资金52.40万元，资金拨付进度{rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, due.format(rate="100%"))
    assert d.severity is Severity.warning and "52.40 ÷ 180" in d.message()
    assert run_prose(BudgetCompletionMismatch, due.format(rate="29.11%")) == []
    plain = "区级年初预算180万元专项资金，已拨付资金52.40万元，资金拨付进度{rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, plain.format(rate="100%"))
    assert d.severity is Severity.error
    # a 支付率 or 执行率 is the budget's share whatever the payment followed: still an error
    rate = "区级年初预算180万元专项资金，已按合同约定足额拨付资金52.40万元，资金支付率{rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, rate.format(rate="100%"))
    assert d.severity is Severity.error



def test_a107_a_projects_funds_counted_as_one_total_are_its_budget():
    """``项目资金共 B 万元，已（完成）拨付 A 万元，执行率 W%``: the project's funds counted as one
    total are the base of its execution rate (modelled on a county transport bureau's road
    report, audit26p DEV 048, with the paid figure changed)."""
    wrong = "项目资金共1860万元，截止2022年12月10日，已完成拨付1702.50万元，执行率96%。"
    [d] = run_prose(BudgetCompletionMismatch, wrong)
    assert d.severity is Severity.error and "1702.5" in d.message("zh")
    assert run_prose(BudgetCompletionMismatch, wrong.replace("执行率96%", "执行率91.53%")) == []
    # money arrived, paid or saved counted as a total is no budget
    for label in ("到位资金共", "拨付资金共", "节约资金共"):
        assert run_prose(BudgetCompletionMismatch, wrong.replace("项目资金共", label)) == [], label


def test_a107_quiet_when_the_years_share_between_explains_the_rate():
    """A total over several years, then the year's share (in brackets or not): the rate may be the
    spending over the share, not over the total."""
    for text in ("专项资金共5000万元，分三年安排，本年下达2000万元，已支出1800万元，执行率90%。",
                 "专项资金共5000万元（其中本年安排2000万元），本年已支出1800万元，执行率90%。"):
        assert run_prose(BudgetCompletionMismatch, text) == [], text
    # the breakdown of the total by source explains nothing: still a finding
    parts = "项目资金共2179万元，其中中央1500万元、省级679万元，已支出2013.63万元，执行率97%。"
    assert len(run_prose(BudgetCompletionMismatch, parts)) == 1


def test_a107_execution_rate_of_spending_above_the_budget_named_is_a_warning():
    """Spending cannot pass the budget it is executed against: when the 执行数 exceeds the 预算数
    the sentence names, that figure is the 年初 budget, and an 执行率 of 100% or less is read
    against the adjusted budget the sentence does not state (or capped at 100%): likely wrong,
    not certainly."""
    text = "本局2023年预算数 8,420.50 万元，执行数 15,310.20 万元，执行率为{rate}。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="100%"))
    assert d.severity is Severity.warning
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="96.5%"))
    assert d.severity is Severity.warning
    # a rate above 100% that is not the spending ÷ the budget stays an error
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="150%"))
    assert d.severity is Severity.error
    # and so does a completion of a budget overspent (完成预算的, the final accounts' ratio)
    spent = "“三公”经费支出预算为 8.42 万元，支出决算为 15.31 万元，完成预算的 100%。"
    (d,) = run_prose(BudgetCompletionMismatch, spent)
    assert d.severity is Severity.error


def test_a107_a_certain_mismatch_that_is_the_share_left_says_so():
    """``预算为8万元，决算为5.2万元，完成预算的35%``: certainly wrong (5.2 ÷ 8 = 65%), an error as
    before, and 35% is 100% minus the completion: the message names that slip."""
    text = "“三公”经费支出预算为8万元，支出决算为5.2万元，完成预算的{rate}，较上年减少0.6万元。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="35%"))
    assert d.severity is Severity.error and "65" in d.message() and "100% 减去" in d.message()
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="45%"))
    assert d.severity is Severity.error and "100% 减去" not in d.message()
    assert run_prose(BudgetCompletionMismatch, text.format(rate="65%")) == []


def test_a107_a_whole_rate_on_a_five_point_step_is_a_warning():
    """``支付率95%`` where the figures give 96.35% (modelled on a county's 衔接资金 self-evaluation
    from a sample-report site): a whole percent on a step of five that the computed rate rounds to
    at that step is a coarse figure, likely not certainly wrong; a rate off that step, or written
    with decimals, or beyond the step's reach, is an error."""
    text = "全年衔接资金支付1445.20万元，未支付54.80万元，支付率{rate}，未支付资金为预留质保金。"
    (d,) = run_prose(BudgetCompletionMismatch, text.format(rate="95%"))
    assert d.severity is Severity.warning
    for rate in ("94%", "95.00%", "90%"):
        (d,) = run_prose(BudgetCompletionMismatch, text.format(rate=rate))
        assert d.severity is Severity.error, rate


def test_a107_a_five_point_rate_far_from_whole_figures_stays_an_error():
    # whole 万元 figures widen the interval their rounding allows (26.5–27.5 ÷ 29.5–30.5); the
    # step is judged on the rate they give as written, 90%, five points from 95%
    (d,) = run_prose(BudgetCompletionMismatch, "项目全年预算数为 30 万元，执行数为 27 万元，完成预算 95%。")
    assert d.severity is Severity.error


def test_an_earlier_years_spending_before_this_years_budget_is_no_actual_of_it():
    """Last year's final spending stated before this year's budget and its rate (2022年度决算支出 A；
    2023年度预算安排 B，执行率 W%): A is no spending of B, so A ÷ B is no check of W (a false error).
    The same year's spending, or a date after the budget's year (截至次年3月), is still read."""
    text = "2022年度决算支出750万元；2023年度预算安排820万元，执行率97%。"
    assert [d for d in run_prose(BudgetCompletionMismatch, text) if d.code == "A107"] == []
    same = "2023年度预算安排820万元，2023年度实际支出750万元，执行率97%。"
    assert len([d for d in run_prose(BudgetCompletionMismatch, same) if d.code == "A107"]) == 1
    later = "2023年度预算安排820万元，截至2024年3月底实际支出750万元，执行率97%。"
    assert len([d for d in run_prose(BudgetCompletionMismatch, later) if d.code == "A107"]) == 1


def test_the_funds_of_the_project_the_report_is_about_are_its_budget():
    """``该项目资金 B，已执行支付 A，…，执行率 W%`` (modelled on a county project's self-evaluation):
    the project's funds named with 该 / 本 are the whole the execution rate is reckoned against."""
    wrong = "2022年度该项目资金1500.25万元，已执行支付1200万元，全部用于设备购置费用支出，执行率73.98%。"
    (d,) = [d for d in run_prose(BudgetCompletionMismatch, wrong) if d.code == "A107"]
    assert "1200 ÷ 1500.25 = 79.99%" in d.message("zh")
    right = wrong.replace("73.98%", "79.99%")
    assert [d for d in run_prose(BudgetCompletionMismatch, right) if d.code == "A107"] == []
    # funds arrived or used for the project are no budget of it
    used = "2022年度使用项目资金1500.25万元，已执行支付1200万元，执行率73.98%。"
    assert [d for d in run_prose(BudgetCompletionMismatch, used) if d.code == "A107"] == []


def test_a107_balance_of_one_year_of_a_budget_broken_down_by_year():
    """``资金共计 500，其中2022年下达 300、2023年下达 200，2023年实际支出 180、结余 20`` (fp38's probe:
    read against the whole 500, 500 − 180 = 320, a false error): the breakdown is by year, and the
    spending and balance of 2023 are of that year's part, not of the whole."""
    text = "项目资金共计500万元，其中2022年下达300万元、2023年下达200万元，2023年实际支出180万元、结余20万元。"
    assert [d for d in run_prose(BudgetCompletionMismatch, text) if d.severity == Severity.error] == []
    assert run_prose(BudgetCompletionMismatch, text) == []
