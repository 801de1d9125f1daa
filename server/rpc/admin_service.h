// The gRPC face of administration: backups of the store. One thin class;
// each handler hands its request to domain::Backups on the executor (a
// backup flushes, copies and reads back files for seconds).
#ifndef VAKTBRO_SERVER_RPC_ADMIN_SERVICE_H_
#define VAKTBRO_SERVER_RPC_ADMIN_SERVICE_H_

#include "backups.h"
#include "executor.h"
#include "vaktbro/v1/service.grpc.pb.h"

namespace vaktbro::rpc {

class AdminService final : public v1::AdminService::CallbackService {
 public:
  // REQUIRES: backups and executor outlive the service.
  AdminService(domain::Backups* backups, Executor* executor)
      : backups_(backups), executor_(executor) {}

  grpc::ServerUnaryReactor* CreateBackup(grpc::CallbackServerContext* ctx, const v1::CreateBackupRequest* request,
      v1::Backup* reply) override;
  grpc::ServerUnaryReactor* ListBackups(grpc::CallbackServerContext* ctx, const v1::ListBackupsRequest* request,
      v1::ListBackupsResponse* reply) override;

 private:
  domain::Backups* const backups_;
  Executor* const executor_;
};

}  // namespace vaktbro::rpc

#endif  // VAKTBRO_SERVER_RPC_ADMIN_SERVICE_H_
