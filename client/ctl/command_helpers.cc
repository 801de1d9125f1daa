#include "command_helpers.h"

#include <random>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace vaktbro::ctl {

std::string NewRequestId() {
  std::random_device device;
  std::string id = "ctl";
  for (int i = 0; i < 4; ++i) absl::StrAppendFormat(&id, "-%08x", device());
  return id;
}

std::string RequestIdOr(const std::string& given) {
  return given.empty() ? NewRequestId() : given;
}

absl::Status ForFlag(absl::string_view flag, const absl::Status& status) {
  return absl::Status(status.code(),
                      absl::StrCat(flag, ": ", status.message()));
}

}  // namespace vaktbro::ctl
