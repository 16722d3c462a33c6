"""The fixed test person every corpus label is written for (see README.md in this folder)."""

from __future__ import annotations

from datetime import UTC, date, datetime

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
DATE_OF_BIRTH = date(1951, 6, 15)  # 75 years old on NOW
SEX = "male"
CONDITIONS = ("Idiopathic pulmonary fibrosis", "Hypertension")


def at(y: int, mo: int, d: int) -> datetime:
    return datetime(y, mo, d, 9, 0, tzinfo=UTC)


# (kind, value, taken_at, range_high, context)
MEASUREMENTS = (
    ("fvc_percent_predicted", 70.0, at(2026, 5, 12), None, None),
    ("fvc_percent_predicted", 62.0, at(2026, 11, 15), None, None),
    ("fvc_litres", 2.7, at(2026, 5, 12), None, None),
    ("fvc_litres", 2.4, at(2026, 11, 15), None, None),
    ("fev1_litres", 2.0, at(2026, 11, 15), None, None),
    ("fev1_percent_predicted", 78.0, at(2026, 11, 15), None, None),
    ("fev1_fvc_ratio", 0.84, at(2026, 11, 3), None, None),  # 30 days before NOW
    ("dlco_percent_predicted", 25.0, at(2026, 11, 15), None, None),
    ("six_minute_walk_m", 331.0, at(2026, 10, 1), None, None),
    ("spo2_percent", 94.0, at(2026, 12, 1), None, "rest"),
    ("spo2_percent", 86.0, at(2026, 10, 1), None, "exertion"),
    ("heart_rate_bpm", 82.0, at(2026, 12, 1), None, "rest"),
    ("systolic_mmhg", 138.0, at(2026, 12, 1), None, None),
    ("diastolic_mmhg", 84.0, at(2026, 12, 1), None, None),
    ("weight_kg", 78.0, at(2026, 6, 10), None, None),
    ("weight_kg", 72.0, at(2026, 11, 20), None, None),
    ("alt_u_l", 30.0, at(2026, 11, 15), 40.0, None),
    ("ast_u_l", 28.0, at(2026, 11, 15), 40.0, None),
    ("bilirubin_umol_l", 12.0, at(2026, 11, 15), 21.0, None),
    ("direct_bilirubin_umol_l", 4.0, at(2026, 11, 15), 5.0, None),
    ("creatinine_umol_l", 95.0, at(2026, 11, 15), 110.0, None),
    ("haemoglobin_g_l", 128.0, at(2026, 11, 15), 170.0, None),
    ("platelets_10e9_l", 210.0, at(2026, 11, 15), 400.0, None),
    ("neutrophils_10e9_l", 3.8, at(2026, 11, 15), 7.5, None),
)

# (name, dose text, start, stop)
MEDICATIONS = (
    ("Pirfenidone", "801 mg three times a day", date(2025, 2, 1), None),
    ("Omeprazole", "20 mg once a day", date(2024, 3, 1), None),
    ("Prednisolone", "10 mg once a day", date(2024, 1, 10), date(2024, 4, 1)),
)
