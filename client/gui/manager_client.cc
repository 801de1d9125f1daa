#include "manager_client.h"

#include "absl/time/clock.h"
#include "grpcpp/client_context.h"
#include "vaktbro/v1/agency.grpc.pb.h"

namespace vaktbro::gui {

absl::StatusOr<v1::AgencyReport> FetchAgencyReport(
    const std::shared_ptr<grpc::Channel>& channel,
    const v1::GetAgencyReportRequest& request, absl::Duration deadline) {
  std::unique_ptr<v1::AgencyService::Stub> stub =
      v1::AgencyService::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  v1::AgencyReport report;
  const grpc::Status status = stub->GetAgencyReport(&context, request, &report);
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()),
                        status.error_message());
  }
  return report;
}

}  // namespace vaktbro::gui
