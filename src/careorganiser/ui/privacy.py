"""Export from the window: a protected profile is offered an encrypted backup first, and asked before plaintext."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from careorganiser.ui import dialogs
from careorganiser.ui.context import AppContext


def _suggested(ctx: AppContext, name: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def _in_worker(fn: Any) -> Any:
    """Write in a worker while the window keeps painting (a busy cursor says it is at work)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from careorganiser.ui.worker import run_and_wait

    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        return run_and_wait(fn)
    finally:
        QApplication.restoreOverrideCursor()


def export_json(parent: QWidget | None, ctx: AppContext) -> Path | None:
    """File > Export as JSON. Returns the file written (JSON or an encrypted backup), or None."""
    from careorganiser.services import backup, packs
    from careorganiser.services import profiles as svc
    from careorganiser.services.base import ServiceError
    from careorganiser.store.profiles import ProfileError

    protected = ctx.profile.info.encrypted
    if protected:
        choice = dialogs.choose(parent, QCoreApplication.translate("Privacy", "Export"), QCoreApplication.translate("Privacy",
            "This profile is protected by a passphrase. An export writes every record as readable text that "
            "anyone with the file can read.\n\nAn encrypted backup keeps the records private and can be restored "
            "with the same passphrase."),
            [("backup", QCoreApplication.translate("Privacy", "Make an &encrypted backup")), ("plain", QCoreApplication.translate("Privacy", "Export &readable JSON"))])
        if choice is None:
            return None
        if choice == "backup":
            path = dialogs.save_file(parent, QCoreApplication.translate("Privacy", "Encrypted backup"), _suggested(ctx, "Care Organiser backup.careprofile"),
                                     QCoreApplication.translate("Privacy", "Care Organiser backups (*.careprofile)"), private=True)
            if not path:
                return None
            try:
                profile = ctx.profile
                written = _in_worker(lambda: backup.backup_profile(profile, Path(path)))
            except (ServiceError, ProfileError, OSError) as exc:
                dialogs.warn(parent, QCoreApplication.translate("Privacy", "Encrypted backup"), str(exc))
                return None
            dialogs.inform(parent, QCoreApplication.translate("Privacy", "Encrypted backup"), QCoreApplication.translate("Privacy", "Saved an encrypted copy to {path}.").format(path=written))
            return written
        if not dialogs.confirm(parent, QCoreApplication.translate("Privacy", "Export readable JSON"), QCoreApplication.translate("Privacy",
                "The file will hold the person's health records in readable form. Keep it somewhere private "
                "and delete it when it is no longer needed."), QCoreApplication.translate("Privacy", "Write readable file")):
            return None
        name = "Care Organiser export.json"
    else:
        name = packs.safe_file_name(QCoreApplication.translate("Privacy", "Care Organiser export - {name}").format(name=ctx.profile.name)) + ".json"
    path = dialogs.save_file(parent, QCoreApplication.translate("Privacy", "Export as JSON"), _suggested(ctx, name), QCoreApplication.translate("Privacy", "JSON files (*.json)"),
                             private=protected)
    if not path:
        return None
    target = Path(path)
    try:
        profile = ctx.profile
        _in_worker(lambda: svc.write_export(profile, target))
    except (ServiceError, ProfileError, OSError) as exc:
        dialogs.warn(parent, QCoreApplication.translate("Privacy", "Export as JSON"), QCoreApplication.translate("Privacy", "Nothing was exported: {error}").format(
            error=getattr(exc, "strerror", None) or exc))
        return None
    dialogs.inform(parent, QCoreApplication.translate("Privacy", "Export as JSON"), QCoreApplication.translate("Privacy", "Exported to {path}.").format(path=target))
    return target


NEUTRAL_LABELS_KEY = "privacy/neutral_labels"


def neutral_labels() -> bool:
    """Whether protected profiles are listed as "Protected profile 1, 2..." instead of by name (an option)."""
    from careorganiser.ui.context import app_settings

    return str(app_settings().value(NEUTRAL_LABELS_KEY, "false")).lower() in ("true", "1")


def set_neutral_labels(on: bool) -> None:
    from careorganiser.ui.context import app_settings

    settings = app_settings()
    settings.setValue(NEUTRAL_LABELS_KEY, "true" if on else "false")
    settings.sync()


def profile_label(info: object, everyone: list[object] | None = None) -> str:
    """How a profile is shown in lists, the lock screen and notifications: its name, or for a protected
    profile with neutral labels on, "Protected profile N" (N: its place among the protected ones)."""
    if not getattr(info, "encrypted", False) or not neutral_labels():
        return str(getattr(info, "name", ""))
    from careorganiser.store import profiles

    protected = [i for i in (everyone if everyone is not None else profiles.list_profiles())
                 if getattr(i, "encrypted", False)]
    paths = [getattr(i, "path", None) for i in protected]
    number = paths.index(getattr(info, "path", None)) + 1 if getattr(info, "path", None) in paths else 1
    return QCoreApplication.translate("Privacy", "Protected profile {n}").format(n=number)
