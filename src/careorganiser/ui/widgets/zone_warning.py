"""A visible warning when the profile's time zone is missing or unknown, with a button to set it.

Times then follow this computer's zone (never silently): the person sees why, and can fix the profile's
zone to the computer's with one click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from careorganiser.ui.context import AppContext
from careorganiser.ui.qt_values import set_shown


class ZoneWarning(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ZoneWarning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(QCoreApplication.translate("ZoneWarning", "Time zone warning"))
        layout.addWidget(self.label, 1)
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self.on_fix_clicked)
        layout.addWidget(self.fix_button)
        self.hide()

    def refresh(self) -> None:
        from careorganiser.domain.clock import local_zone
        from careorganiser.store.reads import time_zone_warning

        warning = time_zone_warning(self.ctx.profile.read())
        set_shown(self, warning is not None)
        if warning is None:
            return
        self.label.setText(warning)
        self.fix_button.setText(QCoreApplication.translate("ZoneWarning", "Use {zone} for this profile").format(zone=local_zone().key))
        self.fix_button.setAccessibleName(self.fix_button.text())

    def on_fix_clicked(self) -> None:
        from careorganiser.domain.clock import local_zone
        from careorganiser.services.base import ServiceError
        from careorganiser.services.profiles import set_time_zone

        try:
            set_time_zone(self.ctx.profile, local_zone().key)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("ZoneWarning", "Time zone"), str(exc))
            return
        self.refresh()
