#include "local_time.h"

#include "absl/algorithm/container.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"

namespace vaktbro::ctl {
namespace {

// Three all-digit parts of `text` split on `sep`, as integers.
bool SplitNumbers(absl::string_view text, char sep, int out[3]) {
  const std::vector<absl::string_view> parts = absl::StrSplit(text, sep);
  if (parts.size() != 3) return false;
  for (int i = 0; i < 3; ++i) {
    if (parts[i].empty() || !absl::c_all_of(parts[i], absl::ascii_isdigit) ||
        !absl::SimpleAtoi(parts[i], &out[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

const absl::TimeZone& OsloZone() {
  static const absl::TimeZone* const zone = [] {
    auto* tz = new absl::TimeZone;
    if (!absl::LoadTimeZone("Europe/Oslo", tz)) *tz = absl::FixedTimeZone(3600);
    return tz;
  }();
  return *zone;
}

absl::StatusOr<absl::CivilDay> ParseDay(absl::string_view text) {
  const absl::string_view s = absl::StripAsciiWhitespace(text);
  int n[3];
  int y = 0, m = 0, d = 0;
  if (s.size() == 10 && s[4] == '-' && SplitNumbers(s, '-', n)) {
    y = n[0], m = n[1], d = n[2];
  } else if (SplitNumbers(s, '.', n) && n[2] >= 1000) {
    d = n[0], m = n[1], y = n[2];
  } else {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not a date (YYYY-MM-DD)"));
  }
  const absl::CivilDay day(y, m, d);
  // CivilDay normalises 2026-02-30 to March: a changed field means no such
  // date.
  if (day.year() != y || day.month() != m || day.day() != d) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not a valid date"));
  }
  return day;
}

absl::StatusOr<int> ParseClock(absl::string_view text) {
  const absl::string_view s = absl::StripAsciiWhitespace(text);
  const std::vector<absl::string_view> parts = absl::StrSplit(s, ':');
  int h = -1, m = -1;
  if (parts.size() != 2 || parts[0].empty() || parts[0].size() > 2 ||
      parts[1].size() != 2 || !absl::c_all_of(parts[0], absl::ascii_isdigit) ||
      !absl::c_all_of(parts[1], absl::ascii_isdigit) ||
      !absl::SimpleAtoi(parts[0], &h) || !absl::SimpleAtoi(parts[1], &m) ||
      h > 23 || m > 59) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not a time (HH:MM)"));
  }
  return h * 60 + m;
}

absl::Time OsloTime(absl::CivilDay day, int minutes) {
  return absl::FromCivil(absl::CivilMinute(day) + minutes, OsloZone());
}

absl::CivilDay OsloToday() { return absl::ToCivilDay(absl::Now(), OsloZone()); }

std::string FormatIsoDay(absl::Time t) {
  return absl::FormatTime("%Y-%m-%d", t, OsloZone());
}
std::string FormatNorwegianDay(absl::Time t) {
  return absl::FormatTime("%d.%m.%Y", t, OsloZone());
}
std::string FormatClock(absl::Time t) {
  return absl::FormatTime("%H:%M", t, OsloZone());
}

std::string FormatIsoDay(const v1::Date& d) {
  if (d.year() == 0) return "";
  return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

google::protobuf::Timestamp ToProto(absl::Time t) {
  google::protobuf::Timestamp out;
  const int64_t nanos = absl::ToUnixNanos(t);
  out.set_seconds(absl::ToUnixSeconds(t));
  out.set_nanos(static_cast<int32_t>(nanos - out.seconds() * 1000000000));
  return out;
}

absl::Time FromProto(const google::protobuf::Timestamp& t) {
  return absl::FromUnixSeconds(t.seconds()) + absl::Nanoseconds(t.nanos());
}

v1::Date ToProtoDate(absl::CivilDay day) {
  v1::Date out;
  out.set_year(static_cast<int>(day.year()));
  out.set_month(day.month());
  out.set_day(day.day());
  return out;
}

}  // namespace vaktbro::ctl
