#include "paging.h"

#include <charconv>

#include "absl/strings/escaping.h"
#include "text.h"
#include "validation.h"

namespace vaktbro::domain {

absl::StatusOr<int> PageSize(int requested) {
  if (requested < 0) return FieldError("page_size", "must not be negative");
  if (requested == 0) return kDefaultPageSize;
  return requested > kMaxPageSize ? kMaxPageSize : requested;
}

std::string EncodePageToken(const storage::Cursor& cursor) {
  return absl::WebSafeBase64Escape(Cat(cursor.start, "|", cursor.id));
}

absl::StatusOr<storage::Cursor> DecodePageToken(std::string_view token) {
  storage::Cursor cursor;
  if (token.empty()) return cursor;
  std::string raw;
  if (!absl::WebSafeBase64Unescape(absl::string_view(token.data(), token.size()), &raw)) return FieldError("page_token", "is not a token this server made");
  const size_t bar = raw.find('|');
  if (bar == std::string::npos || bar + 1 >= raw.size()) {
    return FieldError("page_token", "is not a token this server made");
  }
  const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + bar, cursor.start);
  if (ec != std::errc() || ptr != raw.data() + bar) {
    return FieldError("page_token", "is not a token this server made");
  }
  cursor.id = raw.substr(bar + 1);
  return cursor;
}

}  // namespace vaktbro::domain
