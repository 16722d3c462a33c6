"""Hypothesis's table of the characters UTF-8 can encode, written before the tests need it.

``st.text()`` draws from ``st.characters(codec="utf-8")``. On its first use in a process, hypothesis reads its table
of the characters that codec encodes from its storage folder (``.hypothesis/``), and when the file is not there
(a fresh clone) builds it by encoding every code point: about 3 s of processor time in each xdist worker. The answer
for UTF-8 is known: every code point but the surrogates (U+D800-U+DFFF), each decoding back to itself. Written here
in hypothesis's own file format, where hypothesis looks for it; if a later hypothesis reads it differently it falls
back to building the table itself, as before.
"""

from __future__ import annotations

import gzip
import json
import os
import tempfile

UTF8_ENCODABLE = [[0, 0xD7FF], [0xE000, 0x10FFFF]]  # all of Unicode but the surrogates
UTF8_NOT_ROUND_TRIPPING: list[list[int]] = []


def write_utf8_table() -> None:
    try:
        from hypothesis.internal import charmap
    except ImportError:
        return
    path = charmap.charmap_file("codec-v2-utf-8")
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent)
    os.close(fd)
    with gzip.GzipFile(temporary, "wb", mtime=1) as f:
        f.write(json.dumps([UTF8_ENCODABLE, UTF8_NOT_ROUND_TRIPPING]).encode())
    os.replace(temporary, path)
