"""B307 template-instruction-left: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

from perflint.checks.boilerplate import TemplateInstructionLeft

from .._harness import lines, run
from ._drafts import run_code


def test_b307_instruction_left_and_quiet():
    text = ("部门整体支出绩效评价评分表（参考样表）\n\n"
            "（部门工作实绩，包含上级部门布置的重点工作，根据部门实际进行调整细化）\n")
    assert lines(run_code(text, "B307")) == [1, 3]
    assert run_code("部门整体支出绩效评价评分表\n\n部门工作实绩包括重点工作 6 项。\n", "B307") == []


def test_b307_quiet_on_a_document_titled_as_notes():
    """``2023年度部门决算填报说明`` is the name of a document, not the blank form's notes."""
    assert run_code("示范县2023年度部门决算填报说明\n\n纳入汇编的单位共 12 个。\n", "B307") == []
    assert lines(run_code("附表1\n\n填报说明：1.本表金额单位为万元。\n", "B307")) == [3]


PIPE_FORM = """| 项目名称 | 农家书屋补充更新 | | |
| 评价结论 | {conclusion} | | |
| 存在问题 | {problem} | | |
| 改进措施 | 下一步加强图书采购计划管理。 | | |
"""


def test_column_prompt_left_in_a_pipe_row():
    diags = run(TemplateInstructionLeft, PIPE_FORM.format(
        conclusion="结合自评情况,说明项目自评总分及取得的成效。(200字以内)",
        problem="结合自评情况,分析存在的问题及原因。(200字以内)"))
    assert [d.location.line for d in diags] == [2, 3]


def test_filled_answers_are_quiet():
    assert run(TemplateInstructionLeft, PIPE_FORM.format(
        conclusion="项目自评得分96分,评价等次为优。", problem="图书更新周期偏长。")) == []


def test_prompt_in_a_form_flattened_onto_one_line():
    text = "年度目标完成情况 对照年度目标,说明相关任务目标的完成情况(100字以内) 绩效指标 一级指标\n"
    [diag] = run(TemplateInstructionLeft, text)
    assert "100字以内" in diag.message("zh")


def test_printed_note_under_the_form_is_form_text():
    text = "注：1.预算执行率=预算执行数/调整后预算数,执行率低于90%的应说明原因(100字以内);2.定量指标按比例计分。\n"
    assert run(TemplateInstructionLeft, text) == []


def test_note_telling_units_how_to_pick_indicators():
    text = "注:各地请根据实际情况,从上述绩效指标中选择适合的填报。\n"
    [diag] = run(TemplateInstructionLeft, text)
    assert diag.location.line == 1


def test_a_template_named_in_prose_is_no_instruction_left():
    """``（模板）`` labels a blank form; a report that speaks of a 模板 (统一制定公开模板) does not."""
    prose = "示范市财政局统一制定部门决算公开模板,提供公开平台服务,确保公开内容完整、规范。\n"
    assert run(TemplateInstructionLeft, prose) == []
    assert lines(run_code("示范县单位决算公开文本（模板）\n\n一、单位概况\n本单位内设 3 个股室。\n", "B307")) == [1]


def test_the_name_of_a_cited_document_is_no_instruction_left():
    text = "按照《2023年度部门决算报表填报说明》要求,本局对全部收支进行了核对。\n"
    assert run(TemplateInstructionLeft, text) == []
    assert lines(run(TemplateInstructionLeft, "填报说明：本表金额单位为万元。\n")) == [1]
    note = "备注：如单位修改了《部门整体支出绩效评价评分表（参考样表）》，须相应修改本表。\n"
    assert lines(run(TemplateInstructionLeft, note)) == [1]


def test_notes_named_inside_a_sentence_are_no_label_left():
    """A 决算填报说明 (notes units write with their accounts) speaks of its own tables:
    ``本套决算填报说明附表数据…`` names them, it is no label of the blank form's notes."""
    text = "（三）本套决算填报说明附表数据主要依据本单位会计账簿及相关统计资料填列。\n"
    assert run(TemplateInstructionLeft, text) == []
    assert lines(run(TemplateInstructionLeft, "（三）附表数据依据会计账簿填列。填报说明：本表金额单位为万元。\n")) == [1]


def test_which_unit_writes_a_section_is_the_templates_note():
    """The final-accounts analysis template marks who writes each section (（基层预算单位编写）,
    （主管部门编写）): left in the published text it is the blank form's note."""
    text = ("一、决算信息来源说明（基层预算单位编写）\n\n本单位决算数据来自会计账簿。\n\n"
            "二、决算汇编基本情况(主管部门编写)\n\n纳入汇编的单位共 3 个。\n")
    assert lines(run_code(text, "B307")) == [1, 5]
    # a sentence saying who compiled the accounts is the report's own
    assert run_code("本套决算由主管部门编写汇总，纳入汇编的单位共 3 个。\n", "B307") == []


def test_b307_outline_label_and_word_limit_of_a_heading():
    """The blank report's own label (（参考提纲）) and a heading that still carries its word limit
    (摘要（2000字以内）), as a published 部门整体 self-evaluation of fp2's round left them: only the
    bracket is reported, not the heading."""
    text = ("某县人民检察院部门整体支出绩效评价报告\n（参考提纲）\n一、部门基本情况\n"
            "摘要（2000字以内）\n本院年度整体支出绩效自评得分 95 分。\n二、评价结论（200字以内）\n较好完成年度目标。\n")
    diags = run_code(text, "B307")
    assert lines(diags) == [2, 4, 6]
    assert [d.message("zh") for d in diags][1:] == ["模板说明文字“（2000字以内）”未删除", "模板说明文字“（200字以内）”未删除"]
    filled = ("某县人民检察院部门整体支出绩效评价报告\n一、部门基本情况\n摘要\n本院年度整体支出绩效自评得分 95 分。\n"
              "二、评价结论\n较好完成年度目标，撰写调研报告 3 篇（每篇 3000 字以内）。\n"
              "按照市财政局制定的参考提纲撰写本报告。\n")
    assert run_code(filled, "B307") == []


def test_b307_final_accounts_notes_after_headings():
    """The final-accounts template puts its notes to the unit in brackets after a heading
    (``（比照…格式）``, ``（需公开…数量及名称）``): left in, the published report shows them."""
    text = ("二、部门决算说明\n\n"
            "（一）单位基本情况（比照年初预算公开的格式）\n\n"
            "（二）机构设置（需公开科室数量及下属单位名称）\n\n"
            "本单位内设科室4个，下属单位1个。\n")
    assert lines(run_code(text, "B307")) == [3, 5]
    quiet = ("（一）单位基本情况\n\n（二）机构设置\n\n"
             "本单位内设科室4个（需说明的是，其中1个为临时机构），比照上年格式公开。\n")
    assert run_code(quiet, "B307") == []


def test_a_titled_document_of_notes_with_an_aside_is_no_instruction_left():
    """``部门决算填报说明（汇总）`` or ``… 上册``: the title of the notes a unit writes with its
    accounts, followed by an aside, names the document; the blank form's label of its notes
    stands on its own and introduces them (``填报说明：1.…``)."""
    for title in ("示范县2023年度部门决算填报说明（汇总）", "示范县2023年度部门决算填报说明 上册"):
        assert run_code(title + "\n\n一、决算汇编基本情况\n\n纳入汇编的单位共 12 个。\n", "B307") == []
    assert lines(run_code("附表1\n\n收入决算表填报说明：1.本表金额单位为万元。\n", "B307")) == [3]


def test_b307_a_headings_note_to_the_writer():
    text = ("三、项目绩效目标完成情况（对照年度绩效目标逐项说明完成情况）\n\n全年举办活动 64 场。\n\n"
            "四、政府性基金预算财政拨款支出决算情况说明（无此项支出的部门应公开空表并作出说明）\n\n本年无此项支出。\n\n"
            "六、下一步改进措施（针对存在的问题提出改进措施，200字以内）\n\n提前启动采购程序。\n\n"
            "1.项目资金到位情况分析（说明各级资金到位情况）\n\n资金已全部到位。\n")
    assert lines(run_code(text, "B307")) == [1, 5, 9, 13]


def test_b307_quiet_for_a_bracket_that_says_what_the_section_holds():
    text = ("三、支出决算情况说明（按支出性质分类）\n\n基本支出 1826.70 万元。\n\n"
            "（二）人员情况（涉密）\n\n一、收入支出决算总体情况说明（含上年结转）\n\n收入总计 2468.30 万元。\n")
    assert run_code(text, "B307") == []


def test_bracket_telling_the_writer_what_to_fill_in():
    """``（填写偏差原因）`` where the answer belongs: the blank form's prompt, never replaced."""
    text = "四、偏差原因分析\n\n{answer}\n"
    assert lines(run_code(text.format(answer="（填写偏差原因）"), "B307")) == [3]
    assert lines(run_code(text.format(answer="（请填写项目实施单位名称）"), "B307")) == [3]
    # a label with what was filled in after its colon, or a note on how a figure was filled
    assert run_code(text.format(answer="（填报单位：某县公路养护中心）"), "B307") == []
    assert run_code(text.format(answer="受冬季气温影响，修复工程延后完工。"), "B307") == []


def test_the_outlines_note_after_a_numbered_heading():
    """``（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。`` (modelled on a
    county bureau's report written on the national 参考提纲): the outline's note on what a section
    holds, left after its heading while the unit's own text follows on the next line."""
    text = ("一、基本情况\n\n（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。\n\n"
            "本项目用于农村公路养护，全年投入 320 万元。\n\n（二）项目绩效目标。包括总体目标和阶段性目标。\n\n"
            "全年完成养护里程 120 公里。\n")
    found = run_code(text, "B307")
    assert lines(found) == [3, 7]
    assert found[1].args["phrase"] == "包括总体目标和阶段性目标"
    good = text.replace("。包括项目背景、主要内容及实施情况、资金投入和使用情况等。", "").replace(
        "。包括总体目标和阶段性目标。", "")
    assert run_code(good, "B307") == []
    # the unit's own content after a heading: duties, figures, named items
    quiet = ("（一）部门职责。包括负责全县交通规划、建设和养护等。\n\n"
             "（二）资金情况。包括中央资金 200 万元和县级资金 120 万元。\n\n"
             "（三）项目内容。包括乡村道路硬化、桥梁维修和安全设施完善等。\n\n"
             "项目绩效目标包括总体目标和阶段性目标，总体目标为完成养护里程 120 公里。\n")
    assert run_code(quiet, "B307") == []


CHECKLIST_REPORT = ("某县文广局2023年度送戏下乡项目支出绩效自评报告\n\n一、自评结论\n\n项目自评得分93分。\n\n"
                    "二、其他需要说明的问题\n\n{answer}\n")


def test_b307_the_templates_questions_left_as_the_answer():
    """``其他需要说明的问题`` answered by the blank report's own 是否… questions: a warning."""
    text = CHECKLIST_REPORT.format(answer="演出场次是否按计划完成？经费使用是否符合规定？是否存在其他需要说明的事项？")
    (d,) = run(TemplateInstructionLeft, text)
    assert d.key == "checklist" and d.location.line == 9 and "演出场次是否按计划完成？" in d.message("zh")
    labelled = CHECKLIST_REPORT.format(answer="其他需要说明的问题：演出场次是否按计划完成？经费使用是否符合规定？")
    (d,) = run(TemplateInstructionLeft, labelled)
    assert d.location.column > 1
    assert run(TemplateInstructionLeft, CHECKLIST_REPORT.format(answer="无其他需要说明的问题。")) == []


def test_b307_questions_answered_or_led_in_by_the_text_are_no_checklist():
    for answer in ("演出场次是否按计划完成？是。经费使用是否符合规定？是。",
                   "评价围绕以下问题展开：演出场次是否按计划完成？经费使用是否符合规定？",
                   "演出场次是否按计划完成？"):
        assert run(TemplateInstructionLeft, CHECKLIST_REPORT.format(answer=answer)) == [], answer
    cell = "评分表\n\n| 指标 | 评价要点 | 得分 |\n| 资金管理 | 资金使用是否合规？是否专款专用？ | 10 |\n"
    assert run(TemplateInstructionLeft, cell) == []


def test_one_instruction_repeated_over_a_report_is_one_finding_with_its_places():
    """The template's mark on every page of one report (整体支出绩效评价评分表（参考样表）, then
    the same mark above two more tables) is one thing to delete: one finding at its first
    place, the others related; another instruction is its own finding, and another report's
    mark its own."""
    text = ("示范县水务局2023年度部门整体支出绩效自评报告\n一、基本情况\n本局编制 12 人。\n"
            "整体支出绩效评价评分表（参考样表）\n| 指标 | 分值 | 得分 |\n| 预算执行 | 10 | 9 |\n"
            "收支情况表（参考样表）\n| 项目 | 金额 |\n| 合计 | 30 |\n"
            "绩效指标表（参考样表）\n| 指标 | 值 |\n| 人数 | 12 |\n"
            "二、存在问题（针对存在的问题提出改进措施，200字以内）\n无。\n")
    found = run(TemplateInstructionLeft, text)
    marks = [d for d in found if "参考样表" in d.message("zh")]
    assert len(found) == 2 and len(marks) == 1
    [d] = marks
    assert d.location.line == 4 and "另有 2 处" in d.message("zh")
    assert [r.location.line for r in d.related] == [7, 10]
    once = text.replace("收支情况表（参考样表）", "收支情况表").replace("绩效指标表（参考样表）", "绩效指标表")
    [d] = [d for d in run(TemplateInstructionLeft, once) if "参考样表" in d.message("zh")]
    assert "另有" not in d.message("zh") and not d.related


def test_b307_note_asking_the_unit_to_mark_its_pages():
    """A contents list of the final-accounts template ends in a note to the unit that fills it
    (``（注：请单位根据实际注明页码）``): the note may name whom it asks, and what it asks for may be
    a mark (注明, 标注) rather than a text."""
    text = ("目录\n\n第一部分 部门概况\n\n第二部分 部门决算表\n\n"
            "（注：请部门结合实际标注各部分页码）\n\n第一部分 部门概况\n")
    assert lines(run_code(text, "B307")) == [7]
    quiet = ("目录\n\n第一部分 部门概况\n\n第二部分 部门决算表\n\n"
             "（注：本表按照实际支出数填列，页码见各部分首页）\n\n第一部分 部门概况\n")
    assert run_code(quiet, "B307") == []


def test_b307_note_asking_the_unit_to_mark_its_pages_written_without_brackets():
    """The same note to the unit on a line of its own after the contents, written without its
    brackets (``注：请部门根据实际注明页码``); a note that explains the report is quiet."""
    text = ("示范乡人民政府2024年度部门决算\n\n目录\n\n第一部分 部门概况\n\n一、部门职责\n\n"
            "第五部分 附表\n\n一、收入支出决算总表\n\n注：请单位结合实际标注各部分页码\n\n第一部分 部门概况\n\n"
            "一、部门职责\n\n负责全乡经济社会事务。\n")
    assert lines(run_code(text, "B307")) == [13]
    quiet = text.replace("注：请单位结合实际标注各部分页码", "注：本报告因金额单位转换原因可能存在尾数误差。")
    assert run_code(quiet, "B307") == []


def test_b307_a_note_on_where_to_take_the_text_from():
    """``（一）主要职能。（职能参照编委批复的三定规定）`` (modelled on a city bureau's 决算 written on the
    province's template): the template's note naming the source the unit was to copy its duties
    from, left after the heading; and a bracket that ends telling the writer to fill it in
    (``（参照上年口径填列）``)."""
    text = ("第一部分 部门概况\n\n一、基本职能及主要工作\n\n（一）主要职能。（职能参照编委批复的三定规定）\n\n"
            "1.负责全市来信来访的受理工作。\n\n（二）人员情况。（按照年末实有人数填列）\n\n在职人员 28 人。\n")
    assert lines(run_code(text, "B307")) == [5, 9]
    fixed = text.replace("（职能参照编委批复的三定规定）", "").replace("（按照年末实有人数填列）", "")
    assert run_code(fixed, "B307") == []


def test_b307_quiet_on_the_units_own_brackets_of_reference():
    """A unit's own bracket that says how something was done or what it includes (按照…的要求,
    含参照公务员法管理的事业单位) is its text, not the template's note."""
    text = ("（一）主要职能。根据编委批复的三定规定，本局负责全市信访工作。\n\n"
            "（二）人员情况。在职人员 28 人（含参照公务员法管理的事业单位人员）。\n\n"
            "（三）项目实施。各乡镇按期完成改造（按照实施方案的要求）。\n\n"
            "（四）主要职能（依据县政府批准的三定方案）：负责全县档案管理。\n")
    assert run_code(text, "B307") == []


def test_b307_the_forms_note_on_what_the_report_must_explain():
    """The blank form's note telling the writer what the report must explain where a case arises
    is left in; a report saying it did so, or a note stating a fact, is quiet."""
    left = "五、绩效目标\n\n注：项目绩效目标如有变动的，须在报告中予以说明。\n\n全年完成道路养护 12 公里。\n"
    assert lines(run_code(left, "B307")) == [3]
    done = "五、绩效目标\n\n注：年中绩效目标有调整，已在报告中加以说明。\n\n全年完成道路养护 12 公里。\n"
    assert run_code(done, "B307") == []
    fact = "附表2\n\n注：本表如有空行的，表示本单位无该项支出。\n"
    assert run_code(fact, "B307") == []
