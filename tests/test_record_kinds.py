"""The kinds of record search finds and the trash holds are one closed set (store.search.RecordKind): every
kind is indexed, named in words and shown in an area, and the words stored and shown are the same as before."""

from __future__ import annotations

from careorganiser.pack.model import PackSection
from careorganiser.pack.render import _SECTIONS, section_title
from careorganiser.services import medications as meds
from careorganiser.services import search, trash
from careorganiser.services.trash import RecordKind
from careorganiser.store import search as index


def test_every_record_kind_is_indexed_named_and_has_an_area(qapp) -> None:
    assert set(index.SOURCES) == set(RecordKind)
    assert set(search.AREA_OF_KIND) == set(RecordKind)
    assert set(trash.KINDS) <= set(RecordKind)
    for kind in RecordKind:
        assert search.kind_label(kind) != kind.value  # a word for the caregiver, not the stored one
    # The words a hit and a trashed row carry did not change.
    assert [k.value for k in RecordKind] == ["symptom_note", "question", "trial", "medication", "contact",
                                             "appointment", "ride", "person", "measurement", "dose_event"]
    assert sorted({source.code for source in index.SOURCES.values()}) == list(range(1, 11))


def test_a_medication_put_in_the_trash_and_found_from_an_empty_profile(profile) -> None:
    med_id = meds.create_medication(profile, meds.MedicationInput(name="Nintedanib", strength="150 mg"))
    hits = search.search(profile, "Nintedanib")
    assert [(h.kind, h.record_id) for h in hits] == [(RecordKind.MEDICATION, med_id)]
    assert hits[0].kind == "medication" and search.AREA_OF_KIND[hits[0].kind] == "medications"

    assert trash.delete(profile, RecordKind.MEDICATION, med_id) == "Nintedanib"
    trashed = trash.list_trash(profile)
    assert [(t.kind, t.id, t.label) for t in trashed] == [(RecordKind.MEDICATION, med_id, "Nintedanib")]
    assert search.search(profile, "Nintedanib") == []
    trash.restore(profile, "medication", med_id)  # the plain word still names the kind
    assert [h.record_id for h in search.search(profile, "Nintedanib")] == [med_id]


def test_the_pack_prints_its_sections_in_the_order_of_the_enum(qapp) -> None:
    assert [key for key, _build in _SECTIONS] == list(PackSection)[1:]  # the cover comes first, on its own
    assert section_title(PackSection.COVER) == "Appointment pack"
    assert section_title(PackSection.RIDES) == "Getting there and back"
