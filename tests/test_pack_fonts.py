"""The fonts' metrics cache (pack.pdf.fonts): a face read from the cache is the face ReportLab reads from the
file, a document made with it is the same to the byte, and a missing, stale or damaged cache only means
reading the font again."""

from __future__ import annotations

import marshal
import mmap
import stat
from pathlib import Path
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from careorganiser import paths
from careorganiser.pack.pdf import fonts
from careorganiser.resources import resource_path

FACE = fonts.REGULAR
FONT_FILE = resource_path("fonts", f"{FACE}.ttf")
SAMPLE = "Łucja Ó'Brien \u2013 \u201cFVC\u201d 61% \u0394 \u0416 \u00e9\u00e8 12,5 mg"


def cache_file() -> Path:
    return paths.data_dir() / "cache" / f"{FACE}.metrics"


def face_values(font: TTFont) -> dict[str, Any]:
    """The face's values as lists and dicts (the cache keeps some tables as arrays, one made when first asked for)."""
    face = font.face
    names = (set(vars(face)) - {"_packed_glyph_to_char"}) | {"glyphToChar"}
    values = {name: getattr(face, name) for name in names}
    values = {k: list(v) if k in ("glyphPos", "hmetrics") else v for k, v in values.items() if not callable(v)}
    values["_ttf_data"] = bytes(values["_ttf_data"])  # the file's bytes, read or mapped
    # the same types as well as the same values (ReportLab has a few advances as floats)
    values["hmetrics types"] = [(type(a), type(b)) for a, b in values["hmetrics"]]
    return values


def pdf_with(font: TTFont, name: str) -> bytes:
    """One line of ``SAMPLE`` in ``font`` (registered under a name of its own), as PDF bytes."""
    from reportlab.pdfbase import pdfmetrics

    font.fontName = name
    pdfmetrics.registerFont(font)
    import io

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(name, 11)
    canvas.drawString(72, 720, SAMPLE)
    canvas.save()
    return out.getvalue().replace(name.encode(), b"NAME")


def test_the_first_load_reads_the_font_and_keeps_its_metrics(data_dir: Path) -> None:
    assert not cache_file().exists()
    first = fonts.load_face(FACE, FONT_FILE)
    assert cache_file().is_file()
    assert stat.S_IMODE(cache_file().stat().st_mode) == 0o600
    cached = fonts.load_face(FACE, FONT_FILE)
    parsed = TTFont(FACE, str(FONT_FILE))
    assert sorted(vars(cached)) == sorted(vars(parsed)) == sorted(vars(first))
    assert face_values(cached) == face_values(parsed)
    assert not isinstance(cached.face.hmetrics, list)  # kept packed, not marshalled
    assert type(cached.face.name) is type(parsed.face.name) and cached.face.name.ustr == parsed.face.name.ustr
    assert cached.stringWidth(SAMPLE, 11) == parsed.stringWidth(SAMPLE, 11)
    assert cached.face._pdfScale(2048) == parsed.face._pdfScale(2048)
    assert cached.shapable == parsed.shapable
    # The same document to the byte, subset font included.
    assert pdf_with(cached, "CachedFace") == pdf_with(parsed, "ParsedFace")


def test_the_cache_is_what_is_read(data_dir: Path) -> None:
    fonts.load_face(FACE, FONT_FILE)
    key, names, values, tables = marshal.loads(cache_file().read_bytes())
    values["ascent"] = 1234.5
    cache_file().write_bytes(marshal.dumps((key, names, values, tables)))
    assert fonts.load_face(FACE, FONT_FILE).face.ascent == 1234.5


def test_a_cache_of_another_font_or_reportlab_is_not_used(data_dir: Path) -> None:
    fonts.load_face(FACE, FONT_FILE)
    key, names, values, tables = marshal.loads(cache_file().read_bytes())
    values["ascent"] = 1234.5
    for stale in ((key[0], "0.0", *key[2:]), (*key[:2], key[2] + 1, key[3]), (key[0] + 1, *key[1:])):
        cache_file().write_bytes(marshal.dumps((stale, names, values, tables)))
        font = fonts.load_face(FACE, FONT_FILE)
        assert font.face.ascent == TTFont(FACE, str(FONT_FILE)).face.ascent
        assert marshal.loads(cache_file().read_bytes())[0] == key  # written again for this font


def test_a_damaged_cache_means_reading_the_font_again(data_dir: Path) -> None:
    parsed = TTFont(FACE, str(FONT_FILE))
    for damage in (b"", b"not marshal at all", marshal.dumps(("a", "tuple"))[:-3], marshal.dumps([1, 2, 3])):
        cache_file().parent.mkdir(parents=True, exist_ok=True)
        cache_file().write_bytes(damage)
        font = fonts.load_face(FACE, FONT_FILE)
        assert face_values(font) == face_values(parsed)
    assert face_values(fonts.load_face(FACE, FONT_FILE)) == face_values(parsed)


def test_no_cache_where_none_can_be_written(data_dir: Path) -> None:
    (paths.data_dir() / "cache").write_text("a file where the folder would be", encoding="utf-8")
    font = fonts.load_face(FACE, FONT_FILE)
    assert font.stringWidth(SAMPLE, 11) == TTFont(FACE, str(FONT_FILE)).stringWidth(SAMPLE, 11)
    assert (paths.data_dir() / "cache").read_text(encoding="utf-8") == "a file where the folder would be"


def test_a_face_measures_and_encodes_a_text_again_as_reportlab_does(data_dir: Path) -> None:
    ours, theirs = fonts.load_face(FACE, FONT_FILE), TTFont(FACE, str(FONT_FILE))
    assert isinstance(ours, fonts.Face)
    texts = [SAMPLE, *SAMPLE.split(), "", " ", "\u00a0nbsp", "\u4e2d\u6587", SAMPLE.encode()]
    for size in (7.5, 10, 11.5, 14):
        for text in texts * 2:  # the second time from what it kept
            assert ours.stringWidth(text, size) == theirs.stringWidth(text, size), (text, size)
    for _ in range(2):  # two documents: each text is encoded in each document's own subsets
        class Doc:  # a weak reference is needed for the font's state
            pass

        doc_ours, doc_theirs = Doc(), Doc()
        for text in [*texts, *reversed(texts), SAMPLE[::-1]]:
            assert ours.splitString(text, doc_ours) == theirs.splitString(text, doc_theirs), text
    assert pdf_with(fonts.load_face(FACE, FONT_FILE), "FaceTwice") == pdf_with(TTFont(FACE, str(FONT_FILE)), "TTFontTwice")


def test_a_face_from_the_cache_reads_its_glyphs_from_the_mapped_font_file(data_dir: Path) -> None:
    fonts.load_face(FACE, FONT_FILE)
    cached = fonts.load_face(FACE, FONT_FILE)
    data = cached.face._ttf_data
    assert isinstance(data, mmap.mmap)  # the file's pages, not a copy in the process's memory
    assert data[:] == FONT_FILE.read_bytes()
    parsed = TTFont(FACE, str(FONT_FILE))
    assert pdf_with(cached, "MappedFace") == pdf_with(parsed, "ReadFace")


def test_a_font_file_that_cannot_be_mapped_is_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.ttf"
    empty.write_bytes(b"")
    assert fonts._map_file(empty) == b""
