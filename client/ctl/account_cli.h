// The command line of vaktbroctl's session and account commands
// (account_commands.h): main.cc calls these two to add them.
#ifndef VAKTBRO_CLIENT_CTL_ACCOUNT_CLI_H_
#define VAKTBRO_CLIENT_CTL_ACCOUNT_CLI_H_

#include <functional>

#include "absl/status/status.h"
#include "account_commands.h"
#include "rpc.h"

namespace CLI {
class App;
}

namespace vaktbro::ctl {

// Global options: --ca FILE, --plaintext (env VAKTBRO_PLAINTEXT=1),
// --token-file FILE. REQUIRES: both pointers outlive the parse.
void AddSessionOptions(CLI::App& app, ConnectionOptions* connection,
                       SessionOptions* session);

// login, logout, whoami, accounts list|create|update|set-password, audit.
// A chosen command sets `*action`. `where` and `session` are read when the
// action runs (after ApplySession). REQUIRES: all pointers outlive the run.
void AddAccountCommands(CLI::App& app, const ConnectionOptions* where,
                        const SessionOptions* session,
                        std::function<absl::Status(Connection&)>* action);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_ACCOUNT_CLI_H_
