"""The one read path for measurements (store/queries/measurements.py), from an empty profile through the services:
the journal's list and chart, the follow-up readings, the pack and the export read the same snapshot, with the
same rules (trash, order, windows, kinds)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from careorganiser.services import measurements, packs, trash
from careorganiser.services.profiles import export_profile, set_time_zone
from careorganiser.store.queries import measurements as xq

NOW = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


def test_an_empty_profile_reads_as_nothing(profile: Any) -> None:
    conn = profile.read()
    assert xq.measurements(conn) == [] and xq.count(conn) == 0 and xq.measurement(conn, 1) is None
    assert xq.series(conn, "spo2_percent") == [] and xq.reference_range(conn, "alt_u_l") == (None, None)
    assert xq.kind_keys_in_use(conn) == set() and xq.custom_kinds(conn) == {}
    assert xq.measurements(conn, of_kinds=[]) == []
    assert list(xq.kinds(conn))[:1] == ["fvc_percent_predicted"]  # the catalogue, in its order
    assert measurements.list_measurements(profile) == [] and measurements.count_measurements(profile) == 0
    assert measurements.kinds_in_use(profile) == [] and measurements.latest(profile, "weight_kg") is None
    assert packs.gather_pack(profile, None, NOW).measurements == ()
    assert export_profile(profile)["measurements"] == []


def test_every_reader_gets_the_same_measurement(profile: Any) -> None:
    set_time_zone(profile, "Europe/London")
    peak = measurements.add_custom_kind(profile, "Peak flow", "L/min")
    older = measurements.add_measurement(profile, NOW - timedelta(days=3), "alt_u_l", "40", source="lab",
                                         range_low="7", range_high="56", note="fasting", now=NOW)
    newer = measurements.add_measurement(profile, NOW - timedelta(days=1, microseconds=5), "alt_u_l", 70,
                                         source="lab", range_low=7, range_high=56, now=NOW)
    walk = measurements.add_measurement(profile, NOW - timedelta(days=2), "spo2_percent", "91%", context="exertion",
                                        now=NOW)
    flow = measurements.add_measurement(profile, NOW - timedelta(days=1), peak.key, 350, now=NOW)
    conn = profile.read()
    # the service returns the query's snapshot, and each reader reads it back the same
    assert type(older) is xq.Measurement and xq.measurement(conn, older.id) == older
    assert (older.label, older.unit, older.note, older.range_low, older.range_high) == (
        "ALT", "U/L", "fasting", 7.0, 56.0)
    assert newer.taken_at == NOW - timedelta(days=1, microseconds=5) and not older.out_of_range and newer.out_of_range
    assert (walk.value, walk.unit, walk.context) == (91.0, "%", "exertion")
    assert (flow.label, flow.unit) == ("Peak flow", "L/min")
    everything = [flow, newer, walk, older]  # newest first
    assert measurements.list_measurements(profile) == everything == xq.measurements(conn, newest_first=True)
    assert xq.measurements(conn) == everything[::-1]
    assert measurements.list_measurements(profile, limit=2, offset=1) == [newer, walk]
    assert measurements.list_measurements(profile, "alt_u_l") == [newer, older]
    assert measurements.count_measurements(profile) == 4 and measurements.count_measurements(profile, "alt_u_l") == 2
    assert measurements.get_measurement(profile, flow.id) == flow
    assert measurements.latest(profile, "alt_u_l") == newer
    # windows take both ends; sources and kinds filter; by kind groups
    assert xq.measurements(conn, since=walk.taken_at, until=newer.taken_at) == [walk, newer]
    assert xq.measurements(conn, sources=["lab"]) == [older, newer]
    assert xq.measurements(conn, of_kinds=["spo2_percent", peak.key]) == [walk, flow]
    assert xq.measurements(conn, by_kind=True) == [older, newer, flow, walk]  # alt_u_l, peak_flow, spo2_percent
    # the chart
    assert [p for x in measurements.chart(profile, "alt_u_l").series for p in x.points] == [(older.taken_at, 40.0), (newer.taken_at, 70.0)]
    assert measurements.chart(profile, "alt_u_l").reference == (7.0, 56.0)
    assert xq.reference_range(conn, "alt_u_l", until=older.taken_at - timedelta(microseconds=1)) == (None, None)
    assert [k.key for k in measurements.kinds_in_use(profile)] == ["spo2_percent", "alt_u_l", peak.key]
    assert measurements.kinds_by_group(profile)[-1] == ("custom", [peak])
    # the pack and the export
    pack = packs.gather_pack(profile, None, NOW)
    assert [(s.kind, s.label, s.points) for s in pack.measurements] == [
        ("spo2_percent", "SpO2, on exertion", ((walk.taken_at, 91.0),)),  # its one reading says so
        ("alt_u_l", "ALT", ((older.taken_at, 40.0), (newer.taken_at, 70.0))),
        (peak.key, "Peak flow", ((flow.taken_at, 350.0),)),
    ]
    alt = pack.measurements[1]
    assert (alt.range_low, alt.range_high, alt.unit) == (7.0, 56.0, "U/L")
    assert [x["id"] for x in export_profile(profile)["measurements"]] == [x.uid for x in everything[::-1]]
    # the trash
    trash.delete(profile, "measurement", newer.id)
    assert xq.measurement(conn, newer.id) is None and measurements.count_measurements(profile, "alt_u_l") == 1
    assert [p for x in measurements.chart(profile, "alt_u_l").series for p in x.points] == [(older.taken_at, 40.0)]
    assert newer.uid not in {x["id"] for x in export_profile(profile)["measurements"]}


def test_an_edit_reads_back_through_the_query(profile: Any) -> None:
    first = measurements.add_measurement(profile, NOW - timedelta(hours=2), "weight_kg", 61.5, now=NOW)
    edited = measurements.update_measurement(profile, first.id, NOW - timedelta(hours=1), "weight_kg", "60.9 kg",
                                             note="after breakfast", now=NOW)
    assert edited == xq.measurement(profile.read(), first.id) == measurements.get_measurement(profile, first.id)
    assert (edited.value, edited.note, edited.taken_at, edited.context) == (
        60.9, "after breakfast", NOW - timedelta(hours=1), None)


def test_a_page_is_cut_in_sql_in_the_same_order(profile: Any) -> None:
    for i in range(25):  # two at each time: the id decides between them
        measurements.add_measurement(profile, NOW - timedelta(days=i // 2), "heart_rate_bpm", 60 + i, now=NOW)
    conn = profile.read()
    everything = xq.measurements(conn, newest_first=True)
    pages = [xq.measurements(conn, newest_first=True, limit=10, offset=start) for start in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 5] and sum(pages, []) == everything
    assert [x.value for x in everything[:3]] == [61.0, 60.0, 63.0]
