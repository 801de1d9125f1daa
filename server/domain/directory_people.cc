// Directory: people, positions and availability.
#include <algorithm>

#include "text.h"
#include "checks.h"
#include "directory.h"
#include "paging.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

storage::Cursor ById(std::string_view name) { return {0, std::string(storage::IdOf(name))}; }

bool HasProfession(const v1::Person& p, v1::Profession profession) {
  return std::find(p.professions().begin(), p.professions().end(), profession) != p.professions().end();
}

// The references of a position: the person and employer exist; the unit, when
// given, exists and belongs to the employer.
absl::Status CheckPositionRefs(Txn& txn, const v1::Position& p) {
  RETURN_IF_ERROR(Lookup<v1::Person>(txn, "position.person", p.person()).status());
  RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, "position.employer", p.employer()).status());
  if (p.unit().empty()) return absl::OkStatus();
  ASSIGN_OR_RETURN(const v1::Unit unit, Lookup<v1::Unit>(txn, "position.unit", p.unit()));
  if (unit.organisation() != p.employer()) {
    return FieldError("position.unit", Cat(p.unit(), " belongs to ", unit.organisation(),
                                                    ", not to the employer ", p.employer()));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<v1::Person> Directory::CreatePerson(const v1::CreatePersonRequest& r) {
  RETURN_IF_ERROR(CheckClientId("person_id", r.person_id()));
  const google::protobuf::Timestamp now = clock_->Now();
  RETURN_IF_ERROR(CheckPerson("person", r.person(), now));
  if (r.person().has_cross_employer_consent_time()) {
    return FieldError("person.cross_employer_consent_time", "is output only: use MatchingService.SetConsent");
  }
  return Mutate<v1::Person>(*store_, "CreatePerson", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Person> {
    v1::Person p = r.person();
    RETURN_IF_ERROR(ClaimName(txn, "person_id", r.person_id(), now, p));
    RETURN_IF_ERROR(txn.Put(p));
    return p;
  });
}

absl::StatusOr<v1::Person> Directory::GetPerson(const v1::GetRequest& r) { return GetResource<v1::Person>(*store_, r); }

absl::StatusOr<v1::ListPeopleResponse> Directory::ListPeople(const v1::ListPeopleRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(std::vector<v1::Person> page,
                   ScanFiltered<v1::Person>(
                       cursor, page_size,
                       [&](const storage::Cursor& c, int n) { return txn->ListPeople(c.id, n); },
                       [&](const v1::Person& p) {
                         return r.profession() == v1::PROFESSION_UNSPECIFIED || HasProfession(p, r.profession());
                       },
                       [](const v1::Person& p) { return ById(p.name()); }));
  v1::ListPeopleResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const auto& p) { return ById(p.name()); }));
  for (auto& p : page) *response.add_people() = std::move(p);
  return response;
}

absl::StatusOr<v1::Person> Directory::UpdatePerson(const v1::UpdatePersonRequest& r) {
  const google::protobuf::Timestamp now = clock_->Now();
  return UpdateResource<v1::Person>(*store_, *clock_, "UpdatePerson", r, r.request_id(), "person", r.person(),
                                    r.update_mask(), {"cross_employer_consent_time"},
                                    [&now](Txn&, const v1::Person& p) { return CheckPerson("person", p, now); });
}

absl::StatusOr<v1::Position> Directory::CreatePosition(const v1::CreatePositionRequest& r) {
  RETURN_IF_ERROR(CheckClientId("position_id", r.position_id()));
  RETURN_IF_ERROR(CheckPosition("position", r.position()));
  return Mutate<v1::Position>(*store_, "CreatePosition", r, r.request_id(),
                              [&](Txn& txn) -> absl::StatusOr<v1::Position> {
    RETURN_IF_ERROR(CheckPositionRefs(txn, r.position()));
    v1::Position p = r.position();
    RETURN_IF_ERROR(ClaimName(txn, "position_id", r.position_id(), clock_->Now(), p));
    RETURN_IF_ERROR(txn.Put(p));
    return p;
  });
}

absl::StatusOr<v1::Position> Directory::GetPosition(const v1::GetRequest& r) {
  return GetResource<v1::Position>(*store_, r);
}

absl::StatusOr<v1::ListPositionsResponse> Directory::ListPositions(const v1::ListPositionsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  std::vector<v1::Position> page;
  if (!r.person().empty()) {
    ASSIGN_OR_RETURN(const std::string person, ParseName("person", r.person(), kPeople));
    ASSIGN_OR_RETURN(std::vector<v1::Position> all, txn->ListPositionsOf(person));
    for (auto& p : all) {
      if (storage::IdOf(p.name()) > cursor.id && (r.employer().empty() || p.employer() == r.employer())) {
        page.push_back(std::move(p));
      }
    }
    if (static_cast<int>(page.size()) > page_size + 1) page.resize(page_size + 1);
  } else if (!r.employer().empty()) {
    ASSIGN_OR_RETURN(const std::string employer, ParseName("employer", r.employer(), kOrganisations));
    ASSIGN_OR_RETURN(page, txn->ListPositionsAt(employer, cursor.id, page_size + 1));
  } else {
    ASSIGN_OR_RETURN(page, txn->ListPositions(cursor.id, page_size + 1));
  }
  v1::ListPositionsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const auto& p) { return ById(p.name()); }));
  for (auto& p : page) *response.add_positions() = std::move(p);
  return response;
}

absl::StatusOr<v1::Position> Directory::UpdatePosition(const v1::UpdatePositionRequest& r) {
  return UpdateResource<v1::Position>(*store_, *clock_, "UpdatePosition", r, r.request_id(), "position",
                                      r.position(), r.update_mask(), {"person", "employer"},
                                      [](Txn& txn, const v1::Position& p) -> absl::Status {
    RETURN_IF_ERROR(CheckPosition("position", p));
    return CheckPositionRefs(txn, p);
  });
}

absl::StatusOr<v1::Availability> Directory::CreateAvailability(const v1::CreateAvailabilityRequest& r) {
  RETURN_IF_ERROR(CheckAvailability("availability", r.availability()));
  return Mutate<v1::Availability>(*store_, "CreateAvailability", r, r.request_id(),
                                  [&](Txn& txn) -> absl::StatusOr<v1::Availability> {
    RETURN_IF_ERROR(Lookup<v1::Person>(txn, "availability.person", r.availability().person()).status());
    v1::Availability a = r.availability();
    RETURN_IF_ERROR(ClaimName(txn, "availability_id", "", clock_->Now(), a));
    RETURN_IF_ERROR(txn.Put(a));
    return a;
  });
}

absl::StatusOr<v1::ListAvailabilitiesResponse> Directory::ListAvailabilities(
    const v1::ListAvailabilitiesRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, DecodePageToken(r.page_token()));
  ASSIGN_OR_RETURN(const std::string person, ParseName("person", r.person(), kPeople));
  std::unique_ptr<Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(std::vector<v1::Availability> page, txn->ListAvailabilitiesOf(person, cursor, page_size + 1));
  v1::ListAvailabilitiesResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const v1::Availability& a) {
    return storage::Cursor{a.start_time().seconds(), std::string(storage::IdOf(a.name()))};
  }));
  for (auto& a : page) *response.add_availabilities() = std::move(a);
  return response;
}

absl::StatusOr<v1::DeleteResponse> Directory::DeleteAvailability(const v1::DeleteRequest& r) {
  return Mutate<v1::DeleteResponse>(*store_, "DeleteAvailability", r, r.request_id(),
                                    [&](Txn& txn) -> absl::StatusOr<v1::DeleteResponse> {
    ASSIGN_OR_RETURN(const v1::Availability a,
                     Lookup<v1::Availability>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), a.etag(), a.name()));
    RETURN_IF_ERROR(txn.DeleteAvailability(storage::IdOf(a.name())));
    return v1::DeleteResponse();
  });
}

}  // namespace vaktbro::domain
