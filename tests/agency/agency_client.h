// The AgencyService for the black-box tests: a stub on the test server's
// channel and valid requests to send or spoil.
#ifndef VAKTBRO_TESTS_AGENCY_AGENCY_CLIENT_H_
#define VAKTBRO_TESTS_AGENCY_AGENCY_CLIENT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "fixtures.h"
#include "vaktbro/v1/agency.grpc.pb.h"

namespace vaktbro::testing {

class AgencyClient {
 public:
  explicit AgencyClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(v1::AgencyService::NewStub(channel)) {}

  template <typename Request, typename Reply>
  absl::StatusOr<Reply> Call(grpc::Status (v1::AgencyService::Stub::*method)(
                                 grpc::ClientContext*, const Request&, Reply*),
                             const Request& request) {
    grpc::ClientContext context;
    context.set_deadline(Deadline(kCallSeconds));
    Reply reply;
    grpc::Status status = ((*stub_).*method)(&context, request, &reply);
    if (!status.ok()) return ToStatus(status);
    return reply;
  }

  absl::StatusOr<v1::AgencyBooking> Create(
      const v1::CreateAgencyBookingRequest& r) {
    return Call(&v1::AgencyService::Stub::CreateAgencyBooking, r);
  }
  // Every booking of an organisation (one page of up to 1000).
  std::vector<v1::AgencyBooking> List(const std::string& organisation) {
    v1::ListAgencyRegisterRequest r;
    r.set_organisation(organisation);
    r.set_page_size(1000);
    auto page = Call(&v1::AgencyService::Stub::ListAgencyBookings, r);
    return page.ok()
               ? std::vector<v1::AgencyBooking>(page->agency_bookings().begin(),
                                                page->agency_bookings().end())
               : std::vector<v1::AgencyBooking>{};
  }
  absl::StatusOr<v1::InternalFill> Fill(const v1::Assignment& a) {
    v1::ListInternalFillsRequest r;
    r.set_person(a.person());
    auto page = Call(&v1::AgencyService::Stub::ListInternalFills, r);
    if (!page.ok()) return page.status();
    for (const v1::InternalFill& f : page->internal_fills()) {
      if (f.assignment() == a.name()) return f;
    }
    return absl::NotFoundError("no internal fill for " + a.name());
  }

 private:
  std::unique_ptr<v1::AgencyService::Stub> stub_;
};

// A valid booking at `unit` from `start` for `hours`, 1050,50 NOK/h + 500 NOK
// fees, consulted the day before.
inline v1::CreateAgencyBookingRequest BookingRequest(const v1::Unit& unit,
                                                     absl::Time start,
                                                     double hours) {
  v1::CreateAgencyBookingRequest r;
  v1::AgencyBooking* b = r.mutable_agency_booking();
  b->set_organisation(unit.organisation());
  b->set_unit(unit.name());
  b->set_agency("Nordlys Bemanning AS");
  b->set_agency_organisation_number(NextOrganisationNumber());
  b->set_profession(v1::NURSE);
  b->add_competences("MEDIKAMENT");
  *b->mutable_start_time() = ToTimestamp(start);
  *b->mutable_end_time() = ToTimestamp(start + absl::Seconds(hours * 3600));
  b->set_hours(hours);
  b->set_hourly_rate_ore(105050);
  b->set_fees_ore(50000);
  b->set_purpose(v1::Shift::SICK_LEAVE);
  b->set_legal_ground(v1::AgencyBooking::HEALTH_PERSONNEL);
  const absl::CivilDay day =
      absl::ToCivilDay(start - absl::Hours(24), absl::UTCTimeZone());
  b->mutable_union_consultation_date()->set_year(static_cast<int>(day.year()));
  b->mutable_union_consultation_date()->set_month(day.month());
  b->mutable_union_consultation_date()->set_day(day.day());
  b->set_justification("Langtidssykemelding; pool og hytte forsøkt uten hell.");
  r.set_request_id(NewRequestId());
  return r;
}

}  // namespace vaktbro::testing

#endif  // VAKTBRO_TESTS_AGENCY_AGENCY_CLIENT_H_
