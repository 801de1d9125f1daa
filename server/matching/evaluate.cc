#include "evaluate.h"

#include <algorithm>
#include <set>
#include <string>

#include "competence.h"
#include "cost.h"
#include "oslo_calendar.h"
#include "pension.h"
#include "profession.h"
#include "working_time.h"

namespace vaktbro::matching {
namespace {

rules::Agreement AgreementOf(const v1::Organisation& host) {
  switch (host.agreement()) {
    case v1::KS: return rules::Agreement::kKs;
    case v1::SPEKTER: return rules::Agreement::kSpekter;
    case v1::STATE: return rules::Agreement::kState;
    case v1::STATUTORY: return rules::Agreement::kStatutory;
    default: break;
  }
  switch (host.kind()) {
    case v1::Organisation::MUNICIPALITY: return rules::Agreement::kKs;
    case v1::Organisation::HOSPITAL_TRUST: return rules::Agreement::kSpekter;
    default: return rules::Agreement::kStatutory;
  }
}

v1::Finding ToProto(const rules::Finding& f) {
  v1::Finding out;
  out.set_rule(f.rule);
  out.set_law(f.law);
  switch (f.severity) {
    case rules::Severity::kInfo: out.set_severity(v1::Finding::INFO); break;
    case rules::Severity::kWarn: out.set_severity(v1::Finding::WARN); break;
    case rules::Severity::kBlock: out.set_severity(v1::Finding::BLOCK); break;
  }
  out.set_actual(f.actual);
  out.set_limit(f.limit);
  out.set_message_nb(f.message_nb);
  out.set_message_en(f.message_en);
  return out;
}

bool ValidOn(const v1::Position& p, absl::CivilDay day) {
  auto civil = [](const v1::Date& d) { return absl::CivilDay(d.year(), d.month(), d.day()); };
  const bool from_ok = p.valid_from().year() == 0 || civil(p.valid_from()) <= day;
  const bool to_ok = p.valid_to().year() == 0 || day <= civil(p.valid_to());
  return from_ok && to_ok;
}

absl::Time T(int64_t unix) { return absl::FromUnixSeconds(unix); }

// The employers whose hours the person agreed, by accepting a
// combined-position agreement or secondment that includes the host, to have
// checked together (agreements.proto); empty when none.
std::set<std::string> AgreedEmployers(const std::vector<v1::Position>& positions, const std::string& host,
                                      absl::CivilDay day) {
  std::set<std::string> out;
  for (const v1::Position& p : positions) {
    if (p.agreement().empty() || !p.has_agreement_consent_time() || !ValidOn(p, day)) continue;
    if (p.employer() != host && p.agreement_partner() != host) continue;
    out.insert(p.employer());
    out.insert(p.agreement_partner());
  }
  return out;
}

}  // namespace

Evaluation Evaluate(const rules::RuleBook& book, const EvaluationInput& in) {
  Evaluation e;
  const v1::Shift& shift = *in.shift;
  const v1::Organisation& host = *in.host;
  const absl::Time start = T(shift.start_time().seconds());
  const absl::Time end = T(shift.end_time().seconds());
  const absl::CivilDay date = rules::OsloDay(start);
  const rules::Agreement agreement = AgreementOf(host);
  const rules::RuleSet* rule_set = rules::RuleSetFor(book.rule_sets, agreement, date);
  if (rule_set == nullptr) rule_set = rules::RuleSetFor(book.rule_sets, rules::Agreement::kStatutory, date);
  std::vector<rules::Finding> findings;

  // Competence first: who may not take the shift at all.
  {
    rules::CompetenceQuery q;
    q.rules = rules::CompetenceRulesFor(book, date);
    q.shift_date = date;
    q.required_profession = static_cast<rules::Profession>(shift.profession());
    q.required_competences.assign(shift.competences().begin(), shift.competences().end());
    for (int p : in.person->professions()) q.professions.push_back(static_cast<rules::Profession>(p));
    for (const v1::Competence& c : in.person->competences()) {
      rules::HeldCompetence held;
      held.code = c.code();
      if (c.expiry_date().year() != 0) {
        held.expiry = absl::CivilDay(c.expiry_date().year(), c.expiry_date().month(), c.expiry_date().day());
      }
      q.competences.push_back(std::move(held));
    }
    std::vector<rules::Finding> f = rules::CheckCompetence(q);
    findings.insert(findings.end(), f.begin(), f.end());
  }

  // Working time, over everything the person works.
  double ordinary_percent = 0;
  for (const v1::Position& p : *in.positions) {
    if (!ValidOn(p, date)) continue;
    if (p.pay_scheme() != v1::Position::PENSJONISTLONN) ordinary_percent += p.percentage();
  }
  double host_week_hours = 0;  // the host's hours in the shift's calendar week, before it
  if (rule_set != nullptr) {
    rules::WorkingTimeQuery q;
    q.rules = rule_set;
    q.candidate = {start, end, host.name(), shift.title() + ", " + in.unit_label};
    q.cross_employer_consent = in.person->has_cross_employer_consent_time();
    // Without the general consent, an accepted agreement is consent for its
    // two employers' hours together: only those are checked in sum.
    const std::set<std::string> agreed =
        q.cross_employer_consent ? std::set<std::string>() : AgreedEmployers(*in.positions, host.name(), date);
    if (!agreed.empty()) q.cross_employer_consent = true;
    // Overtime is above the normal working week (aml §10-6); a part-timer's
    // extra hours up to it are merarbeid: 0 lets the rules use the normal week.
    q.contract_hours_per_week_at_host = 0;
    const absl::CivilDay monday =
        date - (static_cast<int>(absl::GetWeekday(date)) - static_cast<int>(absl::Weekday::monday) + 7) % 7;
    const absl::Time week_from = absl::FromCivil(monday, rules::Oslo());
    const absl::Time week_to = absl::FromCivil(monday + 7, rules::Oslo());
    for (const WorkEntry& w : *in.work) {
      if (!w.shift.empty() && w.shift == shift.name()) continue;
      if (!agreed.empty() && agreed.count(w.employer) == 0) continue;
      q.schedule.push_back({T(w.start), T(w.end), w.employer, w.label});
      if (w.employer == host.name() && T(w.start) >= week_from && T(w.start) < week_to) {
        host_week_hours += static_cast<double>(w.end - w.start) / 3600.0;
      }
    }
    std::vector<rules::Finding> f = rules::CheckWorkingTime(q);
    findings.insert(findings.end(), f.begin(), f.end());
  }

  // Pensions: cohort, enrolment, AFP, authorisation age.
  const double hours = absl::ToDoubleHours(end - start);
  rules::PensionAdvice advice;
  {
    rules::PensionQuery q;
    q.book = &book;
    q.birth_year = in.person->birth_year();
    q.shift_date = date;
    q.draws_gross_retirement_pension = in.person->pension().drawing_retirement_pension();
    switch (in.person->pension().afp()) {
      case v1::PensionFacts::AFP_MUNICIPAL: q.afp = rules::AfpScheme::kMunicipal; break;
      case v1::PensionFacts::AFP_STATE: q.afp = rules::AfpScheme::kSpk; break;
      default: q.afp = rules::AfpScheme::kNone; break;
    }
    q.afp_earnings_so_far_nok = static_cast<double>(in.person->pension().earnings_this_year_nok());
    q.afp_projected_earnings_nok = static_cast<double>(in.person->pension().projected_earnings_nok());
    q.ordinary_position_percent = ordinary_percent;
    q.shift_hours = hours;
    q.offered_scheme = in.position->pay_scheme() == v1::Position::PENSJONISTLONN
                           ? rules::PayScheme::kPensjonistlonn
                           : rules::PayScheme::kOrdinary;
    q.shift_pay_nok = hours * HourlyWage(shift.profession());
    q.host_agreement = agreement;
    q.profession = static_cast<rules::Profession>(shift.profession());
    q.host_hard_recruitment = host.hard_recruitment();
    q.klp_nurse_scheme = in.person->pension().scheme() == v1::PensionFacts::KLP_NURSES;
    q.requires_authorisation = rules::RequiresAuthorisation(q.profession);
    advice = rules::CheckPension(q);
    findings.insert(findings.end(), advice.findings.begin(), advice.findings.end());
  }

  for (const rules::Finding& f : findings) {
    e.blocked |= f.severity == rules::Severity::kBlock;
    e.warnings += f.severity == rules::Severity::kWarn;
    e.findings.push_back(ToProto(f));
  }
  e.pay_scheme = advice.suggested_scheme == rules::PayScheme::kPensjonistlonn ? v1::Position::PENSJONISTLONN
                                                                             : v1::Position::ORDINARY;
  if (rule_set != nullptr) {
    CostInput c;
    c.profession = shift.profession();
    c.start = start;
    c.end = end;
    c.pay_scheme = e.pay_scheme;
    c.pensjonistlonn_nok_per_hour = advice.suggested_nok_per_hour.value_or(0);
    c.overtime_hours = host_week_hours + hours - rule_set->normal_hours_per_week.value;
    c.recharged_from_partner = in.position->employer() != host.name();
    // An agreement's position whose hours another employer pays: the agreed rate.
    if (in.position->recharge_hourly_ore() > 0 && !in.position->employer_of_record().empty() &&
        in.position->employer_of_record() != host.name()) {
      c.recharge_hourly_ore = in.position->recharge_hourly_ore();
      c.recharge_overhead_percent = in.position->recharge_overhead_percent();
      c.recharged_from_partner = false;
    }
    c.rules = rule_set;
    CostEstimate estimate = EstimateCost(c);
    e.cost_nok = estimate.nok;
    e.cost_detail = std::move(estimate.detail);
  }
  return e;
}

std::string BlockingSummary(const Evaluation& e) {
  std::string out;
  for (const v1::Finding& f : e.findings) {
    if (f.severity() != v1::Finding::BLOCK) continue;
    if (!out.empty()) out += "; ";
    out += f.message_en();
  }
  return out;
}

}  // namespace vaktbro::matching
