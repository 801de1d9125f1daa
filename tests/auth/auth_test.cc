// Accounts, roles and the audit trail against the real server on loopback.
//
// The centre is the matrix: every RPC of the policy table x every role x
// every relationship its target can have (own unit, another unit of the
// organisation, a partner's, a stranger's, the caller's own person, nothing
// named), called for real; the server's answer (PERMISSION_DENIED or not)
// must agree with the table under a relationship this test works out by
// itself from the world it built. Requests carry a wrong etag and leave out
// what a mutation needs, so an admitted call fails after the gate without
// changing the world the next calls rely on.
#include <algorithm>
#include <future>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "fixtures.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "grpcpp/generic/generic_stub.h"
#include "grpcpp/support/byte_buffer.h"
#include "gtest/gtest.h"
#include "policy.h"
#include "server_process.h"
#include "vaktbro/v1/auth.grpc.pb.h"
#include "vaktbro/v1/agency.pb.h"
#include "vaktbro/v1/agreements.pb.h"

namespace vaktbro::testing {
namespace {

using auth::Relation;
using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

constexpr char kPassword[] = "correct horse battery";

// The world: organisations A (the callers'), B (A's partner), C (a
// stranger); units A1 (the coordinator's), A2, B1, C1; a person at each unit
// and "self", the employee, at A1.
struct World {
  std::string org_a, org_b, org_c;
  std::string unit_a1, unit_a2, unit_b1, unit_c1;
  std::map<std::string, std::string> person, position, shift, assignment, availability, cascade, proposal;
  std::string partnership;  // A-B
  std::map<v1::Role, std::string> token;
  std::map<v1::Role, std::string> account;
};

absl::StatusOr<std::string> CreateAccount(Client& admin, ServerProcess& server, const std::string& login,
                                          v1::Role role, const std::string& org, std::vector<std::string> units,
                                          const std::string& person) {
  auto stub = v1::AccountService::NewStub(server.Channel());
  v1::CreateAccountRequest request;
  request.mutable_account()->set_name("accounts/" + login);
  request.mutable_account()->set_role(role);
  request.mutable_account()->set_organisation(org);
  for (auto& u : units) request.mutable_account()->add_units(u);
  request.mutable_account()->set_person(person);
  request.set_password(kPassword);
  grpc::ClientContext ctx;
  ctx.set_deadline(Deadline(30));
  v1::Account reply;
  grpc::Status s = stub->CreateAccount(&ctx, request, &reply);
  if (!s.ok()) return ToStatus(s);
  return server.Login(login, kPassword);
}

class AuthTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto started = ServerProcess::Start({});
    ASSERT_TRUE(started.ok()) << started.status();
    server_ = started->release();
    world_ = new World();
    Client admin(server_->Channel());
    World& w = *world_;
    auto a = admin.AddOrganisation(), b = admin.AddOrganisation(), c = admin.AddOrganisation();
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    w.org_a = a->name();
    w.org_b = b->name();
    w.org_c = c->name();
    {
      v1::CreatePartnershipRequest request;
      request.mutable_partnership()->add_organisations(w.org_a);
      request.mutable_partnership()->add_organisations(w.org_b);
      *request.mutable_partnership()->mutable_start_date() = [] { v1::Date d; d.set_year(2020); d.set_month(1); d.set_day(1); return d; }();
      request.set_request_id(NewRequestId());
      auto p = admin.Call(&v1::DirectoryService::Stub::CreatePartnership, request);
      ASSERT_TRUE(p.ok()) << p.status();
      w.partnership = p->name();
    }
    auto a1 = admin.AddUnit(*a), a2 = admin.AddUnit(*a), b1 = admin.AddUnit(*b), c1 = admin.AddUnit(*c);
    ASSERT_TRUE(a1.ok() && a2.ok() && b1.ok() && c1.ok());
    w.unit_a1 = a1->name();
    w.unit_a2 = a2->name();
    w.unit_b1 = b1->name();
    w.unit_c1 = c1->name();
    const std::map<std::string, v1::Unit> unit_of = {{"A1", *a1}, {"A2", *a2}, {"B", *b1}, {"C", *c1}, {"self", *a1}};
    int hour = 72;
    for (const auto& [label, unit] : unit_of) {
      auto person = admin.AddPerson(v1::NURSE);
      ASSERT_TRUE(person.ok()) << person.status();
      auto position = admin.AddPosition(*person, unit);
      ASSERT_TRUE(position.ok()) << position.status();
      w.person[label] = person->name();
      w.position[label] = position->name();
      v1::CreateAvailabilityRequest av;
      av.mutable_availability()->set_person(person->name());
      *av.mutable_availability()->mutable_start_time() = ToTimestamp(WholeHourFromNow(24 * 20));
      *av.mutable_availability()->mutable_end_time() = ToTimestamp(WholeHourFromNow(24 * 20 + 8));
      av.set_request_id(NewRequestId());
      auto made = admin.Call(&v1::DirectoryService::Stub::CreateAvailability, av);
      ASSERT_TRUE(made.ok()) << made.status();
      w.availability[label] = made->name();
      if (label == "self") continue;
      auto shift = admin.AddShift(unit, {.start = WholeHourFromNow(hour)});
      hour += 24;
      ASSERT_TRUE(shift.ok()) << shift.status();
      w.shift[label] = shift->name();
      auto offer = admin.Offer(*shift, *position);
      ASSERT_TRUE(offer.ok()) << offer.status();
      w.assignment[label] = offer->name();
      v1::StartCascadeRequest cascade;
      cascade.set_shift(shift->name());
      cascade.set_request_id(NewRequestId());
      auto started_cascade = admin.Call(&v1::MatchingService::Stub::StartCascade, cascade);
      ASSERT_TRUE(started_cascade.ok()) << started_cascade.status();
      w.cascade[label] = started_cascade->name();
      v1::ProposeAssignmentsRequest propose;
      propose.set_unit(unit.name());
      *propose.mutable_start_time() = ToTimestamp(WholeHourFromNow(24));
      *propose.mutable_end_time() = ToTimestamp(WholeHourFromNow(24 * 14));
      propose.set_time_limit_seconds(0.2);
      propose.set_request_id(NewRequestId());
      auto proposal = admin.Call(&v1::MatchingService::Stub::ProposeAssignments, propose);
      ASSERT_TRUE(proposal.ok()) << proposal.status();
      w.proposal[label] = proposal->name();
    }
    // The employee's own assignment: offered on a shift of A2.
    {
      auto unit = admin.Call(&v1::DirectoryService::Stub::GetUnit, [&] { v1::GetRequest r; r.set_name(w.unit_a2); return r; }());
      ASSERT_TRUE(unit.ok());
      auto shift = admin.AddShift(*unit, {.start = WholeHourFromNow(hour + 48)});
      ASSERT_TRUE(shift.ok()) << shift.status();
      v1::Position position;
      position.set_name(w.position["self"]);
      position.set_person(w.person["self"]);
      auto offer = admin.Offer(*shift, position);
      ASSERT_TRUE(offer.ok()) << offer.status();
      w.assignment["self"] = offer->name();
    }
    auto coordinator = CreateAccount(admin, *server_, "koord", v1::COORDINATOR, w.org_a, {w.unit_a1}, "");
    auto employee = CreateAccount(admin, *server_, "ansatt", v1::EMPLOYEE, "", {}, w.person["self"]);
    auto manager = CreateAccount(admin, *server_, "leder", v1::MANAGER, w.org_a, {}, "");
    ASSERT_TRUE(coordinator.ok()) << coordinator.status();
    ASSERT_TRUE(employee.ok()) << employee.status();
    ASSERT_TRUE(manager.ok()) << manager.status();
    w.token = {{v1::COORDINATOR, *coordinator}, {v1::EMPLOYEE, *employee}, {v1::MANAGER, *manager},
               {v1::ADMINISTRATOR, server_->admin_token()}};
    w.account = {{v1::COORDINATOR, "accounts/koord"}, {v1::EMPLOYEE, "accounts/ansatt"},
                 {v1::MANAGER, "accounts/leder"}, {v1::ADMINISTRATOR, "accounts/admin"}};
  }
  static void TearDownTestSuite() {
    delete server_;
    delete world_;
  }

  static ServerProcess* server_;
  static World* world_;
};

ServerProcess* AuthTest::server_ = nullptr;
World* AuthTest::world_ = nullptr;

// --- The matrix ------------------------------------------------------------

// One way to fill a target field: the name to put there and the
// relationship each role has to it, worked out from the world above.
struct Variant {
  std::string label;
  std::string value;  // "" = nothing named
  std::map<v1::Role, Relation> relation;
};

std::map<v1::Role, Relation> Rel(Relation coordinator, Relation employee, Relation manager) {
  return {{v1::COORDINATOR, coordinator}, {v1::EMPLOYEE, employee}, {v1::MANAGER, manager},
          {v1::ADMINISTRATOR, Relation::kAny}};
}

// The collection a target path names, from its last field (and, for "name",
// from the method).
std::string CollectionOf(const std::string& method, const std::string& path) {
  const std::string field = path.substr(path.rfind('.') + 1);
  const std::string parent = path.find('.') == std::string::npos ? "" : path.substr(0, path.find('.'));
  if (field == "unit" || field == "units") return "units";
  if (field == "organisation" || field == "organisations" || field == "employer" ||
      field == "main_employer" || field == "secondary_employer") return "organisations";
  if (field == "person") return "people";
  if (field == "shift") return "shifts";
  if (field == "position") return "positions";
  if (field == "proposal") return "proposals";
  if (field == "account") return "accounts";
  if (field == "agreement") return "agreements";
  if (field != "name") return "?" + field;
  if (parent == "organisation") return "organisations";
  if (parent == "unit") return "units";
  if (parent == "person") return "people";
  if (parent == "position") return "positions";
  if (parent == "account") return "accounts";
  const std::string m = method.substr(method.find('/') + 1);
  static const std::vector<std::pair<std::string, std::string>> by_suffix = {
      {"Organisation", "organisations"}, {"Partnership", "partnerships"}, {"Unit", "units"},
      {"Person", "people"}, {"Position", "positions"}, {"Availability", "availabilities"},
      {"Shift", "shifts"}, {"Offer", "assignments"}, {"Assignment", "assignments"},
      {"AgencyBooking", "agencyBookings"}, {"Cascade", "cascades"}, {"Proposal", "proposals"},
      {"Account", "accounts"}, {"Password", "accounts"}, {"Agreement", "agreements"},
      {"OnboardingItem", "agreements"}, {"Notice", "notices"}};
  for (const auto& [suffix, collection] : by_suffix) {
    if (m.size() >= suffix.size() && m.compare(m.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return collection;
    }
  }
  return "?" + m;
}

std::vector<Variant> VariantsOf(const std::string& collection, const World& w) {
  const Relation kSelf = Relation::kSelf, kOwn = Relation::kOwn, kOrg = Relation::kOrg,
                 kPartner = Relation::kPartner, kStranger = Relation::kStranger;
  // Things at A1, A2, B and C, and the employee's own.
  auto spread = [&](const std::map<std::string, std::string>& names, bool has_self, Relation self_for_coordinator,
                    Relation self_for_manager) {
    std::vector<Variant> out = {{"A1", names.at("A1"), Rel(kOwn, kOwn, kOwn)},
                                {"A2", names.at("A2"), Rel(kOrg, kOwn, kOwn)},
                                {"B", names.at("B"), Rel(kPartner, kPartner, kPartner)},
                                {"C", names.at("C"), Rel(kStranger, kStranger, kStranger)}};
    if (has_self) out.push_back({"self", names.at("self"), Rel(self_for_coordinator, kSelf, self_for_manager)});
    return out;
  };
  if (collection == "organisations") {
    return {{"A", w.org_a, Rel(kOrg, kOwn, kOwn)},
            {"B", w.org_b, Rel(kPartner, kPartner, kPartner)},
            {"C", w.org_c, Rel(kStranger, kStranger, kStranger)}};
  }
  if (collection == "units") {
    return spread({{"A1", w.unit_a1}, {"A2", w.unit_a2}, {"B", w.unit_b1}, {"C", w.unit_c1}}, false, kOwn, kOwn);
  }
  if (collection == "people") return spread(w.person, true, kOwn, kOwn);
  if (collection == "positions") return spread(w.position, true, kOwn, kOwn);
  if (collection == "availabilities") return spread(w.availability, true, kOwn, kOwn);
  if (collection == "assignments") return spread(w.assignment, true, kOrg, kOwn);  // self's is on A2
  if (collection == "shifts") return spread(w.shift, false, kOwn, kOwn);
  if (collection == "cascades") return spread(w.cascade, false, kOwn, kOwn);
  if (collection == "proposals") return spread(w.proposal, false, kOwn, kOwn);
  if (collection == "partnerships") return {{"A-B", w.partnership, Rel(kOrg, kOwn, kOwn)}};
  if (collection == "accounts") {
    std::vector<Variant> out;
    Variant self{"self", "", {}};
    // The value depends on the caller: filled in per role below.
    self.relation = Rel(kSelf, kSelf, kSelf);
    out.push_back(self);
    out.push_back({"other", "accounts/admin", Rel(kStranger, kStranger, kStranger)});
    return out;
  }
  // Collections this world has no records of: a name that leads nowhere is
  // a stranger's.
  return {{"missing", collection + "/does-not-exist", Rel(kStranger, kStranger, kStranger)}};
}

// Sets `path` of `message` to `value`, creating the sub-messages; also sets a
// wrong etag next to it and at the top, so that an admitted mutation fails.
void SetPath(Message* message, const std::string& path, const std::string& value) {
  std::vector<std::string> parts = absl::StrSplit(path, '.');
  Message* current = message;
  for (size_t i = 0; i < parts.size(); ++i) {
    const FieldDescriptor* f = current->GetDescriptor()->FindFieldByName(parts[i]);
    ASSERT_NE(f, nullptr) << path;
    if (i + 1 < parts.size()) {
      current = current->GetReflection()->MutableMessage(current, f);
      continue;
    }
    if (f->is_repeated()) {
      current->GetReflection()->AddString(current, f, value);
    } else {
      current->GetReflection()->SetString(current, f, value);
    }
  }
  for (Message* m : {message, current}) {
    const FieldDescriptor* etag = m->GetDescriptor()->FindFieldByName("etag");
    if (etag != nullptr && etag->cpp_type() == FieldDescriptor::CPPTYPE_STRING && !etag->is_repeated()) {
      m->GetReflection()->SetString(m, etag, "wrong-etag");
    }
  }
}

grpc::Status CallGeneric(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                         const Message& request) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext ctx;
  ctx.set_deadline(Deadline(60));
  const std::string bytes = request.SerializeAsString();
  grpc::Slice slice(bytes);
  grpc::ByteBuffer in(&slice, 1);
  grpc::ByteBuffer out;
  std::promise<grpc::Status> done;
  stub.UnaryCall(&ctx, "/" + method, grpc::StubOptions(), &in, &out,
                 [&done](grpc::Status s) { done.set_value(std::move(s)); });
  return done.get_future().get();
}

TEST_F(AuthTest, EveryRpcRoleAndRelationshipAgreesWithThePolicyTable) {
  const World& w = *world_;
  // Make sure every file's descriptors are in the generated pool.
  (void)v1::AgencyBooking::descriptor();
  (void)v1::Agreement::descriptor();
  (void)v1::Account::descriptor();
  std::map<v1::Role, std::shared_ptr<grpc::Channel>> channels;
  for (const auto& [role, token] : w.token) channels[role] = server_->ChannelFor(token);
  std::vector<std::string> mismatches;
  int calls = 0;
  std::set<std::pair<std::string, Relation>> covered;
  const bool verbose = std::getenv("VAKTBRO_MATRIX_VERBOSE") != nullptr;
  for (const auth::PolicyRow& row : auth::PolicyTable::Default().rows()) {
    // Login needs no token (tested below); Logout would end the session the
    // walk uses (tested below); WatchShifts streams (tested below).
    if (row.public_call || row.method == "vaktbro.v1.AuthService/Logout" ||
        row.method == "vaktbro.v1.ShiftService/WatchShifts") {
      continue;
    }
    const size_t slash = row.method.find('/');
    const auto* service = google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(row.method.substr(0, slash));
    ASSERT_NE(service, nullptr) << row.method;
    const auto* method = service->FindMethodByName(row.method.substr(slash + 1));
    ASSERT_NE(method, nullptr) << row.method;
    const Message* prototype = google::protobuf::MessageFactory::generated_factory()->GetPrototype(method->input_type());
    // Every target path with every variant, and once with nothing named.
    std::vector<std::pair<std::string, Variant>> cases = {
        {"", Variant{"none", "", Rel(Relation::kAny, Relation::kAny, Relation::kAny)}}};
    for (const std::string& path : row.targets) {
      for (Variant& v : VariantsOf(CollectionOf(row.method, path), w)) cases.push_back({path, v});
    }
    for (const auto& [path, variant] : cases) {
      for (v1::Role role : auth::kRoles) {
        std::unique_ptr<Message> request(prototype->New());
        std::string value = variant.value;
        if (variant.label == "self" && value.empty()) value = w.account.at(role);
        if (!path.empty()) SetPath(request.get(), path, value);
        const Relation relation = variant.relation.at(role);
        const bool expect_allowed = row.Allows(role, relation);
        if (verbose) std::fprintf(stderr, "%s %s=%s %s\n", row.method.c_str(), path.c_str(), variant.label.c_str(), v1::Role_Name(role).c_str());
        const grpc::Status status = CallGeneric(channels.at(role), row.method, *request);
        ++calls;
        covered.insert({row.method, relation});
        const bool denied = status.error_code() == grpc::StatusCode::PERMISSION_DENIED;
        const bool unauthenticated = status.error_code() == grpc::StatusCode::UNAUTHENTICATED;
        if (unauthenticated || denied == expect_allowed) {
          mismatches.push_back(absl::StrCat(row.method, " role=", v1::Role_Name(role), " ", path.empty() ? "-" : path,
                                            "=", variant.label, " relation=", std::string(auth::RelationName(relation)),
                                            " table=", expect_allowed ? "allow" : "deny", " server=",
                                            static_cast<int>(status.error_code()), " ", status.error_message()));
        }
      }
    }
  }
  EXPECT_GT(calls, 1000);
  EXPECT_TRUE(mismatches.empty()) << mismatches.size() << " mismatches of " << calls << " calls:\n"
                                  << absl::StrJoin(mismatches, "\n");
  std::printf("matrix: %d calls over %zu (method, relationship) pairs, %zu mismatches\n", calls, covered.size(),
              mismatches.size());
}

// --- Authentication ----------------------------------------------------------

TEST_F(AuthTest, NoTokenOrAWrongTokenIsUnauthenticated) {
  v1::GetRequest request;
  request.set_name(world_->shift.at("A1"));
  for (const std::string& token : {std::string(), std::string("not-a-token")}) {
    auto stub = v1::ShiftService::NewStub(server_->ChannelFor(token));
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(20));
    v1::Shift reply;
    EXPECT_EQ(stub->GetShift(&ctx, request, &reply).error_code(), grpc::StatusCode::UNAUTHENTICATED) << token;
  }
}

TEST_F(AuthTest, DeniedLooksTheSameWhetherOrNotTheThingExists) {
  auto stub = v1::ShiftService::NewStub(server_->ChannelFor(world_->token.at(v1::EMPLOYEE)));
  std::string messages[2];
  int i = 0;
  for (const std::string& name : {world_->shift.at("C"), std::string("shifts/no-such-shift")}) {
    v1::GetRequest request;
    request.set_name(name);
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(20));
    v1::Shift reply;
    grpc::Status s = stub->GetShift(&ctx, request, &reply);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::PERMISSION_DENIED) << name;
    messages[i++] = s.error_message();
  }
  EXPECT_EQ(messages[0], messages[1]);
}

TEST_F(AuthTest, WrongPasswordsThrottleTheAccountAndLogoutEndsTheSession) {
  Client admin(server_->Channel());
  auto token = CreateAccount(admin, *server_, "throttled", v1::MANAGER, world_->org_a, {}, "");
  ASSERT_TRUE(token.ok()) << token.status();
  for (int i = 0; i < 5; ++i) {
    auto wrong = server_->Login("throttled", "wrong password!");
    EXPECT_EQ(wrong.status().code(), absl::StatusCode::kUnauthenticated) << i;
  }
  // Throttled now, even with the right password.
  auto locked = server_->Login("throttled", kPassword);
  EXPECT_EQ(locked.status().code(), absl::StatusCode::kResourceExhausted) << locked.status();
  // An unknown login gets the same words as a wrong password.
  auto unknown = server_->Login("nobody-here", kPassword);
  EXPECT_EQ(unknown.status().code(), absl::StatusCode::kUnauthenticated);

  // Logout revokes the session it is called with.
  auto stub = v1::AuthService::NewStub(server_->ChannelFor(*token));
  {
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(20));
    v1::WhoAmIResponse who;
    ASSERT_TRUE(stub->WhoAmI(&ctx, v1::WhoAmIRequest(), &who).ok());
    EXPECT_EQ(who.account().name(), "accounts/throttled");
    EXPECT_EQ(who.account().role(), v1::MANAGER);
  }
  {
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(20));
    v1::LogoutResponse out;
    ASSERT_TRUE(stub->Logout(&ctx, v1::LogoutRequest(), &out).ok());
  }
  grpc::ClientContext ctx;
  ctx.set_deadline(Deadline(20));
  v1::WhoAmIResponse who;
  EXPECT_EQ(stub->WhoAmI(&ctx, v1::WhoAmIRequest(), &who).error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(AuthTest, BadAccountInputNamesTheFieldAndCreatesNothing) {
  auto stub = v1::AccountService::NewStub(server_->Channel());
  struct Case {
    std::string login;
    v1::Role role;
    std::string org;
    std::string person;
    std::string password;
    std::string want;
  } cases[] = {
      {"x", v1::MANAGER, world_->org_a, "", kPassword, "account.name"},
      {"short-pw", v1::MANAGER, world_->org_a, "", "short", "password"},
      {"no-org", v1::COORDINATOR, "", "", kPassword, "account.organisation"},
      {"no-person", v1::EMPLOYEE, "", "", kPassword, "account.person"},
      {"no-role", v1::ROLE_UNSPECIFIED, "", "", kPassword, "account.role"},
      {"ghost-org", v1::MANAGER, "organisations/ghost", "", kPassword, "account.organisation"},
  };
  for (const Case& c : cases) {
    v1::CreateAccountRequest request;
    request.mutable_account()->set_name("accounts/" + c.login);
    request.mutable_account()->set_role(c.role);
    request.mutable_account()->set_organisation(c.org);
    request.mutable_account()->set_person(c.person);
    request.set_password(c.password);
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(20));
    v1::Account reply;
    grpc::Status s = stub->CreateAccount(&ctx, request, &reply);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << c.login;
    EXPECT_EQ(s.error_message().rfind(c.want, 0), 0u) << c.login << ": " << s.error_message();
    grpc::ClientContext get_ctx;
    get_ctx.set_deadline(Deadline(20));
    v1::GetAccountRequest get;
    get.set_name("accounts/" + c.login);
    EXPECT_EQ(stub->GetAccount(&get_ctx, get, &reply).error_code(), grpc::StatusCode::NOT_FOUND) << c.login;
  }
}

// --- What a partner sees, and the audit trail --------------------------------

TEST_F(AuthTest, APartnerCoordinatorSeesNoPensionOrContactDetails) {
  // The coordinator of B, a partner of A, looks at the person at A1.
  Client admin(server_->Channel());
  auto token = CreateAccount(admin, *server_, "koord-b", v1::COORDINATOR, world_->org_b, {}, "");
  ASSERT_TRUE(token.ok()) << token.status();
  v1::UpdatePersonRequest update;
  update.mutable_person()->set_name(world_->person.at("A1"));
  update.mutable_person()->set_email("kari@example.no");
  update.mutable_person()->set_birth_year(1962);
  update.mutable_update_mask()->add_paths("email");
  update.mutable_update_mask()->add_paths("birth_year");
  update.set_request_id(NewRequestId());
  ASSERT_TRUE(admin.Call(&v1::DirectoryService::Stub::UpdatePerson, update).ok());

  v1::GetRequest get;
  get.set_name(world_->person.at("A1"));
  Client partner(server_->ChannelFor(*token));
  auto seen = partner.Call(&v1::DirectoryService::Stub::GetPerson, get);
  ASSERT_TRUE(seen.ok()) << seen.status();
  EXPECT_FALSE(seen->display_name().empty());
  EXPECT_FALSE(seen->professions().empty());
  EXPECT_EQ(seen->email(), "");
  EXPECT_EQ(seen->birth_year(), 0);
  EXPECT_FALSE(seen->has_pension());
  // Her own coordinator sees it all.
  Client own(server_->ChannelFor(world_->token.at(v1::COORDINATOR)));
  auto full = own.Call(&v1::DirectoryService::Stub::GetPerson, get);
  ASSERT_TRUE(full.ok()) << full.status();
  EXPECT_EQ(full->email(), "kari@example.no");
  EXPECT_EQ(full->birth_year(), 1962);
}

TEST_F(AuthTest, TheEmployeeSeesWhoReadAndChangedTheirData) {
  const std::string self = world_->person.at("self");
  // The coordinator reads her; an administrator changes her.
  Client coordinator(server_->ChannelFor(world_->token.at(v1::COORDINATOR)));
  v1::GetRequest get;
  get.set_name(self);
  ASSERT_TRUE(coordinator.Call(&v1::DirectoryService::Stub::GetPerson, get).ok());
  Client admin(server_->Channel());
  v1::UpdatePersonRequest update;
  update.mutable_person()->set_name(self);
  update.mutable_person()->set_phone("+47 400 00 000");
  update.mutable_update_mask()->add_paths("phone");
  update.set_request_id(NewRequestId());
  ASSERT_TRUE(admin.Call(&v1::DirectoryService::Stub::UpdatePerson, update).ok());

  auto stub = v1::AuditService::NewStub(server_->ChannelFor(world_->token.at(v1::EMPLOYEE)));
  v1::ListAuditRecordsRequest request;
  request.set_person(self);
  request.set_page_size(200);
  grpc::ClientContext ctx;
  ctx.set_deadline(Deadline(20));
  v1::ListAuditRecordsResponse response;
  ASSERT_TRUE(stub->ListAuditRecords(&ctx, request, &response).ok());
  bool read_by_coordinator = false, changed_by_admin = false;
  for (const v1::AuditRecord& r : response.records()) {
    if (r.account() == "accounts/koord" && r.action() == v1::AuditRecord::READ &&
        r.method() == "vaktbro.v1.DirectoryService/GetPerson") read_by_coordinator = true;
    if (r.account() == "accounts/admin" && r.action() == v1::AuditRecord::CHANGE &&
        r.method() == "vaktbro.v1.DirectoryService/UpdatePerson" &&
        std::count(r.records().begin(), r.records().end(), self)) changed_by_admin = true;
  }
  EXPECT_TRUE(read_by_coordinator);
  EXPECT_TRUE(changed_by_admin);
  // Newest first.
  for (int i = 1; i < response.records_size(); ++i) {
    EXPECT_GE(FromTimestamp(response.records(i - 1).time()), FromTimestamp(response.records(i).time()));
  }
  // Another person's trail is not hers to read.
  v1::ListAuditRecordsRequest other;
  other.set_person(world_->person.at("A1"));
  grpc::ClientContext other_ctx;
  other_ctx.set_deadline(Deadline(20));
  EXPECT_EQ(stub->ListAuditRecords(&other_ctx, other, &response).error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(AuthTest, WatchShiftsIsGatedToo) {
  auto watch = [&](const std::string& token, const std::string& organisation) {
    auto stub = v1::ShiftService::NewStub(server_->ChannelFor(token));
    grpc::ClientContext ctx;
    ctx.set_deadline(Deadline(3));
    v1::WatchShiftsRequest request;
    request.set_organisation(organisation);
    auto reader = stub->WatchShifts(&ctx, request);
    v1::ShiftEvent event;
    while (reader->Read(&event)) {
    }
    return reader->Finish().error_code();
  };
  // Allowed: the stream stays open until the deadline.
  EXPECT_EQ(watch(world_->token.at(v1::EMPLOYEE), world_->org_b), grpc::StatusCode::DEADLINE_EXCEEDED);
  EXPECT_EQ(watch(world_->token.at(v1::EMPLOYEE), world_->org_c), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(watch("", world_->org_a), grpc::StatusCode::UNAUTHENTICATED);
}

}  // namespace
}  // namespace vaktbro::testing
