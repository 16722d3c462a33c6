"""Care Organiser: an offline desktop organiser for family caregivers."""

import sys as _sys

__version__ = "0.1.0"
APP_NAME = "CareOrganiser"


def _load_msgspec() -> None:
    """Load msgspec (every record is a msgspec Struct) without the ``typing_extensions`` package.

    msgspec reads type hints with ``typing_extensions.get_type_hints`` when that package can be imported and
    with ``typing.get_type_hints`` otherwise; on Python 3.11 and later the first only calls the second (msgspec
    asks with ``include_extras=True``), and its ``Required``/``NotRequired`` are ``typing``'s. Importing
    ``typing_extensions`` is some 24 M instructions, a tenth of what the app adds to a bare Qt window before
    its first paint (callgrind), so msgspec is loaded here, first, while that import is refused; the refusal
    is lifted at once, and SQLAlchemy (after the first paint) imports ``typing_extensions`` as usual.
    """
    if _sys.version_info < (3, 11) or "msgspec" in _sys.modules or "typing_extensions" in _sys.modules:
        return
    _sys.modules["typing_extensions"] = None  # type: ignore[assignment]  # "import typing_extensions" fails
    try:
        import msgspec  # noqa: F401
    finally:
        if "typing_extensions" in _sys.modules and _sys.modules["typing_extensions"] is None:
            del _sys.modules["typing_extensions"]


_load_msgspec()
