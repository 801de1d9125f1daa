#include "report.h"

#include <algorithm>
#include <tuple>

#include "labels.h"
#include "ledger.h"

namespace vaktbro::agency {
namespace {

using v1::AgencyBooking;
using v1::AgencyFigures;
using v1::GetAgencyReportRequest;
using v1::InternalFill;

absl::Status FieldError(const std::string& field, const std::string& message) {
  return absl::InvalidArgumentError(field + ": " + message);
}

bool IsSet(const v1::YearMonth& m) { return m.year() != 0 || m.month() != 0; }

absl::Status CheckMonth(const std::string& field, const v1::YearMonth& m) {
  if (!ToMonth(m).Valid()) {
    return FieldError(
        field, "must be a month (year 1900-2200, month 1-12), got " +
                   std::to_string(m.year()) + "-" + std::to_string(m.month()));
  }
  return absl::OkStatus();
}

bool Counts(AgencyBooking::State s) {
  return s == AgencyBooking::BOOKED || s == AgencyBooking::STATE_UNSPECIFIED;
}

void AddBooking(const AgencyBooking& b, AgencyFigures& f) {
  if (b.state() == AgencyBooking::KICKED_OUT) {
    f.set_kick_outs(f.kick_outs() + 1);
    return;
  }
  if (!Counts(b.state())) return;
  f.set_agency_bookings(f.agency_bookings() + 1);
  f.set_agency_minutes(f.agency_minutes() + BookingMinutes(b));
  // Records from before the register carry only cost_nok.
  const int64_t cost =
      b.total_cost_ore() != 0 ? b.total_cost_ore() : b.cost_nok() * 100;
  f.set_agency_cost_ore(f.agency_cost_ore() + cost);
  const v1::Date& d = b.union_consultation_date();
  if (d.year() == 0 && b.state() != AgencyBooking::STATE_UNSPECIFIED) {
    f.set_bookings_without_consultation(f.bookings_without_consultation() + 1);
  }
}

void AddFill(const InternalFill& fill, AgencyFigures& f) {
  f.set_internal_fills(f.internal_fills() + 1);
  f.set_internal_minutes(f.internal_minutes() + fill.minutes());
  f.set_internal_cost_ore(f.internal_cost_ore() + fill.internal_cost_ore());
  f.set_agency_equivalent_ore(f.agency_equivalent_ore() +
                              fill.agency_cost_ore());
  f.set_saving_ore(f.saving_ore() + fill.saving_ore());
  for (v1::ChannelFigures& c : *f.mutable_channels()) {
    if (c.channel() != fill.channel()) continue;
    c.set_fills(c.fills() + 1);
    c.set_minutes(c.minutes() + fill.minutes());
    c.set_cost_ore(c.cost_ore() + fill.internal_cost_ore());
    c.set_saving_ore(c.saving_ore() + fill.saving_ore());
  }
}

void Finish(AgencyFigures& f) {
  const int64_t all = f.internal_minutes() + f.agency_minutes();
  if (all > 0) {
    f.set_internal_share(static_cast<double>(f.internal_minutes()) /
                         static_cast<double>(all));
  } else {
    f.clear_internal_share();
  }
}

// Sets `*change` to (now - before) / before when before > 0.
template <typename Setter>
void SetChange(int64_t now, int64_t before, Setter set) {
  if (before > 0)
    set(static_cast<double>(now - before) / static_cast<double>(before));
}

std::string NameOr(const ReportInput& in, const std::string& name) {
  auto it = in.names.find(name);
  return it == in.names.end() ? name : it->second;
}

std::string Scope(const GetAgencyReportRequest& r, const ReportInput& in) {
  std::string scope = r.organisation().empty() ? "Alle organisasjoner"
                                               : NameOr(in, r.organisation());
  scope += r.unit().empty() ? ", alle enheter" : ", " + NameOr(in, r.unit());
  scope += r.profession() == v1::PROFESSION_UNSPECIFIED
               ? ", alle yrker"
               : ", " + ProfessionNb(r.profession());
  return scope;
}

// The ordering key of a row: names first, so that tables read well.
using RowKey =
    std::tuple<std::string, std::string, std::string, std::string, int, int>;

struct Period {
  int first = 0;  // month index
  int count = 0;
  int baseline_first = 0;  // valid when has_baseline
  bool has_baseline = false;

  int Slot(int index) const { return index - first; }
  bool InPeriod(int index) const {
    return index >= first && index < first + count;
  }
  bool InBaseline(int index) const {
    return has_baseline && index >= baseline_first &&
           index < baseline_first + count;
  }
};

Period PeriodOf(const GetAgencyReportRequest& r) {
  Period p;
  p.first = ToMonth(r.first_month()).Index();
  p.count = ToMonth(r.last_month()).Index() - p.first + 1;
  switch (r.baseline()) {
    case GetAgencyReportRequest::SAME_MONTHS_LAST_YEAR:
      p.baseline_first = p.first - 12;
      p.has_baseline = true;
      break;
    case GetAgencyReportRequest::PREVIOUS_PERIOD:
      p.baseline_first = p.first - p.count;
      p.has_baseline = true;
      break;
    default:
      break;
  }
  return p;
}

void AddStreaks(const GetAgencyReportRequest& r, const Period& p,
                const ReportInput& in,
                const std::map<std::pair<std::string, std::string>,
                               std::vector<bool>>& used,
                v1::AgencyReport& report) {
  for (const auto& [unit, months] : used) {
    int run = 0;
    for (int i = 0; i <= p.count; ++i) {
      if (i < p.count && months[i]) {
        ++run;
        continue;
      }
      if (run >= r.streak_months()) {
        v1::AgencyStreak& s = *report.add_streaks();
        s.set_organisation(unit.first);
        s.set_organisation_display_name(NameOr(in, unit.first));
        s.set_unit(unit.second);
        s.set_unit_display_name(NameOr(in, unit.second));
        *s.mutable_first_month() =
            ToYearMonth(Month::FromIndex(p.first + i - run));
        *s.mutable_last_month() =
            ToYearMonth(Month::FromIndex(p.first + i - 1));
        s.set_months(run);
        s.set_ongoing(i == p.count);
      }
      run = 0;
    }
  }
  auto& streaks = *report.mutable_streaks();
  std::sort(streaks.begin(), streaks.end(),
            [](const v1::AgencyStreak& a, const v1::AgencyStreak& b) {
              return std::make_tuple(-a.months(), !a.ongoing(),
                                     a.organisation_display_name(),
                                     a.unit_display_name(),
                                     ToMonth(a.first_month()).Index()) <
                     std::make_tuple(-b.months(), !b.ongoing(),
                                     b.organisation_display_name(),
                                     b.unit_display_name(),
                                     ToMonth(b.first_month()).Index());
            });
}

}  // namespace

Month ToMonth(const v1::YearMonth& m) { return Month{m.year(), m.month()}; }

v1::YearMonth ToYearMonth(Month m) {
  v1::YearMonth out;
  out.set_year(m.year);
  out.set_month(m.month);
  return out;
}

AgencyFigures EmptyFigures() {
  AgencyFigures f;
  for (int c = InternalFill::OWN_STAFF; c <= InternalFill::PARTNER_EMPLOYER;
       ++c) {
    f.add_channels()->set_channel(static_cast<InternalFill::Channel>(c));
  }
  return f;
}

absl::StatusOr<GetAgencyReportRequest> NormaliseReportRequest(
    const GetAgencyReportRequest& request, int64_t now) {
  GetAgencyReportRequest r = request;
  if (!v1::Profession_IsValid(r.profession()))
    return FieldError("profession", "unknown profession");
  if (!GetAgencyReportRequest::Baseline_IsValid(r.baseline()))
    return FieldError("baseline", "unknown baseline");
  const bool has_first = IsSet(r.first_month()),
             has_last = IsSet(r.last_month());
  if (has_first && !CheckMonth("first_month", r.first_month()).ok())
    return CheckMonth("first_month", r.first_month());
  if (has_last && !CheckMonth("last_month", r.last_month()).ok())
    return CheckMonth("last_month", r.last_month());
  if (!has_first && !has_last)
    *r.mutable_last_month() = ToYearMonth(MonthOf(now).Plus(-1));
  if (!has_first)
    *r.mutable_first_month() = ToYearMonth(ToMonth(r.last_month()).Plus(-11));
  if (!has_last)
    *r.mutable_last_month() = ToYearMonth(ToMonth(r.first_month()).Plus(11));
  const int count =
      ToMonth(r.last_month()).Index() - ToMonth(r.first_month()).Index() + 1;
  if (count < 1)
    return FieldError("last_month", "must not be before first_month");
  if (count > kMaxReportMonths) {
    return FieldError("last_month", "the period may be at most " +
                                        std::to_string(kMaxReportMonths) +
                                        " months, got " +
                                        std::to_string(count));
  }
  if (r.baseline() == GetAgencyReportRequest::BASELINE_UNSPECIFIED) {
    r.set_baseline(GetAgencyReportRequest::SAME_MONTHS_LAST_YEAR);
  }
  if (r.streak_months() == 0) r.set_streak_months(kDefaultStreakMonths);
  if (r.streak_months() < 2 || r.streak_months() > kMaxReportMonths) {
    return FieldError("streak_months",
                      "must be 2-36, got " + std::to_string(r.streak_months()));
  }
  return r;
}

v1::AgencyReport BuildAgencyReport(const GetAgencyReportRequest& r,
                                   const ReportInput& in) {
  const Period p = PeriodOf(r);
  std::vector<AgencyFigures> months(p.count, EmptyFigures()),
      baseline(p.count, EmptyFigures());
  AgencyFigures totals = EmptyFigures(), baseline_totals = EmptyFigures();
  std::map<RowKey, v1::AgencyReportRow> rows;
  std::map<std::pair<std::string, std::string>, std::vector<bool>>
      used;  // (org, unit) -> months with agency

  auto wanted = [&r](const std::string& org, const std::string& unit,
                     v1::Profession prof) {
    return (r.organisation().empty() || org == r.organisation()) &&
           (r.unit().empty() || unit == r.unit()) &&
           (r.profession() == v1::PROFESSION_UNSPECIFIED ||
            prof == r.profession());
  };
  // Adds one record through `add` to the month, the row and the totals.
  auto count = [&](const std::string& org, const std::string& unit,
                   v1::Profession prof, int64_t start,
                   const auto& add) -> AgencyFigures* {
    if (!wanted(org, unit, prof)) return nullptr;
    const int index = MonthOf(start).Index();
    if (p.InBaseline(index)) {
      add(baseline[index - p.baseline_first]);
      add(baseline_totals);
    }
    if (!p.InPeriod(index)) return nullptr;
    add(months[p.Slot(index)]);
    add(totals);
    const RowKey key{NameOr(in, org), org, NameOr(in, unit), unit, prof, index};
    auto [it, inserted] = rows.try_emplace(key);
    v1::AgencyReportRow& row = it->second;
    if (inserted) {
      row.set_organisation(org);
      row.set_organisation_display_name(NameOr(in, org));
      row.set_unit(unit);
      row.set_unit_display_name(NameOr(in, unit));
      row.set_profession(prof);
      *row.mutable_month() = ToYearMonth(Month::FromIndex(index));
      *row.mutable_figures() = EmptyFigures();
    }
    add(*row.mutable_figures());
    return row.mutable_figures();
  };

  for (const AgencyBooking& b : in.bookings) {
    if (b.state() == AgencyBooking::CANCELLED) continue;
    const auto add = [&b](AgencyFigures& f) { AddBooking(b, f); };
    if (count(b.organisation(), b.unit(), b.profession(),
              b.start_time().seconds(), add) != nullptr &&
        Counts(b.state())) {
      auto& flags = used[{b.organisation(), b.unit()}];
      flags.resize(p.count);
      flags[p.Slot(MonthOf(b.start_time().seconds()).Index())] = true;
    }
  }
  for (const InternalFill& fill : in.fills) {
    const auto add = [&fill](AgencyFigures& f) { AddFill(fill, f); };
    count(fill.organisation(), fill.unit(), fill.profession(),
          fill.start_time().seconds(), add);
  }

  v1::AgencyReport report;
  *report.mutable_request() = r;
  report.set_scope(Scope(r, in));
  if (p.has_baseline) {
    *report.mutable_baseline_first_month() =
        ToYearMonth(Month::FromIndex(p.baseline_first));
    *report.mutable_baseline_last_month() =
        ToYearMonth(Month::FromIndex(p.baseline_first + p.count - 1));
  }
  for (int i = 0; i < p.count; ++i) {
    v1::AgencyReportMonth& m = *report.add_months();
    *m.mutable_month() = ToYearMonth(Month::FromIndex(p.first + i));
    Finish(months[i]);
    *m.mutable_figures() = months[i];
    if (!p.has_baseline) continue;
    *m.mutable_baseline_month() =
        ToYearMonth(Month::FromIndex(p.baseline_first + i));
    Finish(baseline[i]);
    *m.mutable_baseline() = baseline[i];
    SetChange(months[i].agency_cost_ore(), baseline[i].agency_cost_ore(),
              [&m](double v) { m.set_agency_cost_change(v); });
    SetChange(months[i].agency_minutes(), baseline[i].agency_minutes(),
              [&m](double v) { m.set_agency_hours_change(v); });
  }
  for (auto& [key, row] : rows) {
    Finish(*row.mutable_figures());
    *report.add_rows() = std::move(row);
  }
  Finish(totals);
  *report.mutable_totals() = totals;
  if (p.has_baseline) {
    Finish(baseline_totals);
    *report.mutable_baseline_totals() = baseline_totals;
    SetChange(totals.agency_cost_ore(), baseline_totals.agency_cost_ore(),
              [&report](double v) { report.set_agency_cost_change(v); });
    SetChange(totals.agency_minutes(), baseline_totals.agency_minutes(),
              [&report](double v) { report.set_agency_hours_change(v); });
  }
  AddStreaks(r, p, in, used, report);
  return report;
}

}  // namespace vaktbro::agency
