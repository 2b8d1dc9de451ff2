"""The text layer's one normalisation keeps a map back to the source characters."""

from perflint.text.normalise import fold, fold_phrase


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
