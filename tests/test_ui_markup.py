"""ui.markup escapes as the standard library's html.escape does (without loading html's table of entities
at start-up) and undoes exactly its own escaping."""

from __future__ import annotations

import html

import pytest

from careorganiser.ui.markup import escape, unescape_escaped

SAMPLES = ["", "plain words", "<b>Iron</b> & C", "Mum's \"good\" day", "&amp; already", "a<b>c&d'e\"f",
           "\u26a0 Ride still needed: arrange a driver.", "St Mary's Hospital", "x > y < z", "&&<<>>''\"\""]


@pytest.mark.parametrize("words", SAMPLES)
def test_escape_is_the_standard_library_s(words: str) -> None:
    assert escape(words) == html.escape(words)
    assert escape(words, quote=False) == html.escape(words, quote=False)


@pytest.mark.parametrize("words", SAMPLES)
def test_unescape_gives_back_the_words(words: str) -> None:
    assert unescape_escaped(escape(words)) == words == html.unescape(escape(words))
