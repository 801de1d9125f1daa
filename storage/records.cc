#include "records.h"

#include <cstdint>

namespace vaktbro::storage {

namespace {

constexpr size_t kLengthSize = 4;

}  // namespace

std::string EncodeRequestRecord(const RequestRecord& record) {
  const uint32_t n = static_cast<uint32_t>(record.request_fingerprint.size());
  std::string value;
  value.reserve(kLengthSize + n + record.reply.size());
  for (size_t i = 0; i < kLengthSize; ++i) {
    value.push_back(static_cast<char>((n >> (8 * i)) & 0xff));
  }
  value.append(record.request_fingerprint);
  value.append(record.reply);
  return value;
}

absl::StatusOr<RequestRecord> DecodeRequestRecord(std::string_view value) {
  if (value.size() < kLengthSize) {
    return absl::InternalError("stored request record is truncated");
  }
  uint32_t n = 0;
  for (size_t i = 0; i < kLengthSize; ++i) {
    n |= static_cast<uint32_t>(static_cast<uint8_t>(value[i])) << (8 * i);
  }
  if (value.size() - kLengthSize < n) {
    return absl::InternalError("stored request record is truncated");
  }
  RequestRecord record;
  record.request_fingerprint = std::string(value.substr(kLengthSize, n));
  record.reply = std::string(value.substr(kLengthSize + n));
  return record;
}

}  // namespace vaktbro::storage
