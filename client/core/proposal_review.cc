#include "proposal_review.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "candidate_list.h"

namespace vaktbro::client {

void ProposalReview::Set(const v1::Proposal& proposal) {
  proposal_ = proposal;
  checked_.assign(proposal_.items_size(), false);
  for (size_t i = 0; i < checked_.size(); ++i) checked_[i] = open(i);
  results_.clear();
  booked_ = refused_ = 0;
}

bool ProposalReview::open(size_t row) const {
  const auto& accepted = proposal_.accepted_items();
  return std::find(accepted.begin(), accepted.end(), static_cast<int>(row)) ==
         accepted.end();
}

bool ProposalReview::SetChecked(size_t row, bool checked) {
  if (row >= checked_.size() || !open(row)) return false;
  checked_[row] = checked;
  return true;
}

void ProposalReview::CheckAll(bool checked) {
  for (size_t i = 0; i < checked_.size(); ++i) SetChecked(i, checked);
}

std::vector<int> ProposalReview::CheckedItems() const {
  std::vector<int> items;
  for (size_t i = 0; i < checked_.size(); ++i) {
    if (checked_[i]) items.push_back(static_cast<int>(i));
  }
  return items;
}

std::string ProposalReview::Cell(size_t row, ProposalColumn column) const {
  const v1::ProposedAssignment& item = proposal_.items(static_cast<int>(row));
  const Translate& tr = options_.translate;
  switch (column) {
    case ProposalColumn::kChecked:
      return "";
    case ProposalColumn::kStart:
      return FormatDateTime(FromTimestamp(item.start_time()), options_.zone,
                            tr);
    case ProposalColumn::kShift:
      return item.shift_title().empty() ? item.shift() : item.shift_title();
    case ProposalColumn::kPerson:
      return item.display_name().empty() ? item.person() : item.display_name();
    case ProposalColumn::kCost:
      return FormatKroner(item.estimated_cost_nok());
    case ProposalColumn::kWarnings: {
      std::vector<std::string> texts;
      for (const v1::Finding& f : item.warnings()) {
        texts.push_back(options_.norwegian ? f.message_nb() : f.message_en());
      }
      return absl::StrJoin(texts, "; ");
    }
    case ProposalColumn::kResult: {
      auto it = results_.find(static_cast<int>(row));
      if (it != results_.end()) return it->second;
      return open(row) ? "" : tr(VAKTBRO_N_("Already done"));
    }
  }
  return "";
}

std::string ProposalReview::Summary() const {
  const Translate& tr = options_.translate;
  std::string text = absl::StrCat(
      proposal_.proposed_places(), " ", tr(VAKTBRO_N_("of")), " ",
      proposal_.open_places(), " ", tr(VAKTBRO_N_("open places filled")), ", ",
      FormatKroner(proposal_.total_cost_nok()), ", ",
      proposal_.warning_count(), " ",
      tr(proposal_.warning_count() == 1 ? VAKTBRO_N_("warning")
                                        : VAKTBRO_N_("warnings")));
  if (!proposal_.solver_summary().empty()) {
    absl::StrAppend(&text, " (", proposal_.solver_summary(), ")");
  }
  return text;
}

void ProposalReview::SetResult(const v1::AcceptProposalResponse& response) {
  const std::vector<int> sent = CheckedItems();
  absl::flat_hash_map<int, std::string> refused;
  for (const auto& r : response.refused()) refused[r.item()] = r.reason();
  const Translate& tr = options_.translate;
  booked_ = refused_ = 0;
  results_.clear();
  for (int item : sent) {
    auto it = refused.find(item);
    if (it != refused.end()) {
      results_[item] = absl::StrCat(tr(VAKTBRO_N_("Refused")), ": ", it->second);
      ++refused_;
    } else {
      results_[item] = tr(VAKTBRO_N_("Booked"));
      ++booked_;
    }
  }
  if (response.has_proposal()) {
    proposal_ = response.proposal();
    for (size_t i = 0; i < checked_.size(); ++i) {
      if (!open(i)) checked_[i] = false;
    }
  }
}

std::string ProposalReview::ResultSummary() const {
  const Translate& tr = options_.translate;
  return absl::StrCat(booked_, " ", tr(VAKTBRO_N_("booked")), ", ", refused_,
                      " ", tr(VAKTBRO_N_("refused")));
}

}  // namespace vaktbro::client
