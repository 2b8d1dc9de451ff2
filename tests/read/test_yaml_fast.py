"""libyaml's fast path composes the node tree ruamel's pure path composes, or hands the draft over.

Compared, for every YAML draft we have and a set of tricky ones: tags, values, styles, anchors
and start and end marks of every node (comments are not compared: the reader reads none from
nodes). Whatever the fast path refuses, :func:`compose` reads on the pure path, so the outcome of
``compose`` (a tree, or an error's message, line and column) must be the same either way.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import warnings
from pathlib import Path

import pytest
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from perflint.read import yaml_fast, yaml_nodes
from perflint.read.errors import InputError
from perflint.read.yaml_draft import parse_yaml

pytestmark = pytest.mark.skipif(yaml_fast.CParser is None, reason="ruamel.yaml.clib is not installed")

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted(p for folder in ("tests", "examples") for p in (ROOT / folder).rglob("*.y*ml")
                if p.suffix in (".yaml", ".yml"))
DOC_EXAMPLES = re.findall(r"^```yaml\n(.*?)^```", (ROOT / "docs" / "yaml-format.md").read_text(encoding="utf-8"),
                          re.M | re.S)

# Drafts where libyaml and ruamel part ways, or might: each is read alike whichever path reads it.
TRICKY = {
    "chinese": "标题: 示例县2023年度项目支出绩效自评报告\n段落:\n  - 全年完成任务58项，完成率64%，“加引号”\n  - '单引号：内容'\n",
    "astral": "a: 𠀀𠀁 文字 😀\nb: [😀, '𠀀']\nc: 全角　空格\nd: \u00a0不换行空格\n",
    "crlf": "a: 1\r\nb:\r\n  - 中文\r\n  - \"x\"\r\nc: |\r\n  一\r\n  二\r\nd: >\r\n  f1\r\n  f2\r\n",
    "cr_only": "a: 1\rb: 2\rc: |\r  x\r  y\r",
    "tab_in_quoted": "a: \"x\ty\"\nb: '甲\t乙'\n",
    "tab_in_plain": "report_date: 2024年3\t月10日\n",
    "tab_indent": "a:\n\t- x\n",
    "line_separators": "a: 1\u2028b: 2\nc: x\x85y\nd: p\u2029q\n",
    "bom_inside": "a: 1\nb: x\ufeffy\n\ufeffc: 2\n",
    "long_line": "a: " + "很长的文本，" * 3000 + "\nb: 1\n",
    "flow_empty_values": "a: {x: , y: 1, z}\nb: [a: , c: d, e]\nc: {? k}\nd: [x, {y: }]\n",
    "flow": "rows:\n  - [项目, 金额, 比例]\n  - {item: 总额, budget: 623.30, rate: 85.59%}\n  - [\n      多行, \"流式\"\n    ]\n",
    "flow_empties": "a: {x: , y: 1, z}\nb: [a: , c: d, e]\nc: {? k}\nd: {x:\n  , y: 1}\ne: {x: # c\n  }\n",
    "flow_colon_plain": "a: http://x.y/z\nb: 时间:上午\nc: {u: a:b}\n",
    "literal": "a: |\n  第一行\n\n  第三行\n    缩进\nb: |-\n  x\n\n\nc: |+\n  y\n\nd: |2\n   lead\n",
    "folded": "a: >\n  第一行\n  接着\n\n  新段\n    缩进\n  末尾\nb: >-\n  x\n  y\nc: >+\n  z\n\n",
    "block_headers": "a: |  # c\n  x\nb: >-2\n   y\nc: |#\n  z\nd: |\n \n  more\ne: >\n\n  ok\n",
    "block_at_end": "a: |\n  one\n  two",
    "quoted_escapes": "a: \"tab\\tnl\\nuni\\u4e2d\\x41 \\\\ \\\" end\"\nb: 'it''s'\nc: \"multi\n  line\n\n  para\"\n"
                      "d: 'multi\n  single'\ne: \"\\\n  cont\"\nf: \"\\/\\L\\P\\N\\_\"\n",
    "plain_multiline": "a: first\n  second\n\n  third\n",
    "anchors": "base: &b\n  x: 1\n  y: [1, 2]\nother: *b\nlist:\n  - &s 单值\n  - *s\nm:\n  <<: *b\n  z: 3\n",
    "anchor_reused": "a: &x 1\nb: &x 2\nc: *x\n",
    "alias_undefined": "a: *nothing\n",
    "alias_bomb": "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e]\n",
    "merge": "a: &a {x: 1}\nb:\n  <<: *a\n  y: 2\n",
    "multi_document": "a: 1\n---\nb: 2\n",
    "document_markers": "---\na: 1\n...\n",
    "document_ends": "a:\n...\n...\n",
    "empty_document": "---",
    "tags": "a: !!str 123\nb: !custom x\nc: ! 12\nd: !!null\n",
    "python_tag": "a: !!python/object/apply:os.system ['true']\n",
    "directive": "%YAML 1.2\n---\na: 1\n",
    "directive_1_1": "%YAML 1.1\n---\na: yes\n",
    "resolution": "i: 1\nf: 1.5\no: 0o17\nh: 0x1F\nb: true\nb2: yes\nn: ~\nn2: null\nd: 2024-03-15\n"
                  "t: 2024-03-15T10:00:00Z\ns: 1_000\ne: 1e3\np: +12\nz: 012\ninf: .inf\nnan: .NaN\nr: 1:20\n",
    "duplicate_keys": "a: 1\na: 2\n",
    "complex_keys": "? a\n: 1\n? [x, y]\n: 2\n",
    "empty_values": "a:\nb: 1\nc:\nd:\n  e:\n  f: 2\ng:\n",
    "empty_value_comments": "a:   # note\nb: 1\nc:\n# full line\nd: 2\ne:\n  # inner\n  f: 1\ng: # tail\n",
    "empty_value_variants": "a:\n  # indented\nb: 1\nc: # same line\n  # continued\nd:\n\n\ne:\n  f: # c\ng:\n  h:\n"
                            "i: 2\nj:\n- k:\n- l:\n  m: # x\n",
    "empty_before_odd_keys": "a:\n? b\n: 1\nc:\n\"q\": 2\nd:\n&an e: 3\nf:\n",
    "empty_anchored": "a: &x\nb: *x\nc: &y # c\nd: 1\n",
    "empty_items": "a:\n  -\n  - x\n  -\nb:\n- \n- y\n",
    "empty_at_end": "a:\n  b:",
    "empty_comment_at_end": "a:\n  b: # c",
    "comment_overlap": "a: 1\ng: # tail\n 1\n\n",
    "no_final_break": "a: 1\nb:\n  - x\n  - y",
    "comments": "# head\na: 1 # tail\n# mid\nb:\n  - x # c\n  # between\n  - y\n# end\n",
    "indentless_sequence": "a:\n- x\n- y\nb: 1\n",
    "nested": "a:\n" + "".join("  " * i + "- \n" for i in range(1, 60)),
    "too_deep": "a: " + "[" * 150 + "]" * 150 + "\n",
    "trailing_spaces": "a: x   \nb: 'y'   \nc:    \n",
    "spaces_before_colon": "a   : 1\nb :\n  - x\n",
    "scalar_root": "just text\n",
    "sequence_root": "- a\n- b\n",
    "comment_only": "# only\n",
    "broken_flow": "a: [1, 2\nb: 3\n",
    "bad_indent": "a: 1\n b: 2\n",
    "colon_in_value": "a: b: c\n",
    "reserved": "a: @x\nb: `y\n",
    "control_character": "a: x\x07y\n",
    "nul": "a: x\x00y\n",
    "big_version": "%YAML 1.99999\n---\na: 1\n",
}


def tree(node: Node | None) -> object:
    """A node as nested tuples: kind, tag, value, style, anchor and start and end (line, column)."""
    if node is None:
        return None
    marks = (node.start_mark.line, node.start_mark.column, node.end_mark.line, node.end_mark.column)
    if isinstance(node, ScalarNode):
        return ("scalar", node.tag, node.value, node.style, node.anchor, marks)
    head = (node.tag, node.flow_style, node.anchor, marks)
    if isinstance(node, SequenceNode):
        return ("sequence", *head, [tree(item) for item in node.value])
    assert isinstance(node, MappingNode)
    return ("mapping", *head, [(tree(k), tree(v)) for k, v in node.value])


def outcome(text: str, fast: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    """What :func:`compose` gives, with or without the C parser: a tree, an error, or a crash."""
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(yaml_fast, "CParser", None)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # ruamel warns of a reused anchor
                return tree(yaml_nodes.compose(text, "draft.yaml"))
        except InputError as exc:
            return ("error", str(exc), exc.line, exc.column)
        except Exception as exc:  # noqa: BLE001 - a ruamel bug on the pure path, compared too
            return ("crash", type(exc).__name__, str(exc))


def fast_tree(text: str) -> object:
    root, _aliases = yaml_fast.compose_fast(text, yaml_nodes.MAX_NESTING)
    return tree(root)


def pure_tree(text: str) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return tree(yaml_nodes._compose_pure(text, "draft.yaml"))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8").removeprefix("\ufeff")


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_our_drafts_compose_alike(path, monkeypatch):
    text = _read(path)
    assert outcome(text, True, monkeypatch) == outcome(text, False, monkeypatch)


@pytest.mark.parametrize("path", [p for p in DRAFTS if "broken" not in p.name], ids=lambda p: p.name)
def test_our_valid_drafts_take_the_fast_path(path):
    """The speed is there for drafts as people write them, not only for the easy ones."""
    text = _read(path)
    assert fast_tree(text) == pure_tree(text)


@pytest.mark.parametrize("text", DOC_EXAMPLES)
def test_the_format_documentation_examples_take_the_fast_path(text):
    assert fast_tree(text) == pure_tree(text)


@pytest.mark.parametrize("name", TRICKY)
def test_tricky_drafts_compose_alike(name, monkeypatch):
    text = TRICKY[name]
    expected = outcome(text, False, monkeypatch)
    assert outcome(text, True, monkeypatch) == expected
    if expected is None or expected[0] in ("error", "crash"):
        return
    try:
        fast = fast_tree(text)
    except Exception:  # noqa: BLE001 - handed over to the pure path, compared above
        return
    assert fast == pure_tree(text)


@pytest.mark.parametrize("name", ["chinese", "astral", "crlf", "cr_only", "long_line", "flow", "flow_empty_values",
                                  "literal", "folded", "quoted_escapes", "plain_multiline", "anchors", "merge",
                                  "resolution", "duplicate_keys", "complex_keys",
                                  "empty_values", "empty_value_comments", "empty_value_variants", "empty_anchored",
                                  "empty_items", "empty_at_end", "empty_comment_at_end", "no_final_break",
                                  "comments", "indentless_sequence", "nested", "empty_document"])
def test_tricky_drafts_the_fast_path_reads_itself(name):
    """These are common enough, or cheap enough to get right, not to be handed over."""
    text = TRICKY[name]
    assert fast_tree(text) == pure_tree(text)


@pytest.mark.parametrize("name", ["tab_in_quoted", "line_separators", "bom_inside", "flow_colon_plain", "block_headers",
                                  "anchor_reused", "multi_document", "document_markers", "document_ends", "tags", "directive",
                                  "too_deep", "empty_before_odd_keys", "alias_undefined"])
def test_what_the_fast_path_hands_over(name):
    with pytest.raises(Exception):  # noqa: B017 - Unsupported or libyaml's own error, either hands over
        yaml_fast.compose_fast(TRICKY[name], yaml_nodes.MAX_NESTING)


def test_errors_keep_the_pure_paths_words_and_place(monkeypatch):
    """Every error comes from the pure path, even where libyaml found it first."""
    for name in ("broken_flow", "bad_indent", "colon_in_value", "reserved", "tab_in_plain", "too_deep", "alias_bomb"):
        fast, pure = outcome(TRICKY[name], True, monkeypatch), outcome(TRICKY[name], False, monkeypatch)
        assert fast == pure and fast[0] == "error", name


hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_LEADS = ["", "key: ", "标题: ", "- ", "- k: ", "? ", ": ", "'q k': ", "&a k: ", "<<: ", "k:"]
_VALUES = ["", "值", "1", "1.50", "0o7", "2024-03-15", "~", "null", "yes", "'单引号''s'", '"双引号\\n"', '"a', "|", "|-",
           ">", ">+", "|2", "|#", "[a, b]", "[a: , b]", "{x: , y: 1}", "{z}", "[", "]", "{", "}", "*a", "&a v", "!!str x",
           "a: b", "a:b", "@x", "...", "---", "%YAML 1.2", "多行\n  续行", "  缩进"]
_LINE = st.tuples(st.sampled_from(["", " ", "  ", "    "]), st.sampled_from(_LEADS), st.sampled_from(_VALUES),
                  st.sampled_from(["", "", " # 注释", "  "])).map("".join)
yaml_lines = st.tuples(st.lists(_LINE, max_size=12), st.sampled_from(["\n", "\r\n", "\n\n"]), st.booleans()).map(
    lambda t: t[1].join(t[0]) + (t[1] if t[2] else ""))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_lines)
def test_generated_drafts_compose_alike(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        expected = outcome(text, False, monkeypatch)
        assert outcome(text, True, monkeypatch) == expected


_WORDS = ["值", "示例县图书馆", "1133.10", "85.59%", "2024-03-15", "2024年3月", "≥90%", "a:b", "a#b", "x y", "~", "yes",
          "0o17", "1_000", "全角　空格", "😀", "-1", ".5", "null", "k"]
_SPACES = st.sampled_from(["", " ", "  ", "   "])


@st.composite
def _scalar(draw, indent: int) -> str:
    """A scalar after ``key:`` or ``- `` at ``indent``: plain, quoted, multi-line or a block scalar."""
    word = draw(st.sampled_from(_WORDS))
    pad = " " * (indent + 2)
    kind = draw(st.sampled_from(["plain", "plain", "single", "double", "lines", "block", "empty"]))
    if kind == "single":
        return f" '{word}''s {draw(st.sampled_from(_WORDS))}'"
    if kind == "double":
        return f' "{word}\\t\\u4e2d{draw(st.sampled_from(["", chr(10) + pad + "续", chr(10) + chr(10) + pad + "段"]))}"'
    if kind == "lines":
        return f" {word}\n{pad}{draw(st.sampled_from(_WORDS))}"
    if kind == "block":
        header = draw(st.sampled_from(["|", ">", "|-", ">+", "|2", ">-", "|  # 注释"]))
        body = draw(st.lists(st.sampled_from(["", " ", "  ", "   ", "甲", "乙 丙", "  更缩进", "末"]), min_size=1, max_size=5))
        lines = [pad + line if line.strip() else draw(_SPACES) for line in body]
        return f" {header}\n" + "\n".join(lines)
    if kind == "empty":
        return draw(st.sampled_from(["", " ", " # 空"]))
    return f" {word}{draw(st.sampled_from(['', '  ', ' # 注释']))}"


@st.composite
def _block(draw, indent: int, depth: int) -> str:
    """A block mapping or sequence at ``indent``, with comments and blank lines between entries."""
    pad = " " * indent
    sequence = draw(st.booleans())
    entries = []
    for i in range(draw(st.integers(1, 4))):
        lead = f"{pad}- " if sequence else f"{pad}{draw(st.sampled_from(['键', 'k', '“引”', 'a b']))}{i}:"
        shape = draw(st.sampled_from(["scalar", "scalar", "flow", "nested"] if depth < 3 else ["scalar", "flow"]))
        if shape == "nested":
            inner = draw(_block(indent + draw(st.sampled_from([2, 4])) - (0 if sequence or draw(st.booleans()) else 2)
                                if not sequence else indent + 2, depth + 1))
            entry = f"{lead}{draw(st.sampled_from(['', ' # 注释']))}\n{inner}"
        elif shape == "flow":
            entry = lead + " " + draw(st.sampled_from(["[a, b]", "{x: , y: 1}", "[a: , c]", "{z}", "[]", "{}",
                                                      "[多, '行',\n" + pad + "  尾]"]))
        else:
            entry = lead + draw(_scalar(indent))
        entries.append(entry)
        entries.extend(draw(st.lists(st.sampled_from(["", pad + "# 注释", "  # 缩进注释", "   "]), max_size=2)))
    return "\n".join(entries)


valid_yaml = st.tuples(_block(0, 0), st.sampled_from(["\n", "\r\n"]), st.sampled_from(["", "\n", "\n\n"])).map(
    lambda t: t[0].replace("\n", t[1]) + t[2].replace("\n", t[1]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_yaml)
def test_generated_yaml_of_every_shape_composes_alike(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        expected = outcome(text, False, monkeypatch)
        if expected is not None and expected[:2] == ("crash", "NotImplementedError"):
            return
        assert outcome(text, True, monkeypatch) == expected


def _document(text: str) -> str:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return repr(parse_yaml(text, "draft.yaml"))
    except InputError as exc:
        return f"{exc} {exc.line}:{exc.column}"
    except Exception as exc:  # noqa: BLE001 - a ruamel bug on the pure path (``%YAML 1.99999``)
        return f"crash {exc!r}"


@pytest.mark.parametrize("text", [_read(p) for p in DRAFTS] + DOC_EXAMPLES + list(TRICKY.values()))
def test_documents_are_the_same(text, monkeypatch):
    """The whole reader on top: the same document, anchors and all, or the same error."""
    fast = _document(text)
    monkeypatch.setattr(yaml_fast, "CParser", None)
    assert _document(text) == fast


def test_without_the_c_module_the_pure_path_reads_everything(monkeypatch):
    """A Python without the ruamel.yaml.clib wheel: yaml_fast imports, and hands every draft over."""
    monkeypatch.setitem(sys.modules, "_ruamel_yaml", None)  # ``import _ruamel_yaml`` now fails
    try:
        reloaded = importlib.reload(yaml_fast)
        assert reloaded.CParser is None
        with pytest.raises(yaml_fast.Unsupported):
            reloaded.compose_fast("a: 1\n", 100)
        text = _read(ROOT / "examples" / "self-evaluation.yaml")
        monkeypatch.setattr(yaml_nodes, "_compose_pure", _counting(yaml_nodes._compose_pure, calls := []))
        assert parse_yaml(text, "x.yaml").parts and calls == [1]
    finally:
        monkeypatch.delitem(sys.modules, "_ruamel_yaml")
        importlib.reload(yaml_fast)
    assert yaml_fast.CParser is not None


def _counting(function, calls: list[int]):
    def wrapper(*args):
        calls.append(1)
        return function(*args)
    return wrapper


def test_a_text_draft_does_not_load_the_c_module(tmp_path):
    """libyaml loads with the first YAML draft, never for a text draft's cold start."""
    import subprocess

    draft = tmp_path / "d.txt"
    draft.write_text("示范项目2023年度绩效自评报告\n\n一、基本情况\n\n预算100万元。\n", encoding="utf-8")
    probe = ("import sys, perflint.cli\nsys.argv = ['perflint', 'check', '--isolated', sys.argv[1]]\n"
             "try:\n    perflint.cli.main()\nexcept SystemExit:\n    pass\n"
             "print('_ruamel_yaml' in sys.modules, 'perflint.read.yaml_fast' in sys.modules)")
    # the cold start of a run whose data cache is filled: the first run parses the data files
    # (with libyaml) when a phrase list changed since the cache was written, so run twice
    env = {**os.environ, "PERFLINT_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):
        out = subprocess.run([sys.executable, "-c", probe, str(draft)], capture_output=True, text=True,
                             encoding="utf-8", cwd=tmp_path, env=env)
    assert out.stdout.strip().splitlines()[-1] == "False False", out.stdout + out.stderr


def _slots(node: Node) -> dict[str, object]:
    return {name: getattr(node, name) for cls in type(node).__mro__ for name in getattr(cls, "__slots__", ())}


def test_nodes_made_in_place_hold_what_their_constructors_set():
    """The fast path sets a node's slots itself (no ``__init__``): every slot ruamel's
    constructor sets is set, to the same value, for the ruamel this was written against."""
    from ruamel.yaml.error import StringMark

    assert yaml_fast._SLOTS_AS_WRITTEN  # else the constructors are used, and nothing is compared
    start, end = StringMark("d", 0, 0, 0, None, None), StringMark("d", 3, 0, 3, None, None)
    tag = yaml_fast._MAPPING_TAG
    made = yaml_fast._scalar_node(tag, "abc", start, end, '"', "x")
    assert _slots(made) == _slots(ScalarNode(tag, "abc", start, end, style='"', anchor="x"))
    for cls in (SequenceNode, MappingNode):
        made = yaml_fast._collection_node(cls, tag, start, True, None)
        assert type(made) is cls
        assert _slots(made) == _slots(cls(tag, [], start, None, flow_style=True, anchor=None))
