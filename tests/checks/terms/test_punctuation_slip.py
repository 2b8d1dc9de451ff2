"""T807 punctuation-slip: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.terms import PunctuationSlip

from perflint.extract.punctuation import punctuation_slips

from .._harness import run


@pytest.mark.parametrize(
    ("text", "kind", "wrong"),
    [
        ("一楼设接种室,,二楼为办公室。", "doubled", ",,"),
        ("资金已拨付，。项目已完工。", "doubled", "，。"),
        ("(1)、公务用车运行维护费 3 万元。", "marker", "(1)、"),
        ("说明如下：（二）、公务接待费 1 万元。", "marker", "（二）、"),
        ("决算数为 85 万元,比预算少12%其中:购置费 20 万元。", "glued", "12%其中"),
        # a PDF's text spaces the figure from the Chinese before it, and a unit after it
        ("决算数为 85 万元,比预算少 12%其中:购置费 20 万元。", "glued", "12%其中"),
        ("决算数为 85 万元,比上年减少 5 万元其中:购置费 20 万元。", "glued", "5 万元其中"),
        # a 三公 page of fp2's round: 运行维护费支出 23,005.58 元，占,88.19%
        ("公务用车运行维护费支出 2.3 万元，占,88.19%；公务接待费 0.3 万元，占 11.81%。", "split", ","),
        ("工资福利支出 90 万元，占比，75.6％。", "split", "，"),
        # a mark between a total's word and its figure (a 三公 page of audit18c's round: 共计 ,0 个)
        ("全年出访团组共计 ,0 个，累计 0 人次。", "split_total", ","),
        ("两项补助合计，36.5 万元。", "split_total", "，"),
        # a draft typed with full-width digits (a Word setting): the same slips
        ("决算数为８５万元，比预算少１２％其中：购置费２０万元。", "glued", "１２％其中"),
        ("公务用车运行维护费支出２．３万元，占，８８．１９％。", "split", "，"),
        # a second decimal point typed after the figure, before its unit
        ("财政拨款本年支出356.4. 万元，比上年增加12%。", "stray_point", "."),
        ("教育支出占本年支出的76.5.%。", "stray_point", "."),
        # a figure's percent sign typed twice
        ("项目实际支出2802.8万元，预算执行率98%%。", "doubled_percent", "%%"),
        ("满意度达到９５％％。", "doubled_percent", "％％"),
        # an amount whose decimal point was lost (0.1 typed or extracted as 01)
        ("水电支出减少01万元，节约明显。", "lost_point", "01万元"),
        ("公务接待费支出 05 元。", "lost_point", "05 元"),
        # a target's comparison sign typed twice (modelled on a county's drinking-water report)
        ("农村集中供水率≥≥98%；受益人口数≥24人。", "doubled_comparator", "≥≥"),
        ("成本控制 | ≦≦ | 30 | 万元", "doubled_comparator", "≦≦"),
        # a figure whose separators are scrambled, a decimal point between two commas (a form's
        # 年度资金总额 cell of a county's report, its digits rewritten)
        ("年初预算数（万元） | 5,00.0,36 | 全年执行数", "scrambled_figure", "5,00.0,36"),
        ("全年执行数 2,05.2,31 万元。", "scrambled_figure", "2,05.2,31"),
        # an amount run straight into the next statement's year (a county's 项目资金 line, its
        # figures rewritten): 其他资金45.2万元2023年支出…
        ("项目总投资120万元，其中其他资金45.2万元2023年支出98.5万元。", "glued_year", "45.2万元2023年"),
        ("收入合计 8,000 元，上年结余 3,200.50 元2022年实际支出 1,000 元。", "glued_year", "3,200.50 元2022年"),
        # a change's figure run straight into the next clause (a county's 三公经费 and 决算 lines,
        # their figures and items rewritten): 下降8.7%主要原因是…, 增长0.84%公务用车…, 减少0万元主要是…
        ("支出合计42.6万元，比上年减少3.1万元，下降6.8%主要原因是压减会议。", "glued_clause", "6.8%"),
        ("接待费10.2万元，较上年增长2.5%公务用车运行费5万元。", "glued_clause", "2.5%"),
        ("车辆购置费0万元，同比减少0万元主要是未购置车辆。", "glued_clause", "0万元"),
        # a list's items counted straight into their noun, the 个 lost (modelled on a county
        # bureau's 机构设置: its subordinate units renamed)
        ("本局下设档案馆、科技馆、少年宫3二级单位，均为公益一类。", "bare_count", "3二级"),
        ("局机关内设秘书科、规划科2职能科室。", "bare_count", "2职能"),
        # two indicator categories run together in a list of them (modelled on a county office's
        # 绩效目标 summary)
        ("产出指标、社会指标满意度指标等绩效目标均已完成。", "joined_levels", "社会指标满意度指标"),
        ("数量指标、质量指标时效指标均达到预期。", "joined_levels", "质量指标时效指标"),
        # a lone letter left after a table's title (a 决算 publication's contents)
        ("二、收入决算表 K", "stray_letter", "K"),
    ],
)
def test_punctuation_slips_are_found(text, kind, wrong):
    [slip] = punctuation_slips(text)
    assert (slip.kind, text[slip.start:slip.end]) == (kind, wrong)


@pytest.mark.parametrize(
    "text",
    [
        "详见第(1)、(2)项说明。",  # two markers listed
        "收、支总计各是4125.49,4143.91万元，各减少1267.86,2570.97万元。",  # figures listed with commas
        "支出合计 1,234,567.89 元。",  # a figure written right
        "指标值分别为 0.5,1.25,3 。",  # a list of figures
        "备注……其他。",
        "年度资金总额303010100%其中:当年财政拨款30",  # a flattened table row
        "年度资金总额 303010100%其中:当年财政拨款 30",  # the same row as a PDF spaces it
        "决算数为 85 万元,比预算少 12%, 其中:购置费 20 万元。",
        "接待费比上年增长5%以上，比上年增加50万元用于设备购置。",  # what qualifies the percent; the amount's use
        "费用比上年下降3%左右，增长12%的部分来自培训，增长5%至8%。",
        "3、率提高2%签约率提高1%体检率下降1%",  # a flattened table row: no clause mark before
        "支出比上年下降6.8%，主要原因是压减会议。",
        "(1)公务用车运行维护费 3 万元，其中：燃油费 1 万元。",
        "一、基本情况。",
        "公务用车运行维护费 2.3 万元，占 88.19%；人员占编制，2 人借调。",  # 占 with its share; 占编制
        "见附件 3.2.1. 表，支出 356.4 万元。",  # an outline number, then a figure with one point
        "支出 356.4万元。2.项目支出 12.5万元。",
        "执行率 98%，%为百分号。",  # one sign after the figure
        "水电支出减少0.1万元，节约明显。",  # the same amount with its point
        "收入 1,001 万元，支出 1 001 万元。",  # thousands written with a comma or a space
        "其他资金0100万元",  # two cells run together (0 | 100 万元), not one amount
        "2023年01月支出 5 万元，编号01元旦慰问。",  # a month; 元旦 is no unit
        "执行率0100%",  # a percentage: glued cells more often than a lost point
        "两项补助合计：36.5 万元，全年共计 3 个团组。",  # a colon introduces the figure; no mark
        "本年收支合计，2023 年度下降。",  # a year, not the total's figure
        "农村集中供水率≥98%，≤5%的农户未通自来水。",  # two signs, each with its figure
        "指标方向 | ≥ | ≤ | 说明",  # a header row listing the signs, no figure after them
        "其他资金45.2万元，2023年支出98.5万元。",  # a mark between the statements
        "年度资金总额 | 120万元2023年 | 执行数",  # a flattened table's cells, no prose around them
        "项目资金45.2万元(2023年下达)。",  # the year in brackets
        "本局下设档案馆、科技馆、少年宫3个二级单位。",  # the count with its measure word
        "选取东湖市、西岭县、南坪区3个市、县试点。",
        "与甲省、乙省、丙省3省(市)签订协议。",  # a count whose noun is its own measure
        "本局下设档案馆、科技馆3二级单位。",  # two items, not three: the figure is no count of them
        "购置电脑、打印机2台，合计1.2万元。",
        "产出指标数量指标质量指标",  # a form's rows flattened, no list
        "效益指标、产出指标数量指标、",  # a 一级 category and a 二级 name under it
        "产出指标、效益指标、满意度指标均达到预期。",
        "附表 A",  # a table labelled with a letter
        "一、收入支出决算总表",
        "说明见表 A",  # a sentence, no title
    ],
)
def test_correct_punctuation_is_quiet(text):
    assert punctuation_slips(text) == []


def test_heading_ending_in_an_english_full_stop():
    diags = run(PunctuationSlip, "某局2023年度部门决算说明\n\n(三)国有资本经营预算收支情况.\n\n本年无收支。\n")
    assert [(d.location.line, d.message("zh")) for d in diags] == [(3, "标题“(三)国有资本经营预算收支情况.”末尾误用英文句点")]
    assert run(PunctuationSlip, "某局2023年度部门决算说明\n\n(三)国有资本经营预算收支情况\n\n本年无收支。\n") == []


@pytest.mark.parametrize("text, match", [
    ("1楼设接种室，，2楼设儿童保健科。", "，，"),
    ("1楼设接种室,,2楼设儿童保健科。", ",,"),
    ("完成培训。。下一步继续推进。", "。。"),
    ("科室、、股室", "、、"),
])
def test_doubled_punctuation_fires_with_its_column(text, match):
    [diag] = run(PunctuationSlip, text)
    assert diag.args["wrong"] == match and diag.location.column == text.index(match) + 1


def test_single_marks_and_an_ellipsis_are_not_doubled_punctuation():
    assert run(PunctuationSlip, "1楼设接种室，2楼设儿童保健科……详见附表。") == []


def test_many_doubled_marks_in_one_text_are_one_finding_listing_every_place():
    """A text whose commas were doubled throughout (a web page rendering each ， twice) gives
    one finding with every place, not one a mark; two slips in a text stay two findings."""
    many = "单位收入合计 100 万元,,其中财政拨款 90 万元,,其他收入 10 万元,,比上年增加 5 万元。\n"
    (d,) = run(PunctuationSlip, many)
    assert d.key == "doubled_many" and d.args["count"] == 3
    assert len(d.related) == 2
    assert "共 3 处" in d.message("zh")
    two = "单位收入合计 100 万元,,其中财政拨款 90 万元,,其他收入 10 万元。\n"
    assert [d.key for d in run(PunctuationSlip, two)] == ["doubled", "doubled"]
    assert run(PunctuationSlip, many.replace(",,", "，")) == []


def test_an_amount_run_into_the_next_statements_year_is_reported():
    text = "一、项目资金情况\n\n项目总投资120万元，其中其他资金45.2万元2023年支出98.5万元。\n"
    [d] = run(PunctuationSlip, text)
    assert d.code == "T807" and d.message("zh") == "“45.2万元2023年”：金额与下一句的年份之间缺少标点"
    assert run(PunctuationSlip, text.replace("万元2023年", "万元，2023年")) == []


def test_t807_a_mixed_run_left_where_a_clause_was_cut():
    """A grassland fund's report (modelled on a county's) lists 禁牧补助 …万亩 and then what is left of
    a deleted clause: ``,;,。``. Three or four mixed marks that hold a sentence's end and follow a
    figure or a word are a slip; a filler of one mark, a label's colon before empty cells and a
    longer run stay quiet."""
    [d] = run(PunctuationSlip, "补助资金共计4470万元，其中：实施草原禁牧补助380万亩,;,。二、评价工作开展情况\n")
    assert "标点重复或混用" in d.message("zh")
    assert run(PunctuationSlip, "补助资金共计4470万元，其中：实施草原禁牧补助380万亩。二、评价工作开展情况\n") == []
    assert punctuation_slips("备注,,,") == []
    assert punctuation_slips("联系电话：,;。") == []
    assert punctuation_slips("完成情况,;,;,。") == []


def test_t807_a_title_nested_in_a_title_with_the_same_marks():
    """《关于印发《…办法》的通知》: the title inside a title is marked 〈〉 (GB/T 15834), not 《》 again
    (modelled on a city's drainage project self-evaluation citing its fund rules)."""
    from perflint.checks.terms import PunctuationSlip

    text = "依据《关于印发《示范市排水专项资金管理办法》的通知》(示财建〔2022〕12号),项目资金专款专用。\n"
    found = [d.message("zh") for d in run(PunctuationSlip, text)]
    assert found == ["书名号嵌套：“《关于印发《示范市排水专项资金管理办法》的通知》”内层应改用〈〉"]
    assert run(PunctuationSlip, text.replace("发《", "发〈").replace("法》", "法〉")) == []
    assert run(PunctuationSlip, "依据《示范市排水专项资金管理办法》和《示范市预算管理办法》执行。\n") == []


def test_t807_one_annex_of_a_list_without_the_colon_the_others_have():
    """附件一：… to 附件五：… and then ``附件六重点项目…``: the one item of a run of annex lines that
    drops the colon after its number (modelled on a district's 决算 publication contents); a list
    written without colons throughout, or mixed twice, is left alone."""
    from perflint.checks.terms import PunctuationSlip

    items = ["七、附件一:人大常委会批准决算的决议", "八、附件二:一般公共预算收支决算表", "九、附件三:2022年转移支付分地区表",
             "十、附件四:政府债务情况表", "十一、附件五:“三公”经费支出情况表", "十二、附件六重点项目绩效评价表"]
    text = "示范区2022年政府决算公开目录\n\n" + "\n\n".join(items) + "\n\n全区财政运行平稳,收支总体平衡。\n"
    found = [(d.location.line, d.message("zh")) for d in run(PunctuationSlip, text)]
    assert found == [(13, "“附件六重点”：同列其他附件的编号后都有冒号，此处漏了冒号")]
    assert run(PunctuationSlip, text.replace("附件六重点", "附件六:重点")) == []
    assert run(PunctuationSlip, text.replace(":", "")) == []
    assert run(PunctuationSlip, text.replace("附件五:", "附件五")) == []


def test_two_indicator_names_run_together_in_a_list():
    """``产出指标、效益指标满意度指标等``: two names of the indicator levels listed with the 、 between
    them lost (modelled on a county's loan-subsidy narrative)."""
    text = "项目资金已全部发放，产出指标、效益指标满意度指标等绩效目标均已完成。"
    [slip] = [s for s in punctuation_slips(text) if s.kind == "joined_levels"]
    assert text[slip.start:slip.end] == "效益指标满意度指标"
    [d] = run(PunctuationSlip, text)
    assert "顿号" in d.message("zh")
    assert run(PunctuationSlip, text.replace("效益指标满意度", "效益指标、满意度")) == []


@pytest.mark.parametrize("text", [
    # a level and its own sub-level, a flattened form's cells (效益指标 | 社会效益指标)
    "一级指标二级指标三级指标产出指标数量指标培训人数≥200人，效益指标社会效益指标带动就业、满意度指标",
    "绩效指标包括：效益指标、满意度指标服务对象满意度指标、成本指标。",
    # a name that qualifies the next word, no list around it
    "本项目的成本指标数量指标均按计划完成。",
])
def test_a_level_and_its_sub_level_or_no_list_is_quiet(text):
    assert [s for s in punctuation_slips(text) if s.kind == "joined_levels"] == []


def test_t807_a_lists_count_without_its_measure_word_is_reported_on_its_line():
    """A bureau's 机构设置 paragraph (written for the test) counts its three subordinate units
    straight into 二级单位: the 个 is lost."""
    text = "某县文化局2023年度部门决算说明\n\n一、机构设置\n\n本局下设档案馆、科技馆、少年宫3二级单位，均为公益一类。\n"
    [d] = run(PunctuationSlip, text)
    assert (d.location.line, d.message("zh")) == (5, "“3二级”：列举各项后的计数缺少量词（如“个”）")
    assert run(PunctuationSlip, text.replace("3二级", "3个二级")) == []


def test_t807_a_stray_letter_after_a_tables_title():
    text = "某县文化局2023年度部门决算公开目录\n\n一、收入支出决算总表 P\n\n二、收入决算表\n"
    [d] = run(PunctuationSlip, text)
    assert (d.location.line, d.message("zh")) == (3, "表格标题后多出字母“P”")
    assert run(PunctuationSlip, text.replace(" P", "")) == []


def test_t807_a_title_closed_before_its_notice():
    """《…关于印发…办法》的通知: a notice that issues (印发) or forwards (转发) another document is
    named with its 的通知, so the closing mark stands after 通知, not before 的通知 (modelled on a
    county's notice passing down an animal-disease subsidy under a ministry's fund rules)."""
    from perflint.checks.terms import PunctuationSlip

    text = ("请各乡镇依据《财政部农业农村部关于印发示范防灾资金管理办法》的通知(财农〔2023〕8号)，"
            "做好强制免疫工作。\n")
    found = [d.message("zh") for d in run(PunctuationSlip, text)]
    assert found == ["书名号位置错：“《财政部农业农村部关于印发示范防灾资金管理办法》的通知”，"
                     "“的通知”应在书名号内"]
    assert run(PunctuationSlip, text.replace("办法》的通知", "办法的通知》")) == []
    forwarded = "按照《某市财政局关于转发省直机关出国经费管理办法>》的通知要求执行。\n"
    assert len(run(PunctuationSlip, forwarded)) == 1
    # a title that names a notice already, cited by a notice of its own, is right
    assert run(PunctuationSlip, "现将《关于印发示范办法的通知》的通知转发给你们。\n") == []
    # a title of another kind (下达, 开展) may be cited by a notice that passes it on: not read
    assert run(PunctuationSlip, "《某州财政局关于下达2016年补助资金》的通知\n") == []


def test_two_duties_run_together_without_a_mark():
    """A unit's list of duties with the mark between two of them lost (…管理工作拟订全区…, held33's
    round; …发展规划研究提出全市…): a duty's object runs straight into the next duty's verb and its
    scope. A duty that drafts according to a plan (根据发展规划研究提出…) is one duty."""
    text = ("示范区财政局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"
            "主要职责：承担全区政府采购监督管理工作拟订全区政府采购制度；负责编制行业发展规划研究提出有关建议。\n")
    found = [d.message("zh") for d in run(PunctuationSlip, text)]
    assert found == ["“工作拟订”：两项职责之间缺少标点", "“规划研究提出”：两项职责之间缺少标点"]
    assert run(PunctuationSlip, text.replace("工作拟订", "工作；拟订").replace("规划研究", "规划；研究")) == []
    assert [s for s in punctuation_slips("根据行业发展规划研究提出全区的实施意见。") if s.kind == "glued_duty"] == []
    # a plan's or rule's drafting named as the duty (负责…发展规划拟订并组织实施: the plan's 拟订, then
    # its carrying out) is one duty, not two run together (fp38's probe of the reading)
    assert [s for s in punctuation_slips("1.负责全县交通运输行业发展规划拟订并组织实施；") if s.kind == "glued_duty"] == []


def test_a_duty_verb_typed_after_the_mark_that_should_precede_it():
    """负责全市市场主体登记注册负责；全市市场秩序的监督管理 (held26's round): the next duty's 负责
    typed before the semicolon instead of after it. A duty left to another body (由…负责；) is right."""
    text = ("示范市场监管局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"
            "主要职责：负责全市市场主体统一登记注册负责；全市市场秩序的监督管理。\n")
    [d] = run(PunctuationSlip, text)
    assert d.message("zh") == "“负责；”：“负责”应在标点之后，引出下一项职责"
    assert run(PunctuationSlip, text.replace("注册负责；全市", "注册；负责全市")) == []
    assert [s for s in punctuation_slips("；负责全市档案的收集，具体由办公室负责；") if s.kind == "verb_before_mark"] == []
    # a duty that ends in whom the office answers to (…并对局长负责；, 向分管领导负责；) is right
    # (fp38's probe of the reading: an office's duties listed one after another)
    answers = "办公室：负责机关日常运转并对局长负责；财务股：负责全局财务管理并向分管领导负责；法规股：负责法制宣传。"
    assert [s for s in punctuation_slips(answers) if s.kind == "verb_before_mark"] == []


def test_the_numeral_one_typed_for_the_dash_after_a_subjects_code():
    """列入“2100499一其他公共卫生支出”科目 (audit33's round): the Chinese 一 typed for the dash
    between a subject's code and its name; 201一般公共服务支出 is the code and a name that opens with 一般."""
    text = ("示范县卫生健康局2023年度部门决算说明\n\n一、收入支出情况\n\n"
            "该资金列入“2100499一其他公共卫生支出”科目，201一般公共服务支出 3 万元。\n")
    [d] = run(PunctuationSlip, text)
    assert d.message("zh") == "“2100499一”：科目编码与名称之间的“一”疑为连接号“—”"
    assert run(PunctuationSlip, text.replace("2100499一", "2100499—")) == []


def test_a_stray_one_before_an_income_line():
    """…占97.79%；一政府性基金预算财政拨款3.95万元 (auditD28's round): a 一 left before the next
    income's name after the mark (no 一是 or 一般 here)."""
    text = ("示范县文化馆2023年度部门决算说明\n\n一、收入决算情况\n\n"
            "一般公共预算财政拨款收入 80 万元，占 90%；一政府性基金预算财政拨款 8 万元，占 9%。\n")
    [d] = run(PunctuationSlip, text)
    assert d.message("zh") == "“；一政府性基金”：标点后多出“一”"
    assert run(PunctuationSlip, text.replace("；一政府", "；政府")) == []


def test_a_persons_name_run_into_the_phone_label():
    """项目负责人为赵某某联系电话:152… (held30's round): the name and the next field's label run
    together without a mark; a form's row flattened (项目负责人 张某 联系电话) has no 为."""
    text = ("示范县农业农村局2023年度项目支出绩效自评报告\n\n一、项目概况\n\n"
            "项目负责人为王立新联系电话:13800000000。\n")
    [d] = run(PunctuationSlip, text)
    assert d.message("zh") == "“王立新联系电话”：姓名与“联系电话”之间缺少标点"
    assert run(PunctuationSlip, text.replace("新联系", "新，联系")) == []
    assert [s for s in punctuation_slips("项目负责人 王立新联系电话 138") if s.kind == "glued_name"] == []
