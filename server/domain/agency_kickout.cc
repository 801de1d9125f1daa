// AgencyRegister::KickOutAgencyBooking: an internal candidate replaces an
// agency booking before the organisation's cut-off.
#include "absl/time/time.h"
#include "agency/calendar.h"
#include "agency/ledger.h"
#include "agency_checks.h"
#include "agency_ledger.h"
#include "agency_records.h"
#include "agency_register.h"
#include "shift_rules.h"
#include "status_macros.h"
#include "text.h"
#include "typed_records.h"
#include "validation.h"

namespace vaktbro::domain {
namespace {

using storage::LockMode;
using storage::Txn;

std::string OsloTime(int64_t seconds) {
  return absl::FormatTime("%Y-%m-%d %H:%M", absl::FromUnixSeconds(seconds),
                          agency::Oslo());
}

// FAILED_PRECONDITION once `now` is past the cut-off before the start.
absl::Status CheckCutoff(const v1::AgencyBooking& b,
                         const v1::AgencySettings& settings, int64_t now) {
  const int64_t cutoff = b.start_time().seconds() -
                         int64_t{settings.kick_out_cutoff_hours()} * 3600;
  if (now <= cutoff) return absl::OkStatus();
  return absl::FailedPreconditionError(
      Cat(b.name(), " starts ", OsloTime(b.start_time().seconds()),
          " (Oslo time); ", b.organisation(), " allows a kick-out until ",
          settings.kick_out_cutoff_hours(), " h before the start, ",
          OsloTime(cutoff), ", which has passed"));
}

// INVALID_ARGUMENT "assignment: ..." unless the candidate's shift covers the
// booking: the booking's own shift, or one of its unit and profession that
// spans its whole time.
absl::Status CheckCovers(const v1::AgencyBooking& b, const v1::Shift& shift,
                         const v1::Assignment& a) {
  if (!b.shift().empty()) {
    if (a.shift() == b.shift()) return absl::OkStatus();
    return FieldError("assignment",
                      Cat(a.name(), " is on ", a.shift(), ", but ", b.name(),
                          " covers ", b.shift()));
  }
  if (shift.unit() != b.unit()) {
    return FieldError("assignment",
                      Cat(a.name(), " is at ", shift.unit(), ", but ", b.name(),
                          " is at ", b.unit()));
  }
  if (shift.profession() != b.profession()) {
    return FieldError("assignment", Cat(a.name(), " is a ",
                                        v1::Profession_Name(shift.profession()),
                                        " shift, but ", b.name(), " hires a ",
                                        v1::Profession_Name(b.profession())));
  }
  if (shift.start_time().seconds() > b.start_time().seconds() ||
      shift.end_time().seconds() < b.end_time().seconds()) {
    return FieldError(
        "assignment",
        Cat(a.shift(), " (", OsloTime(shift.start_time().seconds()), " to ",
            OsloTime(shift.end_time().seconds()), ") does not cover ", b.name(),
            " (", OsloTime(b.start_time().seconds()), " to ",
            OsloTime(b.end_time().seconds()), ")"));
  }
  return absl::OkStatus();
}

// The candidate's ledger entry, locked; made now when the assignment was
// accepted before the ledger existed.
absl::StatusOr<v1::InternalFill> FillOf(
    Txn& txn, const v1::Shift& shift, const v1::Assignment& a,
    const google::protobuf::Timestamp& now) {
  absl::StatusOr<v1::InternalFill> fill =
      txn.GetInternalFill(storage::IdOf(a.name()), LockMode::kExclusive);
  if (absl::IsNotFound(fill.status()))
    return MakeInternalFill(txn, shift, a, now);
  return fill;
}

}  // namespace

absl::StatusOr<v1::KickOutAgencyBookingResponse>
AgencyRegister::KickOutAgencyBooking(const v1::KickOutAgencyBookingRequest& r) {
  RETURN_IF_ERROR(ParseName("name", r.name(), kAgencyBookings).status());
  RETURN_IF_ERROR(
      ParseName("assignment", r.assignment(), kAssignments).status());
  return Mutate<v1::KickOutAgencyBookingResponse>(
      *store_, "KickOutAgencyBooking", r, r.request_id(),
      [&](Txn& txn) -> absl::StatusOr<v1::KickOutAgencyBookingResponse> {
        ASSIGN_OR_RETURN(v1::AgencyBooking b,
                         Lookup<v1::AgencyBooking>(txn, "name", r.name(),
                                                   LockMode::kExclusive));
        RETURN_IF_ERROR(CheckEtag(r.etag(), b.etag(), b.name()));
        if (b.state() != v1::AgencyBooking::BOOKED &&
            b.state() != v1::AgencyBooking::STATE_UNSPECIFIED) {
          return absl::FailedPreconditionError(
              Cat(b.name(), " is ", v1::AgencyBooking::State_Name(b.state()),
                  " and cannot be kicked out"));
        }
        const google::protobuf::Timestamp now = clock_->Now();
        ASSIGN_OR_RETURN(
            const v1::AgencySettings settings,
            SettingsOf(txn, storage::IdOf(b.organisation()), LockMode::kNone));
        RETURN_IF_ERROR(CheckCutoff(b, settings, now.seconds()));
        // Lock as a booking does: the shift, then the assignment.
        ASSIGN_OR_RETURN(
            const v1::Assignment peek,
            Lookup<v1::Assignment>(txn, "assignment", r.assignment()));
        ASSIGN_OR_RETURN(const v1::Shift shift,
                         Lookup<v1::Shift>(txn, "assignment", peek.shift(),
                                           LockMode::kExclusive));
        ASSIGN_OR_RETURN(
            const v1::Assignment a,
            Lookup<v1::Assignment>(txn, "assignment", r.assignment(),
                                   LockMode::kExclusive));
        if (a.state() != v1::Assignment::ACCEPTED) {
          return absl::FailedPreconditionError(
              Cat(a.name(), " is ", v1::Assignment::State_Name(a.state()),
                  ": the internal candidate must hold the shift (ACCEPTED)"));
        }
        RETURN_IF_ERROR(CheckCovers(b, shift, a));
        ASSIGN_OR_RETURN(v1::InternalFill fill, FillOf(txn, shift, a, now));
        if (!fill.replaced_agency_booking().empty()) {
          return absl::FailedPreconditionError(
              Cat(a.name(), " has already replaced ",
                  fill.replaced_agency_booking()));
        }
        agency::CreditKickOut(b, fill);
        Touch(fill, now);
        b.set_state(v1::AgencyBooking::KICKED_OUT);
        b.set_replaced_by(a.name());
        *b.mutable_cancel_time() = now;
        b.set_cancel_reason(
            Cat("replaced by ", a.person(), " (", a.name(), ")"));
        Touch(b, now);
        RETURN_IF_ERROR(txn.Put(fill));
        RETURN_IF_ERROR(txn.Put(b));
        v1::KickOutAgencyBookingResponse response;
        *response.mutable_agency_booking() = std::move(b);
        *response.mutable_internal_fill() = std::move(fill);
        return response;
      });
}

}  // namespace vaktbro::domain
