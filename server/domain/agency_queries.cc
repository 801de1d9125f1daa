// AgencyRegister: the ledger's list, the report, the settings and the rate
// cards.
#include "agency/rate_cards.h"
#include "agency/report.h"
#include "agency_checks.h"
#include "agency_ledger.h"
#include "agency_records.h"
#include "agency_register.h"
#include "paging.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

constexpr int kBatch = 1000;

bool Wanted(const v1::ListInternalFillsRequest& r, const v1::InternalFill& f) {
  const int64_t start = f.start_time().seconds();
  return (r.organisation().empty() || f.organisation() == r.organisation()) &&
         (r.unit().empty() || f.unit() == r.unit()) &&
         (r.channel() == v1::InternalFill::CHANNEL_UNSPECIFIED ||
          f.channel() == r.channel()) &&
         (r.person().empty() || f.person() == r.person()) &&
         (!r.has_start_time_from() || start >= r.start_time_from().seconds()) &&
         (!r.has_start_time_to() || start < r.start_time_to().seconds());
}

// Every record a scan `list(after_id, limit)` returns, batch by batch.
template <typename Record, typename List>
absl::StatusOr<std::vector<Record>> ScanAll(List list) {
  std::vector<Record> all;
  std::string after;
  while (true) {
    ASSIGN_OR_RETURN(std::vector<Record> batch, list(after, kBatch));
    if (batch.empty()) return all;
    after = std::string(storage::IdOf(batch.back().name()));
    const bool more = batch.size() == kBatch;
    for (Record& r : batch) all.push_back(std::move(r));
    if (!more) return all;
  }
}

// Everything the report counts: every booking, the fills that stand, the
// names of organisations and units.
absl::StatusOr<agency::ReportInput> LoadReportInput(Txn& txn) {
  agency::ReportInput in;
  ASSIGN_OR_RETURN(in.bookings, ScanAll<v1::AgencyBooking>(
                                    [&](std::string_view after, int n) {
                                      return txn.ListAgencyBookings(after, n);
                                    }));
  ASSIGN_OR_RETURN(
      std::vector<v1::InternalFill> fills,
      ScanAll<v1::InternalFill>([&](std::string_view after, int n) {
        return txn.ListInternalFills(after, n);
      }));
  for (v1::InternalFill& f : fills) {
    v1::Assignment::State state = v1::Assignment::STATE_UNSPECIFIED;
    if (!f.assignment().empty()) {
      absl::StatusOr<v1::Assignment> a =
          txn.GetAssignment(storage::IdOf(f.assignment()), LockMode::kNone);
      if (!a.ok() && !absl::IsNotFound(a.status())) return a.status();
      if (a.ok()) state = a->state();
    }
    if (FillStands(f, state)) in.fills.push_back(std::move(f));
  }
  ASSIGN_OR_RETURN(
      const std::vector<v1::Organisation> orgs,
      ScanAll<v1::Organisation>([&](std::string_view after, int n) {
        return txn.ListOrganisations(after, n);
      }));
  for (const v1::Organisation& o : orgs) in.names[o.name()] = o.display_name();
  ASSIGN_OR_RETURN(const std::vector<v1::Unit> units,
                   ScanAll<v1::Unit>([&](std::string_view after, int n) {
                     return txn.ListUnits(after, n);
                   }));
  for (const v1::Unit& u : units) in.names[u.name()] = u.display_name();
  return in;
}

}  // namespace

absl::StatusOr<v1::ListInternalFillsResponse> AgencyRegister::ListInternalFills(
    const v1::ListInternalFillsRequest& r) {
  ASSIGN_OR_RETURN(const int page_size, PageSize(r.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor,
                   DecodePageToken(r.page_token()));
  if (!r.organisation().empty())
    RETURN_IF_ERROR(
        ParseName("organisation", r.organisation(), kOrganisations).status());
  if (!r.unit().empty())
    RETURN_IF_ERROR(ParseName("unit", r.unit(), kUnits).status());
  if (!r.person().empty())
    RETURN_IF_ERROR(ParseName("person", r.person(), kPeople).status());
  if (!v1::InternalFill::Channel_IsValid(r.channel()))
    return FieldError("channel", "unknown channel");
  std::unique_ptr<Txn> txn = store_->Begin();
  auto by_id = [](const v1::InternalFill& f) {
    return storage::Cursor{0, std::string(storage::IdOf(f.name()))};
  };
  ASSIGN_OR_RETURN(
      std::vector<v1::InternalFill> page,
      ScanFiltered<v1::InternalFill>(
          cursor, page_size,
          [&](const storage::Cursor& c, int n) {
            return txn->ListInternalFills(c.id, n);
          },
          [&](const v1::InternalFill& f) { return Wanted(r, f); }, by_id));
  v1::ListInternalFillsResponse response;
  response.set_next_page_token(TrimPage(page, page_size, by_id));
  for (auto& f : page) *response.add_internal_fills() = std::move(f);
  return response;
}

absl::StatusOr<v1::AgencyReport> AgencyRegister::GetAgencyReport(
    const v1::GetAgencyReportRequest& r) {
  if (!r.organisation().empty())
    RETURN_IF_ERROR(
        ParseName("organisation", r.organisation(), kOrganisations).status());
  if (!r.unit().empty())
    RETURN_IF_ERROR(ParseName("unit", r.unit(), kUnits).status());
  const google::protobuf::Timestamp now = clock_->Now();
  ASSIGN_OR_RETURN(const v1::GetAgencyReportRequest request,
                   agency::NormaliseReportRequest(r, now.seconds()));
  std::unique_ptr<Txn> txn = store_->Begin();
  if (!r.organisation().empty())
    RETURN_IF_ERROR(
        Lookup<v1::Organisation>(*txn, "organisation", r.organisation())
            .status());
  if (!r.unit().empty())
    RETURN_IF_ERROR(Lookup<v1::Unit>(*txn, "unit", r.unit()).status());
  ASSIGN_OR_RETURN(const agency::ReportInput input, LoadReportInput(*txn));
  v1::AgencyReport report = agency::BuildAgencyReport(request, input);
  *report.mutable_generate_time() = now;
  return report;
}

absl::StatusOr<v1::AgencySettings> AgencyRegister::GetAgencySettings(
    const v1::GetAgencySettingsRequest& r) {
  ASSIGN_OR_RETURN(const std::string id,
                   ParseName("organisation", r.organisation(), kOrganisations));
  std::unique_ptr<Txn> txn = store_->Begin();
  RETURN_IF_ERROR(
      Lookup<v1::Organisation>(*txn, "organisation", r.organisation())
          .status());
  return SettingsOf(*txn, id, LockMode::kNone);
}

absl::StatusOr<v1::AgencySettings> AgencyRegister::UpdateAgencySettings(
    const v1::UpdateAgencySettingsRequest& r) {
  RETURN_IF_ERROR(CheckAgencySettings("settings", r.settings()));
  return Mutate<v1::AgencySettings>(
      *store_, "UpdateAgencySettings", r, r.request_id(),
      [&](Txn& txn) -> absl::StatusOr<v1::AgencySettings> {
        const v1::AgencySettings& in = r.settings();
        RETURN_IF_ERROR(Lookup<v1::Organisation>(txn, "settings.organisation",
                                                 in.organisation())
                            .status());
        const std::string id(storage::IdOf(in.organisation()));
        ASSIGN_OR_RETURN(v1::AgencySettings current,
                         SettingsOf(txn, id, LockMode::kExclusive));
        if (!current.etag().empty())
          RETURN_IF_ERROR(CheckEtag(in.etag(), current.etag(), current.name()));
        current.set_consultation_policy(in.consultation_policy());
        current.set_kick_out_cutoff_hours(in.kick_out_cutoff_hours());
        *current.mutable_update_time() = clock_->Now();
        current.set_etag(current.etag().empty() ? FirstEtag()
                                                : NextEtag(current.etag()));
        RETURN_IF_ERROR(txn.Put(current));
        return current;
      });
}

absl::StatusOr<v1::ListRateCardsResponse> AgencyRegister::ListRateCards(
    const v1::ListRateCardsRequest&) {
  v1::ListRateCardsResponse response;
  for (const v1::RateCard& card : agency::RateCardBook::BuiltIn().cards())
    *response.add_rate_cards() = card;
  return response;
}

}  // namespace vaktbro::domain
