"""Y506 malformed-year: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.terms import UnbalancedBracket
from perflint.checks.years import MalformedYear

from .._harness import line_of, run, run_all
from ._drafts import GOOD, diagnostics


def test_y506_document_number_and_date_with_a_three_digit_year():
    text = GOOD.replace("（某财预〔2020〕15号）", "（某财预〔202〕15号）").replace(
        "2023 年 6 月 12 日及", "203 年 6 月 12 日及")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.severity.name) for d in found] == [
        (line_of(text, "〔202〕"), "error"), (line_of(text, "203 年 6 月"), "error")]


def test_y506_quiet_for_list_items_and_counts():
    text = GOOD + "\n（1）12号楼维修完成。共服务202年次。〔2023〕5号。\n"
    assert diagnostics(text, MalformedYear) == []


def test_y506_five_digit_year_before_a_month_or_niandu():
    text = GOOD.replace("2023年度农技推广服务经费", "20233年度农技推广服务经费").replace(
        "填报日期：2024 年 4 月", "填报日期：20244 年 4 月")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.args["year"]) for d in found] == [
        (line_of(text, "20233年度"), "20233"), (line_of(text, "20244 年"), "20244")]


def test_y506_title_year_with_a_digit_lost_or_doubled():
    for wrong in ("202", "20233"):
        text = GOOD.replace("某县农业农村局2023年度项目", f"某县农业农村局{wrong}年项目", 1)
        found = diagnostics(text, MalformedYear)
        assert [(d.location.line, d.key, d.args["year"]) for d in found] == [(1, "title", wrong)]


def test_y506_title_year_read_only_in_the_title():
    # a flattened draft's first line runs on past its title; a count of years in the body or
    # in the title (建校200周年) is no year
    text = "某县第一中学202年部门决算 学校建于1823年，至今已有200年办学历史，共服务202年次。\n"
    found = diagnostics(text, MalformedYear)
    assert [(d.location.column, d.args["year"]) for d in found] == [(7, "202")]
    assert diagnostics("某县第一中学建校200周年庆典经费2023年度项目支出绩效自评报告\n", MalformedYear) == []
    assert diagnostics(GOOD, MalformedYear) == []


def test_y506_five_digit_year_before_nian_anywhere():
    """A year's digit typed twice in the body (``20233年全面完成``): no count of years in a report
    has five digits. Three digits in the body stay a count (共服务202年次)."""
    text = GOOD + "\n20233年全面完成培训任务，服务农户1200户。\n"
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.args["year"]) for d in found] == [(line_of(text, "20233年全面"), "year", "20233")]
    assert diagnostics(GOOD + "\n2023年全面完成培训任务，服务农户12000户，累计10000年次。\n", MalformedYear) == []


def test_y506_year_with_its_first_digit_typed_twice():
    """``22017年预算数``: a 2 typed twice before the year (a 决算说明's budget line)."""
    text = GOOD + "\n本项目22023年预算数120.00万元，调整数130.00万元，决算数130.00万元。\n"
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.args["year"]) for d in found] == [(line_of(text, "22023年预算数"), "year", "22023")]
    # opening the line, the 2 may be a page number run into it: a warning (see below)
    text = GOOD.replace("三、存在的问题和原因", "22023年预算数120.00万元，调整数130.00万元，决算数130.00万元。\n\n"
                        "三、存在的问题和原因")
    found = diagnostics(text, MalformedYear)
    assert [(d.key, d.severity.name, d.args["year"]) for d in found] == [("opening_digit", "warning", "22023")]
    quiet = GOOD + "\n2023年预算数120.00万元，调整数130.00万元，单价22.00元，服务21年。\n"
    assert diagnostics(quiet, MalformedYear) == []


# A web page pasted as text: the site's banner, the page's fields, then the report's title on a
# line of its own and the page's display settings under it (a layout we modelled, not a copy).
_WEB_PAGE = """示范省人民政府 门户网站 登录 注册 无障碍浏览
来源：示范县林业和草原局 | 发布日期：2024-08-30 15:20
示范县林业和草原局{year}年部门决算
字体大小: 【大 中 小】
目录
第一部分 部门概况
一、主要职能
示范县林业和草原局负责全县林业和草原的保护与管理。
"""


def test_y506_title_year_of_a_title_line_below_a_web_pages_banner():
    """Its year mistyped, the title no longer opens the report's part (the banner does), yet the
    line is a title: the banner's fields above it and the display settings under it are not
    its sentence, and its year is read as the title's."""
    for wrong in ("202", "20233"):
        text = _WEB_PAGE.format(year=wrong)
        found = diagnostics(text, MalformedYear)
        assert [(d.location.line, d.key, d.args["year"]) for d in found] == [(3, "title", wrong)]
    assert diagnostics(_WEB_PAGE.format(year="2023"), MalformedYear) == []
    # a sentence naming a count of years, or a title whose number counts years, stays quiet
    quiet = _WEB_PAGE.format(year="2023").replace("负责全县", "已有200年历史，负责全县")
    assert diagnostics(quiet + "示范县第一中学建校120周年庆典项目绩效自评报告\n", MalformedYear) == []


def test_y506_three_digit_year_opening_a_clause():
    """``现将202年全县…``, ``，201年示范县…``: where a clause opens, a number before 年 dates what
    follows (a count of years says what it counts: 200年来, 200年一遇, 建校120周年)."""
    lead = "根据《示范省教育经费统计工作的意见》（示教财〔2016〕6号），现将{y}年全县教育经费执行情况公告如下：\n"
    for wrong in ("202", "201"):
        text = lead.format(y=wrong)
        found = diagnostics(text, MalformedYear)
        assert [(d.key, d.args["year"]) for d in found] == [("clause", wrong)]
        assert "句首年份" in found[0].message("zh")
    assert diagnostics(lead.format(y="2022"), MalformedYear) == []
    quiet = ("示范县建县已有200年历史，200年来人口稳定。堤防按200年一遇标准建设，"
             "全县有120年以上古树35株，共服务202年次。\n")
    assert diagnostics(quiet, MalformedYear) == []


def test_y506_three_digit_year_after_the_clause_subject():
    """``示范区201年一般公共预算…``, ``本中心202年较好地完成…`` (found by mutation on published pages):
    a unit or a place opening the clause stands before the year it dates; a founding (建县, 设区)
    is followed by a count of years, and stays quiet."""
    text = ("根据区政府工作安排，示范区{y}年一般公共预算安排“三公”经费12.50万元。"
            "本中心{y}年较好地完成了各项任务。\n")
    found = diagnostics(text.format(y="201"), MalformedYear)
    assert [(d.key, d.args["year"]) for d in found] == [("clause", "201"), ("clause", "201")]
    assert diagnostics(text.format(y="2016"), MalformedYear) == []
    quiet = "示范县文化馆2016年度部门决算\n\n示范县建县200年纪念活动如期举办，设区201年庆典筹备完成，示范镇200余年古桥修缮完毕。\n"
    assert diagnostics(quiet, MalformedYear) == []


def test_a_date_whose_year_and_month_marks_were_lost():
    """``于20181128日成立`` and ``公开时间:2023921`` (modelled on a bureau's 决算 and a Sichuan 单位决算's
    公开时间 field): the 年 and 月 were lost and the digits run together; a warning (the date can
    still be read once split)."""
    text = ("示范区民政局2024年度部门决算\n\n公开时间:2024926\n\n"
            "一、部门基本情况\n\n示范区民政局于20190315日成立，负责全区民政工作。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(3, "glued", "warning", "2024926"), (7, "glued", "warning", "20190315")]
    good = text.replace("2024926", "2024年9月26日").replace("20190315日", "2019年3月15日")
    assert run(MalformedYear, good) == []
    # an ISO date after a label, a date written with dashes, a run that is no month and day
    assert run(MalformedYear, "公开日期:20240926\n发布日期:2024-09-26\n编号20231399日\n") == []
    # a month alone after a 填报日期 label (``填报日期:202511``, modelled on a township's report)
    [d] = run(MalformedYear, "示范镇部门整体支出绩效自评报告\n\n评价年度:2024\n\n填报日期:202511\n")
    assert d.key == "glued" and d.location.line == 5
    assert run(MalformedYear, "示范镇部门整体支出绩效自评报告\n\n填报日期:2025年11月\n") == []


def test_a_span_of_years_written_backwards():
    """``行动计划(2018—2010)`` (modelled on a county 学前教育 evaluation citing its province's
    three-year plan): the span ends before it starts, one of its years mistyped; a warning."""
    text = ("示范县2022年度学前教育专项资金绩效评价报告\n\n一、项目立项依据\n\n"
            "依据《示范省实施第三期学前教育行动计划(2018—2010)》，资金于2022年3月全部到位。\n\n"
            "二、资金使用情况\n\n2023-2021年累计安排资金120万元。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(5, "reversed", "warning", "2018—2010"), (9, "reversed", "warning", "2023-2021年")]
    good = text.replace("2018—2010", "2018—2020").replace("2023-2021年", "2021-2023年")
    assert run(MalformedYear, good) == []
    # a span run into a longer code (a telephone number, a serial) is no span of years
    assert run(MalformedYear, "示范县2022年度绩效自评报告\n\n联系电话：0551-2019-2018，档案号2019-2018-07。\n") == []


def test_a_year_glued_to_the_first_month_of_a_span():
    """``20237-8月`` (modelled on an accounting firm's evaluation of a county's 高标准农田 funds):
    2023年7-8月 with its 年 lost, the year and the month run together; a warning."""
    text = "示范县2022年度农田建设资金绩效评价报告\n\n受县财政局委托，事务所于20237-8月开展评价工作。\n"
    [d] = run(MalformedYear, text)
    assert (d.location.line, d.key, d.severity.name, d.args["year"]) == (3, "glued", "warning", "20237")
    assert run(MalformedYear, text.replace("20237-8月", "2023年7-8月")) == []
    # four digits before a month span are a year alone (2023-8月), and a month 0 is no month
    assert run(MalformedYear, "经费于2023-8月拨付，编号20230-5月份。\n") == []


def test_y506_letter_o_for_zero_in_a_year():
    text = GOOD.replace("2023 年计划开展", "2O23 年计划开展").replace("某财预〔2020〕15号", "某财预〔2O20〕15号")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.severity.name) for d in found] == [
        (line_of(text, "〔2O20〕"), "letter", "error"), (line_of(text, "2O23 年"), "letter", "error")]


def test_y506_quiet_for_a_chinese_numeral_year_and_codes():
    text = GOOD + "\n二O二三年十二月。型号 NO23年检。编号 2O23A。\n"
    assert diagnostics(text, MalformedYear) == []


def test_y506_year_split_by_a_space_is_a_warning():
    text = GOOD.replace("2023 年度收入合计", "202 3年度收入合计")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.severity.name) for d in found] == [
        (line_of(text, "202 3年度"), "split", "warning")]


def test_y506_quiet_for_a_text_spaced_letter_by_letter():
    text = GOOD + "\n2 0 2 3 年 度 收 入 合 计\n合计 20 3年\n共 202 3年\n"
    assert diagnostics(text, MalformedYear) == []


def test_a_date_whose_month_mark_was_lost():
    """``2021年年1231日`` and ``220211231日`` (modelled on a township's 临时救助 self-evaluation
    published with its 月 marks and list punctuation stripped): the month and day run together
    after the year, or a list number runs into a date whose 年 and 月 were lost (the line before has
    no full stop, so the reader joins the two); warnings."""
    text = ("示范镇2021年度临时救助资金绩效自评报告\n\n（二）项目绩效目标\n\n1保障困难群众基本生活\n\n"
            "220211231日前完成全部救助发放。\n\n二、资金到位情况\n\n资金已在2021年年1130日前全部到位。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(7, "glued", "warning", "20211231"), (11, "month_lost", "warning", "2021年年1130")]
    good = text.replace("220211231日", "2、2021年12月31日").replace("2021年年1130日", "2021年11月30日")
    assert run(MalformedYear, good) == []
    # a count of days after a year, a run that is no month and day, 年年初
    quiet = ("示范镇2021年度报告\n\n2021年120个工作日内办结，2021年365天无事故，2021年1399日，"
             "2021年年初预算30万元。\n")
    assert run(MalformedYear, quiet) == []


def test_a_span_of_dates_written_backwards():
    """``2023年9月至2023年3月``, ``2023年10月—4月`` (the end in the start's year): the span ends
    before it starts, a month or a year mistyped; a warning."""
    text = ("示范县2023年度耕地保护项目支出绩效自评报告\n\n一、项目实施情况\n\n"
            "项目实施期为2023年9月至2023年3月，共完成地力监测点12个。\n\n"
            "县农业农村局于2023年10月—4月组织入户核查。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(5, "reversed_dates", "warning", "2023年9月至2023年3月"),
                     (7, "reversed_dates", "warning", "2023年10月—4月")]
    good = text.replace("2023年9月至2023年3月", "2023年3月至2023年9月").replace("10月—4月", "4月—10月")
    assert run(MalformedYear, good) == []


def test_a_span_of_days_of_one_month_written_backwards_without_a_year():
    """``5月20日至5月10日``, ``5月20日至10日``, ``8月15-3日``: days of one month, no span into the
    next year (that is written ``至次年…``); and months after a word naming one year
    (``今年11月至3月``). Warnings."""
    text = ("示范县2023年度耕地保护项目支出绩效自评报告\n\n一、项目实施情况\n\n"
            "5月20日至5月10日开展集中宣传。\n\n2023年6月18日至12日组织入户核查。\n\n"
            "8月15-3日完成验收，今年11月至3月开展巡查。\n")
    found = [(d.location.line, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(5, "5月20日至5月10日"), (7, "6月18日至12日"), (9, "8月15-3日"), (9, "11月至3月")]
    good = (text.replace("5月20日至5月10日", "5月10日至5月20日").replace("6月18日至12日", "6月12日至18日")
            .replace("8月15-3日", "8月3-15日").replace("今年11月至3月", "今年3月至11月"))
    assert run(MalformedYear, good) == []


def test_a_bare_span_of_months_may_cross_a_year_end():
    """Without a year, a span of months may run across a year end: a winter (11月至3月), a
    twelve-month cycle (10月1日至9月30日), days into the next month (12月28日至1月3日, 每月26日至次月
    25日); months of one year read in order (1-6月, 3月至11月) are right anyway."""
    text = ("示范县2023年度城区集中供热补贴项目支出绩效自评报告\n\n"
            "11月至3月开展巡查，10月1日至9月30日为一个结算周期，12月28日至1月3日安排值班。\n\n"
            "1-6月完成采购，3月至11月完成施工，统计周期为每月26日至次月25日，今年11月至3月的供暖期正常运行。\n")
    assert run(MalformedYear, text) == []


def test_a_span_of_months_into_the_next_year_is_not_reversed():
    """An end with its own later year, or a season its sentence names as running into the next
    year (供暖期, 次年), is no span written backwards."""
    text = ("示范县2023年度城区集中供热补贴项目支出绩效自评报告\n\n"
            "本年度供暖期为2023年11月至3月，补贴资金按月拨付。\n\n"
            "项目实施期为2023年11月至2024年3月。\n\n冬春灌溉期为2023年10月至次年4月。\n")
    assert run(MalformedYear, text) == []


# Modelled on a 项目背景 listing the policies behind a project, each item opening with its year:
# the items' 、 was lost, so 1 and 2 ran into 2021 (``12021年…`` / ``22021年…``).
_GLUED_LIST = ("某县2023年度食品安全专项项目绩效评价报告\n\n一、项目基本情况\n\n1.项目背景\n\n"
               "{first}年县政府印发食品安全整治工作方案，要求开展农贸市场整治。\n\n"
               "{second}年县食安委印发餐饮质量提升方案，要求明厨亮灶率达到90%。\n\n2.主要内容\n\n开展整治。\n")


def test_y506_list_number_run_into_the_year_an_item_opens_with():
    text = _GLUED_LIST.format(first="12021", second="22021")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in found] == [
        (7, "list_number", "warning", "12021"), (9, "list_number", "warning", "22021")]
    assert "列表序号“2”与年份“2021”" in found[1].message("zh")
    # one item written with its marker, the other glued: still the list's number
    found = diagnostics(_GLUED_LIST.format(first="1、2021", second="22021"), MalformedYear)
    assert [(d.location.line, d.key) for d in found] == [(9, "list_number")]
    assert diagnostics(_GLUED_LIST.format(first="1、2021", second="2、2021"), MalformedYear) == []


def test_y506_a_doubled_digit_opening_a_line_outside_a_numbered_list_is_a_warning():
    """``22021年…`` opening a line outside a numbered list: a 2 typed twice, or a page number (a
    PDF's, a converted page's) or a list number that lost its 、 run into the year — the draft
    shows which, the reader cannot: a warning that names both readings."""
    text = _GLUED_LIST.format(first="2021", second="22021")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.severity.name) for d in found] == [(9, "opening_digit", "warning")]
    assert "“2”" in found[0].message("zh") and "2021" in found[0].message("zh")


def test_y506_a_doubled_digit_inside_a_sentence_stays_an_error():
    text = _GLUED_LIST.format(first="2021", second="按计划，22021年")
    found = diagnostics(text, MalformedYear)
    assert [(d.location.line, d.key, d.severity.name) for d in found] == [(9, "year", "error")]


def test_a_year_whose_nian_of_niandu_was_lost():
    """``2024度部门决算`` and ``2024度，`` opening a paragraph (modelled on a township's 部门决算 whose
    机构设置 paragraph opens with the year): the 年 of 年度 was lost; a warning."""
    text = ("示范镇2024度部门决算\n\n一、部门基本情况\n\n"
            "2024度，我镇内设6个办公室，下属事业单位2个。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(1, "nian_lost", "warning", "2024度"), (5, "nian_lost", "warning", "2024度")]
    assert run(MalformedYear, text.replace("2024度", "2024年度")) == []
    # kilowatt-hours (度) after a four-digit figure, and a two-digit figure before 度
    # after 对照/按照/根据, a year before 度 and the words it heads is a 年度 that lost its 年
    # (modelled on a university's 奖助学金 self-evaluation)
    text = "示范学院2021年度奖学金项目自评结果\n\n对照2021度本专科生奖学金项目年初绩效目标，综合评分98分。\n"
    found = [(d.location.line, d.key, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(3, "nian_lost", "2021度")]
    assert run(MalformedYear, text.replace("2021度本", "2021年度本")) == []
    quiet = ("示范镇2024年度部门决算\n\n全年节约用电2024度，较上年减少12%。\n\n"
             "对照2024度电的用量，根据2000度以内的阶梯电价计费。\n\n"
             "路灯耗电2024度电，室温保持20度。\n")
    assert run(MalformedYear, quiet) == []


def test_a_year_whose_nian_was_lost_before_what_it_dates():
    """A year run straight into what it dates, its 年 lost: ``2023底`` (年底), ``对2022转移支付资金``,
    ``某中心2021部门决算公开说明`` and a title opening ``2022示范县…决算公开`` (modelled on a county
    archive's 部门整体 report, a prefecture's 转移支付 self-evaluation and a county bureau's 决算
    title): a warning, the year itself being readable."""
    text = ("2022示范县农业农村局本级决算公开\n\n"
            "示范服务中心2021部门决算公开说明\n\n一、部门概况\n\n"
            "我单位2023底有职工18人，其中管理人员4人。\n\n"
            "按照文件要求，示范市对2022转移支付资金进行了绩效自评。\n\n"
            "（四）2022部门整体支出绩效自评报告\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(1, "nian_missing", "warning", "2022"), (3, "nian_missing", "warning", "2021"),
                     (7, "nian_missing", "warning", "2023"), (9, "nian_missing", "warning", "2022"),
                     (11, "nian_missing", "warning", "2022")]
    fixed = (text.replace("2022示范县", "2022年示范县").replace("心2021部", "心2021年部")
             .replace("2023底", "2023年底").replace("对2022转", "对2022年转").replace("）2022部", "）2022年部"))
    assert run(MalformedYear, fixed) == []
    # figures a flattened form runs into its labels, and a year's own suffixes, are no year
    quiet = ("示范镇2022年度部门决算\n\n"
             "其中：本年财政拨款2020其他资金\n\n质量指标合格合格2020指标2：时效指标\n\n"
             "2023级新生入学，2022版教材发放2022册，按2023初步设计实施。\n")
    assert run(MalformedYear, quiet) == []


def test_a_year_run_into_the_quoted_project_it_dates():
    """现将我院2020“综合事务”项目自评情况报告如下 (held33's round): the unit's own name, the year and
    the quoted project, the 年 lost; a quoted name after a 年 or a figure with its unit is right."""
    text = ("示范县法院2020年度项目支出绩效自评报告\n\n"
            "现将我院2020“诉讼服务”项目自评情况报告如下。\n")
    found = [(d.location.line, d.key, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(3, "nian_missing", "2020")]
    assert run(MalformedYear, text.replace("院2020“", "院2020年“")) == []
    assert run(MalformedYear, "示范县2020年度决算\n\n共计2020“三公”经费2020元，“十四五”规划。\n") == []
def test_a_year_that_lost_its_nian_in_a_pdfs_spaced_text():
    """A PDF's text puts a space between Chinese and digits (``对 2022 转移支付资金``, ``示范服务中心
    2021 部门决算``, ``2022 示范县…决算公开``): the year lost its 年 all the same. Spaced, the correct
    draft and the flattened form's figures stay quiet, as does a header naming a column after a
    year (``单位 2022 决算数``)."""
    text = ("2022 示范县农业农村局本级决算公开\n\n"
            "示范服务中心 2021 部门决算公开说明\n\n一、部门概况\n\n"
            "我单位 2023 底有职工 18 人，其中管理人员 4 人。\n\n"
            "按照文件要求，示范市对 2022 转移支付资金进行了绩效自评。\n")
    found = [(d.location.line, d.key, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(1, "nian_missing", "2022"), (3, "nian_missing", "2021"), (7, "nian_missing", "2023"),
                     (9, "nian_missing", "2022")]
    fixed = (text.replace("2022 示范县", "2022 年示范县").replace("2021 部", "2021 年部")
             .replace("2023 底", "2023 年底").replace("对 2022 转", "对 2022 年转"))
    assert run(MalformedYear, fixed) == []
    quiet = ("示范镇 2022 年度部门决算\n\n其中：本年财政拨款 2020 其他资金\n\n"
             "质量指标合格合格 2020 指标 2：时效指标\n\n按 2023 初步设计实施。\n\n单位 2022 决算数 2023 决算数\n")
    assert run(MalformedYear, quiet) == []


def test_a_niandu_the_excerpt_opens_inside_is_no_year_lost():
    """``度部门决算情况说明`` opening an excerpt: the copy began after ``2023年`` of ``2023年度``, the
    year is above the cut. The same words after the title, under a part's heading, lost their year."""
    assert run(MalformedYear, "度部门决算情况说明\n一、收入支出决算总体情况\n本年收入合计80万元。\n") == []
    found = run(MalformedYear, "示范镇2023年度部门决算\n第二部分度部门决算情况说明\n本年收入合计80万元。\n")
    assert [d.location.line for d in found] == [2]


def test_a_year_written_without_its_nian():
    """``2023部门决算公开``, ``对2023转移支付资金进行了自评``, ``截至2023底``: a year run straight
    into the words a report's year heads, its 年 lost; a warning. A span (``2019至2021年``), a
    document number, a count or a code stays quiet."""
    text = ("示范县2023部门决算公开\n\n一、基本情况\n\n"
            "我局对2023转移支付资金进行了绩效自评，截至2023底共有职工12人。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(1, "nian_missing", "warning", "2023"), (5, "nian_missing", "warning", "2023"),
                     (5, "nian_missing", "warning", "2023")]
    assert run(MalformedYear, text.replace("2023部", "2023年部").replace("2023转", "2023年转")
               .replace("2023底", "2023年底")) == []
    quiet = ("示范县2023年部门决算公开\n\n2019至2021年共下达资金300万元，依据某财预〔2023〕12号，"
             "项目编码5100002023001，共培训2023人次。\n")
    assert run(MalformedYear, quiet) == []


def test_a_span_of_years_whose_dash_was_lost():
    """``《示范县养老服务体系建设规划(20212025年)》`` (modelled on a plan cited in a project report):
    the span's dash was lost. The span written out, or eight digits that are no two years in order,
    stay quiet."""
    text = "某县民政局2023年度项目支出绩效自评报告\n根据《示范县养老服务体系建设规划({span}年)》实施本项目。\n"
    [d] = run(MalformedYear, text.format(span="20212025"))
    assert (d.location.line, d.severity.name) == (2, "warning")
    assert d.message("zh") == "年度区间“20212025”缺少连接号：起止两个年份连在了一起"
    assert run(MalformedYear, text.format(span="2021—2025")) == []
    assert run(MalformedYear, text.format(span="20252021")) == []


def test_a_document_number_whose_closing_bracket_was_lost_is_left_to_t805():
    """``（示财农〔20207号）`` (modelled on a funding notice cited in a self-evaluation): the 〕 was
    lost, the year running into the sequence number. One slip, one finding: T805 names the number
    and how to write it, Y506 stays quiet on it."""
    text = "某县农业农村局2023年度项目支出绩效自评报告\n依据《关于下达补助资金的通知》（示财农{number}）拨付资金。\n"
    assert run(MalformedYear, text.format(number="〔20207号")) == []
    [d] = run_all([MalformedYear, UnbalancedBracket], text.format(number="〔20207号"))
    assert d.code == "T805" and d.message("zh") == "文号“〔20207号”缺少“〕”，年份与序号连在一起：应写作“〔2020〕7号”"
    assert run_all([MalformedYear, UnbalancedBracket], text.format(number="〔2020〕7号")) == []


def test_a_document_number_written_without_its_brackets():
    """``（示政发20168号）`` (modelled on a county's implementing opinion cited in a report): the
    year's brackets were never typed. A number with no issuer before it stays quiet. Where T805
    reads the number (its issuer's code leads into the digits) Y506 leaves it to T805; a code
    longer than T805 reads is still Y506's."""
    text = "某县财政局2023年度部门整体支出绩效自评报告\n依据《关于全面实施预算绩效管理的意见》（{number}）开展自评。\n"
    [d] = run_all([MalformedYear, UnbalancedBracket], text.format(number="示政发20168号"))
    assert d.code == "T805" and "示政发〔2016〕8号" in d.message("zh")
    assert run(MalformedYear, text.format(number="示政发〔2016〕8号")) == []
    assert run(MalformedYear, text.format(number="登记编号20168号")) == []
    long_code = "依据县人民政府办公室关于印发示范县政发20168号文件开展自评。\n"
    [d] = run_all([MalformedYear, UnbalancedBracket], "某县财政局2023年度部门整体支出绩效自评报告\n" + long_code)
    assert d.code == "Y506" and d.message("zh") == "文号“20168号”缺少年份括号“〔〕”：年份与序号连在了一起"


def test_a_year_run_straight_into_the_report_word_after_it():
    """``示范镇人民政府2024部门决算收入合计…`` in running text (modelled on a township's 决算): the year
    lost its 年 before the word a report's year heads; a warning. The year written with 年, and
    digits that are no year (a code's, a longer number's, a count), stay quiet."""
    text = ("示范镇2024年度部门决算说明\n\n一、收入支出情况\n\n"
            "示范镇人民政府2024部门决算收入合计120.5万元，比上年增加3.2万元。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(5, "nian_missing", "warning", "2024")]
    assert run(MalformedYear, text.replace("府2024部门", "府2024年部门")) == []
    quiet = ("示范镇2024年度部门决算\n\n档案编号A2024部门决算卷，索引号123202412部门预算。\n\n"
             "共有2024个部门决算单位。\n")
    assert run(MalformedYear, quiet) == []


def test_a_year_run_into_its_month():
    """``20209月投入使用`` (modelled on a school's 决算说明 of its new teaching block): 2020年9月 with its
    年 lost, the year and the month run together; a warning. A year with its 年, a month count and a
    monthly figure stay quiet."""
    text = "示范小学2020年度决算说明\n\n新教学楼已经竣工，20209月投入使用。\n"
    [d] = run(MalformedYear, text)
    assert (d.location.line, d.key, d.severity.name, d.args["year"]) == (3, "year_month", "warning", "20209")
    assert d.message("zh") == "日期“20209月”缺少“年”：年份与月份连成了一串数字"
    assert run(MalformedYear, text.replace("20209月", "2020年9月")) == []
    quiet = ("示范小学2020年度决算说明\n\n工期20个月，2020.9月完工，租金3.20209月付一次，"
             "年末余额120209月均支出。\n")
    assert run(MalformedYear, quiet) == []


def test_a_title_or_heading_whose_year_lost_its_nian():
    """``2022示范县卫生健康局本级决算公开``, ``示范中心2021部门决算公开说明``, ``（四）2019部门整体支出
    绩效自评报告`` (modelled on a county bureau's 决算 whose page title writes 2022年 and whose heading
    repeats it bare, a township's contents and a district office's 决算): the title's or heading's
    year lost its 年 as surely as in a sentence (the same draft writes it with 年 elsewhere); a
    warning. A year with its 年, a code, an edition, a document number, a date and a span stay
    quiet."""
    text = ("2022示范县卫生健康局本级决算公开\n\n示范中心2021部门决算公开说明\n\n"
            "（四）2019部门整体支出绩效自评报告\n\n一、部门主要职责\n\n"
            "负责全县卫生健康工作，示范中心2021部门决算收入已全部到位。\n")
    found = [(d.location.line, d.key, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(1, "nian_missing", "2022"), (3, "nian_missing", "2021"), (5, "nian_missing", "2019"),
                     (9, "nian_missing", "2021")]
    quiet = ("2022年示范县卫生健康局本级决算公开\n\n示范中心2021年度部门决算公开说明\n\n"
             "（四）2019年部门整体支出绩效自评报告\n\n2023版部门预算公开说明\n\n"
             "2024001号项目绩效自评报告\n\n示财预〔2024〕3号部门预算\n\n2024.12部门决算公开\n\n"
             "2024-2025部门预算公开\n\n"
             "| 项目 | 2023 | 2024 |\n| --- | --- | --- |\n| 部门决算 | 1.0 | 2.0 |\n")
    assert run(MalformedYear, quiet) == []


def test_last_years_figure_run_into_its_year():
    """``与2019498.83万元相比`` and ``较20155.88万元`` (modelled on a village school's and a township
    office's 决算 that compare with the year before): 2019年 498.83万元 with its 年 lost, the year and
    the figure run into one number; read so because the text names 2020年 and 424.71 − 498.83 is
    the fall it states. A warning. A real figure of that size, a figure that makes no stated
    difference, and a year that is not the one before stay quiet."""
    text = ("示范小学2020年度决算说明\n\n"
            "2020年度收入合计312.40万元。与2019356.25万元相比，收入减少43.85万元，减少12.3%。\n")
    found = [(d.location.line, d.key, d.severity.name, d.args["year"]) for d in run(MalformedYear, text)]
    assert found == [(3, "year_figure", "warning", "2019356.25")]
    assert run(MalformedYear, text.replace("与2019356.25万元", "与2019年356.25万元")) == []
    quiet = ("示范小学2020年度决算说明\n\n"
             "2020年度收入合计20191.75万元，与20193.10万元相比，减少1.35万元。\n\n"
             "2020年度支出合计312.40万元，与2019356.25万元相比变化不大。\n\n"
             "2020年度收入合计312.40万元，与2017356.25万元相比减少43.85万元。\n")
    assert run(MalformedYear, quiet) == []
    text = "某镇2016年度决算说明\n\n2016年运行经费6.40万元，较20155.90万元增加了0.50万元。\n"
    assert [d.args["year"] for d in run(MalformedYear, text)] == ["20155.90"]


def test_a_title_whose_year_was_lost_before_du():
    """``第三部分度部门决算表``: a contents entry or heading whose ``2023年`` was lost before the 度
    of 年度 (modelled on a county bureau's 决算 contents; the title above says 2023年度): a warning."""
    text = ("示范县林业局2023年度部门决算\n\n目录\n\n第一部分 示范县林业局概况\n\n"
            "第二部分 度部门决算表\n\n第三部分度部门决算情况说明\n\n示范县水务局度单位决算公开\n")
    found = [(d.location.line, d.key, d.severity.name) for d in run(MalformedYear, text)]
    assert found == [(7, "year_lost", "warning"), (9, "year_lost", "warning"), (11, "year_lost", "warning")]
    assert "缺少年份" in run(MalformedYear, text)[0].message("zh")
    fixed = text.replace("度部门", "2023年度部门").replace("局度单位", "局2023年度单位")
    assert run(MalformedYear, fixed) == []
    # a 度 that ends a word of its own (季度, 调度, 制度) before 决算 keeps its year elsewhere
    quiet = ("示范县林业局2023年度部门决算\n\n按季度决算编报进度，调度部门决算资料，完善制度决算流程。\n")
    assert run(MalformedYear, quiet) == []


def test_a_heading_whose_year_was_lost_before_du_under_an_outline_mark_or_at_a_line_start():
    """``二、度单位预算执行情况`` and ``第三部分度部门整体支出``: the same lost year under an outline
    mark or at a line's start, before 预算 or 整体 too (one rule for the shape: T802 read it
    too and the two findings stood on one place)."""
    found = run(MalformedYear, "二、度单位预算执行情况\n")
    assert [(d.key, d.location.line) for d in found] == [("year_lost", 1)]
    assert "度单位预算" in found[0].message("zh")
    assert [d.key for d in run(MalformedYear, "示范县林业局2023年度部门决算\n\n第一部分度部门整体支出绩效自评\n")] == \
        ["year_lost"]
    assert run(MalformedYear, "按季度、分季度部门决算数据汇总，进度部门预算执行。\n") == []
    assert run(MalformedYear, "二、2023年度单位预算执行情况\n") == []
