"""C703 announced-count-mismatch: fires on drafts we wrote with the defect, stays quiet on correct ones."""

from __future__ import annotations

import pytest
from perflint.checks.consistency import AnnouncedCountMismatch

from .._harness import run
from ._drafts import REPORT, run_fixture


@pytest.mark.parametrize(("body", "fires"), [
    ("馆内设 3 个部室：办公室、借阅部、活动部。", False),
    ("馆内设 2 个部室：办公室、借阅部、活动部。", True),
    ("设有办公室、借阅部和活动部 3 个部室。", False),  # 借阅部和活动部: two names joined by 和
    ("设有办公室、借阅部等 5 个部室。", False),  # 等: only some are named
    ("设有办公室、借阅部、活动部、研究部等 3 个部室。", True),  # more names than the count
    ("涉及“图书采购、编目”、“读者活动”2 个方面。", False),  # 、 inside quotes
    ("下设 3 个分馆：东馆（含少儿、古籍两个阅览室）、西馆、南馆。", False),  # 、 inside brackets
    # a count joined to the list by 和 is one more member of it, not its total
    ("馆内设办公室、借阅部和 4 个分馆。", False),
    ("馆内设办公室、借阅部共 4 个部室。", True),
    # names of rules that carry their own count (八项规定, 九项规定) are not a list the last count counts
    ("严格落实中央八项规定、省委九项规定和市委若干规定。", False),
    ("执行财务制度、采购制度、资产制度共两项制度。", True),
    # a township's units announced with 下属 (a 预算说明's 单位构成)
    ("镇政府下属 4个二级预算单位，分别是镇政府（本级）、便民服务中心、综合执法队。", True),
    ("镇政府下属 3个二级预算单位，分别是镇政府（本级）、便民服务中心、综合执法队。", False),
    # a list opened by its verb after another list in the same clause: the count counts from the verb
    ("馆内设办公室、借阅部共两部一室下辖东湖、西山、南岭3个分馆。", False),
    ("馆内设办公室、借阅部共两部一室下辖东湖、西山、南岭4个分馆。", True),


    # the list before its count opens the sentence after a long lead-in with a year and 及 (modelled
    # on a district's renovation review): the first item is the name after 为
    ("2023年老旧小区及周边设施提升改造项目主要整治范围为东城、西城、南城、北城、中城5个街道的部分小区。", False),
    ("2023年老旧小区及周边设施提升改造项目主要整治范围为东城、西城、南城、北城、中城4个街道的部分小区。", True),
])
def test_announced_count_inline(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


def test_announced_count_numbered_list_that_matches_is_quiet():
    body = "主要存在以下两个问题：\n\n1. 图书更新慢。\n\n2. 借阅率不高。\n\n二、下一步措施\n\n加强采购。"
    assert run(AnnouncedCountMismatch, REPORT.format(body=body)) == []


@pytest.mark.parametrize("body", [
    "设东区、西区各 2 个站点。",  # a count per item
    "共有 3 个项目：甲项目，预算 10 万元；乙项目，预算 20 万元；丙项目。",  # clauses, not names
    "严格落实中央八项规定和省、市十项规定精神。",  # 省、市 qualify a rule's name, not counted items
    "本校内设八个处室，分别是校长室一个，副校长室三个，教务处，总务处，办公室，财务室。",  # items count themselves
])
def test_announced_count_more_quiet_cases(body):
    assert run(AnnouncedCountMismatch, REPORT.format(body=body)) == []


def test_a_list_the_text_stops_in_is_the_cut_of_an_excerpt():
    # an excerpt that ends inside the list: fewer items than announced is the cut, not a slip
    cut = "示范县文化馆2023年度图书购置经费项目绩效自评报告\n\n馆内设 4 个部室：办公室、借阅部、活动"
    assert run(AnnouncedCountMismatch, cut) == []
    assert run(AnnouncedCountMismatch, cut + "部。\n\n全年接待读者 2 万人次。\n") != []
    numbered = "主要存在以下三个问题：\n\n1. 图书更新慢。\n\n2. 借阅率不"
    assert run(AnnouncedCountMismatch, REPORT.format(body=numbered)) == []
    assert run(AnnouncedCountMismatch, REPORT.format(body=numbered + "高。\n\n二、下一步措施\n\n加强采购。")) != []


def test_a_closed_sentence_at_the_end_of_the_text_is_still_read():
    # the list closes its sentence (。): the text ending right after it is no cut inside the list
    closed = "示范县文化馆2023年度图书购置经费项目绩效自评报告\n\n馆内设 4 个部室：办公室、借阅部、活动部。\n"
    assert [d.code for d in run(AnnouncedCountMismatch, closed)] == ["C703"]


def test_a_closed_list_before_the_cut_sentence_of_one_line_is_read():
    # a page copied as one line that stops mid-sentence: the list closed by its 。 before the
    # cut sentence is whole, so one item fewer than announced is a slip, not the cut
    head = "示范县文化馆2023年度单位决算\n\n二、基本情况 馆内设 {n} 个部室,即办公室、借阅部、活动部。 年末实有人数 25 人,其中在职"
    assert [d.code for d in run(AnnouncedCountMismatch, head.format(n=4))] == ["C703"]
    assert run(AnnouncedCountMismatch, head.format(n=3)) == []


def test_a_list_the_text_stops_in_is_left_alone_over_the_lines_a_page_broke():
    # the announcement on one line, the list going on over the next and cut there: what the
    # sentence went on to list is not in the text, however the page broke its lines
    cut = ("示范县农业农村局2023年度单位决算\n\n（二）单位构成。内设机构11个：办公室、综合科、行政许可管理科、计划财务科、\n"
           "乡村产业和对外合作科、生态能源和社会事")
    assert run(AnnouncedCountMismatch, cut) == []
    closed = cut + "业科。\n其他情况说明。\n"
    assert [d.code for d in run(AnnouncedCountMismatch, closed)] == ["C703"]


@pytest.mark.parametrize(("body", "fires"), [
    # the noun first, then its count and the list: 直属事业单位 10 个，即 … (nine named)
    ("直属事业单位10个，即县国库集中支付中心、县财政信息中心、县工资统发中心、县投资评审中心、"
     "县债务研究中心、县预算编审中心、县国有资产服务中心、县会计服务中心、县开发区财政所。", True),
    ("直属事业单位9个，即县国库集中支付中心、县财政信息中心、县工资统发中心、县投资评审中心、"
     "县债务研究中心、县预算编审中心、县国有资产服务中心、县会计服务中心、县开发区财政所。", False),
    ("内设机构3个：办公室、借阅部、活动部。", False),
    ("内设机构4个：办公室、借阅部、活动部。", True),
    ("内设机构4个，分别是办公室、借阅部等。", False),  # 等: only some are named
    # a count of people or places after the noun, with no list announced
    ("全馆在编人员12个，其中馆长1名。", False),
])
def test_announced_count_with_the_noun_first(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # a numbered list in one sentence, its items set apart by ；: each numbered item counts
    ("设内设机构 4 个，分别是：1、办公室；2、借阅部；3、活动部；4、研究部；另设读者服务队。", False),
    ("设内设机构 5 个，分别是：1、办公室；2、借阅部；3、活动部；4、研究部；另设读者服务队。", True),
    ("内设机构 3 个：（1）办公室，（2）借阅部，（3）活动部。", False),
    ("内设机构 2 个：（1）办公室，（2）借阅部，（3）活动部。", True),
])
def test_announced_count_numbered_items_in_one_sentence(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


def test_c703_quiet_when_the_items_carry_their_own_counts():
    """``下设 21 个三级指标，包括 14 个数量指标、3 个质量指标…``: the list gives sub-counts (modelled
    on a regional transfer-payment self-evaluation), not nine names for 21."""
    text = ("年度目标下设21个三级绩效指标,包括14个数量指标、3个质量指标、1个时效指标、1个社会效益指标、"
            "2个服务对象满意度指标。")
    assert run(AnnouncedCountMismatch, REPORT.format(body=text)) == []
    named = "局机关内设3个股室,包括办公室、财务股。"  # names against a count still checked
    assert len(run(AnnouncedCountMismatch, REPORT.format(body=named))) == 1


def test_two_announced_lists_run_together_are_left_alone():
    """``内设办5个，包括：A、B、C、D、E本部门下设事业单位4个，包括：F、G、H、I`` (modelled on a
    township's budget page that lost the 。 between its offices and its institutions): the
    second announcement inside the first list's last item means the lists ran together, and
    which names are whose cannot be told; the count 5 is not judged against 8 names."""
    merged = ("本部门内设办5个，包括：综合指挥室、党建办公室、经济发展办公室、民生服务办公室、平安法治办公室"
              "本部门下设事业单位4个，包括：便民服务中心、综合执法大队、产业服务中心、文明实践中心\n")
    assert run(AnnouncedCountMismatch, REPORT.format(body=merged)) == []
    # once the sentences are closed each list is read on its own: a wrong count still fires
    closed = merged.replace("平安法治办公室本部门", "平安法治办公室。本部门")
    assert run(AnnouncedCountMismatch, REPORT.format(body=closed)) == []
    wrong = closed.replace("内设办5个", "内设办6个")
    assert [d.code for d in run(AnnouncedCountMismatch, REPORT.format(body=wrong))] == ["C703"]


def test_the_message_counts_two_names_joined_by_he():
    """办公室、综合统计股、农村统计股和普查中心 names four units: the message says four, not the
    three the 、 cut into."""
    text = REPORT.format(body="本局内设办公室、综合统计股、农村统计股和普查中心共6个内设机构。")
    [d] = run(AnnouncedCountMismatch, text)
    assert "列举了 4 项" in d.message()


@pytest.mark.parametrize(("body", "fires"), [
    # the points of a list told with 一是, 二是 … in the announcing paragraph
    ("主要存在三个方面的问题：一是图书更新慢；二是借阅率不高。\n\n二、下一步措施\n\n加强采购。", True),
    ("主要存在两个方面的问题：一是图书更新慢；二是借阅率不高。\n\n二、下一步措施\n\n加强采购。", False),
    ("主要存在两个方面的问题：一是图书更新慢；二是借阅率不高；三是场地偏小。\n\n二、下一步措施\n\n加强采购。", True),
    # in the paragraphs after it, and over the paragraphs a page broke them into
    ("主要存在以下三个问题：\n\n一是图书更新慢，部分\n\n书目陈旧；\n\n二是借阅率不高；三是场地偏小。\n\n二、下一步措施\n\n加强采购。", False),
    ("主要存在以下三个问题：\n\n一是图书更新慢，部分\n\n书目陈旧；\n\n二是借阅率不高。\n\n二、下一步措施\n\n加强采购。", True),
    ("主要存在以下两个问题：\n\n一是图书更新慢；\n\n二是借阅率不高；\n\n三是场地偏小。\n\n二、下一步措施\n\n加强采购。", True),
    # the next list (another announcement, or a list opening with 一是 again) is not counted
    ("主要存在以下两个问题：\n\n一是图书更新慢；\n\n二是借阅率不高。\n\n改进措施如下：\n\n一是加强采购；二是开展活动；三是扩建场地。", False),
    # ordinals inside words are no points (唯一是)
    ("形成两个方面的特色：一是唯一是少儿馆的；二是古籍多。\n\n二、下一步措施\n\n加强采购。", False),
    # a list the excerpt stops in may have its last points cut off
    ("主要存在三个方面的问题：一是图书更新慢；二是借阅率不高。", False),
    # each point names a sub-list of its own: the count is the points', not the first point's names
    ("本馆的职能分为三个方面：一是阅读服务方面，包括借阅、咨询、讲座、展览、培训等工作。"
     "二是文献保护方面，包括古籍修复、数字化等工作。三是社会教育方面，包括少儿活动、志愿服务等工作。", False),
    ("本馆的职能分为两个方面：一是阅读服务方面，包括借阅、咨询、讲座、展览、培训等工作。"
     "二是文献保护方面，包括古籍修复、数字化等工作。三是社会教育方面，包括少儿活动、志愿服务等工作。", True),
])
def test_announced_count_ordinal_points(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # the projects a fund was spent on, announced with 安排 / 实施
    ("全年共安排 4 个项目，分别为：东区分馆改造 120 万元、西区分馆改造 80 万元、古籍修复 30 万元。", True),
    ("全年共安排 3 个项目，分别为：东区分馆改造 120 万元、西区分馆改造 80 万元、古籍修复 30 万元。", False),
    ("全年共实施 2 个项目：东区分馆改造、西区分馆改造、古籍修复。", True),
])
def test_announced_count_projects_arranged(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # a count said to be one name with 即 (a 决算说明's 单位构成)
    ("纳入本部门决算编制范围的单位共 2 个，即示范县文化馆本级。", True),
    ("纳入本部门决算编制范围的单位共 1 个，即示范县文化馆本级。", False),
    ("下属单位 2 个，即文化馆本级和图书分馆。", False),  # 和 may join two names
    ("新建分馆 2 个，即全部建成投用。", False),  # no name after 即
])
def test_announced_count_one_name(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # two counts, one comma apart, before one 分别是 list (modelled on a court's 机构设置): the
    # list names the members of both, and which are whose the text does not say
    ("本院内设9个职能部门,派出法庭2个,分别是办公室、政治处、立案庭、刑事审判庭、民事审判庭、行政审判庭、"
     "执行局、审判管理办公室、司法警察大队,东城法庭、西城法庭。", False),
    # a noun-first count alone before its list is still checked
    ("本院派出法庭3个,分别是东城法庭、西城法庭。", True),
])
def test_c703_a_list_shared_by_two_counts_is_left_alone(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # a list announced with 共 alone before its count (共 N 个项目：…), modelled on a 决算说明's project list
    ("馆内共 5 个项目：东馆改造、西馆改造、古籍修复、少儿阅览、数字借阅。", False),
    ("馆内共 6 个项目：东馆改造、西馆改造、古籍修复、少儿阅览、数字借阅。", True),
    ("全馆共计 4 个部室：办公室、借阅部、活动部。", True),
    # 等 closes a list that may name fewer items than its count
    ("馆藏共涉及 12 类，包括甲、乙、丙、丁、戊、己、庚、辛、壬、癸、子等。", False),
    # a count of sub-counts (其中…) is no list of names
    ("馆内共 7 个项目：其中新建 3 个，续建 4 个。", False),
    # points numbered in the sentence, and points opening with 一是, after 共
    ("馆内共 4 个项目：（1）东馆改造；（2）西馆改造；（3）古籍修复。", True),
    ("馆内共 3 个项目：（1）东馆改造；（2）西馆改造；（3）古籍修复。", False),
    ("馆内共 4 个方面：一是东馆改造，二是西馆改造，三是古籍修复。", True),
])
def test_announced_count_after_gong(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # a unit's second name in brackets (加挂…牌子) lengthens the item, not the name: still a list of
    # names (modelled on a township's 单位构成)
    ("所属事业单位 4 个，分别为：东湖文化服务中心、西山社会事务综合服务中心（加挂“退役军人服务站”牌子）、"
     "南岭农业农村综合服务中心（加挂“村级会计委托代理服务中心”牌子）。", True),
    ("所属事业单位 3 个，分别为：东湖文化服务中心、西山社会事务综合服务中心（加挂“退役军人服务站”牌子）、"
     "南岭农业农村综合服务中心（加挂“村级会计委托代理服务中心”牌子）。", False),
    # a long item outside brackets is still a sentence, not a name
    ("存在 3 个问题：图书更新速度较慢且采购流程不够规范导致读者借阅需求难以及时得到满足、借阅率不高。", False),
])
def test_announced_count_bracketed_second_names(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # 和 inside one unit's name joins its fields, not two names (modelled on a township's 单位构成)
    ("所属事业单位 4 个，分别为：东湖文化服务中心、西山为民服务中心、南岭生态环境和农业农村综合服务中心。", True),
    ("所属事业单位 3 个，分别为：东湖文化服务中心、西山为民服务中心、南岭生态环境和农业农村综合服务中心。", False),
    # two units' names joined by 和 (each ends like a unit's name)
    ("所属事业单位 4 个，分别为：东湖文化服务中心、西山为民服务中心、南岭文化馆和图书馆。", False),
    # anything else joined by 和 may be one item or two, as before
    ("全年开展 3 项工作：读者宣传、图书采购和编目。", False),
])
def test_announced_count_and_inside_a_name(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # the verb takes its aspect particle (设置了 / 设立了 / 下设了): a township's posts announced in its
    # 部门概况 (modelled on a township's 决算说明)
    ("本镇设置了 5 个工作岗位，分别是党政办、财政所、规划所、综治办、产业办。", False),
    ("本镇设置了 6 个工作岗位，分别是党政办、财政所、规划所、综治办、产业办。", True),
    ("馆内设立了 3 个部室：办公室、借阅部、活动部、研究部。", True),
    ("馆内下设了 4 个部室：办公室、借阅部、活动部、研究部。", False),
])
def test_announced_count_verb_with_aspect_particle(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires



# A 部门决算说明's 机构设置 (modelled on a city bureau's): the total of its budget units is the sum
# of groups with their own counts (本级, 2家参照公务员管理单位, then two kinds of 事业单位 in the
# paragraphs after, 一是…4家 二是…5家), and each group's names end where the clause of their
# duties starts (,分别承担…任务).
def test_units_counted_in_groups_over_paragraphs_are_quiet():
    assert run_fixture(AnnouncedCountMismatch, "unit_groups_accounts.txt") == []


@pytest.mark.parametrize(("body", "fires"), [
    ("设有5个科室：办公室、财务科、业务科、综合科。", True),  # a real miscount still fires
    ("设有4个科室：办公室、财务科、业务科、综合科。", False),
    # the list ends where the clause after it starts: its items are the names before it
    ("下属事业单位4家,包括:东区站、西区站、南区站、北区站,分别承担育苗、巡护、防火及检疫任务。", False),
    ("下属事业单位3家,包括:东区站、西区站、南区站、北区站,分别承担育苗、巡护、防火及检疫任务。", True),
    ("下设3个中心：甲中心、乙中心和丙中心，主要负责培训、考核、认证、档案等工作。", False),
    ("下设4个中心：甲中心、乙中心、丙中心分别负责培训、考核、认证工作。", True),
    # the items are groups with counts of their own, the rest in the paragraphs after: not countable here
    ("本部门包括9家单位,包括机关本级和东区站、西区站2家参公单位,及以下两类事业单位:\n一是全额拨款事业单位6家。", False),
    ("本部门包括7家单位,包括机关本级和东区站、西区站2家参公单位,以及林场4家。", False),
])
def test_lists_end_where_their_clause_starts(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires


@pytest.mark.parametrize(("body", "fires"), [
    # the owners named before the verb that sets the units up (a township's 党委、政府 that 设置 its
    # offices, modelled on a 镇's 部门决算) are the sentence's subject, not the list its count counts
    ("某镇党委、政府综合设置 7 个内设机构，承担全镇的日常管理和公共服务工作。", False),
    ("文化馆、图书馆联合设立 2 个流动服务点，每周开放五天。", False),
    # the list right before its count is still counted
    ("某镇设置党政办公室、经济发展办公室、社会事务办公室等 2 个内设机构。", True),
])
def test_announced_count_owners_before_a_setting_verb(body, fires):
    assert bool(run(AnnouncedCountMismatch, REPORT.format(body=body))) == fires
