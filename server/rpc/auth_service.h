// The gRPC faces of accounts: AuthService (login, logout, who am I, change
// password), AccountService (administration of accounts) and AuditService
// (the audit trail). Thin classes over auth::Accounts and auth::AuditTrail;
// the gate in RunUnary decides who may call what.
#ifndef VAKTBRO_SERVER_RPC_AUTH_SERVICE_H_
#define VAKTBRO_SERVER_RPC_AUTH_SERVICE_H_

#include "accounts.h"
#include "audit.h"
#include "executor.h"
#include "vaktbro/v1/auth.grpc.pb.h"

namespace vaktbro::rpc {

class AuthService final : public v1::AuthService::CallbackService {
 public:
  AuthService(auth::Accounts* accounts, Executor* executor) : accounts_(accounts), executor_(executor) {}

  grpc::ServerUnaryReactor* Login(grpc::CallbackServerContext* ctx, const v1::LoginRequest* request,
                                  v1::LoginResponse* reply) override;
  grpc::ServerUnaryReactor* Logout(grpc::CallbackServerContext* ctx, const v1::LogoutRequest* request,
                                   v1::LogoutResponse* reply) override;
  grpc::ServerUnaryReactor* WhoAmI(grpc::CallbackServerContext* ctx, const v1::WhoAmIRequest* request,
                                   v1::WhoAmIResponse* reply) override;
  grpc::ServerUnaryReactor* ChangePassword(grpc::CallbackServerContext* ctx,
                                           const v1::ChangePasswordRequest* request,
                                           v1::ChangePasswordResponse* reply) override;

 private:
  auth::Accounts* const accounts_;
  Executor* const executor_;
};

class AccountService final : public v1::AccountService::CallbackService {
 public:
  AccountService(auth::Accounts* accounts, Executor* executor) : accounts_(accounts), executor_(executor) {}

  grpc::ServerUnaryReactor* CreateAccount(grpc::CallbackServerContext* ctx, const v1::CreateAccountRequest* request,
                                          v1::Account* reply) override;
  grpc::ServerUnaryReactor* GetAccount(grpc::CallbackServerContext* ctx, const v1::GetAccountRequest* request,
                                       v1::Account* reply) override;
  grpc::ServerUnaryReactor* ListAccounts(grpc::CallbackServerContext* ctx, const v1::ListAccountsRequest* request,
                                         v1::ListAccountsResponse* reply) override;
  grpc::ServerUnaryReactor* UpdateAccount(grpc::CallbackServerContext* ctx, const v1::UpdateAccountRequest* request,
                                          v1::Account* reply) override;
  grpc::ServerUnaryReactor* SetPassword(grpc::CallbackServerContext* ctx, const v1::SetPasswordRequest* request,
                                        v1::Account* reply) override;

 private:
  auth::Accounts* const accounts_;
  Executor* const executor_;
};

class AuditService final : public v1::AuditService::CallbackService {
 public:
  AuditService(auth::AuditTrail* audit, Executor* executor) : audit_(audit), executor_(executor) {}

  grpc::ServerUnaryReactor* ListAuditRecords(grpc::CallbackServerContext* ctx,
                                             const v1::ListAuditRecordsRequest* request,
                                             v1::ListAuditRecordsResponse* reply) override;

 private:
  auth::AuditTrail* const audit_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_AUTH_SERVICE_H_
