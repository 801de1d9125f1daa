#include "agreements/positions.h"

#include "absl/strings/str_format.h"

namespace vaktbro::agreements {

absl::CivilDay CivilOf(const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); }

v1::Date DateOf(absl::CivilDay day) {
  v1::Date d;
  d.set_year(static_cast<int>(day.year()));
  d.set_month(day.month());
  d.set_day(day.day());
  return d;
}

std::string IsoDate(const v1::Date& d) {
  if (d.year() == 0) return "";
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

bool ValidOn(const v1::Position& p, absl::CivilDay day) {
  const bool from_ok = p.valid_from().year() == 0 || CivilOf(p.valid_from()) <= day;
  const bool to_ok = p.valid_to().year() == 0 || day <= CivilOf(p.valid_to());
  return from_ok && to_ok;
}

PositionTotal TotalOn(const std::vector<v1::Position>& positions, absl::CivilDay day) {
  PositionTotal total;
  for (const v1::Position& p : positions) {
    if (!ValidOn(p, day)) continue;
    total.total_percent += p.percentage();
    total.positions.push_back(p);
  }
  return total;
}

std::string OverFullTimeWarning(const PositionTotal& total, absl::CivilDay day) {
  // A little slack for percentages like 33.33 + 66.67.
  if (total.total_percent <= kFullTimePercent + 1e-9) return "";
  std::string parts;
  for (const v1::Position& p : total.positions) {
    if (!parts.empty()) parts += ", ";
    parts += absl::StrFormat("%s %g %%", p.name(), p.percentage());
  }
  return absl::StrFormat("positions: %g %% in total on %04d-%02d-%02d (%s), above 100 %%",
                         total.total_percent, day.year(), day.month(), day.day(), parts);
}

}  // namespace vaktbro::agreements
