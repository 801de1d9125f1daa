// Runs a mutation exactly once per request id, in one durable transaction.
//
//   absl::StatusOr<v1::Shift> shift = Mutate<v1::Shift>(
//       store, "PostShift", request, request.request_id(),
//       [&](storage::Txn& txn) -> absl::StatusOr<v1::Shift> { ... });
//
// The body reads and writes through `txn`. When it returns OK, the reply is
// recorded under (method, request_id) in the same transaction and the
// transaction commits (the WAL synced before Mutate returns). A later call
// with the same method and request id does not run the body: it returns the
// recorded reply, or INVALID_ARGUMENT "request_id: ..." when the request
// differs from the first one. A failed body writes nothing and records
// nothing, so a retry after an error runs again. An empty request id means no
// idempotency record.
#ifndef VAKTBRO_SERVER_DOMAIN_MUTATION_H_
#define VAKTBRO_SERVER_DOMAIN_MUTATION_H_

#include <functional>
#include <string_view>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "store.h"

namespace vaktbro::domain {

using MutationBody = std::function<absl::Status(storage::Txn&, google::protobuf::Message& reply)>;

// The untyped core of Mutate(): fills `reply`.
absl::Status RunMutation(storage::Store& store, std::string_view method,
                         const google::protobuf::Message& request, std::string_view request_id,
                         google::protobuf::Message& reply, const MutationBody& body);

template <typename Reply, typename Body>
absl::StatusOr<Reply> Mutate(storage::Store& store, std::string_view method,
                             const google::protobuf::Message& request, std::string_view request_id,
                             Body&& body) {
  Reply reply;
  absl::Status status = RunMutation(
      store, method, request, request_id, reply,
      [&body](storage::Txn& txn, google::protobuf::Message& out) -> absl::Status {
        absl::StatusOr<Reply> result = body(txn);
        if (!result.ok()) return result.status();
        static_cast<Reply&>(out) = *std::move(result);
        return absl::OkStatus();
      });
  if (!status.ok()) return status;
  return reply;
}

}  // namespace vaktbro::domain

#endif  // VAKTBRO_SERVER_DOMAIN_MUTATION_H_
