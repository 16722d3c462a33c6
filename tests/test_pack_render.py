"""The appointment pack PDF: order, running header and footer, fonts, paper, large print, edge cases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache

import fresh_imports
import msgspec.structs
import pack_samples as samples
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careorganiser.pack.model import (
    SECTION_KEYS,
    PackAppointment,
    PackData,
    PackDoseLapse,
    PackNote,
    PackOptions,
    PackPerson,
    PackQuestion,
)
from careorganiser.pack.pdf.layout import make_layout, para
from careorganiser.pack.pdf.tables import data_tables
from careorganiser.pack.render import render_pack

HEADINGS = [
    "Questions to ask",
    "Medications",
    "Medication adherence",
    "Symptoms",
    "Measurements and tests",
    "Clinical trials to discuss",
    "Getting there and back",
]


@cache
def sample_pdf(paper: str = "a4", large_print: bool = False) -> bytes:
    return render_pack(samples.sample_pack(), PackOptions(paper=paper, large_print=large_print))


def lines_after_cover(pdf: bytes) -> list[str]:
    return [line.strip() for text in samples.page_texts(pdf)[1:] for line in text.splitlines()]


# ------------------------------------------------------------------------------ structure


def test_cover_shows_person_appointment_and_prepared_on() -> None:
    cover = samples.flat(samples.page_texts(sample_pdf())[0])
    for expected in (
        "Appointment pack", "Margaret Hale", "9 April 1951 (age 75)", "Female", "NHS number", "943 476 5919",
        "Idiopathic pulmonary fibrosis", "Penicillin (rash)", "Thursday 3 December 2026", "10:30 to 11:15",
        "Dr Anil Mehta, Consultant respiratory physician", "Chest clinic, St Mary's Hospital",
        "ILD review", "Prepared on 21 November 2026",
    ):
        assert expected in cover


def test_section_headings_come_in_design_order() -> None:
    lines = lines_after_cover(sample_pdf())
    positions = [lines.index(heading) for heading in HEADINGS]
    assert positions == sorted(positions)


def test_every_page_says_page_x_of_n_and_names_the_person() -> None:
    texts = samples.page_texts(sample_pdf())
    assert len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Margaret Hale · born 9 April 1951" in text


def test_questions_high_priority_first_with_their_links() -> None:
    text = samples.flat(" ".join(samples.page_texts(sample_pdf())))
    high = text.index("My FVC dropped from 68% to 62%")
    trial = text.index("Could I take part in the BI 1015550 trial?")
    normal = text.index("Is the weight loss since the summer")
    low = text.index("Should I have the flu and RSV vaccines")
    assert high < trial < normal < low
    assert "about Pirfenidone" in text
    assert "about trial NCT05321069" in text


def test_medications_changes_adherence_and_rides_are_listed() -> None:
    text = samples.flat(" ".join(samples.page_texts(sample_pdf())))
    for expected in (
        "Pirfenidone", "267 mg", "3 capsules", "3 times a day: 8:00, 13:00 and 19:00", "Antifibrotic",
        "Omeprazole", "Salbutamol", "When needed, at least 4 hours apart",
        "Prednisolone", "Stopped", "Tapered off: no benefit for IPF and raised blood sugar",
        "All medications", "98%", "13:00 on 14 Sep missed", "At the hospital for bloods", "Slept in",
        "Breathlessness", "2.3 (moderate)", "Walked to the post office",
        "FVC % predicted", "Latest 62% on 1 Oct 2026", "Tested on 1 Oct 2026, 3 Jun 2026",
        "NCT05321069", "never a verdict", "No recent data", "Conflicts",
        "07700 900 123", "07700 900 456", "There: pick-up at 09:30 on Thursday 3 December 2026",
    ):
        assert expected in text, expected


def test_times_are_shown_in_the_pack_timezone() -> None:
    summer = datetime(2026, 7, 1, 9, 0, tzinfo=UTC)  # 10:00 in London (BST)
    data = msgspec.structs.replace(
        samples.no_history_pack(), appointment=PackAppointment(starts_at=summer, duration_minutes=30),
    )
    cover = samples.flat(samples.page_texts(render_pack(data, PackOptions()))[0])
    assert "Wednesday 1 July 2026 at 10:00" in cover
    assert "10:00 to 10:30 (30 minutes)" in cover


# ------------------------------------------------------------------------------ fonts and paper


def test_dejavu_is_embedded_on_every_page_and_helvetica_never_used() -> None:
    for pdf in (sample_pdf(), render_pack(samples.hostile_pack(), PackOptions())):
        for fonts in samples.page_fonts(pdf):
            assert fonts, "a page without fonts"
            assert any("DejaVuSans" in name for name in fonts)
            for name, embedded in fonts.items():
                assert "DejaVu" in name, name
                assert embedded, name
                assert "Helvetica" not in name


def test_letter_and_a4_page_sizes() -> None:
    a4 = samples.pdf_reader(sample_pdf("a4")).pages[0].mediabox
    letter = samples.pdf_reader(sample_pdf("letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_large_print_takes_more_pages() -> None:
    normal = len(samples.pdf_reader(sample_pdf()).pages)
    large = len(samples.pdf_reader(sample_pdf(large_print=True)).pages)
    assert large > normal


def test_large_print_still_has_everything_on_the_page() -> None:
    text = samples.flat(" ".join(samples.page_texts(sample_pdf(large_print=True))))
    for expected in ("Breathlessness", "Pirfenidone", "Prednisolone", "07700 900 456"):
        assert expected in text


def test_same_input_gives_identical_bytes() -> None:
    first = render_pack(samples.sample_pack(), PackOptions())
    second = render_pack(samples.sample_pack(), PackOptions())
    assert first == second
    assert first.startswith(b"%PDF-")


# ------------------------------------------------------------------------------ sections


def test_sections_option_leaves_sections_out() -> None:
    pdf = render_pack(samples.sample_pack(), PackOptions(sections=frozenset({"cover", "medications", "rides"})))
    lines = lines_after_cover(pdf)
    assert "Medications" in lines
    assert "Getting there and back" in lines
    for left_out in ("Questions to ask", "Medication adherence", "Symptoms", "Measurements and tests",
                     "Clinical trials to discuss"):
        assert left_out not in lines
    cover = samples.flat(samples.page_texts(pdf)[0])
    assert "In this pack Medications · Getting there and back" in cover


def test_without_cover_the_first_page_is_the_first_section() -> None:
    pdf = render_pack(samples.sample_pack(), PackOptions(sections=frozenset({"questions"})))
    texts = samples.page_texts(pdf)
    assert len(texts) == 1
    assert "Questions to ask" in texts[0].splitlines()
    assert "Thursday 3 December 2026 at 10:30" not in texts[0]


def test_every_section_alone_renders() -> None:
    for key in SECTION_KEYS:
        pdf = render_pack(samples.sample_pack(), PackOptions(sections=frozenset({key})))
        assert samples.page_texts(pdf)[0]


def test_nothing_stopped_leaves_out_the_changes_table_only() -> None:
    lines = lines_after_cover(render_pack(samples.nothing_stopped_pack(), PackOptions()))
    assert "Taking now" in lines
    assert "Started, stopped or changed since the last appointment" not in lines
    assert "Medications" in lines


def test_no_history_gives_a_cover_without_empty_headings() -> None:
    texts = samples.page_texts(render_pack(samples.no_history_pack(), PackOptions()))
    assert len(texts) == 1
    text = samples.flat(texts[0])
    assert "Peter Novak" in text
    assert "Allergies None recorded" in text
    for heading in HEADINGS:
        assert heading not in text
    assert "In this pack" not in text


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="paper"):
        PackOptions(paper="a5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown section"):
        PackOptions(sections=frozenset({"cover", "horoscope"}))
    assert PackOptions(sections={"cover"}).sections == frozenset({"cover"})  # type: ignore[arg-type]


def test_model_refuses_times_without_a_zone_and_unknown_words() -> None:
    with pytest.raises(ValueError, match="no timezone"):
        PackAppointment(starts_at=datetime(2026, 12, 3, 10, 30))
    with pytest.raises(ValueError, match="priority"):
        PackQuestion("Why?", priority="urgent")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status"):
        PackDoseLapse("X", datetime(2026, 1, 1, tzinfo=UTC), "forgotten")  # type: ignore[arg-type]


def test_lists_given_to_the_model_become_tuples() -> None:
    person = PackPerson(name="A", conditions=["IPF"], identifiers=[["NHS number", "1"]])  # type: ignore[arg-type]
    assert person.conditions == ("IPF",)
    assert person.identifiers == (("NHS number", "1"),)
    assert hash(person)


# ------------------------------------------------------------------------------ edge cases


def test_very_long_notes_render_in_full() -> None:
    pdf = render_pack(samples.long_notes_pack(), PackOptions())
    texts = samples.page_texts(pdf)
    text = samples.flat(" ".join(texts))
    phrase = "had to rest halfway"
    in_note = samples.LONG_NOTE.count(phrase)
    assert in_note > 100
    assert text.count(phrase) >= in_note
    assert "x" * 40 in text.replace(" ", "")
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in page


def test_five_years_of_data_still_render() -> None:
    data = samples.five_years_pack()
    assert sum(len(s.points) for s in data.measurements) > 1800
    pdf = render_pack(data, PackOptions())
    texts = samples.page_texts(pdf)
    assert len(texts) > 10
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]
    text = samples.flat(" ".join(texts))
    assert "in 1825 readings" in text
    # hundreds of missed and skipped doses are summarised on about a page, not listed one by one
    lapse_pages = [i for i, page in enumerate(texts) if "Missed and skipped doses" in page]
    assert len(lapse_pages) == 1
    assert "shorter runs" in samples.flat(texts[lapse_pages[0]] + texts[lapse_pages[0] + 1])
    assert "Lapse 600" not in text
    assert "and 37 earlier, the first on 21 Nov 2021" in text
    assert "Week 260" in text


def test_long_tables_are_cut_into_chunks_with_a_header_each() -> None:
    layout = make_layout(PackOptions())
    rows = [[para(str(i), layout.style("cell"))] for i in range(120)]
    tables = data_tables(layout, ["Number"], rows, [1.0])
    assert len(tables) == 3
    assert all(t.repeatRows == 1 for t in tables)
    assert [len(t._cellvalues) for t in tables] == [51, 51, 21]
    assert len({tuple(t._colWidths) for t in tables}) == 1


def test_names_in_many_scripts_print_and_cjk_shows_its_code_points() -> None:
    pdf = render_pack(samples.many_scripts_pack(), PackOptions())
    texts = samples.page_texts(pdf)
    for page in texts:
        assert samples.MANY_SCRIPTS_NAME in page
    text = samples.flat(" ".join(texts))
    assert samples.GREEK in text
    assert samples.CYRILLIC in text
    assert "“quoted” ‘single’ ü ß é ñ ø å" in text
    assert samples.CJK not in text
    assert "[" + " ".join(f"U+{ord(ch):04X}" for ch in samples.CJK) + "]" in text  # never an empty box
    assert "□" not in text
    for fonts in samples.page_fonts(pdf):
        assert all("DejaVu" in name for name in fonts)


def test_user_text_is_escaped_and_printed_literally() -> None:
    text = samples.flat(" ".join(samples.page_texts(render_pack(samples.hostile_pack(), PackOptions()))))
    assert samples.flat(samples.HOSTILE_TEXT) in text
    assert "<i>topic</i>" in text
    assert "Pirfenidone <b>" in text
    assert "Nuts & <seeds>" in text


def test_a_pack_without_appointment_is_a_health_summary() -> None:
    data = msgspec.structs.replace(samples.sample_pack(), appointment=None)
    texts = samples.page_texts(render_pack(data, PackOptions()))
    assert "Health summary" in texts[0]
    assert "Health summary" in texts[-1]


def test_an_unknown_timezone_falls_back_to_utc() -> None:
    data = msgspec.structs.replace(samples.no_history_pack(), timezone="Mars/Olympus_Mons")
    cover = samples.flat(samples.page_texts(render_pack(data, PackOptions()))[0])
    assert "at 10:30" in cover  # 10:30 in London in December is 10:30 UTC


def test_measurement_with_one_point_and_only_a_high_range() -> None:
    base = samples.sample_pack()
    one = msgspec.structs.replace(base.measurements[3], points=base.measurements[3].points[-1:], range_low=None)
    fvc = base.measurements[0]
    flat_line = msgspec.structs.replace(fvc, points=tuple((when, 62.0) for when, _ in fvc.points))
    data = msgspec.structs.replace(base, measurements=(one, flat_line))
    pdf = render_pack(data, PackOptions(sections=frozenset({"measurements"})))
    text = samples.flat(" ".join(samples.page_texts(pdf)))
    assert "Latest 29 U/L on 1 Oct 2026 · reference up to 40 U/L" in text
    assert "lowest 62%, highest 62% in 6 readings" in text


def test_measurements_without_usable_values() -> None:
    base = samples.sample_pack()
    broken = msgspec.structs.replace(base.measurements[0], points=((samples.at(date(2026, 10, 1)), float("nan")),))
    dates_only = msgspec.structs.replace(base.measurements[1], points=())
    empty = msgspec.structs.replace(base.measurements[2], points=(), previous_tests=())
    data = msgspec.structs.replace(base, measurements=(broken, dates_only, empty))
    pdf = render_pack(data, PackOptions(sections=frozenset({"measurements"})))
    text = samples.flat(" ".join(samples.page_texts(pdf)))
    assert "DLCO % predicted Tested on 1 Oct 2026" in text
    assert "Six-minute walk" not in text
    assert "nan" not in text


def test_pack_modules_import_neither_qt_nor_sqlalchemy() -> None:
    modules, packages, _ = fresh_imports.GROUPS["pack drawing"]
    assert set(modules) == {f"careorganiser.pack.{m}" for m in (
        "render", "card", "ridesheet", "ics", "model", "handover", "pdf.fonts", "pdf.charts")}
    assert set(packages) == {"PySide6", "sqlalchemy", "shiboken6"}
    assert fresh_imports.forbidden_loaded("pack drawing") == []


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, question=st.text(max_size=300), note=st.text(max_size=300))
def test_any_text_renders(name: str, question: str, note: str) -> None:
    data = PackData(
        person=PackPerson(name=name, allergies=(question[:20],)),
        appointment=PackAppointment(starts_at=datetime(2026, 12, 3, 10, 30, tzinfo=UTC), place=note[:40]),
        prepared_on=date(2026, 11, 21),
        questions=(PackQuestion(question or "?", topic=note[:10]),),
        notes=(PackNote(datetime(2026, 11, 1, 9, tzinfo=UTC) + timedelta(hours=1), note),),
        timezone="Europe/London",
    )
    pdf = render_pack(data, PackOptions())
    texts = samples.page_texts(pdf)
    assert f"Page 1 of {len(texts)}" in texts[0]
