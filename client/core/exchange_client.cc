#include "exchange_client.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/random/random.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "grpc_status.h"
#include "grpcpp/client_context.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace vaktbro::client {
namespace {

// Runs a List call page by page. `fetch(context, request, response)` sends
// one page; `take(response, items)` moves its items out.
template <typename Item, typename Request, typename Response, typename Fetch,
          typename Take>
absl::StatusOr<std::vector<Item>> ListAll(
    Request request, int max_pages,
    const std::function<std::unique_ptr<grpc::ClientContext>()>& new_context,
    Fetch fetch, Take take, Cancellation* cancel = nullptr) {
  std::vector<Item> items;
  absl::flat_hash_set<std::string> seen_tokens;
  for (int page = 0; page < max_pages; ++page) {
    Response response;
    std::unique_ptr<grpc::ClientContext> context = new_context();
    ScopedAttach attach(cancel, context.get());
    if (!attach.status().ok()) return attach.status();
    absl::Status status =
        FromGrpcStatus(fetch(context.get(), request, &response));
    if (!status.ok()) return status;
    take(response, items);
    if (response.next_page_token().empty()) return items;
    if (!seen_tokens.insert(response.next_page_token()).second) {
      return absl::InternalError(
          "the server's page tokens go round in a circle");
    }
    request.set_page_token(response.next_page_token());
  }
  return absl::InternalError(
      absl::StrFormat("listing longer than %d pages", max_pages));
}

template <typename Item>
void MoveAll(google::protobuf::RepeatedPtrField<Item>* from,
             std::vector<Item>& to) {
  for (Item& item : *from) to.push_back(std::move(item));
}

template <typename Item>
void SortByDisplayName(std::vector<Item>& items) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.display_name(), a.name()) <
           std::tie(b.display_name(), b.name());
  });
}

}  // namespace

std::shared_ptr<grpc::Channel> ExchangeClient::Connect(
    const std::string& address) {
  return grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
}

ExchangeClient::ExchangeClient(std::shared_ptr<grpc::Channel> channel,
                               Options options)
    : channel_(std::move(channel)),
      options_(options),
      shifts_(v1::ShiftService::NewStub(channel_)),
      directory_(v1::DirectoryService::NewStub(channel_)) {}

std::unique_ptr<grpc::ClientContext> ExchangeClient::NewContext() const {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + options_.deadline));
  return context;
}

absl::StatusOr<std::vector<v1::Shift>> ExchangeClient::ListOpenShifts(
    const ShiftFilter& filter, Cancellation* cancel) const {
  return ListShifts(ToListRequest(filter, options_.page_size), cancel);
}

absl::StatusOr<std::vector<v1::Shift>> ExchangeClient::ListShifts(
    v1::ListShiftsRequest request, Cancellation* cancel) const {
  request.set_page_size(options_.page_size);
  request.clear_page_token();
  return ListAll<v1::Shift, v1::ListShiftsRequest, v1::ListShiftsResponse>(
      std::move(request), options_.max_pages,
      [this] { return NewContext(); },
      [this](grpc::ClientContext* context, const v1::ListShiftsRequest& request,
             v1::ListShiftsResponse* response) {
        return shifts_->ListShifts(context, request, response);
      },
      [](v1::ListShiftsResponse& response, std::vector<v1::Shift>& items) {
        MoveAll(response.mutable_shifts(), items);
      },
      cancel);
}

absl::StatusOr<std::vector<v1::Organisation>>
ExchangeClient::ListOrganisations() const {
  v1::ListOrganisationsRequest request;
  request.set_page_size(options_.page_size);
  return ListAll<v1::Organisation, v1::ListOrganisationsRequest,
                 v1::ListOrganisationsResponse>(
      request, options_.max_pages, [this] { return NewContext(); },
      [this](grpc::ClientContext* context,
             const v1::ListOrganisationsRequest& request,
             v1::ListOrganisationsResponse* response) {
        return directory_->ListOrganisations(context, request, response);
      },
      [](v1::ListOrganisationsResponse& response,
         std::vector<v1::Organisation>& items) {
        MoveAll(response.mutable_organisations(), items);
      });
}

absl::StatusOr<std::vector<v1::Unit>> ExchangeClient::ListUnits(
    std::string_view organisation) const {
  v1::ListUnitsRequest request;
  request.set_page_size(options_.page_size);
  request.set_organisation(std::string(organisation));
  return ListAll<v1::Unit, v1::ListUnitsRequest, v1::ListUnitsResponse>(
      request, options_.max_pages, [this] { return NewContext(); },
      [this](grpc::ClientContext* context, const v1::ListUnitsRequest& request,
             v1::ListUnitsResponse* response) {
        return directory_->ListUnits(context, request, response);
      },
      [](v1::ListUnitsResponse& response, std::vector<v1::Unit>& items) {
        MoveAll(response.mutable_units(), items);
      });
}

absl::StatusOr<std::vector<std::string>> ExchangeClient::ListPartners(
    const std::string& organisation) const {
  v1::ListPartnershipsRequest request;
  request.set_page_size(options_.page_size);
  request.set_organisation(organisation);
  absl::StatusOr<std::vector<v1::Partnership>> partnerships =
      ListAll<v1::Partnership, v1::ListPartnershipsRequest,
              v1::ListPartnershipsResponse>(
          request, options_.max_pages, [this] { return NewContext(); },
          [this](grpc::ClientContext* context,
                 const v1::ListPartnershipsRequest& request,
                 v1::ListPartnershipsResponse* response) {
            return directory_->ListPartnerships(context, request, response);
          },
          [](v1::ListPartnershipsResponse& response,
             std::vector<v1::Partnership>& items) {
            MoveAll(response.mutable_partnerships(), items);
          });
  if (!partnerships.ok()) return partnerships.status();
  std::vector<std::string> partners;
  for (const v1::Partnership& p : *partnerships) {
    for (const std::string& o : p.organisations()) {
      if (o != organisation &&
          std::find(partners.begin(), partners.end(), o) == partners.end()) {
        partners.push_back(o);
      }
    }
  }
  return partners;
}

absl::StatusOr<Directory> ExchangeClient::LoadDirectory() const {
  absl::StatusOr<std::vector<v1::Organisation>> organisations =
      ListOrganisations();
  if (!organisations.ok()) return organisations.status();
  absl::StatusOr<std::vector<v1::Unit>> units = ListUnits("");
  if (!units.ok()) return units.status();
  Directory directory{.organisations = *std::move(organisations),
                      .units = *std::move(units)};
  SortByDisplayName(directory.organisations);
  SortByDisplayName(directory.units);
  return directory;
}

absl::StatusOr<v1::Shift> ExchangeClient::PostShift(
    const v1::Shift& shift, std::string request_id) const {
  v1::PostShiftRequest request;
  *request.mutable_shift() = shift;
  request.set_request_id(request_id.empty() ? NewRequestId()
                                            : std::move(request_id));
  v1::Shift posted;
  std::unique_ptr<grpc::ClientContext> context = NewContext();
  absl::Status status =
      FromGrpcStatus(shifts_->PostShift(context.get(), request, &posted));
  if (!status.ok()) return status;
  return posted;
}

std::string NewRequestId() {
  thread_local absl::BitGen bits;
  return absl::StrFormat("%016x%016x", absl::Uniform<uint64_t>(bits),
                         absl::Uniform<uint64_t>(bits));
}

}  // namespace vaktbro::client
