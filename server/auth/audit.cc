#include "audit.h"

#include <sodium.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "paging.h"
#include "absl_compat.h"
#include "status_macros.h"

namespace vaktbro::auth {
namespace {

using storage::AsAbsl;

absl::Time FromProto(const google::protobuf::Timestamp& t) {
  return absl::FromUnixSeconds(t.seconds()) + absl::Nanoseconds(t.nanos());
}

}  // namespace

std::string NewAuditId(absl::Time now) {
  const uint64_t micros = static_cast<uint64_t>(absl::ToUnixMicros(now));
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016" PRIx64 "%08" PRIx32, ~micros, randombytes_random());
  return buf;
}

v1::AuditRecord MakeAuditRecord(const Caller& caller, v1::AuditRecord::Action action,
                                const domain::Clock& clock) {
  v1::AuditRecord record;
  const google::protobuf::Timestamp now = clock.Now();
  record.set_name(absl::StrCat("auditRecords/", NewAuditId(FromProto(now))));
  *record.mutable_time() = now;
  record.set_account(caller.account);
  record.set_role(caller.role);
  record.set_method(caller.method);
  record.set_action(action);
  record.set_peer(caller.peer);
  return record;
}

std::optional<v1::AuditRecord> AuditTrail::AuditRecordFor(
    const std::vector<storage::WrittenRecord>& written) {
  const Caller& caller = CurrentCaller();
  v1::AuditRecord record = MakeAuditRecord(caller, v1::AuditRecord::CHANGE, *clock_);
  std::set<std::string> people;
  for (const storage::WrittenRecord& w : written) {
    // Sessions are the login's own business (Login writes a LOGIN record).
    if (w.collection == "sessions") continue;
    record.add_records(absl::StrCat(AsAbsl(w.collection), "/", w.id));
    if (!w.person_id.empty()) people.insert(absl::StrCat("people/", w.person_id));
  }
  if (record.records().empty()) return std::nullopt;
  for (const std::string& p : people) record.add_people(p);
  return record;
}

absl::Status AuditTrail::Record(const Caller& caller, v1::AuditRecord::Action action,
                                const std::vector<std::string>& people) {
  v1::AuditRecord record = MakeAuditRecord(caller, action, *clock_);
  std::set<std::string> unique;
  for (const std::string& p : people) {
    if (absl::StartsWith(p, "people/")) unique.insert(p);
  }
  for (const std::string& p : unique) record.add_people(p);
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  RETURN_IF_ERROR(txn->Put(record));
  return txn->Commit();
}

absl::Status AuditTrail::RecordRead(const Caller& caller, const std::vector<std::string>& people) {
  if (people.empty()) return absl::OkStatus();
  return Record(caller, v1::AuditRecord::READ, people);
}

absl::Status AuditTrail::RecordDenied(const Caller& caller, const std::vector<std::string>& people) {
  return Record(caller, v1::AuditRecord::DENIED, people);
}

absl::StatusOr<v1::ListAuditRecordsResponse> AuditTrail::List(
    const v1::ListAuditRecordsRequest& request) const {
  ASSIGN_OR_RETURN(const int page_size, domain::PageSize(request.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, domain::DecodePageToken(request.page_token()));
  std::string person_id;
  if (!request.person().empty()) {
    ASSIGN_OR_RETURN(person_id, domain::ParseName("person", request.person(), domain::kPeople));
  }
  if (!request.account().empty() && !absl::StartsWith(request.account(), "accounts/")) {
    return absl::InvalidArgumentError("account: must be a name like accounts/{login}");
  }
  const bool has_from = request.has_time_from();
  const bool has_to = request.has_time_to();
  const absl::Time from = has_from ? FromProto(request.time_from()) : absl::InfinitePast();
  const absl::Time to = has_to ? FromProto(request.time_to()) : absl::InfiniteFuture();
  if (has_from && has_to && to <= from) {
    return absl::InvalidArgumentError("time_to: must be after time_from");
  }

  std::unique_ptr<storage::Txn> txn = store_->Begin();
  auto fetch = [&](const storage::Cursor& after, int limit)
      -> absl::StatusOr<std::vector<v1::AuditRecord>> {
    if (!person_id.empty()) return txn->ListAuditRecordsOfPerson(person_id, after.id, limit);
    return txn->ListAuditRecords(after.id, limit);
  };
  auto keep = [&](const v1::AuditRecord& r) {
    if (!request.account().empty() && r.account() != request.account()) return false;
    const absl::Time t = FromProto(r.time());
    return t >= from && t < to;
  };
  auto cursor_of = [](const v1::AuditRecord& r) {
    return storage::Cursor{0, std::string(storage::IdOf(r.name()))};
  };
  ASSIGN_OR_RETURN(std::vector<v1::AuditRecord> page,
                   domain::ScanFiltered<v1::AuditRecord>(cursor, page_size, fetch, keep, cursor_of));
  v1::ListAuditRecordsResponse response;
  response.set_next_page_token(domain::TrimPage(page, page_size, cursor_of));
  for (v1::AuditRecord& r : page) *response.add_records() = std::move(r);
  return response;
}

absl::StatusOr<int> AuditTrail::Sweep(absl::Duration retention) {
  const absl::Time cutoff = FromProto(clock_->Now()) - retention;
  // Ids sort newest first: skip forward to the cutoff, delete what follows.
  const uint64_t cutoff_micros = static_cast<uint64_t>(absl::ToUnixMicros(cutoff));
  char first_old[40];
  std::snprintf(first_old, sizeof first_old, "%016" PRIx64, ~cutoff_micros);
  int deleted = 0;
  std::string after = first_old;
  for (;;) {
    std::unique_ptr<storage::Txn> txn = store_->Begin();
    ASSIGN_OR_RETURN(std::vector<v1::AuditRecord> batch, txn->ListAuditRecords(after, 500));
    if (batch.empty()) break;
    for (const v1::AuditRecord& r : batch) {
      if (FromProto(r.time()) >= cutoff) continue;  // clock skew: keep
      RETURN_IF_ERROR(txn->DeleteAuditRecord(storage::IdOf(r.name())));
      ++deleted;
    }
    after = std::string(storage::IdOf(batch.back().name()));
    RETURN_IF_ERROR(txn->Commit());
  }
  return deleted;
}

}  // namespace vaktbro::auth
