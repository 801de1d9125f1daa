// The planned rota, consent, and the candidate reads of Matching.
#include "matching.h"
#include "mutation.h"
#include "paging.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::matching {

using domain::Cat;
namespace {

using storage::Txn;

// At most this many planned shifts per import, and this long each.
constexpr int kMaxPlannedPerImport = 5000;
constexpr int64_t kMaxPlannedSeconds = 24 * 3600;
constexpr int64_t kMaxImportWindowSeconds = 400LL * 24 * 3600;
constexpr size_t kMaxLabelLength = 200;

absl::Status CheckImport(const v1::ImportPlannedShiftsRequest& r) {
  RETURN_IF_ERROR(domain::ParseName("position", r.position(), domain::kPositions).status());
  if (!r.has_start_time()) return domain::FieldError("start_time", "must be set");
  if (!r.has_end_time()) return domain::FieldError("end_time", "must be set");
  const int64_t from = r.start_time().seconds(), to = r.end_time().seconds();
  if (to <= from) return domain::FieldError("end_time", "must be after start_time");
  if (to - from > kMaxImportWindowSeconds) return domain::FieldError("end_time", "the window may span at most 400 days");
  if (r.shifts_size() > kMaxPlannedPerImport) {
    return domain::FieldError("shifts", Cat("at most ", kMaxPlannedPerImport, " per import"));
  }
  for (int i = 0; i < r.shifts_size(); ++i) {
    const v1::PlannedShift& p = r.shifts(i);
    const std::string f = Cat("shifts[", i, "]");
    if (!p.name().empty()) return domain::FieldError(Cat(f, ".name"), "is output only");
    if (!p.position().empty() && p.position() != r.position()) {
      return domain::FieldError(Cat(f, ".position"), "must be empty or the request's position");
    }
    if (!p.has_start_time()) return domain::FieldError(Cat(f, ".start_time"), "must be set");
    if (!p.has_end_time()) return domain::FieldError(Cat(f, ".end_time"), "must be set");
    const int64_t s = p.start_time().seconds(), e = p.end_time().seconds();
    if (e <= s) return domain::FieldError(Cat(f, ".end_time"), "must be after start_time");
    if (e - s > kMaxPlannedSeconds) return domain::FieldError(Cat(f, ".end_time"), "a shift lasts at most 24 hours");
    if (s < from || s >= to) return domain::FieldError(Cat(f, ".start_time"), "must be within [start_time, end_time) of the request");
    if (p.label().size() > kMaxLabelLength) {
      return domain::FieldError(Cat(f, ".label"), Cat("at most ", kMaxLabelLength, " bytes"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

Matching::Matching(storage::Store* store, const domain::Clock* clock, Region* region, const rules::RuleBook* rules,
                   domain::ShiftBook* book)
    : store_(store), clock_(clock), region_(region), rules_(rules), book_(book), matcher_(region, rules) {}

Matching::~Matching() {
  {
    std::lock_guard<std::mutex> lock(timer_mu_);
    stopping_ = true;
  }
  timer_cv_.notify_all();
  if (timer_.joinable()) timer_.join();
}

absl::StatusOr<v1::FindCandidatesResponse> Matching::FindCandidates(const v1::FindCandidatesRequest& r) {
  return matcher_.FindCandidates(r, CandidateOptions());
}

absl::StatusOr<v1::Candidate> Matching::EvaluateCandidate(const v1::EvaluateCandidateRequest& r) {
  return matcher_.Evaluate(r);
}

absl::StatusOr<v1::ImportPlannedShiftsResponse> Matching::ImportPlannedShifts(
    const v1::ImportPlannedShiftsRequest& r) {
  RETURN_IF_ERROR(CheckImport(r));
  return domain::Mutate<v1::ImportPlannedShiftsResponse>(
      *store_, "ImportPlannedShifts", r, r.request_id(),
      [&](Txn& txn) -> absl::StatusOr<v1::ImportPlannedShiftsResponse> {
        ASSIGN_OR_RETURN(v1::Position position, domain::Lookup<v1::Position>(txn, "position", r.position()));
        // The person's lock orders this import against bookings of the person.
        RETURN_IF_ERROR(txn.GetPerson(storage::IdOf(position.person()), storage::LockMode::kExclusive).status());
        v1::ImportPlannedShiftsResponse response;
        const storage::TimeRange window{r.start_time().seconds(), r.end_time().seconds()};
        const std::string position_id(storage::IdOf(position.name()));
        for (storage::Cursor after;;) {
          ASSIGN_OR_RETURN(std::vector<v1::PlannedShift> batch,
                           txn.ListPlannedShiftsOfPosition(position_id, window, after, 1000));
          for (const v1::PlannedShift& p : batch) {
            after = storage::Cursor{p.start_time().seconds(), std::string(storage::IdOf(p.name()))};
            RETURN_IF_ERROR(txn.DeletePlannedShift(storage::IdOf(p.name())));
            response.set_removed(response.removed() + 1);
          }
          if (batch.size() < 1000) break;
        }
        for (const v1::PlannedShift& in : r.shifts()) {
          v1::PlannedShift p = in;
          p.set_name(domain::MakeName("plannedShifts", domain::NewId()));
          p.set_position(position.name());
          p.set_person(position.person());
          p.set_employer(position.employer());
          RETURN_IF_ERROR(txn.Put(p));
          response.set_imported(response.imported() + 1);
        }
        return response;
      });
}

absl::StatusOr<v1::ListPlannedShiftsResponse> Matching::ListPlannedShifts(const v1::ListPlannedShiftsRequest& r) {
  ASSIGN_OR_RETURN(const std::string person_id, domain::ParseName("person", r.person(), domain::kPeople));
  ASSIGN_OR_RETURN(const int page_size, domain::PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, domain::DecodePageToken(r.page_token()));
  storage::TimeRange range;
  if (r.has_start_time()) range.from = r.start_time().seconds();
  if (r.has_end_time()) range.to = r.end_time().seconds();
  if (range.to <= range.from) return domain::FieldError("end_time", "must be after start_time");
  std::unique_ptr<Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(std::vector<v1::PlannedShift> page,
                   txn->ListPlannedShiftsOfPerson(person_id, range, cursor, page_size + 1));
  v1::ListPlannedShiftsResponse response;
  response.set_next_page_token(domain::TrimPage(page, page_size, [](const v1::PlannedShift& p) {
    return storage::Cursor{p.start_time().seconds(), std::string(storage::IdOf(p.name()))};
  }));
  for (v1::PlannedShift& p : page) *response.add_planned_shifts() = std::move(p);
  return response;
}

absl::StatusOr<v1::Person> Matching::SetConsent(const v1::SetConsentRequest& r) {
  RETURN_IF_ERROR(domain::ParseName("person", r.person(), domain::kPeople).status());
  const google::protobuf::Timestamp now = clock_->Now();
  return domain::Mutate<v1::Person>(*store_, "SetConsent", r, r.request_id(),
                                    [&](Txn& txn) -> absl::StatusOr<v1::Person> {
    ASSIGN_OR_RETURN(v1::Person p,
                     domain::Lookup<v1::Person>(txn, "person", r.person(), storage::LockMode::kExclusive));
    if (r.consent()) {
      *p.mutable_cross_employer_consent_time() = now;
    } else {
      p.clear_cross_employer_consent_time();
    }
    *p.mutable_update_time() = now;
    p.set_etag(domain::NextEtag(p.etag()));
    RETURN_IF_ERROR(txn.Put(p));
    return p;
  });
}

}  // namespace vaktbro::matching
