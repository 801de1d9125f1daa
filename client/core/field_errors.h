// Reads the server's validation errors so a dialog can show each one next
// to the field it is about.
//
// The server's INVALID_ARGUMENT messages start with the field path of the
// request: "shift.end_time: must be after start_time". So do NOT_FOUND and
// ALREADY_EXISTS when a field names a missing or taken resource
// ("shift.unit: units/x not found"). Several errors may be joined by "; "
// when each part starts with a path of its own:
// "shift.title: must not be empty; shift.headcount: must be 1-50".
//
//   FieldErrors errors = FieldErrors::Parse(status);
//   if (auto m = errors.For("shift.end_time")) ShowUnderEndTime(*m);
#ifndef VAKTBRO_CLIENT_CORE_FIELD_ERRORS_H_
#define VAKTBRO_CLIENT_CORE_FIELD_ERRORS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace vaktbro::client {

struct FieldError {
  std::string field;    // "shift.end_time"
  std::string message;  // "must be after start_time"

  friend bool operator==(const FieldError&, const FieldError&) = default;
};

class FieldErrors {
 public:
  // An OK status gives no errors. INVALID_ARGUMENT, NOT_FOUND and
  // ALREADY_EXISTS give one FieldError per part that starts with a field
  // path. Anything else (other codes, or a message without a path) becomes
  // general(): the whole message as sent.
  static FieldErrors Parse(const absl::Status& status);

  bool empty() const { return errors_.empty() && general_.empty(); }
  const std::vector<FieldError>& errors() const { return errors_; }
  // The part of the error not about one field; empty when there is none.
  const std::string& general() const { return general_; }

  // The message about `field` exactly, or about a path inside it
  // ("shift.competences" also answers for "shift.competences[2]").
  std::optional<std::string> For(absl::string_view field) const;

 private:
  std::vector<FieldError> errors_;
  std::string general_;
};

// The field path at the start of `text` ("shift.end_time" in
// "shift.end_time: must be after"), or empty if `text` does not start with
// "<path>: ". A path is identifiers joined by '.', each optionally indexed
// ("[3]").
absl::string_view LeadingFieldPath(absl::string_view text);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_FIELD_ERRORS_H_
