// Who the RPC that the current thread serves is for. The rpc layer sets it
// (ScopedCaller) around the work of each call after authentication; the
// domain reads it where a record must say who did something ("approved by"),
// and the store's audit hook reads it for every commit.
#ifndef VAKTBRO_SERVER_AUTH_CALL_CONTEXT_H_
#define VAKTBRO_SERVER_AUTH_CALL_CONTEXT_H_

#include <string>
#include <vector>

#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::auth {

struct Caller {
  // "accounts/{login}"; "system" for work the server does by itself (the
  // cascade timer, the demo load, retention).
  std::string account = "system";
  v1::Role role = v1::ROLE_UNSPECIFIED;
  std::string organisation;          // "organisations/{id}" (coordinator, manager)
  std::vector<std::string> units;    // "units/{id}" (coordinator; empty: whole organisation)
  std::string person;                // "people/{id}" (employee)
  std::string peer;                  // the client's address
  std::string method;                // "vaktbro.v1.ShiftService/PostShift"

  bool is_system() const { return account == "system"; }
};

// The caller of the call this thread serves; the system caller when none.
const Caller& CurrentCaller();

// Makes `caller` the current caller of this thread until destroyed.
class ScopedCaller {
 public:
  explicit ScopedCaller(const Caller& caller);
  ~ScopedCaller();
  ScopedCaller(const ScopedCaller&) = delete;
  ScopedCaller& operator=(const ScopedCaller&) = delete;

 private:
  const Caller* previous_;
};

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_CALL_CONTEXT_H_
