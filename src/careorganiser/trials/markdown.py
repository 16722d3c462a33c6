"""ClinicalTrials.gov Markdown text fields: unescape and render as plain text.

The API v2 serves ``briefSummary``, ``detailedDescription`` and ``eligibilityCriteria`` as Markdown in
which punctuation is backslash-escaped (``\\<126``, ``\\>=``, ``\\[Eichenfeld 2004\\]``). People must
never see the backslashes, and the eligibility parser must see the real operators.
"""

from __future__ import annotations

import re

from careorganiser.lazy_re import lazy

# CommonMark: a backslash before any ASCII punctuation character makes that character literal.
_ESCAPE = lazy(r"\\([!-/:-@\[-`{-~])")
_PLACEHOLDER_BASE = 0xE000  # private-use characters stand in for escaped ones while rendering

_BULLET = lazy(r"^(?P<indent>[ \t]*)(?P<marker>[*+\-•])[ \t]+(?P<text>.*)$")
_HEADING = lazy(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")
_STRONG = lazy(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_EMPHASIS_STAR = lazy(r"(?<![\w*])\*(?=[^\s*])(?P<text>[^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EMPHASIS_UNDERSCORE = lazy(r"(?<![\w_])_(?=[^\s_])(?P<text>[^_\n]+?)(?<=[^\s_])_(?![\w_])")
_LINK = lazy(r"\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)\)")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def unescape_markdown(text: str) -> str:
    """``"age \\>= 18"`` -> ``"age >= 18"``; other backslashes stay."""
    return _ESCAPE.sub(r"\1", text)


def clean_markdown(text: str) -> str:
    """The form kept in a saved study: LF line ends, escapes removed, trailing spaces trimmed."""
    lines = unescape_markdown(normalise_newlines(text)).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def markdown_to_plain(text: str) -> str:
    """Plain text for people: bullets as "• ", no emphasis marks, no heading hashes, no escapes.

    Works on the registry's escaped text and on text already unescaped by :func:`clean_markdown`
    (escaped characters are protected so that ``\\*`` stays a literal asterisk).
    """
    protected = _ESCAPE.sub(lambda m: chr(_PLACEHOLDER_BASE + ord(m.group(1))), normalise_newlines(text))
    lines = [_plain_line(line) for line in protected.split("\n")]
    plain = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _PLACEHOLDER_BASE), plain)


def inline_plain(text: str) -> str:
    """Emphasis marks and link syntax removed from one line of Markdown."""
    text = _LINK.sub(lambda m: f"{m.group('text')} ({m.group('url')})" if m.group("url") else m.group("text"), text)
    text = _STRONG.sub(lambda m: m.group("text"), text)
    text = _EMPHASIS_STAR.sub(lambda m: m.group("text"), text)
    return _EMPHASIS_UNDERSCORE.sub(lambda m: m.group("text"), text)


def _plain_line(line: str) -> str:
    line = line.rstrip()
    heading = _HEADING.match(line)
    if heading:
        return inline_plain(heading.group("text"))
    bullet = _BULLET.match(line)
    if bullet:
        indent = bullet.group("indent").replace("\t", "    ")
        return f"{indent}• {inline_plain(bullet.group('text'))}"
    return inline_plain(line)
