#include "accounts.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "audit.h"
#include "mutation.h"
#include "paging.h"
#include "password.h"
#include "absl_compat.h"
#include "status_macros.h"
#include "update_mask.h"

namespace vaktbro::auth {
namespace {

using storage::AsAbsl;

constexpr char kWrongLogin[] = "wrong login or password";

absl::Time FromProto(const google::protobuf::Timestamp& t) {
  return absl::FromUnixSeconds(t.seconds()) + absl::Nanoseconds(t.nanos());
}

google::protobuf::Timestamp ToProto(absl::Time t) {
  google::protobuf::Timestamp out;
  out.set_seconds(absl::ToUnixSeconds(t));
  return out;
}

bool ValidLogin(std::string_view login) {
  if (login.size() < 3 || login.size() > 64) return false;
  return std::all_of(login.begin(), login.end(), [](char c) {
    return absl::ascii_islower(c) || absl::ascii_isdigit(c) || c == '.' || c == '_' || c == '-';
  });
}

// A real hash of a random password, so that a login with an unknown name
// costs the same Argon2id work as one with a wrong password.
const std::string& DummyHash() {
  static const std::string* const hash = new std::string(HashPassword(NewToken()).value_or(""));
  return *hash;
}

Caller CallerOf(const v1::Account& account) {
  Caller caller;
  caller.account = account.name();
  caller.role = account.role();
  caller.organisation = account.organisation();
  caller.units.assign(account.units().begin(), account.units().end());
  caller.person = account.person();
  return caller;
}

}  // namespace

Accounts::Accounts(storage::Store* store, const domain::Clock* clock, AccountsOptions options)
    : store_(store), clock_(clock), options_(options) {}

absl::StatusOr<v1::LoginResponse> Accounts::Login(const v1::LoginRequest& request, std::string_view peer) {
  if (request.login().empty()) return absl::InvalidArgumentError("login: must be set");
  if (request.password().empty()) return absl::InvalidArgumentError("password: must be set");
  const std::string login = absl::AsciiStrToLower(request.login());
  const absl::Time now = FromProto(clock_->Now());
  Caller who;
  who.account = ValidLogin(login) ? absl::StrCat("accounts/", login) : "accounts/?";
  who.method = "vaktbro.v1.AuthService/Login";
  who.peer = std::string(peer);

  std::unique_ptr<storage::Txn> txn = store_->Begin();
  absl::StatusOr<v1::AccountRecord> record =
      ValidLogin(login) ? txn->GetAccountRecord(login, storage::LockMode::kExclusive)
                        : absl::NotFoundError("no such login");
  if (absl::IsNotFound(record.status())) {
    // Same answer and about the same time as a wrong password.
    (void)VerifyPassword(DummyHash(), request.password());
    v1::AuditRecord audit = MakeAuditRecord(who, v1::AuditRecord::LOGIN_FAILED, *clock_);
    RETURN_IF_ERROR(txn->Put(audit));
    RETURN_IF_ERROR(txn->Commit());
    return absl::UnauthenticatedError(kWrongLogin);
  }
  if (!record.ok()) return record.status();
  who.role = record->account().role();

  if (record->has_locked_until() && FromProto(record->locked_until()) > now) {
    const int64_t wait = absl::ToInt64Seconds(FromProto(record->locked_until()) - now) + 1;
    return absl::ResourceExhaustedError(absl::StrCat(
        "too many failed logins for this account: try again in ", wait, " s"));
  }
  if (!VerifyPassword(record->password_hash(), request.password()) || record->account().disabled()) {
    record->set_failed_logins(record->failed_logins() + 1);
    const int over = record->failed_logins() - options_.failures_before_throttle;
    if (over >= 0) {
      absl::Duration lock = options_.first_throttle * (1 << std::min(over, 10));
      lock = std::min(lock, options_.max_throttle);
      *record->mutable_locked_until() = ToProto(now + lock);
    }
    RETURN_IF_ERROR(txn->Put(*record));
    v1::AuditRecord audit = MakeAuditRecord(who, v1::AuditRecord::LOGIN_FAILED, *clock_);
    if (!record->account().person().empty()) audit.add_people(record->account().person());
    RETURN_IF_ERROR(txn->Put(audit));
    RETURN_IF_ERROR(txn->Commit());
    return absl::UnauthenticatedError(kWrongLogin);
  }

  record->set_failed_logins(0);
  record->clear_locked_until();
  *record->mutable_account()->mutable_last_login_time() = clock_->Now();
  RETURN_IF_ERROR(txn->Put(*record));
  const std::string token = NewToken();
  v1::Session session;
  session.set_name(absl::StrCat("sessions/", TokenId(token)));
  session.set_account(record->name());
  *session.mutable_create_time() = clock_->Now();
  *session.mutable_expire_time() = ToProto(now + options_.session_lifetime);
  session.set_peer(std::string(peer));
  RETURN_IF_ERROR(txn->Put(session));
  v1::AuditRecord audit = MakeAuditRecord(who, v1::AuditRecord::LOGIN, *clock_);
  if (!record->account().person().empty()) audit.add_people(record->account().person());
  RETURN_IF_ERROR(txn->Put(audit));
  RETURN_IF_ERROR(txn->Commit());

  v1::LoginResponse response;
  response.set_token(token);
  *response.mutable_account() = record->account();
  *response.mutable_expire_time() = session.expire_time();
  return response;
}

absl::Status Accounts::Logout(std::string_view token) {
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  absl::StatusOr<v1::Session> session = txn->GetSession(TokenId(token), storage::LockMode::kExclusive);
  if (!session.ok()) return absl::UnauthenticatedError("not logged in");
  if (!session->has_revoke_time()) {
    *session->mutable_revoke_time() = clock_->Now();
    RETURN_IF_ERROR(txn->Put(*session));
  }
  return txn->Commit();
}

absl::StatusOr<Caller> Accounts::Authenticate(std::string_view token) const {
  if (token.empty()) return absl::UnauthenticatedError("not logged in: send authorization: Bearer <token> from AuthService.Login");
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  absl::StatusOr<v1::Session> session = txn->GetSession(TokenId(token), storage::LockMode::kNone);
  if (!session.ok()) return absl::UnauthenticatedError("unknown session: log in again");
  if (session->has_revoke_time()) return absl::UnauthenticatedError("the session was ended: log in again");
  if (FromProto(session->expire_time()) <= FromProto(clock_->Now())) {
    return absl::UnauthenticatedError("the session expired: log in again");
  }
  absl::StatusOr<v1::AccountRecord> record =
      txn->GetAccountRecord(storage::IdOf(session->account()), storage::LockMode::kNone);
  if (!record.ok() || record->account().disabled()) {
    return absl::UnauthenticatedError("the account is disabled: log in again");
  }
  return CallerOf(record->account());
}

absl::StatusOr<v1::WhoAmIResponse> Accounts::WhoAmI(std::string_view token) const {
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(v1::Session session, txn->GetSession(TokenId(token), storage::LockMode::kNone));
  ASSIGN_OR_RETURN(v1::AccountRecord record,
                   txn->GetAccountRecord(storage::IdOf(session.account()), storage::LockMode::kNone));
  v1::WhoAmIResponse response;
  *response.mutable_account() = record.account();
  *response.mutable_expire_time() = session.expire_time();
  return response;
}

absl::Status Accounts::ChangePassword(std::string_view token, const v1::ChangePasswordRequest& request) {
  RETURN_IF_ERROR(CheckPasswordStrength(request.new_password(), "new_password"));
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  ASSIGN_OR_RETURN(v1::Session session, txn->GetSession(TokenId(token), storage::LockMode::kNone));
  ASSIGN_OR_RETURN(v1::AccountRecord record,
                   txn->GetAccountRecord(storage::IdOf(session.account()), storage::LockMode::kExclusive));
  if (!VerifyPassword(record.password_hash(), request.old_password())) {
    return absl::InvalidArgumentError("old_password: does not match");
  }
  ASSIGN_OR_RETURN(std::string hash, HashPassword(request.new_password()));
  record.set_password_hash(hash);
  RETURN_IF_ERROR(txn->Put(record));
  RETURN_IF_ERROR(RevokeSessionsOf(*txn, record.name(), storage::IdOf(session.name())));
  return txn->Commit();
}

absl::Status Accounts::ValidateAccount(storage::Txn& txn, const v1::Account& account,
                                       std::string_view field) const {
  if (account.display_name().size() > 200) {
    return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".display_name: must be at most 200 characters"));
  }
  auto need_org = [&]() -> absl::Status {
    if (account.organisation().empty()) {
      return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".organisation: must be set for this role"));
    }
    ASSIGN_OR_RETURN(std::string id, domain::ParseName(absl::StrCat(AsAbsl(field), ".organisation"),
                                                       account.organisation(), domain::kOrganisations));
    if (!txn.GetOrganisation(id, storage::LockMode::kNone).ok()) {
      return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".organisation: no such organisation"));
    }
    return absl::OkStatus();
  };
  switch (account.role()) {
    case v1::COORDINATOR: {
      RETURN_IF_ERROR(need_org());
      for (int i = 0; i < account.units_size(); ++i) {
        const std::string f = absl::StrCat(AsAbsl(field), ".units[", i, "]");
        ASSIGN_OR_RETURN(std::string id, domain::ParseName(f, account.units(i), domain::kUnits));
        absl::StatusOr<v1::Unit> unit = txn.GetUnit(id, storage::LockMode::kNone);
        if (!unit.ok()) return absl::InvalidArgumentError(absl::StrCat(f, ": no such unit"));
        if (unit->organisation() != account.organisation()) {
          return absl::InvalidArgumentError(absl::StrCat(f, ": must be a unit of ", account.organisation()));
        }
      }
      if (!account.person().empty()) {
        return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".person: only for the EMPLOYEE role"));
      }
      return absl::OkStatus();
    }
    case v1::MANAGER:
      RETURN_IF_ERROR(need_org());
      break;
    case v1::EMPLOYEE: {
      if (account.person().empty()) {
        return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".person: must be set for the EMPLOYEE role"));
      }
      ASSIGN_OR_RETURN(std::string id,
                       domain::ParseName(absl::StrCat(AsAbsl(field), ".person"), account.person(), domain::kPeople));
      if (!txn.GetPerson(id, storage::LockMode::kNone).ok()) {
        return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".person: no such person"));
      }
      if (!account.organisation().empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(AsAbsl(field), ".organisation: not for the EMPLOYEE role (the person's positions say where)"));
      }
      break;
    }
    case v1::ADMINISTRATOR:
      if (!account.organisation().empty() || !account.person().empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat(AsAbsl(field), ".organisation: an administrator has no organisation or person"));
      }
      break;
    default:
      return absl::InvalidArgumentError(
          absl::StrCat(AsAbsl(field), ".role: must be COORDINATOR, EMPLOYEE, MANAGER or ADMINISTRATOR"));
  }
  if (account.units_size() > 0) {
    return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".units: only for the COORDINATOR role"));
  }
  if (account.role() != v1::EMPLOYEE && !account.person().empty()) {
    return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), ".person: only for the EMPLOYEE role"));
  }
  return absl::OkStatus();
}

absl::Status Accounts::RevokeSessionsOf(storage::Txn& txn, std::string_view account_name,
                                        std::string_view except_id) {
  // Sessions are few per account but not indexed by it; the scan reads them
  // all. Revocations are rare (password change, disabling).
  std::string after;
  for (;;) {
    ASSIGN_OR_RETURN(std::vector<v1::Session> batch, txn.ListSessions(after, 1000));
    if (batch.empty()) break;
    for (v1::Session& s : batch) {
      if (s.account() != account_name || s.has_revoke_time()) continue;
      if (storage::IdOf(s.name()) == except_id) continue;
      *s.mutable_revoke_time() = clock_->Now();
      RETURN_IF_ERROR(txn.Put(s));
    }
    after = std::string(storage::IdOf(batch.back().name()));
  }
  return absl::OkStatus();
}

absl::StatusOr<v1::Account> Accounts::CreateAccount(const v1::CreateAccountRequest& request) {
  const v1::Account& account = request.account();
  const std::string login(storage::IdOf(account.name()));
  if (!absl::StartsWith(account.name(), "accounts/") || !ValidLogin(login)) {
    return absl::InvalidArgumentError("account.name: must be accounts/{login} with a login of 3-64 of [a-z0-9._-]");
  }
  RETURN_IF_ERROR(CheckPasswordStrength(request.password(), "password"));
  ASSIGN_OR_RETURN(std::string hash, HashPassword(request.password()));
  return domain::Mutate<v1::Account>(
      *store_, "CreateAccount", request, request.request_id(),
      [&](storage::Txn& txn) -> absl::StatusOr<v1::Account> {
        RETURN_IF_ERROR(ValidateAccount(txn, account, "account"));
        absl::StatusOr<v1::AccountRecord> existing = txn.GetAccountRecord(login, storage::LockMode::kExclusive);
        if (existing.ok()) return absl::AlreadyExistsError(absl::StrCat(account.name(), " already exists"));
        if (!absl::IsNotFound(existing.status())) return existing.status();
        v1::AccountRecord record;
        record.set_name(account.name());
        v1::Account& stored = *record.mutable_account();
        stored = account;
        *stored.mutable_create_time() = clock_->Now();
        *stored.mutable_update_time() = clock_->Now();
        stored.clear_last_login_time();
        stored.set_etag(domain::FirstEtag());
        record.set_password_hash(hash);
        RETURN_IF_ERROR(txn.Put(record));
        return stored;
      });
}

absl::StatusOr<v1::Account> Accounts::GetAccount(const v1::GetAccountRequest& request) const {
  ASSIGN_OR_RETURN(std::string login, domain::ParseName("name", request.name(), "accounts"));
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  absl::StatusOr<v1::AccountRecord> record = txn->GetAccountRecord(login, storage::LockMode::kNone);
  if (!record.ok()) return record.status();
  return record->account();
}

absl::StatusOr<v1::ListAccountsResponse> Accounts::ListAccounts(const v1::ListAccountsRequest& request) const {
  ASSIGN_OR_RETURN(const int page_size, domain::PageSize(request.page_size()));
  ASSIGN_OR_RETURN(const storage::Cursor cursor, domain::DecodePageToken(request.page_token()));
  std::unique_ptr<storage::Txn> txn = store_->Begin();
  auto fetch = [&](const storage::Cursor& after, int limit) { return txn->ListAccountRecords(after.id, limit); };
  auto keep = [&](const v1::AccountRecord& r) {
    return request.organisation().empty() || r.account().organisation() == request.organisation();
  };
  auto cursor_of = [](const v1::AccountRecord& r) { return storage::Cursor{0, std::string(storage::IdOf(r.name()))}; };
  ASSIGN_OR_RETURN(std::vector<v1::AccountRecord> page,
                   domain::ScanFiltered<v1::AccountRecord>(cursor, page_size, fetch, keep, cursor_of));
  v1::ListAccountsResponse response;
  response.set_next_page_token(domain::TrimPage(page, page_size, cursor_of));
  for (const v1::AccountRecord& r : page) *response.add_accounts() = r.account();
  return response;
}

absl::StatusOr<v1::Account> Accounts::UpdateAccount(const v1::UpdateAccountRequest& request) {
  ASSIGN_OR_RETURN(std::string login, domain::ParseName("account.name", request.account().name(), "accounts"));
  return domain::Mutate<v1::Account>(
      *store_, "UpdateAccount", request, request.request_id(),
      [&](storage::Txn& txn) -> absl::StatusOr<v1::Account> {
        ASSIGN_OR_RETURN(v1::AccountRecord record, txn.GetAccountRecord(login, storage::LockMode::kExclusive));
        RETURN_IF_ERROR(domain::CheckEtag(request.account().etag(), record.account().etag(), record.name()));
        v1::Account updated = record.account();
        RETURN_IF_ERROR(domain::ApplyUpdate(request.account(), request.update_mask(), {"last_login_time"}, updated));
        RETURN_IF_ERROR(ValidateAccount(txn, updated, "account"));
        if (updated.disabled() && !record.account().disabled()) {
          RETURN_IF_ERROR(RevokeSessionsOf(txn, record.name(), ""));
        }
        *updated.mutable_update_time() = clock_->Now();
        updated.set_etag(domain::NextEtag(updated.etag()));
        *record.mutable_account() = updated;
        RETURN_IF_ERROR(txn.Put(record));
        return updated;
      });
}

absl::StatusOr<v1::Account> Accounts::SetPassword(const v1::SetPasswordRequest& request) {
  ASSIGN_OR_RETURN(std::string login, domain::ParseName("name", request.name(), "accounts"));
  RETURN_IF_ERROR(CheckPasswordStrength(request.password(), "password"));
  ASSIGN_OR_RETURN(std::string hash, HashPassword(request.password()));
  return domain::Mutate<v1::Account>(
      *store_, "SetPassword", request, request.request_id(),
      [&](storage::Txn& txn) -> absl::StatusOr<v1::Account> {
        ASSIGN_OR_RETURN(v1::AccountRecord record, txn.GetAccountRecord(login, storage::LockMode::kExclusive));
        record.set_password_hash(hash);
        record.set_failed_logins(0);
        record.clear_locked_until();
        RETURN_IF_ERROR(txn.Put(record));
        RETURN_IF_ERROR(RevokeSessionsOf(txn, record.name(), ""));
        return record.account();
      });
}

absl::Status Accounts::EnsureAccounts(const std::vector<auth::Login>& logins) {
  for (const auth::Login& l : logins) {
    {
      std::unique_ptr<storage::Txn> txn = store_->Begin();
      if (txn->GetAccountRecord(l.login, storage::LockMode::kNone).ok()) continue;
    }
    v1::CreateAccountRequest request;
    v1::Account& account = *request.mutable_account();
    account.set_name(absl::StrCat("accounts/", l.login));
    account.set_display_name(l.display_name);
    account.set_role(l.role);
    account.set_organisation(l.organisation);
    account.set_person(l.person);
    request.set_password(l.password);
    absl::StatusOr<v1::Account> created = CreateAccount(request);
    if (!created.ok() && !absl::IsAlreadyExists(created.status())) return created.status();
  }
  return absl::OkStatus();
}

absl::StatusOr<int> Accounts::SweepSessions() {
  const absl::Time cutoff = FromProto(clock_->Now()) - absl::Hours(24);
  int deleted = 0;
  std::string after;
  for (;;) {
    std::unique_ptr<storage::Txn> txn = store_->Begin();
    ASSIGN_OR_RETURN(std::vector<v1::Session> batch, txn->ListSessions(after, 500));
    if (batch.empty()) break;
    for (const v1::Session& s : batch) {
      if (FromProto(s.expire_time()) < cutoff) {
        RETURN_IF_ERROR(txn->DeleteSession(storage::IdOf(s.name())));
        ++deleted;
      }
    }
    after = std::string(storage::IdOf(batch.back().name()));
    RETURN_IF_ERROR(txn->Commit());
  }
  return deleted;
}

}  // namespace vaktbro::auth
