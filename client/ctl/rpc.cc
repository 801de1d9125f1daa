#include "rpc.h"

#include <cstring>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "channel.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"

namespace vaktbro::ctl {
namespace {

constexpr int kPageSize = 500;

// Calls `page` until the server returns no next_page_token and collects what
// `items` takes from each response.
template <typename Item, typename Request, typename Page, typename Items>
absl::StatusOr<std::vector<Item>> ReadAllPages(Request request, Page page,
                                               Items items) {
  std::vector<Item> all;
  request.set_page_size(kPageSize);
  while (true) {
    auto response = page(request);
    if (!response.ok()) return response.status();
    for (const Item& item : items(*response)) all.push_back(item);
    if (response->next_page_token().empty()) return all;
    if (response->next_page_token() == request.page_token()) {
      return absl::InternalError(
          "the server returned the same page token twice");
    }
    request.set_page_token(response->next_page_token());
  }
}

// MakeChannel's error with the command-line option it is about:
// "plaintext: ..." -> "--plaintext: ...", "address: ..." -> "--server: ...",
// the rest is about the CA file.
absl::Status ForOption(const absl::Status& status) {
  const absl::string_view message = status.message();
  for (auto [field, option] : {std::pair{"plaintext: ", "--plaintext: "},
                               std::pair{"address: ", "--server: "}}) {
    if (absl::StartsWith(message, field)) {
      return absl::Status(status.code(),
                          absl::StrCat(option, message.substr(strlen(field))));
    }
  }
  return absl::Status(status.code(), absl::StrCat("--ca: ", message));
}

bool LooksLikeTls(const std::string& message) {
  return absl::StrContains(absl::AsciiStrToLower(message), "ssl") ||
         absl::StrContains(absl::AsciiStrToLower(message), "handshake") ||
         absl::StrContains(absl::AsciiStrToLower(message), "certificate");
}

}  // namespace

absl::Status FromGrpc(const grpc::Status& status) {
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

Connection::Connection(const ConnectionOptions& options)
    : server_(options.server), timeout_(options.timeout) {
  absl::StatusOr<std::shared_ptr<grpc::Channel>> channel =
      client::MakeChannel({.address = options.server,
                           .ca_file = options.ca_file,
                           .plaintext = options.plaintext,
                           .token = options.token});
  if (channel.ok()) {
    channel_ = *std::move(channel);
  } else {
    setup_ = ForOption(channel.status());
    // Stubs need a channel; this one goes nowhere and is never used, as
    // Call returns setup_ first.
    channel_ = grpc::CreateChannel("unix:/nonexistent/vaktbroctl-no-channel",
                                   grpc::InsecureChannelCredentials());
  }
  directory_ = v1::DirectoryService::NewStub(channel_);
  shifts_ = v1::ShiftService::NewStub(channel_);
  admin_ = v1::AdminService::NewStub(channel_);
  matching_ = v1::MatchingService::NewStub(channel_);
  auth_ = v1::AuthService::NewStub(channel_);
  accounts_ = v1::AccountService::NewStub(channel_);
  audit_ = v1::AuditService::NewStub(channel_);
}

absl::Status Connection::Failed(const grpc::Status& status) const {
  switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
      return absl::UnavailableError(absl::StrCat(
          "cannot reach the server at ", server_, ": ", status.error_message(),
          LooksLikeTls(status.error_message())
              ? " (TLS: does the server use TLS, and did --ca sign its "
                "certificate for this address? --plaintext only for a "
                "server started with --plaintext-on-loopback)"
              : ""));
    case grpc::StatusCode::UNAUTHENTICATED:
      return absl::UnauthenticatedError(
          "not logged in or session expired: run vaktbroctl login");
    case grpc::StatusCode::DEADLINE_EXCEEDED:
      return absl::DeadlineExceededError(
          absl::StrCat("the server at ", server_, " did not answer within ",
                       absl::FormatDuration(timeout_)));
    default:
      return FromGrpc(status);
  }
}

absl::StatusOr<std::vector<v1::Shift>> ListAllShifts(
    Connection& c, v1::ListShiftsRequest request) {
  return ReadAllPages<v1::Shift>(
      std::move(request),
      [&c](const v1::ListShiftsRequest& r) {
        return c.Call<v1::ListShiftsResponse>([&](auto* ctx, auto* resp) {
          return c.shifts().ListShifts(ctx, r, resp);
        });
      },
      [](const v1::ListShiftsResponse& r) -> const auto& {
        return r.shifts();
      });
}

absl::StatusOr<std::vector<v1::Unit>> ListAllUnits(Connection& c) {
  return ReadAllPages<v1::Unit>(
      v1::ListUnitsRequest(),
      [&c](const v1::ListUnitsRequest& r) {
        return c.Call<v1::ListUnitsResponse>([&](auto* ctx, auto* resp) {
          return c.directory().ListUnits(ctx, r, resp);
        });
      },
      [](const v1::ListUnitsResponse& r) -> const auto& { return r.units(); });
}

absl::StatusOr<std::vector<v1::Organisation>> ListAllOrganisations(Connection& c) {
  return ReadAllPages<v1::Organisation>(
      v1::ListOrganisationsRequest(),
      [&c](const v1::ListOrganisationsRequest& r) {
        return c.Call<v1::ListOrganisationsResponse>([&](auto* ctx, auto* resp) {
          return c.directory().ListOrganisations(ctx, r, resp);
        });
      },
      [](const v1::ListOrganisationsResponse& r) -> const auto& { return r.organisations(); });
}

absl::StatusOr<std::vector<v1::Person>> ListAllPeople(Connection& c) {
  return ReadAllPages<v1::Person>(
      v1::ListPeopleRequest(),
      [&c](const v1::ListPeopleRequest& r) {
        return c.Call<v1::ListPeopleResponse>([&](auto* ctx, auto* resp) {
          return c.directory().ListPeople(ctx, r, resp);
        });
      },
      [](const v1::ListPeopleResponse& r) -> const auto& {
        return r.people();
      });
}

absl::StatusOr<std::vector<v1::Position>> ListAllPositions(
    Connection& c, v1::ListPositionsRequest request) {
  return ReadAllPages<v1::Position>(
      std::move(request),
      [&c](const v1::ListPositionsRequest& r) {
        return c.Call<v1::ListPositionsResponse>([&](auto* ctx, auto* resp) {
          return c.directory().ListPositions(ctx, r, resp);
        });
      },
      [](const v1::ListPositionsResponse& r) -> const auto& {
        return r.positions();
      });
}

absl::StatusOr<std::vector<v1::Assignment>> ListAllAssignments(
    Connection& c, v1::ListAssignmentsRequest request) {
  return ReadAllPages<v1::Assignment>(
      std::move(request),
      [&c](const v1::ListAssignmentsRequest& r) {
        return c.Call<v1::ListAssignmentsResponse>([&](auto* ctx, auto* resp) {
          return c.shifts().ListAssignments(ctx, r, resp);
        });
      },
      [](const v1::ListAssignmentsResponse& r) -> const auto& {
        return r.assignments();
      });
}

}  // namespace vaktbro::ctl
