"""The pack's trial pages: only the trials chosen for the appointment, each with its checked items, its design,
its red flags and its "ask the trial team" items as questions; built from an empty profile."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pack_samples as samples
import pytest

from careorganiser.pack.model import PackOptions
from careorganiser.services import packs, trials
from careorganiser.ui.context import AppContext
from careorganiser.ui.pack_dialog import PackDialog
from test_trials_literacy_store import NOW, fill

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"


@pytest.fixture
def filled(profile: Any, tmp_path: Path) -> Any:
    fill(profile, tmp_path)  # the seed trial, considering
    trials.import_trial_files(profile, [FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json",
                                        FIXTURES / "classic-v1-fullstudies_NCT00023673_nsclc.json",
                                        FIXTURES / "v2-single-study_NCT02210780.json"])
    trials.set_interest(profile, "NCT06534528", "contacted")
    trials.set_interest(profile, "NCT00763412", "declined")
    trials.set_interest(profile, "NCT02210780", "not_eligible")
    return profile


def text_of(pdf: bytes) -> str:
    return samples.flat("\n".join(samples.page_texts(pdf)))


def test_the_pack_prints_only_the_chosen_trials_with_questions(filled: Any) -> None:
    data = packs.gather_pack(filled, None, NOW)
    assert {t.nct_id: t.chosen for t in data.trials} == {
        "NCT06534528": True, "NCT00023673": True, "NCT00763412": False, "NCT02210780": False}
    seed = next(t for t in data.trials if t.nct_id == "NCT06534528")
    assert seed.questions and all(q.startswith("Does this apply to us: \u201c") for q in seed.questions)
    assert len(seed.questions) == seed.prescreen.ask
    assert any(i.status == "conflicts" and "DLCO" in i.reason for i in seed.key_items)
    classic = next(t for t in data.trials if t.nct_id == "NCT00023673")
    assert "Not randomised" in classic.design and classic.flags == ()  # registered, results posted, phase 1/2
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert "NCT06534528" in text and "NCT00023673" in text
    assert "NCT00763412" not in text and "NCT02210780" not in text
    assert "To ask the trial team" in text and "Does this apply to us" in text
    assert "Design: Not randomised" in text
    ticked = text_of(packs.render_document("pack", data, PackOptions(trials=frozenset({"NCT00763412"}))))
    assert "NCT00763412" in ticked and "NCT06534528" not in ticked
    assert "Randomised: chance decides" in ticked


def test_the_pack_dialog_lets_the_caregiver_tick_trials(qtbot: Any, filled: Any) -> None:
    dialog = PackDialog(AppContext(filled, clock=lambda: NOW), "pack", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=20_000)  # read and rendered in a worker
    assert not dialog.trials_box.isHidden()
    assert {nct: c.isChecked() for nct, c in dialog.trial_checks.items()} == {
        "NCT06534528": True, "NCT00023673": True, "NCT00763412": False, "NCT02210780": False}
    assert dialog.options().trials == frozenset({"NCT06534528", "NCT00023673"})
    assert "NCT00763412" not in text_of(dialog.pdf)
    before = dialog.pdf
    dialog.trial_checks["NCT00763412"].setChecked(True)
    dialog.trial_checks["NCT00023673"].setChecked(False)
    qtbot.waitUntil(lambda: dialog.pdf != before and dialog.page_count() > 0 and dialog.is_ready(), timeout=10_000)
    text = text_of(dialog.pdf)
    assert "NCT00763412" in text and "NCT00023673" not in text
    for check in dialog.trial_checks.values():
        assert check.text().startswith(check.objectName().removeprefix("PackTrial-"))
