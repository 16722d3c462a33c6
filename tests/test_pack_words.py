"""The pack dialog's words without a window: the line under the preview and the tick boxes of trials."""

from __future__ import annotations

from datetime import UTC, date, datetime

from careorganiser.domain.enums import DocumentKind
from careorganiser.pack.model import PackData, PackOffer, PackPerson, PackRide, PackTrial
from careorganiser.ui.pack_words import section_labels, short, summary_text, trial_choices, window_titles

PERSON = PackPerson("Margaret Hale")
DAY = date(2026, 12, 1)


def describe(data: PackData) -> str:
    return f"pack for {data.person.name}"


def test_the_summary_says_what_each_document_is_and_how_many_pages(qapp) -> None:
    empty = PackData(person=PERSON, prepared_on=DAY)
    assert summary_text(DocumentKind.CARD, empty, 1, "", describe) == (
        "Medications taken today, allergies and whom to call, on one page.\n1 page")
    assert summary_text(DocumentKind.RIDES, empty, 0, "", describe) == "No rides are arranged for this choice."
    leg = PackRide(direction="there", pickup_at=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    rides = PackData(person=PERSON, prepared_on=DAY, rides=(leg, leg))
    assert summary_text(DocumentKind.RIDES, rides, 2, "", describe) == "2 ride legs\n2 pages"
    since = PackData(person=PERSON, prepared_on=DAY, since_label="since your last visit")
    assert summary_text("pack", since, 3, "", describe) == "pack for Margaret Hale\nsince your last visit\n3 pages"


def test_an_error_or_no_data_yet_replaces_the_summary(qapp) -> None:
    assert summary_text("pack", None, 0, "", describe) == ""
    data = PackData(person=PERSON, prepared_on=DAY)
    assert summary_text("pack", data, 4, "Could not make the pack.", describe) == "Could not make the pack."


def test_a_tick_box_for_each_trial_and_offer_of_a_pack_only(qapp) -> None:
    title = "A study of a new antifibrotic medicine in idiopathic pulmonary fibrosis over 52 weeks"
    data = PackData(person=PERSON, prepared_on=DAY,
                    trials=(PackTrial("NCT06534528", title, chosen=False),),
                    offers=(PackOffer("offer:3", "Stem cell clinic"),))
    choices = trial_choices(DocumentKind.PACK, data)
    assert [(c.key, c.chosen) for c in choices] == [("NCT06534528", False), ("offer:3", True)]
    assert choices[0].text == "NCT06534528 \u00b7 " + short(title) and choices[0].tip == title
    assert len(short(title)) == 48 and short(title).endswith("\u2026")
    assert choices[1].text == "Offer \u00b7 Stem cell clinic"
    assert trial_choices(DocumentKind.CARD, data) == [] and trial_choices("rides", data) == []
    assert trial_choices(DocumentKind.PACK, None) == []


def test_every_document_has_a_title_and_every_optional_section_a_label(qapp) -> None:
    assert set(window_titles()) == set(DocumentKind)
    # Every section the pack prints has its tick box, in the printed order (the follow-up section had none, so
    # a pack made in the window never printed it while `careorganiser pack` did).
    from careorganiser.pack.model import PackSection

    assert list(section_labels()) == list(PackSection)
    assert list(section_labels()) == ["cover", "questions", "medications", "adherence", "symptoms", "measurements",
                                      "followup", "trials", "rides"]


def test_the_appointment_list_chooses_the_wanted_else_the_next_else_the_last(qapp) -> None:
    from careorganiser.services.packs import AppointmentChoice
    from careorganiser.ui.pack_words import appointment_entries

    past = AppointmentChoice(4, "a4", datetime(2026, 9, 3, 10, 0, tzinfo=UTC), "Thu 3 Sep 2026 · review", False)
    soon = AppointmentChoice(7, "a7", datetime(2026, 12, 3, 10, 30, tzinfo=UTC), "Thu 3 Dec 2026 · ILD review", True)
    entries, index = appointment_entries(DocumentKind.PACK, [past, soon], None)
    assert entries == [("Thu 3 Sep 2026 · review (past)", 4), ("Thu 3 Dec 2026 · ILD review", 7),
                       ("No appointment: a health summary", None)]
    assert index == 1  # the next one to come
    assert appointment_entries(DocumentKind.PACK, [past, soon], "a4")[1] == 0  # by uid
    assert appointment_entries(DocumentKind.PACK, [past, soon], 99)[1] == 2  # gone: the health summary
    rides, index = appointment_entries(DocumentKind.RIDES, [past, soon], None)
    assert rides[-1] == ("Every ride from today on", None) and index == 2
    assert appointment_entries(DocumentKind.PACK, [], None) == ([("No appointment: a health summary", None)], 0)
