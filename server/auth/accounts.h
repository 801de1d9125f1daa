// Accounts and login sessions.
//
// An account has one role and a scope (docs/privacy.md). Login checks the
// password (Argon2id), throttles an account after repeated failures (the
// count and the lock survive a restart: they are stored with the account)
// and opens a session; the token goes to the client, the store keeps only
// its SHA-256. Authenticate() turns a token into the Caller every RPC runs
// as: UNAUTHENTICATED for a missing, unknown, expired or revoked token, or a
// disabled account.
//
// Thread-safe: every method runs its own store transactions.
#ifndef VAKTBRO_SERVER_AUTH_ACCOUNTS_H_
#define VAKTBRO_SERVER_AUTH_ACCOUNTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "call_context.h"
#include "resource.h"
#include "store.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::auth {

struct AccountsOptions {
  absl::Duration session_lifetime = absl::Hours(12);
  int failures_before_throttle = 5;
  absl::Duration first_throttle = absl::Seconds(30);
  absl::Duration max_throttle = absl::Minutes(15);
};

// A demo or bootstrap login and its password.
struct Login {
  std::string login;
  std::string password;
  v1::Role role;
  std::string organisation;
  std::string person;
  std::string display_name;
};

class Accounts {
 public:
  // REQUIRES: store and clock outlive this object.
  Accounts(storage::Store* store, const domain::Clock* clock, AccountsOptions options = {});

  absl::StatusOr<v1::LoginResponse> Login(const v1::LoginRequest& request, std::string_view peer);
  absl::Status Logout(std::string_view token);
  // The caller a token stands for (peer and method left empty).
  absl::StatusOr<Caller> Authenticate(std::string_view token) const;
  absl::StatusOr<v1::WhoAmIResponse> WhoAmI(std::string_view token) const;
  absl::Status ChangePassword(std::string_view token, const v1::ChangePasswordRequest& request);

  absl::StatusOr<v1::Account> CreateAccount(const v1::CreateAccountRequest& request);
  absl::StatusOr<v1::Account> GetAccount(const v1::GetAccountRequest& request) const;
  absl::StatusOr<v1::ListAccountsResponse> ListAccounts(const v1::ListAccountsRequest& request) const;
  absl::StatusOr<v1::Account> UpdateAccount(const v1::UpdateAccountRequest& request);
  absl::StatusOr<v1::Account> SetPassword(const v1::SetPasswordRequest& request);

  // Creates the accounts in `logins` that do not exist yet (existing ones are
  // left as they are). For the first administrator and the demo.
  absl::Status EnsureAccounts(const std::vector<auth::Login>& logins);

  // Deletes sessions that expired more than a day ago. Returns how many.
  absl::StatusOr<int> SweepSessions();

 private:
  absl::Status ValidateAccount(storage::Txn& txn, const v1::Account& account, std::string_view field) const;
  absl::Status RevokeSessionsOf(storage::Txn& txn, std::string_view account_name, std::string_view except_id);

  storage::Store* const store_;
  const domain::Clock* const clock_;
  const AccountsOptions options_;
};

}  // namespace vaktbro::auth

#endif  // VAKTBRO_SERVER_AUTH_ACCOUNTS_H_
