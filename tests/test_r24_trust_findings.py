"""Trust fixes found by a review of round 24's merge: each test failed before its fix."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import pack_samples as samples
from careorganiser import cli
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _pack_text(capsys: pytest.CaptureFixture[str], tmp_path: Path, doc: dict) -> str:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--profile", "Mum")[0] == 0
    out = tmp_path / "pack.pdf"
    code, _out, err = run_cli(capsys, "pack", "--profile", "Mum", "--next", "-o", str(out))
    assert code == 0, err
    return samples.flat("\n".join(samples.page_texts(out.read_bytes())))


def test_spo2_at_rest_and_on_exertion_are_charted_and_summed_up_apart(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, 96 and 94 at rest and 85 and 86 on exertion were one line zigzagging 96-85-94, summed up as
    "lowest 85%" with no word of exertion."""
    now = datetime.now(UTC).replace(microsecond=0)

    def reading(n: int, days: int, value: float, context: str | None) -> dict:
        x = {"id": f"x{n}", "taken_at": (now - timedelta(days=days)).isoformat(), "kind": "spo2_percent",
             "value": value, "unit": "%", "source": "home"}
        if context:
            x["context"] = context
        return x

    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"},
           "appointments": [{"id": "a1", "starts_at": (now + timedelta(days=5)).isoformat(), "purpose": "ILD review"}],
           "measurements": [reading(1, 20, 96, "rest"), reading(2, 15, 85, "exertion"), reading(3, 10, 94, "rest"),
                            reading(4, 5, 86, "exertion")]}
    text = _pack_text(capsys, tmp_path, doc)
    # one summary per context, each naming its context and counting only its own readings
    assert "lowest 94%, highest 96% in 2 readings" in text
    assert "lowest 85%, highest 86% in 2 readings" in text
    assert "lowest 85%, highest 96%" not in text
    assert "At rest: Latest" in text and "On exertion: Latest" in text


def test_a_dose_taken_early_is_in_the_pack_and_nothing_not_due_is_missed(profile) -> None:
    """Before, a medicine added at 17:31 with its 19:00 dose marked taken early left the 17:40 pack with no
    adherence section at all: the only answered dose was after the pack's moment."""
    from careorganiser.domain.schedules import Schedule
    from careorganiser.pack.model import PackOptions
    from careorganiser.pack.render import render_pack
    from careorganiser.services import doses, packs
    from careorganiser.services import medications as meds
    from careorganiser.services import profiles as svp

    svp.set_time_zone(profile, "Europe/London")  # UTC in December

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 12, 3, hour, minute, tzinfo=UTC)

    med = meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules"),
                                 [Schedule.times_a_day("08:00", "13:00", "19:00")], now=at(17, 31))
    doses.mark_dose(profile, med, at(19), "taken", taken_at=at(17, 35))
    data = packs.gather_pack(profile, None, at(17, 40))
    assert data.adherence is not None
    [line] = data.adherence.medications
    assert (line.name, line.scheduled, line.taken, line.skipped, line.missed) == ("Pirfenidone", 1, 1, 0, 0)
    assert data.adherence.lapses == () and data.adherence.runs == ()
    text = samples.flat("\n".join(samples.page_texts(render_pack(data, PackOptions()))))
    # its row: 1 counted, 1 taken, 0 skipped, 0 missed; no dose listed as missed or skipped
    assert "Pirfenidone counted from 3 Dec 2026 1 1 0 0 100%" in text
    assert "Missed and skipped doses" not in text


def test_the_pre_screen_column_writes_its_dates_one_way(profile, tmp_path: Path) -> None:
    """Before, one cell read "61% on 18 Nov 2026" and then "...61% on 2026-11-18; the item states 45–90%":
    the reasons wrote their dates as ISO days."""
    import re

    from careorganiser.domain.formatting import format_date
    from careorganiser.pack.model import PackOptions
    from careorganiser.services import packs
    from test_trials_literacy_store import NOW, fill

    fill(profile, tmp_path)  # DLCO 25% predicted 20 days ago, and a trial asking for 30-80%
    data = packs.gather_pack(profile, None, NOW)
    reasons = [item.reason for trial in data.trials for item in trial.key_items if item.reason]
    day = format_date((NOW - timedelta(days=20)).date())
    assert any(f"25% on {day}; the item states" in r for r in reasons), reasons
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert f"25% on {day}; the item states" in text
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), re.findall(r".{40}\b20\d\d-\d\d-\d\d\b.{20}", text)


def test_a_label_that_names_its_unit_is_not_followed_by_it_again(qtbot, profile) -> None:
    """Before, the kind list and the pack read "FEV1/FVC ratio (ratio)" and "DLCO % predicted (%)"."""
    from PySide6.QtWidgets import QComboBox

    from careorganiser.pack.model import PackOptions
    from careorganiser.services import measurements, packs
    from careorganiser.ui.journal.measurements import fill_kind_combo

    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_kind_combo(combo, measurements.kinds_by_group(profile))
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "FEV1/FVC ratio" in shown and "DLCO % predicted" in shown and "FVC (L)" in shown
    assert "FEV1/FVC ratio (ratio)" not in shown and "DLCO % predicted (%)" not in shown
    now = datetime.now(UTC)
    measurements.add_measurement(profile, now - timedelta(days=3), "fev1_fvc_ratio", 0.78, source="clinic")
    measurements.add_measurement(profile, now - timedelta(days=3), "fvc_litres", 2.1, source="clinic")
    data = packs.gather_pack(profile, None, now)
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert "FEV1/FVC ratio" in text and "(ratio)" not in text and "FVC (L)" in text
