"""One decision, shared by the families, of which 自评表 a narrative passage speaks of."""

from __future__ import annotations

from perflint.extract.form_links import FormLinker, project_names
from perflint.extract.selfeval import self_evaluations
from perflint.read.text import parse_text


def form(title: str, name: str, score: str = "95") -> str:
    return (f"\n2023年度{title}项目绩效自评表\n\n项目名称\t{name}\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            f"产出指标\t数量指标\t培训人次\t≥800人次\t860人次\t20\t20\n总分\t\t\t\t\t100\t{score}\n")


BUNDLE = (
    "某县农业农村局2023年度项目支出绩效自评报告\n\n"
    "一、农技推广经费项目绩效自评综述：项目全年预算 30 万元。\n\n"
    "发现的问题及原因：培训覆盖面不足。\n\n"
    "下一步改进措施：扩大培训范围。\n\n"
    "二、动物防疫经费项目绩效自评综述：项目全年预算 20 万元。\n\n"
    "发现的问题及原因：疫苗冷链设备老化。\n"
    + form("农技推广经费", "农技推广经费") + form("动物防疫经费", "动物防疫经费")
    + "\n三、农村环境整治经费项目绩效自评综述：本项目未单独填报自评表。\n\n发现的问题及原因：宣传不够。\n"
)


def linker_and_blocks(text: str):
    doc = parse_text(text, "draft.txt")
    [part] = doc.parts
    return FormLinker(part, self_evaluations(doc)), part.blocks


def block_with(blocks, words: str):
    return next(b for b in blocks if words in b.text.value)


def test_a_project_header_above_names_the_form():
    linker, blocks = linker_and_blocks(BUNDLE)
    first = linker.link(block_with(blocks, "培训覆盖面不足"))
    second = linker.link(block_with(blocks, "疫苗冷链"))
    assert (first.how, "农技推广经费" in first.form.title) == ("named", True)
    assert (second.how, "动物防疫经费" in second.form.title) == ("named", True)


def test_the_report_of_a_project_without_a_form_links_to_none():
    linker, blocks = linker_and_blocks(BUNDLE)
    assert linker.link(block_with(blocks, "宣传不够")).form is None


def test_a_sentence_naming_one_project_in_a_block_naming_two():
    linker, blocks = linker_and_blocks(BUNDLE)
    block = block_with(blocks, "培训覆盖面不足")
    text = "农技推广经费项目得分 95 分；动物防疫经费项目得分 90 分。"
    assert "动物防疫经费" in linker.link(block, text, text.index("90")).form.title


def test_one_form_takes_every_passage():
    # the part's title names another project (a slip): with one form, the form is still the one
    text = "某县2023年度农技服务经费项目绩效自评报告\n\n存在问题：培训覆盖面不足。\n" + form("农技推广经费", "农技推广经费")
    linker, blocks = linker_and_blocks(text)
    assert linker.link(block_with(blocks, "培训覆盖面不足")).how == "only"


def test_unnamed_passages_take_the_next_form():
    text = ("某县农业农村局2023年度项目支出绩效自评报告\n\n存在问题：培训覆盖面不足。\n"
            + form("甲类补助资金", "甲类补助资金") + "\n存在问题：验收滞后。\n" + form("乙类补助资金", "乙类补助资金"))
    linker, blocks = linker_and_blocks(text)
    first, second = linker.link(block_with(blocks, "培训覆盖面")), linker.link(block_with(blocks, "验收滞后"))
    assert (first.how, second.how) == ("next", "next")
    assert first.form is not second.form


def test_names_of_a_form():
    doc = parse_text("报告\n" + form("农技推广经费", "农技推广项目"), "d.txt")
    [se] = self_evaluations(doc)
    assert set(project_names(se)) == {"农技推广项目", "农技推广经费", "农技推广"}


def test_form_of_is_the_form_link_names_for_every_block():
    """FormLinker.form_of (the boilerplate facts' shortcut) answers link(block).form for every
    block: a bundle of projects, one project's report with a form naming another project, a
    report with no form, and every fixture draft of the form-reading tests."""
    from pathlib import Path

    from perflint.read.loader import load

    other = ("某县文化馆2023年度项目支出绩效自评报告\n\n一、动物防疫经费项目绩效自评综述：全年预算 20 万元。\n\n"
             "发现的问题及原因：宣传不够。\n" + form("农技推广经费", "农技推广经费"))
    docs = [parse_text(text, "draft.txt") for text in (BUNDLE, other, form("农技推广经费", "农技推广经费"),
                                                        "某县2023年度部门决算说明\n\n一、收入情况\n")]
    root = Path(__file__).resolve().parents[1] / "fixtures"
    docs += [load(p) for folder in ("forms", "boilerplate", "xiangmu") for p in sorted((root / folder).glob("*.txt"))]
    asked = 0
    for doc in docs:
        forms = self_evaluations(doc)
        for part in doc.parts:
            linker = FormLinker(part, forms)
            for block in part.blocks:
                assert linker.form_of(block) is linker.link(block).form
                asked += 1
    assert asked > 100


SPENDING_TABLE_ABOVE = (
    "某县交通运输局2023年度农村公路养护项目支出绩效自评报告\n"
    "一、项目概况\n（一）项目资金情况\n资金支出明细如下（单位：万元）：\n"
    "支出内容\t预算数\t执行数\t执行率\n日常养护费\t100\t98\t98.00%\n危桥改造费\t50\t45\t90.00%\n"
    "二、自评结论\n经自评，项目自评得分95分。\n"
    + form("农村公路养护", "农村公路养护")
)


def test_a_heading_of_generic_words_over_a_money_table_names_no_project():
    """（一）项目资金情况 titles the spending breakdown read as a budget block; its words (项目,
    资金, 情况) are in every sentence of the report, so they name no form."""
    linker, blocks = linker_and_blocks(SPENDING_TABLE_ABOVE)
    assert [project_names(se) for se in linker.forms][0] == []
    link = linker.link(block_with(blocks, "自评得分95分"))
    assert link.form is linker.forms[1]


def test_a_forms_title_the_copy_began_inside_its_year_names_no_project():
    """``022年度项目支出绩效自评表`` (an excerpt that began inside ``2022年度``): the year's tail is
    no project's name; a title with its project still gives the project."""
    from perflint.extract.form_links import project_name

    assert project_name("022年度项目支出绩效自评表") == ""
    assert project_name("22年度项目支出绩效自评表") == ""
    assert project_name("23年度农技推广项目绩效自评表") == "农技推广"
    assert project_name("2023年度农技推广项目绩效自评表") == "农技推广"
