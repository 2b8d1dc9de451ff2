"""The incremental bracket depth of announced counts agrees with counting from the start."""

import random

from perflint.extract.announced_counts import _CLOSE, _OPEN, _Depth


def _naive(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth == 0


def test_depth_matches_a_count_from_the_start() -> None:
    rng = random.Random(7)
    alphabet = "甲乙，。" + _OPEN[:2] + _CLOSE[:2]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        depth = _Depth(text)
        for pos in sorted(rng.sample(range(len(text) + 1), k=min(5, len(text) + 1))):
            assert depth.top_level(pos) == _naive(text, pos)
