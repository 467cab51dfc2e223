package org.qsurv.app.demo;

import static org.qsurv.app.demo.IndicatorSpec.define;
import static org.qsurv.model.framework.QualityDomain.EFFECTIVE;
import static org.qsurv.model.framework.QualityDomain.EQUITABLE;
import static org.qsurv.model.framework.QualityDomain.EXPERIENCE;
import static org.qsurv.model.framework.QualityDomain.SAFE;
import static org.qsurv.model.framework.QualityDomain.SUSTAINABLE;
import static org.qsurv.model.framework.QualityDomain.WELL_LED;
import static org.qsurv.model.indicator.Frequency.MONTHLY;
import static org.qsurv.model.indicator.Frequency.QUARTERLY;
import static org.qsurv.model.indicator.Polarity.HIGHER_IS_BETTER;
import static org.qsurv.model.indicator.Polarity.LOWER_IS_BETTER;
import static org.qsurv.model.indicator.Polarity.NEUTRAL;
import static org.qsurv.model.organisation.ProviderKind.ACUTE;
import static org.qsurv.model.organisation.ProviderKind.AMBULANCE;
import static org.qsurv.model.organisation.ProviderKind.CARE_HOME;
import static org.qsurv.model.organisation.ProviderKind.GP_PRACTICE;
import static org.qsurv.model.organisation.ProviderKind.HOSPICE;
import static org.qsurv.model.organisation.ProviderKind.MENTAL_HEALTH;

import com.google.common.collect.ImmutableList;

/**
 * The indicators of the demo data set: 15 to 25 per kind of provider, drawn from the examples of
 * 003 §5.1.1, 002 §3.1 and 000 §6.8 and from the national data sets a quality team watches
 * (mortality, infections, access targets, the Friends and Family Test, workforce). Levels, noise and
 * thresholds are realistic in size but invented: they describe no real organisation.
 */
final class IndicatorCatalogue {
  private IndicatorCatalogue() {}

  static ImmutableList<IndicatorSpec> all() {
    return ImmutableList.of(
        // Acute trust (25 with the shared workforce and experience indicators below).
        define("shmi", "Summary Hospital-level Mortality Indicator (rolling 12 months)", SAFE,
            "ratio", LOWER_IS_BETTER, MONTHLY).rag(1.05, 1.15).target(1.0)
            .normal(0.99, 0.008, 3).kinds(ACUTE).build(),
        define("hsmr", "Hospital Standardised Mortality Ratio", SAFE, "ratio (100 = expected)",
            LOWER_IS_BETTER, MONTHLY).rag(105, 115).target(100).normal(98, 2.0, 1).kinds(ACUTE)
            .build(),
        define("never-events", "Never events declared", SAFE, "events", LOWER_IS_BETTER, MONTHLY)
            .rag(1, 2).target(0).poisson(0.06).kinds(ACUTE).build(),
        define("psii", "Patient safety incident investigations started", SAFE, "investigations",
            LOWER_IS_BETTER, MONTHLY).poisson(2.5).kinds(ACUTE).kind(MENTAL_HEALTH, 1.8)
            .kind(AMBULANCE, 1.2).build(),
        define("cdiff", "C. difficile infections, hospital-onset", SAFE, "cases", LOWER_IS_BETTER,
            MONTHLY).rag(7, 10).target(5).poisson(5).kinds(ACUTE).build(),
        define("mrsa", "MRSA bacteraemia, hospital-onset", SAFE, "cases", LOWER_IS_BETTER, MONTHLY)
            .rag(1, 2).target(0).poisson(0.08).kinds(ACUTE).build(),
        define("ecoli", "E. coli bacteraemia, hospital-onset", SAFE, "cases", LOWER_IS_BETTER,
            MONTHLY).rag(9, 12).target(7).poisson(6.5).kinds(ACUTE).build(),
        define("falls-harm", "Inpatient falls with moderate or severe harm per 1,000 bed days",
            SAFE, "per 1,000 bed days", LOWER_IS_BETTER, MONTHLY).rag(0.19, 0.25)
            .normal(0.14, 0.035, 2).kinds(ACUTE).build(),
        define("pressure-ulcers", "Hospital-acquired pressure ulcers, category 2 and above, per "
            + "1,000 bed days", SAFE, "per 1,000 bed days", LOWER_IS_BETTER, MONTHLY)
            .rag(0.6, 0.9).normal(0.45, 0.09, 2).kinds(ACUTE).build(),
        define("vte-assessment", "Patients risk-assessed for VTE on admission", SAFE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(95, 90).target(95).normal(96.4, 0.7, 1).percent()
            .kinds(ACUTE).build(),
        define("sepsis-antibiotics", "Antibiotics within one hour for suspected sepsis", EFFECTIVE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(90, 80).target(90).normal(87, 3, 1).percent()
            .kinds(ACUTE).build(),
        define("ae-4h", "A&E attendances admitted, transferred or discharged within 4 hours",
            EXPERIENCE, "%", HIGHER_IS_BETTER, MONTHLY).rag(76, 70).target(78)
            .normal(74, 1.6, 1).winter(-4).percent().kinds(ACUTE).build(),
        define("rtt-18w", "Referral to treatment within 18 weeks", EXPERIENCE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(65, 58).target(92).normal(62, 1.0, 1).percent()
            .kinds(ACUTE).build(),
        define("cancer-62d", "Cancer treatment within 62 days of an urgent referral", EFFECTIVE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(75, 65).target(85).normal(70, 3.5, 1).percent()
            .kinds(ACUTE).build(),
        define("readmissions-30d", "Emergency readmissions within 30 days of discharge", EFFECTIVE,
            "%", LOWER_IS_BETTER, MONTHLY).rag(14, 16).normal(12.6, 0.5, 1).kinds(ACUTE).build(),
        define("fft-inpatient", "Friends and Family Test: inpatients rating care good or very "
            + "good", EXPERIENCE, "%", HIGHER_IS_BETTER, MONTHLY).rag(93, 90).target(95)
            .normal(94.6, 0.9, 1).percent().kinds(ACUTE).build(),
        define("mixed-sex", "Mixed-sex accommodation breaches", EXPERIENCE, "breaches",
            LOWER_IS_BETTER, MONTHLY).rag(1, 10).target(0).poisson(0.4).kinds(ACUTE).build(),

        // Shared by the NHS trusts (and some by the hospice).
        define("complaints", "Formal complaints received", EXPERIENCE, "complaints",
            LOWER_IS_BETTER, MONTHLY).poisson(38).kinds(ACUTE).kind(MENTAL_HEALTH, 22)
            .kind(AMBULANCE, 15).kind(HOSPICE, 0.8).build(),
        define("complaints-25d", "Complaints answered within 25 working days", EXPERIENCE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(80, 70).target(90).normal(80, 5, 1).percent()
            .kinds(ACUTE, MENTAL_HEALTH, AMBULANCE).build(),
        define("staff-turnover", "Staff turnover (rolling 12 months)", WELL_LED, "%",
            LOWER_IS_BETTER, MONTHLY).rag(12, 15).normal(11, 0.25, 1).kinds(ACUTE)
            .kind(MENTAL_HEALTH, 12.2).kind(AMBULANCE, 10.4).kind(HOSPICE, 11.5).build(),
        define("sickness-absence", "Staff sickness absence", WELL_LED, "%", LOWER_IS_BETTER,
            MONTHLY).rag(4.5, 5.5).target(4.0).normal(4.6, 0.25, 1).winter(0.6).kinds(ACUTE)
            .kind(MENTAL_HEALTH, 4.9).kind(AMBULANCE, 5.9).kind(HOSPICE, 4.1).build(),
        define("rn-vacancy", "Registered nurse vacancy rate", SAFE, "%", LOWER_IS_BETTER, MONTHLY)
            .rag(8, 12).normal(7.2, 0.5, 1).kinds(ACUTE).kind(MENTAL_HEALTH, 8.6)
            .kind(HOSPICE, 6.5).build(),
        define("mandatory-training", "Mandatory training compliance", WELL_LED, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(90, 85).target(90).normal(90.5, 1.0, 1).percent()
            .kinds(ACUTE, MENTAL_HEALTH, AMBULANCE).kind(HOSPICE, 93).build(),
        define("cas-alerts-overdue", "Central Alerting System safety alerts open past their "
            + "deadline", SAFE, "alerts", LOWER_IS_BETTER, MONTHLY).rag(1, 3).target(0)
            .poisson(0.25).kinds(ACUTE, MENTAL_HEALTH, AMBULANCE).build(),
        define("staff-recommend", "Staff who would recommend the organisation as a place to work "
            + "(quarterly pulse survey)", WELL_LED, "%", HIGHER_IS_BETTER, QUARTERLY).rag(60, 55)
            .normal(61, 2, 1).percent().kinds(ACUTE, MENTAL_HEALTH, AMBULANCE).build(),

        // Community and mental health trust.
        define("oap-bed-days", "Inappropriate out-of-area placement bed days", EFFECTIVE,
            "bed days", LOWER_IS_BETTER, MONTHLY).rag(100, 300).target(0).normal(420, 45, 0)
            .kinds(MENTAL_HEALTH).build(),
        define("followup-72h", "Discharges from inpatient care followed up within 72 hours", SAFE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(80, 70).target(80).normal(74, 2.5, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("eip-2w", "Early intervention in psychosis: treatment within 2 weeks", EFFECTIVE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(60, 50).target(60).normal(69, 6, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("tt-recovery", "NHS Talking Therapies: recovery rate", EFFECTIVE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(50, 45).target(50).normal(51.5, 1.8, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("tt-6w", "NHS Talking Therapies: first treatment within 6 weeks", EXPERIENCE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(75, 65).target(75).normal(91, 2.2, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("restrictive-practice", "Restrictive interventions per 1,000 occupied bed days",
            SAFE, "per 1,000 bed days", LOWER_IS_BETTER, MONTHLY).normal(24, 2.5, 1)
            .kinds(MENTAL_HEALTH).build(),
        define("prone-restraint", "Prone restraint incidents", SAFE, "incidents", LOWER_IS_BETTER,
            MONTHLY).rag(1, 3).target(0).poisson(1.5).kinds(MENTAL_HEALTH).build(),
        define("mha-detentions", "Detentions under the Mental Health Act", EFFECTIVE, "detentions",
            NEUTRAL, MONTHLY).poisson(55).kinds(MENTAL_HEALTH).build(),
        define("mh-bed-occupancy", "Adult acute mental health bed occupancy", SUSTAINABLE, "%",
            LOWER_IS_BETTER, MONTHLY).rag(90, 95).target(85).normal(93, 1.8, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("cyp-access", "Children and young people in contact with mental health services "
            + "(rolling 12 months)", EQUITABLE, "people", HIGHER_IS_BETTER, MONTHLY)
            .normal(9800, 60, 0).kinds(MENTAL_HEALTH).build(),
        define("community-18w", "Community services: patients waiting under 18 weeks", EXPERIENCE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(85, 75).target(92).normal(86.5, 1.8, 1).percent()
            .kinds(MENTAL_HEALTH).build(),
        define("community-pressure-ulcers", "Pressure ulcers acquired in community nursing care, "
            + "category 2 and above", SAFE, "ulcers", LOWER_IS_BETTER, MONTHLY).poisson(14)
            .kinds(MENTAL_HEALTH).build(),
        define("fft-community", "Friends and Family Test: community and mental health services "
            + "rated good or very good", EXPERIENCE, "%", HIGHER_IS_BETTER, MONTHLY).rag(90, 85)
            .target(95).normal(93.5, 1.1, 1).percent().kinds(MENTAL_HEALTH).build(),

        // Ambulance trust.
        define("cat1-mean", "Category 1 mean response time", SAFE, "minutes", LOWER_IS_BETTER,
            MONTHLY).rag(7, 9).target(7).normal(8.5, 0.3, 1).winter(0.6).kinds(AMBULANCE).build(),
        define("cat1-90th", "Category 1 90th centile response time", SAFE, "minutes",
            LOWER_IS_BETTER, MONTHLY).rag(15, 18).target(15).normal(15.2, 0.6, 1).winter(1.2)
            .kinds(AMBULANCE).build(),
        define("cat2-mean", "Category 2 mean response time", SAFE, "minutes", LOWER_IS_BETTER,
            MONTHLY).rag(30, 45).target(30).normal(36, 3, 1).winter(10).kinds(AMBULANCE).build(),
        define("cat2-90th", "Category 2 90th centile response time", SAFE, "minutes",
            LOWER_IS_BETTER, MONTHLY).rag(40, 80).target(40).normal(78, 7, 0).winter(22)
            .kinds(AMBULANCE).build(),
        define("cat3-90th", "Category 3 90th centile response time", EXPERIENCE, "minutes",
            LOWER_IS_BETTER, MONTHLY).rag(120, 240).target(120).normal(250, 30, 0).winter(80)
            .kinds(AMBULANCE).build(),
        define("handovers-60m", "Hospital handovers taking over 60 minutes", SAFE, "handovers",
            LOWER_IS_BETTER, MONTHLY).rag(50, 150).target(0).normal(130, 25, 0).winter(110)
            .kinds(AMBULANCE).build(),
        define("hear-and-treat", "Calls resolved by hear and treat", EFFECTIVE, "%", NEUTRAL,
            MONTHLY).normal(14, 0.9, 1).percent().kinds(AMBULANCE).build(),
        define("see-and-treat", "Incidents resolved by see and treat", EFFECTIVE, "%", NEUTRAL,
            MONTHLY).normal(31, 1.1, 1).percent().kinds(AMBULANCE).build(),
        define("rosc-utstein", "Return of spontaneous circulation on arrival at hospital "
            + "(Utstein group)", EFFECTIVE, "%", HIGHER_IS_BETTER, MONTHLY).rag(45, 40)
            .normal(51, 5, 1).percent().kinds(AMBULANCE).build(),
        define("stemi-bundle", "STEMI care bundle delivered", EFFECTIVE, "%", HIGHER_IS_BETTER,
            MONTHLY).rag(75, 65).normal(78, 3.5, 1).percent().kinds(AMBULANCE).build(),
        define("stroke-bundle", "Stroke care bundle delivered", EFFECTIVE, "%", HIGHER_IS_BETTER,
            MONTHLY).rag(90, 85).normal(95, 1.3, 1).percent().kinds(AMBULANCE).build(),

        // GP practices (15).
        define("gp-appt-2w", "Appointments within 2 weeks of booking", EXPERIENCE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(85, 75).target(90).normal(86, 2, 1).spread(3.5)
            .percent().kinds(GP_PRACTICE).build(),
        define("gp-same-day", "Appointments on the day they were booked", EXPERIENCE, "%", NEUTRAL,
            MONTHLY).normal(42, 3, 1).spread(6).percent().kinds(GP_PRACTICE).build(),
        define("gp-dna", "Appointments not attended", EFFECTIVE, "%", LOWER_IS_BETTER, MONTHLY)
            .rag(5, 7).normal(4.1, 0.4, 1).spread(0.7).percent().kinds(GP_PRACTICE).build(),
        define("gp-fft", "Friends and Family Test: practice rated good or very good", EXPERIENCE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(85, 75).target(90).normal(90, 2.5, 1).spread(3)
            .percent().kinds(GP_PRACTICE).build(),
        define("gp-complaints", "Practice complaints received", EXPERIENCE, "complaints",
            LOWER_IS_BETTER, MONTHLY).poisson(1.1).kinds(GP_PRACTICE).build(),
        define("gp-significant-events", "Significant events reported", SAFE, "events", NEUTRAL,
            MONTHLY).poisson(1.4).kinds(GP_PRACTICE).build(),
        define("gp-antibiotics", "Antibiotic items per STAR-PU", EFFECTIVE, "items per STAR-PU",
            LOWER_IS_BETTER, MONTHLY).rag(0.871, 1.0).target(0.871).normal(0.78, 0.03, 3)
            .spread(0.07).winter(0.08).kinds(GP_PRACTICE).build(),
        define("gp-broad-spectrum", "Broad-spectrum antibiotics (co-amoxiclav, cephalosporins, "
            + "quinolones) as a share of all antibiotics", EFFECTIVE, "%", LOWER_IS_BETTER,
            MONTHLY).rag(10, 12).target(10).normal(7.8, 0.6, 1).spread(1.2).percent()
            .kinds(GP_PRACTICE).build(),
        define("gp-mmr2", "MMR2 uptake at 5 years", SAFE, "%", HIGHER_IS_BETTER, QUARTERLY)
            .rag(90, 85).target(95).normal(89.5, 1.8, 1).spread(2.5).percent()
            .kinds(GP_PRACTICE).build(),
        define("gp-cervical", "Cervical screening coverage, ages 25 to 49", EFFECTIVE, "%",
            HIGHER_IS_BETTER, QUARTERLY).rag(75, 70).target(80).normal(74, 1.5, 1).spread(3)
            .percent().kinds(GP_PRACTICE).build(),
        define("gp-bp-control", "Hypertension: blood pressure controlled to target", EFFECTIVE,
            "%", HIGHER_IS_BETTER, QUARTERLY).rag(70, 60).target(77).normal(68, 2.5, 1)
            .spread(4).percent().kinds(GP_PRACTICE).build(),
        define("gp-diabetes-care", "Diabetes: all eight care processes completed", EFFECTIVE, "%",
            HIGHER_IS_BETTER, QUARTERLY).rag(50, 40).target(60).normal(52, 4, 1).spread(6)
            .percent().kinds(GP_PRACTICE).build(),
        define("gp-ld-checks", "Annual health checks for people with a learning disability",
            EQUITABLE, "%", HIGHER_IS_BETTER, QUARTERLY).rag(70, 60).target(75)
            .normal(74, 5, 1).spread(6).percent().kinds(GP_PRACTICE).build(),
        define("gp-smi-checks", "Physical health checks for people with severe mental illness",
            EQUITABLE, "%", HIGHER_IS_BETTER, QUARTERLY).rag(55, 45).target(60)
            .normal(57, 5, 1).spread(7).percent().kinds(GP_PRACTICE).build(),
        define("gp-list-size", "Registered patients", SUSTAINABLE, "patients", NEUTRAL, QUARTERLY)
            .normal(9200, 40, 0).spread(3500).range(1800, 40000).kinds(GP_PRACTICE).build(),

        // Care homes (15 with the shared safeguarding indicator).
        define("safeguarding-concerns", "Safeguarding concerns raised", SAFE, "concerns",
            LOWER_IS_BETTER, MONTHLY).poisson(0.25).kinds(CARE_HOME).kind(HOSPICE, 0.3).build(),
        define("ch-falls", "Falls per 1,000 occupied bed days", SAFE, "per 1,000 bed days",
            LOWER_IS_BETTER, MONTHLY).rag(8, 12).normal(6, 1.2, 1).spread(1.3).kinds(CARE_HOME)
            .build(),
        define("ch-pressure-ulcers", "New pressure ulcers, category 2 and above", SAFE, "ulcers",
            LOWER_IS_BETTER, MONTHLY).rag(1, 3).target(0).poisson(0.3).kinds(CARE_HOME).build(),
        define("ch-uti-admissions", "Emergency admissions with a urinary tract infection", SAFE,
            "admissions", LOWER_IS_BETTER, MONTHLY).poisson(0.2).kinds(CARE_HOME).build(),
        define("ch-emergency-admissions", "Emergency admissions per 1,000 occupied bed days",
            EFFECTIVE, "per 1,000 bed days", LOWER_IS_BETTER, MONTHLY).rag(1.5, 2.5)
            .normal(1.1, 0.25, 2).spread(0.2).winter(0.2).kinds(CARE_HOME).build(),
        define("ch-occupancy", "Bed occupancy", SUSTAINABLE, "%", NEUTRAL, MONTHLY)
            .normal(88, 3, 1).spread(4).percent().kinds(CARE_HOME).build(),
        define("ch-staff-turnover", "Care staff turnover (annualised)", WELL_LED, "%",
            LOWER_IS_BETTER, MONTHLY).rag(30, 40).normal(27, 3, 1).spread(5).kinds(CARE_HOME)
            .build(),
        define("ch-agency", "Shifts covered by agency staff", SUSTAINABLE, "%", LOWER_IS_BETTER,
            MONTHLY).rag(15, 25).normal(9, 2.2, 1).spread(3).percent().kinds(CARE_HOME).build(),
        define("ch-vacancy", "Care staff vacancy rate", WELL_LED, "%", LOWER_IS_BETTER, MONTHLY)
            .rag(10, 15).normal(8, 1.5, 1).spread(2).percent().kinds(CARE_HOME).build(),
        define("ch-training", "Staff up to date with mandatory training", WELL_LED, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(85, 75).target(90).normal(89, 3, 1).spread(3)
            .percent().kinds(CARE_HOME).build(),
        define("ch-medication-errors", "Medication errors reported", SAFE, "errors",
            LOWER_IS_BETTER, MONTHLY).poisson(0.6).kinds(CARE_HOME).build(),
        define("ch-staff-flu", "Staff vaccinated against flu", SAFE, "%", HIGHER_IS_BETTER,
            QUARTERLY).rag(50, 35).target(75).normal(46, 8, 0).spread(8).percent()
            .kinds(CARE_HOME).build(),
        define("ch-complaints", "Complaints received", EXPERIENCE, "complaints", LOWER_IS_BETTER,
            MONTHLY).poisson(0.2).kinds(CARE_HOME).build(),
        define("ch-dols", "Deprivation of Liberty Safeguards applications made", EFFECTIVE,
            "applications", NEUTRAL, MONTHLY).poisson(0.8).kinds(CARE_HOME).build(),
        define("ch-weight-loss", "Residents with unplanned weight loss of more than 5%", SAFE, "%",
            LOWER_IS_BETTER, MONTHLY).rag(5, 10).normal(3.5, 1.2, 1).spread(1).percent()
            .kinds(CARE_HOME).build(),

        // Hospice (15 with the shared indicators above).
        define("hosp-falls-harm", "Falls with harm", SAFE, "falls", LOWER_IS_BETTER, MONTHLY)
            .rag(1, 3).poisson(0.3).kinds(HOSPICE).build(),
        define("hosp-pressure-ulcers", "Pressure ulcers acquired in the hospice, category 2 and "
            + "above", SAFE, "ulcers", LOWER_IS_BETTER, MONTHLY).rag(1, 3).poisson(0.4)
            .kinds(HOSPICE).build(),
        define("hosp-medication-incidents", "Medication incidents reported", SAFE, "incidents",
            LOWER_IS_BETTER, MONTHLY).poisson(2).kinds(HOSPICE).build(),
        define("hosp-occupancy", "Inpatient bed occupancy", SUSTAINABLE, "%", NEUTRAL, MONTHLY)
            .normal(78, 5, 1).percent().kinds(HOSPICE).build(),
        define("hosp-preferred-place", "Patients who died in their preferred place", EFFECTIVE,
            "%", HIGHER_IS_BETTER, MONTHLY).rag(75, 65).target(80).normal(83, 3.5, 1).percent()
            .kinds(HOSPICE).build(),
        define("hosp-referral-48h", "Referrals assessed within 48 hours", EXPERIENCE, "%",
            HIGHER_IS_BETTER, MONTHLY).rag(90, 80).target(95).normal(95, 2, 1).percent()
            .kinds(HOSPICE).build(),
        define("hosp-community-contacts", "Community specialist palliative care contacts",
            EFFECTIVE, "contacts", NEUTRAL, MONTHLY).normal(640, 35, 0).kinds(HOSPICE).build(),
        define("hosp-fft", "Friends and Family Test: hospice rated good or very good", EXPERIENCE,
            "%", HIGHER_IS_BETTER, QUARTERLY).rag(95, 90).target(98).normal(98.4, 0.8, 1)
            .percent().kinds(HOSPICE).build(),
        define("hosp-infections", "Healthcare-associated infections", SAFE, "infections",
            LOWER_IS_BETTER, MONTHLY).rag(1, 2).poisson(0.1).kinds(HOSPICE).build());
  }
}
