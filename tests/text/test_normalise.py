"""The text layer's one normalisation keeps a map back to the source characters."""

from perflint.text.normalise import compacted, fold, fold_phrase


def test_width_variants_fold_and_spaces_drop():
    f = fold("（二）收入 １２３．５ 万元：")
    assert f.text == "(二)收入123.5万元:"


def test_offsets_map_back_to_the_source():
    src = "根据 提供的　数据，支出"
    f = fold(src)
    start = f.text.index("提供的数据")
    s, e = f.source_span(start, start + len("提供的数据"))
    assert src[s:e] == "提供的　数据"


def test_phrase_folds_like_text():
    assert fold_phrase("（ 万元 ）") == "(万元)"
    assert fold("").text == "" and fold("  ").source_span(0, 0) == (2, 2)


def test_compacted_drops_white_space_only_and_maps_back():
    """A PDF's 农业局 2019 年（暇县）: white space goes, the characters stay as typed (no width
    folding), and a span of the compacted text is located in the source."""
    c = compacted("农业局 2019 年（暇县）")
    assert c.text == "农业局2019年（暇县）"
    assert c.source_span(3, 8) == (4, 10)
    assert compacted("无空格").text == "无空格"
