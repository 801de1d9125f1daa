// Fixtures for the black-box server tests and the booking benchmark: valid
// requests to send as they are or to spoil, and a Client that builds a
// directory and shifts over the real vaktbro.v1 API.
//
//   Client client(server->Channel());
//   auto org = client.AddOrganisation();
//   auto unit = client.AddUnit(*org);
//   auto person = client.AddPerson(v1::NURSE);
//   auto position = client.AddPosition(*person, *unit);
//   auto shift = client.AddShift(*unit, {.start = WholeHourFromNow(48)});
//
// Every call carries a deadline (kCallSeconds unless told). Every request
// built here has a fresh request_id. Thread-safety: the free functions are
// thread-safe; a Client may be used from several threads at once (gRPC stubs
// are thread-safe), but the tests give each racing thread a Client of its own
// so that each has its own channel.
#ifndef VAKTBRO_TESTS_SERVER_FIXTURES_H_
#define VAKTBRO_TESTS_SERVER_FIXTURES_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "google/protobuf/timestamp.pb.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "server_process.h"
#include "vaktbro/v1/matching.grpc.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::testing {

namespace v1 = ::vaktbro::v1;

// The deadline of every fixture call, in seconds.
inline constexpr int kCallSeconds = 20;

// The gRPC status as an absl::Status (the codes have the same numbers).
absl::Status ToStatus(const grpc::Status& status);

// A request id unique across processes and calls: "rq-<pid>-<nanos>-<n>".
std::string NewRequestId();

// The mod-11 check digit of the first 8 digits of an organisation number
// (weights 3,2,7,6,5,4,3,2); -1 when no valid number has these 8 digits.
// REQUIRES: `first8` is 8 ASCII digits.
int OrganisationCheckDigit(std::string_view first8);
// A valid organisation number; distinct seeds give distinct numbers.
std::string OrganisationNumber(int seed);
// A valid organisation number not handed out before in this process.
std::string NextOrganisationNumber();

google::protobuf::Timestamp ToTimestamp(absl::Time t);
absl::Time FromTimestamp(const google::protobuf::Timestamp& t);
// The start of the UTC hour `hours` from now (negative: in the past).
absl::Time WholeHourFromNow(int hours);
// The year now, in UTC.
int CurrentYear();

// --- Valid requests. Each has a fresh request_id and no client-chosen id.
v1::CreateOrganisationRequest OrganisationRequest();
v1::CreateUnitRequest UnitRequest(std::string_view organisation);
v1::CreatePersonRequest PersonRequest(v1::Profession profession);
// A MAIN position at `employer` from 2020-01-01, open-ended, 100 %, ORDINARY
// pay; `unit` may be empty.
v1::CreatePositionRequest PositionRequest(std::string_view person,
                                          std::string_view employer,
                                          std::string_view unit);

struct ShiftSpec {
  absl::Time start;
  absl::Duration length = absl::Hours(8);
  int headcount = 1;
  v1::Profession profession = v1::NURSE;
  std::string title = "Natt, Medisin";
};
v1::PostShiftRequest ShiftRequest(const v1::Unit& unit, const ShiftSpec& spec);
v1::OfferShiftRequest OfferRequest(std::string_view shift,
                                   std::string_view person,
                                   std::string_view position);
v1::AssignmentTransitionRequest AssignmentRequest(
    const v1::Assignment& assignment);
v1::ShiftTransitionRequest ShiftTransition(const v1::Shift& shift);

// The two service stubs over one channel.
class Client {
 public:
  explicit Client(std::shared_ptr<grpc::Channel> channel);
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  v1::DirectoryService::Stub& directory() { return *directory_; }
  v1::ShiftService::Stub& shifts() { return *shifts_; }
  v1::MatchingService::Stub& matching() { return *matching_; }

  // Sends one unary call with a deadline of `seconds`:
  //   client.Call(&v1::ShiftService::Stub::GetShift, request)
  template <typename Stub, typename Request, typename Reply>
  absl::StatusOr<Reply> Call(grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                          const Request&,
                                                          Reply*),
                             const Request& request,
                             int seconds = kCallSeconds) {
    grpc::ClientContext context;
    context.set_deadline(Deadline(seconds));
    Reply reply;
    grpc::Status status = (StubFor<Stub>().*method)(&context, request, &reply);
    if (!status.ok()) return ToStatus(status);
    return reply;
  }

  // Every item of a List method, following next_page_token; INTERNAL when
  // the server hands out more than 10 000 pages or repeats a page token.
  template <typename Stub, typename Request, typename Response, typename Item>
  absl::StatusOr<std::vector<Item>> ListAll(
      grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                   Response*),
      Request request,
      const google::protobuf::RepeatedPtrField<Item>& (Response::*items)()
          const) {
    std::vector<Item> all;
    std::string previous_token;
    for (int page = 0; page < 10000; ++page) {
      absl::StatusOr<Response> response = Call(method, request);
      if (!response.ok()) return response.status();
      for (const Item& item : ((*response).*items)()) all.push_back(item);
      const std::string& next = response->next_page_token();
      if (next.empty()) return all;
      if (next == previous_token)
        return absl::InternalError("page token repeated: " + next);
      previous_token = next;
      request.set_page_token(next);
    }
    return absl::InternalError("more than 10000 pages");
  }

  // --- Builders. Each creates one resource from the valid request above
  // and returns the server's reply.
  absl::StatusOr<v1::Organisation> AddOrganisation();
  absl::StatusOr<v1::Unit> AddUnit(const v1::Organisation& organisation);
  absl::StatusOr<v1::Person> AddPerson(v1::Profession profession);
  // A MAIN position at the unit's organisation, on the unit.
  absl::StatusOr<v1::Position> AddPosition(const v1::Person& person,
                                           const v1::Unit& unit);
  // A position of `kind` (ORDINARY pay) at the unit's organisation.
  absl::StatusOr<v1::Position> AddPosition(const v1::Person& person,
                                           const v1::Unit& unit,
                                           v1::Position::Kind kind);
  absl::StatusOr<v1::Shift> AddShift(const v1::Unit& unit,
                                     const ShiftSpec& spec);
  absl::StatusOr<v1::Assignment> Offer(const v1::Shift& shift,
                                       const v1::Position& position);
  absl::StatusOr<v1::Assignment> Assign(const v1::Shift& shift,
                                        const v1::Position& position);
  absl::StatusOr<v1::Assignment> Accept(const v1::Assignment& assignment);

  // --- Readers.
  absl::StatusOr<v1::Shift> GetShift(std::string_view name);
  absl::StatusOr<v1::Assignment> GetAssignment(std::string_view name);
  absl::StatusOr<std::vector<v1::Shift>> ListShifts(
      v1::ListShiftsRequest request);
  // The assignments of a shift (or, with a "people/" name, of a person) in
  // `states` (empty: any state).
  absl::StatusOr<std::vector<v1::Assignment>> ListAssignments(
      std::string_view shift_or_person,
      const std::vector<v1::Assignment::State>& states);

 private:
  template <typename Stub>
  Stub& StubFor() {
    if constexpr (std::is_same_v<Stub, v1::DirectoryService::Stub>) {
      return *directory_;
    } else if constexpr (std::is_same_v<Stub, v1::MatchingService::Stub>) {
      return *matching_;
    } else {
      static_assert(std::is_same_v<Stub, v1::ShiftService::Stub>);
      return *shifts_;
    }
  }

  std::unique_ptr<v1::DirectoryService::Stub> directory_;
  std::unique_ptr<v1::ShiftService::Stub> shifts_;
  std::unique_ptr<v1::MatchingService::Stub> matching_;
};

// Retries `call` with fresh attempts while it fails with ABORTED (a lost race
// or lock timeout during set-up), at most 5 times.
template <typename T>
absl::StatusOr<T> RetryAborted(const std::function<absl::StatusOr<T>()>& call) {
  absl::StatusOr<T> result = call();
  for (int i = 0; i < 4 && absl::IsAborted(result.status()); ++i)
    result = call();
  return result;
}

// Runs fn(0) ... fn(n-1) on n threads and waits for all of them.
void ParallelFor(int n, const std::function<void(int)>& fn);

// Runs fn(0) ... fn(n-1) on n threads released together by a latch once all
// of them are running; returns each call's status by index.
std::vector<absl::Status> Race(int n,
                               const std::function<absl::Status(int)>& fn);

// The id part of a resource name: "shifts/abc" -> "abc".
std::string_view IdOf(std::string_view name);

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_SERVER_FIXTURES_H_
