// Building the bad-input world through the API.
#include "world.h"

#include <unistd.h>

#include <atomic>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace vaktbro::testing {
namespace {

using Dir = v1::DirectoryService::Stub;
using Shifts = v1::ShiftService::Stub;

std::atomic<int> world_counter{0};

// Stores a successful result in *out; fails the test otherwise.
template <typename T>
void Keep(absl::StatusOr<T> result, T* out) {
  ASSERT_TRUE(result.ok()) << result.status();
  *out = *std::move(result);
}

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

void BuildDirectory(Client& c, const std::string& tag, World* w) {
  v1::CreateOrganisationRequest org = OrganisationRequest();
  org.set_organisation_id(tag + "-org");
  w->used_request_id[Method::kCreateOrganisation] = org.request_id();
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::CreateOrganisation, org), &w->org));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddOrganisation(), &w->other_org));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddOrganisation(), &w->third_org));

  v1::CreateUnitRequest unit = UnitRequest(w->org.name());
  unit.set_unit_id(tag + "-unit");
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::CreateUnit, unit), &w->unit));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddUnit(w->other_org), &w->other_unit));

  v1::CreatePersonRequest nurse = PersonRequest(v1::NURSE);
  nurse.set_person_id(tag + "-nurse");
  w->used_request_id[Method::kCreatePerson] = nurse.request_id();
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::CreatePerson, nurse), &w->nurse));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddPerson(v1::NURSE), &w->nurse2));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddPerson(v1::NURSE), &w->nurse3));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddPerson(v1::NURSE), &w->nurse4));
  ASSERT_NO_FATAL_FAILURE(Keep(c.AddPerson(v1::PHYSICIAN), &w->physician));

  v1::CreatePositionRequest position =
      PositionRequest(w->nurse.name(), w->org.name(), w->unit.name());
  position.set_position_id(tag + "-position");
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Dir::CreatePosition, position), &w->position));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddPosition(w->nurse2, w->unit), &w->nurse2_position));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddPosition(w->nurse3, w->unit), &w->nurse3_position));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddPosition(w->nurse4, w->unit), &w->nurse4_position));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddPosition(w->physician, w->unit), &w->physician_position));
  v1::CreatePositionRequest expired =
      PositionRequest(w->nurse2.name(), w->org.name(), "");
  expired.mutable_position()->set_kind(v1::Position::HOURLY);
  *expired.mutable_position()->mutable_valid_to() = MakeDate(2020, 12, 31);
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Dir::CreatePosition, expired), &w->nurse2_expired_position));

  v1::CreatePartnershipRequest partnership;
  partnership.mutable_partnership()->add_organisations(w->org.name());
  partnership.mutable_partnership()->add_organisations(w->other_org.name());
  *partnership.mutable_partnership()->mutable_start_date() =
      MakeDate(2024, 1, 1);
  partnership.set_partnership_id(tag + "-partnership");
  partnership.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Dir::CreatePartnership, partnership), &w->partnership));

  v1::CreateAvailabilityRequest availability;
  availability.mutable_availability()->set_person(w->nurse.name());
  *availability.mutable_availability()->mutable_start_time() =
      ToTimestamp(WholeHourFromNow(24 * 30));
  *availability.mutable_availability()->mutable_end_time() =
      ToTimestamp(WholeHourFromNow(24 * 30 + 8));
  availability.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Dir::CreateAvailability, availability), &w->availability));
}

// One update of each kind, so that the creation etags are stale.
void MakeStaleEtags(Client& c, World* w) {
  w->org_stale_etag = w->org.etag();
  v1::UpdateOrganisationRequest org;
  *org.mutable_organisation() = w->org;
  org.mutable_organisation()->set_display_name(w->org.display_name() + " (ny)");
  org.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::UpdateOrganisation, org), &w->org));

  w->unit_stale_etag = w->unit.etag();
  v1::UpdateUnitRequest unit;
  *unit.mutable_unit() = w->unit;
  unit.mutable_unit()->set_display_name("Kirurgisk sengepost");
  unit.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::UpdateUnit, unit), &w->unit));

  w->nurse_stale_etag = w->nurse.etag();
  v1::UpdatePersonRequest person;
  *person.mutable_person() = w->nurse;
  person.mutable_person()->set_phone("+47 400 00 000");
  person.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Dir::UpdatePerson, person), &w->nurse));

  w->position_stale_etag = w->position.etag();
  v1::UpdatePositionRequest position;
  *position.mutable_position() = w->position;
  position.mutable_position()->set_percentage(80);
  position.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Dir::UpdatePosition, position), &w->position));
}

void BuildShifts(Client& c, const std::string& tag, World* w) {
  const absl::Time t0 = WholeHourFromNow(24 * 10);
  v1::PostShiftRequest open =
      ShiftRequest(w->unit, {.start = t0, .headcount = 2});
  open.set_shift_id(tag + "-open");
  w->used_request_id[Method::kPostShift] = open.request_id();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::PostShift, open), &w->open_shift));

  v1::PostShiftRequest draft =
      ShiftRequest(w->unit, {.start = t0 + absl::Hours(24)});
  draft.set_draft(true);
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::PostShift, draft), &w->draft_shift));

  v1::Shift published;
  draft.set_request_id(NewRequestId());
  ASSERT_NO_FATAL_FAILURE(Keep(c.Call(&Shifts::PostShift, draft), &published));
  w->shift_stale_etag = published.etag();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::PublishShift, ShiftTransition(published)),
           &w->published_shift));

  v1::Shift cancelled;
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddShift(w->unit, {.start = t0 + absl::Hours(48)}), &cancelled));
  const v1::ShiftTransitionRequest cancel = ShiftTransition(cancelled);
  w->used_request_id[Method::kCancelShift] = cancel.request_id();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::CancelShift, cancel), &w->cancelled_shift));

  ASSERT_NO_FATAL_FAILURE(Keep(
      c.AddShift(w->unit, {.start = t0 + absl::Hours(72)}), &w->filled_shift));
  ASSERT_NO_FATAL_FAILURE(Keep(
      c.AddShift(w->unit, {.start = t0 + absl::Hours(120), .headcount = 2}),
      &w->busy_shift));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddShift(w->unit, {.start = t0 + absl::Hours(122)}),
           &w->overlap_shift));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddShift(w->unit, {.start = t0 + absl::Hours(123)}),
           &w->overlap_shift2));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.AddShift(w->unit, {.start = WholeHourFromNow(-72)}),
           &w->completed_shift));
  ASSERT_NO_FATAL_FAILURE(Keep(
      c.AddShift(w->unit, {.start = WholeHourFromNow(-48)}), &w->past_shift));
}

void BuildAssignments(Client& c, World* w) {
  const v1::OfferShiftRequest offer =
      OfferRequest(w->open_shift.name(), w->nurse.name(), w->position.name());
  w->used_request_id[Method::kOfferShift] = offer.request_id();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::OfferShift, offer), &w->offered));

  v1::Assignment to_decline;
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Offer(w->open_shift, w->nurse3_position), &to_decline));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::DeclineOffer, AssignmentRequest(to_decline)),
           &w->declined));

  const v1::OfferShiftRequest assign = OfferRequest(
      w->busy_shift.name(), w->nurse2.name(), w->nurse2_position.name());
  w->used_request_id[Method::kAssignShift] = assign.request_id();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::AssignShift, assign), &w->accepted));

  v1::Assignment to_withdraw;
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Offer(w->busy_shift, w->nurse3_position), &to_withdraw));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::WithdrawAssignment, AssignmentRequest(to_withdraw)),
           &w->withdrawn));

  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Offer(w->filled_shift, w->position), &w->offer_on_filled));
  v1::Assignment filler;
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Assign(w->filled_shift, w->nurse3_position), &filler));

  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Offer(w->overlap_shift, w->nurse2_position), &w->overlap_offer));

  v1::Assignment to_accept;
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Offer(w->open_shift, w->nurse4_position), &to_accept));
  w->assignment_stale_etag = to_accept.etag();
  const v1::AssignmentTransitionRequest accept = AssignmentRequest(to_accept);
  w->used_request_id[Method::kAcceptOffer] = accept.request_id();
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::AcceptOffer, accept), &w->accepted_later));

  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Assign(w->completed_shift, w->nurse4_position), &w->worked));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.GetShift(w->completed_shift.name()), &w->completed_shift));
  ASSERT_NO_FATAL_FAILURE(
      Keep(c.Call(&Shifts::CompleteShift, ShiftTransition(w->completed_shift)),
           &w->completed_shift));
}

// Re-reads every shift and assignment so that the etags are current.
void Refresh(Client& c, World* w) {
  for (v1::Shift* s : {&w->open_shift, &w->draft_shift, &w->published_shift,
                       &w->cancelled_shift, &w->filled_shift, &w->busy_shift,
                       &w->overlap_shift, &w->overlap_shift2,
                       &w->completed_shift, &w->past_shift}) {
    ASSERT_NO_FATAL_FAILURE(Keep(c.GetShift(s->name()), s));
  }
  for (v1::Assignment* a :
       {&w->offered, &w->declined, &w->accepted, &w->withdrawn,
        &w->offer_on_filled, &w->overlap_offer, &w->accepted_later,
        &w->worked}) {
    ASSERT_NO_FATAL_FAILURE(Keep(c.GetAssignment(a->name()), a));
  }
}

}  // namespace

void BuildWorld(Client& client, World* world) {
  const std::string tag =
      absl::StrCat("bi", getpid(), "-", world_counter.fetch_add(1));
  ASSERT_NO_FATAL_FAILURE(BuildDirectory(client, tag, world));
  ASSERT_NO_FATAL_FAILURE(MakeStaleEtags(client, world));
  ASSERT_NO_FATAL_FAILURE(BuildShifts(client, tag, world));
  ASSERT_NO_FATAL_FAILURE(BuildAssignments(client, world));
  ASSERT_NO_FATAL_FAILURE(Refresh(client, world));
}

void Target(v1::AssignmentTransitionRequest& request,
            const v1::Assignment& assignment) {
  request.set_name(assignment.name());
  request.set_etag(assignment.etag());
}

void Target(v1::ShiftTransitionRequest& request, const v1::Shift& shift) {
  request.set_name(shift.name());
  request.set_etag(shift.etag());
}

std::string WrongCheckDigit(const std::string& number) {
  std::string wrong = number;
  wrong.back() =
      number.back() == '9' ? '0' : static_cast<char>(number.back() + 1);
  return wrong;
}

std::string NumberWithCheckDigitTen() {
  for (int n = 0;; ++n) {
    const std::string first8 = absl::StrCat(91000000 + n);
    if (OrganisationCheckDigit(first8) < 0) return first8 + "0";
  }
}

bool NamesField(const std::string& message, const std::string& field) {
  if (!message.starts_with(field) || message.size() == field.size())
    return false;
  const char next = message[field.size()];
  return next == ':' || next == '.' || next == '[';
}

}  // namespace vaktbro::testing
