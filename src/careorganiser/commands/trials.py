"""``careorganiser trials import|list|show``: saved ClinicalTrials.gov trials, headless.

``trials show --json`` prints one object: the trial's interchange fields plus ``"prescreen"``, one entry per
item of the eligibility text in the record's order (shared/spec/cli.md). A failed import stores nothing.
"""

from __future__ import annotations

import argparse
import textwrap
from datetime import UTC, datetime

from careorganiser.commands.common import open_profile_from_args, print_json, require_profile_name
from careorganiser.commands.words import TrialsAction
from careorganiser.i18n import translate
from careorganiser.services import trials
from careorganiser.services.trials import ImportReport, TrialDetail
from careorganiser.trials.model import phase_label, status_label
from careorganiser.trials.prescreen import ASK_TRIAL_TEAM, PrescreenItem, prescreen_caution

SPEC_KEYS = ("kind", "text", "status", "measurement", "value", "taken_at", "reason", "checks")
CHECK_KEYS = ("measurement", "bound", "value", "taken_at", "status")


def run(args: argparse.Namespace) -> int:
    require_profile_name(args)
    action = args.trials_command
    with open_profile_from_args(args) as profile:
        if action == TrialsAction.IMPORT:
            report = trials.import_trial_files(profile, args.files)
            print(render_import(report), end="")
        elif action == TrialsAction.LIST:
            rows = trials.list_trials(profile)
            if args.as_json:
                print_json([{"nct_id": r.nct_id, "title": r.title, "status": r.status, "phases": list(r.phases),
                             "interest": r.interest, "notes": r.notes,
                             "imported_at": r.imported_at.isoformat() if r.imported_at else None} for r in rows])
            else:
                print(render_list(rows), end="")
        else:
            now = datetime.now(UTC)
            detail = trials.get_trial(profile, args.nct_id)
            items = trials.prescreen_trial(profile, detail.id, now)
            if args.as_json:
                print_json(show_json(detail, items))
            else:
                limits = trials.record_limits_trial(profile, detail.id, now)
                print(render_show(detail, items, limits), end="")
    return 0


def show_json(detail: TrialDetail, items: list[PrescreenItem]) -> dict[str, object]:
    document = detail.interchange()
    entries = []
    for item in items:
        entry = {k: v for k, v in item.to_json().items() if k in SPEC_KEYS}
        entry["checks"] = [{k: v for k, v in check.items() if k in CHECK_KEYS} for check in entry["checks"]]
        entries.append(entry)
    document["prescreen"] = entries
    return document


# --------------------------------------------------------------------------------------------- text


def render_import(report: ImportReport) -> str:
    lines: list[str] = []
    for f in report.files:
        for t in f.trials:
            lines.append(translate("TrialsCommand", "“{file}”: {nct_id} {outcome} \u2014 {title}").format(
                file=f.name, nct_id=t.nct_id, outcome=trials.outcome_label(t.outcome), title=t.title))
            lines.extend("    " + trials.change_text(c) for c in t.changes)
    lines.append(report.describe())
    return "\n".join(lines) + "\n"


def render_list(rows: list[trials.TrialRow]) -> str:
    if not rows:
        return translate("TrialsCommand", "No trials are saved yet. Import one with: careorganiser trials import FILE --profile NAME") + "\n"
    lines = []
    for r in rows:
        facts = [status_label(r.status) if r.status else "", phase_label(list(r.phases)),
                 trials.interest_label(r.interest)]
        lines.append(f"{r.nct_id}  {r.title}\n    " + " \u00b7 ".join(f for f in facts if f))
    return "\n".join(lines) + "\n"


def _wrap(text: str, indent: str = "    ") -> list[str]:
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        out.extend(textwrap.wrap(paragraph, width=96, initial_indent=indent, subsequent_indent=indent) or [""])
    return out


def render_show(detail: TrialDetail, items: list[PrescreenItem], limits: list[PrescreenItem]) -> str:
    s = detail.study
    out = [f"{detail.nct_id} \u2014 {detail.title or s.title}"]
    for caution in detail.cautions:
        out += _wrap(translate("TrialsCommand", "CAUTION: {text}").format(text=caution), "")
    out.append("")
    if detail.has_record:
        for label, text in trials.study_facts(s, detail.title):
            out += _wrap(f"{label}: {text}", "")
        if s.interventions:
            out.append(translate("TrialsCommand", "Interventions:"))
            for i in s.interventions:
                out += _wrap(trials.intervention_text(i.type, i.name))
        if s.central_contacts:
            out.append(translate("TrialsCommand", "Contacts:"))
            out += [f"    {trials.contact_text(c)}" for c in s.central_contacts]
        if s.sites:
            out.append(translate("TrialsCommand", "Sites ({count}):").format(count=len(s.sites)))
            for site in s.sites:
                state = f" ({status_label(site.status)})" if site.status else ""
                out += _wrap(site.place() + state)
                out += [f"        {trials.contact_text(c)}" for c in site.contacts]
        out.append(translate("TrialsCommand", "Record: {url}").format(url=s.url or f"https://clinicaltrials.gov/study/{detail.nct_id}"))
    else:
        if detail.status:
            out.append(translate("TrialsCommand", "Status: {status}").format(status=status_label(detail.status)))
        out.append(translate("TrialsCommand", "No ClinicalTrials.gov record is saved for this trial yet; import one to see its details "
                                              "and the eligibility pre-screen."))
    out.append("")
    out.append(translate("TrialsCommand", "Your interest: {interest}").format(interest=trials.interest_label(detail.interest)))
    out.append(translate("TrialsCommand", "Your notes:") + ("" if detail.notes else " " + translate("TrialsCommand", "(none)")))
    if detail.notes:
        out += _wrap(detail.notes)
    if detail.last_changes:
        out.append("")
        out.append(translate("TrialsCommand", "What changed at the last import:"))
        out += ["    " + trials.change_text(c) for c in detail.last_changes]
    if detail.has_record:
        out.append("")
        out += _prescreen_text(items, limits)
    return "\n".join(out) + "\n"


def _prescreen_text(items: list[PrescreenItem], limits: list[PrescreenItem]) -> list[str]:
    out = [translate("TrialsCommand", "Eligibility pre-screen"), ""]
    out += _wrap(prescreen_caution(), "")
    if not items:
        out.append(translate("TrialsCommand", "The record has no eligibility text."))
    for number, item in enumerate(items, start=1):
        out += ["", f"{number:>2}. {_item_head(item)}"]
        out += _item_lines(item)
    if limits:
        out += ["", translate("TrialsCommand", "From the record's age and sex limits:")]
        for item in limits:
            out += ["", f"    {_item_head(item)}"]
            out += _item_lines(item)
    return out


def _item_head(item: PrescreenItem) -> str:
    return f"{trials.prescreen_kind_label(item.kind)} \u2014 {trials.prescreen_status_label(item.status)}"


def _item_lines(item: PrescreenItem) -> list[str]:
    lines = _wrap(item.text, "      ")
    if item.status != ASK_TRIAL_TEAM and item.reason:
        lines += _wrap(translate("TrialsCommand", "Used: {reason}").format(reason=item.reason), "      ")
    elif item.checks and item.reason:
        lines += _wrap(translate("TrialsCommand", "Why: {reason}").format(reason=item.reason), "      ")
    return lines
