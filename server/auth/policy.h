// The policy table: one row per RPC says which request fields name what the
// call acts on, and for each role which relationships between the caller
// and that target allow the call. The table is text (policy_table.cc) so it
// reads like the table in docs/privacy.md; a test walks every RPC x role x
// relationship against it.
//
// Relationships, closest first:
//   self      the target is the caller's own person (or own account)
//   own       inside the caller's scope: a coordinator's units (all units of
//             the organisation when the account names none), a manager's
//             organisation, the employers an employee holds positions at
//   org       in the caller's organisation but outside a unit-scoped
//             coordinator's units
//   partner   at an organisation in a partnership with the caller's
//   stranger  none of these
//   any       the request names no target (a listing of everything)
// A target with several owners (a person with positions at two employers)
// takes the closest relationship.
#ifndef VAKTBRO_SERVER_AUTH_POLICY_H_
#define VAKTBRO_SERVER_AUTH_POLICY_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::auth {

enum class Relation : int { kSelf = 0, kOwn, kOrg, kPartner, kStranger, kAny };
inline constexpr int kNumRelations = 6;
inline constexpr std::array<Relation, kNumRelations> kAllRelations = {
    Relation::kSelf, Relation::kOwn, Relation::kOrg, Relation::kPartner, Relation::kStranger, Relation::kAny};

std::string_view RelationName(Relation r);

// The four roles in table order.
inline constexpr std::array<v1::Role, 4> kRoles = {v1::COORDINATOR, v1::EMPLOYEE, v1::MANAGER,
                                                   v1::ADMINISTRATOR};

struct PolicyRow {
  // "vaktbro.v1.ShiftService/PostShift"
  std::string method;
  // Request field paths that name the target ("shift.unit", "name"); the
  // relationship is the closest over every one that is set. Empty: none.
  // Written "a|b" in the table; "a&b" sets every_target: then each named
  // target on its own must be allowed (an approval names the agreement and
  // the approving organisation: the caller must be at both).
  std::vector<std::string> targets;
  bool every_target = false;
  // Callable without a token (only AuthService.Login).
  bool public_call = false;
  // Per role (kRoles order): a bit per Relation that allows the call.
  std::array<uint8_t, 4> allowed{};

  bool Allows(v1::Role role, Relation relation) const;
};

class PolicyTable {
 public:
  // The built-in table. Aborts at start-up if its text does not parse (a
  // test parses it too).
  static const PolicyTable& Default();
  // INVALID_ARGUMENT naming the line for a malformed table.
  static absl::StatusOr<PolicyTable> Parse(std::string_view text);

  // The row of `method`; nullptr for a method the table does not know
  // (the gate refuses those).
  const PolicyRow* Find(std::string_view method) const;
  const std::vector<PolicyRow>& rows() const { return rows_; }

 private:
  std::vector<PolicyRow> rows_;
  absl::flat_hash_map<std::string, size_t> index_;
};

// The table text (policy_table.cc).
extern const char kPolicyTableText[];

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_POLICY_H_
