#include "keys.h"

#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "absl_compat.h"

namespace vaktbro::storage {

namespace {

constexpr uint64_t kSignBit = uint64_t{1} << 63;
constexpr size_t kTimeSize = 8;

absl::Status Malformed(std::string_view key, std::string_view why) {
  return absl::InternalError(absl::StrCat("malformed index key \"",
                                          absl::CHexEscape(AsAbsl(key)),
                                          "\": ", AsAbsl(why)));
}

}  // namespace

std::string_view IndexTag(Index index) {
  switch (index) {
    case Index::kShiftsByStart:
      return "shift_start";
    case Index::kShiftsByUnit:
      return "shift_unit";
    case Index::kAssignmentsByPerson:
      return "asg_person";
    case Index::kAssignmentsByShift:
      return "asg_shift";
    case Index::kPositionsByPerson:
      return "pos_person";
    case Index::kPositionsByEmployer:
      return "pos_employer";
    case Index::kUnitsByOrganisation:
      return "unit_org";
    case Index::kAvailabilitiesByPerson:
      return "avail_person";
    case Index::kPartnershipsByOrganisation:
      return "pship_org";
    case Index::kPlannedShiftsByPerson:
      return "plan_person";
    case Index::kPlannedShiftsByPosition:
      return "plan_pos";
    case Index::kAuditRecordsByPerson:
      return "audit_person";
    case Index::kAgreementsByPerson:
      return "agr_person";
    case Index::kAgreementsByOrganisation:
      return "agr_org";
    case Index::kNoticesByAgreement:
      return "notice_agr";
  }
  return "unknown";
}

void AppendTime(std::string* dst, UnixSeconds t) {
  const uint64_t u = static_cast<uint64_t>(t) ^ kSignBit;
  for (int shift = 56; shift >= 0; shift -= 8) {
    dst->push_back(static_cast<char>((u >> shift) & 0xff));
  }
}

UnixSeconds DecodeTime(std::string_view bytes) {
  uint64_t u = 0;
  for (size_t i = 0; i < kTimeSize; ++i) {
    u = (u << 8) | static_cast<uint8_t>(bytes[i]);
  }
  return static_cast<UnixSeconds>(u ^ kSignBit);
}

void AppendString(std::string* dst, std::string_view s) {
  dst->append(s);
  dst->push_back('\0');
}

std::string IndexPrefix(Index index) {
  std::string key;
  AppendString(&key, IndexTag(index));
  return key;
}

std::string IndexPrefix(Index index, std::string_view owner_id) {
  std::string key = IndexPrefix(index);
  AppendString(&key, owner_id);
  return key;
}

std::string IdEntryKey(std::string_view prefix, std::string_view id) {
  std::string key(prefix);
  AppendString(&key, id);
  return key;
}

std::string TimedEntryKey(std::string_view prefix, UnixSeconds start,
                          std::string_view id) {
  std::string key = TimeBound(prefix, start);
  AppendString(&key, id);
  return key;
}

std::string TimeBound(std::string_view prefix, UnixSeconds t) {
  std::string key(prefix);
  AppendTime(&key, t);
  return key;
}

std::string PrefixSuccessor(std::string_view prefix) {
  std::string key(prefix);
  while (!key.empty() && static_cast<uint8_t>(key.back()) == 0xff) {
    key.pop_back();
  }
  if (!key.empty()) key.back() = static_cast<char>(key.back() + 1);
  return key;
}

absl::StatusOr<IndexEntry> DecodeIndexEntry(std::string_view key,
                                            size_t prefix_size,
                                            EntryShape shape) {
  const size_t time_size = shape == EntryShape::kTimeThenId ? kTimeSize : 0;
  // At least one id byte and the terminating NUL after prefix and time.
  if (key.size() < prefix_size + time_size + 2) {
    return Malformed(key, "too short");
  }
  IndexEntry entry;
  if (time_size > 0)
    entry.start = DecodeTime(key.substr(prefix_size, kTimeSize));
  const size_t id_begin = prefix_size + time_size;
  entry.id = key.substr(id_begin, key.size() - id_begin - 1);
  if (key.back() != '\0' || entry.id.find('\0') != std::string_view::npos) {
    return Malformed(key, "id is not NUL-terminated");
  }
  return entry;
}

std::string RequestKey(std::string_view method, std::string_view request_id) {
  std::string key;
  AppendString(&key, method);
  key.append(request_id);
  return key;
}

}  // namespace vaktbro::storage
