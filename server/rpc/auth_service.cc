#include "auth_service.h"

#include <string>

#include "gate.h"
#include "unary.h"

namespace vaktbro::rpc {
namespace {

std::string TokenOf(const grpc::ServerContextBase& ctx) {
  return std::string(auth::Gate::BearerToken(AuthorizationOf(ctx)));
}

}  // namespace

grpc::ServerUnaryReactor* AuthService::Login(grpc::CallbackServerContext* ctx, const v1::LoginRequest* request,
                                             v1::LoginResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AuthService", __func__, request, reply,
                  [this, ctx, request] { return accounts_->Login(*request, ctx->peer()); });
}

grpc::ServerUnaryReactor* AuthService::Logout(grpc::CallbackServerContext* ctx, const v1::LogoutRequest* request,
                                              v1::LogoutResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AuthService", __func__, request, reply,
                  [this, ctx]() -> absl::StatusOr<v1::LogoutResponse> {
                    absl::Status s = accounts_->Logout(TokenOf(*ctx));
                    if (!s.ok()) return s;
                    return v1::LogoutResponse();
                  });
}

grpc::ServerUnaryReactor* AuthService::WhoAmI(grpc::CallbackServerContext* ctx, const v1::WhoAmIRequest* request,
                                              v1::WhoAmIResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AuthService", __func__, request, reply,
                  [this, ctx] { return accounts_->WhoAmI(TokenOf(*ctx)); });
}

grpc::ServerUnaryReactor* AuthService::ChangePassword(grpc::CallbackServerContext* ctx,
                                                      const v1::ChangePasswordRequest* request,
                                                      v1::ChangePasswordResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AuthService", __func__, request, reply,
                  [this, ctx, request]() -> absl::StatusOr<v1::ChangePasswordResponse> {
                    absl::Status s = accounts_->ChangePassword(TokenOf(*ctx), *request);
                    if (!s.ok()) return s;
                    return v1::ChangePasswordResponse();
                  });
}

grpc::ServerUnaryReactor* AccountService::CreateAccount(grpc::CallbackServerContext* ctx,
                                                        const v1::CreateAccountRequest* request, v1::Account* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AccountService", __func__, request, reply,
                  [this, request] { return accounts_->CreateAccount(*request); });
}

grpc::ServerUnaryReactor* AccountService::GetAccount(grpc::CallbackServerContext* ctx,
                                                     const v1::GetAccountRequest* request, v1::Account* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AccountService", __func__, request, reply,
                  [this, request] { return accounts_->GetAccount(*request); });
}

grpc::ServerUnaryReactor* AccountService::ListAccounts(grpc::CallbackServerContext* ctx,
                                                       const v1::ListAccountsRequest* request,
                                                       v1::ListAccountsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AccountService", __func__, request, reply,
                  [this, request] { return accounts_->ListAccounts(*request); });
}

grpc::ServerUnaryReactor* AccountService::UpdateAccount(grpc::CallbackServerContext* ctx,
                                                        const v1::UpdateAccountRequest* request, v1::Account* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AccountService", __func__, request, reply,
                  [this, request] { return accounts_->UpdateAccount(*request); });
}

grpc::ServerUnaryReactor* AccountService::SetPassword(grpc::CallbackServerContext* ctx,
                                                      const v1::SetPasswordRequest* request, v1::Account* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AccountService", __func__, request, reply,
                  [this, request] { return accounts_->SetPassword(*request); });
}

grpc::ServerUnaryReactor* AuditService::ListAuditRecords(grpc::CallbackServerContext* ctx,
                                                         const v1::ListAuditRecordsRequest* request,
                                                         v1::ListAuditRecordsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AuditService", __func__, request, reply,
                  [this, request] { return audit_->List(*request); });
}

}  // namespace vaktbro::rpc
