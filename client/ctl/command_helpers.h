// Small helpers that the subcommands share.
#ifndef VAKTBRO_CLIENT_CTL_COMMAND_HELPERS_H_
#define VAKTBRO_CLIENT_CTL_COMMAND_HELPERS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace vaktbro::ctl {

// 128 random bits ("ctl-xxxxxxxx-..."): a request id no other client picks.
std::string NewRequestId();

// `given`, or a new random request id when `given` is empty.
std::string RequestIdOr(const std::string& given);

// `status` with its message prefixed by the command-line flag it is about:
// ForFlag("--date", InvalidArgument("'x' is not a date")) is
// InvalidArgument("--date: 'x' is not a date").
absl::Status ForFlag(absl::string_view flag, const absl::Status& status);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_COMMAND_HELPERS_H_
