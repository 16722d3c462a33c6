"""Eligibility texts of real ClinicalTrials.gov records beyond the shared samples (public registry text,
line breaks restored; an item cut off where the copy ended is left out)."""

RECORDS: dict[str, str] = {
    "NCT06534528": """Inclusion Criteria:

* Gender not limited, age ≥ 18 years old (including threshold);
* Clinical diagnosis of interstitial lung disease;
* Blood biochemistry tests must meet the following criteria: alanine aminotransferase (ALT) ≤ 2.5 × ULN, aspartate aminotransferase (AST) ≤ 2.5 × ULN, total bilirubin (TBIL) ≤ 2 × ULN, direct bilirubin (DBIL) ≤ 1.5 × ULN, or creatinine (Cr) ≤ 3 × ULN;
* The diffusion capacity of carbon monoxide (DLCO) (corrected by Hb) in lung function tests within the previous 3 months is 30% to 80% of the expected value (including 30% and 80%); Forced vital capacity (FVC) is 40% to 70% of the estimated value (including 40% and 70%)

Exclusion Criteria:

* Within the first 3 days of enrollment, use high-dose corticosteroids (equivalent to methylprednisolone>240 mg/day) or irregularly use systemic corticosteroids;
* For patients receiving immunosuppressive therapy, unstable background treatment with cyclophosphamide, mycophenolate mofetil/sodium, methotrexate, or other immunosuppressive monotherapy is not allowed (combination therapy is not allowed)
* Diagnose IPF patients who have previously taken drugs that may cause or worsen pulmonary fibrosis;
* Individuals with a history of mechanical ventilation or concurrent infectious pneumonia or asthma within the previous month prior to screening; Patients with airway obstruction disease (FEV1/FVC<0.7)
""",
    "NCT03727802": """Inclusion Criteria:

* Clinical, radiographic, and histologic features consistent with the diagnosis of IPF
* SpO2 ≥90% at rest by pulse oximetry while breathing ambient air.
* FVC ≥50% of predicted.
* FEV1 ≥50% of predicted.
* Ratio of FEV1 to FVC ≥0.7.
* DLCO corrected for hemoglobin 30% to 79% of predicted, inclusive.

Exclusion Criteria:

* History of acute exacerbation of IPF or respiratory tract infection within 3 months prior to Screening.
* Planned surgery during the study.
* History of malignant tumor within 5 years prior to Screening.
* History of emphysema or clinically significant respiratory diseases (other than IPF).
* Other known causes of interstitial lung disease (eg, drug toxicities, environmental exposures, connective tissue diseases).
* End-stage fibrotic disease expected to require organ transplantation within 6 months.
* Taking a systemic corticosteroid, cytotoxic therapy, vasodilator therapy for pulmonary hypertension, or unapproved treatment for IPF within 4 weeks prior to Screening. (Treatment with pirfenidone or nintedanib, though not both concurrently, is permitted, provided that the subject has been on a stable dose for at least 4 weeks prior to Screening and it is anticipated the dose will remain unchanged throughout enrollment.)
""",
    "NCT04396756": """Inclusion Criteria:

* Diagnosis of IPF based upon the Fleischner Society guidelines within 3 years from Screening (Part A) or based on ATS/ERS/JRS/ALAT 2018 guidelines within 5 years from Screening (Part B, C & D)
* FVC % of predicted ≥45%
* DLco (hemoglobin-adjusted) ≥30%
* Participants receiving treatment for IPF with nintedanib or pirfenidone are allowed, if on a stable dose for at least 3 months

Exclusion Criteria:

* Currently receiving or planning to initiate treatment for IPF (fibrosis) with agents not approved for that indication by the FDA
* Forced expiratory volume during the first seconds of the forced breath (FEV1)/FVC ratio <0.7 at Screening
* Clinical evidence of active infection, including but not limited to bronchitis, pneumonia, sinusitis that can affect FVC measurement or IPF progression
* Known acute IPF exacerbation or suspicion by the Investigator of such, within 6 months of Screening
* Smoking of any kind within 3 months of Screening
""",
    "NCT05321420": """Key Inclusion Criteria:

* Treatment naïve patients or those with <6 months of exposure to nintedanib with physician diagnosed IPF based on ATS/ERS/JRS/ALAT 2018 guidelines
* Idiopathic Pulmonary Fibrosis on HRCT, performed within 12 months of Visit 1 as confirmed by central readers
* DLCO corrected for Hemoglobin (Hb) [visit 1] ≥ 30% and ≤90% of predicted of normal
* FVC ≥ 45% of predicted normal

Key Exclusion Criteria:

* Primary obstructive airway physiology (pre-bronchodilator FEV1/FVC < 0.7 at Visit 1)
* Known explanation for interstitial lung disease, including but not limited to radiation, sarcoidosis, hypersensitivity pneumonitis, bronchiolitis obliterans organizing pneumonia, human immunodeficiency virus (HIV), viral hepatitis, and cancer
* Diagnosis of any connective tissue disease, including but not limited to scleroderma/systemic sclerosis, polymyositis/dermatomyositis, systemic lupus erythematosus, and rheumatoid arthritis
* Major extrapulmonary physiological restriction (e.g., chest wall abnormality, large pleural effusion)
* Cardiovascular diseases, any of the following:
  * Uncontrolled hypertension, within 3 months of Visit 1
  * Myocardial infarction within 6 months of Visit 1
  * Unstable cardiac angina within 6 months of Visit 1
""",
    "NCT07284459": """Key Inclusion Criteria:

* Male or female ≥ 40 years of age at the time of Randomization
* A diagnosis of IPF within 7 years prior to Screening, based on the 2018 ATS/ERS/JRS/ALAT practice guideline as confirmed by the Investigator, and a centrally read screening HRCT with verification of usual interstitial pneumonia
* Percent predicted (pp) FVC ≥ 40% on Screening spirometry
* Subjects may enter the study whether or not they are receiving background antifibrotic therapy, approved for the treatment of IPF (nintedanib or pirfenidone, but not both concurrently)

Key Exclusion Criteria:

* Those with a history of interstitial lung disease (ILD) other than IPF are not eligible.
* Those with pulmonary arterial hypertension (PAH) requiring multi-drug therapy are not eligible.
* Those who have experienced an IPF exacerbation within 6 weeks of Screening, or during Screening, are not eligible.
* Those with an estimated glomerular filtration rate (eGFR) ≤ 30 ml/min/1.73 m2 (Chronic Kidney Disease Epidemiology Collaboration [CKD-EPI] formula) (Inker 2021) or who have Child-Pugh Class B or C hepatic impairment are not eligible.

Additional inclusion and exclusion criteria apply.
""",
    "NCT06825169": """Inclusion Criteria:

* Age>18 years old (including threshold), gender not limited;
* Meets the diagnosis of interstitial lung disease;
* Screening for interstitial lung disease diagnosed by pulmonary imaging within the first 6 months;
* For patients undergoing glucocorticoid therapy at the time of screening: the background treatment remained stable during the study period;
* If the patient is undergoing anti-fibrotic therapy (pirfenidone or nintedanib) at the time of screening, they must have received a stable dose for at least 4 weeks at the time of screening and plan to continue receiving this background therapy steadily after entering this study;
* Patients of childbearing age (male and female) must agree to take effective non pharmacological contraceptive measures during the trial period and within 6 months after the last use of medication:
* Voluntarily sign an informed consent form and be able to cooperate in completing research related procedures and checks.

Exclusion Criteria:

* Individuals with a history of severe allergies or allergies to the main active ingredients or excipients of the investigational drug;
* Individuals who have been hospitalized for three or more times due to acute exacerbation of ILD or other respiratory diseases within the previous year prior to screening;
""",
    "NCT03706820": """Inclusion Criteria:

1. diagnosis of pulmonary fibrosis secondary to connective tissue disease, according to the American College of Rheumatology/European League Against Rheumatism (ACR-EULAR) revised classification criteria , or diagnosis of idiopathic fibrotic diffuse pulmonary disease according to American Thoracic Society/European Respiratory Society (ATS/ERS) guidelines
2. Forced vital capacity (FVC) ≥ 40 %

Exclusion Criteria:

1. Presence of contra-indications to exercise tests, such as acute myocardial infarction, unstable angina, uncontrollable arrythmia or skeletal disease that limits the ability to exercise.
2. History of pulmonary embolism during the year before enrollment
3. Presence of severe valvular disease.
4. Current treatment with vasoactive drugs of the pulmonary circulation
5. Pulmonary wedge pressure (PAWP) at rest > 15 mmHg
""",
    "NCT05267418": """Inclusion Criteria:

One of them

* Moderate to severe COPD (forced expiratory volume in 1 second (FEV1) < 80% predicted and FEV1/forced vital capacity (FVC) ratio < 0.7)
* Chronic interstitial lung disease such as usual interstitial pneumonitis (UIP), non-specific interstitial pneumonitis (NSIP) or hypersensitivity pneumonitis on high-resolution computed tomography
* Pulmonary arterial hypertension type 1 or 4, excluding involvement secondary to collagenosis as well as secondary to congenital heart disease, as diagnosed with mean pulmonary artery pressure > 25 mm Hg at right heart catheterization
* Cystic fibrosis, as diagnosed by a positive sweat test (>60 mmol/L) or having 2 genetic mutations known to cause cystic fibrosis.

AND having a 6-minute walking test with significant desaturation defined as a decrease in O2 saturation greater or equal to 5% with O2 saturation at the end of the walking test < 88%

Exclusion Criteria:

* Exacerbation of the primary lung disease in the past 8 weeks
* Exercise limiting diseases other than the primary lung disease.
* Not reaching the target dyspnea score during the walking tests.
* Stage 1 pulmonary sarcoidosis
* History of syncope on exertion
* SpO2 with effort less than 90% despite the use of 6 L of O2 per minute
* Cardiac condition deemed unstable or severe (e.g. severe aortic stenosis)
""",
    "NCT03824834": """Inclusion Criteria:

* Males and females aged 35 years and over
* Clinical diagnosis of COPD or ILD
* Cigarette smoking history ≥20 years (COPD only)
* Post bronchodilator FEV1 <50% predicted and FEV1/FVC <0.70 (COPD only)
* Chronic breathlessness syndrome (modified Medical Research Council dyspnea score ≥3; Baseline Dyspnea Index focal score ≤6; and/or an Oxygen Cost Diagram rating ≤50% full scale despite optimal treatment of the underlying pathophysiology according to evidence-based clinical practice guidelines
* Report breathlessness as the main limiting factor to incremental CPET
* Body mass index >18.5 kg/m2 and <35 kg/m2

Exclusion Criteria:

* Changed respiratory medication dosage and/or frequency of administration in preceding two weeks
* Disease exacerbation/hospitalization in preceding six weeks
* Arterialized capillary CO2 tension (PacCO2) >50 mmHg at rest
* Self-reported history of drug addiction and/or substance abuse assessed with the CAIG-aid and SISAP questionnaires
* Severe excessive daytime sleepiness assessed with the Epworth Sleepiness Scale (score of 16 out of 24)
* Currently use anti-seizure and/or opioid drug(s)
* Use daytime supplemental oxygen
* Exercise-induced oxyhemoglobin desaturation to <80% on room air
* Participated in a pulmonary rehabilitation program in preceding 6 months
* Allergy/sensitivity to opioid drugs
""",
    "NCT06335303": """Inclusion Criteria:

1. Patients ≥40 years old at the time of signed informed consent.
2. Signed and dated written informed consent in accordance with ICH-GCP and local legislation prior to admission to the trial.
3. Diagnosis of Idiopathic Pulmonary Fibrosis (IPF)
4. On stable treatment with nintedanib or pirfenidone for at least 12 weeks or not on treatment with either nintedanib or pirfenidone for at least 12 weeks
5. Forced Vital Capacity (FVC) ≥45% of predicted normal.
6. Diffusion capacity of the lung for carbon monoxide (DLCO) ≥25% of predicted normal corrected for hemoglobin (Hb).
7. Women of childbearing potential (WOCBP) must use highly effective methods of birth control with low user dependency and additional barrier contraception for male partners (use of condom) until end of follow-up period.
8. Male trial participants with WOCBP partners must use contraception (condom) to avoid exposure via seminal fluid. Female partners of male trial participants must use highly effective methods of contraception during treatment until end of follow-up period.

Exclusion Criteria:

1. Acute exacerbation of Idiopathic Pulmonary Fibrosis (IPF) within at least 12 weeks prior to screening and/or during the screening period (investigator-determined).
""",
    "NCT02619357": """Inclusion Criteria:

* Cohort 1 (COPD) >=45 years and <=70 years
* Cohort 2 (Asthma) >=18 years and <=70 years.
* Cohort 1; subjects with a confirmed diagnosis of COPD (Gold stage 2 and 3, COPD patients will be classified according to Global Initiative for Chronic Obstructive Lung Disease [GOLD] Guidelines) as defined by post-bronchodilator spirometry FEV1 >=40% and <80% predicted, and FEV1/FVC <0.7
* Cohort 2; subjects with documented, physician-diagnosed asthma.
* BMI within the range 19 to 32 kilogram(kg)/m^2 (inclusive)
* Male or female; A female of childbearing potential is eligible to enter and participate in the study if she has a negative pregnancy test at screening and day 1.
* Capable of giving written informed consent, which includes compliance with the requirements and restrictions listed in the consent form.

Exclusion Criteria:

* Women who are pregnant or lactating or are planning on becoming pregnant during the study.
* Alpha1-antitrypsin deficiency: Subjects with a diagnosis of alpha1-antitrypsin deficiency as the underlying cause of COPD, if known.
* Other respiratory disorders: Subjects with tuberculosis, lung cancer, significant bronchiectasis, sarcoidosis, lung fibrosis, pulmonary hypertension, interstitial lung diseases or other active pulmonary diseases.
""",
}
