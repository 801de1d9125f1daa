#include "employee_client.h"

#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpc_status.h"
#include "oslo_time.h"

namespace vaktbro::client {
namespace {

template <typename Item>
void MoveAll(google::protobuf::RepeatedPtrField<Item>* from,
             std::vector<Item>& to) {
  for (Item& item : *from) to.push_back(std::move(item));
}

bool NeedsShift(const v1::Assignment& a, absl::Time since) {
  return a.state() == v1::Assignment::OFFERED ||
         !a.has_end_time() || FromTimestamp(a.end_time()) > since;
}

}  // namespace

EmployeeClient::EmployeeClient(std::shared_ptr<grpc::Channel> channel,
                               std::string person, Options options)
    : person_(std::move(person)),
      options_(options),
      directory_(v1::DirectoryService::NewStub(channel)),
      shifts_(v1::ShiftService::NewStub(channel)),
      matching_(v1::MatchingService::NewStub(channel)) {}

std::unique_ptr<grpc::ClientContext> EmployeeClient::NewContext() const {
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + options_.deadline));
  return context;
}

template <typename Call>
absl::Status EmployeeClient::Send(Cancellation* cancel, Call call) const {
  std::unique_ptr<grpc::ClientContext> context = NewContext();
  ScopedAttach attach(cancel, context.get());
  if (!attach.status().ok()) return attach.status();
  return FromGrpcStatus(call(context.get()));
}

template <typename Item, typename Request, typename Response,
          typename Method, typename Field>
absl::Status EmployeeClient::ListAll(Cancellation* cancel, Request request,
                                     Method method, Field field,
                                     std::vector<Item>& items) const {
  request.set_page_size(options_.page_size);
  absl::flat_hash_set<std::string> seen;
  for (int page = 0; page < options_.max_pages; ++page) {
    Response response;
    absl::Status s = Send(cancel, [&](grpc::ClientContext* c) {
      return method(c, request, &response);
    });
    if (!s.ok()) return s;
    MoveAll(field(response), items);
    if (response.next_page_token().empty()) return absl::OkStatus();
    if (!seen.insert(response.next_page_token()).second) {
      return absl::InternalError("the server's page tokens go round in a circle");
    }
    request.set_page_token(response.next_page_token());
  }
  return absl::InternalError("listing too long");
}

absl::StatusOr<EmployeeData> EmployeeClient::Load(
    absl::Time now, Cancellation* cancel) const {
  EmployeeData data;
  v1::GetRequest get;
  get.set_name(person_);
  absl::Status s = Send(cancel, [&](grpc::ClientContext* c) {
    return directory_->GetPerson(c, get, &data.person);
  });
  if (!s.ok()) return s;

  v1::ListPositionsRequest positions;
  positions.set_person(person_);
  s = ListAll<v1::Position, v1::ListPositionsRequest,
              v1::ListPositionsResponse>(
      cancel, positions,
      [this](auto* c, const auto& r, auto* out) {
        return directory_->ListPositions(c, r, out);
      },
      [](auto& r) { return r.mutable_positions(); }, data.positions);
  if (!s.ok()) return s;

  v1::ListAssignmentsRequest assignments;
  assignments.set_person(person_);
  s = ListAll<v1::Assignment, v1::ListAssignmentsRequest,
              v1::ListAssignmentsResponse>(
      cancel, assignments,
      [this](auto* c, const auto& r, auto* out) {
        return shifts_->ListAssignments(c, r, out);
      },
      [](auto& r) { return r.mutable_assignments(); }, data.assignments);
  if (!s.ok()) return s;

  v1::ListAvailabilitiesRequest availabilities;
  availabilities.set_person(person_);
  s = ListAll<v1::Availability, v1::ListAvailabilitiesRequest,
              v1::ListAvailabilitiesResponse>(
      cancel, availabilities,
      [this](auto* c, const auto& r, auto* out) {
        return directory_->ListAvailabilities(c, r, out);
      },
      [](auto& r) { return r.mutable_availabilities(); },
      data.availabilities);
  if (!s.ok()) return s;

  s = LoadShifts(now - options_.history, cancel, data);
  if (!s.ok()) return s;
  LoadOptional(now, cancel, data);
  if (cancel != nullptr && cancel->cancelled()) {
    return absl::CancelledError("cancelled");
  }
  return data;
}

absl::Status EmployeeClient::LoadShifts(absl::Time since,
                                        Cancellation* cancel,
                                        EmployeeData& data) const {
  for (const v1::Assignment& a : data.assignments) {
    if (!NeedsShift(a, since) || data.shifts.contains(a.shift())) continue;
    v1::GetRequest get;
    get.set_name(a.shift());
    v1::Shift shift;
    absl::Status s = Send(cancel, [&](grpc::ClientContext* c) {
      return shifts_->GetShift(c, get, &shift);
    });
    // A shift deleted since (or hidden from the employee) is left out; the
    // assignment still shows with its own times.
    if (s.code() == absl::StatusCode::kNotFound ||
        s.code() == absl::StatusCode::kPermissionDenied) {
      continue;
    }
    if (!s.ok()) return s;
    data.shifts.emplace(a.shift(), std::move(shift));
  }
  return absl::OkStatus();
}

void EmployeeClient::LoadOptional(absl::Time now, Cancellation* cancel,
                                  EmployeeData& data) const {
  auto note = [&data](const char* what, const absl::Status& s) {
    data.problems.push_back(absl::StrCat(what, ": ", s.message()));
  };
  v1::ListPlannedShiftsRequest planned;
  planned.set_person(person_);
  *planned.mutable_start_time() = ToTimestamp(now - options_.history);
  *planned.mutable_end_time() = ToTimestamp(now + options_.ahead);
  absl::Status s = ListAll<v1::PlannedShift, v1::ListPlannedShiftsRequest,
                           v1::ListPlannedShiftsResponse>(
      cancel, planned,
      [this](auto* c, const auto& r, auto* out) {
        return matching_->ListPlannedShifts(c, r, out);
      },
      [](auto& r) { return r.mutable_planned_shifts(); }, data.planned_shifts);
  if (!s.ok()) note("planned rota", s);

  std::vector<v1::Organisation> organisations;
  s = ListAll<v1::Organisation, v1::ListOrganisationsRequest,
              v1::ListOrganisationsResponse>(
      cancel, v1::ListOrganisationsRequest(),
      [this](auto* c, const auto& r, auto* out) {
        return directory_->ListOrganisations(c, r, out);
      },
      [](auto& r) { return r.mutable_organisations(); }, organisations);
  if (!s.ok()) note("organisations", s);
  std::vector<v1::Unit> units;
  s = ListAll<v1::Unit, v1::ListUnitsRequest, v1::ListUnitsResponse>(
      cancel, v1::ListUnitsRequest(),
      [this](auto* c, const auto& r, auto* out) {
        return directory_->ListUnits(c, r, out);
      },
      [](auto& r) { return r.mutable_units(); }, units);
  if (!s.ok()) note("units", s);
  for (const auto& o : organisations) data.names[o.name()] = o.display_name();
  for (const auto& u : units) data.names[u.name()] = u.display_name();
}

absl::StatusOr<v1::Candidate> EmployeeClient::Evaluate(
    const v1::Assignment& offer, Cancellation* cancel) const {
  v1::EvaluateCandidateRequest request;
  request.set_shift(offer.shift());
  request.set_person(offer.person().empty() ? person_ : offer.person());
  request.set_position(offer.position());
  v1::Candidate candidate;
  absl::Status s = Send(cancel, [&](grpc::ClientContext* c) {
    return matching_->EvaluateCandidate(c, request, &candidate);
  });
  if (!s.ok()) return s;
  return candidate;
}

absl::StatusOr<v1::Assignment> EmployeeClient::Accept(
    const v1::Assignment& offer, const std::string& request_id) const {
  v1::AssignmentTransitionRequest request;
  request.set_name(offer.name());
  request.set_etag(offer.etag());
  request.set_request_id(request_id);
  v1::Assignment accepted;
  absl::Status s = Send(nullptr, [&](grpc::ClientContext* c) {
    return shifts_->AcceptOffer(c, request, &accepted);
  });
  if (!s.ok()) return s;
  return accepted;
}

absl::StatusOr<v1::Assignment> EmployeeClient::Decline(
    const v1::Assignment& offer, const std::string& request_id) const {
  v1::AssignmentTransitionRequest request;
  request.set_name(offer.name());
  request.set_etag(offer.etag());
  request.set_request_id(request_id);
  v1::Assignment declined;
  absl::Status s = Send(nullptr, [&](grpc::ClientContext* c) {
    return shifts_->DeclineOffer(c, request, &declined);
  });
  if (!s.ok()) return s;
  return declined;
}

absl::StatusOr<v1::Availability> EmployeeClient::AddAvailability(
    absl::Time start, absl::Time end, const std::string& note,
    const std::string& request_id) const {
  v1::CreateAvailabilityRequest request;
  v1::Availability* a = request.mutable_availability();
  a->set_person(person_);
  *a->mutable_start_time() = ToTimestamp(start);
  *a->mutable_end_time() = ToTimestamp(end);
  a->set_note(note);
  request.set_request_id(request_id);
  v1::Availability created;
  absl::Status s = Send(nullptr, [&](grpc::ClientContext* c) {
    return directory_->CreateAvailability(c, request, &created);
  });
  if (!s.ok()) return s;
  return created;
}

absl::Status EmployeeClient::RemoveAvailability(
    const v1::Availability& availability,
    const std::string& request_id) const {
  v1::DeleteRequest request;
  request.set_name(availability.name());
  request.set_etag(availability.etag());
  request.set_request_id(request_id);
  v1::DeleteResponse response;
  return Send(nullptr, [&](grpc::ClientContext* c) {
    return directory_->DeleteAvailability(c, request, &response);
  });
}

}  // namespace vaktbro::client
