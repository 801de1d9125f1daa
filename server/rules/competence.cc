#include "competence.h"

#include <algorithm>

#include "absl/strings/str_format.h"
#include "rule_format.h"

namespace vaktbro::rules {
namespace {

constexpr char kForsvarlighet[] = "helsepersonelloven §4";

bool Holds(const CompetenceQuery& q, Profession p) {
  return std::find(q.professions.begin(), q.professions.end(), p) !=
         q.professions.end();
}

std::string NamesOf(const std::vector<Profession>& ps, Lang lang) {
  if (ps.empty())
    return lang == Lang::kNb ? "ikke registrert" : "none registered";
  std::string names;
  for (Profession p : ps) {
    if (!names.empty()) names += ", ";
    names += lang == Lang::kNb ? ProfessionNameNb(p) : ProfessionNameEn(p);
  }
  return names;
}

std::optional<Finding> CheckProfession(const CompetenceQuery& q) {
  const Profession need = q.required_profession;
  if (need == Profession::kUnspecified || Holds(q, need)) return std::nullopt;
  for (const Substitution& s : q.rules->substitutions) {
    if (s.covered != need || !Holds(q, s.covering)) continue;
    return Finding{
        rule_id::kProfessionSubstitution,
        "",
        Severity::kInfo,
        0,
        0,
        absl::StrFormat("Krever %s; dekkes av personens yrke %s.",
                        ProfessionNameNb(need), ProfessionNameNb(s.covering)),
        absl::StrFormat("Asks for: %s; covered by the person's profession %s.",
                        ProfessionNameEn(need), ProfessionNameEn(s.covering))};
  }
  return Finding{
      rule_id::kProfessionMissing,
      kForsvarlighet,
      Severity::kBlock,
      0,
      0,
      absl::StrFormat("Krever %s; personens yrker: %s.", ProfessionNameNb(need),
                      NamesOf(q.professions, Lang::kNb)),
      absl::StrFormat("Asks for: %s; the person's professions: %s.",
                      ProfessionNameEn(need),
                      NamesOf(q.professions, Lang::kEn))};
}

// The held entry of `code` that lasts longest, or nullptr.
const HeldCompetence* Best(const CompetenceQuery& q, const std::string& code) {
  const HeldCompetence* best = nullptr;
  for (const HeldCompetence& h : q.competences) {
    if (h.code != code) continue;
    if (best == nullptr || !h.expiry ||
        (best->expiry && *h.expiry > *best->expiry))
      best = &h;
    if (!best->expiry) break;
  }
  return best;
}

std::optional<Finding> CheckOne(const CompetenceQuery& q,
                                const std::string& code) {
  const HeldCompetence* held = Best(q, code);
  if (held == nullptr) {
    return Finding{
        rule_id::kCompetenceMissing,
        kForsvarlighet,
        Severity::kBlock,
        0,
        0,
        absl::StrFormat("Mangler kompetansen %s.", Quoted(code, Lang::kNb)),
        absl::StrFormat("Lacks the competence %s.", Quoted(code, Lang::kEn))};
  }
  if (!held->expiry) return std::nullopt;
  const auto days_left = static_cast<double>(*held->expiry - q.shift_date);
  if (days_left < 0) {
    return Finding{
        rule_id::kCompetenceExpired,
        kForsvarlighet,
        Severity::kBlock,
        days_left,
        0,
        absl::StrFormat("Kompetansen %s gikk ut %s, før vakten %s.",
                        Quoted(code, Lang::kNb),
                        FormatDate(*held->expiry, Lang::kNb),
                        FormatDate(q.shift_date, Lang::kNb)),
        absl::StrFormat(
            "The competence %s expired on %s, before the shift on %s.",
            Quoted(code, Lang::kEn), FormatDate(*held->expiry, Lang::kEn),
            FormatDate(q.shift_date, Lang::kEn))};
  }
  const double notice = q.rules->expiry_notice_days.value;
  if (days_left > notice) return std::nullopt;
  return Finding{
      rule_id::kCompetenceExpiring,
      q.rules->expiry_notice_days.law,
      Severity::kInfo,
      days_left,
      notice,
      absl::StrFormat("Kompetansen %s går ut %s, %d dager etter vakten.",
                      Quoted(code, Lang::kNb),
                      FormatDate(*held->expiry, Lang::kNb),
                      static_cast<int>(days_left)),
      absl::StrFormat(
          "The competence %s expires on %s, %d days after the shift.",
          Quoted(code, Lang::kEn), FormatDate(*held->expiry, Lang::kEn),
          static_cast<int>(days_left))};
}

}  // namespace

std::vector<Finding> CheckCompetence(const CompetenceQuery& q) {
  if (q.rules == nullptr) {
    return {
        {rule_id::kInvalidQuery, "", Severity::kBlock, 0, 0,
         "Kompetansen kan ikke kontrolleres: ingen regler gjelder for datoen.",
         "Competence cannot be checked: no rules are in force on the date."}};
  }
  std::vector<Finding> out;
  if (std::optional<Finding> f = CheckProfession(q))
    out.push_back(*std::move(f));
  for (const std::string& code : q.required_competences) {
    if (std::optional<Finding> f = CheckOne(q, code))
      out.push_back(*std::move(f));
  }
  return out;
}

}  // namespace vaktbro::rules
