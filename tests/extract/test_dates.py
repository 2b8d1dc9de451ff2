"""Years and dates in Chinese drafts, and the context each one sits in."""

from __future__ import annotations

import pytest

from perflint.extract.dates import (
    comparison_with_year,
    find_dates,
    is_forward_label,
    is_stop_label,
    looks_back,
    starts_forward,
    title_year,
)


def one(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "year", "month", "day", "written"),
    [
        ("全年共举办培训5期（2023年）", 2023, None, None, "2023年"),
        ("本单位 2023 年度收入合计", 2023, None, None, "2023 年度"),
        ("于2023年7月完工", 2023, 7, None, "2023年7月"),
        ("定于 2023 年 9 月 18 日组织验收", 2023, 9, 18, "2023 年 9 月 18 日"),
        ("数据时点为2023.12.31，", 2023, 12, 31, "2023.12.31"),
        ("合同于2023-03-05签订", 2023, 3, 5, "2023-03-05"),
        ("二〇二三年十二月三十一日", 2023, 12, 31, "二〇二三年十二月三十一日"),
        ("2.2023年度参保人数", 2023, None, None, "2023年度"),
        ("２０２３年４月", 2023, 4, None, "２０２３年４月"),
    ],
)
def test_forms(text, year, month, day, written):
    m = one(text)
    assert (m.year, m.month, m.day) == (year, month, day)
    assert text[m.start:m.end] == written == m.text


def test_fiscal_flag_and_invalid_month():
    assert one("2023年度").fiscal
    assert not one("2023年").fiscal
    m = one("2023年13月")
    assert (m.year, m.month) == (2023, None)


def test_decimals_and_amounts_are_not_dates():
    assert find_dates("支出2023.45万元，占比12.5%") == []
    assert find_dates("编号2023-123456") == []


def test_blank_date():
    m = one("负责人（签字）：年    月    日")
    assert m.year is None and m.context == "blank"


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("依据《某省财政厅关于加强项目管理的通知》（某财预〔2020〕15号）执行", "document_number"),
        ("按县财办【2021】8号文件要求", "document_number"),
        ("根据某政办发(2020)3号文件", "document_number"),
        ("按《某市2021年农机补贴实施方案》组织实施", "title"),
        ("执行《某县“十四五”农业发展规划（2021—2025年）》", "period"),
        ("2021-2025年规划期内", "period"),
        ("从2015年3月起施行新标准", "policy_start"),
        ("本办法自 2020 年 1 月 1 日起施行", "policy_start"),
        ("自 2021 年 5 月 8 日投入运行以来，平台运行平稳", "policy_start"),
        ("2021年以来，累计培训农民2000人次", "policy_start"),
        ("县农技中心成立于2019年8月，为局属二级单位", "founding"),
        ("2020年6月，经县委编委批准印发《某县农业农村局职能配置、内设机构和人员编制规定》", "founding"),
        ("2018年9月组建县农业综合执法大队", "founding"),
        ("2016年5月被评为二级甲等医院，现有床位 300 张", "founding"),  # a milestone of its history
        ("截至2023年12月31日，固定资产原值 86.40 万元", "as_of"),
        ("收入合计 812.40 万元，与 2022 年度相比减少 6.10 万元", "comparison"),
        ("比2022年度决算数增加 3.20 万元", "comparison"),
        ("报告日期：2024年3月15日", "signature"),
        ("填报日期： 2024 年 4 月", "signature"),
        ("2024 年 4 月 10 日", "standalone"),
        ("完成日期：2023年6月", "plain"),
        ("某县农业农村局  2024 年 4 月 10 日", "signature"),
        ("须于2023年11月30日前完成资金拨付", "deadline"),
        ("拟于2024年6月启动二期工程", "plan"),
        ("根据2022年12月市局通知精神，开展专项检查", "basis"),
        ("2022年11月，市局印发了实施意见", "policy_issue"),
        ("2022年9月，组织编制项目实施方案并完成招标", "preparation"),
        ("国家卫健委于2022年5月开展了全国评价工作", "external"),
        ("2022 年 6 月 12 日，在县文化广场举办宣传活动", "activity"),
        ("2023年全县参保人数为 12000 人", "plain"),
    ],
)
def test_contexts(text, context):
    found = [m for m in find_dates(text) if m.year is not None]
    assert found and found[0].context == context, found


def test_comparison_with_year_itself_and_with_a_budget():
    text = "与2023年相比，支出增加，比2023年预算减少 1.2 万元，较2023年初增加"
    ms = [m for m in find_dates(text) if m.context == "comparison"]
    assert [comparison_with_year(text, m) for m in ms] == [True, False, False]


def test_forward_labels():
    assert is_forward_label("（四）下一步改进措施")
    assert is_forward_label("改进措施及结")
    assert not is_forward_label("（三）整改措施落实情况")
    assert not is_forward_label("二、项目完成情况")
    assert starts_forward("下一步，我局将加强资金管理。")
    assert not starts_forward("全年开展检查，下一步将继续。")
    assert is_stop_label("备注：")
    assert looks_back("部分乡镇资金拨付滞后，存在问题")
    assert looks_back("做好2023年度资金清算工作")
    assert not looks_back("确保2023年度补助按时发放到位")


def test_title_year():
    assert title_year("某县农业农村局2023年度项目支出绩效自评报告") == 2023
    assert title_year("某县财政局（某财〔2020〕1号）2023年度部门决算") == 2023
    assert title_year("部门决算") is None


def test_title_year_skips_publication_dates():
    # A web page's first block: a publication date and an index number before the real title.
    head = "首页>政务公开>预决算公开索引号 11540/2024-00321 生成日期 2024-08-15 某县图书馆2023年预算"
    assert title_year(head) == 2023
    assert title_year("发布日期：2024年8月15日 某县图书馆2023年度部门决算") == 2023


def test_a_unit_with_a_year_is_a_title_not_a_signature():
    assert one("某县图书馆2023年度").context != "signature"
    assert one("某县图书馆 2024年4月20日").context == "signature"
