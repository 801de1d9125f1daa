#include "admin_service.h"

#include "unary.h"

namespace vaktbro::rpc {

grpc::ServerUnaryReactor* AdminService::CreateBackup(grpc::CallbackServerContext* ctx,
    const v1::CreateBackupRequest* request, v1::Backup* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AdminService", __func__, request, reply, [this, request] { return backups_->CreateBackup(*request); });
}

grpc::ServerUnaryReactor* AdminService::ListBackups(grpc::CallbackServerContext* ctx,
    const v1::ListBackupsRequest* request, v1::ListBackupsResponse* reply) {
  return RunUnary(*executor_, ctx, "vaktbro.v1.AdminService", __func__, request, reply, [this, request] { return backups_->ListBackups(*request); });
}

}  // namespace vaktbro::rpc
