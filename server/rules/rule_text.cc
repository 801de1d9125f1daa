#include "rule_text.h"

#include <cmath>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"

namespace vaktbro::rules::text {
namespace {

absl::Status PlainError(int line, std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrFormat("rule text line %d: %s", line, what));
}

bool IsKey(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!absl::ascii_islower(c) && !absl::ascii_isdigit(c) && c != '_')
      return false;
  }
  return true;
}

absl::StatusOr<Section> Header(int line, std::string_view s) {
  if (s.back() != ']')
    return PlainError(line, "a section header ends with ']'");
  std::vector<std::string_view> parts;
  for (std::string_view part : SplitOn(s.substr(1, s.size() - 2), ' ')) {
    if (!Trim(part).empty()) parts.push_back(Trim(part));
  }
  if (parts.size() != 2) {
    return PlainError(line, "a section header is '[kind id]'");
  }
  return Section{line, std::string(parts[0]), std::string(parts[1]), {}};
}

absl::StatusOr<Entry> KeyValue(int line, std::string_view s) {
  const size_t eq = s.find('=');
  if (eq == std::string_view::npos) {
    return PlainError(line,
                      "expected 'key = value', a '[kind id]' header or '#'");
  }
  Entry e{line, std::string(Trim(s.substr(0, eq))), "", {}};
  if (!IsKey(e.key)) {
    return PlainError(
        line, absl::StrFormat("bad key '%s' (lower-case letters, digits, '_')",
                              e.key));
  }
  std::string_view value = s.substr(eq + 1);
  if (const size_t bar = value.find('|'); bar != std::string_view::npos) {
    e.reference = std::string(Trim(value.substr(bar + 1)));
    if (e.reference->empty()) {
      return PlainError(
          line, absl::StrFormat("key '%s': empty reference after '|'", e.key));
    }
    value = value.substr(0, bar);
  }
  e.value = std::string(Trim(value));
  if (e.value.empty()) {
    return PlainError(line, absl::StrFormat("key '%s' has no value", e.key));
  }
  return e;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) {
    return absl::ascii_isspace(static_cast<unsigned char>(c));
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t at = s.find(sep); at != std::string_view::npos;
       at = s.find(sep)) {
    out.push_back(s.substr(0, at));
    s.remove_prefix(at + 1);
  }
  out.push_back(s);
  return out;
}

absl::StatusOr<std::vector<Section>> Split(std::string_view text) {
  std::vector<Section> out;
  int line = 0;
  for (std::string_view raw : SplitOn(text, '\n')) {
    ++line;
    const std::string_view s = Trim(raw);
    if (s.empty() || s.front() == '#') continue;
    if (s.front() == '[') {
      absl::StatusOr<Section> section = Header(line, s);
      if (!section.ok()) return section.status();
      out.push_back(*std::move(section));
      continue;
    }
    absl::StatusOr<Entry> e = KeyValue(line, s);
    if (!e.ok()) return e.status();
    if (out.empty()) {
      return PlainError(
          line, absl::StrFormat("key '%s' before the first section", e->key));
    }
    for (const Entry& earlier : out.back().entries) {
      if (earlier.key == e->key) {
        return Error(line, out.back(),
                     absl::StrFormat("key '%s' repeated (first on line %d)",
                                     e->key, earlier.line));
      }
    }
    out.back().entries.push_back(*std::move(e));
  }
  return out;
}

absl::Status Error(int line, const Section& s, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrFormat(
      "rule text line %d: [%s %s] %s", line, s.kind, s.id, what));
}

absl::StatusOr<double> Number(const Section& s, const Entry& e, double min,
                              double max, bool integer) {
  double v = 0;
  if (!absl::SimpleAtod(e.value, &v) || !std::isfinite(v)) {
    return Error(
        e.line, s,
        absl::StrFormat("key '%s': '%s' is not a number", e.key, e.value));
  }
  if (v < min || v > max || (integer && v != std::floor(v))) {
    return Error(
        e.line, s,
        absl::StrFormat("key '%s': %s is not %s from %g to %g", e.key, e.value,
                        integer ? "a whole number" : "a number", min, max));
  }
  return v;
}

absl::StatusOr<absl::CivilDay> Day(const Section& s, const Entry& e) {
  absl::CivilDay day;
  if (!absl::ParseCivilTime(e.value, &day) ||
      absl::FormatCivilTime(day) != e.value) {
    return Error(e.line, s,
                 absl::StrFormat("key '%s': '%s' is not a date YYYY-MM-DD",
                                 e.key, e.value));
  }
  return day;
}

absl::StatusOr<Agreement> AgreementValue(const Section& s, const Entry& e) {
  std::optional<Agreement> a = ParseAgreementKey(e.value);
  if (!a) {
    return Error(
        e.line, s,
        absl::StrFormat(
            "key '%s': unknown agreement '%s' (statutory, ks, spekter, state)",
            e.key, e.value));
  }
  return *a;
}

}  // namespace vaktbro::rules::text
