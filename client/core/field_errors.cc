#include "field_errors.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace vaktbro::client {
namespace {

bool IsIdentifierStart(char c) { return absl::ascii_isalpha(c) || c == '_'; }
bool IsIdentifierPart(char c) { return absl::ascii_isalnum(c) || c == '_'; }

// Length of the path at the start of `text`, 0 if there is none.
size_t PathLength(absl::string_view text) {
  size_t i = 0;
  while (true) {
    if (i >= text.size() || !IsIdentifierStart(text[i])) return 0;
    while (i < text.size() && IsIdentifierPart(text[i])) ++i;
    while (i < text.size() && text[i] == '[') {
      size_t j = i + 1;
      while (j < text.size() && absl::ascii_isdigit(text[j])) ++j;
      if (j == i + 1 || j >= text.size() || text[j] != ']') return 0;
      i = j + 1;
    }
    if (i < text.size() && text[i] == '.') {
      ++i;
      continue;
    }
    return i;
  }
}

bool MayNameAField(absl::StatusCode code) {
  return code == absl::StatusCode::kInvalidArgument ||
         code == absl::StatusCode::kNotFound ||
         code == absl::StatusCode::kAlreadyExists;
}

}  // namespace

absl::string_view LeadingFieldPath(absl::string_view text) {
  const size_t length = PathLength(text);
  if (length == 0 || !absl::StartsWith(text.substr(length), ": ")) return {};
  return text.substr(0, length);
}

FieldErrors FieldErrors::Parse(const absl::Status& status) {
  FieldErrors result;
  if (status.ok()) return result;
  const absl::string_view message = status.message();
  if (!MayNameAField(status.code()) || LeadingFieldPath(message).empty()) {
    result.general_ =
        message.empty() ? status.ToString() : std::string(message);
    return result;
  }
  // Split at "; " only where the next part names a field of its own, so a
  // message that itself contains "; " stays whole.
  std::vector<absl::string_view> parts;
  for (absl::string_view piece : absl::StrSplit(message, "; ")) {
    if (!parts.empty() && LeadingFieldPath(piece).empty()) {
      const absl::string_view& last = parts.back();
      parts.back() = absl::string_view(
          last.data(),
          static_cast<size_t>(piece.data() + piece.size() - last.data()));
      continue;
    }
    parts.push_back(piece);
  }
  for (absl::string_view part : parts) {
    const absl::string_view path = LeadingFieldPath(part);
    absl::string_view text = part.substr(path.size() + 2);
    result.errors_.push_back(
        {std::string(path), std::string(absl::StripAsciiWhitespace(text))});
  }
  return result;
}

std::optional<std::string> FieldErrors::For(absl::string_view field) const {
  for (const FieldError& error : errors_) {
    if (error.field == field) return error.message;
  }
  for (const FieldError& error : errors_) {
    if (absl::StartsWith(error.field, field)) {
      const char next = error.field[field.size()];
      if (next == '.' || next == '[') return error.message;
    }
  }
  return std::nullopt;
}

}  // namespace vaktbro::client
