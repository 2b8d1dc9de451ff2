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
    (tmp_path / "empty.docx").write_bytes(b"")
    with pytest.raises(InputError, match="not a valid .docx"):
        load(tmp_path / "empty.docx")
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.txt")
