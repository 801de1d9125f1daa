// Field validation shared by every mutating method.
//
// Every failure is INVALID_ARGUMENT whose message starts with the request's
// field path and ": ", e.g. "shift.headcount: must be 1-50, got 0". Clients
// (the desktop client's dialogs, vaktbroctl) rely on that prefix to show the
// message next to the field.
#ifndef VAKTBRO_SERVER_DOMAIN_VALIDATION_H_
#define VAKTBRO_SERVER_DOMAIN_VALIDATION_H_

#include <string_view>

#include "absl/status/status.h"
#include "google/protobuf/timestamp.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::domain {

// INVALID_ARGUMENT "<field>: <message>".
absl::Status FieldError(std::string_view field, std::string_view message);

// A display name or other required text of 1..max_len characters (UTF-8
// code points), without control characters.
absl::Status CheckText(std::string_view field, std::string_view value, int max_len);
// The same, but empty is allowed.
absl::Status CheckOptionalText(std::string_view field, std::string_view value, int max_len);

// A 9-digit Norwegian organisation number with a valid mod-11 check digit.
bool IsValidOrganisationNumber(std::string_view number);
absl::Status CheckOrganisationNumber(std::string_view field, std::string_view number);

// An HPR number: empty, or 7-9 digits.
absl::Status CheckHprNumber(std::string_view field, std::string_view number);

// A client-chosen resource id: empty (the server picks one) or [a-z0-9-]{1,40}
// not starting with '-'.
absl::Status CheckClientId(std::string_view field, std::string_view id);

// A request id: at most 64 printable ASCII characters (empty: not idempotent).
absl::Status CheckRequestId(std::string_view request_id);

// A set Timestamp within the range protobuf allows.
absl::Status CheckTimestamp(std::string_view field, const google::protobuf::Timestamp& t);

// A real calendar date between year 1900 and 2200.
absl::Status CheckDate(std::string_view field, const v1::Date& date);
bool IsSet(const v1::Date& date);
// Days since 1970-01-01 of a valid date.
int64_t DaysFromCivil(const v1::Date& date);

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_VALIDATION_H_
