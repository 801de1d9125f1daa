#include "gate.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/reflection.h"
#include "absl_compat.h"
#include "status_macros.h"
#include "vaktbro/v1/matching.pb.h"
#include "vaktbro/v1/resources.pb.h"

namespace vaktbro::auth {
namespace {

using storage::AsAbsl;

using google::protobuf::Descriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

constexpr char kDenied[] =
    "permission denied: this account may not make this call on what it names "
    "(or it does not exist)";

// The string values at a dotted field path of `message`; INTERNAL for a path
// the table names wrongly (a test catches that).
absl::StatusOr<std::vector<std::string>> FieldValues(const Message& message, std::string_view path) {
  const Message* current = &message;
  std::vector<std::string> parts = absl::StrSplit(AsAbsl(path), '.');
  for (size_t i = 0; i < parts.size(); ++i) {
    const Descriptor* d = current->GetDescriptor();
    const FieldDescriptor* f = d->FindFieldByName(parts[i]);
    if (f == nullptr) {
      return absl::InternalError(absl::StrCat("policy: ", d->full_name(), " has no field ", parts[i]));
    }
    const Reflection* r = current->GetReflection();
    if (i + 1 < parts.size()) {
      if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE || f->is_repeated()) {
        return absl::InternalError(absl::StrCat("policy: ", f->full_name(), " is not a message"));
      }
      current = &r->GetMessage(*current, f);
      continue;
    }
    if (f->cpp_type() != FieldDescriptor::CPPTYPE_STRING) {
      return absl::InternalError(absl::StrCat("policy: ", f->full_name(), " is not a string"));
    }
    std::vector<std::string> values;
    if (f->is_repeated()) {
      for (int k = 0; k < r->FieldSize(*current, f); ++k) values.push_back(r->GetRepeatedString(*current, f, k));
    } else {
      values.push_back(r->GetString(*current, f));
    }
    values.erase(std::remove(values.begin(), values.end(), std::string()), values.end());
    return values;
  }
  return std::vector<std::string>();
}

void CollectPeople(const Message& message, std::vector<std::string>* out) {
  const Descriptor* d = message.GetDescriptor();
  const Reflection* r = message.GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const FieldDescriptor* f = d->field(i);
    if (f->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      auto consider = [&](const std::string& v) {
        if (absl::StartsWith(v, "people/")) out->push_back(v);
      };
      if (f->is_repeated()) {
        for (int k = 0; k < r->FieldSize(message, f); ++k) consider(r->GetRepeatedString(message, f, k));
      } else {
        consider(r->GetString(message, f));
      }
    } else if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      if (f->is_repeated()) {
        for (int k = 0; k < r->FieldSize(message, f); ++k) CollectPeople(r->GetRepeatedMessage(message, f, k), out);
      } else if (r->HasField(message, f)) {
        CollectPeople(r->GetMessage(message, f), out);
      }
    }
  }
}

// The organisations the caller acts for: a coordinator's or manager's
// organisation; the employers of an employee's positions.
absl::StatusOr<std::set<std::string>> CallerOrganisations(storage::Txn& txn, const Caller& caller) {
  std::set<std::string> orgs;
  if (!caller.organisation.empty()) orgs.insert(caller.organisation);
  if (caller.role == v1::EMPLOYEE && !caller.person.empty()) {
    absl::StatusOr<std::vector<v1::Position>> positions = txn.ListPositionsOf(storage::IdOf(caller.person));
    if (!positions.ok() && !absl::IsNotFound(positions.status())) return positions.status();
    if (positions.ok()) {
      for (const v1::Position& p : *positions) orgs.insert(p.employer());
    }
  }
  return orgs;
}

bool Intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const std::string& x : a) {
    if (b.count(x)) return true;
  }
  return false;
}

// Generic wording for a finding whose numbers come from other employers'
// hours or from the person's pension: the verdict stays, the numbers go.
void Blur(v1::Finding* f, bool pension) {
  f->set_actual(0);
  f->set_limit(0);
  if (pension) {
    f->set_message_nb("En pensjonsregel står i veien (detaljene ser bare arbeidsgiveren og personen).");
    f->set_message_en("A pension rule stands in the way (only the employer and the person see the details).");
  } else {
    f->set_message_nb(absl::StrCat("Bryter regelen ", f->rule(), " når timene hos alle arbeidsgivere regnes med (", f->law(), ")."));
    f->set_message_en(absl::StrCat("Breaks the ", f->rule(), " rule when the hours at every employer are counted (", f->law(), ")."));
  }
}

bool IsPensionRule(const v1::Finding& f) { return absl::StartsWith(f.rule(), "pension") || absl::StartsWith(f.rule(), "afp"); }

void RedactCandidate(v1::Candidate* c, const std::set<std::string>& caller_orgs) {
  const bool own_staff = caller_orgs.count(c->employer()) > 0;
  for (v1::Finding& f : *c->mutable_findings()) {
    if (IsPensionRule(f)) {
      if (!own_staff) Blur(&f, /*pension=*/true);
    } else if (f.severity() == v1::Finding::WARN) {
      Blur(&f, /*pension=*/false);
    }
  }
}

void RedactPerson(v1::Person* p) {
  p->clear_birth_year();
  p->clear_pension();
  p->clear_email();
  p->clear_phone();
  p->clear_cross_employer_consent_time();
}

bool IsRead(std::string_view method) {
  const std::string_view name = method.substr(method.rfind('/') + 1);
  for (std::string_view prefix : {"Get", "List", "Find", "Evaluate", "Watch"}) {
    if (name.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> PeopleNamedIn(const Message& message) {
  std::vector<std::string> people;
  CollectPeople(message, &people);
  std::sort(people.begin(), people.end());
  people.erase(std::unique(people.begin(), people.end()), people.end());
  return people;
}

std::string_view Gate::BearerToken(std::string_view authorization) {
  absl::string_view value = absl::StripAsciiWhitespace(AsAbsl(authorization));
  if (value.size() < 7 || !absl::EqualsIgnoreCase(value.substr(0, 7), "bearer ")) return "";
  value = absl::StripAsciiWhitespace(value.substr(7));
  return std::string_view(value.data(), value.size());
}

absl::Status Gate::AddOwners(storage::Txn& txn, std::string_view name, Owners* owners) const {
  const size_t slash = name.find('/');
  if (slash == std::string_view::npos) return absl::NotFoundError("no such thing");
  const std::string_view collection = name.substr(0, slash);
  const std::string id(name.substr(slash + 1));
  if (id.empty() || id.find('/') != std::string::npos) return absl::NotFoundError("no such thing");
  using storage::LockMode;
  auto add_unit = [&](const std::string& unit) -> absl::Status {
    if (unit.empty()) return absl::OkStatus();
    owners->units.insert(unit);
    ASSIGN_OR_RETURN(v1::Unit u, txn.GetUnit(storage::IdOf(unit), LockMode::kNone));
    owners->organisations.insert(u.organisation());
    return absl::OkStatus();
  };
  auto add_positions_of = [&](const std::string& person) -> absl::Status {
    ASSIGN_OR_RETURN(std::vector<v1::Position> positions, txn.ListPositionsOf(storage::IdOf(person)));
    for (const v1::Position& p : positions) {
      owners->organisations.insert(p.employer());
      if (!p.unit().empty()) owners->units.insert(p.unit());
    }
    return absl::OkStatus();
  };
  auto add_shift = [&](std::string_view shift_id) -> absl::Status {
    ASSIGN_OR_RETURN(v1::Shift s, txn.GetShift(shift_id, LockMode::kNone));
    if (!s.organisation().empty()) owners->organisations.insert(s.organisation());
    return add_unit(s.unit());
  };
  if (collection == "organisations") {
    RETURN_IF_ERROR(txn.GetOrganisation(id, LockMode::kNone).status());
    owners->organisations.insert(std::string(name));
  } else if (collection == "units") {
    RETURN_IF_ERROR(add_unit(std::string(name)));
  } else if (collection == "people") {
    RETURN_IF_ERROR(txn.GetPerson(id, LockMode::kNone).status());
    owners->people.insert(std::string(name));
    RETURN_IF_ERROR(add_positions_of(std::string(name)));
  } else if (collection == "positions") {
    ASSIGN_OR_RETURN(v1::Position p, txn.GetPosition(id, LockMode::kNone));
    owners->people.insert(p.person());
    owners->organisations.insert(p.employer());
    RETURN_IF_ERROR(add_unit(p.unit()));
  } else if (collection == "availabilities") {
    ASSIGN_OR_RETURN(v1::Availability a, txn.GetAvailability(id, LockMode::kNone));
    owners->people.insert(a.person());
    RETURN_IF_ERROR(add_positions_of(a.person()));
  } else if (collection == "shifts") {
    RETURN_IF_ERROR(add_shift(id));
  } else if (collection == "assignments") {
    ASSIGN_OR_RETURN(v1::Assignment a, txn.GetAssignment(id, LockMode::kNone));
    owners->people.insert(a.person());
    RETURN_IF_ERROR(add_shift(storage::IdOf(a.shift())));
  } else if (collection == "agencyBookings") {
    ASSIGN_OR_RETURN(v1::AgencyBooking b, txn.GetAgencyBooking(id, LockMode::kNone));
    owners->organisations.insert(b.organisation());
    RETURN_IF_ERROR(add_unit(b.unit()));
  } else if (collection == "proposals") {
    ASSIGN_OR_RETURN(v1::Proposal p, txn.GetProposal(id, LockMode::kNone));
    if (!p.organisation().empty()) owners->organisations.insert(p.organisation());
    RETURN_IF_ERROR(add_unit(p.unit()));
  } else if (collection == "cascades") {
    RETURN_IF_ERROR(txn.GetCascade(id, LockMode::kNone).status());
    RETURN_IF_ERROR(add_shift(id));
  } else if (collection == "partnerships") {
    ASSIGN_OR_RETURN(v1::Partnership p, txn.GetPartnership(id, LockMode::kNone));
    for (const std::string& org : p.organisations()) owners->organisations.insert(org);
  } else if (collection == "accounts") {
    ASSIGN_OR_RETURN(v1::AccountRecord a, txn.GetAccountRecord(id, LockMode::kNone));
    owners->accounts.insert(a.name());
    if (!a.account().organisation().empty()) owners->organisations.insert(a.account().organisation());
  } else if (collection == "agreements") {
    ASSIGN_OR_RETURN(v1::Agreement a, txn.GetAgreement(id, LockMode::kNone));
    owners->people.insert(a.person());
    owners->organisations.insert(a.main_employer());
    owners->organisations.insert(a.secondary_employer());
  } else if (collection == "notices") {
    ASSIGN_OR_RETURN(v1::SecondaryWorkNotice n, txn.GetNotice(id, LockMode::kNone));
    RETURN_IF_ERROR(AddOwners(txn, n.agreement(), owners));
  } else {
    return absl::NotFoundError("no such thing");
  }
  return absl::OkStatus();
}

absl::StatusOr<Relation> Gate::RelationTo(const Caller& caller, const std::vector<std::string>& paths,
                                          const Message& request) const {
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  Owners owners;
  bool named = false;
  bool missing = false;
  for (const std::string& path : paths) {
    ASSIGN_OR_RETURN(std::vector<std::string> values, FieldValues(request, path));
    for (const std::string& value : values) {
      named = true;
      absl::Status s = AddOwners(*txn, value, &owners);
      if (absl::IsNotFound(s)) {
        missing = true;
      } else if (!s.ok()) {
        return s;
      }
    }
  }
  if (!named) return Relation::kAny;
  if ((!caller.person.empty() && owners.people.count(caller.person)) || owners.accounts.count(caller.account)) {
    return Relation::kSelf;
  }
  // A name that leads nowhere is a stranger's: the answer must not tell
  // whether it exists.
  if (missing && owners.organisations.empty()) return Relation::kStranger;
  ASSIGN_OR_RETURN(std::set<std::string> mine, CallerOrganisations(*txn, caller));
  const bool unit_scoped = caller.role == v1::COORDINATOR && !caller.units.empty();
  if (unit_scoped) {
    for (const std::string& u : caller.units) {
      if (owners.units.count(u)) return Relation::kOwn;
    }
    if (Intersects(owners.organisations, mine)) return Relation::kOrg;
  } else if (Intersects(owners.organisations, mine)) {
    return Relation::kOwn;
  }
  for (const std::string& org : mine) {
    ASSIGN_OR_RETURN(std::vector<v1::Partnership> partnerships, txn->ListPartnershipsOf(storage::IdOf(org)));
    for (const v1::Partnership& p : partnerships) {
      for (const std::string& other : p.organisations()) {
        if (other != org && owners.organisations.count(other)) return Relation::kPartner;
      }
    }
  }
  return Relation::kStranger;
}

absl::StatusOr<std::set<std::string>> Gate::VisibleOrganisations(const Caller& caller) const {
  if (caller.role == v1::ADMINISTRATOR) return std::set<std::string>();
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(std::set<std::string> visible, CallerOrganisations(*txn, caller));
  if (caller.role == v1::MANAGER) return visible;
  const std::set<std::string> mine = visible;
  for (const std::string& org : mine) {
    ASSIGN_OR_RETURN(std::vector<v1::Partnership> partnerships, txn->ListPartnershipsOf(storage::IdOf(org)));
    for (const v1::Partnership& p : partnerships) {
      for (const std::string& other : p.organisations()) visible.insert(other);
    }
  }
  if (visible.empty()) visible.insert("organisations/-none-");  // sees nothing
  return visible;
}

absl::StatusOr<Admission> Gate::Admit(std::string_view method, std::string_view authorization,
                                      std::string_view peer, const Message& request) const {
  const PolicyRow* row = table_->Find(method);
  if (row == nullptr) return absl::PermissionDeniedError(kDenied);
  Admission admission;
  admission.caller.method = std::string(method);
  admission.caller.peer = std::string(peer);
  if (row->public_call) {
    admission.caller.account = "anonymous";
    return admission;
  }
  ASSIGN_OR_RETURN(Caller caller, accounts_->Authenticate(BearerToken(authorization)));
  caller.method = std::string(method);
  caller.peer = std::string(peer);
  admission.caller = caller;
  if (caller.role == v1::ADMINISTRATOR) {
    admission.relation = Relation::kAny;
    return admission;
  }
  bool allowed = true;
  if (row->every_target) {
    // Each named target on its own; the farthest is the call's relationship.
    admission.relation = Relation::kSelf;
    bool named = false;
    for (const std::string& path : row->targets) {
      ASSIGN_OR_RETURN(Relation r, RelationTo(caller, {path}, request));
      if (r == Relation::kAny) continue;
      named = true;
      allowed = allowed && row->Allows(caller.role, r);
      admission.relation = std::max(admission.relation, r);
    }
    if (!named) {
      admission.relation = Relation::kAny;
      allowed = row->Allows(caller.role, Relation::kAny);
    }
  } else {
    ASSIGN_OR_RETURN(admission.relation, RelationTo(caller, row->targets, request));
    allowed = row->Allows(caller.role, admission.relation);
  }
  if (!allowed) {
    std::vector<std::string> people = PeopleNamedIn(request);
    (void)audit_->RecordDenied(caller, people);
    return absl::PermissionDeniedError(kDenied);
  }
  return admission;
}

absl::Status Gate::Release(const Admission& admission, Message* reply) const {
  const Caller& caller = admission.caller;
  const bool sees_all = caller.role == v1::ADMINISTRATOR || admission.relation == Relation::kSelf ||
                        caller.account == "anonymous";
  if (!sees_all) {
    std::unique_ptr<storage::Txn> txn = store_->Begin();
    ASSIGN_OR_RETURN(std::set<std::string> mine, CallerOrganisations(*txn, caller));
    const bool distant = admission.relation == Relation::kPartner || admission.relation == Relation::kStranger;
    if (auto* person = dynamic_cast<v1::Person*>(reply); person != nullptr && distant) RedactPerson(person);
    if (auto* response = dynamic_cast<v1::FindCandidatesResponse*>(reply); response != nullptr) {
      for (v1::Candidate& c : *response->mutable_candidates()) RedactCandidate(&c, mine);
      for (v1::Candidate& c : *response->mutable_ineligible()) RedactCandidate(&c, mine);
    }
    if (auto* candidate = dynamic_cast<v1::Candidate*>(reply); candidate != nullptr) {
      RedactCandidate(candidate, mine);
    }
    // Hours at another employer are not shown: a person's assignments and
    // rota at employers other than the caller's are left out.
    if (auto* response = dynamic_cast<v1::ListAssignmentsResponse*>(reply); response != nullptr) {
      auto* items = response->mutable_assignments();
      std::vector<v1::Assignment> kept;
      for (v1::Assignment& a : *items) {
        if (!caller.person.empty() && a.person() == caller.person) {
          kept.push_back(std::move(a));
          continue;
        }
        absl::StatusOr<v1::Shift> shift = txn->GetShift(storage::IdOf(a.shift()), storage::LockMode::kNone);
        if (shift.ok() && mine.count(shift->organisation())) kept.push_back(std::move(a));
      }
      items->Clear();
      for (v1::Assignment& a : kept) *items->Add() = std::move(a);
    }
    // A listing without a filter: the shifts of the organisations the caller
    // may see. (A page may come back shorter than asked; the token goes on.)
    if (auto* response = dynamic_cast<v1::ListShiftsResponse*>(reply);
        response != nullptr && admission.relation == Relation::kAny) {
      ASSIGN_OR_RETURN(std::set<std::string> visible, VisibleOrganisations(caller));
      auto* items = response->mutable_shifts();
      std::vector<v1::Shift> kept;
      for (v1::Shift& s : *items) {
        if (visible.count(s.organisation())) kept.push_back(std::move(s));
      }
      items->Clear();
      for (v1::Shift& s : kept) *items->Add() = std::move(s);
    }
    if (auto* response = dynamic_cast<v1::ListPlannedShiftsResponse*>(reply); response != nullptr) {
      auto* items = response->mutable_planned_shifts();
      std::vector<v1::PlannedShift> kept;
      for (v1::PlannedShift& p : *items) {
        if (mine.count(p.employer())) kept.push_back(std::move(p));
      }
      items->Clear();
      for (v1::PlannedShift& p : kept) *items->Add() = std::move(p);
    }
  }
  if (IsRead(caller.method)) {
    RETURN_IF_ERROR(audit_->RecordRead(caller, PeopleNamedIn(*reply)));
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::auth
