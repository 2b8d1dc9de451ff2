import codecs

import pytest

from perflint.read.errors import InputError
from perflint.read.loader import load

TEXT = "示范单位2023年度部门决算\n\n一、部门主要职责\n"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("gb18030", b"")])
def test_encodings_are_read(tmp_path, encoding, bom):
    path = tmp_path / "draft.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    doc = load(path)
    assert doc.parts[0].fiscal_year == 2023
    assert doc.parts[0].title == "示范单位2023年度部门决算"


def test_binary_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError) as info:
        load(path)
    assert "blob.txt" in str(info.value)


def test_unsupported_and_missing_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "report.docx")
    (tmp_path / "empty.docx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a valid .docx"):
        load(tmp_path / "empty.docx")
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")


DRAFT_TC = "青禾縣文化館2023年度部門決算說明\n本年收入合計150.85萬元，較上年增加12.30萬元，主要原因是人員經費增加。\n"
DRAFT_SC = "青禾县文化馆2023年度部门决算说明\n本年收入合计150.85万元，较上年增加12.30万元，主要原因是人员经费增加。\n"


def test_big5_is_refused_not_read_as_garbage(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(DRAFT_TC.encode("big5"))
    with pytest.raises(InputError, match="Big5"):
        load(path)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_supported_encodings_read_the_same_text(tmp_path, encoding):
    path = tmp_path / f"draft-{encoding}.txt"
    path.write_bytes(DRAFT_SC.encode(encoding))
    assert load(path).lines[1] == DRAFT_SC.splitlines()[1]


def test_short_gbk_draft_is_accepted(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("本年收入合计150.85万元。".encode("gbk"))
    assert load(path).lines[0] == "本年收入合计150.85万元。"
