"""Split a record's eligibility text into ordered inclusion and exclusion items.

Records write the criteria in many ways: Markdown bullets under "Inclusion Criteria:" and
"Exclusion Criteria:" headings (any case, with or without colon, bold or ``#``), "Key inclusion criteria",
numbered lists ("1.", "a)"), nested sub-bullets, the classic plain-text layout with one criterion a line
under labels such as "Hepatic:", or no headings at all (then every item counts as inclusion).
Sub-bullets stay attached to the item they belong to.
"""

from __future__ import annotations

import re
from enum import StrEnum

from msgspec import Struct, field

from careorganiser.lazy_re import lazy
from careorganiser.trials.clauses import is_group_heading
from careorganiser.trials.markdown import clean_markdown, inline_plain


class CriterionKind(StrEnum):
    """Whether an item of the eligibility text says who can take part or who cannot."""

    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


INCLUSION = CriterionKind.INCLUSION
EXCLUSION = CriterionKind.EXCLUSION


class CriterionItem(Struct, frozen=True):
    kind: str  # a CriterionKind
    text: str
    sub_items: tuple[str, ...] = ()  # deeper levels are indented by two spaces a level
    section: str = ""  # the label the item stands under, e.g. "Hepatic" in classic records

    @property
    def full_text(self) -> str:
        """The item with its sub-items, one a line, as "• " bullets."""
        lines = [self.text]
        for sub in self.sub_items:
            depth = (len(sub) - len(sub.lstrip(" "))) // 2
            lines.append("  " * (depth + 1) + "• " + sub.lstrip(" "))
        return "\n".join(lines)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "sub_items": list(self.sub_items), "section": self.section}


_BULLET = lazy(
    r"^(?P<marker>[*+\-•·▪◦‣○●■□➢➤>]|\d{1,3}[.)](?!\d)|\(\d{1,3}\)|[a-zA-Z][.)]|\([a-zA-Z]\)|"
    r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)])\s+(?P<text>\S.*)$")
_QUALIFIERS = r"(?:(?:key|main|major|principal|general|other|additional|specific|study|selected|important)\s+)*"
_HEADING = lazy(
    rf"^{_QUALIFIERS}(?P<kind>inclusion|exclusion|eligibility)(?:\s+(?:criteria|criterion))?\b(?P<rest>.*)$",
    re.IGNORECASE)
_SENTENCE_WORDS = lazy(r"criteri|following|\bif\b|apply", re.IGNORECASE)


class _Building(Struct):
    kind: str
    text: str
    section: str
    indent: int
    style: str
    subs: list[str] = field(default_factory=list)
    sub_indents: list[int] = field(default_factory=list)
    last_sub_style: str = ""

    def finished(self) -> CriterionItem:
        return CriterionItem(self.kind, self.text.strip(), tuple(self.subs), self.section)


class _Splitter:
    """A small line-by-line state machine; see :func:`split_criteria`."""

    def __init__(self) -> None:
        self.kind = INCLUSION
        self.section = ""
        self.items: list[_Building] = []
        self.current: _Building | None = None

    def feed(self, line: str) -> None:
        indent = len(line) - len(line.lstrip(" "))
        stripped = line.strip()
        bullet = _BULLET.match(stripped)
        body = bullet.group("text") if bullet else stripped
        plain = _plain(body)
        if not plain:
            return
        if self._heading(plain, bulleted=bullet is not None):
            return
        if bullet:
            self._bullet(indent, _style(bullet.group("marker")), plain)
        else:
            self._paragraph(indent, plain)

    def _heading(self, plain: str, bulleted: bool) -> bool:
        kind, rest = _heading_kind(plain, bulleted)
        if kind is None:
            return False
        self.kind, self.section, self.current = kind, "", None
        if rest:
            self._start(0, "", rest)
        return True

    def _bullet(self, indent: int, style: str, text: str) -> None:
        current = self.current
        if current is not None and self._is_sub(current, indent, style):
            depth = sum(1 for i in current.sub_indents if i < indent) if indent > current.indent else 0
            current.sub_indents = [i for i in current.sub_indents if i < indent] + [indent]
            current.subs.append("  " * depth + text)
            current.last_sub_style = style
            return
        self._start(indent, style, text)

    def _is_sub(self, current: _Building, indent: int, style: str) -> bool:
        if indent > current.indent:
            return True
        if not current.style and is_group_heading(current.text) and (not current.subs or style == current.last_sub_style):
            return True  # "One of them" followed by its alternatives at the same indent
        if indent < current.indent or style == current.style or not current.style:
            return False
        # Same indent, another marker style: "1. Lab values:" followed by "a) ALT ..." lines.
        return current.text.rstrip().endswith(":") or (bool(current.subs) and current.last_sub_style == style)

    def _paragraph(self, indent: int, text: str) -> None:
        current = self.current
        if current is not None and current.style and indent > current.indent:
            if current.subs:
                current.subs[-1] += " " + text
            else:
                current.text += " " + text
            return
        if _is_label(text) and not is_group_heading(text):
            self.section, self.current = text.rstrip(":").strip(), None
            return
        self._start(indent, "", text)

    def _start(self, indent: int, style: str, text: str) -> None:
        self.current = _Building(self.kind, text, self.section, indent, style)
        self.items.append(self.current)


def split_criteria(text: str) -> list[CriterionItem]:
    """The eligibility text as items in the record's order (escaped or unescaped Markdown, any line ends)."""
    splitter = _Splitter()
    for line in clean_markdown(text).replace("\t", "    ").split("\n"):
        if line.strip():
            splitter.feed(line)
    return [item.finished() for item in splitter.items]


def _plain(text: str) -> str:
    text = re.sub(r"^#{1,6}\s+", "", text.strip())
    text = inline_plain(text)
    return re.sub(r"^[*_]{1,3}|[*_]{1,3}$", "", text).strip()


def _style(marker: str) -> str:
    if marker[0].isdigit() or marker.startswith("(") and marker[1:2].isdigit():
        return "number"
    if re.fullmatch(r"\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[.)]", marker):
        return "roman"
    if marker[0].isalpha() or marker.startswith("("):
        return "letter"
    return "bullet"


def _heading_kind(plain: str, bulleted: bool) -> tuple[str | None, str]:
    """(kind, text on the same line after the heading) for a heading line, else (None, "")."""
    m = _HEADING.match(plain)
    if m:
        kind = EXCLUSION if m.group("kind").lower() == EXCLUSION else INCLUSION
        rest = m.group("rest").strip()
        has_criteria = re.search(r"criteri", m.group(0)[: m.start("rest")], re.IGNORECASE) is not None
        if not rest or rest == ":":
            return kind, ""
        if rest[0] == ":" or (rest[0] in "-–" and rest[1:2].isspace()):
            return kind, rest[1:].strip()
        if has_criteria and (rest.endswith(":") and len(rest.split()) <= 8 or re.fullmatch(r"\([^)]*\):?", rest)):
            return kind, ""
        return None, ""
    if bulleted or not plain.endswith(":") or len(plain.split()) > 25 or not _SENTENCE_WORDS.search(plain):
        return None, ""
    lower = plain.lower()
    excl = "exclu" in lower or "not eligible" in lower or "ineligible" in lower
    incl = "inclu" in lower or ("eligib" in lower and not excl)
    if excl != incl:
        return (EXCLUSION if excl else INCLUSION), ""
    return None, ""


def _is_label(text: str) -> bool:
    """Classic layout labels: "DISEASE CHARACTERISTICS:", "Hepatic:", "Age:"."""
    return text.endswith(":") and len(text.split()) <= 6 and not re.search(r"\d", text)
