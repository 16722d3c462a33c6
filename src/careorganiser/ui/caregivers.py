"""Who's here: a quick chooser of the caregivers, in the status bar and at start, remembered per computer account.

Not a security boundary (the passphrase is): it only puts a name to each change and to the handover.
The list is read through the profile's plain read connection, so the first window paints without the ORM.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QCryptographicHash
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QWidget

from careorganiser.store.queries.contacts import Contact, contacts
from careorganiser.ui.context import AppContext, app_settings
from careorganiser.ui.widgets.wheel import scroll_past

NOBODY = -1
ADD = -2


def _settings_key(ctx: AppContext) -> str:
    # No profile name in settings.ini: a hash of the file's path stands for the profile.
    # SHA-256 through Qt (the same digest as hashlib's): start-up does not load the OpenSSL library for it.
    digest = bytes(QCryptographicHash.hash(str(ctx.profile.info.path).encode("utf-8"),
                                           QCryptographicHash.Algorithm.Sha256).toHex().data()).decode()[:16]
    return f"caregiver/{digest}"


def caregivers_of(ctx: AppContext) -> list[Contact]:
    """Every caregiver, by name (the care circle's one read path)."""
    import sqlcipher3.dbapi2 as sqlcipher  # loaded already: the read connection is one

    try:
        return contacts(ctx.profile.read(), caregivers_only=True)
    except sqlcipher.OperationalError:  # a file not yet upgraded has no such column: no caregivers
        return []


def remembered(ctx: AppContext) -> int | None:
    uid = app_settings().value(_settings_key(ctx))
    for c in caregivers_of(ctx):
        if c.uid == uid:
            return c.id
    return None


def choose(ctx: AppContext, contact_id: int | None) -> None:
    """Make ``contact_id`` the one who is here (None: nobody chosen), remember it, and tell the views."""
    current = ctx.profile.who.get("caregiver_id")
    if current == contact_id:
        return
    if current is not None or contact_id is not None:
        from careorganiser.services import caregivers

        caregivers.choose(ctx.profile, contact_id)
    uid = next((c.uid for c in caregivers_of(ctx) if c.id == contact_id), "")
    settings = app_settings()
    settings.setValue(_settings_key(ctx), uid)
    settings.sync()
    ctx.caregiver_changed.emit(contact_id)


def add_caregiver(parent: QWidget | None, ctx: AppContext) -> int | None:
    """Ask for a name: a contact of that name becomes a caregiver, or a new contact is made. Returns its id."""
    from careorganiser.services import caregivers
    from careorganiser.services.base import ServiceError

    name = ctx.prompter.ask_text(parent, QCoreApplication.translate("Caregivers", "Add a caregiver"), QCoreApplication.translate("Caregivers",
        "Name of the person who shares the care (someone in Contacts, or a new contact):"))
    if name is None or not name.strip():
        return None
    try:
        return caregivers.caregiver_named(ctx.profile, name).id
    except ServiceError as exc:
        ctx.prompter.warn(parent, QCoreApplication.translate("Caregivers", "Add a caregiver"), str(exc))
        return None


class CaregiverChooser(QWidget):
    """"Who's here: [Anna Hale v]" in the status bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CaregiverChooser")
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(QCoreApplication.translate("Caregivers", "Who\u2019s &here:"))
        self.combo = scroll_past(QComboBox())
        self.combo.setAccessibleName(QCoreApplication.translate("Caregivers", "Who\u2019s here"))
        self.combo.setToolTip(QCoreApplication.translate("Caregivers", "The caregiver using the app now: each change is recorded with this name. "
                                                                       "It is not a password: the profile\u2019s passphrase protects the records."))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self._filling = False
        self.combo.activated.connect(self.on_combo_activated)
        ctx.caregiver_changed.connect(lambda _id: self.fill())
        ctx.changed.connect(self.on_ctx_changed)
        start = remembered(ctx)
        if start is not None:
            ctx.profile.who["caregiver_id"] = start  # nothing to mark seen yet: this is the start
        self.fill()

    def fill(self) -> None:
        self._filling = True
        try:
            self.combo.clear()
            self.combo.addItem(QCoreApplication.translate("Caregivers", "Nobody chosen"), NOBODY)
            for c in caregivers_of(self.ctx):
                self.combo.addItem(c.name, c.id)
            self.combo.addItem(QCoreApplication.translate("Caregivers", "Add a caregiver\u2026"), ADD)
            current = self.ctx.profile.who.get("caregiver_id")
            index = self.combo.findData(current if current is not None else NOBODY)
            self.combo.setCurrentIndex(max(0, index))
        finally:
            self._filling = False

    def on_ctx_changed(self, change: object) -> None:
        if getattr(change, "touches", lambda *_a: False)("contacts"):
            self.fill()

    def on_combo_activated(self, index: int) -> None:
        if self._filling:
            return
        value = self.combo.itemData(index)
        if value == ADD:
            new = add_caregiver(self, self.ctx)
            if new is None:
                self.fill()
                return
            value = new
        choose(self.ctx, None if value == NOBODY else int(value))
        self.fill()

    def choose_by_name(self, name: str) -> None:
        """Pick a caregiver as the person would (tests and the start chooser)."""
        index = self.combo.findText(name)
        if index < 0:
            raise LookupError(name)
        self.combo.setCurrentIndex(index)
        self.on_combo_activated(index)


def ask_at_start(parent: QWidget | None, ctx: AppContext) -> None:
    """When there are caregivers and this computer account has not chosen one: ask who is here."""
    people = caregivers_of(ctx)
    if not people or ctx.profile.who.get("caregiver_id") is not None:
        return
    answer = ctx.prompter.choose(parent, QCoreApplication.translate("Caregivers", "Who\u2019s here?"), QCoreApplication.translate("Caregivers",
        "Choose your name, so the others can see what you did when they take over."),
        [(str(c.id), c.name) for c in people])
    if answer:
        choose(ctx, int(answer))


def install(window: QMainWindow, ctx: AppContext) -> CaregiverChooser:
    chooser = CaregiverChooser(ctx, window)
    window.statusBar().addPermanentWidget(chooser)
    return chooser


__all__ = ["CaregiverChooser", "ask_at_start", "choose", "install"]
