"""The one-page medication card and the driver's ride sheet."""

from __future__ import annotations

from datetime import datetime

import msgspec.structs
import pack_samples as samples
import pytest

from careorganiser.pack.card import render_medication_card
from careorganiser.pack.model import PackData, PackOptions, PackRide
from careorganiser.pack.ridesheet import group_trips, render_ride_sheet


def pages(pdf: bytes) -> int:
    return len(samples.pdf_reader(pdf).pages)


# ------------------------------------------------------------------------------ medication card


def test_card_shows_who_allergies_medications_and_contacts() -> None:
    pdf = render_medication_card(samples.sample_pack(), PackOptions())
    assert pages(pdf) == 1
    text = samples.flat(samples.page_texts(pdf)[0])
    for expected in (
        "Medication card", "Margaret Hale", "9 April 1951 (age 75)", "943 476 5919",
        "Idiopathic pulmonary fibrosis", "Allergies: Penicillin (rash)",
        "Pirfenidone 267 mg", "3 capsules", "3 times a day: 8:00, 13:00 and 19:00",
        "Omeprazole 20 mg", "Salbutamol 100 micrograms per puff",
        "Dr Ruth Okafor", "01632 960 200", "07700 900 123", "01632 960 410",
        "This list was correct on 21 November 2026", "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "Prednisolone" not in text  # stopped: not on the card


def test_card_allergies_come_before_the_medications() -> None:
    text = samples.flat(samples.page_texts(render_medication_card(samples.sample_pack(), PackOptions()))[0])
    assert text.index("Allergies: Penicillin") < text.index("Medications taken now") < text.index("Contacts")


@pytest.mark.parametrize("options", [
    PackOptions(), PackOptions(paper="letter"), PackOptions(large_print=True),
    PackOptions(paper="letter", large_print=True),
])
def test_card_with_25_medications_is_one_page(options: PackOptions) -> None:
    pdf = render_medication_card(samples.many_medications_pack(25), options)
    assert pages(pdf) == 1
    text = samples.flat(samples.page_texts(pdf)[0])
    for i in range(1, 26):
        assert f"Medicine number {i} " in text
    assert "Allergies: Penicillin (rash)" in text


def text_sizes(pdf: bytes, needle: str) -> set[float]:
    """The font sizes of the text runs on the first page that contain ``needle``."""
    sizes: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if needle in text:
            sizes.add(round(size * tm[0], 1))

    samples.pdf_reader(pdf).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_only_a_long_list_shrinks_and_the_allergies_keep_their_size() -> None:
    sample = render_medication_card(samples.sample_pack(), PackOptions())
    crowded = render_medication_card(samples.many_medications_pack(25), PackOptions())
    assert text_sizes(sample, "Pirfenidone") == {10.0}
    (crowded_size,) = text_sizes(crowded, "Medicine number 25")
    assert crowded_size < 10.0
    assert text_sizes(sample, "Penicillin") == text_sizes(crowded, "Penicillin") == {12.5}


def test_card_fonts_are_embedded_dejavu_and_names_print() -> None:
    pdf = render_medication_card(samples.many_scripts_pack(), PackOptions())
    text = samples.page_texts(pdf)[0]
    assert samples.MANY_SCRIPTS_NAME in text
    assert samples.CYRILLIC in text
    for fonts in samples.page_fonts(pdf):
        assert fonts and all("DejaVu" in name and embedded for name, embedded in fonts.items())


def test_card_is_byte_identical_and_escapes_text() -> None:
    data = samples.hostile_pack()
    first = render_medication_card(data, PackOptions())
    assert first == render_medication_card(data, PackOptions())
    text = samples.flat(samples.page_texts(first)[0])
    assert "Nuts & <seeds>" in text
    assert "Pirfenidone <b>" in text


def test_card_without_medications_or_contacts_says_so() -> None:
    data = samples.no_history_pack()
    text = samples.flat(samples.page_texts(render_medication_card(data, PackOptions()))[0])
    assert "Medications taken now None recorded." in text
    assert "Allergies: None recorded" in text


# ------------------------------------------------------------------------------ ride sheet


def test_ride_sheet_tells_the_driver_when_where_and_whom_to_call() -> None:
    pdf = render_ride_sheet(samples.sample_pack(), PackOptions())
    texts = samples.page_texts(pdf)
    assert len(texts) == 1
    text = samples.flat(texts[0])
    for expected in (
        "Ride sheet for Margaret Hale", "Thursday 3 December 2026", "Appointment at 10:30",
        "There: pick up at 09:30", "Pick up from 14 Elm Grove, Harrogate HG1 2AB",
        "Take to St Mary's Hospital, main entrance", "Back home: pick up at 11:45",
        "Portable oxygen and the wheelchair go in the boot.", "Tom Bell (neighbour), 07700 900 456",
        "If something goes wrong", "01632 960 400", "01632 960 118", "07700 900 123",
    ):
        assert expected in text, expected
    assert text.index("There: pick up at 09:30") < text.index("Back home: pick up at 11:45")


def test_ride_sheet_has_one_page_per_trip() -> None:
    base = samples.sample_pack()
    later = samples.at(samples.APPOINTMENT_AT.date().replace(day=17), 14)
    extra = PackRide("there", later, pickup_address="14 Elm Grove", destination="Dentist, High Street",
                     driver_name="Jane Hale", driver_phone="07700 900 123", status="needed")
    data = msgspec.structs.replace(base, rides=(*base.rides, extra))
    texts = samples.page_texts(render_ride_sheet(data, PackOptions()))
    assert len(texts) == 2
    assert "Thursday 17 December 2026" in texts[1]
    assert "Dentist, High Street" in texts[1]
    assert "Needed, no driver yet" in texts[1]
    assert "Appointment at 10:30" not in texts[1]


def test_group_trips_pairs_there_and_back() -> None:
    base = samples.sample_pack()
    trips = group_trips(tuple(reversed(base.rides)), base.timezone)
    assert len(trips) == 1
    assert [leg.direction for leg in trips[0].legs] == ["there", "back"]
    assert trips[0].appointment_at == samples.APPOINTMENT_AT


def test_ride_sheet_without_rides() -> None:
    data: PackData = msgspec.structs.replace(samples.sample_pack(), rides=())
    text = samples.flat(samples.page_texts(render_ride_sheet(data, PackOptions()))[0])
    assert "No rides are arranged." in text


def test_ride_sheet_letter_large_print_and_fonts() -> None:
    pdf = render_ride_sheet(samples.many_scripts_pack(), PackOptions(paper="letter", large_print=True))
    reader = samples.pdf_reader(pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    for fonts in samples.page_fonts(pdf):
        assert fonts and all("DejaVu" in name and embedded for name, embedded in fonts.items())
    texts = samples.page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        assert samples.MANY_SCRIPTS_NAME in text
        assert f"Page {number} of {len(texts)}" in text


def test_ride_model_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="no timezone"):
        PackRide("there", datetime(2026, 12, 3, 9, 30))
    with pytest.raises(ValueError, match="direction"):
        PackRide("sideways", samples.APPOINTMENT_AT)  # type: ignore[arg-type]
