#include "account_commands.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "channel.h"
#include "command_helpers.h"
#include "grpcpp/client_context.h"
#include "local_time.h"
#include "names.h"
#include "password_input.h"
#include "session_store.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

constexpr char kAccounts[] = "accounts";

std::string OsloDateTime(const google::protobuf::Timestamp& t) {
  if (t.seconds() == 0 && t.nanos() == 0) return "-";
  return absl::FormatTime("%Y-%m-%d %H:%M:%S", FromProto(t), OsloZone());
}

// "vaktbro.v1.DirectoryService/GetPerson" -> "DirectoryService/GetPerson".
std::string ShortMethod(const std::string& method) {
  constexpr absl::string_view kPackage = "vaktbro.v1.";
  return absl::StartsWith(method, kPackage) ? method.substr(kPackage.size())
                                            : method;
}

std::string ActionWord(v1::AuditRecord::Action action) {
  switch (action) {
    case v1::AuditRecord::READ:
      return "read";
    case v1::AuditRecord::CHANGE:
      return "change";
    case v1::AuditRecord::LOGIN:
      return "login";
    case v1::AuditRecord::LOGIN_FAILED:
      return "login-failed";
    case v1::AuditRecord::DENIED:
      return "denied";
    default:
      return "-";
  }
}

// Organisation, units or person: what the account may act for.
std::string Scope(const v1::Account& a) {
  std::vector<std::string> parts;
  if (!a.organisation().empty()) parts.emplace_back(IdOf(a.organisation()));
  if (!a.units().empty()) {
    std::vector<std::string> units;
    for (const std::string& u : a.units()) units.emplace_back(IdOf(u));
    parts.push_back("units " + absl::StrJoin(units, ","));
  } else if (a.role() == v1::COORDINATOR) {
    parts.push_back("every unit");
  }
  if (!a.person().empty())
    parts.push_back("person " + std::string(IdOf(a.person())));
  return parts.empty() ? "-" : absl::StrJoin(parts, ", ");
}

void PrintAccount(const v1::Account& a, std::ostream& out) {
  out << a.name() << "\n"
      << "  name:        " << a.display_name() << "\n"
      << "  role:        " << RoleWord(a.role()) << "\n"
      << "  scope:       " << Scope(a) << "\n"
      << "  state:       " << (a.disabled() ? "disabled" : "active") << "\n"
      << "  last login:  " << OsloDateTime(a.last_login_time()) << "\n";
}

// Sets the fields of `options` that are given on `account` and lists their
// update_mask paths.
absl::StatusOr<std::vector<std::string>> FillAccount(const AccountOptions& o,
                                                     v1::Account* account) {
  std::vector<std::string> paths;
  if (o.login.empty()) return absl::InvalidArgumentError("--login: required");
  account->set_name(NameOf(kAccounts, o.login));
  if (o.display_name) {
    account->set_display_name(*o.display_name);
    paths.push_back("display_name");
  }
  if (o.role) {
    absl::StatusOr<v1::Role> role = ParseRole(*o.role);
    if (!role.ok()) return ForFlag("--role", role.status());
    account->set_role(*role);
    paths.push_back("role");
  }
  if (o.organisation) {
    account->set_organisation(NameOf("organisations", *o.organisation));
    paths.push_back("organisation");
  }
  if (o.units) {
    for (const std::string& u : *o.units) {
      if (!u.empty()) account->add_units(NameOf("units", u));
    }
    paths.push_back("units");
  }
  if (o.person) {
    account->set_person(NameOf("people", *o.person));
    paths.push_back("person");
  }
  if (o.disabled) {
    account->set_disabled(*o.disabled);
    paths.push_back("disabled");
  }
  return paths;
}

}  // namespace

absl::Status ApplySession(const SessionOptions& session,
                          ConnectionOptions* options) {
  if (options->ca_file.empty()) options->ca_file = client::DefaultCaFile();
  absl::StatusOr<std::string> token =
      client::SessionStore(session.token_file).Load(options->server);
  if (!token.ok()) return ForFlag("--token-file", token.status());
  options->token = *std::move(token);
  return absl::OkStatus();
}

absl::Status RunLogin(const ConnectionOptions& where,
                      const SessionOptions& session,
                      const LoginOptions& options, std::ostream& out) {
  ConnectionOptions fresh = where;
  fresh.token.clear();  // an old token must not get in the way of a new login
  Connection c(fresh);
  if (!c.setup().ok()) return c.setup();
  std::string user = options.user;
  if (user.empty()) {
    absl::StatusOr<std::string> asked = AskLine("Login: ", "--user");
    if (!asked.ok()) return asked.status();
    user = *std::move(asked);
  }
  absl::StatusOr<std::string> password =
      ReadPassword(options.password_file,
                   absl::StrCat("Password for ", user, ": "), Confirm::kNo);
  if (!password.ok()) return password.status();
  v1::LoginRequest request;
  request.set_login(std::string(IdOf(user)));
  request.set_password(*password);
  v1::LoginResponse response;
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + c.timeout()));
  const grpc::Status status = c.auth().Login(&context, request, &response);
  if (!status.ok()) {
    // Here UNAUTHENTICATED means a wrong login or password: the server's words.
    return status.error_code() == grpc::StatusCode::UNAUTHENTICATED
               ? FromGrpc(status)
               : c.Failed(status);
  }
  client::SessionStore store(session.token_file);
  if (absl::Status s = store.Save(c.server(), response.token()); !s.ok())
    return ForFlag("--token-file", s);
  const v1::Account& a = response.account();
  out << "logged in to " << c.server() << " as " << IdOf(a.name()) << " ("
      << a.display_name() << ", " << RoleWord(a.role()) << ") until "
      << OsloDateTime(response.expire_time()) << " (Europe/Oslo)\n";
  if (std::getenv("VAKTBRO_TOKEN") != nullptr) {
    std::cerr << "vaktbroctl: note: VAKTBRO_TOKEN is set and wins over the "
                 "saved session\n";
  }
  return absl::OkStatus();
}

absl::Status RunLogout(Connection& c, const SessionOptions& session,
                       std::ostream& out) {
  absl::Status ended = absl::OkStatus();
  if (c.setup().ok()) {
    absl::StatusOr<v1::LogoutResponse> r =
        c.Call<v1::LogoutResponse>([&](auto* ctx, auto* resp) {
          return c.auth().Logout(ctx, v1::LogoutRequest(), resp);
        });
    // A session the server no longer knows is as good as ended.
    if (!r.ok() && r.status().code() != absl::StatusCode::kUnauthenticated)
      ended = r.status();
  }
  if (absl::Status s =
          client::SessionStore(session.token_file).Forget(c.server());
      !s.ok()) {
    return ForFlag("--token-file", s);
  }
  if (!ended.ok()) return ended;
  out << "logged out of " << c.server() << "\n";
  return absl::OkStatus();
}

absl::Status RunWhoAmI(Connection& c, std::ostream& out) {
  absl::StatusOr<v1::WhoAmIResponse> r =
      c.Call<v1::WhoAmIResponse>([&](auto* ctx, auto* resp) {
        return c.auth().WhoAmI(ctx, v1::WhoAmIRequest(), resp);
      });
  if (!r.ok()) return r.status();
  PrintAccount(r->account(), out);
  out << "  session until " << OsloDateTime(r->expire_time())
      << " (Europe/Oslo)\n";
  return absl::OkStatus();
}

absl::Status RunAccountsList(Connection& c, const std::string& organisation,
                             std::ostream& out) {
  TextTable table({"login", "name", "role", "scope", "state", "last login"});
  v1::ListAccountsRequest request;
  request.set_page_size(500);
  request.set_organisation(NameOf("organisations", organisation));
  while (true) {
    absl::StatusOr<v1::ListAccountsResponse> page =
        c.Call<v1::ListAccountsResponse>([&](auto* ctx, auto* resp) {
          return c.accounts().ListAccounts(ctx, request, resp);
        });
    if (!page.ok()) return page.status();
    for (const v1::Account& a : page->accounts()) {
      table.AddRow({std::string(IdOf(a.name())), a.display_name(),
                    RoleWord(a.role()), Scope(a),
                    a.disabled() ? "disabled" : "active",
                    OsloDateTime(a.last_login_time())});
    }
    if (page->next_page_token().empty() ||
        page->next_page_token() == request.page_token())
      break;
    request.set_page_token(page->next_page_token());
  }
  table.Print(out);
  return absl::OkStatus();
}

absl::Status RunAccountsCreate(Connection& c, const AccountOptions& o,
                               std::ostream& out) {
  v1::CreateAccountRequest request;
  absl::StatusOr<std::vector<std::string>> paths =
      FillAccount(o, request.mutable_account());
  if (!paths.ok()) return paths.status();
  if (!o.role) return absl::InvalidArgumentError("--role: required");
  absl::StatusOr<std::string> password = ReadPassword(
      o.password_file, absl::StrCat("New password for ", o.login, ": "),
      Confirm::kYes);
  if (!password.ok()) return password.status();
  request.set_password(*password);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::Account> made =
      c.Call<v1::Account>([&](auto* ctx, auto* resp) {
        return c.accounts().CreateAccount(ctx, request, resp);
      });
  if (!made.ok()) return made.status();
  PrintAccount(*made, out);
  return absl::OkStatus();
}

absl::Status RunAccountsUpdate(Connection& c, const AccountOptions& o,
                               std::ostream& out) {
  v1::UpdateAccountRequest request;
  absl::StatusOr<std::vector<std::string>> paths =
      FillAccount(o, request.mutable_account());
  if (!paths.ok()) return paths.status();
  if (paths->empty()) {
    return absl::InvalidArgumentError(
        "nothing to change: give --display-name, --role, --organisation, "
        "--units, --all-units, --person, "
        "--disable or --enable");
  }
  for (const std::string& p : *paths)
    request.mutable_update_mask()->add_paths(p);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::Account> changed =
      c.Call<v1::Account>([&](auto* ctx, auto* resp) {
        return c.accounts().UpdateAccount(ctx, request, resp);
      });
  if (!changed.ok()) return changed.status();
  PrintAccount(*changed, out);
  return absl::OkStatus();
}

absl::Status RunAccountsSetPassword(Connection& c, const AccountOptions& o,
                                    std::ostream& out) {
  if (o.login.empty()) return absl::InvalidArgumentError("login: required");
  absl::StatusOr<std::string> password = ReadPassword(
      o.password_file, absl::StrCat("New password for ", o.login, ": "),
      Confirm::kYes);
  if (!password.ok()) return password.status();
  v1::SetPasswordRequest request;
  request.set_name(NameOf(kAccounts, o.login));
  request.set_password(*password);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::Account> changed =
      c.Call<v1::Account>([&](auto* ctx, auto* resp) {
        return c.accounts().SetPassword(ctx, request, resp);
      });
  if (!changed.ok()) return changed.status();
  out << "new password set for " << changed->name()
      << "; its sessions are ended\n";
  return absl::OkStatus();
}

absl::Status RunAudit(Connection& c, const AuditOptions& o, std::ostream& out) {
  v1::ListAuditRecordsRequest request;
  request.set_person(NameOf("people", o.person));
  request.set_account(NameOf(kAccounts, o.account));
  if (request.person().empty() && request.account().empty()) {
    // An employee asks about their own data ("who looked at my data").
    absl::StatusOr<v1::WhoAmIResponse> me =
        c.Call<v1::WhoAmIResponse>([&](auto* ctx, auto* resp) {
          return c.auth().WhoAmI(ctx, v1::WhoAmIRequest(), resp);
        });
    if (me.ok() && me->account().role() == v1::EMPLOYEE) {
      request.set_person(me->account().person());
    }
  }
  const absl::Time now = absl::Now();
  if (!o.since.empty()) {
    absl::StatusOr<absl::Time> since = ParseSince(o.since, now);
    if (!since.ok()) return ForFlag("--since", since.status());
    *request.mutable_time_from() = ToProto(*since);
  }
  if (!o.until.empty()) {
    absl::StatusOr<absl::Time> until = ParseSince(o.until, now);
    if (!until.ok()) return ForFlag("--until", until.status());
    *request.mutable_time_to() = ToProto(*until);
  }
  TextTable table(
      {"time (Oslo)", "account", "role", "method", "action", "people"});
  bool more = false;
  while (static_cast<int>(table.size()) < o.limit) {
    request.set_page_size(
        std::min(500, o.limit - static_cast<int>(table.size())));
    absl::StatusOr<v1::ListAuditRecordsResponse> page =
        c.Call<v1::ListAuditRecordsResponse>([&](auto* ctx, auto* resp) {
          return c.audit().ListAuditRecords(ctx, request, resp);
        });
    if (!page.ok()) return page.status();
    for (const v1::AuditRecord& r : page->records()) {
      if (static_cast<int>(table.size()) == o.limit) break;
      std::vector<std::string> people;
      for (const std::string& p : r.people()) people.emplace_back(IdOf(p));
      table.AddRow({OsloDateTime(r.time()), std::string(IdOf(r.account())),
                    RoleWord(r.role()), ShortMethod(r.method()),
                    ActionWord(r.action()),
                    people.empty() ? "-" : absl::StrJoin(people, ",")});
    }
    more = !page->next_page_token().empty();
    if (!more || page->next_page_token() == request.page_token()) break;
    request.set_page_token(page->next_page_token());
  }
  table.Print(out);
  if (more)
    out << "(more records: narrow with --since/--until or raise --limit)\n";
  return absl::OkStatus();
}

absl::StatusOr<absl::Time> ParseSince(const std::string& text, absl::Time now) {
  const std::string s(absl::StripAsciiWhitespace(text));
  if (s.size() >= 2 && absl::ascii_isdigit(static_cast<unsigned char>(s[0])) &&
      (s.back() == 'm' || s.back() == 'h' || s.back() == 'd')) {
    int64_t n = 0;
    if (absl::SimpleAtoi(s.substr(0, s.size() - 1), &n) && n >= 0 &&
        n <= 100 * 366 * 24 * 60) {
      const absl::Duration unit = s.back() == 'm'   ? absl::Minutes(1)
                                  : s.back() == 'h' ? absl::Hours(1)
                                                    : absl::Hours(24);
      return now - n * unit;
    }
  }
  const size_t split = s.find_first_of(" T");
  absl::StatusOr<absl::CivilDay> day = ParseDay(s.substr(0, split));
  if (!day.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "'", text,
        "' is not YYYY-MM-DD, YYYY-MM-DD HH:MM or an age like 90m, 24h, 7d"));
  }
  int minutes = 0;
  if (split != std::string::npos) {
    absl::StatusOr<int> clock = ParseClock(s.substr(split + 1));
    if (!clock.ok()) return clock.status();
    minutes = *clock;
  }
  return OsloTime(*day, minutes);
}

absl::StatusOr<v1::Role> ParseRole(const std::string& word) {
  const std::string w = absl::AsciiStrToLower(absl::StripAsciiWhitespace(word));
  if (w == "coordinator" || w == "koordinator") return v1::COORDINATOR;
  if (w == "employee" || w == "ansatt") return v1::EMPLOYEE;
  if (w == "manager" || w == "leder") return v1::MANAGER;
  if (w == "administrator" || w == "admin") return v1::ADMINISTRATOR;
  return absl::InvalidArgumentError(absl::StrCat(
      "'", word,
      "' is not a role: coordinator, employee, manager or administrator"));
}

std::string RoleWord(v1::Role role) {
  switch (role) {
    case v1::COORDINATOR:
      return "coordinator";
    case v1::EMPLOYEE:
      return "employee";
    case v1::MANAGER:
      return "manager";
    case v1::ADMINISTRATOR:
      return "administrator";
    default:
      return "-";
  }
}

}  // namespace vaktbro::ctl
