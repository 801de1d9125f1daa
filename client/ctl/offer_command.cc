// shifts offer and shifts assign.
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "command_helpers.h"
#include "fill_commands.h"
#include "local_time.h"
#include "names.h"
#include "position_choice.h"

namespace vaktbro::ctl {
namespace {

enum class OfferKind { kOffer, kAssign };

// "2026-11-23", or "2026-11-23 to 2026-11-24" for a shift past midnight.
std::string ShiftDays(const v1::Shift& shift) {
  const std::string first = FormatIsoDay(FromProto(shift.start_time()));
  const std::string last =
      FormatIsoDay(FromProto(shift.end_time()) - absl::Nanoseconds(1));
  return first == last ? first : absl::StrCat(first, " to ", last);
}

// The name of the position `person` works `shift` through, chosen by
// ChoosePosition among all the person's positions.
absl::StatusOr<std::string> ChosenPosition(Connection& c,
                                           const std::string& shift_name,
                                           const std::string& person_name) {
  v1::GetRequest get;
  get.set_name(shift_name);
  absl::StatusOr<v1::Shift> shift =
      c.Call<v1::Shift>([&](auto* ctx, auto* resp) {
        return c.shifts().GetShift(ctx, get, resp);
      });
  if (!shift.ok()) return shift.status();
  get.set_name(person_name);
  absl::StatusOr<v1::Person> person =
      c.Call<v1::Person>([&](auto* ctx, auto* resp) {
        return c.directory().GetPerson(ctx, get, resp);
      });
  if (!person.ok()) return person.status();

  v1::ListPositionsRequest list;
  list.set_person(person->name());
  absl::StatusOr<std::vector<v1::Position>> positions =
      ListAllPositions(c, list);
  if (!positions.ok()) return positions.status();
  std::optional<v1::Position> chosen = ChoosePosition(*positions, *shift);
  if (!chosen.has_value()) {
    return absl::FailedPreconditionError(absl::StrCat(
        person->name(), " (", person->display_name(), ") holds no position at ",
        shift->organisation(), " valid on ", ShiftDays(*shift),
        "; name one with --position (see positions list --person ",
        IdOf(person->name()), ")"));
  }
  return chosen->name();
}

absl::Status Offer(Connection& c, OfferKind kind, const OfferOptions& o,
                   std::ostream& out) {
  v1::OfferShiftRequest request;
  request.set_request_id(RequestIdOr(o.request_id));
  request.set_shift(NameOf("shifts", o.shift));
  request.set_person(NameOf("people", o.person));
  if (o.position.empty()) {
    absl::StatusOr<std::string> position =
        ChosenPosition(c, request.shift(), request.person());
    if (!position.ok()) return position.status();
    request.set_position(*position);
  } else {
    request.set_position(NameOf("positions", o.position));
  }
  absl::StatusOr<v1::Assignment> assignment =
      c.Call<v1::Assignment>([&](auto* ctx, auto* resp) {
        return kind == OfferKind::kAssign
                   ? c.shifts().AssignShift(ctx, request, resp)
                   : c.shifts().OfferShift(ctx, request, resp);
      });
  if (!assignment.ok()) return assignment.status();
  out << assignment->name() << "\n";
  return absl::OkStatus();
}

}  // namespace

absl::Status RunShiftsOffer(Connection& c, const OfferOptions& options,
                            std::ostream& out) {
  return Offer(c, OfferKind::kOffer, options, out);
}

absl::Status RunShiftsAssign(Connection& c, const OfferOptions& options,
                             std::ostream& out) {
  return Offer(c, OfferKind::kAssign, options, out);
}

}  // namespace vaktbro::ctl
