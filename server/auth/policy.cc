#include "policy.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl_compat.h"

namespace vaktbro::auth {
namespace {

using storage::AsAbsl;

absl::StatusOr<uint8_t> ParseCell(absl::string_view cell, int line) {
  if (cell == "-") return 0;
  if (cell == "all") return static_cast<uint8_t>((1 << kNumRelations) - 1);
  uint8_t bits = 0;
  for (absl::string_view word : absl::StrSplit(cell, ',')) {
    bool found = false;
    for (Relation r : kAllRelations) {
      if (word == AsAbsl(RelationName(r))) {
        bits |= static_cast<uint8_t>(1 << static_cast<int>(r));
        found = true;
      }
    }
    if (!found) {
      return absl::InvalidArgumentError(absl::StrCat("policy line ", line, ": unknown relationship \"", word, "\""));
    }
  }
  return bits;
}

}  // namespace

std::string_view RelationName(Relation r) {
  switch (r) {
    case Relation::kSelf: return "self";
    case Relation::kOwn: return "own";
    case Relation::kOrg: return "org";
    case Relation::kPartner: return "partner";
    case Relation::kStranger: return "stranger";
    case Relation::kAny: return "any";
  }
  return "?";
}

bool PolicyRow::Allows(v1::Role role, Relation relation) const {
  for (size_t i = 0; i < kRoles.size(); ++i) {
    if (kRoles[i] == role) return (allowed[i] >> static_cast<int>(relation)) & 1;
  }
  return false;
}

absl::StatusOr<PolicyTable> PolicyTable::Parse(std::string_view text_in) {
  const absl::string_view text = AsAbsl(text_in);
  PolicyTable table;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> cells = absl::StrSplit(line, ' ', absl::SkipEmpty());
    PolicyRow row;
    row.method = absl::StrCat("vaktbro.v1.", cells[0]);
    if (cells.size() == 3 && cells[2] == "public") {
      row.public_call = true;
    } else if (cells.size() != 6) {
      return absl::InvalidArgumentError(absl::StrCat(
          "policy line ", line_number, ": want method, targets and four role cells, got ", cells.size(), " cells"));
    }
    if (cells[1] != "-") {
      row.every_target = absl::StrContains(cells[1], '&');
      for (absl::string_view t : absl::StrSplit(cells[1], absl::ByAnyChar("|&"))) row.targets.emplace_back(t);
    }
    if (!row.public_call) {
      for (int i = 0; i < 4; ++i) {
        absl::StatusOr<uint8_t> bits = ParseCell(cells[2 + i], line_number);
        if (!bits.ok()) return bits.status();
        row.allowed[i] = *bits;
      }
    }
    if (table.index_.contains(row.method)) {
      return absl::InvalidArgumentError(absl::StrCat("policy line ", line_number, ": ", row.method, " twice"));
    }
    table.index_[row.method] = table.rows_.size();
    table.rows_.push_back(std::move(row));
  }
  return table;
}

const PolicyTable& PolicyTable::Default() {
  static const PolicyTable* const table = [] {
    absl::StatusOr<PolicyTable> parsed = Parse(kPolicyTableText);
    if (!parsed.ok()) {
      std::fprintf(stderr, "built-in policy table: %s\n", std::string(parsed.status().message()).c_str());
      std::abort();
    }
    return new PolicyTable(*std::move(parsed));
  }();
  return *table;
}

const PolicyRow* PolicyTable::Find(std::string_view method) const {
  auto it = index_.find(std::string(method));
  return it == index_.end() ? nullptr : &rows_[it->second];
}

}  // namespace vaktbro::auth
