#include "board_model.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace vaktbro::client {
namespace {

bool RowLess(absl::Time start_a, const std::string& name_a, absl::Time start_b,
             const std::string& name_b) {
  return std::tie(start_a, name_a) < std::tie(start_b, name_b);
}

// ASCII and the Norwegian letters to lower case; enough to search with.
std::string Lower(const std::string& text) {
  std::string lower = absl::AsciiStrToLower(text);
  static const std::pair<const char*, const char*> kLetters[] = {
      {"\xC3\x86", "\xC3\xA6"}, {"\xC3\x98", "\xC3\xB8"}, {"\xC3\x85", "\xC3\xA5"}};
  for (const auto& [upper, small] : kLetters) {
    lower = absl::StrReplaceAll(lower, {{upper, small}});
  }
  return lower;
}

std::string Lookup(const absl::flat_hash_map<std::string, std::string>& names,
                   const std::string& key) {
  auto it = names.find(key);
  return it == names.end() ? key : it->second;
}

}  // namespace

BoardModel::BoardModel(Options options) : options_(std::move(options)) {}

void BoardModel::SetDirectory(
    const std::vector<v1::Organisation>& organisations,
    const std::vector<v1::Unit>& units) {
  organisation_names_.clear();
  unit_names_.clear();
  for (const v1::Organisation& o : organisations) {
    organisation_names_[o.name()] = o.display_name();
  }
  for (const v1::Unit& u : units) unit_names_[u.name()] = u.display_name();
}

void BoardModel::SetFilter(const ShiftFilter& filter) {
  filter_ = filter;
  RebuildRows();
}

void BoardModel::SetSearch(const std::string& text) {
  search_ = Lower(std::string(absl::StripAsciiWhitespace(text)));
  RebuildRows();
}

void BoardModel::SetSort(BoardColumn column, bool ascending) {
  sort_column_ = column;
  sort_ascending_ = ascending;
  RebuildRows();
}

bool BoardModel::OnBoard(const Entry& entry) const {
  if (!Matches(filter_, entry.shift)) return false;
  if (search_.empty()) return true;
  const v1::Shift& s = entry.shift;
  for (const std::string& text :
       {s.title(), UnitName(s.unit()), OrganisationName(s.organisation()),
        options_.translate(ProfessionLabel(s.profession()))}) {
    if (absl::StrContains(Lower(text), search_)) return true;
  }
  return false;
}

std::string BoardModel::SortKey(const Entry& entry) const {
  const v1::Shift& s = entry.shift;
  switch (sort_column_) {
    case BoardColumn::kOrganisation:
      return Lower(OrganisationName(s.organisation()));
    case BoardColumn::kUnit:
      return Lower(UnitName(s.unit()));
    case BoardColumn::kTitle:
      return Lower(s.title());
    case BoardColumn::kProfession:
      return Lower(options_.translate(ProfessionLabel(s.profession())));
    case BoardColumn::kState:
      return Lower(options_.translate(StateLabel(s.state())));
    default:
      return "";
  }
}

bool BoardModel::RowBefore(const Entry* a, const Entry* b) const {
  switch (sort_column_) {
    case BoardColumn::kStart:
      break;
    case BoardColumn::kEnd: {
      const absl::Time end_a = FromTimestamp(a->shift.end_time());
      const absl::Time end_b = FromTimestamp(b->shift.end_time());
      if (end_a != end_b) return (end_a < end_b) == sort_ascending_;
      break;
    }
    case BoardColumn::kFilled: {
      // By places still open.
      const int open_a = a->shift.headcount() - a->shift.filled_count();
      const int open_b = b->shift.headcount() - b->shift.filled_count();
      if (open_a != open_b) return (open_a < open_b) == sort_ascending_;
      break;
    }
    default: {
      const int order = SortKey(*a).compare(SortKey(*b));
      if (order != 0) return (order < 0) == sort_ascending_;
      break;
    }
  }
  const bool before =
      RowLess(a->start, a->shift.name(), b->start, b->shift.name());
  const bool after =
      RowLess(b->start, b->shift.name(), a->start, a->shift.name());
  if (sort_column_ == BoardColumn::kStart && !sort_ascending_) return after;
  return before;
}

uint64_t BoardModel::BeginLoad() { return ++sequence_; }

void BoardModel::FinishLoad(uint64_t load,
                            const std::vector<v1::Shift>& shifts) {
  absl::flat_hash_set<std::string> listed;
  for (const v1::Shift& shift : shifts) {
    listed.insert(shift.name());
    auto it = shifts_.find(shift.name());
    if (it != shifts_.end() && !IsNewer(shift, it->second)) continue;
    Store(shift, load);
  }
  // What the listing left out is gone from the board, unless an event told
  // us about it after the listing was requested.
  absl::erase_if(shifts_, [&](const auto& item) {
    return item.second.sequence <= load && !listed.contains(item.first);
  });
  RebuildRows();
}

BoardChange BoardModel::Apply(const v1::ShiftEvent& event) {
  const v1::Shift& shift = event.shift();
  if (shift.name().empty()) return {};
  auto it = shifts_.find(shift.name());
  if (it != shifts_.end() && !IsNewer(shift, it->second)) return {};

  const std::optional<size_t> old_row = RowOf(shift.name());
  if (old_row.has_value()) rows_.erase(rows_.begin() + *old_row);
  Store(shift, ++sequence_);
  const Entry& entry = shifts_.at(shift.name());
  if (!OnBoard(entry)) {
    if (!old_row.has_value()) return {};
    return {.kind = BoardChange::Kind::kRemoved, .row = *old_row};
  }
  const size_t row = InsertionPoint(entry);
  rows_.insert(rows_.begin() + row, &entry);
  if (!old_row.has_value()) {
    return {.kind = BoardChange::Kind::kInserted, .row = row};
  }
  if (*old_row == row) return {.kind = BoardChange::Kind::kChanged, .row = row};
  return {.kind = BoardChange::Kind::kMoved, .row = row, .old_row = *old_row};
}

const v1::Shift& BoardModel::ShiftAt(size_t row) const {
  return rows_[row]->shift;
}

std::string BoardModel::CellText(size_t row, BoardColumn column) const {
  const Entry& entry = *rows_[row];
  const v1::Shift& shift = entry.shift;
  const Translate& tr = options_.translate;
  switch (column) {
    case BoardColumn::kStart:
      return FormatDateTime(entry.start, options_.zone, tr);
    case BoardColumn::kEnd:
      return FormatEndTime(entry.start, FromTimestamp(shift.end_time()),
                           options_.zone, tr);
    case BoardColumn::kOrganisation:
      return OrganisationName(shift.organisation());
    case BoardColumn::kUnit:
      return UnitName(shift.unit());
    case BoardColumn::kTitle:
      return shift.title();
    case BoardColumn::kProfession:
      return tr(ProfessionLabel(shift.profession()));
    case BoardColumn::kFilled:
      return absl::StrCat(shift.filled_count(), "/", shift.headcount());
    case BoardColumn::kState:
      return tr(StateLabel(shift.state()));
  }
  return "";
}

size_t BoardModel::FirstRowFrom(absl::Time time) const {
  if (sort_column_ != BoardColumn::kStart || !sort_ascending_) return 0;
  auto it = std::partition_point(
      rows_.begin(), rows_.end(),
      [time](const Entry* entry) { return entry->start < time; });
  return static_cast<size_t>(it - rows_.begin());
}

std::optional<size_t> BoardModel::RowOf(const std::string& name) const {
  auto it = shifts_.find(name);
  if (it == shifts_.end()) return std::nullopt;
  const size_t row = InsertionPoint(it->second);
  if (row < rows_.size() && rows_[row] == &it->second) return row;
  return std::nullopt;
}

std::string BoardModel::OrganisationName(
    const std::string& organisation) const {
  return Lookup(organisation_names_, organisation);
}

std::string BoardModel::UnitName(const std::string& unit) const {
  return Lookup(unit_names_, unit);
}

bool BoardModel::IsNewer(const v1::Shift& shift, const Entry& entry) {
  return FromTimestamp(shift.update_time()) >=
         FromTimestamp(entry.shift.update_time());
}

void BoardModel::Store(const v1::Shift& shift, uint64_t sequence) {
  Entry& entry = shifts_[shift.name()];
  entry.shift = shift;
  entry.start = FromTimestamp(shift.start_time());
  entry.sequence = sequence;
}

void BoardModel::RebuildRows() {
  rows_.clear();
  for (const auto& [name, entry] : shifts_) {
    if (OnBoard(entry)) rows_.push_back(&entry);
  }
  std::sort(rows_.begin(), rows_.end(), [this](const Entry* a, const Entry* b) {
    return RowBefore(a, b);
  });
}

size_t BoardModel::InsertionPoint(const Entry& entry) const {
  auto it = std::lower_bound(
      rows_.begin(), rows_.end(), &entry,
      [this](const Entry* a, const Entry* b) { return RowBefore(a, b); });
  return static_cast<size_t>(it - rows_.begin());
}

}  // namespace vaktbro::client
