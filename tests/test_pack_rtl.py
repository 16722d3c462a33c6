"""Right-to-left names and notes in the printed pack, and characters no bundled face has.

Built from an empty profile through the services. The PDF is read twice with pypdf: its layout mode gives each
line as it is drawn on the paper, left to right (so a Hebrew word drawn correctly comes out reversed there), and
its plain mode puts right-to-left runs back in reading order (so the name comes out as it was typed)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pack_samples as samples
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from careorganiser.domain.schedules import Schedule
from careorganiser.pack.model import PackOptions
from careorganiser.pack.pdf import fonts
from careorganiser.services import appointments, contacts, packs, person, symptoms
from careorganiser.services.medications import MedicationInput, create_medication

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)

HEBREW_NAME = "שרה כהן"
ARABIC_DOCTOR = "فاطمة الزهراء"
# The doctor's name as the paper must show it, in reading order: each letter in the form it takes joined to its
# neighbours (Arabic presentation forms), written out by code point so the test does not trust the shaper.
ARABIC_DOCTOR_JOINED = ("\ufed3\ufe8e\ufec3\ufee4\ufe94"  # feh initial, alef final, tah initial, meem medial, teh marbuta final
                        " \u0627\ufedf\ufeb0\ufeeb\ufeae\u0627\u0621")  # alef, lam initial, zain final, heh initial, reh final, alef, hamza
ARABIC_NOTE = "الصداع أخف اليوم بعد الدواء"  # no lam-alef: its ligature reads back as lam, alef
MIXED = "Dr. כהן 5 mg"
EMOJI_NOTE = "Took the evening pills \U0001f48a and felt \U0001f912 later \U0001f44d\U0001f3fd"


@pytest.fixture
def stored(profile: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """An empty profile with a person named in Hebrew, an appointment with a doctor named in Arabic, a medicine
    whose purpose mixes directions, and notes in Arabic, in mixed text and with emoji."""
    monkeypatch.setenv("TZ", "Europe/London")
    person.update_person(profile, HEBREW_NAME, date(1948, 5, 14), "female", allergies=["פניצילין"], today=NOW.date())
    doctor = contacts.create_contact(profile, ARABIC_DOCTOR, role="Cardiologist")
    appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(10, 30), clinician_id=doctor.id,
                                    purpose="בדיקת לב")
    create_medication(profile, MedicationInput(name="Bisoprolol", dose="1 tablet", purpose=MIXED,
                                               start_date=date(2026, 10, 1)),
                      [Schedule.from_interchange({"kind": "times", "times": ["08:00"]})], now=NOW - timedelta(days=60))
    symptoms.add_note(profile, NOW - timedelta(days=3), text=ARABIC_NOTE, now=NOW)
    symptoms.add_note(profile, NOW - timedelta(days=2), text=MIXED, now=NOW)
    symptoms.add_note(profile, NOW - timedelta(days=1), text=EMOJI_NOTE, now=NOW)
    return profile


def drawn_and_read(pdf: bytes) -> tuple[list[str], str]:
    """(each drawn line, left to right, stripped) and the plain reading of all pages."""
    reader = samples.pdf_reader(pdf)
    drawn = [line.strip() for page in reader.pages for line in page.extract_text(extraction_mode="layout").splitlines()]
    return [" ".join(line.split()) for line in drawn if line.strip()], " ".join(samples.page_texts(pdf))


def build(stored: Any) -> bytes:
    appointment = packs.next_appointment_id(stored, NOW)
    assert appointment is not None
    return packs.build_pack(stored, appointment, PackOptions(), NOW)


def test_hebrew_and_arabic_names_print_in_reading_order_with_arabic_letters_joined(stored: Any) -> None:
    pdf = build(stored)
    drawn, read = drawn_and_read(pdf)
    # On paper, read right to left: drawn left to right, the letters come last first.
    assert sum(HEBREW_NAME[::-1] in line for line in drawn) >= samples.pdf_reader(pdf).get_num_pages()  # every header
    assert HEBREW_NAME in read and HEBREW_NAME[::-1] not in read
    assert "פניצילין" in read  # the allergy, in a table cell
    # The Arabic name: joined forms, in reading order when read back, reversed as drawn.
    assert ARABIC_DOCTOR_JOINED in read
    assert any(ARABIC_DOCTOR_JOINED[::-1] in line for line in drawn)
    assert ARABIC_DOCTOR not in read  # no letter left in its isolated form
    assert "בדיקת לב" in read  # the appointment's purpose


def test_an_arabic_note_keeps_its_word_order_and_a_mixed_line_follows_the_bidi_algorithm(stored: Any) -> None:
    drawn, read = drawn_and_read(build(stored))
    flat_drawn = [unicodedata.normalize("NFKC", line) for line in drawn]
    # The whole note is right to left: drawn, it is the note reversed (first word at the right).
    assert any(ARABIC_NOTE[::-1] in line for line in flat_drawn)
    assert ARABIC_NOTE in unicodedata.normalize("NFKC", read)
    # "Dr. כהן 5 mg" in a left-to-right paragraph: the Hebrew name (and the number after it, which the algorithm
    # joins to it) is drawn right to left inside the line, as the app shows it on screen.
    mixed_drawn = "Dr. 5 " + "כהן"[::-1] + " mg"
    assert sum(mixed_drawn in line for line in drawn) == 3  # the medicine's purpose (two tables) and the note
    assert not any("Dr. " + "כהן" in line for line in drawn)


def test_emoji_and_characters_no_face_has_are_named_not_boxed(stored: Any) -> None:
    _, read = drawn_and_read(build(stored))
    text = samples.flat(read)
    assert "Took the evening pills [pill] and felt [face with thermometer] later [thumbs up sign]" in text
    assert "\u25a1" not in text and "\ufffd" not in text and "fitzpatrick" not in text


def test_letters_of_a_script_the_faces_lack_show_their_code_points() -> None:
    assert fonts.printable("王芳 (daughter) 🇬🇧") == "[U+738B U+82B3] (daughter) [flag GB]"
    assert fonts.printable("tea \u2615\ufe0f, mask \U0001f637") == "tea \u2615, mask [face with medical mask]"
    assert fonts.printable("x\u2067y\u2069\u202e") == "xy"  # direction controls draw nothing


def test_only_text_with_right_to_left_letters_is_touched() -> None:
    from careorganiser.pack.pdf import rtl

    for text in ("Łucja Ó'Brien 12,5 mg", "Δ Ж", "plain"):
        assert not rtl.has_rtl(text)
        assert rtl.visual(text) == text and rtl.shaped(text) == text
    assert rtl.visual("(כהן)") == "(" + "כהן"[::-1] + ")"  # brackets mirrored in a right-to-left line
    assert rtl.visual("שרה 12") == "12 " + "שרה"[::-1]  # numbers keep their own order
    assert fonts.printable("لا") == "\ufefb"  # lam-alef: one ligature




def indents(pdf: bytes) -> list[tuple[int, str]]:
    """Each drawn line (layout mode: left to right, spaces standing for the distance from the left margin) as
    (how far in it starts, in characters, the line)."""
    lines = [line for page in samples.pdf_reader(pdf).pages
             for line in page.extract_text(extraction_mode="layout").splitlines() if line.strip()]
    return [(len(line) - len(line.lstrip()), unicodedata.normalize("NFKC", line.strip())) for line in lines]


def test_a_right_to_left_note_is_set_against_the_right_margin_and_its_left_to_right_line_against_the_left(
        stored: Any) -> None:
    symptoms.add_note(stored, NOW - timedelta(hours=5), text="קוצר נשימה בעלייה", activity="Walking", now=NOW)
    lines = indents(build(stored))

    def indent_of(start: str) -> int:
        found = [indent for indent, line in lines if line.startswith(start)]
        assert len(found) == 1, (start, lines)
        return found[0]

    assert indent_of(ARABIC_NOTE[::-1]) > 40  # a short right-to-left note ends at the right margin
    assert indent_of("קוצר נשימה בעלייה"[::-1]) > 40
    assert indent_of("Activity: Walking") == 0  # the same note's left-to-right line starts at the left
    assert indent_of("Took the evening pills") == 0


def test_words_after_a_right_to_left_name_or_question_keep_their_own_order(stored: Any) -> None:
    from careorganiser.services import questions

    create_medication(stored, MedicationInput(name="מורפין", dose="2.5 mg", start_date=date(2026, 11, 25)),
                      [Schedule.from_interchange({"kind": "times", "times": ["20:00"]})], now=NOW - timedelta(days=8))
    [visit] = appointments.list_appointments(stored)
    question = "האם להגדיל את המינון?"
    questions.create_question(stored, text=question, priority="high", appointment_id=visit.id)
    lines = [" ".join(line.replace("\u200e", "").replace("\u200f", "").split()) for line in drawn_and_read(build(stored))[0]]
    # "Started <name> · 25 Nov 2026": the date stays after the name (not "Started 25 · <name> Nov 2026")
    assert any("Started " + "מורפין"[::-1] + " · 25 Nov 2026" in line for line in lines), lines
    assert not any("Started 25 · " in line for line in lines)
    # the question's own question mark ends it, on its left, after "Important · "
    assert any("Important · ?" + question[:-1][::-1] in line for line in lines), lines


def test_a_right_to_left_value_in_a_label_table_is_set_against_the_right_and_keeps_its_comma(stored: Any) -> None:
    lines = [line for _, line in indents(build(stored))]

    def gap_after(label: str) -> tuple[int, str]:
        [line] = [line for line in lines if line.startswith(label + " ")]
        value = line[len(label):]
        return len(value) - len(value.lstrip()), value.strip()

    gap, allergy = gap_after("Allergies")
    assert allergy == "פניצילין"[::-1] and gap > 40  # right-aligned in its cell, not just after the label
    gap, purpose = gap_after("Purpose")
    assert purpose == "בדיקת לב"[::-1] and gap > 40
    # "<Arabic name>, Cardiologist" reads right to left: the comma follows the name (drawn to its left)
    gap, clinician = gap_after("Clinician")
    assert clinician.replace("\u200e", "").replace("\u200f", "").startswith("Cardiologist ,") and gap > 20, clinician


def test_brackets_around_words_of_the_other_direction_stay_a_pair() -> None:
    """Rule N0 (paired brackets): "<Hebrew> (follow-up) after CT" printed as "follow-up) after CT) <Hebrew>"."""
    from careorganiser.pack.pdf import rtl

    hebrew = "מעקב ריאות"
    assert rtl.visual(hebrew + " (follow-up) after CT") == "after CT (follow-up) " + hebrew[::-1]
    assert rtl.visual("Dr. כהן (cardio) 5 mg") == "Dr. " + "כהן"[::-1] + " (cardio) 5 mg"
    assert rtl.visual("שלום (עולם) ok") == "ok (" + "עולם"[::-1] + ") " + "שלום"[::-1]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="אבגabc12  ()[].,-", min_size=1, max_size=14), st.sampled_from([0, 1]))
def test_line_order_matches_the_full_bidi_algorithm(text: str, level: int) -> None:
    """The order is the full Unicode algorithm's (python-bidi's Rust one, which draws no mirrored brackets, so
    brackets are compared as brackets)."""
    from bidi import get_display

    from careorganiser.pack.pdf import rtl

    assume(rtl.has_rtl(text))  # a line without right-to-left letters is printed as it is

    def plain(line: str) -> str:
        return line.translate(str.maketrans("()[]", "||||"))

    assert plain(rtl.visual(text, level)) == plain(get_display(text, base_dir="LR"[level]))
