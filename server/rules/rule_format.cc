#include "rule_format.h"

#include <cmath>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "oslo_calendar.h"

namespace vaktbro::rules {
namespace {

constexpr const char* kMonthsNb[] = {
    "januar", "februar", "mars",      "april",   "mai",      "juni",
    "juli",   "august",  "september", "oktober", "november", "desember"};
constexpr const char* kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string FormatMinutes(int64_t minutes, Lang lang) {
  const char* sign = minutes < 0 ? "-" : "";
  minutes = std::llabs(minutes);
  const int64_t h = minutes / 60, m = minutes % 60;
  const char* hour_unit = lang == Lang::kNb ? "t" : "h";
  if (h == 0) return absl::StrFormat("%s%d min", sign, m);
  if (m == 0) return absl::StrFormat("%s%d %s", sign, h, hour_unit);
  return absl::StrFormat("%s%d %s %d min", sign, h, hour_unit, m);
}

// 30000 -> "30 000" (nb) or "30,000" (en).
std::string GroupThousands(int64_t n, Lang lang) {
  std::string digits = absl::StrCat(std::llabs(n));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0)
      out += lang == Lang::kNb ? ' ' : ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace

std::string FormatDuration(absl::Duration d, Lang lang) {
  return FormatMinutes(absl::ToInt64Minutes(d), lang);
}

std::string FormatHours(double hours, Lang lang) {
  return FormatMinutes(std::llround(hours * 60), lang);
}

std::string FormatNok(double nok, Lang lang) {
  const std::string n = GroupThousands(std::llround(nok), lang);
  return lang == Lang::kNb ? n + " kr" : "NOK " + n;
}

std::string FormatNokPerHour(double nok, Lang lang) {
  const std::string n = GroupThousands(std::llround(nok), lang);
  return lang == Lang::kNb ? n + " kr/t" : "NOK " + n + "/h";
}

std::string FormatPercent(double percent, Lang lang) {
  // The small epsilon keeps 24.0 (computed as 23.999999...) at "24 %".
  const int64_t tenths = static_cast<int64_t>(std::floor(percent * 10 + 1e-6));
  if (tenths % 10 == 0) return absl::StrFormat("%d %%", tenths / 10);
  const char sep = lang == Lang::kNb ? ',' : '.';
  return absl::StrFormat("%d%c%d %%", tenths / 10, sep,
                         std::llabs(tenths % 10));
}

std::string FormatDate(absl::CivilDay day, Lang lang) {
  const int month = day.month() - 1;
  if (lang == Lang::kNb) {
    return absl::StrFormat("%d. %s %d", day.day(), kMonthsNb[month],
                           day.year());
  }
  return absl::StrFormat("%d %s %d", day.day(), kMonthsEn[month], day.year());
}

std::string FormatLocalTime(absl::Time t, Lang lang) {
  const absl::CivilMinute local = absl::ToCivilMinute(t, Oslo());
  return absl::StrFormat(
      "%s%s%02d:%02d", FormatDate(absl::CivilDay(local), lang),
      lang == Lang::kNb ? " kl. " : " ", local.hour(), local.minute());
}

std::string Quoted(std::string_view label, Lang lang) {
  return lang == Lang::kNb ? absl::StrFormat("«%s»", label)
                           : absl::StrFormat("'%s'", label);
}

}  // namespace vaktbro::rules
