// Directory: organisations, partnerships and units.
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

}  // namespace

absl::StatusOr<v1::Organisation> Directory::CreateOrganisation(const v1::CreateOrganisationRequest& r) {
  RETURN_IF_ERROR(CheckClientId("organisation_id", r.organisation_id()));
  RETURN_IF_ERROR(CheckOrganisation("organisation", r.organisation()));
  return Mutate<v1::Organisation>(*store_, "CreateOrganisation", r, r.request_id(),
                                  [&](Txn& txn) -> absl::StatusOr<v1::Organisation> {
    v1::Organisation o = r.organisation();
    RETURN_IF_ERROR(ClaimName(txn, "organisation_id", r.organisation_id(), clock_->Now(), o));
    RETURN_IF_ERROR(txn.Put(o));
    return o;
  });
}

absl::StatusOr<v1::Organisation> Directory::GetOrganisation(const v1::GetRequest& r) {
  return GetResource<v1::Organisation>(*store_, r);
}

absl::StatusOr<v1::ListOrganisationsResponse> Directory::ListOrganisations(
    const v1::ListOrganisationsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  v1::ListOrganisationsResponse response;
  ASSIGN_OR_RETURN(std::vector<v1::Organisation> page,
                   ScanFiltered<v1::Organisation>(
                       cursor, page_size,
                       [&](const storage::Cursor& c, int n) { return txn->ListOrganisations(c.id, n); },
                       [&](const v1::Organisation& o) { return r.region().empty() || o.region() == r.region(); },
                       [](const v1::Organisation& o) { return ById(o.name()); }));
  response.set_next_page_token(TrimPage(page, page_size, [](const auto& o) { return ById(o.name()); }));
  for (auto& o : page) *response.add_organisations() = std::move(o);
  return response;
}

absl::StatusOr<v1::Organisation> Directory::UpdateOrganisation(const v1::UpdateOrganisationRequest& r) {
  return UpdateResource<v1::Organisation>(
      *store_, *clock_, "UpdateOrganisation", r, r.request_id(), "organisation", r.organisation(),
      r.update_mask(), {}, [](Txn&, const v1::Organisation& o) { return CheckOrganisation("organisation", o); });
}

absl::StatusOr<v1::Partnership> Directory::CreatePartnership(const v1::CreatePartnershipRequest& r) {
  RETURN_IF_ERROR(CheckClientId("partnership_id", r.partnership_id()));
  const v1::Partnership& p = r.partnership();
  if (p.organisations_size() != 2) {
    return FieldError("partnership.organisations", "must name exactly two organisations");
  }
  if (p.organisations(0) == p.organisations(1)) {
    return FieldError("partnership.organisations", "must name two different organisations");
  }
  if (IsSet(p.start_date())) RETURN_IF_ERROR(CheckDate("partnership.start_date", p.start_date()));
  if (IsSet(p.end_date())) {
    RETURN_IF_ERROR(CheckDate("partnership.end_date", p.end_date()));
    if (IsSet(p.start_date()) && DaysFromCivil(p.end_date()) < DaysFromCivil(p.start_date())) {
      return FieldError("partnership.end_date", "must not be before start_date");
    }
  }
  return Mutate<v1::Partnership>(*store_, "CreatePartnership", r, r.request_id(),
                                 [&](Txn& txn) -> absl::StatusOr<v1::Partnership> {
    v1::Partnership out = p;
    for (int i = 0; i < 2; ++i) {
      RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, Cat("partnership.organisations[", i, "]"),
                                               p.organisations(i)).status());
    }
    std::sort(out.mutable_organisations()->begin(), out.mutable_organisations()->end());
    ASSIGN_OR_RETURN(auto existing, txn.ListPartnershipsOf(storage::IdOf(out.organisations(0))));
    for (const auto& e : existing) {
      if (e.organisations(1) == out.organisations(1)) {
        return absl::AlreadyExistsError(Cat("partnership.organisations: ", e.name(),
                                                     " already joins these two organisations"));
      }
    }
    RETURN_IF_ERROR(ClaimName(txn, "partnership_id", r.partnership_id(), clock_->Now(), out));
    RETURN_IF_ERROR(txn.Put(out));
    return out;
  });
}

absl::StatusOr<v1::ListPartnershipsResponse> Directory::ListPartnerships(
    const v1::ListPartnershipsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  std::vector<v1::Partnership> page;
  if (r.organisation().empty()) {
    ASSIGN_OR_RETURN(page, txn->ListPartnerships(cursor.id, page_size + 1));
  } else {
    ASSIGN_OR_RETURN(const std::string org, ParseName("organisation", r.organisation(), kOrganisations));
    ASSIGN_OR_RETURN(std::vector<v1::Partnership> all, txn->ListPartnershipsOf(org));
    for (auto& p : all) {
      if (storage::IdOf(p.name()) > cursor.id) page.push_back(std::move(p));
    }
    std::sort(page.begin(), page.end(), [](const auto& a, const auto& b) { return a.name() < b.name(); });
    if (static_cast<int>(page.size()) > page_size + 1) page.resize(page_size + 1);
  }
  v1::ListPartnershipsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const auto& p) { return ById(p.name()); }));
  for (auto& p : page) *response.add_partnerships() = std::move(p);
  return response;
}

absl::StatusOr<v1::DeleteResponse> Directory::DeletePartnership(const v1::DeleteRequest& r) {
  return Mutate<v1::DeleteResponse>(*store_, "DeletePartnership", r, r.request_id(),
                                    [&](Txn& txn) -> absl::StatusOr<v1::DeleteResponse> {
    ASSIGN_OR_RETURN(const v1::Partnership p,
                     Lookup<v1::Partnership>(txn, "name", r.name(), LockMode::kExclusive));
    RETURN_IF_ERROR(CheckEtag(r.etag(), p.etag(), p.name()));
    RETURN_IF_ERROR(txn.DeletePartnership(storage::IdOf(p.name())));
    return v1::DeleteResponse();
  });
}

absl::StatusOr<v1::Unit> Directory::CreateUnit(const v1::CreateUnitRequest& r) {
  RETURN_IF_ERROR(CheckClientId("unit_id", r.unit_id()));
  RETURN_IF_ERROR(CheckUnit("unit", r.unit()));
  return Mutate<v1::Unit>(*store_, "CreateUnit", r, r.request_id(), [&](Txn& txn) -> absl::StatusOr<v1::Unit> {
    RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, "unit.organisation", r.unit().organisation()).status());
    v1::Unit u = r.unit();
    RETURN_IF_ERROR(ClaimName(txn, "unit_id", r.unit_id(), clock_->Now(), u));
    RETURN_IF_ERROR(txn.Put(u));
    return u;
  });
}

absl::StatusOr<v1::Unit> Directory::GetUnit(const v1::GetRequest& r) { return GetResource<v1::Unit>(*store_, r); }

absl::StatusOr<v1::ListUnitsResponse> Directory::ListUnits(const v1::ListUnitsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, DecodePageToken(r.page_token()));
  std::unique_ptr<Txn> txn = store_->Begin();
  std::vector<v1::Unit> page;
  if (r.organisation().empty()) {
    ASSIGN_OR_RETURN(page, txn->ListUnits(cursor.id, page_size + 1));
  } else {
    ASSIGN_OR_RETURN(const std::string org, ParseName("organisation", r.organisation(), kOrganisations));
    ASSIGN_OR_RETURN(page, txn->ListUnitsOf(org, cursor.id, page_size + 1));
  }
  v1::ListUnitsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, [](const auto& u) { return ById(u.name()); }));
  for (auto& u : page) *response.add_units() = std::move(u);
  return response;
}

absl::StatusOr<v1::Unit> Directory::UpdateUnit(const v1::UpdateUnitRequest& r) {
  return UpdateResource<v1::Unit>(*store_, *clock_, "UpdateUnit", r, r.request_id(), "unit", r.unit(),
                                  r.update_mask(), {"organisation"},
                                  [](Txn&, const v1::Unit& u) { return CheckUnit("unit", u); });
}

}  // namespace vaktbro::domain
