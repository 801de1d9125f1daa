// Internal to the rules library: the lines of a rule text (format in
// rule_book.h) split into sections, and the shared building of one section
// into a struct from a table of its keys.
#ifndef VAKTBRO_SERVER_RULES_RULE_TEXT_H_
#define VAKTBRO_SERVER_RULES_RULE_TEXT_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "rule_set.h"

namespace vaktbro::rules::text {

struct Entry {
  int line = 0;
  std::string key;
  std::string value;
  std::optional<std::string> reference;  // after "|"
};

struct Section {
  int line = 0;
  std::string kind;  // "working_time"
  std::string id;    // "ks-2024"
  std::vector<Entry> entries;
};

// Whitespace-trimmed `s`, and `s` split at every `sep` (this Abseil's string
// functions take absl::string_view, not std::string_view).
std::string_view Trim(std::string_view s);
std::vector<std::string_view> SplitOn(std::string_view s, char sep);

// Splits `text` into sections. Errors: a line that is neither blank, a
// comment, "[kind id]" nor "key = value"; a key before the first section; a
// key given twice in one section.
absl::StatusOr<std::vector<Section>> Split(std::string_view text);

// "rule text line 12: [working_time ks-2024] <what>".
absl::Status Error(int line, const Section& s, std::string_view what);

// Value parsers; errors name the line, the section and the key.
absl::StatusOr<double> Number(const Section& s, const Entry& e, double min,
                              double max, bool integer);
absl::StatusOr<absl::CivilDay> Day(const Section& s, const Entry& e);
absl::StatusOr<Agreement> AgreementValue(const Section& s, const Entry& e);

// A number key of struct T: where it goes and its allowed range.
template <typename T>
struct NumberKey {
  std::string_view key;
  Param T::*field;
  double min;
  double max;
  bool integer = false;
};

// Sets a Param from `e`, keeping the old reference unless `e` gives one.
// Errors when the number ends up without a reference.
template <typename T>
absl::Status SetNumber(const Section& s, const Entry& e, const NumberKey<T>& k,
                       T& out) {
  absl::StatusOr<double> v = Number(s, e, k.min, k.max, k.integer);
  if (!v.ok()) return v.status();
  Param& p = out.*k.field;
  p.value = *v;
  if (e.reference) p.law = *e.reference;
  if (p.law.empty()) {
    return Error(
        e.line, s,
        absl::StrFormat("key '%s' needs a reference: value | law", e.key));
  }
  return absl::OkStatus();
}

// Finds `id` among the earlier sections of one kind, for "base = id".
template <typename T>
const T* FindById(const std::vector<T>& earlier, std::string_view id) {
  for (const T& t : earlier) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

// Builds one section into T. `set_other(out, entry)` handles the keys that
// are not numbers: returns true when it knew the key. `required` lists those
// of them that must be set (numbers always must).
template <typename T, typename SetOther>
absl::StatusOr<T> Build(const Section& s, const std::vector<T>& earlier,
                        const std::vector<NumberKey<T>>& numbers,
                        const std::vector<std::string_view>& required,
                        SetOther set_other) {
  T out;
  std::set<std::string, std::less<>> have;
  for (const Entry& e : s.entries) {
    if (e.key != "base") continue;
    const T* base = FindById(earlier, e.value);
    if (base == nullptr) {
      return Error(
          e.line, s,
          absl::StrFormat("base '%s' is not an earlier section of kind %s",
                          e.value, s.kind));
    }
    out = *base;
    for (const auto& k : numbers) have.emplace(k.key);
    for (std::string_view k : required) have.emplace(k);
  }
  for (const Entry& e : s.entries) {
    if (e.key == "base") continue;
    absl::Status status;
    bool known = false;
    for (const auto& k : numbers) {
      if (k.key != e.key) continue;
      known = true;
      status = SetNumber(s, e, k, out);
    }
    if (!known) {
      absl::StatusOr<bool> other = set_other(out, e);
      if (!other.ok()) return other.status();
      if (!*other)
        return Error(e.line, s, absl::StrFormat("unknown key '%s'", e.key));
    }
    if (!status.ok()) return status;
    have.insert(e.key);
  }
  auto check = [&](std::string_view key) {
    return have.count(key)
               ? absl::OkStatus()
               : Error(s.line, s, absl::StrFormat("missing key '%s'", key));
  };
  for (const auto& k : numbers) {
    if (absl::Status st = check(k.key); !st.ok()) return st;
  }
  for (std::string_view k : required) {
    if (absl::Status st = check(k); !st.ok()) return st;
  }
  out.id = s.id;
  return out;
}

}  // namespace vaktbro::rules::text

#endif  // VAKTBRO_SERVER_RULES_RULE_TEXT_H_
