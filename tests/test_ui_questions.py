"""The Questions page, driven through its real widgets."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import DEMO_NOW
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from ui_helpers import answer_dialog, choose, click_row, type_into

from careorganiser.services import appointments as ap
from careorganiser.services import questions as qs
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.questions.dialog import QuestionDialog
from careorganiser.ui.questions.page import QuestionsPage
from careorganiser.ui.widgets.undo_bar import UndoBar

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


@pytest.fixture
def london(profile: Any) -> Any:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
        s.add_all([m.Trial(nct_id="NCT09900001", title="Inhaled antifibrotic"),
                   m.Medication(name="Pirfenidone", strength="267 mg")])
    return profile


@pytest.fixture
def planned(london: Any) -> dict[str, int]:
    return {
        "soon": ap.create_appointment(london, day="2026-12-03", at="10:30", purpose="ILD review"),
        "later": ap.create_appointment(london, day="2026-12-17", at="14:00", purpose="GP review"),
        "past": ap.create_appointment(london, day="2026-11-01", at="10:00", purpose="Old review"),
    }


def make_page(qtbot: Any, profile: Any, now: datetime = NOW) -> QuestionsPage:
    page = QuestionsPage(AppContext(profile, clock=lambda: now))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def groups(page: QuestionsPage) -> list[tuple[str, list[str]]]:
    """What the tree shows: each group's title with the texts of its questions."""
    model = page.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out.append((group.data(), [model.index(r, 0, group).data() for r in range(model.rowCount(group))]))
    return out


def status_of(page: QuestionsPage, question_id: int) -> str:
    index = page.model.index_of_id(question_id)
    return index.sibling(index.row(), 4).data()


def click_question(qtbot: Any, page: QuestionsPage, question_id: int) -> None:
    click_row(qtbot, page.tree, page.model.index_of_id(question_id))
    assert page.selected_question() is not None and page.selected_question().id == question_id


def test_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    qtmodeltester.check(page.model)


def test_demo_questions_grouped_open_and_high_first(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    shown = groups(page)
    assert [title for title, _ in shown] == [
        "Thu 3 Dec 2026 10:30 \u00b7 ILD review: test results and treatment plan, with Dr Anil Mehta  (4 open)",
        "Thu 17 Dec 2026 14:00 \u00b7 Medication review and flu vaccine, with Dr Sarah O'Neill  (1 open)",
        "Not planned yet  (1 open)",
        "Past: Tue 8 Sep 2026 16:20 \u00b7 Chest infection, with Dr Sarah O'Neill  (none open)",
        "Past: Sat 22 Aug 2026 10:00 \u00b7 ILD review with lung function tests, with Dr Anil Mehta  (none open)",
    ]
    first = page.model.index(0, 0)
    assert [page.model.index(r, 1, first).data() for r in range(4)] == ["\u2605 High", "\u2605 High", "Normal",
                                                                       "Normal"]
    assert page.model.index(1, 3, first).data() == "Pirfenidone"
    assert page.model.index(2, 3, first).data() == "trial NCT09900001"
    # The first question is chosen and shown in full below.
    assert page.detail_text.text().startswith("The last FVC was 61%")
    assert "For: Thu 3 Dec 2026" in page.detail_meta.text()


def test_empty_state_says_what_to_do(qtbot: Any, profile: Any) -> None:
    page = make_page(qtbot, profile)
    assert page.empty_label.isVisible() and "New question" in page.empty_label.text()
    assert groups(page) == [("Not planned yet  (no questions yet)", [])]
    assert not page.edit_button.isEnabled() and not page.answer.isEnabled()


def test_add_a_question_for_the_next_appointment(qtbot: Any, london: Any, planned: dict[str, int], prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: QuestionDialog) -> None:
        assert d.appointment.currentData() == planned["soon"]  # the next appointment is offered
        type_into(qtbot, d.text, "Would she qualify for the inhaled trial?")
        type_into(qtbot, d.topic, "trials")
        choose(d.priority, "High")
        choose(d.trial, "NCT09900001")

    answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (stored,) = qs.list_questions(london)
    assert (stored.text, stored.topic, stored.priority, stored.appointment_id, stored.trial_nct_id) == (
        "Would she qualify for the inhaled trial?", "trials", "high", planned["soon"], "NCT09900001")
    assert groups(page)[0][1] == ["Would she qualify for the inhaled trial?"]
    assert page.selected_question().id == stored.id


def test_add_a_question_not_planned_yet_about_a_medication(qtbot: Any, london: Any, planned: dict[str, int], prompter: Any) -> None:
    page = make_page(qtbot, london)

    def fill(d: QuestionDialog) -> None:
        type_into(qtbot, d.text, "Can the lunchtime dose move to the evening?")
        choose(d.appointment, "Not planned yet")
        choose(d.medication, "Pirfenidone")

    answer_dialog(prompter, qtbot, fill)
    page.on_new()  # what Ctrl+N calls
    (stored,) = qs.list_questions(london)
    assert stored.appointment_id is None and stored.medication_name == "Pirfenidone"
    unplanned = [items for title, items in groups(page) if title.startswith("Not planned yet")]
    assert unplanned == [["Can the lunchtime dose move to the evening?"]]


def test_a_question_not_planned_yet_says_where_it_prints_and_prints_there(qtbot: Any, london: Any, planned: dict[str, int],
                                                                        prompter: Any) -> None:
    """A new caregiver's only question, filed under no appointment, was in no pack."""
    from careorganiser.pack.model import PackOptions
    from careorganiser.services import packs
    from test_pack_gather import text_of

    page = make_page(qtbot, london)

    def fill(d: QuestionDialog) -> None:
        type_into(qtbot, d.text, "Is the cough a side effect?")
        choose(d.appointment, "Not planned yet")

    answer_dialog(prompter, qtbot, fill)
    page.on_new()
    (stored,) = qs.list_questions(london)
    click_question(qtbot, page, stored.id)
    assert "For: not planned yet (printed in the next appointment\u2019s pack)" in page.detail_meta.text()
    soon = text_of(packs.build_pack(london, planned["soon"], PackOptions(), NOW))
    assert "Is the cough a side effect?" in soon and "not filed under an appointment" in soon
    assert "Is the cough a side effect?" not in text_of(packs.build_pack(london, planned["later"], PackOptions(), NOW))
    # Today lists the next appointment's questions as its pack prints them
    from careorganiser.services.overview import today_overview

    assert "Is the cough a side effect?" in [q.text for q in today_overview(london, NOW).questions]


@pytest.mark.parametrize("text,words", [
    ("", "Question is required."),
    ("   \x07", "Question is required."),
    ("q" * 2001, "1 character too long: this box holds at most 2000. Shorten it to save."),  # the note, once
])
def test_question_validation(qtbot: Any, london: Any, text: str, words: str, prompter: Any) -> None:
    page = make_page(qtbot, london)
    seen = answer_dialog(prompter, qtbot, lambda d: (d.text.setPlainText(text), type_into(qtbot, d.topic, "oxygen")))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = seen[0]
    assert dialog.result() == QuestionDialog.DialogCode.Rejected
    assert words in dialog.error_text("text")
    assert dialog.focusWidget() is dialog.text
    assert dialog.topic.text() == "oxygen"
    assert qs.list_questions(london) == []


def test_unicode_question_is_kept(qtbot: Any, london: Any, prompter: Any) -> None:
    page = make_page(qtbot, london)
    text = "\u00bfPuede tomar \u00bd comprimido? \u2014 \u0643\u0645 \u062c\u0631\u0639\u0629\u061f \U0001f48a"
    answer_dialog(prompter, qtbot, lambda d: d.text.setPlainText(text))
    page.on_new()
    assert qs.list_questions(london)[0].text == text
    assert groups(page)[-1][1] == [text]


def test_edit_a_question(qtbot: Any, london: Any, planned: dict[str, int], prompter: Any) -> None:
    q = qs.create_question(london, text="Old wording", appointment_id=planned["soon"])
    page = make_page(qtbot, london)
    click_question(qtbot, page, q)

    def fill(d: QuestionDialog) -> None:
        assert d.text.toPlainText() == "Old wording"
        type_into(qtbot, d.text, "New wording")
        choose(d.priority, "Low")
        choose(d.appointment, "Thu 17 Dec 2026")

    answer_dialog(prompter, qtbot, fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    row = qs.get_question(london, q)
    assert (row.text, row.priority, row.appointment_id) == ("New wording", "low", planned["later"])
    assert groups(page)[1][1] == ["New wording"]


def test_mark_asked_then_answer(qtbot: Any, london: Any, planned: dict[str, int]) -> None:
    q = qs.create_question(london, text="Oxygen for walking?", appointment_id=planned["soon"])
    page = make_page(qtbot, london)
    click_question(qtbot, page, q)
    qtbot.mouseClick(page.asked_button, Qt.MouseButton.LeftButton)
    assert qs.get_question(london, q).status == "asked"
    assert status_of(page, q) == "Asked, no answer yet"
    assert page.asked_button.text() == "Mark not &asked"

    qtbot.mouseClick(page.save_answer_button, Qt.MouseButton.LeftButton)  # nothing written yet
    assert "Write the answer" in page.errors.message("answer")
    type_into(qtbot, page.answer, "Yes, after a walking test.")
    qtbot.mouseClick(page.save_answer_button, Qt.MouseButton.LeftButton)
    row = qs.get_question(london, q)
    assert (row.status, row.answer) == ("answered", "Yes, after a walking test.")
    assert status_of(page, q) == "Answered"
    assert not page.asked_button.isEnabled()
    assert page.selected_question().id == q


def test_typed_answer_is_saved_when_choosing_another_question(qtbot: Any, london: Any,
                                                              planned: dict[str, int]) -> None:
    first = qs.create_question(london, text="First?", priority="high", appointment_id=planned["soon"])
    second = qs.create_question(london, text="Second?", appointment_id=planned["soon"])
    page = make_page(qtbot, london)
    click_question(qtbot, page, first)
    type_into(qtbot, page.answer, "An answer")
    click_question(qtbot, page, second)
    assert qs.get_question(london, first).answer == "An answer"
    assert page.answer.toPlainText() == ""


def test_move_a_question(qtbot: Any, london: Any, planned: dict[str, int]) -> None:
    q = qs.create_question(london, text="Flu vaccine?", appointment_id=planned["soon"])
    page = make_page(qtbot, london)
    click_question(qtbot, page, q)
    page.move_menu.aboutToShow.emit()
    texts = [a.text() for a in page.move_menu.actions()]
    assert texts[:3] == ["Thu 3 Dec 2026 10:30 \u00b7 ILD review", "Thu 17 Dec 2026 14:00 \u00b7 GP review",
                         "Not planned yet"]
    assert page.move_menu.actions()[0].isChecked()
    page.move_menu.actions()[1].trigger()
    assert qs.get_question(london, q).appointment_id == planned["later"]
    assert groups(page)[0][1] == [] and groups(page)[1][1] == ["Flu vaccine?"]
    assert page.selected_question().id == q
    page.move_menu.aboutToShow.emit()
    next(a for a in page.move_menu.actions() if a.text() == "Not planned yet").trigger()
    assert qs.get_question(london, q).appointment_id is None


def test_delete_and_undo(qtbot: Any, london: Any, planned: dict[str, int], prompter: Any) -> None:
    q = qs.create_question(london, text="Support group?", appointment_id=planned["soon"])
    page = make_page(qtbot, london)
    click_question(qtbot, page, q)
    prompter.answers["confirm"] = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(qs.list_questions(london)) == 1
    prompter.answers["confirm"] = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert qs.list_questions(london) == []
    assert all(items == [] for _, items in groups(page))
    assert "Support group?" in page.undo_bar.label.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [x.id for x in qs.list_questions(london)] == [q]
    assert groups(page)[0][1] == ["Support group?"]


def test_answers_recorded_after_an_appointment_show_here(qtbot: Any, london: Any, planned: dict[str, int]) -> None:
    q = qs.create_question(london, text="Change treatment?", appointment_id=planned["past"])
    page = make_page(qtbot, london)
    ap.record_outcome(london, planned["past"], "Stable", {q: "No"})
    assert status_of(page, q) == "Answered"


def test_every_control_has_an_accessible_name_and_buttons_have_mnemonics(qtbot: Any, demo_profile: Any) -> None:
    page = make_page(qtbot, demo_profile, DEMO_NOW)
    controls = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)

    def inside(widget: QWidget, kind: type) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, kind):
                return True
            parent = parent.parentWidget()
        return False

    def ours(w: QWidget) -> bool:
        return (isinstance(w, controls) and not isinstance(w, QHeaderView) and not w.objectName().startswith("qt_")
                and not any(inside(w, kind) for kind in (UndoBar, QComboBox)))

    assert [w for w in page.findChildren(QWidget) if ours(w) and not w.accessibleName()] == []
    buttons = [b for b in page.findChildren(QAbstractButton) if ours(b) and b.text()]
    assert buttons and all("&" in b.text() for b in buttons)
    dialog = QuestionDialog(page.ctx)
    qtbot.addWidget(dialog)
    assert [w for w in dialog.findChildren(QWidget) if ours(w) and not w.accessibleName()] == []
