"""Eligibility criteria read once and kept (trials.parsed): the kept reading gives the very verdicts the text does,
loses no bound, is made again when missing, of an older version, for another text or damaged, and is never
exported."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from trials_corpus import person as corpus_person
from trials_corpus.corpus import corpus_texts

from careorganiser.resources import resource_path
from careorganiser.services import packs, profiles, trials
from careorganiser.store import models as m
from careorganiser.trials import parsed
from careorganiser.trials import prescreen as ps
from careorganiser.trials.bounds import find_bounds
from careorganiser.trials.medicines import _MEDICINES, _has_whole_word, without_brackets
from careorganiser.trials.readers import study_from_record

FIXTURES = Path(__file__).parent / "fixtures" / "ctgov"
NOW = corpus_person.NOW
DLCO_TEXT = """Inclusion Criteria:

* Diagnosis of IPF
* DLco (corrected for haemoglobin) 30-79% predicted within the previous 3 months
* FVC >= 45% predicted

Exclusion Criteria:

* ALT and AST > 3 x ULN
* Currently taking pirfenidone or nintedanib
"""


def every_text() -> dict[str, str]:
    """Every eligibility text the project has: the shared samples, the labelled corpus and the demo's trials."""
    texts = corpus_texts()
    for record in json.loads(resource_path("demo", "demo_trials.json").read_text(encoding="utf-8"))["studies"]:
        study = study_from_record(record)
        texts[study.nct_id] = study.eligibility_criteria
    texts["DLCO"] = DLCO_TEXT
    return texts


TEXTS = every_text()


def _facts(scale: float, days_earlier: int) -> list[ps.MeasurementFact]:
    return [ps.MeasurementFact(kind, value * scale, taken - timedelta(days=days_earlier), None, high, context)
            for kind, value, taken, high, context in corpus_person.MEASUREMENTS]


_MEDS = [ps.MedicationFact(name, start, stop, dose) for name, dose, start, stop in corpus_person.MEDICATIONS]
PEOPLE = {
    "corpus person": (ps.PersonFacts(corpus_person.DATE_OF_BIRTH, corpus_person.SEX, corpus_person.CONDITIONS),
                      _facts(1, 0), _MEDS),
    "nothing recorded": (ps.PersonFacts(), [], []),
    "young woman, low values, old readings": (ps.PersonFacts(date(1990, 1, 1), "female", ("COPD (mild)",)),
                                              _facts(0.5, 200), _MEDS[:1]),
    "old man, high values, older readings": (ps.PersonFacts(date(1940, 1, 1), "male", ("Interstitial lung disease",)),
                                             _facts(1.6, 400), [ps.MedicationFact("Ofev 150 mg", None)]),
}


def kept_form(text: str) -> dict[str, Any]:
    """The reading as it comes back from the profile: through JSON."""
    return json.loads(json.dumps(parsed.read_criteria(text)))


# ------------------------------------------------------------------------------------------ the same verdicts


@pytest.mark.parametrize("nct_id", sorted(TEXTS))
def test_kept_reading_gives_every_verdict_the_text_gives(nct_id: str) -> None:
    text = TEXTS[nct_id]
    items, fresh = parsed.criteria_items(kept_form(text), text)
    assert items is not None and fresh is None  # the kept reading is trusted, not read again
    for who, (person, measurements, medications) in PEOPLE.items():
        from_text = ps.prescreen(text, person, measurements, NOW, medications=medications)
        kept = ps.prescreen_parsed(items, person, measurements, NOW, medications=medications)
        assert len(kept) == len(from_text), who
        for old, new in zip(from_text, kept, strict=True):
            # every field: kind, text, status, measurement, value, date, reason, each check, section, shown
            assert new == old, (who, old.text)
        assert ps.ask_questions(kept, parsed.fillers(items)) == ps.ask_questions(from_text), who


def test_the_corpus_is_screened_into_every_status_and_bound_kind() -> None:
    """The comparison above means something: the texts give every status and many kinds of bound."""
    statuses, kinds = set(), set()
    for criteria in TEXTS.values():
        for person, measurements, medications in PEOPLE.values():
            for item in ps.prescreen(criteria, person, measurements, NOW, medications=medications):
                statuses.add(item.status)
                kinds.update(c.measurement for c in item.checks)
    assert statuses == set(ps.STATUSES)
    assert {"dlco_percent_predicted", "fvc_percent_predicted", "alt_u_l", "age", "sex", "medication",
            "condition"} <= kinds


@pytest.mark.parametrize("nct_id", sorted(TEXTS))
def test_no_bound_is_lost_on_the_way_through_the_kept_form(nct_id: str) -> None:
    text = TEXTS[nct_id]
    reading = parsed.read_criteria(text)
    assert json.loads(json.dumps(reading)) == reading  # the JSON round trip changes nothing
    assert parsed.kept_items(reading, text) is not None  # the reading as made is trusted too (plain JSON types)
    items = parsed.kept_items(json.loads(json.dumps(reading)), text)
    assert items is not None
    for item in items:
        for clause in item["clauses"] or [c for alternative in item["alternatives"] for c in alternative]:
            assert list(clause["bounds"]) == find_bounds(clause["text"])


def test_a_dlco_limit_keeps_its_numbers_and_its_verdict() -> None:
    items, _ = parsed.criteria_items(kept_form(DLCO_TEXT), DLCO_TEXT)
    assert items is not None
    dlco = next(i for i in items if i["shown"].startswith("DLco"))
    (clause,) = dlco["clauses"]
    (bound,) = clause["bounds"]
    assert (bound.measurement, bound.low, bound.high, bound.low_inclusive, bound.high_inclusive) == \
        ("dlco_percent_predicted", 30.0, 79.0, True, True)
    assert clause["window"] is not None and clause["window"].phrase() == "3 months"
    person, measurements, medications = PEOPLE["corpus person"]  # DLCO 25% on 15 Nov 2026
    screened = ps.prescreen_parsed(items, person, measurements, NOW, medications=medications)
    item = next(i for i in screened if i.text.startswith("DLco"))
    assert (item.status, item.measurement, item.value) == (ps.CONFLICTS, "dlco_percent_predicted", 25.0)


# ------------------------------------------------------------------------------------------ trusted only when right


def test_a_kept_reading_is_refused_when_anything_is_off() -> None:
    text = DLCO_TEXT
    good = kept_form(text)
    assert parsed.kept_items(good, text) is not None

    def changed(change: Any) -> dict[str, Any]:
        copy = json.loads(json.dumps(good))
        change(copy)
        return copy

    dlco = next(i for i, item in enumerate(good["items"]) if item["shown"].startswith("DLco"))
    refused = [
        None, "not an object", [], {},
        changed(lambda d: d.update(version=parsed.PARSER_VERSION - 1)),
        changed(lambda d: d.update(version=True)),
        changed(lambda d: d.update(text_sha256=parsed.text_digest(text + " "))),
        changed(lambda d: d.update(extra=1)),
        changed(lambda d: d["items"][dlco].pop("clauses")),
        changed(lambda d: d["items"][dlco]["clauses"][0]["bounds"][0].update(low="30")),
        changed(lambda d: d["items"][dlco]["clauses"][0]["bounds"][0].update(low=float("nan"))),
        changed(lambda d: d["items"][dlco]["clauses"][0]["bounds"][0].update(low=None, high=None)),
        changed(lambda d: d["items"][dlco]["clauses"][0]["bounds"][0].update(measurement="dlco")),
        changed(lambda d: d["items"][dlco]["clauses"][0]["bounds"][0].pop("uln")),
        changed(lambda d: d["items"][dlco]["clauses"][0].update(window=[3, "fortnight"])),
        changed(lambda d: d["items"][dlco]["clauses"][0].update(window=[0, "month"])),
        changed(lambda d: d["items"][dlco]["clauses"][0].update(contexts=["walking"])),
        changed(lambda d: d["items"][dlco]["clauses"][0].update(medicines=["aspirin"])),
        changed(lambda d: d["items"][dlco].update(kind="maybe")),
        changed(lambda d: d["items"][dlco].update(alternatives=[])),
        changed(lambda d: d["items"][dlco].update(excluding=1)),
    ]
    for kept in refused:
        assert parsed.kept_items(kept, text) is None, kept
        items, fresh = parsed.criteria_items(kept, text)
        assert fresh == parsed.read_criteria(text)  # read again, and that reading is the one to keep
        assert items == parsed.kept_items(good, text)


# ------------------------------------------------------------------------------------------ through the profile


def _stored(profile: Any) -> dict[str, Any]:
    with profile.session_factory() as s:
        return {nct: reading for nct, reading in s.execute(select(m.Trial.nct_id, m.Trial.criteria_parse))}


def _pack_trials(profile: Any) -> dict[str, tuple[Any, ...]]:
    data = packs.gather_pack(profile, None, NOW)
    return {t.nct_id: (t.prescreen, t.key_items, t.questions, t.flags) for t in data.trials}


def _text_path_pack_trials(profile: Any) -> dict[str, tuple[Any, ...]]:
    """What the pack shows when each trial's texts are read at print time (as before)."""
    original = parsed.read_trial
    try:
        parsed.read_trial = lambda kept, study: (None, None, None)  # type: ignore[assignment]
        return _pack_trials(profile)
    finally:
        parsed.read_trial = original  # type: ignore[assignment]


def test_a_trial_imported_into_an_empty_profile_is_read_once_and_printed_from_that(profile: Any,
                                                                                     tmp_path: Path) -> None:
    samples = sorted(FIXTURES.glob("*.json"))
    trials.import_trial_files(profile, samples, now=NOW)
    stored = _stored(profile)
    assert len(stored) == 6  # ten records, six trials (some samples hold the same trial)
    with profile.session_factory() as s:
        studies = {t.nct_id: ps.Study.from_dict(t.study) for t in s.scalars(select(m.Trial))}
    for nct_id, reading in stored.items():
        assert reading == parsed.read_study(studies[nct_id])
    calls: list[str] = []
    original = parsed.read_criteria
    parsed.read_criteria = lambda t: calls.append(t) or original(t)  # type: ignore[assignment,func-returns-value]
    try:
        printed = _pack_trials(profile)
        shown = trials.prescreen_trial(profile, "NCT00763412", NOW)
    finally:
        parsed.read_criteria = original  # type: ignore[assignment]
    assert calls == []  # nothing read again at print time, or for the trial's pane
    assert printed == _text_path_pack_trials(profile)
    assert any(p is not None and p.conflicts + p.fits + p.no_data for p, _, _, _ in printed.values())
    study = ps.Study.from_dict(next(iter(_study_rows(profile, "NCT00763412"))))
    assert shown == ps.prescreen(study, ps.PersonFacts(), [], NOW)


def _study_rows(profile: Any, nct_id: str) -> list[dict[str, Any]]:
    with profile.session_factory() as s:
        return list(s.scalars(select(m.Trial.study).where(m.Trial.nct_id == nct_id)))


def _set_reading(profile: Any, sql_value: str | None, nct_id: str) -> None:
    with profile.session_factory.begin() as s:
        s.execute(text("UPDATE trials SET criteria_parse = :v WHERE nct_id = :n"), {"v": sql_value, "n": nct_id})


@pytest.mark.parametrize("damage", ["older version", "bad JSON", "another text", "a bound changed", "none"])
def test_a_reading_not_to_trust_is_made_again_at_print_and_kept(profile: Any, damage: str) -> None:
    trials.import_trial_files(profile, [FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"], now=NOW)
    nct_id = "NCT00763412"
    good = _stored(profile)[nct_id]
    expected = _pack_trials(profile)
    bad = json.loads(json.dumps(good))
    if damage == "older version":
        bad["version"] = parsed.PARSER_VERSION - 1
        value: str | None = json.dumps(bad)
    elif damage == "bad JSON":
        value = '{"version": 1, "items": [{"kind": "incl'
    elif damage == "another text":
        bad["text_sha256"] = parsed.text_digest("Inclusion Criteria:\n* Age 18 or older")
        value = json.dumps(bad)
    elif damage == "a bound changed":
        clause = next(c for item in bad["items"] for c in item["clauses"] or () if c["bounds"])
        clause["bounds"][0]["low"] = "lots"
        value = json.dumps(bad)
    else:
        value = None
    _set_reading(profile, value, nct_id)
    with profile.session_factory() as s:
        updated_before = s.scalar(select(m.Trial.updated_at).where(m.Trial.nct_id == nct_id))
        versions_before = s.scalar(select(func.count()).select_from(m.RecordVersion))
    assert _pack_trials(profile) == expected  # not trusted: read again, the same pack
    assert _stored(profile)[nct_id] == good  # and kept
    with profile.session_factory() as s:  # derived data: no edit of the trial, no version in its history
        assert s.scalar(select(m.Trial.updated_at).where(m.Trial.nct_id == nct_id)) == updated_before
        assert s.scalar(select(func.count()).select_from(m.RecordVersion)) == versions_before


def test_the_trial_pane_reads_again_and_keeps_a_missing_reading(profile: Any) -> None:
    trials.import_trial_files(profile, [FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"], now=NOW)
    good = _stored(profile)["NCT00763412"]
    _set_reading(profile, None, "NCT00763412")
    study = ps.Study.from_dict(_study_rows(profile, "NCT00763412")[0])
    assert trials.prescreen_trial(profile, "NCT00763412", NOW) == ps.prescreen(study, ps.PersonFacts(), [], NOW)
    assert _stored(profile)["NCT00763412"] == good


def test_a_reimported_trial_with_new_criteria_is_read_again(profile: Any, tmp_path: Path) -> None:
    source = FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"
    trials.import_trial_files(profile, [source], now=NOW)
    record = json.loads(source.read_text(encoding="utf-8"))
    module = record["protocolSection"]["eligibilityModule"]
    module["eligibilityCriteria"] = "Inclusion Criteria:\n\n* FEV1 >= 40% predicted\n"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(record), encoding="utf-8")
    trials.import_trial_files(profile, [changed], now=NOW)
    study = ps.Study.from_dict(_study_rows(profile, "NCT00763412")[0])
    kept = _stored(profile)["NCT00763412"]
    assert kept == parsed.read_study(study)
    assert [b["measurement"] for i in kept["items"] for c in i["clauses"] for b in c["bounds"]] == \
        ["fev1_percent_predicted"]


def test_a_trial_imported_again_unchanged_keeps_its_reading_without_reading_again(
        profile: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept reading is used as it is when it is of this version and of the very texts imported again; one of
    an older version, of other texts or of another payment text is read again and replaced."""
    source = FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json"
    trials.import_trial_files(profile, [source], now=NOW)
    good = _stored(profile)["NCT00763412"]
    calls: list[str] = []
    original = parsed.read_criteria
    monkeypatch.setattr(parsed, "read_criteria", lambda t: calls.append(t) or original(t))

    trials.import_trial_files(profile, [source], now=NOW)
    assert calls == [] and _stored(profile)["NCT00763412"] == good

    older = json.loads(json.dumps(good))
    older["version"] = parsed.PARSER_VERSION - 1
    for stale in (json.dumps(older), json.dumps({**good, "text_sha256": parsed.text_digest("Age 18 or older")}),
                  json.dumps({**good, "payment": {"texts_sha256": parsed.text_digest("x"), "asks": True}})):
        _set_reading(profile, stale, "NCT00763412")
        calls.clear()
        trials.import_trial_files(profile, [source], now=NOW)
        assert len(calls) == 1 and _stored(profile)["NCT00763412"] == good

    record = json.loads(source.read_text(encoding="utf-8"))  # only the payment texts differ: read again
    record["protocolSection"]["descriptionModule"]["briefSummary"] += " Participants pay a fee of $500."
    paying = tmp_path / "paying.json"
    paying.write_text(json.dumps(record), encoding="utf-8")
    calls.clear()
    trials.import_trial_files(profile, [paying], now=NOW)
    kept = _stored(profile)["NCT00763412"]
    assert len(calls) == 1 and kept["items"] == good["items"] and kept["payment"] != good["payment"]
    assert kept == parsed.read_study(ps.Study.from_dict(_study_rows(profile, "NCT00763412")[0]))


def test_an_interchange_import_reads_every_trial_and_the_export_leaves_the_reading_out(demo_profile: Any) -> None:
    stored = _stored(demo_profile)
    assert stored and all(r is not None and r["version"] == parsed.PARSER_VERSION for r in stored.values())
    document = profiles.export_profile(demo_profile)
    assert "criteria_parse" not in json.dumps(document) and "text_sha256" not in json.dumps(document)
    assert all("criteria_parse" not in t for t in document["trials"])


# ------------------------------------------------------------------------------------------ str in place of regex


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\u00a0()[]abcé_1-", max_size=24))
def test_brackets_are_left_out_as_the_pattern_did(value: str) -> None:
    assert without_brackets(value) == re.sub(r"\s*\([^)]*\)", "", value)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["ofev", "pirfenidone", "solu-medrol", "esbriet", "pirf", " ", "-", "_", "é", "1",
                                 "/", "x", "ß", "\u0660"]), max_size=6),
       st.sampled_from(sorted(n for names in _MEDICINES.values() for n in names)))
def test_a_medicine_name_is_found_as_the_pattern_found_it(parts: list[str], name: str) -> None:
    value = "".join(parts)
    assert _has_whole_word(value, name) == (re.search(rf"\b{re.escape(name)}\b", value) is not None)
    assert _has_whole_word(value + name, name) == (re.search(rf"\b{re.escape(name)}\b", value + name) is not None)


def test_sqlite_json_of_a_reading_is_what_was_kept(tmp_path: Path) -> None:
    """The column holds the reading as JSON text (no float lost in SQLite's own JSON functions either)."""
    reading = parsed.read_criteria(DLCO_TEXT)
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (v JSON)")
    conn.execute("INSERT INTO t VALUES (?)", (json.dumps(reading),))
    (back,) = conn.execute("SELECT json(v) FROM t").fetchone()
    assert json.loads(back) == reading


# ------------------------------------------------------------------------------------------ the payment check


def test_a_record_asking_to_pay_is_flagged_from_the_kept_reading_as_from_its_texts(profile: Any,
                                                                                    tmp_path: Path) -> None:
    record = json.loads((FIXTURES / "v2-single-study_NCT00763412_cystic-fibrosis.json").read_text(encoding="utf-8"))
    description = record["protocolSection"].setdefault("descriptionModule", {})
    description["briefSummary"] = "Each infusion costs $4,500, paid by the patient before treatment."
    path = tmp_path / "paying.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    trials.import_trial_files(profile, [path], now=NOW)
    kept = _stored(profile)["NCT00763412"]
    assert kept["payment"]["asks"] is True
    printed = _pack_trials(profile)
    assert printed == _text_path_pack_trials(profile)
    assert any("paying to take part" in flag for flag in printed["NCT00763412"][3])
    # a kept answer for other texts is not trusted
    _set_reading(profile, json.dumps(dict(kept, payment={"texts_sha256": kept["payment"]["texts_sha256"][::-1],
                                                         "asks": False})), "NCT00763412")
    assert _pack_trials(profile) == printed
    assert _stored(profile)["NCT00763412"] == kept


_WORDS = ["pay", "Pays", "fee", "FEES", "cost", "out of pocket", "self-funded", "deposit of", "not covered by",
          "insurance", "the", "treatment", "per", "infusion", "$", "USD", "euros", "100", "4,500", ".", "\n", "free of charge",
          "reimbursed", "stipend", "for", "each", "session", "is", "\u00e9", "\u017f", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join), max_size=3))
def test_the_payment_check_without_patterns_says_what_the_patterns_say(texts: list[str]) -> None:
    from careorganiser.trials import cautions

    def with_patterns(values: list[str]) -> bool:  # the check as it was: every sentence through the patterns
        for value in values:
            for sentence in re.split(r"(?<=[.!?;])\s+|\n+", value or ""):
                sentence = sentence[:cautions.MAX_SENTENCE]
                if cautions._COVERED.search(sentence):
                    continue
                if cautions._PAYMENT.search(sentence) or (cautions._AMOUNT.search(sentence)
                                                          and cautions._PRICE.search(sentence)):
                    return True
        return False

    assert cautions.asks_for_payment(texts) == with_patterns(texts)


# ------------------------------------------------------------------------------------------ the pack command


def _readings_in_file(path: Path) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        return [json.loads(v) if v is not None else None
                for (v,) in conn.execute("SELECT criteria_parse FROM trials ORDER BY id")]
    finally:
        conn.close()


def test_the_pack_command_keeps_readings_it_made_and_prints_while_another_process_writes(
        demo_profile: Any, tmp_path: Path) -> None:
    from cli_runner import run_cli, run_process

    from careorganiser.store.profiles import open_profile

    path = demo_profile.info.path
    kept = _readings_in_file(path)
    assert kept and all(r is not None for r in kept)
    demo_profile.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE trials SET criteria_parse = NULL")
    conn.commit()
    conn.close()
    holder = open_profile("Demo")
    holder.hold_writer(kind="app")  # the window has the profile open and writes it
    try:
        # Waiting for the window's lock (up to 600 s here) would outlast run_process's time limit: it must not wait.
        env = dict(os.environ, CAREORGANISER_LOCK_WAIT="600")
        done = run_process("pack", "--profile", "Demo", "-o", tmp_path / "while-open.pdf", env=env, fresh=False)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / "while-open.pdf").read_bytes().startswith(b"%PDF")
        assert _readings_in_file(path) == [None] * len(kept)  # not kept now: no write beside the window
    finally:
        holder.close()
    done = run_cli("pack", "--profile", "Demo", "-o", tmp_path / "alone.pdf")
    assert done.returncode == 0, done.stderr
    assert _readings_in_file(path) == kept  # kept by the next pack


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="NCTPHASE0123456789\u0660\u0967- \n", max_size=13))
def test_numbers_dates_and_phases_are_read_as_the_patterns_read_them(value: str) -> None:
    from careorganiser.trials import cautions
    from careorganiser.trials.model import is_valid_nct_id, phase_label

    assert is_valid_nct_id(value) == (re.fullmatch(r"NCT\d{8}", value) is not None)
    for written in (value, "2024-06" + value[:3], "2024-0" + value[:4], value[:4] + "-" + value[4:6]):
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", written.strip())
        expected = None
        if m and 1 <= int(m.group(2)) <= 12:
            try:
                day = int(m.group(3)) if m.group(3) else __import__("calendar").monthrange(int(m.group(1)),
                                                                                        int(m.group(2)))[1]
                expected = date(int(m.group(1)), int(m.group(2)), day)
            except ValueError:
                expected = None
        assert cautions._date_of(written) == expected, written
    phases = [value, "PHASE" + value[:1], "PHASE2"]
    numbers = [p.removeprefix("PHASE") for p in phases if re.fullmatch(r"PHASE\d", p)]
    assert ("Phase " + "/".join(numbers)) in phase_label(phases) or not numbers
