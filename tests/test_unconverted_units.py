"""Readings imported in another unit before imports converted units (creatinine "3.5 mg/dL" stored as 3.5, its
unit kept beside it) stay in old profiles. They are found without a migration (the stored unit is not the
kind's), flagged where they are listed, left out of the pre-screen, the charts and the pack's trend (which read
the kind's unit), and never changed. Built from an empty profile; the old import's row is written as it
stored it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pack_samples as samples
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from ui_helpers import show

from careorganiser.pack.model import PackOptions
from careorganiser.services import measurements, packs, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)
NSCLC = Path(__file__).parent / "fixtures" / "ctgov" / "classic-v1-fullstudies_NCT00023673_nsclc.json"


def old_import(profile: Any) -> int:
    """A creatinine of 3.5 mg/dL as an import before the fix stored it: the number as written, its unit kept."""
    row = measurements.add_measurement(profile, NOW - timedelta(days=2), "creatinine_umol_l", 300, source="lab")
    with profile.session_factory.begin() as s:
        s.execute(text("UPDATE measurements SET value = 3.5, unit = 'mg/dL' WHERE id = :id"), {"id": row.id})
    return row.id


def test_a_reading_in_another_unit_is_flagged_and_used_nowhere(qtbot: Any, profile: Any) -> None:
    flagged = old_import(profile)
    fine = measurements.add_measurement(profile, NOW - timedelta(days=40), "creatinine_umol_l", 80, source="lab")
    rows = {x.id: x for x in measurements.list_measurements(profile)}
    assert rows[flagged].unit_not_converted and not rows[fine.id].unit_not_converted
    page = show(qtbot, JournalPage(AppContext(profile, clock=lambda: NOW)), 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    QApplication.processEvents()
    model = page.measures.model
    shown = model.data(model.index(model.row_of_id(flagged), 2))
    assert shown == "3.5 mg/dL (unit not converted)"
    tip = model.data(model.index(model.row_of_id(flagged), 2), Qt.ItemDataRole.ToolTipRole)
    assert "not used in the chart or the pre-screen" in tip and "\u00b5mol/L" in tip
    assert model.data(model.index(model.row_of_id(fine.id), 2)) == "80 \u00b5mol/L"
    assert [p for x in measurements.chart(profile, "creatinine_umol_l").series for p in x.points] == [(fine.taken_at, 80.0)]  # the chart's points
    stored = measurements.get_measurement(profile, flagged)
    assert (stored.value, stored.unit) == (3.5, "mg/dL")  # nothing changed behind the person's back


def test_the_pre_screen_and_the_pack_leave_it_out_and_say_so(profile: Any) -> None:
    old_import(profile)
    trials.import_trial_files(profile, [NSCLC], now=NOW)
    [item] = [i for i in trials.prescreen_trial(profile, "NCT00023673", NOW)
              if i.text.startswith("Creatinine no greater than")]
    assert item.status != "fits" and item.value is None  # 3.5 read as µmol/L "fitted" 2.0 mg/dL
    assert "in mg/dL were imported before units were converted, so they are not used" in item.reason
    data = packs.gather_pack(profile, None, NOW)
    assert [s.kind for s in data.measurements] == []
    pdf_text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert "is recorded in mg/dL, not \u00b5mol/L: its unit was not converted when it was imported" in pdf_text
    assert "Creatinine only in mg/dL, not converted at import" in pdf_text  # not "No Creatinine recorded"
    assert "No Creatinine recorded" not in pdf_text


def test_export_and_import_again_converts_it(profile: Any) -> None:
    """What docs/interchange.md tells the person: the export keeps the reading as written with its unit, and
    an import converts it now."""
    from careorganiser.services import profiles as profile_service
    from careorganiser.store import profiles

    old_import(profile)
    document = profile_service.export_profile(profile)
    assert [(x["value"], x["unit"]) for x in document["measurements"]] == [(3.5, "mg/dL")]
    again = profiles.create_profile("Again")
    try:
        profile_service.import_into(again, document)
        [row] = measurements.list_measurements(again)
        assert (round(row.value, 2), row.unit, row.unit_not_converted) == (309.47, "\u00b5mol/L", False)
    finally:
        again.close()
