"""A101–A103 on small 决算 drafts we wrote: each rule fires on a wrong draft, stays quiet on a right one."""

from perflint.checks.arithmetic import AccountCodeNesting, FinalAccountsIdentity, TableTotalMismatch

from perflint.check import Context
from perflint.diagnostics import Severity
from perflint.read.text import parse_text

HEAD = "某某县农业服务中心2023年度部门决算\n\n一、{title}\n\n金额单位：万元\n"


def run(check, title, rows, **options):
    doc = parse_text(HEAD.format(title=title) + "\n".join(rows) + "\n", "draft.txt")
    return list(check(options).run(doc, Context()))


EXPENDITURE = [
    "项目\t\t本年支出合计\t基本支出\t项目支出",
    "科目代码\t科目名称\t\t\t",
    "栏次\t\t1\t2\t3",
    "合计\t\t{total}\t310.20\t92.30",
    "213\t农林水支出\t{cls}\t310.20\t92.30",
    "21301\t农业农村\t402.50\t310.20\t92.30",
    "2130101\t行政运行\t300.00\t250.20\t49.80",
    "2130104\t事业运行\t102.50\t60.00\t42.50",
]


def expenditure(total="402.50", cls="402.50"):
    return [r.format(total=total, cls=cls) for r in EXPENDITURE]


def test_a101_quiet_on_consistent_table():
    assert run(TableTotalMismatch, "支出决算表", expenditure()) == []


def test_a101_row_and_column_total_mismatch():
    diags = run(TableTotalMismatch, "支出决算表", expenditure(total="412.50"))
    assert {d.location.line for d in diags} == {9}
    column = next(d for d in diags if "310.20 + 92.30" in d.message())
    assert column.severity is Severity.error
    assert "310.20 + 92.30 = 402.50 ≠ 412.50（本年支出合计）" in column.message()
    assert "402.50 + 92.30" not in column.message()
    assert column.related and column.related[0].location.line == 9


def test_a101_last_digit_difference_is_rounding_and_can_be_silenced():
    rows = ["项目\t金额", "办公费\t12.41", "印刷费\t3.15", "合计\t15.55"]
    (d,) = run(TableTotalMismatch, "公用经费明细表", rows)
    assert d.severity is Severity.rounding and d.message().startswith("尾数差异")
    assert "12.41 + 3.15 = 15.56 ≠ 15.55" in d.message()
    assert run(TableTotalMismatch, "公用经费明细表", rows, rounding=False) == []


def test_a101_english_message():
    (d,) = run(TableTotalMismatch, "公用经费明细表", ["项目\t金额", "办公费\t12.40", "印刷费\t3.15", "合计\t17.55"])
    assert "12.40 + 3.15 = 15.55 ≠ 17.55" in d.message("en")


def test_a102_class_is_not_the_sum_of_its_subclasses():
    diags = run(AccountCodeNesting, "支出决算表", expenditure(total="412.50", cls="412.50"))
    (d,) = [d for d in diags if "213" in d.message()]
    assert d.location.line == 10
    assert "402.50 = 402.50 ≠ 412.50（213 农林水支出）" in d.message()
    assert run(AccountCodeNesting, "支出决算表", expenditure()) == []


def test_a102_item_level():
    rows = expenditure()
    rows[6] = "2130101\t行政运行\t310.00\t250.20\t49.80"
    diags = run(AccountCodeNesting, "支出决算表", rows)
    assert [d.location.line for d in diags] == [11]  # 21301 ≠ 310.00 + 102.50
    assert "310.00 + 102.50 = 412.50 ≠ 402.50" in diags[0].message()


SUMMARY = [
    "收入\t\t\t支出\t\t",
    "项目\t行次\t金额\t项目\t行次\t金额",
    "一、一般公共预算财政拨款收入\t1\t800.00\t一、一般公共服务支出\t30\t790.00",
    "二、事业收入\t2\t20.00\t二、农林水支出\t31\t40.00",
    "本年收入合计\t3\t820.00\t本年支出合计\t32\t830.00",
    "使用非财政拨款结余\t4\t0.00\t结余分配\t33\t0.00",
    "年初结转和结余\t5\t35.10\t年末结转和结余\t34\t{closing}",
    "总计\t6\t855.10\t总计\t35\t{total}",
]


def test_a103_summary_table_identities():
    ok = [r.format(closing="25.10", total="855.10") for r in SUMMARY]
    assert run(FinalAccountsIdentity, "收入支出决算总表", ok) == []
    bad = [r.format(closing="35.10", total="855.10") for r in SUMMARY]
    (d,) = run(FinalAccountsIdentity, "收入支出决算总表", bad)
    assert d.location.line == 13 and d.severity is Severity.error
    assert "本年支出合计 830.00 + 结余分配 0.00 + 年末结转和结余 35.10 = 865.10 ≠ 855.10（支出总计）" in d.message()


def test_a103_income_total_differs_from_expenditure_total():
    bad = [r.format(closing="35.10", total="865.10") for r in SUMMARY]
    diags = run(FinalAccountsIdentity, "收入支出决算总表", bad)
    assert any("收入总计 855.10 ≠ 支出总计 865.10" in d.message() for d in diags)


def test_a101_enumerated_rows_add_up_to_the_year_total():
    bad = [r.format(closing="25.10", total="855.10") for r in SUMMARY]
    bad[4] = "本年收入合计\t3\t822.00\t本年支出合计\t32\t830.00"
    (d,) = run(TableTotalMismatch, "收入支出决算总表", bad)
    assert "800.00 + 20.00 = 820.00 ≠ 822.00" in d.message()


DETAIL = [
    "人员经费\t\t\t公用经费\t\t",
    "科目代码\t科目名称\t决算数\t科目代码\t科目名称\t决算数",
    "301\t工资福利支出\t300.00\t302\t商品和服务支出\t80.00",
    "30101\t基本工资\t300.00\t30201\t办公费\t80.00",
    "303\t对个人和家庭的补助\t5.00\t310\t资本性支出\t20.00",
    "30302\t退休费\t5.00\t31002\t办公设备购置\t20.00",
    "人员经费合计\t\t305.00\t公用经费合计\t\t{public}",
]


def test_a103_basic_expenditure_detail():
    assert run(FinalAccountsIdentity, "基本支出决算明细表", [r.format(public="100.00") for r in DETAIL]) == []
    (d,) = run(FinalAccountsIdentity, "基本支出决算明细表", [r.format(public="100.01") for r in DETAIL])
    assert d.severity is Severity.rounding
    assert "302 80.00 + 310 20.00 = 100.00 ≠ 100.01（公用经费合计）" in d.message()


def test_a103_department_form_basic_plus_project():
    rows = [
        "单位名称\t某某中心",
        "基本支出总额\t{basic}\t项目支出总额\t120",
        "预算执行情况（万元）\t\t预算数\t执行数\t执行率\t得分",
        "部门整体支出\t",
        "总额\t",
        "\t300\t280\t93%\t18",
    ]
    assert run(FinalAccountsIdentity, "部门整体支出绩效自评表", [r.format(basic="180") for r in rows]) == []
    (d,) = run(FinalAccountsIdentity, "部门整体支出绩效自评表", [r.format(basic="300") for r in rows])
    assert "基本支出总额 300 + 项目支出总额 120 = 420 ≠ 300" in d.message()


def test_second_table_with_the_same_layout_is_checked_too():
    """公开02 and 公开03 share a layout; a wrong sum in the second must not be skipped as seen."""
    table = ("项目\t\t本年合计\t甲\t乙\n科目代码\t科目名称\n合计\t\t{total}\t60.00\t40.00\n"
             "208\t社会保障和就业支出\t{total}\t60.00\t40.00\n"
             "20801\t人力资源和社会保障管理事务\t100.00\t60.00\t40.00\n")
    text = ("示范局2023年度部门决算\n\n一、收入决算表\n\n金额单位：万元\n\n" + table.format(total="100.00")
            + "\n二、支出决算表\n\n金额单位：万元\n\n" + table.format(total="110.00"))
    doc = parse_text(text, "two.txt")
    lines = {d.location.line for cls in (TableTotalMismatch, AccountCodeNesting) for d in cls().run(doc, Context())}
    assert lines and min(lines) > 12, lines  # only the second table is wrong
