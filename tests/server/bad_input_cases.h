// The rows of the bad-input table: each spoils the valid baseline request of
// one mutating method (see world.h) and names the answer the server must give.
#ifndef VAKTBRO_TESTS_SERVER_BAD_INPUT_CASES_H_
#define VAKTBRO_TESTS_SERVER_BAD_INPUT_CASES_H_

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "fixtures.h"
#include "google/protobuf/message.h"
#include "world.h"

namespace vaktbro::testing::bad_input {

using ::google::protobuf::Message;
using Code = absl::StatusCode;

// One bad request: `build` spoils the baseline of `method`; the server must
// answer `code`, and when `field` is set the message must start with that
// field path.
struct Case {
  Method method;
  std::string what;
  std::function<std::unique_ptr<Message>(const World&)> build;
  Code code;
  std::string field;
};

// The baseline of the row's method, changed by `change`.
template <typename Request>
std::function<std::unique_ptr<Message>(const World&)> Spoil(
    Method method,
    std::type_identity_t<std::function<void(Request&, const World&)>> change) {
  return [method, change](const World& w) -> std::unique_ptr<Message> {
    std::unique_ptr<Message> request = Baseline(method, w);
    if (request->GetDescriptor() != Request::descriptor())
      return nullptr;  // a bad row
    change(static_cast<Request&>(*request), w);
    return request;
  };
}

// Shorthands for the rows.
using OrgReq = v1::CreateOrganisationRequest;
using OrgUpd = v1::UpdateOrganisationRequest;
using PartnerReq = v1::CreatePartnershipRequest;
using UnitReq = v1::CreateUnitRequest;
using UnitUpd = v1::UpdateUnitRequest;
using PersonReq = v1::CreatePersonRequest;
using PersonUpd = v1::UpdatePersonRequest;
using PositionReq = v1::CreatePositionRequest;
using PositionUpd = v1::UpdatePositionRequest;
using AvailReq = v1::CreateAvailabilityRequest;
using DeleteReq = v1::DeleteRequest;
using ShiftReq = v1::PostShiftRequest;
using ShiftTr = v1::ShiftTransitionRequest;
using OfferReq = v1::OfferShiftRequest;
using AssignTr = v1::AssignmentTransitionRequest;

inline std::string Long() { return std::string(10000, 'x'); }
inline std::string LongId() { return std::string(41, 'a'); }
inline std::string LongRequestId() { return std::string(65, 'r'); }

inline v1::Date D(int y, int m, int d) {
  v1::Date date;
  date.set_year(y);
  date.set_month(m);
  date.set_day(d);
  return date;
}

// The request id `method` used while the world was built.
inline std::string UsedRequestId(const World& w, Method method) {
  return w.used_request_id.at(method);
}

inline void SetShiftTimes(v1::Shift* shift, absl::Time start,
                          absl::Duration length) {
  *shift->mutable_start_time() = ToTimestamp(start);
  *shift->mutable_end_time() = ToTimestamp(start + length);
}

// The rows for DirectoryService and for ShiftService.
std::vector<Case> DirectoryCases();
std::vector<Case> ShiftCases();

}  // namespace vaktbro::testing::bad_input

#endif  // VAKTBRO_TESTS_SERVER_BAD_INPUT_CASES_H_
