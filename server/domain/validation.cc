#include "validation.h"

#include <string>

#include "text.h"
#include "google/protobuf/util/time_util.h"

namespace vaktbro::domain {
namespace {

// Counts UTF-8 code points; false when a control character is present.
bool CountCodePoints(std::string_view s, int* count) {
  int n = 0;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) return false;
    if ((c & 0xC0) != 0x80) ++n;
  }
  *count = n;
  return true;
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

absl::Status FieldError(std::string_view field, std::string_view message) {
  return absl::InvalidArgumentError(Cat(field, ": ", message));
}

absl::Status CheckOptionalText(std::string_view field, std::string_view value, int max_len) {
  int n = 0;
  if (!CountCodePoints(value, &n)) return FieldError(field, "must not contain control characters");
  if (n > max_len) {
    return FieldError(field, Cat("must be at most ", max_len, " characters, got ", n));
  }
  return absl::OkStatus();
}

absl::Status CheckText(std::string_view field, std::string_view value, int max_len) {
  if (value.find_first_not_of(' ') == std::string_view::npos) {
    return FieldError(field, "must not be empty");
  }
  return CheckOptionalText(field, value, max_len);
}

bool IsValidOrganisationNumber(std::string_view number) {
  if (number.size() != 9 || !AllDigits(number)) return false;
  static constexpr int kWeights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (number[i] - '0') * kWeights[i];
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == number[8] - '0';
}

absl::Status CheckOrganisationNumber(std::string_view field, std::string_view number) {
  if (number.size() != 9 || !AllDigits(number)) {
    return FieldError(field, Cat("must be 9 digits, got \"", number.substr(0, 20), "\""));
  }
  if (!IsValidOrganisationNumber(number)) {
    return FieldError(field, Cat("check digit of ", number, " is wrong (mod 11)"));
  }
  return absl::OkStatus();
}

absl::Status CheckHprNumber(std::string_view field, std::string_view number) {
  if (number.empty()) return absl::OkStatus();
  if (number.size() < 7 || number.size() > 9 || !AllDigits(number)) {
    return FieldError(field, "must be 7-9 digits (the HPR number) or empty");
  }
  return absl::OkStatus();
}

absl::Status CheckClientId(std::string_view field, std::string_view id) {
  if (id.empty()) return absl::OkStatus();
  bool ok = id.size() <= 40 && id.front() != '-';
  for (char c : id) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }
  if (!ok) return FieldError(field, "must be 1-40 characters of a-z, 0-9 and '-'");
  return absl::OkStatus();
}

absl::Status CheckRequestId(std::string_view request_id) {
  bool ok = request_id.size() <= 64;
  for (char c : request_id) ok = ok && c > 0x20 && c < 0x7f;
  if (!ok) return FieldError("request_id", "must be at most 64 printable ASCII characters");
  return absl::OkStatus();
}

absl::Status CheckTimestamp(std::string_view field, const google::protobuf::Timestamp& t) {
  if (t.seconds() == 0 && t.nanos() == 0) return FieldError(field, "must be set");
  using google::protobuf::util::TimeUtil;
  if (t.seconds() < TimeUtil::kTimestampMinSeconds || t.seconds() > TimeUtil::kTimestampMaxSeconds ||
      t.nanos() < 0 || t.nanos() > 999999999) {
    return FieldError(field, "is not a valid time");
  }
  return absl::OkStatus();
}

bool IsSet(const v1::Date& date) { return date.year() != 0 || date.month() != 0 || date.day() != 0; }

absl::Status CheckDate(std::string_view field, const v1::Date& d) {
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool ok = d.year() >= 1900 && d.year() <= 2200 && d.month() >= 1 && d.month() <= 12 &&
            d.day() >= 1 && d.day() <= kDays[d.month() - 1];
  bool leap = (d.year() % 4 == 0 && d.year() % 100 != 0) || d.year() % 400 == 0;
  if (ok && d.month() == 2 && d.day() == 29 && !leap) ok = false;
  if (!ok) {
    return FieldError(field, Cat("is not a real date (", d.year(), "-", d.month(), "-",
                                          d.day(), ")"));
  }
  return absl::OkStatus();
}

int64_t DaysFromCivil(const v1::Date& date) {
  // Howard Hinnant's days_from_civil algorithm.
  int64_t y = date.year() - (date.month() <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t m = date.month();
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day() - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace vaktbro::domain
