// vaktbroctl's commands for sessions, accounts and the audit trail
// (AuthService, AccountService, AuditService in proto/vaktbro/v1/auth.proto),
// and the options that say how vaktbroctl reaches the server: --ca,
// --plaintext, --token-file.
//
// A login keeps its token in the session file (client/core/session_store.h)
// under the server's address; every later command sends it. Passwords come
// from --password-file, else from a prompt on the terminal without echo,
// else from the first line of standard input when it is not a terminal.
#ifndef VAKTBRO_CLIENT_CTL_ACCOUNT_COMMANDS_H_
#define VAKTBRO_CLIENT_CTL_ACCOUNT_COMMANDS_H_

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "rpc.h"
#include "vaktbro/v1/auth.pb.h"

namespace vaktbro::ctl {

// Where the session token lives; empty: the default file.
struct SessionOptions {
  std::string token_file;
};

// Fills in what the command line left open: the CA (--ca, else $VAKTBRO_CA,
// else ~/.config/vaktbro/ca.pem when present) and the token for
// `options->server` ($VAKTBRO_TOKEN, else the session file). A session file
// that cannot be read is an error naming it.
absl::Status ApplySession(const SessionOptions& session,
                          ConnectionOptions* options);

struct LoginOptions {
  std::string user;           // empty: asked on the terminal
  std::string password_file;  // empty: prompt, or stdin when not a terminal
};
// Logs in on a connection without a token, saves the token for the
// server and prints who is logged in and until when. Wrong login or
// password: the server's UNAUTHENTICATED message.
absl::Status RunLogin(const ConnectionOptions& where,
                      const SessionOptions& session,
                      const LoginOptions& options, std::ostream& out);
// Ends the session on the server (when there is one) and forgets the token.
absl::Status RunLogout(Connection& c, const SessionOptions& session,
                       std::ostream& out);
// The account of the current session and when the session expires.
absl::Status RunWhoAmI(Connection& c, std::ostream& out);

absl::Status RunAccountsList(Connection& c, const std::string& organisation,
                             std::ostream& out);

struct AccountOptions {
  std::string login;  // accounts/{login}
  std::optional<std::string>
      role;  // coordinator, employee, manager, administrator
  std::optional<std::string> organisation;  // id or name
  std::optional<std::vector<std::string>>
      units;  // ids or names; empty: every unit
  std::optional<std::string> person;
  std::optional<std::string> display_name;
  std::optional<bool> disabled;  // update only
  std::string password_file;     // create and set-password
  std::string request_id;
};
// Creates the account with a password (see the file comment) and prints it.
absl::Status RunAccountsCreate(Connection& c, const AccountOptions& options,
                               std::ostream& out);
// Changes only the fields that are set; at least one must be.
absl::Status RunAccountsUpdate(Connection& c, const AccountOptions& options,
                               std::ostream& out);
absl::Status RunAccountsSetPassword(Connection& c,
                                    const AccountOptions& options,
                                    std::ostream& out);

struct AuditOptions {
  std::string person;   // id or name: records about this person
  std::string account;  // login or name: records by this account
  std::string since;    // see ParseSince
  std::string until;
  int limit = 100;  // at most this many records, newest first
};
// The audit records, newest first: time (Europe/Oslo), account, role,
// method, action, people.
absl::Status RunAudit(Connection& c, const AuditOptions& options,
                      std::ostream& out);

// "2026-11-23" (midnight in Oslo), "2026-11-23 14:00" or "2026-11-23T14:00"
// (Oslo), or an age before `now`: "90m", "24h", "7d". INVALID_ARGUMENT
// otherwise.
absl::StatusOr<absl::Time> ParseSince(const std::string& text, absl::Time now);

// coordinator | employee | manager | administrator (also koordinator,
// ansatt, leder). INVALID_ARGUMENT lists them.
absl::StatusOr<v1::Role> ParseRole(const std::string& word);
std::string RoleWord(v1::Role role);  // "coordinator"

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_ACCOUNT_COMMANDS_H_
