// The happy paths of the vaktbro.v1 API against the real server: the
// directory, paging, updates with etags, the shift and assignment lifecycles,
// the List filters, WatchShifts and the health service.
#include <unistd.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "google/protobuf/field_mask.pb.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "health_probe.h"
#include "server_process.h"
#include "shared_server.h"
#include "watch_log.h"

namespace vaktbro::testing {
namespace {

using ::google::protobuf::util::MessageDifferencer;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using ::testing::UnorderedElementsAreArray;
using Dir = v1::DirectoryService::Stub;
using Shifts = v1::ShiftService::Stub;

template <typename T>
std::vector<std::string> Names(const std::vector<T>& items) {
  std::vector<std::string> names;
  for (const T& item : items) names.push_back(item.name());
  return names;
}

// Pages through a List method two items at a time, checking every page.
template <typename Stub, typename Request, typename Response, typename Item>
std::vector<std::string> PageByTwo(
    Client& client,
    grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&,
                                 Response*),
    Request request,
    const google::protobuf::RepeatedPtrField<Item>& (Response::*items)()
        const) {
  std::vector<std::string> names;
  request.set_page_size(2);
  for (int page = 0; page < 10; ++page) {
    absl::StatusOr<Response> response = client.Call(method, request);
    EXPECT_TRUE(response.ok()) << response.status();
    if (!response.ok()) break;
    EXPECT_LE(((*response).*items)().size(), 2)
        << "page " << page << " exceeds page_size";
    for (const Item& item : ((*response).*items)())
      names.push_back(item.name());
    if (response->next_page_token().empty()) break;
    request.set_page_token(response->next_page_token());
  }
  return names;
}

class ApiTest : public SharedServerTest {
 protected:
  void SetUp() override {
    SharedServerTest::SetUp();
    if (HasFatalFailure()) return;
    client_ = std::make_unique<Client>(server_->Channel());
  }

  // An organisation with one unit and `n` nurses with MAIN positions there.
  void Staff(int n, v1::Organisation* org, v1::Unit* unit,
             std::vector<v1::Position>* positions) {
    absl::StatusOr<v1::Organisation> o = client_->AddOrganisation();
    ASSERT_TRUE(o.ok()) << o.status();
    absl::StatusOr<v1::Unit> u = client_->AddUnit(*o);
    ASSERT_TRUE(u.ok()) << u.status();
    for (int i = 0; i < n; ++i) {
      absl::StatusOr<v1::Person> person = client_->AddPerson(v1::NURSE);
      ASSERT_TRUE(person.ok()) << person.status();
      absl::StatusOr<v1::Position> position = client_->AddPosition(*person, *u);
      ASSERT_TRUE(position.ok()) << position.status();
      positions->push_back(*position);
    }
    *org = *o;
    *unit = *u;
  }

  absl::StatusOr<v1::Shift> Transition(
      grpc::Status (Shifts::*method)(grpc::ClientContext*,
                                     const v1::ShiftTransitionRequest&,
                                     v1::Shift*),
      const v1::Shift& shift) {
    return client_->Call(method, ShiftTransition(shift));
  }

  absl::StatusOr<v1::Assignment> Transition(
      grpc::Status (Shifts::*method)(grpc::ClientContext*,
                                     const v1::AssignmentTransitionRequest&,
                                     v1::Assignment*),
      const v1::Assignment& assignment) {
    return client_->Call(method, AssignmentRequest(assignment));
  }

  void ExpectShift(const std::string& name, v1::Shift::State state,
                   int filled) {
    absl::StatusOr<v1::Shift> shift = client_->GetShift(name);
    ASSERT_TRUE(shift.ok()) << shift.status();
    EXPECT_EQ(shift->state(), state) << v1::Shift::State_Name(shift->state());
    EXPECT_EQ(shift->filled_count(), filled);
  }

  std::unique_ptr<Client> client_;
};


TEST_F(ApiTest, HealthServiceAnswersServing) {
  absl::StatusOr<int> status = CheckHealth(server_->Channel(), /*service=*/"");
  ASSERT_TRUE(status.ok()) << status.status();
  EXPECT_EQ(*status, kHealthServing);
}

TEST_F(ApiTest, CreatesAndGetsTheDirectory) {
  v1::CreateOrganisationRequest org_request = OrganisationRequest();
  org_request.set_organisation_id("vestvik-kommune");
  absl::StatusOr<v1::Organisation> org =
      client_->Call(&Dir::CreateOrganisation, org_request);
  ASSERT_TRUE(org.ok()) << org.status();
  EXPECT_EQ(org->name(), "organisations/vestvik-kommune");
  EXPECT_EQ(org->display_name(), org_request.organisation().display_name());
  EXPECT_EQ(org->organisation_number(),
            org_request.organisation().organisation_number());
  EXPECT_EQ(org->kind(), v1::Organisation::MUNICIPALITY);
  EXPECT_GT(org->create_time().seconds(), 0);
  EXPECT_FALSE(org->etag().empty());

  v1::CreateOrganisationRequest again = OrganisationRequest();
  again.set_organisation_id("vestvik-kommune");
  EXPECT_EQ(client_->Call(&Dir::CreateOrganisation, again).status().code(),
            absl::StatusCode::kAlreadyExists);

  absl::StatusOr<v1::Organisation> picked = client_->AddOrganisation();
  ASSERT_TRUE(picked.ok()) << picked.status();
  EXPECT_THAT(picked->name(), ::testing::StartsWith("organisations/"));
  EXPECT_GT(picked->name().size(), std::string("organisations/").size());

  v1::GetRequest get;
  get.set_name(org->name());
  absl::StatusOr<v1::Organisation> got =
      client_->Call(&Dir::GetOrganisation, get);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *org))
      << got->ShortDebugString();

  absl::StatusOr<v1::Unit> unit = client_->AddUnit(*org);
  ASSERT_TRUE(unit.ok()) << unit.status();
  EXPECT_EQ(unit->organisation(), org->name());
  absl::StatusOr<v1::Person> person = client_->AddPerson(v1::SPECIALIST_NURSE);
  ASSERT_TRUE(person.ok()) << person.status();
  EXPECT_THAT(person->professions(), ElementsAre(v1::SPECIALIST_NURSE));
  absl::StatusOr<v1::Position> position = client_->AddPosition(*person, *unit);
  ASSERT_TRUE(position.ok()) << position.status();
  EXPECT_EQ(position->employer(), org->name());
  EXPECT_EQ(position->unit(), unit->name());
  EXPECT_EQ(position->person(), person->name());

  get.set_name(person->name());
  absl::StatusOr<v1::Person> got_person = client_->Call(&Dir::GetPerson, get);
  ASSERT_TRUE(got_person.ok()) << got_person.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got_person, *person));
  get.set_name("people/no-such-person");
  EXPECT_EQ(client_->Call(&Dir::GetPerson, get).status().code(),
            absl::StatusCode::kNotFound);
}

TEST_F(ApiTest, ListsReturnEveryItemExactlyOnceInPagesOfTwo) {
  const std::string region = absl::StrCat("Helsefellesskap Side ", getpid());
  std::vector<std::string> orgs, units, shifts, assignments, midwives;
  v1::Organisation first;
  for (int i = 0; i < 5; ++i) {
    v1::CreateOrganisationRequest request = OrganisationRequest();
    request.mutable_organisation()->set_region(region);
    absl::StatusOr<v1::Organisation> org =
        client_->Call(&Dir::CreateOrganisation, request);
    ASSERT_TRUE(org.ok()) << org.status();
    orgs.push_back(org->name());
    if (i == 0) first = *org;
  }
  std::vector<v1::Unit> unit_list;
  for (int i = 0; i < 5; ++i) {
    absl::StatusOr<v1::Unit> unit = client_->AddUnit(first);
    ASSERT_TRUE(unit.ok()) << unit.status();
    units.push_back(unit->name());
    unit_list.push_back(*unit);
  }
  const absl::Time base = WholeHourFromNow(24 * 200);
  v1::Shift big;
  for (int i = 0; i < 5; ++i) {
    absl::StatusOr<v1::Shift> shift =
        client_->AddShift(unit_list[0], {.start = base + absl::Hours(24 * i),
                                         .headcount = 5,
                                         .profession = v1::MIDWIFE});
    ASSERT_TRUE(shift.ok()) << shift.status();
    shifts.push_back(shift->name());
    if (i == 0) big = *shift;
  }
  for (int i = 0; i < 5; ++i) {
    absl::StatusOr<v1::Person> person = client_->AddPerson(v1::MIDWIFE);
    ASSERT_TRUE(person.ok()) << person.status();
    midwives.push_back(person->name());
    absl::StatusOr<v1::Position> position =
        client_->AddPosition(*person, unit_list[0]);
    ASSERT_TRUE(position.ok()) << position.status();
    absl::StatusOr<v1::Assignment> offer = client_->Offer(big, *position);
    ASSERT_TRUE(offer.ok()) << offer.status();
    assignments.push_back(offer->name());
  }

  v1::ListOrganisationsRequest by_region;
  by_region.set_region(region);
  EXPECT_THAT(PageByTwo(*client_, &Dir::ListOrganisations, by_region,
                        &v1::ListOrganisationsResponse::organisations),
              UnorderedElementsAreArray(orgs));
  v1::ListUnitsRequest by_org;
  by_org.set_organisation(first.name());
  EXPECT_THAT(PageByTwo(*client_, &Dir::ListUnits, by_org,
                        &v1::ListUnitsResponse::units),
              UnorderedElementsAreArray(units));
  v1::ListPeopleRequest by_profession;
  by_profession.set_profession(v1::MIDWIFE);
  EXPECT_THAT(PageByTwo(*client_, &Dir::ListPeople, by_profession,
                        &v1::ListPeopleResponse::people),
              UnorderedElementsAreArray(midwives));
  v1::ListShiftsRequest by_unit;
  by_unit.set_unit(unit_list[0].name());
  EXPECT_THAT(PageByTwo(*client_, &Shifts::ListShifts, by_unit,
                        &v1::ListShiftsResponse::shifts),
              UnorderedElementsAreArray(shifts));
  v1::ListAssignmentsRequest by_shift;
  by_shift.set_shift(big.name());
  EXPECT_THAT(PageByTwo(*client_, &Shifts::ListAssignments, by_shift,
                        &v1::ListAssignmentsResponse::assignments),
              UnorderedElementsAreArray(assignments));
}

TEST_F(ApiTest, UpdatesNeedTheCurrentEtagAndHonourTheMask) {
  absl::StatusOr<v1::Organisation> org = client_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();

  // With a mask only the named field changes.
  v1::UpdateOrganisationRequest masked;
  *masked.mutable_organisation() = *org;
  masked.mutable_organisation()->set_display_name("Nyvik kommune");
  masked.mutable_organisation()->set_region("Helsefellesskap Annet");
  masked.mutable_update_mask()->add_paths("display_name");
  masked.set_request_id(NewRequestId());
  absl::StatusOr<v1::Organisation> updated =
      client_->Call(&Dir::UpdateOrganisation, masked);
  ASSERT_TRUE(updated.ok()) << updated.status();
  EXPECT_EQ(updated->display_name(), "Nyvik kommune");
  EXPECT_EQ(updated->region(), org->region());
  EXPECT_NE(updated->etag(), org->etag());
  EXPECT_EQ(updated->create_time().seconds(), org->create_time().seconds());

  // The old etag is stale now.
  masked.set_request_id(NewRequestId());
  EXPECT_EQ(client_->Call(&Dir::UpdateOrganisation, masked).status().code(),
            absl::StatusCode::kAborted);

  // An empty mask writes every writable field.
  v1::UpdateOrganisationRequest full;
  *full.mutable_organisation() = *updated;
  full.mutable_organisation()->set_display_name("Sørvik kommune");
  full.mutable_organisation()->set_region("Helsefellesskap Sør");
  full.set_request_id(NewRequestId());
  absl::StatusOr<v1::Organisation> replaced =
      client_->Call(&Dir::UpdateOrganisation, full);
  ASSERT_TRUE(replaced.ok()) << replaced.status();
  EXPECT_EQ(replaced->display_name(), "Sørvik kommune");
  EXPECT_EQ(replaced->region(), "Helsefellesskap Sør");
  v1::GetRequest get;
  get.set_name(org->name());
  absl::StatusOr<v1::Organisation> got =
      client_->Call(&Dir::GetOrganisation, get);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*got, *replaced))
      << got->ShortDebugString();

  absl::StatusOr<v1::Unit> unit = client_->AddUnit(*replaced);
  ASSERT_TRUE(unit.ok()) << unit.status();
  v1::UpdateUnitRequest unit_update;
  *unit_update.mutable_unit() = *unit;
  unit_update.mutable_unit()->set_display_name("Akuttmottak");
  unit_update.set_request_id(NewRequestId());
  absl::StatusOr<v1::Unit> new_unit =
      client_->Call(&Dir::UpdateUnit, unit_update);
  ASSERT_TRUE(new_unit.ok()) << new_unit.status();
  EXPECT_EQ(new_unit->display_name(), "Akuttmottak");

  absl::StatusOr<v1::Person> person = client_->AddPerson(v1::NURSE);
  ASSERT_TRUE(person.ok()) << person.status();
  v1::UpdatePersonRequest person_update;
  *person_update.mutable_person() = *person;
  person_update.mutable_person()->set_phone("+47 911 11 111");
  person_update.mutable_person()->set_display_name("Ignored by the mask");
  person_update.mutable_update_mask()->add_paths("phone");
  person_update.set_request_id(NewRequestId());
  absl::StatusOr<v1::Person> new_person =
      client_->Call(&Dir::UpdatePerson, person_update);
  ASSERT_TRUE(new_person.ok()) << new_person.status();
  EXPECT_EQ(new_person->phone(), "+47 911 11 111");
  EXPECT_EQ(new_person->display_name(), person->display_name());

  absl::StatusOr<v1::Position> position =
      client_->AddPosition(*person, *new_unit);
  ASSERT_TRUE(position.ok()) << position.status();
  v1::UpdatePositionRequest position_update;
  *position_update.mutable_position() = *position;
  position_update.mutable_position()->set_percentage(50);
  position_update.set_request_id(NewRequestId());
  absl::StatusOr<v1::Position> new_position =
      client_->Call(&Dir::UpdatePosition, position_update);
  ASSERT_TRUE(new_position.ok()) << new_position.status();
  EXPECT_EQ(new_position->percentage(), 50);
  EXPECT_NE(new_position->etag(), position->etag());
}

TEST_F(ApiTest, AShiftFillsFreesAndIsCancelled) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(4, &org, &unit, &nurses));
  const absl::Time start = WholeHourFromNow(24 * 3);
  absl::StatusOr<v1::Shift> shift =
      client_->AddShift(unit, {.start = start, .headcount = 2});
  ASSERT_TRUE(shift.ok()) << shift.status();
  EXPECT_EQ(shift->state(), v1::Shift::OPEN);
  EXPECT_EQ(shift->filled_count(), 0);
  EXPECT_EQ(shift->unit(), unit.name());
  EXPECT_EQ(shift->organisation(), org.name());
  EXPECT_EQ(FromTimestamp(shift->start_time()), start);
  EXPECT_EQ(FromTimestamp(shift->end_time()), start + absl::Hours(8));

  absl::StatusOr<v1::Assignment> a = client_->Offer(*shift, nurses[0]);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->state(), v1::Assignment::OFFERED);
  EXPECT_EQ(a->shift(), shift->name());
  EXPECT_EQ(a->person(), nurses[0].person());
  EXPECT_EQ(a->position(), nurses[0].name());
  EXPECT_EQ(a->employer(), org.name());
  EXPECT_EQ(FromTimestamp(a->start_time()), start);
  EXPECT_EQ(FromTimestamp(a->end_time()), start + absl::Hours(8));
  absl::StatusOr<v1::Assignment> a_accepted = client_->Accept(*a);
  ASSERT_TRUE(a_accepted.ok()) << a_accepted.status();
  EXPECT_EQ(a_accepted->state(), v1::Assignment::ACCEPTED);
  ExpectShift(shift->name(), v1::Shift::PARTLY_FILLED, 1);

  absl::StatusOr<v1::Assignment> b = client_->Offer(*shift, nurses[1]);
  ASSERT_TRUE(b.ok()) << b.status();
  absl::StatusOr<v1::Assignment> b_declined =
      Transition(&Shifts::DeclineOffer, *b);
  ASSERT_TRUE(b_declined.ok()) << b_declined.status();
  EXPECT_EQ(b_declined->state(), v1::Assignment::DECLINED);
  ExpectShift(shift->name(), v1::Shift::PARTLY_FILLED, 1);

  absl::StatusOr<v1::Assignment> c = client_->Offer(*shift, nurses[2]);
  ASSERT_TRUE(c.ok()) << c.status();
  ASSERT_TRUE(client_->Accept(*c).ok());
  ExpectShift(shift->name(), v1::Shift::FILLED, 2);
  EXPECT_EQ(client_->Offer(*shift, nurses[3]).status().code(),
            absl::StatusCode::kFailedPrecondition);

  absl::StatusOr<v1::Assignment> a_withdrawn =
      Transition(&Shifts::WithdrawAssignment, *a_accepted);
  ASSERT_TRUE(a_withdrawn.ok()) << a_withdrawn.status();
  EXPECT_EQ(a_withdrawn->state(), v1::Assignment::WITHDRAWN);
  ExpectShift(shift->name(), v1::Shift::PARTLY_FILLED, 1);

  absl::StatusOr<v1::Assignment> d = client_->Assign(*shift, nurses[3]);
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(d->state(), v1::Assignment::ACCEPTED);
  ExpectShift(shift->name(), v1::Shift::FILLED, 2);
  absl::StatusOr<v1::Assignment> d_got = client_->GetAssignment(d->name());
  ASSERT_TRUE(d_got.ok()) << d_got.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*d_got, *d))
      << d_got->ShortDebugString();

  absl::StatusOr<v1::Shift> current = client_->GetShift(shift->name());
  ASSERT_TRUE(current.ok()) << current.status();
  absl::StatusOr<v1::Shift> cancelled =
      Transition(&Shifts::CancelShift, *current);
  ASSERT_TRUE(cancelled.ok()) << cancelled.status();
  EXPECT_EQ(cancelled->state(), v1::Shift::CANCELLED);
  ExpectShift(shift->name(), v1::Shift::CANCELLED, 0);
  absl::StatusOr<std::vector<v1::Assignment>> all =
      client_->ListAssignments(shift->name(), {});
  ASSERT_TRUE(all.ok()) << all.status();
  for (const v1::Assignment& x : *all) {
    const v1::Assignment::State want = x.name() == b->name()
                                           ? v1::Assignment::DECLINED
                                           : v1::Assignment::WITHDRAWN;
    EXPECT_EQ(x.state(), want) << x.ShortDebugString();
  }
  EXPECT_THAT(*all, SizeIs(4));
  EXPECT_EQ(client_->Offer(*shift, nurses[1]).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST_F(ApiTest, OverlapIsRefusedButBackToBackIsFine) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(1, &org, &unit, &nurses));
  const absl::Time start = WholeHourFromNow(24 * 4);
  absl::StatusOr<v1::Shift> day = client_->AddShift(unit, {.start = start});
  // Short enough that the day and the evening together keep the 13-hour
  // limit of one working day (aml §10-6 (8)).
  absl::StatusOr<v1::Shift> evening = client_->AddShift(
      unit, {.start = start + absl::Hours(8), .length = absl::Hours(4)});
  absl::StatusOr<v1::Shift> overlapping = client_->AddShift(
      unit, {.start = start + absl::Hours(7) + absl::Minutes(59)});
  ASSERT_TRUE(day.ok() && evening.ok() && overlapping.ok());
  absl::StatusOr<v1::Assignment> booked = client_->Assign(*day, nurses[0]);
  ASSERT_TRUE(booked.ok()) << booked.status();
  EXPECT_TRUE(client_->Assign(*evening, nurses[0]).ok())
      << "back-to-back shifts do not overlap";

  absl::StatusOr<v1::Assignment> refused =
      client_->Assign(*overlapping, nurses[0]);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition)
      << refused.status();
  // Once both are withdrawn, the person is free for the overlapping one.
  absl::StatusOr<v1::Assignment> withdrawn =
      Transition(&Shifts::WithdrawAssignment, *booked);
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.status();
  absl::StatusOr<std::vector<v1::Assignment>> evening_booked =
      client_->ListAssignments(evening->name(), {v1::Assignment::ACCEPTED});
  ASSERT_TRUE(evening_booked.ok()) << evening_booked.status();
  ASSERT_THAT(*evening_booked, SizeIs(1));
  ASSERT_TRUE(
      Transition(&Shifts::WithdrawAssignment, (*evening_booked)[0]).ok());
  EXPECT_TRUE(client_->Assign(*overlapping, nurses[0]).ok());
}

TEST_F(ApiTest, DraftsArePublishedBeforeTheyAreOffered) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(1, &org, &unit, &nurses));
  v1::PostShiftRequest request =
      ShiftRequest(unit, {.start = WholeHourFromNow(24 * 5)});
  request.set_draft(true);
  absl::StatusOr<v1::Shift> draft = client_->Call(&Shifts::PostShift, request);
  ASSERT_TRUE(draft.ok()) << draft.status();
  EXPECT_EQ(draft->state(), v1::Shift::DRAFT);
  EXPECT_EQ(client_->Offer(*draft, nurses[0]).status().code(),
            absl::StatusCode::kFailedPrecondition);
  absl::StatusOr<v1::Shift> published =
      Transition(&Shifts::PublishShift, *draft);
  ASSERT_TRUE(published.ok()) << published.status();
  EXPECT_EQ(published->state(), v1::Shift::OPEN);
  EXPECT_TRUE(client_->Offer(*published, nurses[0]).ok());
}

TEST_F(ApiTest, CompletingAShiftMarksItsAssignmentsWorked) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(1, &org, &unit, &nurses));
  absl::StatusOr<v1::Shift> shift =
      client_->AddShift(unit, {.start = WholeHourFromNow(-30)});
  ASSERT_TRUE(shift.ok()) << shift.status();
  absl::StatusOr<v1::Assignment> assigned = client_->Assign(*shift, nurses[0]);
  ASSERT_TRUE(assigned.ok()) << assigned.status();
  absl::StatusOr<v1::Shift> current = client_->GetShift(shift->name());
  ASSERT_TRUE(current.ok()) << current.status();
  absl::StatusOr<v1::Shift> completed =
      Transition(&Shifts::CompleteShift, *current);
  ASSERT_TRUE(completed.ok()) << completed.status();
  EXPECT_EQ(completed->state(), v1::Shift::COMPLETED);
  absl::StatusOr<v1::Assignment> worked =
      client_->GetAssignment(assigned->name());
  ASSERT_TRUE(worked.ok()) << worked.status();
  EXPECT_EQ(worked->state(), v1::Assignment::WORKED);
}

TEST_F(ApiTest, ListShiftsFilters) {
  absl::StatusOr<v1::Organisation> org = client_->AddOrganisation();
  ASSERT_TRUE(org.ok()) << org.status();
  absl::StatusOr<v1::Unit> u1 = client_->AddUnit(*org);
  absl::StatusOr<v1::Unit> u2 = client_->AddUnit(*org);
  ASSERT_TRUE(u1.ok() && u2.ok());
  const absl::Time t = WholeHourFromNow(24 * 300);
  absl::StatusOr<v1::Shift> s1 = client_->AddShift(*u1, {.start = t});
  absl::StatusOr<v1::Shift> s2 = client_->AddShift(
      *u1, {.start = t + absl::Hours(24), .profession = v1::PHYSICIAN});
  absl::StatusOr<v1::Shift> s3 =
      client_->AddShift(*u2, {.start = t + absl::Hours(48)});
  absl::StatusOr<v1::Shift> s4 = client_->AddShift(
      *u2, {.start = t + absl::Hours(72), .profession = v1::HEALTH_WORKER});
  ASSERT_TRUE(s1.ok() && s2.ok() && s3.ok() && s4.ok());
  ASSERT_TRUE(Transition(&Shifts::CancelShift, *s2).ok());

  auto list = [&](const std::function<void(v1::ListShiftsRequest&)>& filter) {
    v1::ListShiftsRequest request;
    filter(request);
    absl::StatusOr<std::vector<v1::Shift>> shifts =
        client_->ListShifts(request);
    EXPECT_TRUE(shifts.ok()) << shifts.status();
    return shifts.ok() ? Names(*shifts) : std::vector<std::string>{};
  };
  const std::string o = org->name();
  EXPECT_THAT(
      list([&](auto& r) { r.set_organisation(o); }),
      UnorderedElementsAreArray(Names(std::vector{*s1, *s2, *s3, *s4})));
  EXPECT_THAT(list([&](auto& r) { r.set_unit(u1->name()); }),
              UnorderedElementsAreArray(Names(std::vector{*s1, *s2})));
  EXPECT_THAT(list([&](auto& r) {
                r.set_organisation(o);
                r.add_states(v1::Shift::CANCELLED);
              }),
              ElementsAre(s2->name()));
  EXPECT_THAT(list([&](auto& r) {
                r.set_organisation(o);
                r.add_states(v1::Shift::OPEN);
              }),
              UnorderedElementsAreArray(Names(std::vector{*s1, *s3, *s4})));
  EXPECT_THAT(list([&](auto& r) {
                r.set_organisation(o);
                *r.mutable_start_time_from() =
                    ToTimestamp(t + absl::Hours(24));  // inclusive
                *r.mutable_start_time_to() =
                    ToTimestamp(t + absl::Hours(72));  // exclusive
              }),
              UnorderedElementsAreArray(Names(std::vector{*s2, *s3})));
  EXPECT_THAT(list([&](auto& r) {
                r.set_organisation(o);
                r.set_profession(v1::NURSE);
              }),
              UnorderedElementsAreArray(Names(std::vector{*s1, *s3})));
  EXPECT_THAT(list([&](auto& r) {
                r.set_unit(u2->name());
                r.set_profession(v1::NURSE);
              }),
              ElementsAre(s3->name()));
}

TEST_F(ApiTest, ListAssignmentsByPersonAndByShift) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(2, &org, &unit, &nurses));
  const absl::Time t = WholeHourFromNow(24 * 320);
  std::vector<v1::Shift> shifts;
  for (int i = 0; i < 3; ++i) {
    absl::StatusOr<v1::Shift> s = client_->AddShift(
        unit, {.start = t + absl::Hours(24 * i), .headcount = 2});
    ASSERT_TRUE(s.ok()) << s.status();
    shifts.push_back(*s);
  }
  absl::StatusOr<v1::Assignment> offered = client_->Offer(shifts[0], nurses[0]);
  absl::StatusOr<v1::Assignment> accepted =
      client_->Assign(shifts[1], nurses[0]);
  absl::StatusOr<v1::Assignment> to_decline =
      client_->Offer(shifts[2], nurses[0]);
  absl::StatusOr<v1::Assignment> other = client_->Assign(shifts[0], nurses[1]);
  ASSERT_TRUE(offered.ok() && accepted.ok() && to_decline.ok() && other.ok());
  ASSERT_TRUE(Transition(&Shifts::DeclineOffer, *to_decline).ok());

  absl::StatusOr<std::vector<v1::Assignment>> of_person =
      client_->ListAssignments(nurses[0].person(), {});
  ASSERT_TRUE(of_person.ok()) << of_person.status();
  EXPECT_THAT(Names(*of_person), UnorderedElementsAreArray(Names(std::vector{
                                     *offered, *accepted, *to_decline})));
  absl::StatusOr<std::vector<v1::Assignment>> accepted_only =
      client_->ListAssignments(nurses[0].person(), {v1::Assignment::ACCEPTED});
  ASSERT_TRUE(accepted_only.ok()) << accepted_only.status();
  EXPECT_THAT(Names(*accepted_only), ElementsAre(accepted->name()));
  absl::StatusOr<std::vector<v1::Assignment>> of_shift =
      client_->ListAssignments(shifts[0].name(), {});
  ASSERT_TRUE(of_shift.ok()) << of_shift.status();
  EXPECT_THAT(Names(*of_shift),
              UnorderedElementsAreArray(Names(std::vector{*offered, *other})));

  EXPECT_EQ(
      client_->Call(&Shifts::ListAssignments, v1::ListAssignmentsRequest())
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument)
      << "neither person nor shift";
}

TEST_F(ApiTest, RetriedMutationReturnsTheFirstReply) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(1, &org, &unit, &nurses));
  const v1::PostShiftRequest post =
      ShiftRequest(unit, {.start = WholeHourFromNow(24 * 6)});
  absl::StatusOr<v1::Shift> first = client_->Call(&Shifts::PostShift, post);
  absl::StatusOr<v1::Shift> second = client_->Call(&Shifts::PostShift, post);
  ASSERT_TRUE(first.ok() && second.ok())
      << first.status() << " " << second.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*first, *second))
      << second->ShortDebugString();
  const v1::OfferShiftRequest offer =
      OfferRequest(first->name(), nurses[0].person(), nurses[0].name());
  absl::StatusOr<v1::Assignment> a1 = client_->Call(&Shifts::OfferShift, offer);
  absl::StatusOr<v1::Assignment> a2 = client_->Call(&Shifts::OfferShift, offer);
  ASSERT_TRUE(a1.ok() && a2.ok()) << a1.status() << " " << a2.status();
  EXPECT_EQ(a1->name(), a2->name());
  v1::ListShiftsRequest by_unit;
  by_unit.set_unit(unit.name());
  absl::StatusOr<std::vector<v1::Shift>> shifts = client_->ListShifts(by_unit);
  ASSERT_TRUE(shifts.ok()) << shifts.status();
  EXPECT_THAT(*shifts, SizeIs(1));
}

TEST_F(ApiTest, WatchShiftsStreamsPostsAndChanges) {
  v1::Organisation org;
  v1::Unit unit;
  std::vector<v1::Position> nurses;
  ASSERT_NO_FATAL_FAILURE(Staff(1, &org, &unit, &nurses));
  WatchLog watch(*server_, unit.name());
  // The stream only carries changes after it is set up; post probes until it
  // shows one, so the events below cannot be missed.
  ASSERT_TRUE(watch.WaitUntilLive([&](int i) {
    return client_
        ->AddShift(unit,
                   {.start = WholeHourFromNow(24 * 400 + i), .title = "Probe"})
        .status();
  }));

  const int mark = watch.size();
  absl::StatusOr<v1::Shift> shift =
      client_->AddShift(unit, {.start = WholeHourFromNow(24 * 410)});
  ASSERT_TRUE(shift.ok()) << shift.status();
  const int posted =
      watch.WaitFor(mark, absl::Seconds(10), [&](const v1::ShiftEvent& e) {
        return e.kind() == v1::ShiftEvent::POSTED &&
               e.shift().name() == shift->name();
      });
  ASSERT_GE(posted, 0) << "no POSTED event for " << shift->name();

  absl::StatusOr<v1::Assignment> offer = client_->Offer(*shift, nurses[0]);
  ASSERT_TRUE(offer.ok()) << offer.status();
  ASSERT_TRUE(client_->Accept(*offer).ok());
  const int changed = watch.WaitFor(
      posted + 1, absl::Seconds(10), [&](const v1::ShiftEvent& e) {
        return e.kind() == v1::ShiftEvent::CHANGED &&
               e.shift().name() == shift->name() &&
               e.shift().filled_count() == 1;
      });
  EXPECT_GE(changed, 0)
      << "no CHANGED event with filled_count 1 after the accept";
  for (const v1::ShiftEvent& e : watch.Events()) {
    EXPECT_EQ(e.shift().unit(), unit.name())
        << "the unit filter let through " << e.ShortDebugString();
  }
}

}  // namespace
}  // namespace vaktbro::testing
