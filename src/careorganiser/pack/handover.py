"""The handover sheet: one page for the caregiver who takes over, of what happened since a time.

Plain data in (no session, no Qt); ReportLab out, like the ride sheet. The lines are the newest ones that
fit one page; the sheet says how many more there were.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from msgspec import Struct
from reportlab.platypus import Flowable, Paragraph

from careorganiser.i18n import translate
from careorganiser.pack.model import PackOptions
from careorganiser.pack.pdf.layout import (
    Layout,
    Running,
    build_pdf_counted,
    esc,
    make_layout,
    para,
)
from careorganiser.pack.pdf.tables import data_tables
from careorganiser.pack.wording import fmt_date, fmt_datetime, fmt_time, local

#: At most this many lines are tried; fewer when they do not fit one page.
PAGE_LINES = 40


def _when(when: datetime, since: datetime, tz: str) -> str:
    """The time alone on the day the sheet starts; the date too for later days."""
    return fmt_time(when, tz) if local(when, tz).date() == local(since, tz).date() else fmt_datetime(when, tz)


class HandoverLine(Struct, frozen=True):
    when: datetime
    who: str
    text: str


def render_handover_sheet(person: str, caregiver: str, since: datetime, lines: Sequence[HandoverLine],
                          tz: str, prepared_on: date, options: PackOptions | None = None) -> tuple[bytes, int]:
    """The sheet as PDF bytes and its page count (one page: the oldest lines give way)."""
    options = options or PackOptions()
    layout = make_layout(options)
    shown = list(lines)[-PAGE_LINES:]
    while True:  # one page: the oldest lines give way until it fits
        pdf, pages = _render(person, caregiver, since, shown, len(lines) - len(shown), tz, prepared_on, layout)
        if pages <= 1 or not shown:
            return pdf, pages
        shown = shown[max(1, len(shown) // 8):]


def _render(person: str, caregiver: str, since: datetime, shown: Sequence[HandoverLine], left_out: int, tz: str,
            prepared_on: date, layout: Layout) -> tuple[bytes, int]:
    title = translate("Pack", "Handover")
    story: list[Flowable] = [para(title, layout.style("title"))]
    heading = translate("Pack", "Since {when}").format(when=fmt_datetime(since, tz))
    if caregiver:
        heading = translate("Pack", "For {name}, since {when}").format(name=caregiver, when=fmt_datetime(since, tz))
    story.append(para(heading, layout.style("subtitle")))
    if not shown:
        story.append(para(translate("Pack", "Nothing new was recorded by the others."), layout.style("body")))
    else:
        cell, strong = layout.style("cell"), layout.style("cell_bold")
        rows = [[para(_when(line.when, since, tz), strong),
                 para(line.who or translate("Pack", "(nobody chosen)"), cell), para(line.text, cell)] for line in shown]
        header = [translate("Pack", "When"), translate("Pack", "Who"), translate("Pack", "What")]
        story += data_tables(layout, header, rows, (0.16, 0.24, 0.60))
        if left_out:
            story.append(Paragraph(esc(translate("Pack", "{n} earlier lines are in the app\u2019s Since you last looked.")
                                       .format(n=left_out)), layout.style("body")))
    running = Running(person=person, title=title,
                      prepared=translate("Pack", "Prepared on {date} with Care Organiser").format(date=fmt_date(prepared_on)))
    return build_pdf_counted(story, layout, running, title)
