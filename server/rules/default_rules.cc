// The rule text compiled into vaktbro: the defaults of every rule number.
// Format: rule_book.h. A server may load its own text to override these.
// Figures marked (check) in /work/shared/domain/RULES.md stay marked here.
#include "rule_book.h"

namespace vaktbro::rules {
namespace {

constexpr char kDefaultRuleText[] = R"(# vaktbro default rules.

# Arbeidsmiljøloven chapter 10 alone: employers without a tariff agreement.
[working_time aml-default-2024]
agreement = statutory
effective_from = 2024-01-01
normal_hours_per_week = 40 | aml §10-4 (1)
normal_hours_per_week_rota = 38 | aml §10-4 (4)
normal_hours_per_week_continuous = 36 | aml §10-4 (5)
max_hours_per_day = 13 | aml §10-6 (8)
max_hours_single_week = 50 | aml §10-5 (1)
average_hours_per_week = 48 | aml §10-6 (8)
averaging_weeks = 8 | aml §10-6 (8)
overtime_hours_per_week = 10 | aml §10-6 (4)
overtime_hours_per_4_weeks = 25 | aml §10-6 (4)
overtime_hours_per_52_weeks = 200 | aml §10-6 (4)
# (check) a tariff agreement may shorten the rests: to 8 h and 28 h.
daily_rest_hours = 11 | aml §10-8 (1)
weekly_rest_hours = 35 | aml §10-8 (2)
# May be averaged by written agreement: a warning, not a block.
sunday_rule = warn | aml §10-8 (4)
sunday_from_hour = 18 | aml §10-10 (1)
sunday_eve_from_hour = 15 | aml §10-10 (1)
sunday_may_eve_from_hour = 22 | lov om 1. og 17. mai som høgtidsdager §2
sunday_until_hour = 22 | aml §10-10 (1)
night_from_hour = 21 | aml §10-11 (1)
night_until_hour = 6 | aml §10-11 (1)
night_rule = block | aml §10-11 (6)
night_worker_min_hours = 3 | aml §10-11 (6)
night_max_hours_per_day = 8 | aml §10-11 (6)
night_averaging_weeks = 4 | aml §10-11 (6)

# The tariff areas: overtime and the single-week cap as agreed with the
# tillitsvalgte (check: needs a written agreement at the employer).
[working_time ks-2024]
base = aml-default-2024
agreement = ks
max_hours_single_week = 54 | aml §10-5 (2)
overtime_hours_per_week = 20 | aml §10-6 (5)
overtime_hours_per_4_weeks = 50 | aml §10-6 (5)
overtime_hours_per_52_weeks = 300 | aml §10-6 (5)

[working_time spekter-2024]
base = ks-2024
agreement = spekter

[working_time state-2024]
base = ks-2024
agreement = state

# Retired staff in the public occupational pension schemes.
[pension pension-2024]
effective_from = 2024-01-01
unreduced_from_birth_year = 1963 | offentlig tjenestepensjon, årskull 1963 og senere
enrolment_threshold_percent = 20 | SPK-loven §5
klp_nurse_threshold_percent = 20 | SPK-loven §5
afp_tolerance_municipal_nok = 30000 | AFP kommunal ordning, fribeløp
afp_tolerance_spk_nok = 15000 | AFP SPK, fribeløp
# (check) proposals to raise it to 80.
authorisation_age_limit = 75 | helsepersonelloven §53

# Nurses in KLP's scheme are enrolled from the first hour.
[pension pension-2025]
base = pension-2024
effective_from = 2025-01-01
klp_nurse_threshold_percent = 0 | KLP sykepleierordning fra 1.1.2025

# Pensjonistlønn per hour; evening, night, weekend and holiday supplements
# come on top.
[pensjonistlonn state-2023]
agreement = state
effective_from = 2023-01-01
nok_per_hour = 233 | staten, pensjonistlønn 2023

[pensjonistlonn spekter-2024]
agreement = spekter
effective_from = 2024-01-01
nok_per_hour = 245 | Spekter, pensjonistlønn fra 1.1.2024

[pensjonistlonn ks-2024]
agreement = ks
effective_from = 2024-01-01
nok_per_hour = 233 | KS, lik statens sats fra 1.1.2024

# Where recruitment is hard: up to 93 % of minimum pay at full seniority.
[pensjonistlonn ks-2024-nurse-hard]
agreement = ks
effective_from = 2024-01-01
hard_recruitment_profession = nurse
nok_per_hour = 287 | KS, vanskelig rekruttering: 93 % av minstelønn

[pensjonistlonn ks-2024-specialist-nurse-hard]
agreement = ks
effective_from = 2024-01-01
hard_recruitment_profession = specialist_nurse
nok_per_hour = 301 | KS, vanskelig rekruttering: 93 % av minstelønn

# Who may take a shift asked for another profession. Not transitive: list
# every pair. A midwife does not cover a nurse by substitution: the midwives
# who are nurses hold that authorisation too, and list it as a profession.
[competence competence-2024]
effective_from = 2024-01-01
expiry_notice_days = 30 | vaktbro: varsel før en kompetanse går ut
specialist_nurse_covers = nurse, health_worker, care_assistant
nurse_covers = health_worker, care_assistant
health_worker_covers = care_assistant
)";

}  // namespace

std::string_view DefaultRuleText() { return kDefaultRuleText; }

}  // namespace vaktbro::rules
