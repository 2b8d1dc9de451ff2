"""The message catalogue (perflint/data/messages.yaml): every message the code names exists in
Chinese and English with the same arguments, and renders in the language asked for."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from perflint.catalogue import Msg, catalogue, msg, phrase, render
from perflint.read.errors import InputError

ROOT = Path(__file__).resolve().parent.parent / "perflint"
# A catalogue key as the code writes it: "family.name" in quotes (f-strings build option.kind.*).
_KEY = re.compile(r"""["']((?:input|format|encoding|size|yaml|config|option|baseline|output|cli|source|run)\.[a-z_.]+[a-z])["']""")
_NOT_KEYS = {"config.yml", "config.toml"}


def _used_keys() -> set[str]:
    keys = set()
    for path in ROOT.rglob("*.py"):
        keys |= {k for k in _KEY.findall(path.read_text(encoding="utf-8")) if k not in _NOT_KEYS}
    return keys


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_the_code_uses_is_in_the_catalogue():
    used = _used_keys()
    assert len(used) > 80
    assert not used - set(catalogue()), sorted(used - set(catalogue()))


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_each_entry_has_both_languages_with_the_same_arguments(key):
    entry = catalogue()[key]
    assert entry["zh"] and entry["en"]
    if key.startswith("phrase."):
        assert entry["en"] == "{text}" and entry["match"] == entry["match"].lower()
        return
    assert _fields(entry["zh"]) <= _fields(entry["en"]) | {"where"}, (entry["zh"], entry["en"])
    if re.sub(r"\{\w+\}|--[a-z-]+|[\s:：（）]", "", entry["zh"]):  # more than arguments and punctuation
        assert re.search(r"[\u4e00-\u9fff]", entry["zh"]), entry["zh"]


def test_a_message_renders_in_the_language_asked_for_and_nested_messages_too():
    m = msg("input.legacy_office", format=msg("format.legacy_office"), target=".docx")
    assert m.render("zh") == "这是 旧版 Office 文件（.doc/.xls/.wps/.et），perflint 无法读取：请打开后“另存为” .docx 格式"
    assert str(m) == m.render("en") and "a legacy Office file" in str(m)
    assert render([msg("yaml.found.list"), "x"], "zh") == "列表、x"


def test_an_unknown_key_or_bad_arguments_never_raise():
    assert Msg("no.such.key", a=1).render("zh").startswith("no.such.key")
    assert "{size}" in Msg("input.too_large").render("en") or "input.too_large" in Msg("input.too_large").render("en")


def test_parser_phrases_are_translated_and_others_kept():
    translated = phrase("mapping values are not allowed here")
    assert isinstance(translated, Msg) and "键: 值" in translated.render("zh")
    assert translated.render("en") == "mapping values are not allowed here"
    assert phrase("something new from a parser") == "something new from a parser"


def test_input_errors_render_the_file_line_and_reason_in_a_language():
    exc = InputError("d.yaml", msg("yaml.heading_empty", where="sections[0].heading"), 3, 7)
    assert exc.render("zh") == "d.yaml:3:7: sections[0].heading：标题是空的"
    assert str(exc) == exc.render("en") == "d.yaml:3:7: sections[0].heading: the heading is empty"
    assert exc.message == "sections[0].heading: the heading is empty"
