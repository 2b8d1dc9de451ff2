"""The administrative level of a unit, read from its name (省, 市/州, 县/区)."""

from __future__ import annotations

from perflint.text.normalise import compact
from perflint.text.patterns import lazy_compile

_ADMIN = lazy_compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:自治区|省|自治州|市|州|盟|县|区|旗))+")


def admin_level(organisation: str) -> tuple[str, str] | None:
    """(level, place) of a unit from its name: 曾都区医疗保障局 -> ("county", "曾都区")."""
    m = _ADMIN.match(compact(organisation))
    if not m:
        return None
    place = m.group(0)
    if place.endswith(("县", "区", "旗")):
        return "county", place
    if place.endswith(("市", "州", "盟", "自治州")):
        return "city", place
    return "province", place
