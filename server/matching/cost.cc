#include "cost.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/str_format.h"
#include "oslo_calendar.h"

namespace vaktbro::matching {
namespace {

// The estimate's numbers, in one place. Hourly wages are tariff-level
// figures for 2026 (check against the current KS and Spekter tables before
// relying on a cost in a budget).
struct Tariff {
  v1::Profession profession;
  double nok_per_hour;
};
constexpr Tariff kWages[] = {
    {v1::NURSE, 315},           {v1::SPECIALIST_NURSE, 345}, {v1::HEALTH_WORKER, 265},
    {v1::PHYSICIAN, 520},       {v1::MIDWIFE, 345},          {v1::PHYSIOTHERAPIST, 305},
    {v1::OCCUPATIONAL_THERAPIST, 300}, {v1::CARE_ASSISTANT, 230},
};
constexpr double kDefaultWage = 280;
constexpr double kEveningNightSupplement = 0.25;  // of the wage, 17:00-06:00
constexpr int kEveningFromHour = 17;
constexpr double kSundaySupplement = 0.30;        // in Sunday and holiday time
constexpr double kOvertimeSupplement = 0.40;      // aml §10-6 (11)
constexpr double kEmployerCostsOrdinary = 1.40;   // holiday pay, national insurance, pension
constexpr double kEmployerCostsPensioner = 1.27;  // holiday pay, national insurance
constexpr double kPartnerOverhead = 0.10;         // recharge between employers

double Hours(absl::Duration d) { return absl::ToDoubleHours(d); }

}  // namespace

double HourlyWage(v1::Profession profession) {
  for (const Tariff& t : kWages) {
    if (t.profession == profession) return t.nok_per_hour;
  }
  return kDefaultWage;
}

CostEstimate EstimateCost(const CostInput& in) {
  const double hours = Hours(in.end - in.start);
  if (in.recharge_hourly_ore > 0) {
    const double rate_nok = static_cast<double>(in.recharge_hourly_ore) / 100.0;
    CostEstimate e;
    e.nok = static_cast<int64_t>(std::llround(hours * rate_nok * (100 + in.recharge_overhead_percent) / 100.0));
    e.detail = absl::StrFormat("%.1f h × %.2f NOK/h agreed recharge + %d %% overhead: %d NOK", hours, rate_nok,
                               in.recharge_overhead_percent, e.nok);
    return e;
  }
  const bool pensioner = in.pay_scheme == v1::Position::PENSJONISTLONN && in.pensjonistlonn_nok_per_hour > 0;
  const double wage = pensioner ? in.pensjonistlonn_nok_per_hour : HourlyWage(in.profession);

  const rules::NightHours evening{absl::Hours(kEveningFromHour), absl::Hours(in.rules->night_until_hour.value)};
  const double evening_hours = Hours(rules::NightTime(in.start, in.end, evening));
  double sunday_hours = 0;
  for (const rules::TimeWindow& w :
       rules::SundayHolidayPeriods(in.start, in.end, rules::SundayHoursOf(*in.rules))) {
    const absl::Time from = std::max(w.start, in.start), to = std::min(w.end, in.end);
    if (to > from) sunday_hours += Hours(to - from);
  }
  const double overtime = std::clamp(in.overtime_hours, 0.0, hours);

  double pay = hours * wage + evening_hours * wage * kEveningNightSupplement +
               sunday_hours * wage * kSundaySupplement + overtime * wage * kOvertimeSupplement;
  pay *= pensioner ? kEmployerCostsPensioner : kEmployerCostsOrdinary;
  if (in.recharged_from_partner) pay *= 1 + kPartnerOverhead;

  CostEstimate e;
  e.nok = static_cast<int64_t>(std::llround(pay));
  e.detail = absl::StrFormat("%.1f h × %.0f NOK/h%s", hours, wage, pensioner ? " (pensjonistlønn)" : "");
  if (evening_hours > 0) e.detail += absl::StrFormat(", evening/night %.1f h", evening_hours);
  if (sunday_hours > 0) e.detail += absl::StrFormat(", Sunday/holiday %.1f h", sunday_hours);
  if (overtime > 0) e.detail += absl::StrFormat(", overtime %.1f h", overtime);
  if (in.recharged_from_partner) e.detail += ", partner recharge";
  e.detail += absl::StrFormat(": %d NOK with employer's costs", e.nok);
  return e;
}

}  // namespace vaktbro::matching
