// page_size and page_token of the List methods.
//
// A page token is opaque to clients: web-safe base64 of "<start>|<id>", the
// position after which the next page begins. A token from one List method
// given to another simply resumes at that position.
#ifndef VAKTBRO_SERVER_DOMAIN_PAGING_H_
#define VAKTBRO_SERVER_DOMAIN_PAGING_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "store.h"

namespace vaktbro::domain {

inline constexpr int kDefaultPageSize = 100;
inline constexpr int kMaxPageSize = 1000;

// 0 -> the default; above the maximum -> the maximum; negative ->
// INVALID_ARGUMENT "page_size: ...".
absl::StatusOr<int> PageSize(int requested);

std::string EncodePageToken(const storage::Cursor& cursor);
// Empty token -> the start. INVALID_ARGUMENT "page_token: ..." when malformed.
absl::StatusOr<storage::Cursor> DecodePageToken(std::string_view token);

// Fills `next_page_token` of a response when a page came back full: the
// caller asked for page_size + 1 records and got them, so it drops the last
// and hands out a token to the last one kept.
template <typename Record, typename CursorOf>
std::string TrimPage(std::vector<Record>& records, int page_size, CursorOf cursor_of) {
  if (static_cast<int>(records.size()) <= page_size) return "";
  records.resize(page_size);
  return EncodePageToken(cursor_of(records.back()));
}

// A filtered page: reads batches of page_size + 1 records through
// fetch(cursor, limit) -> StatusOr<vector<Record>>, keeps those `keep`
// accepts, and stops when page_size + 1 are kept or the source ends. Pass the
// result to TrimPage. cursor_of(record) is where a scan resumes after it.
template <typename Record, typename Fetch, typename Keep, typename CursorOf>
absl::StatusOr<std::vector<Record>> ScanFiltered(storage::Cursor cursor, int page_size, Fetch fetch,
                                                 Keep keep, CursorOf cursor_of) {
  std::vector<Record> page;
  while (static_cast<int>(page.size()) <= page_size) {
    absl::StatusOr<std::vector<Record>> batch = fetch(cursor, page_size + 1);
    if (!batch.ok()) return batch.status();
    const bool more = static_cast<int>(batch->size()) == page_size + 1;
    if (!batch->empty()) cursor = cursor_of(batch->back());  // before the records move
    for (Record& r : *batch) {
      if (keep(r)) page.push_back(std::move(r));
    }
    if (!more) break;
  }
  return page;
}

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_PAGING_H_
