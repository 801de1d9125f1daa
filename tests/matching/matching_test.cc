// The matching engine over the real API: the rules at booking time, the
// candidates of a shift and why others are not, consent, the planned rota,
// proposals for many shifts, and the cascade. One real vaktbro-server with a
// fresh store; each test builds its own organisations, so tests do not see
// each other's people.
#include <algorithm>
#include <set>

#include "absl/time/civil_time.h"
#include "fixtures.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "server_process.h"

namespace vaktbro::testing {
namespace {

using ::testing::HasSubstr;

const absl::TimeZone& Oslo() {
  static const absl::TimeZone tz = [] {
    absl::TimeZone z;
    absl::LoadTimeZone("Europe/Oslo", &z);
    return z;
  }();
  return tz;
}

// A Monday two to three weeks ahead, so every shift is in the future.
absl::CivilDay BaseMonday() {
  absl::CivilDay d = absl::ToCivilDay(absl::Now(), Oslo()) + 14;
  while (absl::GetWeekday(d) != absl::Weekday::monday) ++d;
  return d;
}

absl::Time At(absl::CivilDay day, int hour, int minute = 0) {
  return absl::FromCivil(absl::CivilMinute(day.year(), day.month(), day.day(), hour, minute), Oslo());
}

class MatchingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<std::unique_ptr<ServerProcess>> server =
        ServerProcess::Start({.extra_args = {"--cascade-tick-seconds", "1"}});
    ASSERT_TRUE(server.ok()) << server.status();
    server_ = server->release();
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(server_, nullptr);
    client_ = std::make_unique<Client>(server_->Channel());
  }

  // An organisation of `kind` with one unit.
  struct Employer {
    v1::Organisation org;
    v1::Unit unit;
  };
  Employer AddEmployer(v1::Organisation::Kind kind = v1::Organisation::MUNICIPALITY) {
    v1::CreateOrganisationRequest r = OrganisationRequest();
    r.mutable_organisation()->set_kind(kind);
    absl::StatusOr<v1::Organisation> org =
        client_->Call(&v1::DirectoryService::Stub::CreateOrganisation, r);
    EXPECT_TRUE(org.ok()) << org.status();
    absl::StatusOr<v1::Unit> unit = client_->AddUnit(*org);
    EXPECT_TRUE(unit.ok()) << unit.status();
    return {*org, *unit};
  }
  v1::Unit AddUnit(const v1::Organisation& org) {
    absl::StatusOr<v1::Unit> unit = client_->AddUnit(org);
    EXPECT_TRUE(unit.ok()) << unit.status();
    return *unit;
  }
  v1::Person AddPerson(v1::Profession p = v1::NURSE, int birth_year = 1985) {
    v1::CreatePersonRequest r = PersonRequest(p);
    r.mutable_person()->set_birth_year(birth_year);
    absl::StatusOr<v1::Person> person = client_->Call(&v1::DirectoryService::Stub::CreatePerson, r);
    EXPECT_TRUE(person.ok()) << person.status();
    return *person;
  }
  v1::Position AddPosition(const v1::Person& person, const v1::Unit& unit,
                           v1::Position::Kind kind = v1::Position::MAIN) {
    absl::StatusOr<v1::Position> p = client_->AddPosition(person, unit, kind);
    EXPECT_TRUE(p.ok()) << p.status();
    return *p;
  }
  v1::Shift AddShift(const v1::Unit& unit, absl::Time start, absl::Duration length, int headcount = 1,
                     v1::Profession profession = v1::NURSE, std::string title = "Vakt") {
    v1::PostShiftRequest r = ShiftRequest(unit, {.start = start, .length = length, .headcount = headcount,
                                                 .profession = profession, .title = title});
    r.mutable_shift()->set_visibility(v1::Shift::REGION);
    absl::StatusOr<v1::Shift> s = client_->Call(&v1::ShiftService::Stub::PostShift, r);
    EXPECT_TRUE(s.ok()) << s.status();
    return *s;
  }
  void Partner(const v1::Organisation& a, const v1::Organisation& b) {
    v1::CreatePartnershipRequest r;
    r.mutable_partnership()->add_organisations(a.name());
    r.mutable_partnership()->add_organisations(b.name());
    r.mutable_partnership()->mutable_start_date()->set_year(2020);
    r.mutable_partnership()->mutable_start_date()->set_month(1);
    r.mutable_partnership()->mutable_start_date()->set_day(1);
    r.set_request_id(NewRequestId());
    absl::StatusOr<v1::Partnership> p = client_->Call(&v1::DirectoryService::Stub::CreatePartnership, r);
    ASSERT_TRUE(p.ok()) << p.status();
  }
  absl::StatusOr<v1::Person> SetConsent(const v1::Person& person, bool consent) {
    v1::SetConsentRequest r;
    r.set_person(person.name());
    r.set_consent(consent);
    r.set_request_id(NewRequestId());
    return client_->Call(&v1::MatchingService::Stub::SetConsent, r);
  }
  absl::StatusOr<v1::Candidate> Evaluate(const v1::Shift& shift, const v1::Person& person) {
    v1::EvaluateCandidateRequest r;
    r.set_shift(shift.name());
    r.set_person(person.name());
    return client_->Call(&v1::MatchingService::Stub::EvaluateCandidate, r);
  }
  absl::StatusOr<v1::FindCandidatesResponse> Find(const v1::Shift& shift) {
    v1::FindCandidatesRequest r;
    r.set_shift(shift.name());
    r.set_include_ineligible(true);
    return client_->Call(&v1::MatchingService::Stub::FindCandidates, r);
  }
  static const v1::Finding* FindingOf(const v1::Candidate& c, const std::string& rule) {
    for (const v1::Finding& f : c.findings()) {
      if (f.rule() == rule) return &f;
    }
    return nullptr;
  }

  static inline ServerProcess* server_ = nullptr;
  std::unique_ptr<Client> client_;
};

// 21:00-07:00 at the host, then 17:00 the same day: 10 h of rest, one hour
// short. At the host alone it is the host's own limit: refused at booking.
TEST_F(MatchingTest, RestBelowElevenHoursAtTheHostIsRefusedWhenBooking) {
  Employer e = AddEmployer();
  v1::Person p = AddPerson();
  v1::Position pos = AddPosition(p, e.unit);
  const absl::CivilDay d = BaseMonday();
  v1::Shift night = AddShift(e.unit, At(d, 21), absl::Hours(10), 1, v1::NURSE, "Natt");
  ASSERT_TRUE(client_->Assign(night, pos).ok());
  v1::Shift evening = AddShift(e.unit, At(d + 1, 17), absl::Hours(6), 1, v1::NURSE, "Kveld");

  absl::StatusOr<v1::Candidate> c = Evaluate(evening, p);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_FALSE(c->eligible());
  const v1::Finding* rest = FindingOf(*c, "daily_rest");
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(rest->severity(), v1::Finding::BLOCK);
  EXPECT_DOUBLE_EQ(rest->actual(), 10);
  EXPECT_DOUBLE_EQ(rest->limit(), 11);
  EXPECT_THAT(rest->message_en(), HasSubstr("Natt"));
  EXPECT_FALSE(rest->message_nb().empty());

  absl::StatusOr<v1::Assignment> refused = client_->Assign(evening, pos);
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(refused.status().message()), HasSubstr("rest"));
  absl::StatusOr<v1::Shift> after = client_->GetShift(evening.name());
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->filled_count(), 0);

  // Exactly 11 h of rest is allowed.
  v1::Shift later = AddShift(e.unit, At(d + 1, 18), absl::Hours(5), 1, v1::NURSE, "Kveld sen");
  absl::StatusOr<v1::Candidate> ok = Evaluate(later, p);
  ASSERT_TRUE(ok.ok()) << ok.status();
  EXPECT_EQ(FindingOf(*ok, "daily_rest"), nullptr);
  EXPECT_TRUE(client_->Assign(later, pos).ok());
}

// The same short rest across two employers breaks only the sum: with the
// person's consent it is a warning, without it the other employer's shift is
// not looked at (and a note says so). Either way the booking goes through.
TEST_F(MatchingTest, RestAcrossEmployersWarnsWithConsentAndIsUncheckedWithout) {
  Employer hospital = AddEmployer(v1::Organisation::HOSPITAL_TRUST);
  Employer town = AddEmployer();
  Partner(hospital.org, town.org);
  v1::Person p = AddPerson();
  v1::Position hus = AddPosition(p, hospital.unit, v1::Position::MAIN);
  v1::Position hytte = AddPosition(p, town.unit, v1::Position::SECONDARY);
  const absl::CivilDay d = BaseMonday() + 1;
  v1::Shift night = AddShift(hospital.unit, At(d, 21), absl::Hours(10), 1, v1::NURSE, "Natt, Medisin");
  ASSERT_TRUE(client_->Assign(night, hus).ok());
  v1::Shift day = AddShift(town.unit, At(d + 1, 15), absl::Hours(7), 1, v1::NURSE, "Kveld, sykehjem");

  absl::StatusOr<v1::Candidate> without = Evaluate(day, p);
  ASSERT_TRUE(without.ok()) << without.status();
  EXPECT_TRUE(without->eligible());
  EXPECT_EQ(FindingOf(*without, "daily_rest"), nullptr);
  const v1::Finding* note = FindingOf(*without, "consent");
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->severity(), v1::Finding::INFO);

  absl::StatusOr<v1::Person> consented = SetConsent(p, true);
  ASSERT_TRUE(consented.ok()) << consented.status();
  EXPECT_TRUE(consented->has_cross_employer_consent_time());
  absl::StatusOr<v1::Candidate> with = Evaluate(day, p);
  ASSERT_TRUE(with.ok()) << with.status();
  EXPECT_TRUE(with->eligible());
  const v1::Finding* rest = FindingOf(*with, "daily_rest");
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(rest->severity(), v1::Finding::WARN);
  EXPECT_DOUBLE_EQ(rest->actual(), 8);
  EXPECT_THAT(rest->message_en(), HasSubstr("Natt, Medisin"));

  absl::StatusOr<v1::Assignment> booked = client_->Assign(day, hytte);
  EXPECT_TRUE(booked.ok()) << booked.status();

  // Withdrawn consent is recorded as such.
  absl::StatusOr<v1::Person> withdrawn = SetConsent(p, false);
  ASSERT_TRUE(withdrawn.ok());
  EXPECT_FALSE(withdrawn->has_cross_employer_consent_time());
}

TEST_F(MatchingTest, ConsentCannotBeSetThroughThePersonResource) {
  v1::CreatePersonRequest r = PersonRequest(v1::NURSE);
  r.mutable_person()->mutable_cross_employer_consent_time()->set_seconds(1);
  absl::StatusOr<v1::Person> created = client_->Call(&v1::DirectoryService::Stub::CreatePerson, r);
  EXPECT_EQ(created.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(created.status().message()), HasSubstr("person.cross_employer_consent_time"));

  v1::Person p = AddPerson();
  v1::UpdatePersonRequest u;
  *u.mutable_person() = p;
  u.mutable_person()->mutable_cross_employer_consent_time()->set_seconds(1);
  u.mutable_update_mask()->add_paths("cross_employer_consent_time");
  u.set_request_id(NewRequestId());
  absl::StatusOr<v1::Person> updated = client_->Call(&v1::DirectoryService::Stub::UpdatePerson, u);
  EXPECT_EQ(updated.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(updated.status().message()), HasSubstr("update_mask"));
}

// The planned rota counts like booked shifts.
TEST_F(MatchingTest, PlannedRotaBlocksAShiftThatBreaksTheRest) {
  Employer e = AddEmployer();
  v1::Person p = AddPerson();
  v1::Position pos = AddPosition(p, e.unit);
  const absl::CivilDay d = BaseMonday() + 2;
  v1::ImportPlannedShiftsRequest r;
  r.set_position(pos.name());
  *r.mutable_start_time() = ToTimestamp(At(d, 0));
  *r.mutable_end_time() = ToTimestamp(At(d + 7, 0));
  v1::PlannedShift* planned = r.add_shifts();
  *planned->mutable_start_time() = ToTimestamp(At(d, 7));
  *planned->mutable_end_time() = ToTimestamp(At(d, 15));
  planned->set_label("Dag, turnus");
  r.set_request_id(NewRequestId());
  absl::StatusOr<v1::ImportPlannedShiftsResponse> imported =
      client_->Call(&v1::MatchingService::Stub::ImportPlannedShifts, r);
  ASSERT_TRUE(imported.ok()) << imported.status();
  EXPECT_EQ(imported->imported(), 1);

  v1::Shift evening = AddShift(e.unit, At(d, 20), absl::Hours(8));
  absl::StatusOr<v1::Candidate> c = Evaluate(evening, p);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_FALSE(c->eligible());
  const v1::Finding* rest = FindingOf(*c, "daily_rest");
  ASSERT_NE(rest, nullptr);
  EXPECT_THAT(rest->message_en(), HasSubstr("Dag, turnus"));
  EXPECT_EQ(client_->Assign(evening, pos).status().code(), absl::StatusCode::kFailedPrecondition);

  // Re-importing the week without the shift frees the person.
  v1::ImportPlannedShiftsRequest again = r;
  again.clear_shifts();
  again.set_request_id(NewRequestId());
  absl::StatusOr<v1::ImportPlannedShiftsResponse> replaced =
      client_->Call(&v1::MatchingService::Stub::ImportPlannedShifts, again);
  ASSERT_TRUE(replaced.ok()) << replaced.status();
  EXPECT_EQ(replaced->removed(), 1);
  EXPECT_TRUE(client_->Assign(evening, pos).ok());
}

TEST_F(MatchingTest, BadPlannedShiftsNameTheFieldAndChangeNothing) {
  Employer e = AddEmployer();
  v1::Person p = AddPerson();
  v1::Position pos = AddPosition(p, e.unit);
  const absl::CivilDay d = BaseMonday() + 3;
  v1::ImportPlannedShiftsRequest r;
  r.set_position(pos.name());
  *r.mutable_start_time() = ToTimestamp(At(d, 0));
  *r.mutable_end_time() = ToTimestamp(At(d + 1, 0));
  v1::PlannedShift* s = r.add_shifts();
  *s->mutable_start_time() = ToTimestamp(At(d, 15));
  *s->mutable_end_time() = ToTimestamp(At(d, 7));
  r.set_request_id(NewRequestId());
  absl::StatusOr<v1::ImportPlannedShiftsResponse> bad =
      client_->Call(&v1::MatchingService::Stub::ImportPlannedShifts, r);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr("shifts[0].end_time"));

  v1::ListPlannedShiftsRequest list;
  list.set_person(p.name());
  absl::StatusOr<v1::ListPlannedShiftsResponse> listed =
      client_->Call(&v1::MatchingService::Stub::ListPlannedShifts, list);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->planned_shifts_size(), 0);
}

// Own unit before the pool before partner staff; the wrong profession and an
// expired competence are in the why-not list with their findings.
TEST_F(MatchingTest, CandidatesAreRankedByTierAndIneligibleOnesSayWhy) {
  Employer host = AddEmployer();
  v1::Unit other_unit = AddUnit(host.org);
  Employer partner = AddEmployer();
  Partner(host.org, partner.org);
  v1::Person own = AddPerson();
  AddPosition(own, host.unit);
  v1::Person pool = AddPerson();
  AddPosition(pool, other_unit);
  v1::Person far = AddPerson();
  AddPosition(far, partner.unit);
  v1::Person helper = AddPerson(v1::CARE_ASSISTANT);
  AddPosition(helper, host.unit);
  v1::Shift shift = AddShift(host.unit, At(BaseMonday() + 4, 7), absl::Hours(8));

  absl::StatusOr<v1::FindCandidatesResponse> found = Find(shift);
  ASSERT_TRUE(found.ok()) << found.status();
  std::vector<std::string> order;
  for (const v1::Candidate& c : found->candidates()) {
    if (c.person() == own.name() || c.person() == pool.name() || c.person() == far.name()) order.push_back(c.person());
  }
  EXPECT_EQ(order, (std::vector<std::string>{own.name(), pool.name(), far.name()}));
  for (const v1::Candidate& c : found->candidates()) {
    double sum = 0;
    for (const v1::ScorePart& part : c.score_parts()) sum += part.points();
    EXPECT_NEAR(sum, c.score(), 0.5) << c.person();
    EXPECT_GT(c.estimated_cost_nok(), 0);
  }
  bool saw_helper = false;
  for (const v1::Candidate& c : found->ineligible()) {
    if (c.person() != helper.name()) continue;
    saw_helper = true;
    EXPECT_FALSE(c.eligible());
    EXPECT_NE(FindingOf(c, "profession_missing"), nullptr);
  }
  EXPECT_TRUE(saw_helper);
}

TEST_F(MatchingTest, UnknownShiftIsNotFoundAndMalformedNameIsInvalid) {
  v1::FindCandidatesRequest r;
  r.set_shift("shifts/does-not-exist");
  EXPECT_EQ(client_->Call(&v1::MatchingService::Stub::FindCandidates, r).status().code(),
            absl::StatusCode::kNotFound);
  r.set_shift("nonsense");
  absl::StatusOr<v1::FindCandidatesResponse> bad = client_->Call(&v1::MatchingService::Stub::FindCandidates, r);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(bad.status().message()), HasSubstr("shift"));
}

// Two shifts 8 h apart and one nurse who could take either, plus a second
// nurse: the proposal fills both, never both with the same person; accepted,
// the shifts are filled; accepted again, nothing is booked twice.
TEST_F(MatchingTest, ProposalFillsShiftsWithoutBreakingRestBetweenNewAssignments) {
  Employer e = AddEmployer();
  v1::Person a = AddPerson();
  AddPosition(a, e.unit);
  v1::Person b = AddPerson();
  AddPosition(b, e.unit);
  const absl::CivilDay d = BaseMonday() + 7;
  v1::Shift first = AddShift(e.unit, At(d, 7), absl::Hours(8), 1, v1::NURSE, "Dag");
  v1::Shift second = AddShift(e.unit, At(d, 23), absl::Hours(8), 1, v1::NURSE, "Natt");

  v1::ProposeAssignmentsRequest r;
  r.set_unit(e.unit.name());
  *r.mutable_start_time() = ToTimestamp(At(d, 0));
  *r.mutable_end_time() = ToTimestamp(At(d + 1, 0));
  r.set_time_limit_seconds(2);
  r.set_request_id(NewRequestId());
  absl::StatusOr<v1::Proposal> proposal = client_->Call(&v1::MatchingService::Stub::ProposeAssignments, r, 60);
  ASSERT_TRUE(proposal.ok()) << proposal.status();
  EXPECT_EQ(proposal->open_places(), 2);
  ASSERT_EQ(proposal->items_size(), 2) << proposal->solver_summary();
  EXPECT_NE(proposal->items(0).person(), proposal->items(1).person());
  EXPECT_GT(proposal->total_cost_nok(), 0);

  v1::AcceptProposalRequest accept;
  accept.set_proposal(proposal->name());
  accept.set_request_id(NewRequestId());
  absl::StatusOr<v1::AcceptProposalResponse> accepted =
      client_->Call(&v1::MatchingService::Stub::AcceptProposal, accept);
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  EXPECT_EQ(accepted->assignments_size(), 2);
  EXPECT_EQ(accepted->proposal().state(), v1::Proposal::ACCEPTED);
  for (const v1::Shift& s : {first, second}) {
    absl::StatusOr<v1::Shift> now = client_->GetShift(s.name());
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->state(), v1::Shift::FILLED);
  }
  accept.set_request_id(NewRequestId());
  absl::StatusOr<v1::AcceptProposalResponse> again =
      client_->Call(&v1::MatchingService::Stub::AcceptProposal, accept);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->assignments_size(), 0);
}

TEST_F(MatchingTest, ProposalRequestErrorsNameTheField) {
  v1::ProposeAssignmentsRequest r;
  r.set_request_id(NewRequestId());
  absl::StatusOr<v1::Proposal> none = client_->Call(&v1::MatchingService::Stub::ProposeAssignments, r);
  EXPECT_EQ(none.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(none.status().message()), HasSubstr("organisation"));
  Employer e = AddEmployer();
  r.set_unit(e.unit.name());
  *r.mutable_start_time() = ToTimestamp(At(BaseMonday(), 0));
  *r.mutable_end_time() = ToTimestamp(At(BaseMonday(), 0));
  absl::StatusOr<v1::Proposal> empty = client_->Call(&v1::MatchingService::Stub::ProposeAssignments, r);
  EXPECT_EQ(empty.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(empty.status().message()), HasSubstr("end_time"));
}

// The cascade offers to the own unit first; with nobody there it moves on to
// the pool at once, logging the empty tier; when the offer is accepted, the
// cascade ends FILLED.
TEST_F(MatchingTest, CascadeSkipsAnEmptyTierOffersTheNextAndEndsWhenFilled) {
  Employer e = AddEmployer();
  v1::Unit pool_unit = AddUnit(e.org);
  v1::Person floater = AddPerson();
  AddPosition(floater, pool_unit, v1::Position::POOL);
  v1::Shift shift = AddShift(e.unit, At(BaseMonday() + 9, 7), absl::Hours(8));

  v1::StartCascadeRequest start;
  start.set_shift(shift.name());
  start.set_request_id(NewRequestId());
  absl::StatusOr<v1::Cascade> c = client_->Call(&v1::MatchingService::Stub::StartCascade, start);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->state(), v1::Cascade::RUNNING);
  EXPECT_EQ(c->tier(), v1::EMPLOYER_POOL);
  bool empty_own = false, offered = false;
  std::string assignment;
  for (const v1::Cascade::Step& s : c->log()) {
    if (s.tier() == v1::OWN_UNIT && s.event() == v1::Cascade::Step::TIER_EMPTY) empty_own = true;
    if (s.event() == v1::Cascade::Step::OFFERED && s.person() == floater.name()) {
      offered = true;
      assignment = s.assignment();
    }
  }
  EXPECT_TRUE(empty_own);
  ASSERT_TRUE(offered);
  absl::StatusOr<v1::Assignment> offer = client_->GetAssignment(assignment);
  ASSERT_TRUE(offer.ok());
  ASSERT_TRUE(client_->Accept(*offer).ok());

  // The timer (1 s in this suite) notices the filled shift.
  v1::GetRequest get;
  get.set_name(c->name());
  absl::StatusOr<v1::Cascade> now;
  for (int i = 0; i < 100; ++i) {
    now = client_->Call(&v1::MatchingService::Stub::GetCascade, get);
    ASSERT_TRUE(now.ok()) << now.status();
    if (now->state() != v1::Cascade::RUNNING) break;
    absl::SleepFor(absl::Milliseconds(100));
  }
  EXPECT_EQ(now->state(), v1::Cascade::FILLED);

  // A second start of a finished cascade on a filled shift is refused.
  start.set_request_id(NewRequestId());
  EXPECT_EQ(client_->Call(&v1::MatchingService::Stub::StartCascade, start).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

// With no internal candidate anywhere, the cascade reaches the agency and
// says so in its log.
TEST_F(MatchingTest, CascadeWithNoInternalCandidateReachesTheAgency) {
  Employer e = AddEmployer();
  v1::Shift shift = AddShift(e.unit, At(BaseMonday() + 10, 7), absl::Hours(8), 1, v1::PHYSICIAN);
  v1::StartCascadeRequest start;
  start.set_shift(shift.name());
  start.set_request_id(NewRequestId());
  absl::StatusOr<v1::Cascade> c = client_->Call(&v1::MatchingService::Stub::StartCascade, start);
  ASSERT_TRUE(c.ok()) << c.status();
  EXPECT_EQ(c->state(), v1::Cascade::AGENCY);
  ASSERT_GT(c->log_size(), 0);
  EXPECT_EQ(c->log(c->log_size() - 1).event(), v1::Cascade::Step::REACHED_AGENCY);
  int empty = 0;
  for (const v1::Cascade::Step& s : c->log()) empty += s.event() == v1::Cascade::Step::TIER_EMPTY;
  EXPECT_EQ(empty, 5);
}

}  // namespace
}  // namespace vaktbro::testing
