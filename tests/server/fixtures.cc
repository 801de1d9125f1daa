#include "fixtures.h"

#include <unistd.h>

#include <atomic>
#include <latch>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"

namespace vaktbro::testing {
namespace {

std::atomic<int> request_counter{0};
std::atomic<int> organisation_counter{0};
std::atomic<int> person_counter{0};

v1::Date MakeDate(int year, int month, int day) {
  v1::Date date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  return date;
}

}  // namespace

absl::Status ToStatus(const grpc::Status& status) {
  if (status.ok()) return absl::OkStatus();
  return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                      status.error_message());
}

std::string NewRequestId() {
  return absl::StrCat("rq-", getpid(), "-", absl::ToUnixNanos(absl::Now()), "-",
                      request_counter.fetch_add(1));
}

int OrganisationCheckDigit(std::string_view first8) {
  static constexpr int kWeights[8] = {3, 2, 7, 6, 5, 4, 3, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (first8[i] - '0') * kWeights[i];
  const int check = 11 - sum % 11;
  if (check == 11) return 0;
  if (check == 10) return -1;
  return check;
}

std::string OrganisationNumber(int seed) {
  // Each seed owns a block of ten candidates that differ in the last of the
  // eight digits (weight 2), so their sums differ mod 11 and at most one of
  // them lacks a check digit: the first or the second candidate is valid.
  for (int n = seed * 10;; ++n) {
    const std::string first8 = absl::StrFormat("9%07d", n % 10000000);
    const int check = OrganisationCheckDigit(first8);
    if (check >= 0) return absl::StrCat(first8, check);
  }
}

std::string NextOrganisationNumber() {
  return OrganisationNumber(1000 + organisation_counter.fetch_add(1));
}

google::protobuf::Timestamp ToTimestamp(absl::Time t) {
  google::protobuf::Timestamp ts;
  const int64_t nanos = absl::ToUnixNanos(t);
  ts.set_seconds(nanos / 1000000000);
  ts.set_nanos(static_cast<int32_t>(nanos % 1000000000));
  return ts;
}

absl::Time FromTimestamp(const google::protobuf::Timestamp& t) {
  return absl::FromUnixSeconds(t.seconds()) + absl::Nanoseconds(t.nanos());
}

absl::Time WholeHourFromNow(int hours) {
  const int64_t now_hours = absl::ToUnixSeconds(absl::Now()) / 3600;
  return absl::FromUnixSeconds((now_hours + hours) * 3600);
}

int CurrentYear() {
  return static_cast<int>(
      absl::ToCivilYear(absl::Now(), absl::UTCTimeZone()).year());
}

v1::CreateOrganisationRequest OrganisationRequest() {
  const int n = organisation_counter.load();
  v1::CreateOrganisationRequest request;
  v1::Organisation* org = request.mutable_organisation();
  org->set_display_name(absl::StrCat("Testvik kommune ", n));
  org->set_kind(v1::Organisation::MUNICIPALITY);
  org->set_organisation_number(NextOrganisationNumber());
  org->set_region("Helsefellesskap Testvik");
  request.set_request_id(NewRequestId());
  return request;
}

v1::CreateUnitRequest UnitRequest(std::string_view organisation) {
  v1::CreateUnitRequest request;
  v1::Unit* unit = request.mutable_unit();
  unit->set_organisation(std::string(organisation));
  unit->set_display_name("Medisinsk sengepost");
  unit->set_kind(v1::Unit::HOSPITAL_WARD);
  request.set_request_id(NewRequestId());
  return request;
}

v1::CreatePersonRequest PersonRequest(v1::Profession profession) {
  const int n = person_counter.fetch_add(1);
  v1::CreatePersonRequest request;
  v1::Person* person = request.mutable_person();
  person->set_display_name(absl::StrCat("Kari Nordmann ", n));
  person->set_birth_year(1980);
  person->set_hpr_number(absl::StrFormat("%07d", 1000000 + n % 9000000));
  person->add_professions(profession);
  v1::Competence* competence = person->add_competences();
  competence->set_code("MEDIKAMENT");
  person->set_email(absl::StrCat("kari", n, "@example.no"));
  person->set_home_region("Helsefellesskap Testvik");
  request.set_request_id(NewRequestId());
  return request;
}

v1::CreatePositionRequest PositionRequest(std::string_view person,
                                          std::string_view employer,
                                          std::string_view unit) {
  v1::CreatePositionRequest request;
  v1::Position* position = request.mutable_position();
  position->set_person(std::string(person));
  position->set_employer(std::string(employer));
  position->set_unit(std::string(unit));
  position->set_kind(v1::Position::MAIN);
  position->set_percentage(100);
  *position->mutable_valid_from() = MakeDate(2020, 1, 1);
  position->set_pay_scheme(v1::Position::ORDINARY);
  request.set_request_id(NewRequestId());
  return request;
}

v1::PostShiftRequest ShiftRequest(const v1::Unit& unit, const ShiftSpec& spec) {
  v1::PostShiftRequest request;
  v1::Shift* shift = request.mutable_shift();
  shift->set_organisation(unit.organisation());
  shift->set_unit(unit.name());
  shift->set_title(spec.title);
  *shift->mutable_start_time() = ToTimestamp(spec.start);
  *shift->mutable_end_time() = ToTimestamp(spec.start + spec.length);
  shift->set_profession(spec.profession);
  shift->set_headcount(spec.headcount);
  shift->set_reason(v1::Shift::SICK_LEAVE);
  shift->set_visibility(v1::Shift::REGION);
  request.set_request_id(NewRequestId());
  return request;
}

v1::OfferShiftRequest OfferRequest(std::string_view shift,
                                   std::string_view person,
                                   std::string_view position) {
  v1::OfferShiftRequest request;
  request.set_shift(std::string(shift));
  request.set_person(std::string(person));
  request.set_position(std::string(position));
  request.set_request_id(NewRequestId());
  return request;
}

v1::AssignmentTransitionRequest AssignmentRequest(
    const v1::Assignment& assignment) {
  v1::AssignmentTransitionRequest request;
  request.set_name(assignment.name());
  request.set_etag(assignment.etag());
  request.set_request_id(NewRequestId());
  return request;
}

v1::ShiftTransitionRequest ShiftTransition(const v1::Shift& shift) {
  v1::ShiftTransitionRequest request;
  request.set_name(shift.name());
  request.set_etag(shift.etag());
  request.set_request_id(NewRequestId());
  return request;
}

Client::Client(std::shared_ptr<grpc::Channel> channel)
    : directory_(v1::DirectoryService::NewStub(channel)),
      shifts_(v1::ShiftService::NewStub(channel)),
      matching_(v1::MatchingService::NewStub(channel)) {
  // Connect before the first call, so that a race between many clients
  // measures the server's locking, not 64 TCP connects at once (one of which
  // may fail fast with UNAVAILABLE on a loaded machine).
  channel->WaitForConnected(Deadline(10));
}

absl::StatusOr<v1::Organisation> Client::AddOrganisation() {
  return Call(&v1::DirectoryService::Stub::CreateOrganisation,
              OrganisationRequest());
}

absl::StatusOr<v1::Unit> Client::AddUnit(const v1::Organisation& organisation) {
  return Call(&v1::DirectoryService::Stub::CreateUnit,
              UnitRequest(organisation.name()));
}

absl::StatusOr<v1::Person> Client::AddPerson(v1::Profession profession) {
  return Call(&v1::DirectoryService::Stub::CreatePerson,
              PersonRequest(profession));
}

absl::StatusOr<v1::Position> Client::AddPosition(const v1::Person& person,
                                                 const v1::Unit& unit) {
  return AddPosition(person, unit, v1::Position::MAIN);
}

absl::StatusOr<v1::Position> Client::AddPosition(const v1::Person& person,
                                                 const v1::Unit& unit,
                                                 v1::Position::Kind kind) {
  v1::CreatePositionRequest request =
      PositionRequest(person.name(), unit.organisation(), unit.name());
  request.mutable_position()->set_kind(kind);
  return Call(&v1::DirectoryService::Stub::CreatePosition, request);
}

absl::StatusOr<v1::Shift> Client::AddShift(const v1::Unit& unit,
                                           const ShiftSpec& spec) {
  return Call(&v1::ShiftService::Stub::PostShift, ShiftRequest(unit, spec));
}

absl::StatusOr<v1::Assignment> Client::Offer(const v1::Shift& shift,
                                             const v1::Position& position) {
  return Call(&v1::ShiftService::Stub::OfferShift,
              OfferRequest(shift.name(), position.person(), position.name()));
}

absl::StatusOr<v1::Assignment> Client::Assign(const v1::Shift& shift,
                                              const v1::Position& position) {
  return Call(&v1::ShiftService::Stub::AssignShift,
              OfferRequest(shift.name(), position.person(), position.name()));
}

absl::StatusOr<v1::Assignment> Client::Accept(
    const v1::Assignment& assignment) {
  return Call(&v1::ShiftService::Stub::AcceptOffer,
              AssignmentRequest(assignment));
}

absl::StatusOr<v1::Shift> Client::GetShift(std::string_view name) {
  v1::GetRequest request;
  request.set_name(std::string(name));
  return Call(&v1::ShiftService::Stub::GetShift, request);
}

absl::StatusOr<v1::Assignment> Client::GetAssignment(std::string_view name) {
  v1::GetRequest request;
  request.set_name(std::string(name));
  return Call(&v1::ShiftService::Stub::GetAssignment, request);
}

absl::StatusOr<std::vector<v1::Shift>> Client::ListShifts(
    v1::ListShiftsRequest request) {
  return ListAll(&v1::ShiftService::Stub::ListShifts, std::move(request),
                 &v1::ListShiftsResponse::shifts);
}

absl::StatusOr<std::vector<v1::Assignment>> Client::ListAssignments(
    std::string_view shift_or_person,
    const std::vector<v1::Assignment::State>& states) {
  v1::ListAssignmentsRequest request;
  if (shift_or_person.starts_with("people/")) {
    request.set_person(std::string(shift_or_person));
  } else {
    request.set_shift(std::string(shift_or_person));
  }
  for (v1::Assignment::State state : states) request.add_states(state);
  return ListAll(&v1::ShiftService::Stub::ListAssignments, std::move(request),
                 &v1::ListAssignmentsResponse::assignments);
}

void ParallelFor(int n, const std::function<void(int)>& fn) {
  std::vector<std::thread> threads;
  threads.reserve(n);
  for (int i = 0; i < n; ++i) threads.emplace_back([&fn, i] { fn(i); });
  for (std::thread& t : threads) t.join();
}

std::vector<absl::Status> Race(int n,
                               const std::function<absl::Status(int)>& fn) {
  std::vector<absl::Status> results(n);
  std::latch start(n);
  ParallelFor(n, [&](int i) {
    start.arrive_and_wait();
    results[i] = fn(i);
  });
  return results;
}

std::string_view IdOf(std::string_view name) {
  const size_t slash = name.rfind('/');
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

}  // namespace vaktbro::testing
