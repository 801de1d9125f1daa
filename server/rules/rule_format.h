// Formatting of the numbers in findings, in Norwegian Bokmål and English.
// Every message of the rules library goes through these helpers so that the
// two languages stay consistent.
#ifndef VAKTBRO_SERVER_RULES_RULE_FORMAT_H_
#define VAKTBRO_SERVER_RULES_RULE_FORMAT_H_

#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"

namespace vaktbro::rules {

enum class Lang { kNb, kEn };

// "9 t 30 min" / "9 h 30 min", "11 t" / "11 h", "45 min", "0 min". Truncated
// toward zero to whole minutes, so 10 h 59 min 59 s never reads as "11 h".
std::string FormatDuration(absl::Duration d, Lang lang);

// `hours` as FormatDuration does, rounded to the nearest minute (for rule
// parameters and averages given as numbers of hours).
std::string FormatHours(double hours, Lang lang);

// Whole kroner: "30 000 kr" / "NOK 30,000".
std::string FormatNok(double nok, Lang lang);

// An hourly rate: "245 kr/t" / "NOK 245/h".
std::string FormatNokPerHour(double nok, Lang lang);

// Truncated to one decimal, the decimal dropped when it is zero:
// "24 %", "19,9 %" / "19.9 %". Truncation keeps 19.99 % below "20 %".
std::string FormatPercent(double percent, Lang lang);

// "17. mai 2025" / "17 May 2025".
std::string FormatDate(absl::CivilDay day, Lang lang);

// Oslo local time: "30. mars 2025 kl. 22:00" / "30 Mar 2025 22:00".
std::string FormatLocalTime(absl::Time t, Lang lang);

// «label» / 'label'.
std::string Quoted(std::string_view label, Lang lang);

}  // namespace vaktbro::rules

#endif  // VAKTBRO_SERVER_RULES_RULE_FORMAT_H_
