#include "account_cli.h"

#include <iostream>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"

namespace vaktbro::ctl {
namespace {

using Action = std::function<absl::Status(Connection&)>;

constexpr char kRoles[] = "coordinator, employee, manager or administrator";

// What CLI11 fills for the account commands; shared by their callbacks.
struct Parsed {
  LoginOptions login;
  AccountOptions account;
  std::string organisation;  // accounts list
  std::string role, org, person, display_name;
  std::vector<std::string> units;
  bool all_units = false, disable = false, enable = false;
  AuditOptions audit;
};

// The account fields of create and update; `update` adds --all-units and
// --disable/--enable. Options that were given are copied into
// p->account by Collect below.
struct FieldOptions {
  CLI::Option* role = nullptr;
  CLI::Option* org = nullptr;
  CLI::Option* units = nullptr;
  CLI::Option* all_units = nullptr;
  CLI::Option* person = nullptr;
  CLI::Option* display_name = nullptr;
  CLI::Option* disable = nullptr;
  CLI::Option* enable = nullptr;
};

FieldOptions AddFields(CLI::App* cmd, Parsed* p, bool update) {
  FieldOptions f;
  f.role = cmd->add_option("--role", p->role, kRoles);
  f.org = cmd->add_option("--organisation", p->org,
                          "The organisation (id) of a coordinator or manager");
  f.units = cmd->add_option(
                   "--units", p->units,
                   "A coordinator's units (ids, comma-separated; default: all)")
                ->delimiter(',');
  f.person =
      cmd->add_option("--person", p->person, "An employee's person (id)");
  f.display_name = cmd->add_option("--display-name", p->display_name,
                                   "The name shown for the account");
  cmd->add_option("--request-id", p->account.request_id,
                  "Idempotency key (default: a new one)");
  if (update) {
    f.all_units =
        cmd->add_flag("--all-units", p->all_units,
                      "A coordinator of every unit of the organisation")
            ->excludes(f.units);
    f.disable = cmd->add_flag("--disable", p->disable,
                              "Disable the account (ends its sessions)");
    f.enable = cmd->add_flag("--enable", p->enable, "Enable the account again")
                   ->excludes(f.disable);
  }
  return f;
}

void Collect(const FieldOptions& f, Parsed* p) {
  AccountOptions& a = p->account;
  if (f.role->count() > 0) a.role = p->role;
  if (f.org->count() > 0) a.organisation = p->org;
  if (f.units->count() > 0) a.units = p->units;
  if (f.all_units != nullptr && f.all_units->count() > 0)
    a.units = std::vector<std::string>();
  if (f.person->count() > 0) a.person = p->person;
  if (f.display_name->count() > 0) a.display_name = p->display_name;
  if (f.disable != nullptr && f.disable->count() > 0) a.disabled = true;
  if (f.enable != nullptr && f.enable->count() > 0) a.disabled = false;
}

void AddAccountsCommands(CLI::App& app, std::shared_ptr<Parsed> p,
                         Action* action) {
  CLI::App* accounts =
      app.add_subcommand("accounts",
                         "User accounts and their roles (administrators)")
          ->require_subcommand(1);
  CLI::App* list = accounts->add_subcommand("list", "List the accounts");
  list->add_option("--organisation", p->organisation,
                   "Only accounts of this organisation (id)");
  list->callback([p, action] {
    *action = [p](Connection& c) {
      return RunAccountsList(c, p->organisation, std::cout);
    };
  });

  CLI::App* create =
      accounts->add_subcommand("create", "Create an account with a password");
  create
      ->add_option("--login", p->account.login,
                   "The login name, 3-64 of a-z 0-9 . _ -")
      ->required();
  FieldOptions cf = AddFields(create, p.get(), /*update=*/false);
  cf.role->required();
  create->add_option("--password-file", p->account.password_file,
                     "Read the password from the first line of this file ('-': "
                     "stdin) instead of asking");
  create->callback([p, action, cf] {
    Collect(cf, p.get());
    *action = [p](Connection& c) {
      return RunAccountsCreate(c, p->account, std::cout);
    };
  });

  CLI::App* update = accounts->add_subcommand(
      "update", "Change an account's role, scope, name or state");
  update->add_option("login", p->account.login, "The account (login name)")
      ->required();
  FieldOptions uf = AddFields(update, p.get(), /*update=*/true);
  update->callback([p, action, uf] {
    Collect(uf, p.get());
    *action = [p](Connection& c) {
      return RunAccountsUpdate(c, p->account, std::cout);
    };
  });

  CLI::App* set_password = accounts->add_subcommand(
      "set-password", "Set a new password; ends its sessions");
  set_password
      ->add_option("login", p->account.login, "The account (login name)")
      ->required();
  set_password->add_option(
      "--password-file", p->account.password_file,
      "Read the password from the first line of this file ('-': stdin)");
  set_password->add_option("--request-id", p->account.request_id,
                           "Idempotency key (default: a new one)");
  set_password->callback([p, action] {
    *action = [p](Connection& c) {
      return RunAccountsSetPassword(c, p->account, std::cout);
    };
  });
}

}  // namespace

void AddSessionOptions(CLI::App& app, ConnectionOptions* connection,
                       SessionOptions* session) {
  app.add_option("--ca", connection->ca_file,
                 "PEM file of the CA that signed the server's certificate "
                 "(default: $VAKTBRO_CA, else ~/.config/vaktbro/ca.pem if "
                 "present, else the system's)");
  app.add_flag("--plaintext", connection->plaintext,
               "No TLS, for a server started with --plaintext-on-loopback "
               "(loopback addresses only)")
      ->envname("VAKTBRO_PLAINTEXT");
  app.add_option("--token-file", session->token_file,
                 "Where login keeps the session token (default: "
                 "~/.config/vaktbro/session; "
                 "$VAKTBRO_TOKEN wins when set)");
}

void AddAccountCommands(CLI::App& app, const ConnectionOptions* where,
                        const SessionOptions* session, Action* action) {
  auto p = std::make_shared<Parsed>();
  CLI::App* login = app.add_subcommand(
      "login", "Log in and keep the session for the next commands");
  login->add_option("--user", p->login.user, "The login name (default: asked)");
  login->add_option("--password-file", p->login.password_file,
                    "Read the password from the first line of this file ('-': "
                    "stdin) instead of asking");
  login->callback([p, action, where, session] {
    *action = [p, where, session](Connection&) {
      return RunLogin(*where, *session, p->login, std::cout);
    };
  });
  app.add_subcommand("logout", "End the session and forget its token")
      ->callback([action, session] {
        *action = [session](Connection& c) {
          return RunLogout(c, *session, std::cout);
        };
      });
  app.add_subcommand("whoami",
                     "The logged-in account and when its session ends")
      ->callback([action] {
        *action = [](Connection& c) { return RunWhoAmI(c, std::cout); };
      });
  AddAccountsCommands(app, p, action);

  AuditOptions& a = p->audit;
  CLI::App* audit = app.add_subcommand(
      "audit", "Who read or changed whose data, newest first (times in Oslo)");
  audit->add_option("--person", a.person,
                    "Only records about this person (id)");
  audit->add_option("--account", a.account,
                    "Only records by this account (login)");
  audit->add_option(
      "--since", a.since,
      "From: YYYY-MM-DD, 'YYYY-MM-DD HH:MM' or an age: 90m, 24h, 7d");
  audit->add_option("--until", a.until, "Up to, in the same forms");
  audit->add_option("--limit", a.limit, "At most this many records")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  audit->callback([p, action] {
    *action = [p](Connection& c) { return RunAudit(c, p->audit, std::cout); };
  });
}

}  // namespace vaktbro::ctl
