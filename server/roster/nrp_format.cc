#include "nrp_format.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace vaktbro::roster {
namespace {

constexpr absl::string_view kSections[] = {
    "SECTION_HORIZON",
    "SECTION_SHIFTS",
    "SECTION_STAFF",
    "SECTION_DAYS_OFF",
    "SECTION_SHIFT_ON_REQUESTS",
    "SECTION_SHIFT_OFF_REQUESTS",
    "SECTION_COVER",
};

// Reads one file into a Model, one line at a time.
class Parser {
 public:
  absl::Status Line(absl::string_view text, int line_number) {
    line_ = line_number;
    if (absl::StartsWith(text, "SECTION_")) return StartSection(text);
    if (section_.empty())
      return Error(absl::StrCat("data before any section: '", text, "'"));
    std::vector<absl::string_view> fields = absl::StrSplit(text, ',');
    for (absl::string_view& f : fields) f = absl::StripAsciiWhitespace(f);
    if (section_ == "SECTION_HORIZON") return HorizonLine(fields);
    if (section_ == "SECTION_SHIFTS") return ShiftLine(fields);
    if (section_ == "SECTION_STAFF") return StaffLine(fields);
    if (section_ == "SECTION_DAYS_OFF") return DaysOffLine(fields);
    if (section_ == "SECTION_SHIFT_ON_REQUESTS")
      return RequestLine(fields, RequestKind::kOn);
    if (section_ == "SECTION_SHIFT_OFF_REQUESTS")
      return RequestLine(fields, RequestKind::kOff);
    return CoverLine(fields);
  }

  absl::StatusOr<Model> Finish() {
    for (absl::string_view needed :
         {"SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF"}) {
      if (!seen_.contains(std::string(needed))) {
        return absl::InvalidArgumentError(absl::StrCat(needed, " missing"));
      }
    }
    if (model_.num_days < 1)
      return absl::InvalidArgumentError("SECTION_HORIZON: no horizon");
    for (const PendingSuccessors& p : successors_) {
      for (absl::string_view id :
           absl::StrSplit(p.list, '|', absl::SkipEmpty())) {
        auto it = type_index_.find(std::string(id));
        if (it == type_index_.end()) {
          return absl::InvalidArgumentError(
              absl::StrCat("SECTION_SHIFTS line ", p.line,
                           ": unknown forbidden successor '", id, "'"));
        }
        model_.types[p.type].forbidden_next.push_back(it->second);
      }
    }
    if (absl::Status s = ValidateModel(model_); !s.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("instance: ", s.message()));
    }
    return std::move(model_);
  }

 private:
  struct PendingSuccessors {
    int type;
    std::string list;
    int line;
  };

  absl::Status Error(absl::string_view message) const {
    return absl::InvalidArgumentError(absl::StrCat(
        section_.empty() ? "file" : section_, " line ", line_, ": ", message));
  }

  absl::Status StartSection(absl::string_view name) {
    bool known = false;
    for (absl::string_view s : kSections) known = known || s == name;
    section_ = std::string(name);
    if (!known) return Error("unknown section");
    if (!seen_.insert(section_).second) return Error("section repeated");
    if (section_ != "SECTION_HORIZON" && model_.num_days < 1) {
      return Error("SECTION_HORIZON must come first");
    }
    return absl::OkStatus();
  }

  absl::Status Fields(const std::vector<absl::string_view>& f,
                      size_t want) const {
    if (f.size() == want) return absl::OkStatus();
    return Error(absl::StrCat("expected ", want, " fields, got ", f.size()));
  }

  absl::StatusOr<int> Int(absl::string_view field,
                          absl::string_view what) const {
    int value = 0;
    if (!absl::SimpleAtoi(field, &value)) {
      return Error(absl::StrCat(what, " '", field, "' is not an integer"));
    }
    if (value < 0) return Error(absl::StrCat(what, " ", value, " is negative"));
    return value;
  }

  absl::StatusOr<int> Day(absl::string_view field) const {
    absl::StatusOr<int> day = Int(field, "day");
    if (day.ok() && *day >= model_.num_days) {
      return Error(absl::StrCat("day ", *day, " beyond the horizon of ",
                                model_.num_days));
    }
    return day;
  }

  absl::StatusOr<int> Lookup(const std::map<std::string, int>& index,
                             absl::string_view id,
                             absl::string_view what) const {
    auto it = index.find(std::string(id));
    if (it == index.end())
      return Error(absl::StrCat("unknown ", what, " '", id, "'"));
    return it->second;
  }

  absl::Status HorizonLine(const std::vector<absl::string_view>& f) {
    if (model_.num_days > 0) return Error("the horizon is given twice");
    if (absl::Status s = Fields(f, 1); !s.ok()) return s;
    absl::StatusOr<int> days = Int(f[0], "horizon");
    if (!days.ok()) return days.status();
    if (*days < 1) return Error("the horizon must be at least one day");
    model_.num_days = *days;
    return absl::OkStatus();
  }

  absl::Status ShiftLine(std::vector<absl::string_view> f) {
    if (f.size() == 2) f.push_back("");
    if (absl::Status s = Fields(f, 3); !s.ok()) return s;
    if (f[0].empty()) return Error("empty shift ID");
    absl::StatusOr<int> length = Int(f[1], "length");
    if (!length.ok()) return length.status();
    const int index = static_cast<int>(model_.types.size());
    if (!type_index_.emplace(std::string(f[0]), index).second) {
      return Error(absl::StrCat("shift type '", f[0], "' declared twice"));
    }
    model_.types.push_back(
        {.id = std::string(f[0]), .length_minutes = *length});
    successors_.push_back({index, std::string(f[2]), line_});
    return absl::OkStatus();
  }

  absl::Status MaxShifts(absl::string_view field, Worker* w) const {
    w->max_shifts_per_type.assign(model_.types.size(), kNoLimit);
    for (absl::string_view pair :
         absl::StrSplit(field, '|', absl::SkipEmpty())) {
      std::vector<absl::string_view> kv = absl::StrSplit(pair, '=');
      if (kv.size() != 2)
        return Error(absl::StrCat("MaxShifts entry '", pair, "' is not T=N"));
      absl::StatusOr<int> type = Lookup(type_index_, kv[0], "shift type");
      if (!type.ok()) return type.status();
      absl::StatusOr<int> max = Int(kv[1], "MaxShifts");
      if (!max.ok()) return max.status();
      w->max_shifts_per_type[*type] = *max;
    }
    return absl::OkStatus();
  }

  absl::Status StaffLine(const std::vector<absl::string_view>& f) {
    if (absl::Status s = Fields(f, 8); !s.ok()) return s;
    if (f[0].empty()) return Error("empty employee ID");
    Worker w{.id = std::string(f[0])};
    if (absl::Status s = MaxShifts(f[1], &w); !s.ok()) return s;
    int* targets[] = {&w.max_total_minutes,        &w.min_total_minutes,
                      &w.max_consecutive_days,     &w.min_consecutive_days,
                      &w.min_consecutive_days_off, &w.max_weekends};
    constexpr absl::string_view kNames[] = {
        "MaxTotalMinutes",      "MinTotalMinutes",       "MaxConsecutiveShifts",
        "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"};
    for (int i = 0; i < 6; ++i) {
      absl::StatusOr<int> v = Int(f[i + 2], kNames[i]);
      if (!v.ok()) return v.status();
      *targets[i] = *v;
    }
    if (!staff_index_.emplace(w.id, static_cast<int>(model_.workers.size()))
             .second) {
      return Error(absl::StrCat("employee '", w.id, "' declared twice"));
    }
    model_.workers.push_back(std::move(w));
    return absl::OkStatus();
  }

  absl::Status DaysOffLine(const std::vector<absl::string_view>& f) {
    absl::StatusOr<int> worker = Lookup(staff_index_, f[0], "employee");
    if (!worker.ok()) return worker.status();
    for (size_t i = 1; i < f.size(); ++i) {
      if (f[i].empty()) continue;
      absl::StatusOr<int> day = Day(f[i]);
      if (!day.ok()) return day.status();
      model_.workers[*worker].days_off.push_back(*day);
    }
    return absl::OkStatus();
  }

  absl::Status RequestLine(const std::vector<absl::string_view>& f,
                           RequestKind kind) {
    if (absl::Status s = Fields(f, 4); !s.ok()) return s;
    absl::StatusOr<int> worker = Lookup(staff_index_, f[0], "employee");
    if (!worker.ok()) return worker.status();
    absl::StatusOr<int> day = Day(f[1]);
    if (!day.ok()) return day.status();
    absl::StatusOr<int> type = Lookup(type_index_, f[2], "shift type");
    if (!type.ok()) return type.status();
    absl::StatusOr<int> weight = Int(f[3], "weight");
    if (!weight.ok()) return weight.status();
    model_.requests.push_back({*worker, *day, *type, *weight, kind});
    return absl::OkStatus();
  }

  absl::Status CoverLine(const std::vector<absl::string_view>& f) {
    if (absl::Status s = Fields(f, 5); !s.ok()) return s;
    absl::StatusOr<int> day = Day(f[0]);
    if (!day.ok()) return day.status();
    absl::StatusOr<int> type = Lookup(type_index_, f[1], "shift type");
    if (!type.ok()) return type.status();
    int numbers[3];
    constexpr absl::string_view kNames[] = {"requirement", "under weight",
                                            "over weight"};
    for (int i = 0; i < 3; ++i) {
      absl::StatusOr<int> v = Int(f[i + 2], kNames[i]);
      if (!v.ok()) return v.status();
      numbers[i] = *v;
    }
    if (!cover_seen_.emplace(*day, *type).second)
      return Error("cover given twice for this day and shift");
    model_.slots.push_back({.day = *day,
                            .type = *type,
                            .required = numbers[0],
                            .under_weight = numbers[1],
                            .over_weight = numbers[2]});
    return absl::OkStatus();
  }

  Model model_;
  std::string section_;
  std::set<std::string> seen_;
  int line_ = 0;
  std::map<std::string, int> type_index_;
  std::map<std::string, int> staff_index_;
  std::vector<PendingSuccessors> successors_;
  std::set<std::pair<int, int>> cover_seen_;
};

}  // namespace

absl::StatusOr<Model> ParseNrpInstance(std::string_view text) {
  Parser parser;
  int line_number = 0;
  for (absl::string_view line :
       absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);  // also the '\r' of CRLF
    if (line.empty() || line.front() == '#') continue;
    if (absl::Status s = parser.Line(line, line_number); !s.ok()) return s;
  }
  return parser.Finish();
}

absl::StatusOr<Model> ReadNrpInstanceFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseNrpInstance(text.str());
}

}  // namespace vaktbro::roster
