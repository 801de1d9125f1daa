#include "matching_commands.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "command_helpers.h"
#include "local_time.h"
#include "names.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

std::string Severity(v1::Finding::Severity s) {
  switch (s) {
    case v1::Finding::BLOCK: return "BLOCK";
    case v1::Finding::WARN: return "WARN";
    case v1::Finding::INFO: return "info";
    default: return "?";
  }
}

const std::string& Message(const v1::Finding& f, const std::string& lang) {
  return lang == "en" ? f.message_en() : f.message_nb();
}

std::string Tier(v1::CascadeTier t) {
  switch (t) {
    case v1::OWN_UNIT: return "own unit";
    case v1::EMPLOYER_POOL: return "employer pool";
    case v1::PARTNER_SECONDARY: return "secondary position";
    case v1::PENSIONERS: return "pensioner";
    case v1::PARTNER_STAFF: return "partner staff";
    case v1::AGENCY: return "agency";
    default: return "-";
  }
}

std::string Parts(const v1::Candidate& c) {
  std::vector<std::string> parts;
  for (const v1::ScorePart& p : c.score_parts()) {
    if (p.points() != 0) parts.push_back(absl::StrFormat("%s %+.1f", p.factor(), p.points()));
  }
  return absl::StrJoin(parts, ", ");
}

void PrintFindings(const v1::Candidate& c, const std::string& lang, std::ostream& out) {
  for (const v1::Finding& f : c.findings()) {
    out << "  " << Severity(f.severity()) << "  " << Message(f, lang);
    if (!f.law().empty()) out << " (" << f.law() << ")";
    out << "\n";
  }
}

absl::StatusOr<absl::Time> DayStart(const std::string& text, const char* field, int plus_days) {
  absl::StatusOr<absl::CivilDay> day = ParseDay(text);
  if (!day.ok()) return absl::InvalidArgumentError(absl::StrCat(field, ": ", day.status().message()));
  return OsloTime(*day + plus_days, 0);
}

}  // namespace

absl::Status RunCandidates(Connection& c, const CandidatesOptions& o, std::ostream& out) {
  v1::FindCandidatesRequest r;
  r.set_shift(NameOf("shifts", o.shift));
  r.set_max_candidates(o.max);
  r.set_include_ineligible(o.why_not);
  r.set_max_ineligible(o.max);
  absl::StatusOr<v1::FindCandidatesResponse> found = c.Call<v1::FindCandidatesResponse>(
      [&](auto* ctx, auto* resp) { return c.matching().FindCandidates(ctx, r, resp); });
  if (!found.ok()) return found.status();
  TextTable table({"#", "PERSON", "NAME", "TIER", "SCORE", "COST NOK", "WARN", "PARTS"});
  int rank = 0;
  for (const v1::Candidate& cand : found->candidates()) {
    int warnings = 0;
    for (const v1::Finding& f : cand.findings()) warnings += f.severity() == v1::Finding::WARN;
    table.AddRow({std::to_string(++rank), std::string(IdOf(cand.person())), cand.display_name(), Tier(cand.tier()),
                  absl::StrFormat("%.1f", cand.score()), std::to_string(cand.estimated_cost_nok()),
                  std::to_string(warnings), Parts(cand)});
  }
  table.Print(out);
  out << found->candidates_size() << " eligible of " << found->considered() << " considered\n";
  if (o.why_not && found->ineligible_size() > 0) {
    out << "\nNot eligible:\n";
    for (const v1::Candidate& cand : found->ineligible()) {
      out << IdOf(cand.person()) << " " << cand.display_name() << " (" << Tier(cand.tier()) << ")\n";
      for (const v1::Finding& f : cand.findings()) {
        if (f.severity() == v1::Finding::BLOCK) out << "  BLOCK  " << Message(f, o.lang) << "\n";
      }
    }
  }
  return absl::OkStatus();
}

absl::Status RunWhy(Connection& c, const WhyOptions& o, std::ostream& out) {
  v1::EvaluateCandidateRequest r;
  r.set_shift(NameOf("shifts", o.shift));
  r.set_person(NameOf("people", o.person));
  r.set_position(NameOf("positions", o.position));
  absl::StatusOr<v1::Candidate> cand = c.Call<v1::Candidate>(
      [&](auto* ctx, auto* resp) { return c.matching().EvaluateCandidate(ctx, r, resp); });
  if (!cand.ok()) return cand.status();
  out << cand->display_name() << " through " << cand->position() << " (" << Tier(cand->tier()) << "): "
      << (cand->eligible() ? "eligible" : "NOT eligible") << ", score " << absl::StrFormat("%.1f", cand->score())
      << ", about " << cand->estimated_cost_nok() << " NOK\n";
  for (const v1::ScorePart& p : cand->score_parts()) {
    out << absl::StrFormat("  %-12s %+7.1f  %s\n", p.factor(), p.points(), p.detail());
  }
  if (cand->findings_size() == 0) out << "No rule has anything to say.\n";
  PrintFindings(*cand, o.lang, out);
  return absl::OkStatus();
}

absl::Status RunPropose(Connection& c, const ProposeOptions& o, std::ostream& out) {
  v1::ProposeAssignmentsRequest r;
  r.set_organisation(NameOf("organisations", o.organisation));
  r.set_unit(NameOf("units", o.unit));
  absl::StatusOr<absl::Time> from = DayStart(o.from, "from", 0);
  if (!from.ok()) return from.status();
  absl::StatusOr<absl::Time> to = DayStart(o.to, "to", 1);
  if (!to.ok()) return to.status();
  *r.mutable_start_time() = ToProto(*from);
  *r.mutable_end_time() = ToProto(*to);
  r.set_time_limit_seconds(o.seconds);
  r.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::Proposal> p = c.Call<v1::Proposal>(
      [&](auto* ctx, auto* resp) { return c.matching().ProposeAssignments(ctx, r, resp); });
  if (!p.ok()) return p.status();
  TextTable table({"ITEM", "DAY", "TIME", "SHIFT", "PERSON", "NAME", "COST NOK", "WARNINGS"});
  for (int i = 0; i < p->items_size(); ++i) {
    const v1::ProposedAssignment& it = p->items(i);
    table.AddRow({std::to_string(i), FormatIsoDay(FromProto(it.start_time())),
                  FormatClock(FromProto(it.start_time())) + "-" + FormatClock(FromProto(it.end_time())),
                  it.shift_title(), std::string(IdOf(it.person())), it.display_name(), std::to_string(it.estimated_cost_nok()),
                  std::to_string(it.warnings_size())});
  }
  table.Print(out);
  out << absl::StrFormat("%s: %d of %d open places, %d NOK, %d warnings\n%s\n", p->name(), p->proposed_places(),
                         p->open_places(), p->total_cost_nok(), p->warning_count(), p->solver_summary());
  return absl::OkStatus();
}

absl::Status RunAcceptProposal(Connection& c, const AcceptProposalOptions& o, std::ostream& out) {
  v1::AcceptProposalRequest r;
  r.set_proposal(NameOf("proposals", o.proposal));
  for (int i : o.items) r.add_items(i);
  r.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::AcceptProposalResponse> a = c.Call<v1::AcceptProposalResponse>(
      [&](auto* ctx, auto* resp) { return c.matching().AcceptProposal(ctx, r, resp); });
  if (!a.ok()) return a.status();
  for (const v1::Assignment& as : a->assignments()) out << as.name() << " " << as.shift() << " " << as.person() << "\n";
  for (const auto& refused : a->refused()) out << "item " << refused.item() << " not booked: " << refused.reason() << "\n";
  out << a->assignments_size() << " booked, " << a->refused_size() << " refused\n";
  return absl::OkStatus();
}

absl::Status RunCascade(Connection& c, const std::string& verb, const std::string& shift,
                        const std::string& request_id, std::ostream& out) {
  const std::string shift_name = NameOf("shifts", shift);
  const std::string cascade_name = absl::StrCat("cascades/", IdOf(shift_name));
  absl::StatusOr<v1::Cascade> cascade;
  if (verb == "start") {
    v1::StartCascadeRequest r;
    r.set_shift(shift_name);
    r.set_request_id(RequestIdOr(request_id));
    cascade = c.Call<v1::Cascade>([&](auto* ctx, auto* resp) { return c.matching().StartCascade(ctx, r, resp); });
  } else if (verb == "stop") {
    v1::StopCascadeRequest r;
    r.set_name(cascade_name);
    r.set_request_id(RequestIdOr(request_id));
    cascade = c.Call<v1::Cascade>([&](auto* ctx, auto* resp) { return c.matching().StopCascade(ctx, r, resp); });
  } else {
    v1::GetRequest r;
    r.set_name(cascade_name);
    cascade = c.Call<v1::Cascade>([&](auto* ctx, auto* resp) { return c.matching().GetCascade(ctx, r, resp); });
  }
  if (!cascade.ok()) return cascade.status();
  out << cascade->name() << ": " << v1::Cascade::State_Name(cascade->state()) << ", tier " << Tier(cascade->tier());
  if (cascade->has_next_step_time()) out << ", next tier at " << FormatClock(FromProto(cascade->next_step_time()));
  out << "\n";
  TextTable table({"TIME", "TIER", "EVENT", "PERSON", "NOTE"});
  for (const v1::Cascade::Step& s : cascade->log()) {
    table.AddRow({FormatIsoDay(FromProto(s.time())) + " " + FormatClock(FromProto(s.time())), Tier(s.tier()),
                  v1::Cascade::Step::Event_Name(s.event()), std::string(IdOf(s.person())), s.note()});
  }
  table.Print(out);
  return absl::OkStatus();
}

absl::Status RunConsent(Connection& c, const std::string& person, bool grant, const std::string& request_id,
                        std::ostream& out) {
  v1::SetConsentRequest r;
  r.set_person(NameOf("people", person));
  r.set_consent(grant);
  r.set_request_id(RequestIdOr(request_id));
  absl::StatusOr<v1::Person> p =
      c.Call<v1::Person>([&](auto* ctx, auto* resp) { return c.matching().SetConsent(ctx, r, resp); });
  if (!p.ok()) return p.status();
  if (p->has_cross_employer_consent_time()) {
    out << p->name() << ": consent to cross-employer checks recorded "
        << FormatIsoDay(FromProto(p->cross_employer_consent_time())) << " "
        << FormatClock(FromProto(p->cross_employer_consent_time())) << "\n";
  } else {
    out << p->name() << ": no consent; only each employer's own hours are checked\n";
  }
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
