// The scene of the bad-input test: one small region with resources in every
// state a refused request can refer to, a valid baseline request for every
// mutating method, and a fingerprint of the whole store as the List methods
// show it.
#ifndef VAKTBRO_TESTS_SERVER_WORLD_H_
#define VAKTBRO_TESTS_SERVER_WORLD_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "fixtures.h"
#include "google/protobuf/message.h"

namespace vaktbro::testing {

// Every mutating method of DirectoryService and ShiftService.
enum class Method {
  kCreateOrganisation,
  kUpdateOrganisation,
  kCreatePartnership,
  kDeletePartnership,
  kCreateUnit,
  kUpdateUnit,
  kCreatePerson,
  kUpdatePerson,
  kCreatePosition,
  kUpdatePosition,
  kCreateAvailability,
  kDeleteAvailability,
  kPostShift,
  kPublishShift,
  kCancelShift,
  kCompleteShift,
  kOfferShift,
  kAcceptOffer,
  kDeclineOffer,
  kAssignShift,
  kWithdrawAssignment,
};

std::vector<Method> AllMethods();
std::string MethodName(Method method);
bool IsDirectoryMethod(Method method);

// The resources, named after the state they are in. All shifts are on
// `unit`, for NURSE, in the future unless named otherwise.
struct World {
  v1::Organisation org, other_org, third_org;
  v1::Unit unit;        // at org
  v1::Unit other_unit;  // at other_org
  v1::Person nurse, nurse2, nurse3, nurse4, physician;
  v1::Position position;                 // nurse, MAIN at org on unit
  v1::Position nurse2_position;          // nurse2, MAIN at org on unit
  v1::Position nurse2_expired_position;  // nurse2, ended 2020-12-31
  v1::Position nurse3_position, nurse4_position;
  v1::Position physician_position;  // physician, MAIN at org
  v1::Partnership partnership;      // org and other_org
  v1::Availability availability;    // nurse

  v1::Shift open_shift;       // headcount 2: offered, declined, accepted_later
  v1::Shift draft_shift;      // DRAFT
  v1::Shift published_shift;  // was a draft; shift_stale_etag is the draft's
  v1::Shift cancelled_shift;
  v1::Shift filled_shift;     // headcount 1, nurse3 assigned, offer_on_filled
  v1::Shift busy_shift;       // headcount 2, nurse2 accepted, nurse3 withdrawn
  v1::Shift overlap_shift;    // overlaps busy_shift; overlap_offer to nurse2
  v1::Shift overlap_shift2;   // overlaps busy_shift; nothing
  v1::Shift completed_shift;  // ended in the past, COMPLETED; nurse4 worked
  v1::Shift past_shift;       // ended in the past, OPEN

  v1::Assignment offered;          // nurse on open_shift, OFFERED
  v1::Assignment declined;         // nurse3 on open_shift
  v1::Assignment accepted;         // nurse2 on busy_shift (assigned)
  v1::Assignment withdrawn;        // nurse3 on busy_shift
  v1::Assignment offer_on_filled;  // nurse on filled_shift, OFFERED
  v1::Assignment overlap_offer;    // nurse2 on overlap_shift, OFFERED
  v1::Assignment accepted_later;  // nurse4 on open_shift, offered then accepted
  v1::Assignment worked;          // nurse4 on completed_shift

  std::string org_stale_etag, unit_stale_etag, nurse_stale_etag,
      position_stale_etag;
  std::string shift_stale_etag;       // of published_shift
  std::string assignment_stale_etag;  // of accepted_later
  // A request id each of these methods has used in building the world.
  std::map<Method, std::string> used_request_id;
};

// Builds a fresh world through the API (fails the test on any error).
void BuildWorld(Client& client, World* world);

// A valid request of `method` against `world` (a fresh request_id). Sending
// it succeeds and changes the world.
std::unique_ptr<google::protobuf::Message> Baseline(Method method,
                                                    const World& world);

// Sends `request` (of the method's request type) through `method`.
absl::Status Send(Client& client, Method method,
                  const google::protobuf::Message& request);

// Points a transition at `assignment` or `shift` (its name and etag).
void Target(v1::AssignmentTransitionRequest& request,
            const v1::Assignment& assignment);
void Target(v1::ShiftTransitionRequest& request, const v1::Shift& shift);

// `number` with its check digit replaced by a wrong one.
std::string WrongCheckDigit(const std::string& number);
// A 9-digit number whose first eight digits have no valid check digit (the
// computed check digit is 10), ending in "0".
std::string NumberWithCheckDigitTen();

// Whether an INVALID_ARGUMENT message names `field`: it starts with the
// field path followed by ':', '.' or '['.
bool NamesField(const std::string& message, const std::string& field);

// Everything the List methods show, keyed by "<collection> <name>" (and, for
// the per-person and per-shift lists, the owner) with the resource's text.
using StoreFingerprint = std::map<std::string, std::string>;
absl::StatusOr<StoreFingerprint> Fingerprint(Client& client);
// "" when equal; else the keys added, removed and changed.
std::string Difference(const StoreFingerprint& before,
                       const StoreFingerprint& after);

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SERVER_WORLD_H_
