"""T802 common-typo: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import CommonTypo

from perflint.extract.slips import (
    context_pair_slips,
    context_typos,
    years_without_nian,
    zai_for_zai,
)
from perflint.extract.terms import find_substitutions

from .._harness import run
from ._drafts import BAD, GOOD


def test_common_typo_reports_listed_typos():
    diags = run(CommonTypo, BAD)
    assert sorted(d.message("zh") for d in diags) == ["“严执执行”疑为“严格执行”之误", "“震摄”疑为“震慑”之误"]
    d = next(d for d in diags if "震摄" in d.message("zh"))
    line = BAD.splitlines()[d.location.line - 1]
    assert line[d.location.column - 1:d.location.end_column - 1] == "震摄"


def test_de_for_di_after_a_verb_is_a_listed_typo():
    found = find_substitutions("一、项目存在得问题 二、提出得建议 三、取得成效 值得肯定")
    assert [(m.text, m.suggestion) for m in found] == [("存在得问题", "存在的问题"), ("提出得建议", "提出的建议")]


def test_context_pair_is_reported_only_against_the_drafts_own_usage():
    [slip] = context_pair_slips(["一是切实保障医疗待遇。", "二是确实保障职工待遇。"])
    assert (slip.written, slip.usual) == ("确实保障", "切实保障")
    assert context_pair_slips(["二是确实保障职工待遇。"]) == []  # nothing to compare with
    assert context_pair_slips(["切实加强管理。", "确实存在问题。"]) == []


def test_functional_account_name_missing_chu():
    [m] = find_substitutions("一般公共服务(类)财政事务(款)信息化建设支(项)")
    assert (m.text, m.suggestion) == ("支(项)", "支出(项)")
    assert find_substitutions("国有资本经营预算收支(项)、其他支出(款)") == []


def test_zai_for_zai_in_a_first_then_sequence():
    [slip] = zai_for_zai("定量指标先汇总完成数，在计算得分。")
    assert (slip.written, slip.usual) == ("在计算", "再计算")
    for text in ["先汇总完成数，在计算得分时保留两位小数。", "先行先试，在全市推广。", "先由科室自评，在汇总后报送。",
                 "按规定，在计算得分。"]:
        assert zai_for_zai(text) == [], text


def test_common_typo_is_quiet_on_the_correct_draft():
    assert run(CommonTypo, GOOD) == []
    assert run(CommonTypo, "一、项目存在的问题\n二、提出的建议\n先汇总完成数，再计算得分。\n") == []


def test_ba_for_bo_in_money_moved_between_accounts():
    """拔 (pull) for 拨 (allocate) in the words of money moved: 拔入, 调拔 as 拔款 and 拔付 before."""
    text = "示范县2021年度部门决算\n\n本年上级拔入资金 20 万元，向下属单位调拔 5 万元。\n"
    assert sorted(d.message("zh") for d in run(CommonTypo, text)) == [
        "“拔入”疑为“拨入”之误", "“调拔”疑为“调拨”之误"]
    assert run(CommonTypo, text.replace("拔入", "拨入").replace("调拔", "调拨")) == []


def test_year_that_lost_its_nian_before_du():
    """2022度 for 2022年度 (a 三公 page of fp3's round, a contents title of fp's round); 度 as a
    unit after a count (用电 2022 度, 约 2050 度左右) is quiet."""
    text = ("示范县统计局2021度部门决算\n\n一、基本情况\n\n"
            "2021度一般公共预算财政拨款“三公”经费支出 3 万元。\n")
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“2021度”疑为“2021年度”之误"] * 2
    assert run(CommonTypo, text.replace("1度", "1年度")) == []
    assert years_without_nian("全年用电 2022 度，比上年节约 2050度左右，2023年度部门决算。") == []
    assert years_without_nian("路灯耗电约2050度电。") == []


def test_budget_note_slips_in_staff_and_three_public_rows():
    """A 预算说明's staff line (遗属补助 typed as 遗嘱补助) and a 三公 table row (运转 for 运行)."""
    text = ("单位概况\n\n年末在职人员 40 人，遗嘱补助 3 人，退休人员 52 人。\n\n"
            "项目 | 上年预算数 | 本年预算数 |\n公务用车运转维护费 | 8.00 | 7.50 |\n")
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“公务用车运转维护费”疑为“公务用车运行维护费”之误", "“遗嘱补助”疑为“遗属补助”之误"]
    right = text.replace("遗嘱补助", "遗属补助").replace("运转维护费", "运行维护费")
    assert run(CommonTypo, right) == []


def test_fund_and_part_names_typed_with_a_near_word():
    """一般公开预算 / 一般公共决算 for the fund 一般公共预算, 部门概括 for the part 部门概况, 名称解释
    for 名词解释 (a 决算 publication's contents and tables list); the right words are quiet, and so
    is 名称解释 after a field's name (项目名称解释如下)."""
    text = ("示范区档案馆2017年部门决算\n\n目 录\n\n第一部分 部门概括\n\n第四部分 名称解释\n\n"
            "表2:一般公开预算支出决算情况表\n\n三、一般公共决算财政拨款“三公”经费支出情况说明\n")
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“一般公共决算”疑为“一般公共预算”之误", "“一般公开预算”疑为“一般公共预算”之误",
                     "“名称解释”疑为“名词解释”之误", "“部门概括”疑为“部门概况”之误"]
    right = (text.replace("部门概括", "部门概况").replace("名称解释", "名词解释")
             .replace("一般公开预算", "一般公共预算").replace("一般公共决算", "一般公共预算"))
    assert run(CommonTypo, right) == []
    assert run(CommonTypo, "二、项目情况\n\n项目名称解释如下:档案数字化。本部门概括为三项职能。\n") == []


def test_ren_typed_as_its_rare_look_alike():
    """仼 (a rare character) for 任, offered next to it by an input method (modelled on a county's
    学前教育 self-evaluation: 年度目标仼务)."""
    text = "根据实施方案确定的年度目标仼务，落实各校责仼，担仼项目负责人的同志按期完成。\n"
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“仼务”疑为“任务”之误", "“担仼”疑为“担任”之误", "“责仼”疑为“责任”之误"]
    assert run(CommonTypo, text.replace("仼", "任")) == []


def test_sheshi_typed_as_its_homophone_shishi():
    """设施 typed as 实施 (modelled on a county's 果园路 target table: 改善基础实施建设, 交安实施)."""
    text = "改善基础实施建设，完成路面硬化、边沟及交安实施的建设，按实施方案组织实施。\n"
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“交安实施”疑为“交安设施”之误", "“基础实施建设”疑为“基础设施建设”之误"]
    good = text.replace("基础实施建设", "基础设施建设").replace("交安实施", "交安设施")
    assert run(CommonTypo, good) == []


def test_scoring_note_terms_typed_as_homophones():
    """返乡 for 反向 and 旅 for 率 (modelled on a 自评表 template's scoring notes: 若定量指标为
    返乡指标…, 项目预算执行旅：…)."""
    text = "若定量指标为返乡指标（即指标值≤X），得分按年度指标值÷全年实际值计算。项目预算执行旅：实际支出÷预算数。\n"
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“执行旅”疑为“执行率”之误", "“返乡指标”疑为“反向指标”之误"]
    assert run(CommonTypo, text.replace("返乡指标", "反向指标").replace("执行旅", "执行率")) == []
    assert run(CommonTypo, "按合同执行旅游线路安排，组织返乡创业培训。\n") == []


def test_form_term_and_fixed_phrases_typed_with_a_near_word():
    """可持续效益指标 for the form's 可持续影响指标, 截流 (to dam a river) for 截留 (to withhold)
    beside 挪用, 依具 for 依据 (modelled on a county's 燃油税 and a 学生资助 self-evaluation:
    可持续效益指标有效带动…, 不存在截流、挪用项目资金情况, 目标依具充分)."""
    text = ("可持续效益指标有效带动周边经济发展。不存在截流、挪用项目资金情况，杜绝挤占截流。"
            "我馆设立整体目标依具充分。\n")
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == sorted(["“依具”疑为“依据”之误", "“可持续效益指标”疑为“可持续影响指标”之误",
                            "“挤占截流”疑为“挤占截留”之误", "“截流、挪用”疑为“截留、挪用”之误"])
    good = (text.replace("可持续效益", "可持续影响").replace("截流", "截留").replace("依具", "依据"))
    assert run(CommonTypo, good) == []
    # the river works' 截流 and 依具体 (as the case may be) are words of their own
    assert run(CommonTypo, "完成大坝截流工程，依具体情况调整挪用风险防控措施。\n") == []


def test_public_funds_item_with_he_moved():
    """A 预算说明's 公用经费 list ends 其他商品服务和支出 (和 moved behind 服务); the form's words are quiet."""
    text = "公用经费 7.13 万元，主要包括：办公费、工会经费、其他商品服务和支出。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“商品服务和支出”疑为“商品和服务支出”之误"]
    assert run(CommonTypo, text.replace("商品服务和支出", "商品和服务支出")) == []


def test_t802_cover_and_allowance_typed_with_homophones():
    diags = run(CommonTypo, "培训复盖面有限。办案补帖46.80万元。\n")
    assert sorted(d.message("zh") for d in diags) == ["“复盖”疑为“覆盖”之误", "“补帖”疑为“补贴”之误"]
    assert run(CommonTypo, "报表重复盖章的问题已整改。培训覆盖面有限。办案补贴46.80万元。\n") == []


def test_the_running_costs_of_the_offices_typed_as_a_business_operation():
    """机关运行经费 (a 决算 section and 名词解释) written 机关运营经费; the right term is quiet."""
    text = "示范区档案馆2023年度部门决算\n\n七、机关运营经费支出情况说明\n\n本部门2023年度机关运营经费支出12.30万元。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“机关运营经费”疑为“机关运行经费”之误"]
    assert run(CommonTypo, text.replace("运营", "运行")) == []


def test_the_on_time_rate_typed_with_the_homophone_for_instant():
    """及时率 (a 时效 indicator) typed 即时率; 即时结算率 (医保 settlement on the spot) is a word of its own."""
    text = "示范县教育局2023年度营养改善计划项目绩效自评表\n\n资金拨付即时率 100% 100%\n\n医疗费用即时结算率 100%\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“即时率”疑为“及时率”之误"]
    assert run(CommonTypo, text.replace("拨付即时率", "拨付及时率")) == []


def test_a_units_rank_that_lost_the_xiang_of_xiangdangyu():
    # 相当于副科级 with 相 dropped (是一所当于副科级的事业单位)
    [m] = find_substitutions("本中心是一所当于副科级的公益一类事业单位，下设 3 个股室。")
    assert (m.text, m.suggestion) == ("当于副科级", "相当于副科级")
    # quiet twins: the whole phrase, and 应当于 before a date
    assert find_substitutions("本中心是一所相当于正科级的公益一类事业单位。") == []
    assert find_substitutions("各单位应当于2024年3月31日前报送自评材料。") == []


def test_the_party_typed_as_its_homophone_dang_in_a_units_duties():
    found = find_substitutions("2、加强当的建设。落实基层党建工作责任制，实现当的组织和工作全覆盖。")
    assert [(m.text, m.suggestion) for m in found] == [("当的建设", "党的建设"), ("当的组织", "党的组织")]
    # quiet twins: the Party written right, and words that end in 当 before 的
    assert find_substitutions("2、加强党的建设。实现党的组织和工作全覆盖。") == []
    assert find_substitutions("通过适当的组织形式开展培训，保持相当的建设规模，给予恰当的领导支持。") == []


def test_nian_wei_for_nian_mo_where_a_date_or_an_account_ends():
    """年未 (not yet) typed for 年末 (year end) in a legal-aid project's 自评 (audit20a's held set):
    after 截至/截止 (a year may stand between) or at a clause bound, before an account or a bound.
    Where 年未 is a year and 未 (本年未使用, 截至2023年未发生) it stays quiet."""
    text = ("示范县司法局2023年度项目支出绩效自评报告\n\n一、资金情况\n\n"
            "截至2023年未，预算资金60万元，支出58万元，年未结转结余2万元。\n")
    diags = run(CommonTypo, text)
    assert [d.message("zh") for d in diags] == ["“年未”疑为“年末”之误"] * 2
    assert run(CommonTypo, text.replace("年未", "年末")) == []
    quiet = ("本年未使用上级补助，当年未完成的任务已结转，上年未安排此项预算，本年未结余，"
             "截至2023年未发生安全事故，当月结束，年未结束。")
    assert context_typos(quiet) == []
    assert [s.usual for s in context_typos("截止年未数 12 人，年初数 10 人，年未数 12 人")] == ["年末"] * 2


def test_ji_qi_for_ji_qi_before_an_adjective_that_goes_on():
    """及其 (and its) typed for 极其 (extremely) after a word 及 cannot join (的, 了, 是): the
    legal-aid report of audit20a's held set. X及其重要性 (X and its importance) stays quiet."""
    text = ("示范县司法局2023年度项目支出绩效自评报告\n\n一、绩效情况\n\n"
            "项目实施发挥了及其重要的作用，法律援助是及其关键的一环。\n")
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“及其”疑为“极其”之误"] * 2
    assert run(CommonTypo, text.replace("及其", "极其")) == []
    assert context_typos("认识资金及其重要性，明确目的及其重要的作用，规范单位及其重要岗位，"
                         "加强项目及其重要意义的宣传。") == []


def test_zhu_yao_yong_of_a_fund_that_lost_its_yu():
    """工作经费5万元,主要用城乡就业工作开展方面 (audit27's held round): a fund's use with 于 lost;
    资金主要用于, 主要用途 and 主要用人单位 are right."""
    text = "示范县人社局2023年度项目支出绩效自评报告\n\n一、项目概况\n\n项目资金8万元，主要用职业技能培训。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“主要用”疑为“主要用于”之误"]
    assert run(CommonTypo, text.replace("主要用", "主要用于")) == []
    assert context_typos("资金主要用途为培训，经费主要用人单位承担，8万元，主要用来购置设备。") == []
    # 主要用 before a noun of what is used (用车, 用电, 用地, 用房…): the fund's main user or
    # use, no 于 lost (a car-running fund's 主要用车单位, fp38's probe of the reading)
    assert context_typos("运行维护费3万元，主要用车单位为执法大队；电费2万元，主要用电设备为空调；"
                         "资金5万元，主要用房为办公楼。") == []


def test_qi_de_a_pronoun_given_a_de_it_never_takes():
    """其的主要职责 for 其主要职责 (a unit's history, then 其的主要职责有, held33's round): the pronoun
    其 takes its noun straight, never 的; 极其的, 尤其的 and the name 土耳其的 are other words."""
    text = "示范县林业局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n本局加挂林场牌子。其的主要职责有：造林绿化。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“其的”疑为“其”之误"]
    assert run(CommonTypo, text.replace("其的", "其")) == []
    assert context_typos("任务极其的艰巨，尤其的是土耳其的订单。") == []
    # 的确 (indeed) after 其: 使其的确发挥作用 is 其 + 的确, no 的 given to the pronoun
    assert context_typos("整改措施使其的确发挥了作用。") == []


def test_yuan_zhu_typed_with_the_look_alike_shou():
    """法律授助 for 法律援助 (a legal-aid case allowance of audit20a's held set): 授助 is no word."""
    text = "示范县司法局2023年度项目支出绩效自评报告\n\n一、项目概况\n\n用于法律授助案件补贴。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“法律授助”疑为“法律援助”之误"]
    assert run(CommonTypo, text.replace("授助", "援助")) == []


def test_shou_zhu_elsewhere_is_the_student_aid_zi_zhu():
    """教育授助、教育贷款工作 (an 教育局's duties, held26's round): 授助 is no word anywhere, and
    outside 法律援助 the aid an 教育 budget names is 资助; 教授助理 holds it across two words."""
    text = "示范县教育局2023年度部门整体支出绩效自评报告\n\n一、部门职能\n\n负责学生授助、助学贷款工作，配备教授助理2名。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“授助”疑为“资助”之误"]
    assert run(CommonTypo, text.replace("学生授助", "学生资助")) == []


def test_nei_typed_as_lei_after_ones_own_area():
    """负责本区域类民政、计划生育… (a town's duties, modelled on two district towns' 决算说明): 类 for
    内 after 本区域 (an l/n pinyin slip); 本区域内 is the duty's word. 本区域类似 and 本区域类型 are
    words of their own."""
    text = "一、部门基本情况\n(一)职能职责\n3.负责本区域类民政、计划生育、文化教育等社会公益事业的综合性工作。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“本区域类”疑为“本区域内”之误"]
    assert run(CommonTypo, text.replace("类", "内")) == []
    assert run(CommonTypo, "二、与本区域类似的乡镇相比,本区域类型多样。\n") == []


def test_request_for_instruction_system_written_with_qingqiu():
    """The set phrase of a unit's internal rules is 请示汇报制度 (ask for instructions, then report);
    请求汇报制度 is a slip of the same sound's neighbour (modelled on a county bureau's form)."""
    [m] = find_substitutions("实施过程中严格执行请求汇报制度，按程序报批。")
    assert (m.text, m.suggestion) == ("请求汇报制度", "请示汇报制度")
    assert find_substitutions("实施过程中严格执行请示汇报制度，按程序报批。") == []


def test_t802_an_adverse_reaction_that_lost_its_fan():
    """``药品不良应监测报告率`` (modelled on a market-regulation bureau's indicator): 不良反应 lost its
    反. A bad receivable (不良应收款) or a stress response (不良应激) is a word of its own."""
    [d] = run(CommonTypo, "三级指标 | 药品不良应监测报告率 | ≥95% |\n")
    assert d.message("zh") == "“不良应”疑为“不良反应”之误"
    assert run(CommonTypo, "三级指标 | 药品不良反应监测报告率 | ≥95% |\n") == []
    assert run(CommonTypo, "清收不良应收款12笔，减少动物不良应激。\n") == []


def test_the_transfer_payment_header_that_lost_its_zhifu():
    """``转移(项目)名称``: the 转移支付 自评表's header 转移支付(项目)名称 with 支付 lost; the whole
    header, in either width of parenthesis, stays quiet."""
    [d] = run(CommonTypo, "转移支付区域（项目）绩效自评表\n转移（项目）名称：农村饮水安全工程\n")
    assert d.message("zh") == "“转移（项目）”疑为“转移支付(项目)”之误" and d.location.line == 2
    for header in ("转移支付（项目）名称", "转移支付(项目)名称", "项目名称"):
        assert run(CommonTypo, f"转移支付区域（项目）绩效自评表\n{header}：农村饮水安全工程\n") == [], header


def test_biaoming_a_sign_typed_as_biaoming_to_show():
    """标明 (to mark) a funded work with its sign typed as the homophone 表明 (to show) (modelled
    on a county's 彩票公益金 self-evaluation: 按规定表明宣传标识100%)."""
    text = "按规定表明宣传标识100%，项目现场表明标识齐全。\n"
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“表明宣传标识”疑为“标明宣传标识”之误", "“表明标识”疑为“标明标识”之误"]
    assert run(CommonTypo, text.replace("表明", "标明")) == []
    assert run(CommonTypo, "检查结果表明标识性建筑保护良好，表明宣传工作取得成效。\n") == []



def test_the_affiliated_units_rows_typed_with_bumen():
    """附属单位上缴收入 and 对附属单位补助支出, the 决算 rows a 收入/支出 paragraph restates, written with
    部门 for 单位; the form's words are quiet."""
    text = ("示范县水务局2023年度部门决算说明\n\n二、收入决算情况说明\n\n本年收入合计860.20万元，其中：财政拨款收入"
            "812.40万元；事业收入47.80万元；附属部门上缴收入0.00万元。\n\n三、支出决算情况说明\n\n本年支出合计"
            "851.00万元，其中：基本支出512.30万元；项目支出338.70万元；对附属部门补助支出0.00万元。\n")
    assert [d.message("zh") for d in run(CommonTypo, text)] == [
        "“附属部门上缴收入”疑为“附属单位上缴收入”之误", "“对附属部门补助支出”疑为“对附属单位补助支出”之误"]
    assert run(CommonTypo, text.replace("附属部门", "附属单位")) == []


def test_ren_sheng_for_ren_shen_in_accident_insurance():
    """人生 (a life) for 人身 (the person) in the accident insurance bought for staff (modelled on a
    township's forest-ranger subsidy report, audit26p)."""
    text = "示范镇2024年度护林员补助项目绩效自评报告\n\n资金用于发放护林员补贴、购买人生意外险及人生意外伤害保险。\n"
    assert sorted(d.message("zh") for d in run(CommonTypo, text)) == [
        "“人生意外伤害”疑为“人身意外伤害”之误", "“人生意外险”疑为“人身意外险”之误"]
    assert run(CommonTypo, text.replace("人生", "人身")) == []
    assert run(CommonTypo, "残疾人生活和护理补贴按月发放。\n") == []


def test_yi_for_xuan_in_publicity():
    """宜 (look-alike) for 宣 in 宣传 (modelled on a prefecture hospital's public-health report,
    audit26p); 不宜传播, 适宜传承 are words."""
    text = "示范医院2023年度基本公共卫生服务项目绩效自评报告\n\n开展健康教育宜传活动4次。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“宜传”疑为“宣传”之误"]
    assert run(CommonTypo, text.replace("宜传", "宣传")) == []
    assert run(CommonTypo, "涉密信息不宜传播，非遗技艺适宜传承，山区适宜传统种植。\n") == []


def test_the_central_government_that_lost_its_zhong():
    """``2023年央补助地方…资金`` (a 文化 project's source of funds): 中央 lost its 中 after the year.
    央 opens no word of a fund's source on its own; 中央补助, 中央财政 and 党中央 stay quiet."""
    found = [d.message("zh") for d in run(
        CommonTypo, "资金来源:2023年央补助地方公共文化服务体系建设资金,其中:央财政补助12.00万元。\n")]
    assert found == ["“央补助”疑为“中央补助”之误", "“央财政”疑为“中央财政”之误"]
    assert run(CommonTypo, "资金来源:2023年中央补助地方公共文化服务体系建设资金,其中:中央财政补助12.00万元,"
                           "中 央资金3.00万元,党中央转移支付政策。\n") == []


def test_qizhong_typed_as_its_look_alike_qizhan_before_a_colon():
    """``其中`` opening a breakdown (其中：公务用车购置费…) read as ``其占`` (中 and 占 share their
    口 and 丨: a scan): 占 needs an object and never stands before the colon; 其占比 stays quiet."""
    [d] = run(CommonTypo, "“三公”经费支出8.00万元,其占:公务用车运行维护费5.00万元。\n")
    assert d.message("zh") == "“其占:”疑为“其中:”之误"
    assert run(CommonTypo, "“三公”经费支出8.00万元,其中:公务用车运行维护费5.00万元,其占比62.5%。\n") == []


def test_the_standing_committee_that_lost_its_yuan():
    """``对县人民代表大会及其常务委会负责`` (an office's 职责): 常务委员会 lost its 员; the short name
    常委会 and the full name stay quiet."""
    [d] = run(CommonTypo, "一、部门职责\n\n对县人民代表大会及其常务委会负责并报告工作。\n")
    assert d.message("zh") == "“常务委会”疑为“常务委员会”之误"
    assert run(CommonTypo, "对县人民代表大会及其常务委员会负责,向县人大常委会报告工作。\n") == []


def test_wei_not_yet_typed_for_wei_is_before_a_balances_figure():
    """``年初结余未19.80万元`` (a 决算说明's 结转结余 line): 未 (not yet) typed for its near homophone 为
    (is) between an account and its figure; 未 never stands straight before a figure. 结余未使用 and
    a figure after 为 stay quiet."""
    [d] = run(CommonTypo, "年初结转和结余未19.80万元,年末结转和结余为12.00万元。\n")
    assert d.message("zh") == "“未”疑为“为”之误"
    assert run(CommonTypo, "年初结转和结余为19.80万元,其中结余未使用部分12.00万元,资金未100%到位。\n") == []


def test_t802_the_central_document_cited_with_luoshi_for_shishi():
    """The document every self-evaluation cites is 《…关于全面实施预算绩效管理的意见》 (and the
    provinces' 实施意见 after it); a draft of a county fund's evaluation (modelled on one) quoted it as
    关于全面落实…的意见. Prose asking to 全面落实预算绩效管理 (no 关于 before, no 的 after) is fine."""
    [m] = find_substitutions("贯彻落实《中共中央 国务院关于全面落实预算绩效管理的意见》(中发〔2018〕34号)精神，")
    assert (m.text, m.suggestion) == ("关于全面落实预算绩效管理的", "关于全面实施预算绩效管理的")
    [m] = find_substitutions("根据《省委 省政府关于全面落实预算绩效管理的实施意见》要求，")
    assert m.suggestion == "关于全面实施预算绩效管理的"
    assert find_substitutions("贯彻落实《中共中央 国务院关于全面实施预算绩效管理的意见》精神，") == []
    assert find_substitutions("我局全面落实预算绩效管理要求，强化绩效目标管理。") == []
def test_yi_for_yi_where_the_work_is_reported_done():
    """以 (by means of) typed for its homophone 已 (already) where the work is reported done (a
    财政局's notice publishing its evaluations, auditW29's pages): 以完成 with nothing after it but a
    clause bound cannot be a purpose (以完成全年任务为目标 has its object). 可以/得以/难以完成 are right."""
    text = ("示范县财政局关于公开2023年度重点绩效评价结果的说明\n\n"
            "目前评价工作以全面完成，项目以于2024年5月通过验收，整改以完成。\n")
    diags = run(CommonTypo, text)
    assert [d.message("zh") for d in diags] == ["“以全面完成”疑为“已全面完成”之误", "“以于”疑为“已于”之误",
                                                 "“以完成”疑为“已完成”之误"]
    assert run(CommonTypo, text.replace("以", "已")) == []
    quiet = ("各单位以完成全年任务为目标，确保项目得以顺利完成，任务难以完成，可以于2024年5月验收，"
             "予以于6月底前拨付，足以完成。借以完成，以完成率计分。")
    assert context_typos(quiet) == []


def test_the_internal_control_system_that_lost_one_of_its_two_zhi():
    """内部控制制度 (the 内控 indicator of the 部门整体 evaluation's 管理 part, and every unit's 财务管理
    narrative) typed 内部控制度 (auditW29's pages: an evaluation framework's cell). The near-miss
    finder leaves a doubled character's loss alone; the listed typo finds it. 内控制度 is right."""
    text = ("示范县农业农村局2023年度部门整体支出绩效自评报告\n\n一、管理情况\n\n"
            "本局建立健全内部控制度，资产管理规范。\n")
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“内部控制度”疑为“内部控制制度”之误"]
    assert run(CommonTypo, text.replace("内部控制度", "内部控制制度")) == []
    assert run(CommonTypo, text.replace("内部控制度", "内控制度")) == []


def test_no_context_typo_word_opens_another():
    """context_typos finds every listed word in one scan, naming the word that starts at a place:
    two words one of which opens the other would hide the shorter one there."""
    from perflint.extract.slips import _context_typos

    words = [e[0] for e in _context_typos()]
    assert not [(a, b) for a in words for b in words if a != b and b.startswith(a)]


def test_context_typo_gate_holds_a_character_of_every_word():
    """A text without any gate character is never searched: each word must hold one of them."""
    from perflint.extract.slips import _context_typos, _lists
    from perflint.extract.wording import _context_typo_needs

    [gate] = _context_typo_needs()
    assert all(set(e[0]) & set(gate) for e in _context_typos())
    assert all(e["gate"] in w for w, e in _lists()["context_typos"].items())
    assert "以" in gate and "于" not in gate and "成" not in gate
def test_the_templates_unit_word_cut_to_bu_danwei_after_the_year():
    """``2022年度部单位 决算公开报告`` (held28 DEV 001's title): the template's 部门（单位） with 门（
    and ） lost, right after the year and before what the report is; 全部单位, 内部单位 and a
    ministry's 财政部单位 have no year before them."""
    [d] = run(CommonTypo, "某县第一中学2022年度部单位 决算公开报告\n")
    assert d.message("zh") == "“部单位”疑为“部门（单位）”之误"
    assert run(CommonTypo, "某县第一中学2022年度部门（单位）决算公开报告\n") == []
    assert run(CommonTypo, "全部单位决算均已公开，内部单位整体支出按规定执行。\n") == []


def test_a_bare_wo_opening_what_the_unit_did():
    """``根据县财政局要求,我高度重视`` (audit27 DEV 022, rewritten): the unit's 我镇 / 我局 lost its
    unit, leaving 我 to open what the unit did; 我局高度重视 and 自我… stay quiet."""
    [d] = run(CommonTypo, "根据县财政局的通知要求，我高度重视，认真开展自评。\n")
    assert d.message("zh") == "“我高度重视”疑为“我单位高度重视”之误"
    assert run(CommonTypo, "根据县财政局的通知要求，我局高度重视，认真开展自评。\n") == []
    assert run(CommonTypo, "加强自我高度重视的意识。\n") == []


def test_xiang_typed_twice_between_a_demonstrative_and_xiangmu():
    """``3此项项目申报内容…`` (held26 DEV 013, rewritten): 项 typed twice across 此项 / 项目."""
    [d] = run(CommonTypo, "一、自评结论\n该项项目实施内容与申报一致。\n")
    assert d.message("zh") == "“该项项目”疑为“该项目”之误"
    assert run(CommonTypo, "一、自评结论\n该项目实施内容与申报一致，各项目标均已完成。\n") == []


def test_two_causal_words_run_together():
    """``因由于资金未到位`` (auditPW30 DEV, rewritten): 因 and 由于 both open the cause; one of them
    was left in an edit. 原因由于 (a cause noun before 由于) stays quiet."""
    [d] = run(CommonTypo, "项目进度较慢，因由于资金未及时到位。\n")
    assert d.message("zh") == "“因由于”疑为“由于”之误"
    assert run(CommonTypo, "项目进度较慢，由于资金未及时到位，其主要原因由于审批滞后。\n") == []


def test_the_general_offices_document_prefix_typed_wen():
    """``国办文〔2018〕35号`` (auditPW30 DEV, a 扶贫 fund's evaluation): the State Council general
    office's document prefix is 国办发 (or 国办函), never 国办文."""
    [d] = run(CommonTypo, "依据《某某资金绩效管理办法》(国办文〔2019〕12号)开展评价。\n")
    assert d.message("zh") == "“国办文〔”疑为“国办发〔”之误"
    assert run(CommonTypo, "依据《某某资金绩效管理办法》(国办发〔2019〕12号、国办函〔2019〕3号)开展评价。\n") == []


def test_the_finance_office_with_two_characters_swapped():
    """``教务科、财科务、学生科`` (auditPW30 DEV, a school's offices): 财务科 with 务 and 科 swapped."""
    [d] = run(CommonTypo, "学校设办公室、教导处、财科务、后勤处。\n")
    assert d.message("zh") == "“财科务”疑为“财务科”之误"
    assert run(CommonTypo, "学校设办公室、教导处、财务科、后勤处。\n") == []


def test_the_final_accounts_that_lost_their_suan_before_qingkuang():
    """``“三公”经费决情况`` (auditD29 DEV, rewritten): 决算情况 lost its 算; 解决情况 and 表决情况 stay quiet."""
    [d] = run(CommonTypo, "二、2022年“三公”经费决情况说明\n")
    assert d.message("zh") == "“经费决情况”疑为“经费决算情况”之误"
    assert run(CommonTypo, "二、2022年“三公”经费决算情况说明,问题解决情况,会议表决情况。\n") == []


def test_the_budget_code_label_that_lost_its_yu():
    """``算编码:`` (auditP29 DEV: a 自评表's head, the label 预算编码 cut); 预算编码, 结算编码 stay quiet."""
    [d] = run(CommonTypo, "项目名称:示范村道路维护\n算编码:302001\n")
    assert d.message("zh") == "“算编码”疑为“预算编码”之误"
    assert run(CommonTypo, "项目名称:示范村道路维护\n预算编码:302001\n结算编码:A01\n") == []


def test_a_numbered_school_that_lost_its_number():
    """``某某县第中学2024年度部门决算`` (auditD29 DEV, the title of a school's 决算, rewritten):
    the school's number lost; 第二中学 and a school with no number stay quiet."""
    [d] = run(CommonTypo, "示范县第中学2024年度部门决算\n")
    assert d.message("zh") == "“第中学”疑为“第…中学”之误"
    assert run(CommonTypo, "示范县第二中学、示范县实验中学、示范县第一小学2024年度部门决算\n") == []
    diags = run(CommonTypo, "第部分 单位概况\n项目于第季度完成,资金为第批下达。\n")
    assert [d.message("zh") for d in diags] == ["“第部分”疑为“第…部分”之误", "“第季度”疑为“第…季度”之误",
                                                 "“第批”疑为“第…批”之误"]
    assert run(CommonTypo, "第一部分 单位概况\n项目于第四季度完成,资金为第二批下达。\n") == []


def test_an_for_jie_opening_a_clause_on_the_rules():
    """``,接规定开展国库现金管理工作`` (auditD30 DEV, rewritten): 按 (according to) typed as its
    look-alike 接 at a clause's start; 直接规定, 衔接规定 and 接到通知 stay quiet."""
    text = "负责国库集中收付,接规定开展国库现金管理,严格接照程序办理。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“接规定”疑为“按规定”之误",
                                                                "“接照”疑为“按照”之误"]
    assert run(CommonTypo, "负责国库集中收付,按规定开展国库现金管理,法律直接规定的事项,"
                           "做好政策衔接规定,接到通知后按照程序办理。\n") == []
    # a text opening with 接: a PDF line broken inside 直接规定 is left alone
    assert run(CommonTypo, "法律直\n\n接规定的事项。\n") == []


def test_an_for_jie_before_a_deadline():
    """``,接时足额拨付`` and ``接期完成``: 按时 / 按期 with 按 typed as 接 after a clause mark;
    对接时 (when docking) has its verb before it and stays quiet."""
    text = "资金已接时足额拨付,项目均接期完成。\n"
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“接时足额”疑为“按时足额”之误",
                                                                "“接期完成”疑为“按期完成”之误"]
    assert run(CommonTypo, "资金已按时足额拨付,项目均按期完成,与省平台对接时完成数据核对。\n") == []


def test_the_centres_support_fund_typed_zhifu():
    """``中央支付地方…发展项目绩效目标自评表`` (held28 DEV, a form's title, rewritten): the fund is
    中央支持地方… (the centre supporting the localities); 中央对地方转移支付 stays quiet."""
    [d] = run(CommonTypo, "中央支付地方高校改革发展资金绩效目标自评表\n")
    assert d.message("zh") == "“中央支付地方”疑为“中央支持地方”之误"
    assert run(CommonTypo, "中央支持地方高校改革发展资金属中央对地方转移支付,中央支付给地方的资金。\n") == []


def test_qieshi_typed_as_queshi_in_the_purpose_clause():
    """``为确实做好2024年度绩效自评工作`` (auditPW30 DEV): the notice's 为切实做好 with its
    near homophone 确实 (indeed); 因为确实做好了 (because it was indeed done well) stays quiet."""
    [d] = run(CommonTypo, "为确实做好2023年度部门整体支出绩效自评工作,成立领导小组。\n")
    assert d.message("zh") == "“为确实做好”疑为“为切实做好”之误"
    assert run(CommonTypo, "为切实做好2023年度绩效自评工作。\n") == []
    assert run(CommonTypo, "因为确实做好了前期准备,进度较快。\n") == []
def test_blended_fund_names_and_near_words_of_fixed_phrases():
    """收文平衡 for 收支平衡, 眼果 for 眼界 after 开阔, 报告下: for 报告如下 (modelled on a district's 决算
    publication and a training summary); 政府性经营预算 (two funds' names run into one) is T801's, which
    names the fund the text leaves out (tests/checks/terms/test_form_words.py)."""
    text = ("附件二:一般公共预算收支、政府性经营预算收支决算表。\n"
            "财政收入增长趋缓,收文平衡压力加大。\n学员普遍反映开阔了眼果。\n现将评价情况报告下:\n")
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“开阔了眼果”疑为“开阔了眼界”之误", "“报告下:”疑为“报告如下:”之误",
                     "“收文平衡”疑为“收支平衡”之误"]
    right = (text.replace("政府性经营预算", "政府性基金预算").replace("收文平衡", "收支平衡")
             .replace("眼果", "眼界").replace("报告下", "报告如下"))
    assert run(CommonTypo, right) == []
    assert run(CommonTypo, "办理收文登记,保持收文、发文数量平衡。在专家报告下午发布。\n") == []


def test_a_lone_katakana_look_alike_between_chinese_characters():
    """ロ (katakana ro) for 口, エ for 工, ー (the long-vowel mark) for 一 between Chinese characters
    (modelled on a township's poverty-relief report: 贫困人ロ); a Japanese name in katakana, or a
    draft that quotes Japanese, is left alone."""
    text = "全镇共有脱贫人ロ1820人,开展技能培训6期。完成第ー批次エ程验收。\n"
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“人ロ”中的“ロ”是片假名，疑为“人口”之误", "“次エ程”中的“エ”是片假名，疑为“次工程”之误",
                     "“第ー批”中的“ー”是片假名，疑为“第一批”之误"]
    assert run(CommonTypo, text.replace("ロ", "口").replace("ー", "一").replace("エ", "工")) == []
    japanese = "引进日本トヨタ公司设备。全镇共有脱贫人ロ1820人。\n"
    assert run(CommonTypo, japanese) == []
    assert run(CommonTypo, "采购ロボット一台,用于巡检。\n") == []


def test_a_lone_traditional_character_in_a_simplified_draft():
    """決 in 決算 where the draft writes 决算 elsewhere (modelled on a district's 决算 review): a lone
    Traditional form in a Simplified draft. A draft in Traditional script, and a Traditional form
    whose Simplified word the draft never writes (a name), are left alone."""
    text = ("示范区2022年决算报告\n\n区人大常委会审议了《关于2022年決算的报告》,同意区2022年决算。\n")
    found = [d.message("zh") for d in run(CommonTypo, text)]
    assert found == ["“決算”中的“決”是繁体字，本文他处作“决算”"]
    assert run(CommonTypo, text.replace("決", "决")) == []
    traditional = "示範區2022年決算報告\n\n區人大常委會審議了《關於2022年決算的報告》,同意區2022年決算。經費單位萬元。\n"
    assert run(CommonTypo, traditional) == []
    assert run(CommonTypo, "项目负责人為张三,电话略。\n") == []


def test_fixed_terms_of_discipline_inspection_and_reserves():
    """``纪律检查机关`` (the Party's discipline inspection: 纪检) typed with 检察 (the procuratorate's
    word), and a reserve's ``储备调节机制`` (reserves regulate a market) typed with 调解 (mediation);
    the right terms, and 调解 of a dispute, stay quiet."""
    text = ("一、部门职责\n\n配合纪律检察机关做好监督执纪工作。\n\n"
            "二、项目概况\n\n完善政府冻肉储备调解机制，稳定市场供应。\n")
    found = sorted(d.message("zh") for d in run(CommonTypo, text))
    assert found == ["“储备调解”疑为“储备调节”之误", "“纪律检察”疑为“纪律检查”之误"]
    good = ("一、部门职责\n\n配合纪律检查机关做好监督执纪工作，健全矛盾纠纷调解机制。\n\n"
            "二、项目概况\n\n完善政府冻肉储备调节机制，稳定市场供应。\n")
    assert run(CommonTypo, good) == []


def test_comparison_that_lost_its_yu():
    """与…相比 with its 与 lost after a clause bound (one unit's 决算说明 template, three times on
    DEV pages); the year as the subject of a comparison with something after 相比 is quiet."""
    from perflint.extract.dropped_lead import bare_comparisons

    text = ("示范县农业服务中心2024年度部门决算\n\n一、收入支出决算总体情况说明\n\n"
            "2024年度收入合计512.30万元，2023年度相比，减少40.10万元，主要原因是项目减少。\n")
    [d] = run(CommonTypo, text)
    assert d.message("zh") == "“2023年度相比”疑缺“与”，应为“与2023年度相比”"
    assert run(CommonTypo, text.replace("，2023年度相比", "，与2023年度相比")) == []
    [slip] = bare_comparisons("支出合计 80 万元，上年相比增加 3 万元。")
    assert (slip.written, slip.usual) == ("上年相比", "与上年相比")
    for quiet in ("，2024年相比上年增加2人。", "收、支与 2023年度相比,减少 5 万元。", "，和上年相比，持平。",
                  "2023年度相比，减少5万元。", "，2023年相比2022年有所增加。"):
        assert bare_comparisons(quiet) == [], quiet
def test_a_duty_of_the_units_own_that_lost_its_ben():
    """5.负责校的思想政治… (a school's duties of held28's round, beside 负责本校校舍 and 本校的党纪):
    the school's own 本 lost. A draft that never says 本校 is left alone (负责站的 may be its habit)."""
    text = ("示范县第二中学2023年度部门整体支出绩效自评报告\n\n一、部门职责\n\n"
            "1.负责本校校舍的管理。\n2.负责校的思想政治工作。\n3.负责本校的安全保卫。\n")
    assert [d.message("zh") for d in run(CommonTypo, text)] == ["“负责校的”疑为“负责本校的”之误"]
    assert run(CommonTypo, text.replace("负责校的", "负责本校的")) == []
    assert run(CommonTypo, text.replace("本校", "学校")) == []


def test_a_unit_named_with_a_duty_verb_is_no_duty_that_lost_its_ben():
    """市场监督管理局的主要职责 in a bureau's draft that says 本局 twice (fp38's probe of the 负责校的
    reading): 管理局, 管理所, 指导站 end the unit's name; the verb reading holds only where 管理 or
    指导 opens its clause, not after a name's characters."""
    text = ("示范县市场监督管理局2023年度部门整体支出绩效自评报告\n\n一、部门职责\n\n"
            "示范县市场监督管理局的主要职责是市场监管。本局内设机构6个，本局下属单位2个。\n"
            "县农技指导站的经费由本站管理，本站另有编制。\n")
    assert run(CommonTypo, text) == []
    # the duty verb opening its clause still reads: 2.管理局的档案 in a bureau saying 本局 twice
    slipped = text + "2.管理局的档案资料。\n"
    assert [d.message("zh") for d in run(CommonTypo, slipped)] == ["“管理局的”疑为“管理本局的”之误"]
def test_guidance_formula_with_de_for_wei():
    """以…思想为指导 (the genre's fixed formula) written 以…思想的指导 with nothing after it: the 以
    frame wants 为; 在…思想的指导下 and 思想的指导意义 are right."""
    from perflint.extract.dropped_lead import guidance_frames

    text = ("示范县农业服务中心2024年度部门决算\n\n一、部门职责\n\n"
            "我中心坚持以马克思列宁主义思想的指导，认真履行职责。\n")
    [d] = run(CommonTypo, text)
    assert d.message("zh") == "“思想的指导”疑为“思想为指导”之误"
    assert run(CommonTypo, text.replace("思想的指导", "思想为指导")) == []
    for quiet in ("在党的创新理论的指导下，推进各项工作。", "充分认识以人民为中心的发展思想的指导意义。",
                  "予以政策理论的指导，", "坚持党的基本理论的指导，"):
        assert guidance_frames(quiet) == [], quiet
    [slip] = guidance_frames("各单位要以党的创新理论的指导，推进改革。")
    assert (slip.written, slip.usual) == ("理论的指导", "理论为指导")


def test_a_comparison_term_the_genre_never_writes():
    """A change opened by a clause bound and one character + 比 (，同比下降 / ，环比增长): a character
    that makes with 比 no pair the genre writes (，直比下降) is a slip of 同比; 可比, 相比, 占比 are right."""
    from perflint.extract.dropped_lead import odd_comparisons

    text = ("示范区2024年财政决算报告\n\n一、一般公共预算收入\n\n"
            "全区一般公共预算收入86.20亿元，完成预算的100.30%，直比下降3.5%。\n")
    [d] = run(CommonTypo, text)
    assert d.message("zh") == "“直比”疑为“同比”之误"
    assert run(CommonTypo, text.replace("直比", "同比")) == []
    for quiet in ("收入80万元，可比增长2%。", "收入80万元，相比下降2%。", "占比下降", "，环比增长1.2%", "，佔比下降2%"):
        assert odd_comparisons(quiet) == [], quiet
