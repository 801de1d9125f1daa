// The mutating methods: names, valid baselines and dispatch.
#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "world.h"

namespace vaktbro::testing {
namespace {

using ::google::protobuf::Message;
using Dir = v1::DirectoryService::Stub;
using Shifts = v1::ShiftService::Stub;

// Sends `request`, which must be of the method's request type.
template <typename Stub, typename Request, typename Reply>
absl::Status Dispatch(Client& client,
                      grpc::Status (Stub::*method)(grpc::ClientContext*,
                                                   const Request&, Reply*),
                      const Message& request) {
  if (request.GetDescriptor() != Request::descriptor()) {
    return absl::InternalError("test bug: wrong request type " +
                               request.GetTypeName());
  }
  return client.Call(method, static_cast<const Request&>(request)).status();
}

template <typename Request>
std::unique_ptr<Message> Own(Request request) {
  return std::make_unique<Request>(std::move(request));
}

v1::ShiftTransitionRequest Transition(const v1::Shift& shift) {
  return ShiftTransition(shift);
}

v1::DeleteRequest DeleteOf(const std::string& name, const std::string& etag) {
  v1::DeleteRequest request;
  request.set_name(name);
  request.set_etag(etag);
  request.set_request_id(NewRequestId());
  return request;
}

std::unique_ptr<Message> DirectoryBaseline(Method method, const World& w) {
  switch (method) {
    case Method::kCreateOrganisation:
      return Own(OrganisationRequest());
    case Method::kUpdateOrganisation: {
      v1::UpdateOrganisationRequest r;
      *r.mutable_organisation() = w.org;
      r.mutable_organisation()->set_display_name("Vestvik kommune");
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kCreatePartnership: {
      v1::CreatePartnershipRequest r;
      r.mutable_partnership()->add_organisations(w.org.name());
      r.mutable_partnership()->add_organisations(w.third_org.name());
      v1::Date* start = r.mutable_partnership()->mutable_start_date();
      start->set_year(2024);
      start->set_month(1);
      start->set_day(1);
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kDeletePartnership:
      return Own(DeleteOf(w.partnership.name(), w.partnership.etag()));
    case Method::kCreateUnit:
      return Own(UnitRequest(w.org.name()));
    case Method::kUpdateUnit: {
      v1::UpdateUnitRequest r;
      *r.mutable_unit() = w.unit;
      r.mutable_unit()->set_display_name("Ortopedisk sengepost");
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kCreatePerson:
      return Own(PersonRequest(v1::NURSE));
    case Method::kUpdatePerson: {
      v1::UpdatePersonRequest r;
      *r.mutable_person() = w.nurse;
      r.mutable_person()->set_phone("+47 900 00 000");
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kCreatePosition: {
      v1::CreatePositionRequest r = PositionRequest(
          w.physician.name(), w.other_org.name(), w.other_unit.name());
      r.mutable_position()->set_kind(v1::Position::SECONDARY);
      r.mutable_position()->set_percentage(20);
      return Own(r);
    }
    case Method::kUpdatePosition: {
      v1::UpdatePositionRequest r;
      *r.mutable_position() = w.position;
      r.mutable_position()->set_percentage(60);
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kCreateAvailability: {
      v1::CreateAvailabilityRequest r;
      r.mutable_availability()->set_person(w.nurse.name());
      *r.mutable_availability()->mutable_start_time() =
          ToTimestamp(WholeHourFromNow(24 * 40));
      *r.mutable_availability()->mutable_end_time() =
          ToTimestamp(WholeHourFromNow(24 * 40 + 8));
      r.set_request_id(NewRequestId());
      return Own(r);
    }
    case Method::kDeleteAvailability:
      return Own(DeleteOf(w.availability.name(), w.availability.etag()));
    default:
      return nullptr;
  }
}

std::unique_ptr<Message> ShiftBaseline(Method method, const World& w) {
  switch (method) {
    case Method::kPostShift:
      return Own(ShiftRequest(w.unit, {.start = WholeHourFromNow(24 * 20)}));
    case Method::kPublishShift:
      return Own(Transition(w.draft_shift));
    case Method::kCancelShift:
      return Own(Transition(w.open_shift));
    case Method::kCompleteShift:
      return Own(Transition(w.past_shift));
    case Method::kOfferShift:
    case Method::kAssignShift:
      return Own(OfferRequest(w.open_shift.name(), w.nurse2.name(),
                              w.nurse2_position.name()));
    case Method::kAcceptOffer:
    case Method::kDeclineOffer:
    case Method::kWithdrawAssignment:
      return Own(AssignmentRequest(w.offered));
    default:
      return nullptr;
  }
}

}  // namespace

std::vector<Method> AllMethods() {
  std::vector<Method> all;
  for (int m = static_cast<int>(Method::kCreateOrganisation);
       m <= static_cast<int>(Method::kWithdrawAssignment); ++m) {
    all.push_back(static_cast<Method>(m));
  }
  return all;
}

std::string MethodName(Method method) {
  switch (method) {
    case Method::kCreateOrganisation:
      return "CreateOrganisation";
    case Method::kUpdateOrganisation:
      return "UpdateOrganisation";
    case Method::kCreatePartnership:
      return "CreatePartnership";
    case Method::kDeletePartnership:
      return "DeletePartnership";
    case Method::kCreateUnit:
      return "CreateUnit";
    case Method::kUpdateUnit:
      return "UpdateUnit";
    case Method::kCreatePerson:
      return "CreatePerson";
    case Method::kUpdatePerson:
      return "UpdatePerson";
    case Method::kCreatePosition:
      return "CreatePosition";
    case Method::kUpdatePosition:
      return "UpdatePosition";
    case Method::kCreateAvailability:
      return "CreateAvailability";
    case Method::kDeleteAvailability:
      return "DeleteAvailability";
    case Method::kPostShift:
      return "PostShift";
    case Method::kPublishShift:
      return "PublishShift";
    case Method::kCancelShift:
      return "CancelShift";
    case Method::kCompleteShift:
      return "CompleteShift";
    case Method::kOfferShift:
      return "OfferShift";
    case Method::kAcceptOffer:
      return "AcceptOffer";
    case Method::kDeclineOffer:
      return "DeclineOffer";
    case Method::kAssignShift:
      return "AssignShift";
    case Method::kWithdrawAssignment:
      return "WithdrawAssignment";
  }
  return "?";
}

bool IsDirectoryMethod(Method method) {
  return static_cast<int>(method) <=
         static_cast<int>(Method::kDeleteAvailability);
}

std::unique_ptr<Message> Baseline(Method method, const World& world) {
  return IsDirectoryMethod(method) ? DirectoryBaseline(method, world)
                                   : ShiftBaseline(method, world);
}

absl::Status Send(Client& c, Method method, const Message& request) {
  switch (method) {
    case Method::kCreateOrganisation:
      return Dispatch(c, &Dir::CreateOrganisation, request);
    case Method::kUpdateOrganisation:
      return Dispatch(c, &Dir::UpdateOrganisation, request);
    case Method::kCreatePartnership:
      return Dispatch(c, &Dir::CreatePartnership, request);
    case Method::kDeletePartnership:
      return Dispatch(c, &Dir::DeletePartnership, request);
    case Method::kCreateUnit:
      return Dispatch(c, &Dir::CreateUnit, request);
    case Method::kUpdateUnit:
      return Dispatch(c, &Dir::UpdateUnit, request);
    case Method::kCreatePerson:
      return Dispatch(c, &Dir::CreatePerson, request);
    case Method::kUpdatePerson:
      return Dispatch(c, &Dir::UpdatePerson, request);
    case Method::kCreatePosition:
      return Dispatch(c, &Dir::CreatePosition, request);
    case Method::kUpdatePosition:
      return Dispatch(c, &Dir::UpdatePosition, request);
    case Method::kCreateAvailability:
      return Dispatch(c, &Dir::CreateAvailability, request);
    case Method::kDeleteAvailability:
      return Dispatch(c, &Dir::DeleteAvailability, request);
    case Method::kPostShift:
      return Dispatch(c, &Shifts::PostShift, request);
    case Method::kPublishShift:
      return Dispatch(c, &Shifts::PublishShift, request);
    case Method::kCancelShift:
      return Dispatch(c, &Shifts::CancelShift, request);
    case Method::kCompleteShift:
      return Dispatch(c, &Shifts::CompleteShift, request);
    case Method::kOfferShift:
      return Dispatch(c, &Shifts::OfferShift, request);
    case Method::kAcceptOffer:
      return Dispatch(c, &Shifts::AcceptOffer, request);
    case Method::kDeclineOffer:
      return Dispatch(c, &Shifts::DeclineOffer, request);
    case Method::kAssignShift:
      return Dispatch(c, &Shifts::AssignShift, request);
    case Method::kWithdrawAssignment:
      return Dispatch(c, &Shifts::WithdrawAssignment, request);
  }
  return absl::InternalError("unknown method");
}

}  // namespace vaktbro::testing
