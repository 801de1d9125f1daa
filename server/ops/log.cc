#include "log.h"

#include <atomic>

#include "spdlog/sinks/stdout_sinks.h"
#include "spdlog/spdlog.h"

namespace vaktbro::ops {
namespace {

std::atomic<LogFormat> g_format{LogFormat::kText};

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void AppendTextValue(std::string& out, std::string_view s) {
  const bool quote = s.empty() || s.find_first_of(" \"=\t\n") != std::string_view::npos;
  if (!quote) {
    out += s;
    return;
  }
  AppendJsonString(out, s);  // the same escaping suits logfmt
}

}  // namespace

std::string FormatFields(LogFormat format, std::string_view event, std::initializer_list<LogField> fields) {
  std::string out;
  if (format == LogFormat::kJson) {
    out += "\"event\":";
    AppendJsonString(out, event);
    for (const auto& [key, value] : fields) {
      out += ',';
      AppendJsonString(out, key);
      out += ':';
      AppendJsonString(out, value);
    }
    return out;
  }
  out += "event=";
  AppendTextValue(out, event);
  for (const auto& [key, value] : fields) {
    out += ' ';
    out += key;
    out += '=';
    AppendTextValue(out, value);
  }
  return out;
}

absl::Status InitLogging(std::string_view level, std::string_view format) {
  spdlog::level::level_enum spd_level;
  if (level == "debug") spd_level = spdlog::level::debug;
  else if (level == "info") spd_level = spdlog::level::info;
  else if (level == "warn") spd_level = spdlog::level::warn;
  else if (level == "error") spd_level = spdlog::level::err;
  else return absl::InvalidArgumentError("log-level: must be debug, info, warn or error");
  LogFormat fmt;
  if (format == "text") fmt = LogFormat::kText;
  else if (format == "json") fmt = LogFormat::kJson;
  else return absl::InvalidArgumentError("log-format: must be text or json");
  g_format = fmt;
  auto logger = spdlog::stderr_logger_mt("vaktbro");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spd_level);
  spdlog::set_pattern(fmt == LogFormat::kJson ? R"({"time":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})"
                                              : "%Y-%m-%dT%H:%M:%S.%eZ %l %v",
                      spdlog::pattern_time_type::utc);
  spdlog::flush_on(spdlog::level::info);
  return absl::OkStatus();
}

void Log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  const std::string line = FormatFields(g_format.load(), event, fields);
  switch (level) {
    case LogLevel::kDebug: spdlog::debug("{}", line); break;
    case LogLevel::kInfo: spdlog::info("{}", line); break;
    case LogLevel::kWarn: spdlog::warn("{}", line); break;
    case LogLevel::kError: spdlog::error("{}", line); break;
  }
}

}  // namespace vaktbro::ops
