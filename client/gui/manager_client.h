// The manager view's calls to AgencyService, as plain blocking functions.
// No GUI header: runs on the Background worker, never on the GUI thread.
#ifndef VAKTBRO_CLIENT_GUI_MANAGER_CLIENT_H_
#define VAKTBRO_CLIENT_GUI_MANAGER_CLIENT_H_

#include <memory>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "grpcpp/channel.h"
#include "vaktbro/v1/agency.pb.h"

namespace vaktbro::gui {

// GetAgencyReport with a deadline of `deadline` from now. The server's
// status comes back unchanged (INVALID_ARGUMENT names the field).
absl::StatusOr<v1::AgencyReport> FetchAgencyReport(
    const std::shared_ptr<grpc::Channel>& channel,
    const v1::GetAgencyReportRequest& request,
    absl::Duration deadline = absl::Seconds(30));

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_MANAGER_CLIENT_H_
