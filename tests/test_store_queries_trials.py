"""The one read path for saved trials and offers (store/queries/trials.py), from an empty profile through the
services: the Trials page, ``trials list|show``, the pack and the pre-screen read the same snapshots."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from careorganiser.services import measurements, packs, trash, trials
from careorganiser.services.base import NotFound
from careorganiser.store.queries import trials as tq

SEARCH = Path(__file__).parent / "fixtures" / "ctgov" / "v2-search-response_NCT06388018_recruiting.json"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
CLINIC = {"name": "Stem cell therapy for lung fibrosis", "provider": "Regenerative Wellness Clinic",
          "offered": "Three infusions", "cost": "£9,500 per infusion", "heard_from": "A forum", "notes": ""}


def completed_copy(tmp_path: Path) -> Path:
    document = json.loads(SEARCH.read_text(encoding="utf-8"))
    document["studies"][0]["protocolSection"]["statusModule"]["overallStatus"] = "COMPLETED"
    path = tmp_path / "later.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_an_empty_profile(profile: Any) -> None:
    conn = profile.read()
    assert tq.saved(conn) == [] and tq.trials(conn) == [] and tq.offers(conn) == []
    assert tq.trial(conn, 1) is None and tq.trial(conn, "NCT06388018") is None and tq.offer(conn, 1) is None
    assert tq.readings(conn, NOW) == []
    assert trials.list_trials(profile) == [] and trials.list_offers(profile) == []
    with pytest.raises(NotFound, match="NCT06388018"):
        trials.get_trial(profile, "nct06388018")
    data = packs.gather_pack(profile, None, NOW)
    assert data.trials == () and data.offers == ()


def test_every_reader_gets_the_same_trial(profile: Any, tmp_path: Path) -> None:
    imported = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    manual = trials.add_trial_manually(profile, " nct01234567 ", "A trial we heard of")
    conn = profile.read()
    rows = tq.saved(conn)
    assert [type(r) for r in rows] == [tq.SavedTrial, tq.SavedTrial] and trials.list_trials(profile) == rows
    assert [(r.id, r.nct_id, r.has_study, r.imported_at, r.has_changes) for r in rows] == [
        (manual, "NCT01234567", False, None, False), (imported, "NCT06388018", True, NOW, False)]
    assert rows[1].phases == ("PHASE2",) and rows[1].status == "RECRUITING" and rows[1].interest == "considering"
    assert rows[0].title == "A trial we heard of" and rows[0].phases == () and rows[0].notes == ""

    # By row id or by NCT number (any case, spaces around), with or without the registry record.
    found = tq.trial(conn, imported)
    assert found == tq.trial(conn, " nct06388018 ") and found is not None
    assert found.has_record and found.record is not None and found.source_format == "v2"
    assert found.record["protocolSection"]["identificationModule"]["nctId"] == "NCT06388018"
    assert found.study is not None and found.study["nct_id"] == "NCT06388018" and found.last_changes == ()
    light = tq.trial(conn, imported, record=False)
    assert light is not None and light.has_record and light.record is None and light.study == found.study
    assert tq.trials(conn) == [tq.trial(conn, manual, record=False), light]

    # The services build on it: the screen's detail, the command's interchange fields, the pack.
    detail = trials.get_trial(profile, "NCT06388018", NOW.date())
    assert detail.interchange()["record"] == found.record and detail.study.title.startswith("Tailoring Therapy")
    assert trials.get_trial(profile, imported, NOW.date(), record=False).record is None
    screen = trials.trial_screen(profile, imported, NOW.date(), NOW)
    assert screen.detail == trials.get_trial(profile, imported, NOW.date(), record=False)
    assert screen.next_appointment is None and [c.key for c in screen.choices] == [
        c.key for c in trials.template_choices(profile, imported)]
    bare = trials.get_trial(profile, manual)
    assert not bare.has_record and bare.record is None and bare.study.title == "A trial we heard of"
    pack = {t.nct_id: t for t in packs.gather_pack(profile, None, NOW).trials}
    assert set(pack) == {"NCT01234567", "NCT06388018"}
    assert pack["NCT06388018"].prescreen is not None and pack["NCT01234567"].prescreen is None

    # What changed at a re-import; the trash hides the trial from every reader.
    trials.import_trial_files(profile, [completed_copy(tmp_path)], now=NOW + timedelta(days=1))
    changed = tq.trial(conn, imported, record=False)
    assert changed is not None and {"field", "label", "before", "after"} <= set(changed.last_changes[0])
    assert [(c.label, c.before, c.after) for c in trials.get_trial(profile, imported).last_changes] == [
        (c["label"], c["before"], c["after"]) for c in changed.last_changes]
    assert "Status" in {c["label"] for c in changed.last_changes}
    assert [r.has_changes for r in tq.saved(conn)] == [False, True]
    trash.delete(profile, "trial", imported)
    assert [r.id for r in tq.saved(conn)] == [manual] and tq.trial(conn, imported) is None
    with pytest.raises(NotFound):
        trials.get_trial(profile, imported)


def test_trials_and_offers_read_again_by_id(profile: Any) -> None:
    """A change notice's ids read again: the rows as the whole list has them, in its order; those gone left out."""
    ids = [trials.add_trial_manually(profile, nct) for nct in ("NCT00000003", "NCT00000001", "NCT00000002")]
    rows = trials.list_trials(profile)
    assert [r.nct_id for r in rows] == ["NCT00000001", "NCT00000002", "NCT00000003"]
    assert sorted(rows, key=trials.list_order) == rows
    assert trials.trials_by_ids(profile, [ids[0], ids[1]]) == [rows[0], rows[2]]
    assert trials.trials_by_ids(profile, []) == [] and trials.trials_by_ids(profile, [9999]) == []
    trash.delete(profile, "trial", ids[1])
    assert trials.trials_by_ids(profile, ids) == [rows[1], rows[2]]
    assert tq.saved(profile.read(), range(1, 1200)) == tq.saved(profile.read())  # more ids than one statement takes
    first = trials.add_offer(profile, **CLINIC)
    second = trials.add_offer(profile, name="Herbal tea course")
    assert trials.offers_by_ids(profile, [second.id, first.id, 9999]) == [first, second]
    trials.delete_offer(profile, first.id)
    assert trials.offers_by_ids(profile, [first.id, second.id]) == [second]


def test_a_damaged_stored_study_still_lists_the_trial(profile: Any) -> None:
    from sqlalchemy import text

    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    with profile.session_factory.begin() as s:
        s.execute(text("UPDATE trials SET study = '{not json', last_changes = 'nor this' WHERE id = :id"),
                  {"id": trial_id})
    (row,) = tq.saved(profile.read())
    assert row.nct_id == "NCT06388018" and row.has_study and not row.has_changes
    found = tq.trial(profile.read(), trial_id)
    assert found is not None and found.study is None and found.last_changes == () and found.has_record
    detail = trials.get_trial(profile, trial_id)  # what the row itself knows
    assert detail.study.nct_id == "NCT06388018" and detail.study.overall_status == "RECRUITING"
    assert trials.prescreen_trial(profile, trial_id, NOW) == []


def test_offers(profile: Any) -> None:
    first = trials.add_offer(profile, **CLINIC)
    second = trials.add_offer(profile, name="Herbal tea course", cost="free")
    conn = profile.read()
    stored = tq.offers(conn)
    assert [type(o) for o in stored] == [tq.StoredOffer, tq.StoredOffer]
    assert [(o.id, o.uid, o.name, o.cost) for o in stored] == [
        (first.id, first.uid, CLINIC["name"], CLINIC["cost"]), (second.id, second.uid, "Herbal tea course", "free")]
    assert tq.offer(conn, first.id) == stored[0]
    assert trials.list_offers(profile) == [first, second] == [trials.OfferRow.of(o) for o in stored]
    assert first.flags and any("paying" in flag for flag in first.flags)
    trials.update_offer(profile, second.id, name="Herbal tea course", provider="A shop", cost="£20")
    assert tq.offer(conn, second.id).provider == "A shop"  # type: ignore[union-attr]
    trials.delete_offer(profile, first.id)
    assert tq.offer(conn, first.id) is None and [o.id for o in tq.offers(conn)] == [second.id]
    assert [o.key for o in packs.gather_pack(profile, None, NOW).offers] == [f"offer:{second.uid}"]


def test_the_readings_the_pre_screen_uses(profile: Any) -> None:
    early = measurements.add_measurement(profile, NOW - timedelta(days=30), "alt_u_l", 40, source="lab",
                                         range_low=7, range_high=56)
    measurements.add_measurement(profile, NOW - timedelta(days=2), "fvc_percent_predicted", 61, source="clinic")
    late = measurements.add_measurement(profile, NOW - timedelta(days=1), "alt_u_l", 250, source="lab",
                                        range_low=7, range_high=56, context="rest")
    gone = measurements.add_measurement(profile, NOW - timedelta(hours=5), "alt_u_l", 90, source="lab")
    trash.delete(profile, "measurement", gone.id)
    found = tq.readings(profile.read(), NOW)
    assert [type(r) for r in found] == [tq.Reading] * 3
    assert [(r.kind, r.value, r.taken_at) for r in found] == [
        ("alt_u_l", 40.0, early.taken_at), ("alt_u_l", 250.0, late.taken_at),
        ("fvc_percent_predicted", 61.0, NOW - timedelta(days=2))]
    assert (found[1].range_low, found[1].range_high, found[1].context) == (7, 56, "rest")
    assert [r.value for r in tq.readings(profile.read(), NOW - timedelta(days=10))] == [40.0]

    # The window's pre-screen and the pack's hold the criteria against the same readings.
    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    items = trials.prescreen_trial(profile, trial_id, NOW)
    (pack,) = packs.gather_pack(profile, None, NOW).trials
    assert items and pack.prescreen is not None
    shown = {i.status for i in items} | {i.status for i in trials.record_limits_trial(profile, trial_id, NOW)}
    assert {i.status for i in pack.key_items} <= shown


def test_a_worker_thread_reads_a_trial(profile: Any) -> None:
    """The window reads a trial's detail, pre-screen and questions in a worker: through a session of its own."""
    trial_id = trials.import_trial_files(profile, [SEARCH], now=NOW).trial_ids[0]
    profile.read()  # the GUI thread's connection is open already
    out: dict[str, Any] = {}

    def work() -> None:
        try:
            out["screen"] = trials.trial_screen(profile, trial_id, NOW.date(), NOW)
            out["items"] = trials.prescreen_trial(profile, trial_id, NOW)
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            out["error"] = exc

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert "error" not in out, out.get("error")
    assert out["screen"].detail.nct_id == "NCT06388018" and out["items"]

