// The door every RPC goes through (server/rpc/unary.h calls it).
//
// Admit(): authenticates the bearer token (UNAUTHENTICATED when missing,
// unknown, expired, revoked), finds the method's row in the policy table,
// resolves the target the request names to its owners (person, units,
// organisations), works out the caller's relationship to it and asks the
// table. Refused: PERMISSION_DENIED with the same words whether or not the
// target exists, and an audit record of the refusal.
//
// Release(): after the work, before the reply leaves: trims what the
// caller's relationship may not see (docs/privacy.md) and, when the reply
// names people, writes the READ audit record; if that fails the reply is
// not sent.
//
// Thread-safe.
#ifndef VAKTBRO_SERVER_AUTH_GATE_H_
#define VAKTBRO_SERVER_AUTH_GATE_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "accounts.h"
#include "audit.h"
#include "call_context.h"
#include "google/protobuf/message.h"
#include "policy.h"
#include "store.h"

namespace vaktbro::auth {

// Who and what a target belongs to.
struct Owners {
  std::set<std::string> people;         // "people/{id}": matches for self
  std::set<std::string> units;          // "units/{id}"
  std::set<std::string> organisations;  // "organisations/{id}"
  std::set<std::string> accounts;       // "accounts/{login}": matches for self
};

struct Admission {
  Caller caller;
  Relation relation = Relation::kAny;
};

class Gate {
 public:
  // REQUIRES: everything outlives the gate.
  Gate(storage::Store* store, Accounts* accounts, AuditTrail* audit, const PolicyTable* table)
      : store_(store), accounts_(accounts), audit_(audit), table_(table) {}

  // `authorization` is the value of the "authorization" metadata ("" when
  // absent); `peer` the client's address.
  absl::StatusOr<Admission> Admit(std::string_view method, std::string_view authorization,
                                  std::string_view peer, const google::protobuf::Message& request) const;

  absl::Status Release(const Admission& admission, google::protobuf::Message* reply) const;

  // The caller's relationship to what `request` names in the fields
  // `paths` (the closest over all of them).
  absl::StatusOr<Relation> RelationTo(const Caller& caller, const std::vector<std::string>& paths,
                                      const google::protobuf::Message& request) const;

  // The organisations whose shifts `caller` may list without a filter: their
  // own, and (except managers) their partners. Empty for administrators,
  // who see everything.
  absl::StatusOr<std::set<std::string>> VisibleOrganisations(const Caller& caller) const;

  // The bearer token of an "authorization" value; "" when malformed.
  static std::string_view BearerToken(std::string_view authorization);

 private:
  absl::Status AddOwners(storage::Txn& txn, std::string_view name, Owners* owners) const;

  storage::Store* const store_;
  Accounts* const accounts_;
  AuditTrail* const audit_;
  const PolicyTable* const table_;
};

// Every "people/{id}" value in `message` and its sub-messages.
std::vector<std::string> PeopleNamedIn(const google::protobuf::Message& message);

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_GATE_H_
