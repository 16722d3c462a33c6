"""Values derived from recorded ones: eGFR (CKD-EPI 2021) and creatinine clearance (Cockcroft-Gault).

Both take serum creatinine in µmol/L (the catalogue unit), converted to mg/dL by dividing by 88.42.
"""

from __future__ import annotations

CREATININE_UMOL_PER_MG_DL = 88.42


def egfr_ckd_epi_2021(creatinine_umol_l: float, age_years: float, sex: str) -> float | None:
    """eGFR in mL/min/1.73 m² by the 2021 CKD-EPI creatinine equation (race-free); None without female/male."""
    if sex not in ("female", "male") or creatinine_umol_l <= 0 or age_years < 18:
        return None
    scr = creatinine_umol_l / CREATININE_UMOL_PER_MG_DL
    kappa, alpha = (0.7, -0.241) if sex == "female" else (0.9, -0.302)
    ratio = scr / kappa
    value = 142 * min(ratio, 1.0) ** alpha * max(ratio, 1.0) ** -1.200 * 0.9938 ** age_years
    return value * 1.012 if sex == "female" else value


def creatinine_clearance_cockcroft_gault(creatinine_umol_l: float, age_years: float, weight_kg: float,
                                         sex: str) -> float | None:
    """Creatinine clearance in mL/min: (140 - age) x weight / (72 x creatinine in mg/dL), x 0.85 for women."""
    if sex not in ("female", "male") or creatinine_umol_l <= 0 or weight_kg <= 0 or age_years < 18:
        return None
    scr = creatinine_umol_l / CREATININE_UMOL_PER_MG_DL
    value = (140 - age_years) * weight_kg / (72 * scr)
    return value * 0.85 if sex == "female" else value
