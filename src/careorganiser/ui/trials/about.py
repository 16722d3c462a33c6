"""The "About the study" tab's rich text, built without widgets (in the worker that reads the trial).

Every piece of text from the record is escaped before it goes into the HTML.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from careorganiser.services import trials
from careorganiser.services.trials import TrialDetail, TrialScreen
from careorganiser.trials.model import status_label
from careorganiser.ui.trials.words import short

LONG_TEXT_LIMIT = 400  # characters of an intervention's description or an arm shown


def with_about(screen: TrialScreen | None) -> tuple[TrialScreen, str] | None:
    """The trial read, with the study's text as HTML (made in the worker too)."""
    return (screen, about_html(screen.detail)) if screen is not None else None


def section(title: str, body: str) -> str:
    return f"<h4>{escape(title)}</h4>{body}" if body else ""


def paragraphs(text: str) -> str:
    """Each paragraph (a blank line between) as a <p>, escaped."""
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())


def bullets(items: list[str]) -> str:
    """Items already escaped, as a list; "" when there are none."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else ""


def facts_table(rows: list[tuple[str, str]]) -> str:
    """Short facts as a two-column table: the label in bold, then the value (both already escaped)."""
    cells = "".join(f"<tr><td style='padding-right:12px'><b>{label}</b></td><td>{value}</td></tr>"
                    for label, value in rows if value)
    return f"<table cellspacing='2'>{cells}</table>" if cells else ""


def about_html(d: TrialDetail) -> str:
    """The study in plain words: its facts, interventions, groups, outcomes, contacts, sites and summary."""
    s = d.study
    if not d.has_record:
        return paragraphs(QCoreApplication.translate("TrialsPage", "No ClinicalTrials.gov record is saved for {nct_id} yet. Import the record saved from the "
                                                                   "website (\u201cImport file\u2026\u201d, or drop the file on this page), or use \u201cLook up "
                                                                   "online\u2026\u201d to fetch it.").format(nct_id=d.nct_id))
    parts = [facts_table([(escape(label), escape(text)) for label, text in trials.study_facts(s, d.title)])]
    interventions = []
    for i in s.interventions:
        text = f"<b>{escape(trials.intervention_text(i.type, i.name))}</b>"
        if i.description:
            text += f" \u2014 {escape(short(i.description, LONG_TEXT_LIMIT))}"
        interventions.append(text)
    parts.append(section(QCoreApplication.translate("TrialsPage", "Interventions"), bullets(interventions)))
    parts.append(section(QCoreApplication.translate("TrialsPage", "Groups (arms)"),
                         bullets([escape(short(a, LONG_TEXT_LIMIT)) for a in trials.arm_lines(s)])))
    parts.append(section(QCoreApplication.translate("TrialsPage", "Main results measured (primary outcomes)"),
                         bullets([escape(o) for o in trials.outcome_lines(s.primary_outcomes)])))
    parts.append(section(QCoreApplication.translate("TrialsPage", "Other results measured (secondary outcomes)"),
                         bullets([escape(o) for o in trials.outcome_lines(s.secondary_outcomes)])))
    parts.append(section(QCoreApplication.translate("TrialsPage", "Contacts for the trial"),
                         bullets([escape(trials.contact_text(c)) for c in s.central_contacts])))
    sites = []
    for site in s.sites:
        text = '<b>{}</b>'.format(escape(site.place() or QCoreApplication.translate('TrialsPage', 'A site without a name')))
        if site.status:
            text += f" ({escape(status_label(site.status))})"
        for c in site.contacts:
            text += f"<br>{escape(trials.contact_text(c))}"
        sites.append(text)
    if sites:
        parts.append(section(QCoreApplication.translate("TrialsPage", "Sites ({count}) and their contacts").format(count=len(sites)), bullets(sites)))
    parts.append(section(QCoreApplication.translate("TrialsPage", "Summary"), paragraphs(s.brief_summary)))
    parts.append(section(QCoreApplication.translate("TrialsPage", "The record"), paragraphs(QCoreApplication.translate("TrialsPage", "{url} (saved on this computer; the app does not go online "
                                                                                                                     "unless you ask)").format(url=s.url or d.nct_id))))
    return "".join(p for p in parts if p)
