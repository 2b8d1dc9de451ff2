"""--output FILE: atomic, never over an input; the report file holds plain text."""

from __future__ import annotations

import json
import os

import pytest

from perflint.report.output import OutputError, write_atomic

from .conftest import invoke


def test_output_file_holds_the_report_and_stdout_is_empty(drafts, tmp_path):
    target = tmp_path / "report.json"
    run = invoke("--format", "json", "--output", str(target), str(drafts["bad"]))
    assert run.code == 1
    assert run.out == ""
    assert [d["code"] for d in json.loads(target.read_text(encoding="utf-8"))] == ["D208", "D208", "B311", "Y502"]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_text_output_has_no_colour_codes(drafts, tmp_path):
    target = tmp_path / "report.txt"
    invoke("-o", str(target), str(drafts["bad"]))
    text = target.read_text(encoding="utf-8")
    assert "Y502" in text and "\x1b[" not in text


@pytest.mark.parametrize("flag", ["--output", "--write-baseline"])
def test_refuses_to_write_over_an_input(drafts, flag):
    before = drafts["bad"].read_text(encoding="utf-8")
    run = invoke("--lang", "en", flag, str(drafts["bad"]), str(drafts["bad"]), str(drafts["clean"]))
    assert run.code == 2
    assert "refusing" in run.err and "input" in run.err
    run = invoke(flag, str(drafts["bad"]), str(drafts["bad"]), str(drafts["clean"]))
    assert run.code == 2 and "拒绝写入" in run.err
    assert drafts["bad"].read_text(encoding="utf-8") == before


def test_refuses_an_input_found_in_a_folder(drafts, tmp_path):
    run = invoke("--lang", "en", "--output", str(drafts["clean"]), str(tmp_path))
    assert run.code == 2 and "refusing" in run.err


def test_missing_output_folder_is_a_clear_error(drafts, tmp_path):
    run = invoke("--lang", "en", "--output", str(tmp_path / "nope" / "r.json"), str(drafts["clean"]))
    assert run.code == 2 and "does not exist" in run.err
    run = invoke("--output", str(tmp_path / "nope" / "r.json"), str(drafts["clean"]))
    assert run.code == 2 and "r.json：文件夹" in run.err and "不存在" in run.err


def test_write_atomic_replaces_and_keeps_mode(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_atomic(target, "新内容\n")
    assert target.read_text(encoding="utf-8") == "新内容\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def test_write_atomic_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")

    def boom(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]
