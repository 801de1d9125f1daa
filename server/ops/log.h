// Structured log lines on standard error (the journal, under systemd).
//
// Text:  2026-11-22T10:45:16.123Z info event=serving port=50551 store=data
// JSON:  {"time":"2026-11-22T10:45:16.123Z","level":"info","event":"serving","port":"50551"}
//
// Thread-safe once InitLogging has returned.
#ifndef VAKTBRO_SERVER_OPS_LOG_H_
#define VAKTBRO_SERVER_OPS_LOG_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "absl/status/status.h"

namespace vaktbro::ops {

enum class LogLevel { kDebug, kInfo, kWarn, kError };
enum class LogFormat { kText, kJson };

// level: debug, info, warn, error; format: text, json. INVALID_ARGUMENT
// naming the option otherwise.
absl::Status InitLogging(std::string_view level, std::string_view format);

using LogField = std::pair<std::string_view, std::string>;
void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});

// The line Log writes after the time and level (exposed for tests).
std::string FormatFields(LogFormat format, std::string_view event, std::initializer_list<LogField> fields);

}  // namespace vaktbro::ops

#endif  // VAKTBRO_SERVER_OPS_LOG_H_
