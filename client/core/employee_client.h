// The employee's calls to the exchange, as plain blocking functions: one
// person's positions, assignments (with their shifts), availability and
// planned rota; the rule findings for an offer; accept, decline; add and
// remove availability.
//
//   EmployeeClient client(channel, "people/p0006");
//   auto cancel = std::make_shared<Cancellation>();  // Cancel button: Cancel()
//   absl::StatusOr<EmployeeData> data = client.Load(absl::Now(), cancel.get());
//
// Every call carries a deadline (Options::deadline from when it is sent) and
// lists by the person filter only, since an employee's account may read its
// own person's data and no one else's. Errors come back as absl::Status with
// the server's code and message; CANCELLED after Cancellation::Cancel.
//
// Thread-safe; the calls block, so never call them from the GUI thread.
#ifndef VAKTBRO_CLIENT_CORE_EMPLOYEE_CLIENT_H_
#define VAKTBRO_CLIENT_CORE_EMPLOYEE_CLIENT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "cancellation.h"
#include "grpcpp/channel.h"
#include "grpcpp/client_context.h"
#include "vaktbro/v1/matching.grpc.pb.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::client {

// Everything the employee's pages show, as the server returned it.
struct EmployeeData {
  v1::Person person;
  std::vector<v1::Position> positions;
  std::vector<v1::Assignment> assignments;  // every state
  // The shifts of the assignments that are OFFERED, or that end after
  // Load's `since`; by shift name.
  absl::flat_hash_map<std::string, v1::Shift> shifts;
  std::vector<v1::Availability> availabilities;
  std::vector<v1::PlannedShift> planned_shifts;
  // Display names of organisations and units, by resource name; empty
  // when the directory could not be read (the pages show ids then).
  absl::flat_hash_map<std::string, std::string> names;
  // What could not be read without making the rest useless (the planned
  // rota, the directory): the server's messages, for the status line.
  std::vector<std::string> problems;
};

class EmployeeClient {
 public:
  struct Options {
    absl::Duration deadline = absl::Seconds(10);
    int page_size = 500;
    int max_pages = 100;
    // Load reads shifts and the planned rota from `now - history` to
    // `now + ahead`.
    absl::Duration history = absl::Hours(24 * 92);
    absl::Duration ahead = absl::Hours(24 * 400);
  };

  // `person` is "people/{id}".
  EmployeeClient(std::shared_ptr<grpc::Channel> channel, std::string person)
      : EmployeeClient(std::move(channel), std::move(person), Options()) {}
  EmployeeClient(std::shared_ptr<grpc::Channel> channel, std::string person,
                 Options options);
  EmployeeClient(const EmployeeClient&) = delete;
  EmployeeClient& operator=(const EmployeeClient&) = delete;

  const std::string& person() const { return person_; }

  // Reads the person, positions, assignments and their shifts,
  // availability, the planned rota, and the directory's names. Fails with
  // the first error of the person, positions, assignments, shifts or
  // availability; problems with the rest are noted in `problems`.
  // `cancel` may be null.
  absl::StatusOr<EmployeeData> Load(absl::Time now,
                                    Cancellation* cancel) const;

  // MatchingService.EvaluateCandidate for the offer's shift, person and
  // position.
  absl::StatusOr<v1::Candidate> Evaluate(const v1::Assignment& offer,
                                         Cancellation* cancel) const;

  // AcceptOffer / DeclineOffer with the offer's etag. `request_id` makes a
  // retry take effect once.
  absl::StatusOr<v1::Assignment> Accept(const v1::Assignment& offer,
                                        const std::string& request_id) const;
  absl::StatusOr<v1::Assignment> Decline(const v1::Assignment& offer,
                                         const std::string& request_id) const;

  // A window [start, end) in which the person offers to work.
  absl::StatusOr<v1::Availability> AddAvailability(
      absl::Time start, absl::Time end, const std::string& note,
      const std::string& request_id) const;
  absl::Status RemoveAvailability(const v1::Availability& availability,
                                  const std::string& request_id) const;

 private:
  std::unique_ptr<grpc::ClientContext> NewContext() const;
  // Runs `call(context)` with a fresh context registered with `cancel`.
  template <typename Call>
  absl::Status Send(Cancellation* cancel, Call call) const;
  // Follows next_page_token to the end (at most Options::max_pages pages),
  // appending `field(response)` of every page to `items`.
  template <typename Item, typename Request, typename Response,
            typename Method, typename Field>
  absl::Status ListAll(Cancellation* cancel, Request request,
                       Method method, Field field,
                       std::vector<Item>& items) const;
  absl::Status LoadShifts(absl::Time since, Cancellation* cancel,
                          EmployeeData& data) const;
  void LoadOptional(absl::Time now, Cancellation* cancel,
                    EmployeeData& data) const;

  std::string person_;
  Options options_;
  std::unique_ptr<v1::DirectoryService::Stub> directory_;
  std::unique_ptr<v1::ShiftService::Stub> shifts_;
  std::unique_ptr<v1::MatchingService::Stub> matching_;
};

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_EMPLOYEE_CLIENT_H_
