// AgreementService over real gRPC against the real server on loopback with
// a real store: the lifecycle over the wire (every refused transition is
// FAILED_PRECONDITION and changes nothing), the §19 notice produced exactly
// once on activation (also when the activating call is retried), the
// positions it implies, bad input that names the field, onboarding, the
// recharge statement of a month of rota shifts, and that a stranger
// employer can neither see nor change an agreement.
#include <memory>
#include <string>

#include "absl/time/civil_time.h"
#include "agency/calendar.h"
#include "agreements/recharge.h"
#include "fixtures.h"
#include "grpcpp/create_channel.h"
#include "gtest/gtest.h"
#include "shared_server.h"
#include "vaktbro/v1/agreements.grpc.pb.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::testing {
namespace {

using v1::Agreement;

// One unary call with a deadline and, when set, a bearer token.
template <typename Stub, typename Request, typename Reply>
absl::StatusOr<Reply> Send(Stub& stub,
                           grpc::Status (Stub::*method)(grpc::ClientContext*, const Request&, Reply*),
                           const Request& request, const std::string& token = "") {
  grpc::ClientContext context;
  context.set_deadline(Deadline(kCallSeconds));
  if (!token.empty()) context.AddMetadata("authorization", "Bearer " + token);
  Reply reply;
  grpc::Status status = (stub.*method)(&context, request, &reply);
  if (!status.ok()) return ToStatus(status);
  return reply;
}

v1::Date DateOf(absl::CivilDay d) {
  v1::Date out;
  out.set_year(static_cast<int>(d.year()));
  out.set_month(d.month());
  out.set_day(d.day());
  return out;
}

absl::CivilDay Today() { return absl::ToCivilDay(absl::Now(), agency::Oslo()); }

class AgreementsServerTest : public SharedServerTest {
 protected:
  void SetUp() override {
    SharedServerTest::SetUp();
    client_ = std::make_unique<Client>(server_->Channel());
    stub_ = v1::AgreementService::NewStub(server_->Channel());
    for (v1::Organisation* org : {&hf_, &kommune_, &stranger_}) {
      auto o = client_->AddOrganisation();
      ASSERT_TRUE(o.ok()) << o.status();
      *org = *o;
    }
    auto unit = client_->AddUnit(hf_);
    ASSERT_TRUE(unit.ok()) << unit.status();
    hf_unit_ = *unit;
    unit = client_->AddUnit(kommune_);
    ASSERT_TRUE(unit.ok()) << unit.status();
    kommune_unit_ = *unit;
    auto person = client_->AddPerson(v1::NURSE);
    ASSERT_TRUE(person.ok()) << person.status();
    person_ = *person;
  }

  // A MAIN position at the trust of `percent`.
  v1::Position MainPosition(double percent) {
    v1::CreatePositionRequest r = PositionRequest(person_.name(), hf_.name(), hf_unit_.name());
    r.mutable_position()->set_percentage(percent);
    auto p = client_->Call(&v1::DirectoryService::Stub::CreatePosition, r);
    EXPECT_TRUE(p.ok()) << p.status();
    return p.ok() ? *p : v1::Position();
  }

  // A combined position, 80 % at the trust and 20 % on Wednesdays at the
  // municipality, from the first of last month, the trust paying and
  // recharging 450 NOK/h + 12 %.
  v1::ProposeAgreementRequest Proposal() {
    v1::ProposeAgreementRequest r;
    Agreement& a = *r.mutable_agreement();
    a.set_person(person_.name());
    a.set_main_employer(hf_.name());
    a.set_secondary_employer(kommune_.name());
    a.set_kind(Agreement::COMBINED_POSITION);
    a.set_main_percent(80);
    a.set_secondary_percent(20);
    a.set_secondary_unit(kommune_unit_.name());
    a.set_split_pattern(Agreement::FIXED_WEEKDAYS);
    a.add_secondary_weekdays(3);
    const absl::CivilMonth last_month = absl::CivilMonth(Today()) - 1;
    *a.mutable_start_date() = DateOf(absl::CivilDay(last_month));
    a.set_employer_of_record(Agreement::MAIN_EMPLOYER);
    a.set_recharge_hourly_ore(45000);
    a.set_recharge_overhead_percent(12);
    v1::OnboardingItem* item = a.add_onboarding_items();
    item->set_code("CONFIDENTIALITY");
    item->set_title("Taushetserklæring");
    item->add_required_by(hf_.name());
    item->add_required_by(kommune_.name());
    item = a.add_onboarding_items();
    item->set_code("EPJ_ACCESS");
    item->set_title("Tilgang til journalsystemet");
    item->add_required_by(kommune_.name());
    r.set_request_id(NewRequestId());
    return r;
  }

  absl::StatusOr<Agreement> Propose(const v1::ProposeAgreementRequest& r, const std::string& token = "") {
    return Send(*stub_, &v1::AgreementService::Stub::ProposeAgreement, r, token);
  }
  v1::ApproveAgreementRequest Approval(const Agreement& a, const v1::Organisation& org) {
    v1::ApproveAgreementRequest r;
    r.set_name(a.name());
    r.set_organisation(org.name());
    *r.mutable_union_consultation_date() = DateOf(Today() - 40);
    r.set_request_id(NewRequestId());
    return r;
  }
  absl::StatusOr<Agreement> Approve(const v1::ApproveAgreementRequest& r, const std::string& token = "") {
    return Send(*stub_, &v1::AgreementService::Stub::ApproveAgreement, r, token);
  }
  absl::StatusOr<Agreement> Accept(const Agreement& a, const std::string& token = "") {
    v1::AcceptAgreementRequest r;
    r.set_name(a.name());
    r.set_request_id(NewRequestId());
    return Send(*stub_, &v1::AgreementService::Stub::AcceptAgreement, r, token);
  }
  absl::StatusOr<Agreement> Withdraw(const Agreement& a) {
    v1::WithdrawAgreementRequest r;
    r.set_name(a.name());
    r.set_reason("not needed");
    r.set_request_id(NewRequestId());
    return Send(*stub_, &v1::AgreementService::Stub::WithdrawAgreement, r);
  }
  absl::StatusOr<Agreement> End(const Agreement& a) {
    v1::EndAgreementRequest r;
    r.set_name(a.name());
    r.set_request_id(NewRequestId());
    return Send(*stub_, &v1::AgreementService::Stub::EndAgreement, r);
  }
  absl::StatusOr<Agreement> Get(const std::string& name, const std::string& token = "") {
    v1::GetAgreementRequest r;
    r.set_name(name);
    return Send(*stub_, &v1::AgreementService::Stub::GetAgreement, r, token);
  }
  std::vector<v1::SecondaryWorkNotice> Notices(const Agreement& a) {
    v1::ListSecondaryWorkNoticesRequest r;
    r.set_agreement(a.name());
    auto response = Send(*stub_, &v1::AgreementService::Stub::ListSecondaryWorkNotices, r);
    EXPECT_TRUE(response.ok()) << response.status();
    if (!response.ok()) return {};
    return {response->notices().begin(), response->notices().end()};
  }

  // A proposed, then fully signed agreement.
  Agreement Active() {
    auto a = Propose(Proposal());
    EXPECT_TRUE(a.ok()) << a.status();
    if (!a.ok()) return Agreement();
    EXPECT_TRUE(Approve(Approval(*a, hf_)).ok());
    EXPECT_TRUE(Accept(*a).ok());
    auto active = Approve(Approval(*a, kommune_));
    EXPECT_TRUE(active.ok()) << active.status();
    return active.ok() ? *active : Agreement();
  }

  std::unique_ptr<Client> client_;
  std::unique_ptr<v1::AgreementService::Stub> stub_;
  v1::Organisation hf_, kommune_, stranger_;
  v1::Unit hf_unit_, kommune_unit_;
  v1::Person person_;
};

TEST_F(AgreementsServerTest, SignedByAllThreeItBecomesActiveWithNoticeAndPositions) {
  const v1::Position hus = MainPosition(80);
  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_TRUE(a->name().starts_with("agreements/"));
  EXPECT_EQ(a->state(), Agreement::PROPOSED);
  EXPECT_FALSE(a->etag().empty());
  EXPECT_TRUE(a->warnings().empty());

  auto step = Approve(Approval(*a, hf_));
  ASSERT_TRUE(step.ok()) << step.status();
  EXPECT_EQ(step->state(), Agreement::PROPOSED);
  EXPECT_TRUE(step->has_main_approval());
  EXPECT_EQ(step->main_approval().organisation(), hf_.name());
  EXPECT_TRUE(step->main_approval().has_union_consultation_date());
  step = Accept(*a);
  ASSERT_TRUE(step.ok()) << step.status();
  EXPECT_EQ(step->state(), Agreement::PROPOSED);
  EXPECT_TRUE(Notices(*a).empty());

  step = Approve(Approval(*a, kommune_));
  ASSERT_TRUE(step.ok()) << step.status();
  EXPECT_EQ(step->state(), Agreement::ACTIVE);
  EXPECT_TRUE(step->has_activate_time());
  EXPECT_EQ(step->main_position(), hus.name());  // the existing hus position, linked
  ASSERT_FALSE(step->secondary_position().empty());
  EXPECT_EQ(step->notice(), "notices/" + std::string(IdOf(a->name())));

  const std::vector<v1::SecondaryWorkNotice> notices = Notices(*a);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].name(), step->notice());
  EXPECT_EQ(notices[0].main_employer(), hf_.name());
  EXPECT_NE(notices[0].text().find("helsepersonelloven § 19"), std::string::npos);
  EXPECT_NE(notices[0].text().find(person_.display_name()), std::string::npos);

  v1::GetRequest get;
  get.set_name(step->secondary_position());
  auto hytte = client_->Call(&v1::DirectoryService::Stub::GetPosition, get);
  ASSERT_TRUE(hytte.ok()) << hytte.status();
  EXPECT_EQ(hytte->kind(), v1::Position::SECONDARY);
  EXPECT_EQ(hytte->employer(), kommune_.name());
  EXPECT_EQ(hytte->unit(), kommune_unit_.name());
  EXPECT_EQ(hytte->percentage(), 20);
  EXPECT_EQ(hytte->agreement(), a->name());
  EXPECT_EQ(hytte->agreement_partner(), hf_.name());
  EXPECT_TRUE(hytte->has_agreement_consent_time());
  EXPECT_EQ(hytte->employer_of_record(), hf_.name());
  EXPECT_EQ(hytte->recharge_hourly_ore(), 45000);
  EXPECT_EQ(hytte->recharge_overhead_percent(), 12);

  v1::GetPositionSummaryRequest summary_request;
  summary_request.set_person(person_.name());
  auto summary = Send(*stub_, &v1::AgreementService::Stub::GetPositionSummary, summary_request);
  ASSERT_TRUE(summary.ok()) << summary.status();
  EXPECT_EQ(summary->positions_size(), 2);
  EXPECT_DOUBLE_EQ(summary->total_percent(), 100);
  EXPECT_FALSE(summary->over_full_time());

  // Ended: the hytte position ends today, the hus position is left alone.
  auto ended = End(*step);
  ASSERT_TRUE(ended.ok()) << ended.status();
  EXPECT_EQ(ended->state(), Agreement::ENDED);
  EXPECT_EQ(ended->end_date().day(), DateOf(Today()).day());
  hytte = client_->Call(&v1::DirectoryService::Stub::GetPosition, get);
  ASSERT_TRUE(hytte.ok()) << hytte.status();
  EXPECT_EQ(hytte->valid_to().year(), DateOf(Today()).year());
  EXPECT_EQ(hytte->valid_to().day(), DateOf(Today()).day());
  get.set_name(hus.name());
  auto hus_now = client_->Call(&v1::DirectoryService::Stub::GetPosition, get);
  ASSERT_TRUE(hus_now.ok()) << hus_now.status();
  EXPECT_FALSE(hus_now->has_valid_to());
  EXPECT_EQ(Notices(*a).size(), 1u);
}

TEST_F(AgreementsServerTest, EveryRefusedTransitionIsFailedPreconditionAndChangesNothing) {
  auto proposed = Propose(Proposal());
  ASSERT_TRUE(proposed.ok()) << proposed.status();
  // PROPOSED cannot end.
  EXPECT_EQ(End(*proposed).status().code(), absl::StatusCode::kFailedPrecondition);
  // A signature is given once.
  ASSERT_TRUE(Approve(Approval(*proposed, hf_)).ok());
  EXPECT_EQ(Approve(Approval(*proposed, hf_)).status().code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(Accept(*proposed).ok());
  EXPECT_EQ(Accept(*proposed).status().code(), absl::StatusCode::kFailedPrecondition);

  // WITHDRAWN is final.
  auto withdrawn = Withdraw(*proposed);
  ASSERT_TRUE(withdrawn.ok()) << withdrawn.status();
  EXPECT_EQ(withdrawn->state(), Agreement::WITHDRAWN);
  EXPECT_EQ(withdrawn->ended_by().note(), "not needed");
  for (auto status : {Approve(Approval(*proposed, kommune_)).status(), Accept(*proposed).status(),
                      Withdraw(*proposed).status(), End(*proposed).status()}) {
    EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition) << status;
  }
  auto after = Get(proposed->name());
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->etag(), withdrawn->etag());
  EXPECT_TRUE(Notices(*proposed).empty());

  // ACTIVE: no more signatures, no withdrawal; ENDED is final.
  const Agreement active = Active();
  ASSERT_EQ(active.state(), Agreement::ACTIVE);
  EXPECT_EQ(Approve(Approval(active, hf_)).status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Accept(active).status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(Withdraw(active).status().code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(End(active).ok());
  for (auto status : {Approve(Approval(active, kommune_)).status(), Accept(active).status(),
                      Withdraw(active).status(), End(active).status()}) {
    EXPECT_EQ(status.code(), absl::StatusCode::kFailedPrecondition) << status;
  }
  EXPECT_EQ(Notices(active).size(), 1u);

  // A stale etag is ABORTED.
  auto fresh = Propose(Proposal());
  ASSERT_TRUE(fresh.ok()) << fresh.status();
  ASSERT_TRUE(Accept(*fresh).ok());
  v1::ApproveAgreementRequest stale = Approval(*fresh, hf_);
  stale.set_etag(fresh->etag());
  EXPECT_EQ(Approve(stale).status().code(), absl::StatusCode::kAborted);
}

TEST_F(AgreementsServerTest, TheNoticeIsProducedOnceWhenTheActivationIsRetried) {
  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(Approve(Approval(*a, hf_)).ok());
  ASSERT_TRUE(Accept(*a).ok());
  const v1::ApproveAgreementRequest last = Approval(*a, kommune_);
  auto first = Approve(last);
  ASSERT_TRUE(first.ok()) << first.status();
  auto retry = Approve(last);  // the same request_id: the recorded reply
  ASSERT_TRUE(retry.ok()) << retry.status();
  EXPECT_EQ(retry->etag(), first->etag());
  EXPECT_EQ(retry->secondary_position(), first->secondary_position());
  EXPECT_EQ(Notices(*a).size(), 1u);
  // One hus position created (none existed) and one hytte position.
  v1::ListPositionsRequest list;
  list.set_person(person_.name());
  auto positions = client_->Call(&v1::DirectoryService::Stub::ListPositions, list);
  ASSERT_TRUE(positions.ok()) << positions.status();
  EXPECT_EQ(positions->positions_size(), 2);
}

TEST_F(AgreementsServerTest, BadInputNamesTheFieldAndChangesNothing) {
  struct Spoil {
    std::string field;
    std::function<void(Agreement&)> spoil;
  };
  const std::vector<Spoil> spoils = {
      {"agreement.main_percent", [](Agreement& a) { a.set_main_percent(0); }},
      {"agreement.secondary_percent", [](Agreement& a) { a.set_secondary_percent(120); }},
      {"agreement.secondary_employer", [&](Agreement& a) { a.set_secondary_employer(hf_.name()); }},
      {"agreement.kind", [](Agreement& a) { a.clear_kind(); }},
      {"agreement.end_date", [](Agreement& a) { a.set_kind(Agreement::SECONDMENT); }},
      {"agreement.split_pattern", [](Agreement& a) { a.clear_split_pattern(); }},
      {"agreement.secondary_weekdays[0]", [](Agreement& a) { a.set_secondary_weekdays(0, 8); }},
      {"agreement.recharge_hourly_ore", [](Agreement& a) { a.set_recharge_hourly_ore(0); }},
      {"agreement.recharge_overhead_percent", [](Agreement& a) { a.set_recharge_overhead_percent(101); }},
      {"agreement.onboarding_items[1].required_by[0]",
       [&](Agreement& a) { a.mutable_onboarding_items(1)->set_required_by(0, stranger_.name()); }},
      {"agreement.secondary_unit", [&](Agreement& a) { a.set_secondary_unit(hf_unit_.name()); }},
      {"agreement.person", [](Agreement& a) { a.set_person("people/nobody-here"); }},
  };
  for (const Spoil& s : spoils) {
    v1::ProposeAgreementRequest r = Proposal();
    s.spoil(*r.mutable_agreement());
    auto result = Propose(r);
    // A reference to nothing is NOT_FOUND, as everywhere in the API.
    EXPECT_EQ(result.status().code(), s.field == "agreement.person" ? absl::StatusCode::kNotFound
                                                                    : absl::StatusCode::kInvalidArgument)
        << s.field << ": " << result.status();
    EXPECT_TRUE(std::string(result.status().message()).starts_with(s.field + ":"))
        << s.field << ": " << result.status();
  }
  v1::ListAgreementsRequest list;
  list.set_person(person_.name());
  auto listed = Send(*stub_, &v1::AgreementService::Stub::ListAgreements, list);
  ASSERT_TRUE(listed.ok()) << listed.status();
  EXPECT_EQ(listed->agreements_size(), 0);

  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok());
  v1::ApproveAgreementRequest no_date = Approval(*a, hf_);
  no_date.clear_union_consultation_date();
  auto refused = Approve(no_date);
  EXPECT_TRUE(std::string(refused.status().message()).starts_with("union_consultation_date:")) << refused.status();
  auto not_party = Approve(Approval(*a, stranger_));
  EXPECT_EQ(not_party.status().code(), absl::StatusCode::kInvalidArgument) << not_party.status();
  EXPECT_TRUE(std::string(not_party.status().message()).starts_with("organisation:")) << not_party.status();
  auto unchanged = Get(a->name());
  ASSERT_TRUE(unchanged.ok());
  EXPECT_EQ(unchanged->etag(), a->etag());

  list.set_organisation(hf_.name());  // both filters
  EXPECT_EQ(Send(*stub_, &v1::AgreementService::Stub::ListAgreements, list).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST_F(AgreementsServerTest, OnboardingItemsAreDoneOnceForBothEmployers) {
  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok()) << a.status();
  v1::CompleteOnboardingItemRequest r;
  r.set_name(a->name());
  r.set_code("CONFIDENTIALITY");
  r.set_request_id(NewRequestId());
  auto done = Send(*stub_, &v1::AgreementService::Stub::CompleteOnboardingItem, r);
  ASSERT_TRUE(done.ok()) << done.status();
  EXPECT_EQ(done->onboarding_items(0).done_date().day(), DateOf(Today()).day());
  EXPECT_FALSE(done->onboarding_items(0).done_by().account().empty());
  EXPECT_EQ(done->onboarding_items(0).required_by_size(), 2);
  EXPECT_FALSE(done->onboarding_items(1).has_done_date());
  r.set_request_id(NewRequestId());
  EXPECT_EQ(Send(*stub_, &v1::AgreementService::Stub::CompleteOnboardingItem, r).status().code(),
            absl::StatusCode::kFailedPrecondition);
  r.set_code("NO_SUCH_ITEM");
  r.set_request_id(NewRequestId());
  auto unknown = Send(*stub_, &v1::AgreementService::Stub::CompleteOnboardingItem, r);
  EXPECT_TRUE(std::string(unknown.status().message()).starts_with("code:")) << unknown.status();
}

TEST_F(AgreementsServerTest, AboveFullTimeIsWarnedAbout) {
  MainPosition(100);
  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_EQ(a->warnings_size(), 1);
  EXPECT_NE(a->warnings(0).find("120 % in total"), std::string::npos) << a->warnings(0);
}

TEST_F(AgreementsServerTest, RechargeStatementOfLastMonthsRota) {
  const Agreement a = Active();
  ASSERT_FALSE(a.secondary_position().empty());
  // Two Wednesday-like rota shifts at the municipality last month: 7.5 h
  // and 8 h, 09:00 on the 10th and 17th (Oslo).
  const absl::CivilMonth last_month = absl::CivilMonth(Today()) - 1;
  auto at = [&](int day, int hour, int minute) {
    return agency::Oslo()
        .At(absl::CivilSecond(last_month.year(), last_month.month(), day, hour, minute, 0))
        .pre;
  };
  v1::ImportPlannedShiftsRequest import;
  import.set_position(a.secondary_position());
  *import.mutable_start_time() = ToTimestamp(at(1, 0, 0));
  *import.mutable_end_time() = ToTimestamp(at(28, 0, 0));
  for (auto [from, to] : {std::pair{at(10, 9, 0), at(10, 16, 30)}, std::pair{at(17, 9, 0), at(17, 17, 0)}}) {
    v1::PlannedShift* p = import.add_shifts();
    *p->mutable_start_time() = ToTimestamp(from);
    *p->mutable_end_time() = ToTimestamp(to);
    p->set_label("Dag, KAD");
  }
  import.set_request_id(NewRequestId());
  auto imported = client_->Call(&v1::MatchingService::Stub::ImportPlannedShifts, import);
  ASSERT_TRUE(imported.ok()) << imported.status();

  v1::GetRechargeStatementRequest r;
  r.set_organisation(kommune_.name());
  r.mutable_month()->set_year(static_cast<int>(last_month.year()));
  r.mutable_month()->set_month(last_month.month());
  auto s = Send(*stub_, &v1::AgreementService::Stub::GetRechargeStatement, r);
  ASSERT_TRUE(s.ok()) << s.status();
  ASSERT_EQ(s->pairs_size(), 1);
  const v1::RechargePair& pair = s->pairs(0);
  EXPECT_EQ(pair.counterparty(), hf_.name());
  ASSERT_EQ(pair.lines_size(), 1);
  EXPECT_EQ(pair.lines(0).entries(), 2);
  EXPECT_EQ(pair.lines(0).minutes(), 930);
  EXPECT_EQ(pair.lines(0).paying_employer(), hf_.name());
  // 15.5 h × 450 NOK/h × 1.12 = 7812 NOK: the municipality owes the trust.
  EXPECT_EQ(pair.lines(0).amount_ore(), 781200);
  EXPECT_EQ(pair.organisation_owes_ore(), 781200);
  EXPECT_EQ(pair.net_ore(), -781200);

  r.mutable_month()->set_month(13);
  auto bad = Send(*stub_, &v1::AgreementService::Stub::GetRechargeStatement, r);
  EXPECT_TRUE(std::string(bad.status().message()).starts_with("month:")) << bad.status();
}

// --- Who may see and change an agreement. Needs the accounts and the policy
// gate of issue 4: without them every call is the server's own and is
// allowed.

// Creates an account (over the test's administrator channel) and logs in.
std::string LoginAs(ServerProcess& server, const std::string& login, v1::Role role,
                    const std::string& organisation, const std::string& person) {
  auto accounts = v1::AccountService::NewStub(server.Channel());
  v1::CreateAccountRequest create;
  create.mutable_account()->set_name("accounts/" + login);
  create.mutable_account()->set_display_name(login);
  create.mutable_account()->set_role(role);
  create.mutable_account()->set_organisation(organisation);
  create.mutable_account()->set_person(person);
  create.set_password("correct horse battery");
  create.set_request_id(NewRequestId());
  auto created = Send(*accounts, &v1::AccountService::Stub::CreateAccount, create);
  EXPECT_TRUE(created.ok()) << created.status();
  auto auth = v1::AuthService::NewStub(server.Channel());
  v1::LoginRequest login_request;
  login_request.set_login(login);
  login_request.set_password("correct horse battery");
  auto session = Send(*auth, &v1::AuthService::Stub::Login, login_request);
  EXPECT_TRUE(session.ok()) << session.status();
  return session.ok() ? session->token() : "";
}

TEST_F(AgreementsServerTest, AStrangerEmployerCanNeitherSeeNorChangeIt) {
  auto a = Propose(Proposal());
  ASSERT_TRUE(a.ok()) << a.status();
  const std::string suffix(IdOf(a->name()).substr(0, 8));
  const std::string stranger =
      LoginAs(*server_, "stranger-" + suffix, v1::COORDINATOR, stranger_.name(), "");
  const std::string hf = LoginAs(*server_, "hf-" + suffix, v1::COORDINATOR, hf_.name(), "");
  const std::string kari = LoginAs(*server_, "kari-" + suffix, v1::EMPLOYEE, "", person_.name());
  ASSERT_FALSE(stranger.empty());

  // Not to be seen: the same answer as for an agreement that does not exist.
  EXPECT_EQ(Get(a->name(), stranger).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(Get("agreements/does-not-exist", stranger).status().code(),
            absl::StatusCode::kPermissionDenied);
  v1::ListAgreementsRequest list;
  list.set_person(person_.name());
  auto listed = Send(*stub_, &v1::AgreementService::Stub::ListAgreements, list, stranger);
  EXPECT_TRUE(!listed.ok() || listed->agreements().empty()) << listed.status();
  list.set_person("");
  list.set_organisation(hf_.name());
  listed = Send(*stub_, &v1::AgreementService::Stub::ListAgreements, list, stranger);
  EXPECT_TRUE(!listed.ok() || listed->agreements().empty()) << listed.status();
  v1::ListSecondaryWorkNoticesRequest notices;
  notices.set_agreement(a->name());
  EXPECT_EQ(Send(*stub_, &v1::AgreementService::Stub::ListSecondaryWorkNotices, notices, stranger)
                .status()
                .code(),
            absl::StatusCode::kPermissionDenied);

  // Not to be changed.
  EXPECT_EQ(Approve(Approval(*a, stranger_), stranger).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(Approve(Approval(*a, hf_), stranger).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(Accept(*a, stranger).status().code(), absl::StatusCode::kPermissionDenied);
  v1::WithdrawAgreementRequest withdraw;
  withdraw.set_name(a->name());
  withdraw.set_request_id(NewRequestId());
  EXPECT_EQ(Send(*stub_, &v1::AgreementService::Stub::WithdrawAgreement, withdraw, stranger).status().code(),
            absl::StatusCode::kPermissionDenied);
  v1::ProposeAgreementRequest theirs = Proposal();
  EXPECT_EQ(Propose(theirs, stranger).status().code(), absl::StatusCode::kPermissionDenied);
  auto unchanged = Get(a->name());
  ASSERT_TRUE(unchanged.ok());
  EXPECT_EQ(unchanged->etag(), a->etag());

  // The parties: the trust's coordinator sees it and approves for the
  // trust only; the person accepts for herself, which nobody else may do.
  EXPECT_TRUE(Get(a->name(), hf).ok());
  EXPECT_TRUE(Get(a->name(), kari).ok());
  EXPECT_EQ(Approve(Approval(*a, kommune_), hf).status().code(), absl::StatusCode::kPermissionDenied);
  EXPECT_EQ(Accept(*a, hf).status().code(), absl::StatusCode::kPermissionDenied);
  auto approved = Approve(Approval(*a, hf_), hf);
  ASSERT_TRUE(approved.ok()) << approved.status();
  EXPECT_EQ(approved->main_approval().account(), "accounts/hf-" + suffix);
  auto accepted = Accept(*a, kari);
  ASSERT_TRUE(accepted.ok()) << accepted.status();
  EXPECT_EQ(accepted->person_acceptance().account(), "accounts/kari-" + suffix);
  EXPECT_EQ(accepted->person_acceptance().role(), v1::EMPLOYEE);
}

}  // namespace
}  // namespace vaktbro::testing
