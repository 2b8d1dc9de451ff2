"""A seeded generator of realistic drafts for the benchmarks (never for the test suite).

Units copy each other: the same boilerplate paragraphs and the same indicators turn up in many
reports, a project report carries its 自评表 and a bundle carries 附件 after the main text. The
generator draws every draft from one shared pool per seed, so a folder of generated drafts has
that copying, and ``size`` scales one draft (more projects, paragraphs and indicator rows) the
way a department's overall report grows. Every name and figure is invented.

    python benchmarks/generate.py OUT_DIR --drafts 200 --size 1 --seed 7 [--yaml-share 0.3]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

UNITS = ["示范县{}局", "样例市{}中心", "某区{}站", "示例县{}服务中心", "虚构镇{}办公室"]
FIELDS = ["农业农村", "水利", "林业", "卫生健康", "文化旅游", "教育", "交通运输", "生态环境", "民政", "自然资源"]
PROJECTS = ["农田水利设施维护", "乡村道路养护", "基层医疗设备购置", "图书馆免费开放", "森林防火巡护",
            "农技培训推广", "困难群众救助", "河道保洁", "学生营养改善", "污水处理运行", "文物保护修缮",
            "公共就业服务", "村级卫生室建设", "防汛物资储备", "耕地地力保护"]
INDICATORS = [  # (level1, level2, name, unit, target)
    ("产出指标", "数量指标", "培训人次", "人次", 800), ("产出指标", "数量指标", "维护设施数量", "处", 40),
    ("产出指标", "数量指标", "购置设备数量", "台", 25), ("产出指标", "质量指标", "验收合格率", "%", 95),
    ("产出指标", "质量指标", "设备完好率", "%", 90), ("产出指标", "时效指标", "任务按时完成率", "%", 100),
    ("产出指标", "成本指标", "单位成本控制率", "%", 100), ("效益指标", "社会效益指标", "受益群众人数", "人", 5000),
    ("效益指标", "经济效益指标", "带动增收", "万元", 120), ("效益指标", "生态效益指标", "水质达标率", "%", 90),
    ("效益指标", "可持续影响指标", "长效管护机制覆盖率", "%", 80),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", 90),
]
BOILERPLATE = [
    "我单位高度重视绩效管理工作，成立了以主要负责人为组长的绩效自评工作领导小组，明确职责分工，确保自评工作有序开展。",
    "项目资金严格按照财政资金管理规定使用，实行专款专用，未发现截留、挤占、挪用项目资金的情况。",
    "通过项目实施，进一步提升了公共服务水平，群众获得感和满意度明显增强，项目预期绩效目标基本实现。",
    "一是绩效目标设置不够细化，部分指标难以量化考核；二是项目前期论证不够充分，预算执行进度偏慢。",
    "下一步，我单位将加强预算绩效管理，强化绩效目标审核，加快预算执行进度，提高财政资金使用效益。",
    "项目立项依据充分，符合国家法律法规和部门职责，绩效目标与实际工作内容具有相关性。",
    "按照县财政局关于开展预算绩效自评工作的通知要求，我单位对照绩效目标，逐项开展自评。",
    "本年度未发生重大安全责任事故，项目管理制度健全，档案资料完整规范。",
]
NUMERALS = "一二三四五六七八九十"
# Slips that hand-typed drafts make (a homophone, a doubled or dropped character), put into a
# tenth of the drawn paragraphs so the terms and duplicates checks have work as on real drafts.
SLIPS = [("绩效", "级效"), ("资金", "资今"), ("执行率", "执行律"), ("满意度", "满义度"), ("预算", "预算算"),
         ("专项资金", "专项资"), ("进一步", "进一不"), ("管理", "管管理")]


def _money(rng: random.Random, lo: float = 5, hi: float = 500) -> float:
    return round(rng.uniform(lo, hi), 2)


def _maybe_slip(rng: random.Random, text: str) -> str:
    if rng.random() < 0.1:
        right, wrong = rng.choice(SLIPS)
        return text.replace(right, wrong, 1)
    return text


class Pool:
    """What units copy from each other: paragraphs and indicator rows, drawn once per seed."""

    def __init__(self, rng: random.Random) -> None:
        self.paragraphs = BOILERPLATE + [self._paragraph(rng) for _ in range(40)]
        self.indicators = INDICATORS

    @staticmethod
    def _paragraph(rng: random.Random) -> str:
        project = rng.choice(PROJECTS)
        n, done = rng.randint(10, 90), rng.randint(10, 99)
        return (f"全年完成{project}任务{n}项，完成率{done}%，累计投入资金{_money(rng):.2f}万元，"
                f"惠及群众{rng.randint(200, 9000)}人次，工作成效较为明显。")


def _project_rows(rng: random.Random, pool: Pool, size: int) -> tuple[list[tuple], float, float]:
    rows, budget, spent = [], 0.0, 0.0
    for level1, level2, name, unit, target in rng.sample(pool.indicators, k=min(len(pool.indicators), 6 + size)):
        actual = round(target * rng.uniform(0.85, 1.1)) if unit != "%" else min(100, target + rng.randint(-5, 5))
        rows.append((level1, level2, name, f"≥{target}{unit}", f"{actual}{unit}"))
    for _ in range(3):
        b = _money(rng)
        budget += b
        spent += round(b * rng.uniform(0.8, 1.0), 2)
    return rows, round(budget, 2), round(spent, 2)


def text_draft(rng: random.Random, pool: Pool, size: int, year: int = 2023) -> str:
    """A 项目支出绩效自评报告 bundle: main text, one 自评表 per project, and 附件 at the end."""
    unit = rng.choice(UNITS).format(rng.choice(FIELDS))
    out = [f"{unit}", f"{year}年度项目支出绩效自评报告", ""]
    projects = rng.sample(PROJECTS, k=min(len(PROJECTS), size)) if size <= len(PROJECTS) else \
        [rng.choice(PROJECTS) + str(i) for i in range(size)]
    for p_no, project in enumerate(projects):
        rows, budget, spent = _project_rows(rng, pool, 1 + size % 4)
        rate = spent / budget * 100
        out += [f"{NUMERALS[p_no % 10]}、{project}项目", "", "（一）项目基本情况", "",
                f"{project}项目年度预算数{budget:.2f}万元，执行数{spent:.2f}万元，执行率{rate:.2f}%。", ""]
        out += [_maybe_slip(rng, rng.choice(pool.paragraphs)) for _ in range(2)] + [""]
        out += ["（二）绩效目标完成情况", ""]
        out += [f"{i}、{name}目标值{target}，实际完成{actual}。" for i, (_a, _b, name, target, actual) in
                enumerate(rows, start=1)] + [""]
        out += ["（三）存在的问题和原因", "", _maybe_slip(rng, rng.choice(pool.paragraphs)), "", "（四）下一步改进措施", "",
                _maybe_slip(rng, rng.choice(pool.paragraphs)), ""]
        out += [f"{year}年度{project}项目绩效自评表", "", f"填报日期：{year + 1}年3月\t总分：95", "",
                "预算执行情况（万元）（10分）\t\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（10分*执行率）",
                f"\t年度财政资金总额\t{budget:.2f}\t{spent:.2f}\t{rate:.2f}%\t{rate / 10:.1f}",
                "一级指标\t二级指标\t三级指标\t年初目标值（A）\t实际完成值（B）\t得分"]
        out += [f"{a}\t{b}\t{name}\t{target}\t{actual}\t10" for a, b, name, target, actual in rows]
        out += ["偏差大或目标未完成原因分析\t无", f"改进措施及结果应用方案\t{_maybe_slip(rng, rng.choice(pool.paragraphs))}", ""]
    out += ["附件1", "", "项目资金支出明细表", "", "单位：万元", "", "支出内容\t预算数\t执行数"]
    total_b = total_s = 0.0
    for item in ("设备购置费", "劳务费", "材料费", "培训费"):
        b = _money(rng, 1, 50)
        s = round(b * rng.uniform(0.8, 1.0), 2)
        total_b, total_s = total_b + b, total_s + s
        out.append(f"{item}\t{b:.2f}\t{s:.2f}")
    out += [f"合计\t{total_b:.2f}\t{total_s:.2f}", ""]
    return "\n".join(out) + "\n"


def yaml_draft(rng: random.Random, pool: Pool, size: int, year: int = 2023) -> str:
    """The same kind of report as a perflint YAML draft (sections, tables and a 自评表)."""
    unit = rng.choice(UNITS).format(rng.choice(FIELDS))
    project = rng.choice(PROJECTS)
    rows, budget, spent = _project_rows(rng, pool, size)
    lines = ["perflint: 1", f"title: {unit}{year}年度{project}项目支出绩效自评报告", f"organisation: {unit}",
             f"fiscal_year: {year}", "money_unit: 万元", f"report_date: {year + 1}年3月10日",
             "kind: project_self_evaluation", "", "sections:"]
    for s_no in range(2 + size):
        lines += [f"  - heading: {NUMERALS[s_no % 10]}、{rng.choice(['项目基本情况', '绩效目标完成情况', '存在的问题'])}",
                  "    paragraphs:"]
        lines += [f"      - {_maybe_slip(rng, rng.choice(pool.paragraphs))}" for _ in range(3)]
    lines += ["", "self_evaluation:", f"  title: {year}年度{project}项目绩效自评表", f"  project: {project}项目",
              f"  fill_date: {year + 1}年3月", "  total_score: 95", "  budget_execution:", "    weight: 10",
              "    rows:",
              f"      - {{item: 年度资金总额, budget: {budget:.2f}, actual: {spent:.2f}, "
              f"rate: {spent / budget * 100:.2f}%, score: 9.5}}", "  indicators:"]
    for a, b, name, target, actual in rows:
        lines.append(f'    - {{level1: {a}, level2: {b}, level3: {name}, target: "{target}", actual: "{actual}", '
                     f'weight: 10, score: 10, deviation: ""}}')
    return "\n".join(lines) + "\n"


def generate(out: Path, drafts: int, size: int = 1, seed: int = 7, yaml_share: float = 0.0) -> list[Path]:
    """Write ``drafts`` drafts of ``size`` projects each into ``out``; the same seed, the same files."""
    rng = random.Random(seed)
    pool = Pool(rng)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(drafts):
        if rng.random() < yaml_share:
            path = out / f"draft-{i:05d}.yaml"
            path.write_text(yaml_draft(rng, pool, size), encoding="utf-8")
        else:
            path = out / f"draft-{i:05d}.txt"
            path.write_text(text_draft(rng, pool, size), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--drafts", type=int, default=20)
    ap.add_argument("--size", type=int, default=1, help="projects per draft (scales one draft's length)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--yaml-share", type=float, default=0.3, help="share of drafts written as YAML")
    args = ap.parse_args()
    paths = generate(args.out, args.drafts, args.size, args.seed, args.yaml_share)
    print(f"{len(paths)} drafts, {sum(p.stat().st_size for p in paths) / 1e6:.2f} MB in {args.out}")


if __name__ == "__main__":
    main()
