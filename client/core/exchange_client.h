// The client side of the exchange's gRPC API, as plain blocking calls.
//
// Every RPC carries a deadline (Options::deadline from the moment it is
// sent); a listing that follows page tokens gives each page its own
// deadline. Errors come back as absl::Status with the server's code and
// message (UNAVAILABLE when the server cannot be reached,
// DEADLINE_EXCEEDED when it did not answer in time, INVALID_ARGUMENT with
// a field path, see field_errors.h).
//
// Thread-safe: the calls may run concurrently from several threads. They
// block, so never call them from the GUI thread.
#ifndef VAKTBRO_CLIENT_CORE_EXCHANGE_CLIENT_H_
#define VAKTBRO_CLIENT_CORE_EXCHANGE_CLIENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "cancellation.h"
#include "grpcpp/channel.h"
#include "shift_filter.h"
#include "vaktbro/v1/resources.pb.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::client {

// The organisations and units of the exchange, each sorted by display name.
struct Directory {
  std::vector<v1::Organisation> organisations;
  std::vector<v1::Unit> units;
};

class ExchangeClient {
 public:
  struct Options {
    absl::Duration deadline = absl::Seconds(10);
    int page_size = 500;
    int max_pages = 1000;
  };

  // An insecure channel to "host:port" (the exchange runs inside the
  // health network; TLS is a later issue).
  // (Tests and tools; the desktop client makes its channel with
  // MakeChannel, channel.h, which adds TLS and the session token.)
  static std::shared_ptr<grpc::Channel> Connect(const std::string& address);

  explicit ExchangeClient(std::shared_ptr<grpc::Channel> channel)
      : ExchangeClient(std::move(channel), Options()) {}
  ExchangeClient(std::shared_ptr<grpc::Channel> channel, Options options);
  ExchangeClient(const ExchangeClient&) = delete;
  ExchangeClient& operator=(const ExchangeClient&) = delete;

  const std::shared_ptr<grpc::Channel>& channel() const { return channel_; }

  // All OPEN and PARTLY_FILLED shifts that match `filter`, in the server's
  // order, following next_page_token to the end. Every listing fails with
  // INTERNAL when the server hands out a page token a second time (its
  // pages would go round in a circle) or after Options::max_pages pages.
  // `cancel` (may be null) stops the listing between or during pages.
  absl::StatusOr<std::vector<v1::Shift>> ListOpenShifts(
      const ShiftFilter& filter, Cancellation* cancel = nullptr) const;

  // Every shift `request` selects (any state when it names none), all
  // pages; the request's page fields are set here.
  absl::StatusOr<std::vector<v1::Shift>> ListShifts(
      v1::ListShiftsRequest request, Cancellation* cancel = nullptr) const;

  // All organisations, all pages.
  absl::StatusOr<std::vector<v1::Organisation>> ListOrganisations() const;

  // All units of `organisation`, or of every organisation when it is empty.
  absl::StatusOr<std::vector<v1::Unit>> ListUnits(
      std::string_view organisation) const;

  // The organisations in a partnership with `organisation` (not itself),
  // all pages.
  absl::StatusOr<std::vector<std::string>> ListPartners(
      const std::string& organisation) const;

  // ListOrganisations and ListUnits("") together, sorted by display name.
  absl::StatusOr<Directory> LoadDirectory() const;

  // Posts `shift` as OPEN. `request_id` makes a retry take effect once; an
  // empty one is replaced by a fresh random id.
  absl::StatusOr<v1::Shift> PostShift(const v1::Shift& shift,
                                      std::string request_id) const;

 private:
  std::unique_ptr<grpc::ClientContext> NewContext() const;

  std::shared_ptr<grpc::Channel> channel_;
  Options options_;
  std::unique_ptr<v1::ShiftService::Stub> shifts_;
  std::unique_ptr<v1::DirectoryService::Stub> directory_;
};

// A random request id of 32 hex digits.
std::string NewRequestId();

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_EXCHANGE_CLIENT_H_
