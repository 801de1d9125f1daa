// Bad-input rows for ShiftService.
#include <string>
#include <utility>
#include <vector>

#include "bad_input_cases.h"

namespace vaktbro::testing::bad_input {

std::vector<Case> ShiftCases() {
  constexpr Method kPost = Method::kPostShift, kPub = Method::kPublishShift,
                   kCancel = Method::kCancelShift,
                   kDone = Method::kCompleteShift, kOffer = Method::kOfferShift,
                   kAssign = Method::kAssignShift,
                   kAccept = Method::kAcceptOffer,
                   kDecline = Method::kDeclineOffer,
                   kWithdraw = Method::kWithdrawAssignment;
  constexpr Code kInvalid = Code::kInvalidArgument, kNotFound = Code::kNotFound,
                 kExists = Code::kAlreadyExists, kAborted = Code::kAborted,
                 kState = Code::kFailedPrecondition;
  // Spoils the times of the baseline shift: start `from_now` from now.
  auto times = [](absl::Duration from_now, absl::Duration length) {
    return [from_now, length](ShiftReq& r, const World&) {
      SetShiftTimes(r.mutable_shift(), absl::Now() + from_now, length);
    };
  };
  auto named = [](std::string name) {
    return [name](auto& r, const World&) { r.set_name(name); };
  };
  return {
      // --- PostShift
      {kPost, "empty title",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->set_title(""); }),
       kInvalid, "shift.title"},
      {kPost, "10000-char title",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->set_title(Long()); }),
       kInvalid, "shift.title"},
      {kPost, "end before start",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         std::swap(*r.mutable_shift()->mutable_start_time(),
                                   *r.mutable_shift()->mutable_end_time());
                       }),
       kInvalid, "shift.end_time"},
      {kPost, "end equal to start",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         *r.mutable_shift()->mutable_end_time() =
                             r.shift().start_time();
                       }),
       kInvalid, "shift.end_time"},
      {kPost, "a 30-day shift",
       Spoil<ShiftReq>(kPost,
                       times(absl::Hours(24 * 20), absl::Hours(24 * 30))),
       kInvalid, "shift.end_time"},
      {kPost, "a 24 h 1 min shift",
       Spoil<ShiftReq>(kPost,
                       times(absl::Hours(24 * 20), absl::Minutes(24 * 60 + 1))),
       kInvalid, "shift.end_time"},
      {kPost, "a 29-minute shift",
       Spoil<ShiftReq>(kPost, times(absl::Hours(24 * 20), absl::Minutes(29))),
       kInvalid, "shift.end_time"},
      {kPost, "start 400 days ago",
       Spoil<ShiftReq>(kPost, times(-absl::Hours(24 * 400), absl::Hours(8))),
       kInvalid, "shift.start_time"},
      {kPost, "start 800 days ahead",
       Spoil<ShiftReq>(kPost, times(absl::Hours(24 * 800), absl::Hours(8))),
       kInvalid, "shift.start_time"},
      {kPost, "start unset",
       Spoil<ShiftReq>(
           kPost,
           [](auto& r, auto&) { r.mutable_shift()->clear_start_time(); }),
       kInvalid, "shift.start_time"},
      {kPost, "end unset",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->clear_end_time(); }),
       kInvalid, "shift.end_time"},
      {kPost, "profession unset",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         r.mutable_shift()->set_profession(
                             v1::PROFESSION_UNSPECIFIED);
                       }),
       kInvalid, "shift.profession"},
      {kPost, "headcount 0",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->set_headcount(0); }),
       kInvalid, "shift.headcount"},
      {kPost, "headcount 51",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->set_headcount(51); }),
       kInvalid, "shift.headcount"},
      {kPost, "headcount -3",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.mutable_shift()->set_headcount(-3); }),
       kInvalid, "shift.headcount"},
      {kPost, "reason unset",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         r.mutable_shift()->set_reason(
                             v1::Shift::REASON_UNSPECIFIED);
                       }),
       kInvalid, "shift.reason"},
      {kPost, "visibility unset",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         r.mutable_shift()->set_visibility(
                             v1::Shift::VISIBILITY_UNSPECIFIED);
                       }),
       kInvalid, "shift.visibility"},
      {kPost, "unknown organisation",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         r.mutable_shift()->set_organisation(
                             "organisations/no-such-org");
                       }),
       kNotFound, ""},
      {kPost, "unknown unit",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, auto&) {
                         r.mutable_shift()->set_unit("units/no-such-unit");
                       }),
       kNotFound, ""},
      {kPost, "unit of another organisation",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, const World& w) {
                         r.mutable_shift()->set_unit(w.other_unit.name());
                       }),
       kInvalid, "shift.unit"},
      {kPost, "duplicate shift_id",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, const World& w) {
                         r.set_shift_id(std::string(IdOf(w.open_shift.name())));
                       }),
       kExists, ""},
      {kPost, "shift_id with capitals",
       Spoil<ShiftReq>(kPost, [](auto& r, auto&) { r.set_shift_id("Natt-1"); }),
       kInvalid, "shift_id"},
      {kPost, "65-char request_id",
       Spoil<ShiftReq>(
           kPost, [](auto& r, auto&) { r.set_request_id(LongRequestId()); }),
       kInvalid, "request_id"},
      {kPost, "request_id reused for another shift",
       Spoil<ShiftReq>(kPost,
                       [](auto& r, const World& w) {
                         r.set_request_id(UsedRequestId(w, kPost));
                       }),
       kInvalid, "request_id"},
      // --- PublishShift
      {kPub, "empty name", Spoil<ShiftTr>(kPub, named("")), kInvalid, "name"},
      {kPub, "unknown shift",
       Spoil<ShiftTr>(kPub, named("shifts/no-such-shift")), kNotFound, ""},
      {kPub, "an open shift",
       Spoil<ShiftTr>(kPub,
                      [](auto& r, const World& w) { Target(r, w.open_shift); }),
       kState, ""},
      {kPub, "a cancelled shift",
       Spoil<ShiftTr>(
           kPub, [](auto& r, const World& w) { Target(r, w.cancelled_shift); }),
       kState, ""},
      {kPub, "wrong etag",
       Spoil<ShiftTr>(kPub,
                      [](auto& r, const World& w) {
                        r.set_etag(w.draft_shift.etag() + "-stale");
                      }),
       kAborted, ""},
      // --- CancelShift
      {kCancel, "empty name", Spoil<ShiftTr>(kCancel, named("")), kInvalid,
       "name"},
      {kCancel, "unknown shift",
       Spoil<ShiftTr>(kCancel, named("shifts/no-such-shift")), kNotFound, ""},
      {kCancel, "a cancelled shift",
       Spoil<ShiftTr>(
           kCancel,
           [](auto& r, const World& w) { Target(r, w.cancelled_shift); }),
       kState, ""},
      {kCancel, "a completed shift",
       Spoil<ShiftTr>(
           kCancel,
           [](auto& r, const World& w) { Target(r, w.completed_shift); }),
       kState, ""},
      {kCancel, "stale etag",
       Spoil<ShiftTr>(kCancel,
                      [](auto& r, const World& w) {
                        r.set_name(w.published_shift.name());
                        r.set_etag(w.shift_stale_etag);
                      }),
       kAborted, ""},
      {kCancel, "request_id reused for another shift",
       Spoil<ShiftTr>(kCancel,
                      [](auto& r, const World& w) {
                        r.set_request_id(UsedRequestId(w, kCancel));
                      }),
       kInvalid, "request_id"},
      // --- CompleteShift
      {kDone, "empty name", Spoil<ShiftTr>(kDone, named("")), kInvalid, "name"},
      {kDone, "unknown shift",
       Spoil<ShiftTr>(kDone, named("shifts/no-such-shift")), kNotFound, ""},
      {kDone, "a shift that has not ended",
       Spoil<ShiftTr>(kDone,
                      [](auto& r, const World& w) { Target(r, w.open_shift); }),
       kState, ""},
      {kDone, "a cancelled shift",
       Spoil<ShiftTr>(
           kDone,
           [](auto& r, const World& w) { Target(r, w.cancelled_shift); }),
       kState, ""},
      {kDone, "a completed shift",
       Spoil<ShiftTr>(
           kDone,
           [](auto& r, const World& w) { Target(r, w.completed_shift); }),
       kState, ""},
      // --- OfferShift
      {kOffer, "empty shift",
       Spoil<OfferReq>(kOffer, [](auto& r, auto&) { r.set_shift(""); }),
       kInvalid, "shift"},
      {kOffer, "unknown shift",
       Spoil<OfferReq>(
           kOffer, [](auto& r, auto&) { r.set_shift("shifts/no-such-shift"); }),
       kNotFound, ""},
      {kOffer, "unknown person",
       Spoil<OfferReq>(
           kOffer,
           [](auto& r, auto&) { r.set_person("people/no-such-person"); }),
       kNotFound, ""},
      {kOffer, "unknown position",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, auto&) {
                         r.set_position("positions/no-such-position");
                       }),
       kNotFound, ""},
      {kOffer, "another person's position",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_position(w.nurse3_position.name());
                       }),
       kInvalid, "position"},
      {kOffer, "a position that ended before the shift",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_position(w.nurse2_expired_position.name());
                       }),
       kState, ""},
      {kOffer, "a person without the profession",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_person(w.physician.name());
                         r.set_position(w.physician_position.name());
                       }),
       kState, ""},
      {kOffer, "a person who already holds an offer for it",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_person(w.nurse.name());
                         r.set_position(w.position.name());
                       }),
       kExists, ""},
      {kOffer, "a cancelled shift",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_shift(w.cancelled_shift.name());
                       }),
       kState, ""},
      {kOffer, "a draft shift",
       Spoil<OfferReq>(
           kOffer,
           [](auto& r, const World& w) { r.set_shift(w.draft_shift.name()); }),
       kState, ""},
      {kOffer, "a filled shift",
       Spoil<OfferReq>(
           kOffer,
           [](auto& r, const World& w) { r.set_shift(w.filled_shift.name()); }),
       kState, ""},
      {kOffer, "a completed shift",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_shift(w.completed_shift.name());
                       }),
       kState, ""},
      {kOffer, "65-char request_id",
       Spoil<OfferReq>(
           kOffer, [](auto& r, auto&) { r.set_request_id(LongRequestId()); }),
       kInvalid, "request_id"},
      {kOffer, "request_id reused for another offer",
       Spoil<OfferReq>(kOffer,
                       [](auto& r, const World& w) {
                         r.set_request_id(UsedRequestId(w, kOffer));
                       }),
       kInvalid, "request_id"},
      // --- AssignShift
      {kAssign, "unknown shift",
       Spoil<OfferReq>(
           kAssign,
           [](auto& r, auto&) { r.set_shift("shifts/no-such-shift"); }),
       kNotFound, ""},
      {kAssign, "unknown person",
       Spoil<OfferReq>(
           kAssign,
           [](auto& r, auto&) { r.set_person("people/no-such-person"); }),
       kNotFound, ""},
      {kAssign, "another person's position",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_position(w.nurse3_position.name());
                       }),
       kInvalid, "position"},
      {kAssign, "a person without the profession",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_person(w.physician.name());
                         r.set_position(w.physician_position.name());
                       }),
       kState, ""},
      {kAssign, "a person with a live offer for it",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_person(w.nurse.name());
                         r.set_position(w.position.name());
                       }),
       kExists, ""},
      {kAssign, "a filled shift",
       Spoil<OfferReq>(
           kAssign,
           [](auto& r, const World& w) { r.set_shift(w.filled_shift.name()); }),
       kState, ""},
      {kAssign, "a cancelled shift",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_shift(w.cancelled_shift.name());
                       }),
       kState, ""},
      {kAssign, "a person booked for overlapping time",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_shift(w.overlap_shift2.name());
                       }),
       kState, ""},
      {kAssign, "request_id reused for another assignment",
       Spoil<OfferReq>(kAssign,
                       [](auto& r, const World& w) {
                         r.set_request_id(UsedRequestId(w, kAssign));
                       }),
       kInvalid, "request_id"},
      // --- AcceptOffer
      {kAccept, "empty name", Spoil<AssignTr>(kAccept, named("")), kInvalid,
       "name"},
      {kAccept, "unknown assignment",
       Spoil<AssignTr>(kAccept, named("assignments/no-such-assignment")),
       kNotFound, ""},
      {kAccept, "a declined offer",
       Spoil<AssignTr>(kAccept,
                       [](auto& r, const World& w) { Target(r, w.declined); }),
       kState, ""},
      {kAccept, "an accepted assignment",
       Spoil<AssignTr>(kAccept,
                       [](auto& r, const World& w) { Target(r, w.accepted); }),
       kState, ""},
      {kAccept, "a withdrawn offer",
       Spoil<AssignTr>(kAccept,
                       [](auto& r, const World& w) { Target(r, w.withdrawn); }),
       kState, ""},
      {kAccept, "wrong etag",
       Spoil<AssignTr>(kAccept,
                       [](auto& r, const World& w) {
                         r.set_etag(w.offered.etag() + "-stale");
                       }),
       kAborted, ""},
      {kAccept, "an offer for a filled shift",
       Spoil<AssignTr>(
           kAccept,
           [](auto& r, const World& w) { Target(r, w.offer_on_filled); }),
       kState, ""},
      {kAccept, "an offer overlapping an accepted shift",
       Spoil<AssignTr>(
           kAccept,
           [](auto& r, const World& w) { Target(r, w.overlap_offer); }),
       kState, ""},
      {kAccept, "65-char request_id",
       Spoil<AssignTr>(
           kAccept, [](auto& r, auto&) { r.set_request_id(LongRequestId()); }),
       kInvalid, "request_id"},
      {kAccept, "request_id reused for another accept",
       Spoil<AssignTr>(kAccept,
                       [](auto& r, const World& w) {
                         r.set_request_id(UsedRequestId(w, kAccept));
                       }),
       kInvalid, "request_id"},
      // --- DeclineOffer
      {kDecline, "empty name", Spoil<AssignTr>(kDecline, named("")), kInvalid,
       "name"},
      {kDecline, "unknown assignment",
       Spoil<AssignTr>(kDecline, named("assignments/no-such-assignment")),
       kNotFound, ""},
      {kDecline, "an accepted assignment",
       Spoil<AssignTr>(kDecline,
                       [](auto& r, const World& w) { Target(r, w.accepted); }),
       kState, ""},
      {kDecline, "a declined offer",
       Spoil<AssignTr>(kDecline,
                       [](auto& r, const World& w) { Target(r, w.declined); }),
       kState, ""},
      {kDecline, "wrong etag",
       Spoil<AssignTr>(kDecline,
                       [](auto& r, const World& w) {
                         r.set_etag(w.offered.etag() + "-stale");
                       }),
       kAborted, ""},
      // --- WithdrawAssignment
      {kWithdraw, "empty name", Spoil<AssignTr>(kWithdraw, named("")), kInvalid,
       "name"},
      {kWithdraw, "unknown assignment",
       Spoil<AssignTr>(kWithdraw, named("assignments/no-such-assignment")),
       kNotFound, ""},
      {kWithdraw, "a withdrawn assignment",
       Spoil<AssignTr>(kWithdraw,
                       [](auto& r, const World& w) { Target(r, w.withdrawn); }),
       kState, ""},
      {kWithdraw, "a declined offer",
       Spoil<AssignTr>(kWithdraw,
                       [](auto& r, const World& w) { Target(r, w.declined); }),
       kState, ""},
      {kWithdraw, "a worked assignment",
       Spoil<AssignTr>(kWithdraw,
                       [](auto& r, const World& w) { Target(r, w.worked); }),
       kState, ""},
      {kWithdraw, "stale etag",
       Spoil<AssignTr>(kWithdraw,
                       [](auto& r, const World& w) {
                         Target(r, w.accepted_later);
                         r.set_etag(w.assignment_stale_etag);
                       }),
       kAborted, ""},
  };
}

}  // namespace vaktbro::testing::bad_input
