"""Offers without an NCT number: stored in the profile and the interchange, shown with their red flags on the
Trials page and printed in the pack."""

from __future__ import annotations

from typing import Any

import pack_samples as samples
import pytest
from PySide6.QtCore import Qt

from careorganiser.pack.model import PackOptions
from careorganiser.services import packs, trials
from careorganiser.services import profiles as profile_service
from careorganiser.services.base import NotFound, ValidationError
from careorganiser.store import interchange, profiles
from careorganiser.ui.trials.dialogs import OfferDialog
from test_trials_literacy_store import NOW
from test_ui_trials import check_models, cell, make_page

CLINIC = {"name": "Stem cell therapy for lung fibrosis", "provider": "Renew Clinic, Cancun",
          "offered": "Three infusions of umbilical cord stem cells", "cost": "They charge £9,500 per infusion",
          "heard_from": "A Facebook group", "notes": "Not covered by insurance"}


def test_offers_are_kept_with_their_red_flags(profile: Any) -> None:
    assert trials.list_offers(profile) == []
    offer = trials.add_offer(profile, **CLINIC)
    assert "no NCT number" in offer.flags[0]
    assert any("paying to take part" in f for f in offer.flags)
    assert any("Renew Clinic, Cancun" in f for f in offer.flags)
    with pytest.raises(ValidationError) as refused:
        trials.add_offer(profile, name="  ", cost="free")
    assert refused.value.field == "name"
    with pytest.raises(ValidationError) as refused:
        trials.add_offer(profile, name="X", provider="x" * 301)
    assert refused.value.field == "provider"
    assert [o.name for o in trials.list_offers(profile)] == [CLINIC["name"]]  # nothing half-saved
    changed = trials.update_offer(profile, offer.id, name="Breathing class", cost="free of charge")
    assert changed.flags == (trials.list_offers(profile)[0].flags[0],) and len(changed.flags) == 1
    trials.delete_offer(profile, offer.id)
    assert trials.list_offers(profile) == []
    with pytest.raises(NotFound):
        trials.delete_offer(profile, offer.id)


def test_offers_travel_in_the_interchange(profile: Any) -> None:
    trials.add_offer(profile, **CLINIC)
    doc = profile_service.export_profile(profile)
    assert [{k: v for k, v in o.items() if k != "id"} for o in doc["offers"]] == [CLINIC]
    other = profiles.create_profile("Other")
    try:
        bad = dict(doc, offers=[{"provider": "nameless"}])
        with pytest.raises(interchange.InterchangeError) as refused:
            profile_service.import_into(other, bad)
        assert refused.value.path == "offers[0].name"
        summary = profile_service.import_into(other, doc)
        assert summary.counts["offers"] == 1
        assert [o.provider for o in trials.list_offers(other)] == [CLINIC["provider"]]
    finally:
        other.close()
    older = {k: v for k, v in doc.items() if k != "offers"}  # an export made before offers existed
    third = profiles.create_profile("Third")
    try:
        profile_service.import_into(third, older)
        assert trials.list_offers(third) == []
    finally:
        third.close()


def test_offers_print_in_the_pack_unless_unticked(profile: Any) -> None:
    offer = trials.add_offer(profile, **CLINIC)
    data = packs.gather_pack(profile, None, NOW)
    text = samples.flat("\n".join(samples.page_texts(packs.render_document("pack", data, PackOptions()))))
    assert "Offer without an NCT number: Stem cell therapy for lung fibrosis" in text
    assert "£9,500 per infusion" in text and "paying to take part" in text
    unticked = packs.render_document("pack", data, PackOptions(trials=frozenset()))
    assert "Stem cell therapy" not in samples.flat("\n".join(samples.page_texts(unticked)))
    assert data.offers[0].key == f"offer:{offer.uid}"


def test_record_an_offer_on_the_trials_page(qtbot: Any, profile: Any, qtmodeltester: Any, prompter: Any) -> None:
    page = make_page(qtbot, profile, NOW)
    assert page.offers.table.isHidden()

    def fill(dialog: OfferDialog) -> int:
        dialog.edits["name"].setText("")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.errors.message("name") and dialog.offer is None  # the name is required
        for key, value in CLINIC.items():
            dialog.edits[key].setText(value)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    prompter.answers["run_dialog"] = fill
    qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in trials.list_offers(profile)] == [CLINIC["name"]]
    assert not page.offers.table.isHidden()
    assert cell(page.offers.model, 0, 0) == CLINIC["name"]
    assert "\u26a0" in cell(page.offers.model, 0, 3) and "paying to take part" in cell(page.offers.model, 0, 3)
    assert "paying to take part" in page.message.text()
    qtmodeltester.check(page.offers.model)
    check_models(qtmodeltester, page)
    page.offers.table.selectRow(0)
    prompter.answers["confirm"] = lambda title, text: CLINIC["name"] in text
    qtbot.mouseClick(page.offers.delete_button, Qt.MouseButton.LeftButton)
    assert trials.list_offers(profile) == [] and page.offers.table.isHidden()
