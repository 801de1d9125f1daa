#include "agency_ledger.h"

#include "agency/ledger.h"
#include "agency/rate_cards.h"
#include "resource.h"
#include "status_macros.h"
#include "text.h"

namespace vaktbro::domain {

absl::StatusOr<v1::InternalFill> MakeInternalFill(
    storage::Txn& txn, const v1::Shift& shift, const v1::Assignment& a,
    const google::protobuf::Timestamp& now) {
  ASSIGN_OR_RETURN(
      const v1::Position position,
      txn.GetPosition(storage::IdOf(a.position()), storage::LockMode::kNone));
  v1::InternalFill fill;
  fill.set_name(MakeName(kInternalFills, storage::IdOf(a.name())));
  fill.set_assignment(a.name());
  fill.set_shift(shift.name());
  fill.set_organisation(shift.organisation());
  fill.set_unit(shift.unit());
  fill.set_person(a.person());
  fill.set_position(a.position());
  fill.set_employer(position.employer());
  fill.set_profession(shift.profession());
  fill.set_channel(agency::ChannelOf(position, shift.organisation()));
  fill.set_pay_scheme(position.pay_scheme());
  *fill.mutable_start_time() = shift.start_time();
  *fill.mutable_end_time() = shift.end_time();
  agency::PriceFill(agency::RateCardBook::BuiltIn(), fill);
  *fill.mutable_create_time() = now;
  *fill.mutable_update_time() = now;
  fill.set_etag(FirstEtag());
  return fill;
}

absl::Status RecordInternalFill(storage::Txn& txn, const v1::Shift& shift,
                                const v1::Assignment& a,
                                const google::protobuf::Timestamp& now) {
  ASSIGN_OR_RETURN(const v1::InternalFill fill,
                   MakeInternalFill(txn, shift, a, now));
  return txn.Put(fill);
}

bool FillStands(const v1::InternalFill& fill,
                v1::Assignment::State assignment_state) {
  if (fill.assignment().empty()) return true;
  return assignment_state == v1::Assignment::ACCEPTED ||
         assignment_state == v1::Assignment::WORKED;
}

}  // namespace vaktbro::domain
