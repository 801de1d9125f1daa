#include "candidate_list.h"

#include <algorithm>
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace vaktbro::client {
namespace {

int CountAtLeast(const v1::Candidate& candidate,
                 v1::Finding::Severity severity) {
  return static_cast<int>(std::count_if(
      candidate.findings().begin(), candidate.findings().end(),
      [severity](const v1::Finding& f) { return f.severity() >= severity; }));
}

}  // namespace

std::string FormatKroner(int64_t kroner) {
  std::string digits = std::to_string(std::llabs(kroner));
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
    grouped += digits[i];
  }
  return absl::StrCat(kroner < 0 ? "-" : "", grouped, " kr");
}

std::string FormatPoints(double points) {
  return absl::StrFormat("%+.1f", points);
}

void CandidateList::Set(const v1::FindCandidatesResponse& response) {
  eligible_.assign(response.candidates().begin(), response.candidates().end());
  ineligible_.assign(response.ineligible().begin(),
                     response.ineligible().end());
  considered_ = response.considered();
}

const v1::Candidate& CandidateList::At(Which which, size_t row) const {
  return list(which)[row];
}

std::optional<size_t> CandidateList::RowOf(Which which,
                                           const std::string& person) const {
  const std::vector<v1::Candidate>& rows = list(which);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].person() == person) return i;
  }
  return std::nullopt;
}

std::string CandidateList::Employer(const std::string& organisation) const {
  if (options_.organisation_name) return options_.organisation_name(organisation);
  return organisation;
}

std::string CandidateList::Cell(Which which, size_t row,
                                CandidateColumn column) const {
  const v1::Candidate& c = At(which, row);
  const Translate& tr = options_.translate;
  switch (column) {
    case CandidateColumn::kRank:
      return which == kEligible ? std::to_string(row + 1) : "-";
    case CandidateColumn::kName:
      return c.display_name().empty() ? c.person() : c.display_name();
    case CandidateColumn::kEmployer:
      return Employer(c.employer());
    case CandidateColumn::kTier:
      return tr(TierLabel(c.tier()));
    case CandidateColumn::kScore:
      return which == kEligible ? absl::StrFormat("%.1f", c.score()) : "-";
    case CandidateColumn::kCost:
      return FormatKroner(c.estimated_cost_nok());
    case CandidateColumn::kFindings: {
      if (which == kIneligible) return FindingsText(c, v1::Finding::BLOCK);
      const int warnings = CountAtLeast(c, v1::Finding::WARN);
      if (warnings == 0) return tr(VAKTBRO_N_("None"));
      return absl::StrCat(warnings, " ",
                          tr(warnings == 1 ? VAKTBRO_N_("warning")
                                           : VAKTBRO_N_("warnings")));
    }
    case CandidateColumn::kParts: {
      std::vector<std::string> parts;
      for (const v1::ScorePart& p : c.score_parts()) {
        if (p.points() == 0) continue;
        parts.push_back(absl::StrCat(tr(FactorLabel(p.factor())), " ",
                                     FormatPoints(p.points())));
      }
      return absl::StrJoin(parts, ", ");
    }
  }
  return "";
}

std::string CandidateList::FindingsText(const v1::Candidate& candidate,
                                        v1::Finding::Severity at_least) const {
  std::vector<const v1::Finding*> findings;
  for (const v1::Finding& f : candidate.findings()) {
    if (f.severity() >= at_least) findings.push_back(&f);
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const v1::Finding* a, const v1::Finding* b) {
                     return a->severity() > b->severity();
                   });
  std::vector<std::string> texts;
  for (const v1::Finding* f : findings) {
    const std::string& message =
        options_.norwegian ? f->message_nb() : f->message_en();
    texts.push_back(message.empty() ? f->rule() : message);
  }
  return absl::StrJoin(texts, "; ");
}

std::string CandidateList::Details(const v1::Candidate& c) const {
  const Translate& tr = options_.translate;
  std::string text;
  for (const v1::ScorePart& p : c.score_parts()) {
    absl::StrAppend(&text, tr(FactorLabel(p.factor())), "  ",
                    FormatPoints(p.points()));
    if (!p.detail().empty()) absl::StrAppend(&text, "  (", p.detail(), ")");
    text += "\n";
  }
  if (c.eligible()) {
    absl::StrAppend(&text, tr(VAKTBRO_N_("Score")), "  ",
                    absl::StrFormat("%.1f", c.score()), "\n");
  }
  absl::StrAppend(&text, tr(VAKTBRO_N_("Estimated cost")), "  ",
                  FormatKroner(c.estimated_cost_nok()), "\n");
  std::vector<const v1::Finding*> findings;
  for (const v1::Finding& f : c.findings()) findings.push_back(&f);
  std::stable_sort(findings.begin(), findings.end(),
                   [](const v1::Finding* a, const v1::Finding* b) {
                     return a->severity() > b->severity();
                   });
  for (const v1::Finding* f : findings) {
    const std::string& message =
        options_.norwegian ? f->message_nb() : f->message_en();
    absl::StrAppend(&text, tr(SeverityLabel(f->severity())), ": ",
                    message.empty() ? f->rule() : message);
    if (!f->law().empty()) absl::StrAppend(&text, " (", f->law(), ")");
    text += "\n";
  }
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

}  // namespace vaktbro::client
