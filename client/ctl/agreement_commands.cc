// vaktbroctl agreements ...: combined-position agreements and secondments
// over AgreementService — propose, approve, accept, withdraw, end,
// onboarding, the §19 notice, a person's total percentage, and the monthly
// recharge statement (a table or CSV). Like account_cli.cc, this file maps
// its part of the command line itself (CLI11).
#include <fstream>
#include <memory>
#include <sstream>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "command_helpers.h"
#include "commands.h"
#include "csv.h"
#include "local_time.h"
#include "names.h"
#include "table.h"
#include "vaktbro/v1/agreements.grpc.pb.h"

namespace vaktbro::ctl {
namespace {

using v1::Agreement;

struct AgreementOptions {
  std::string id;
  std::string person, organisation, main, secondary, kind = "combined";
  std::vector<std::string> states;
  std::string main_percent, secondary_percent, main_unit, secondary_unit;
  std::string split = "shift-by-shift", weekdays, first_week, from, to;
  std::string paid_by = "secondary", rate, overhead;
  std::vector<std::string> items;  // CODE:Title:main|secondary|both
  std::string note, agreement_id;
  std::string consulted, reason, date, item, etag, request_id;
  std::string month, counterparty, format = "table", out;
};

std::string Words(const google::protobuf::EnumDescriptor* d, int value) {
  const auto* v = d->FindValueByNumber(value);
  std::string s = v == nullptr ? "?" : absl::AsciiStrToLower(v->name());
  for (char& c : s) c = c == '_' ? '-' : c;
  return s;
}

template <typename Enum>
absl::StatusOr<Enum> ParseEnum(const google::protobuf::EnumDescriptor* d, absl::string_view flag,
                               absl::string_view word) {
  std::string upper = absl::AsciiStrToUpper(word);
  for (char& c : upper) c = c == '-' ? '_' : c;
  const auto* v = d->FindValueByName(upper);
  if (v == nullptr || v->number() == 0) {
    return absl::InvalidArgumentError(absl::StrCat(flag, ": '", word, "' is not known"));
  }
  return static_cast<Enum>(v->number());
}

absl::StatusOr<v1::Date> Day(absl::string_view flag, const std::string& text) {
  absl::StatusOr<absl::CivilDay> day = ParseDay(text);
  if (!day.ok()) return ForFlag(flag, day.status());
  return ToProtoDate(*day);
}

absl::StatusOr<double> Number(absl::string_view flag, const std::string& text) {
  absl::StatusOr<double> n = ParseDecimal(text);
  if (!n.ok()) return ForFlag(flag, n.status());
  return *n;
}

std::string Nok(int64_t ore) { return FormatDecimal(static_cast<double>(ore) / 100.0, 2); }

std::string Signed(const v1::Signature& s) {
  if (!s.has_time()) return "-";
  return absl::StrCat(s.account(), " ", FormatIsoDay(FromProto(s.time())),
                      s.has_union_consultation_date()
                          ? absl::StrCat(" (tillitsvalgte ", FormatIsoDay(s.union_consultation_date()), ")")
                          : "");
}

absl::Status Print(const Agreement& a, std::ostream& out) {
  out << a.name() << "  " << Words(Agreement::State_descriptor(), a.state()) << "  etag " << a.etag() << "\n"
      << "kind:        " << Words(Agreement::Kind_descriptor(), a.kind()) << "\n"
      << "person:      " << a.person() << "\n"
      << "main:        " << a.main_employer() << " " << FormatDecimal(a.main_percent()) << " %\n"
      << "secondary:   " << a.secondary_employer() << " " << FormatDecimal(a.secondary_percent()) << " %\n"
      << "split:       " << Words(Agreement::SplitPattern_descriptor(), a.split_pattern()) << "\n"
      << "period:      " << FormatIsoDay(a.start_date()) << " - " << FormatIsoDay(a.end_date()) << "\n"
      << "paid by:     " << Words(Agreement::Party_descriptor(), a.employer_of_record());
  if (a.recharge_hourly_ore() > 0) {
    out << ", recharged " << Nok(a.recharge_hourly_ore()) << " NOK/h + " << a.recharge_overhead_percent() << " %";
  }
  out << "\nproposed:    " << Signed(a.proposed_by()) << "\n"
      << "main ok:     " << Signed(a.main_approval()) << "\n"
      << "secondary ok:" << " " << Signed(a.secondary_approval()) << "\n"
      << "accepted:    " << Signed(a.person_acceptance()) << "\n";
  if (!a.notice().empty()) out << "notice:      " << a.notice() << "\n";
  if (!a.secondary_position().empty()) {
    out << "positions:   " << a.main_position() << " " << a.secondary_position() << "\n";
  }
  if (a.ended_by().has_time()) out << "ended:       " << Signed(a.ended_by()) << " " << a.ended_by().note() << "\n";
  for (const v1::OnboardingItem& i : a.onboarding_items()) {
    out << "onboarding:  " << i.code() << " (" << i.title() << ") "
        << (i.has_done_date() ? absl::StrCat("done ", FormatIsoDay(i.done_date()), " by ", i.done_by().account())
                              : "not done")
        << "\n";
  }
  for (const std::string& w : a.warnings()) out << "warning:     " << w << "\n";
  return absl::OkStatus();
}

absl::StatusOr<Agreement> Terms(const AgreementOptions& o) {
  Agreement a;
  a.set_person(NameOf("people", o.person));
  a.set_main_employer(NameOf("organisations", o.main));
  a.set_secondary_employer(NameOf("organisations", o.secondary));
  a.set_kind(o.kind == "secondment" ? Agreement::SECONDMENT : Agreement::COMBINED_POSITION);
  if (o.kind != "secondment" && o.kind != "combined") {
    return absl::InvalidArgumentError("--kind: must be combined or secondment");
  }
  absl::StatusOr<double> p = Number("--main-percent", o.main_percent);
  if (!p.ok()) return p.status();
  a.set_main_percent(*p);
  p = Number("--secondary-percent", o.secondary_percent);
  if (!p.ok()) return p.status();
  a.set_secondary_percent(*p);
  a.set_main_unit(NameOf("units", o.main_unit));
  a.set_secondary_unit(NameOf("units", o.secondary_unit));
  absl::StatusOr<Agreement::SplitPattern> split = ParseEnum<Agreement::SplitPattern>(
      Agreement::SplitPattern_descriptor(), "--split",
      o.split == "weekdays" ? "fixed-weekdays" : o.split == "alternating" ? "alternating-weeks" : o.split);
  if (!split.ok()) return split.status();
  a.set_split_pattern(*split);
  for (absl::string_view d : absl::StrSplit(o.weekdays, ',', absl::SkipEmpty())) {
    int day = 0;
    if (!absl::SimpleAtoi(d, &day)) return absl::InvalidArgumentError("--weekdays: 1-7, e.g. 3,4");
    a.add_secondary_weekdays(day);
  }
  if (!o.first_week.empty()) {
    absl::StatusOr<v1::Date> d = Day("--first-week", o.first_week);
    if (!d.ok()) return d.status();
    *a.mutable_first_secondary_week() = *d;
  }
  absl::StatusOr<v1::Date> d = Day("--from", o.from);
  if (!d.ok()) return d.status();
  *a.mutable_start_date() = *d;
  if (!o.to.empty()) {
    d = Day("--to", o.to);
    if (!d.ok()) return d.status();
    *a.mutable_end_date() = *d;
  }
  a.set_employer_of_record(o.paid_by == "main" ? Agreement::MAIN_EMPLOYER : Agreement::SECONDARY_EMPLOYER);
  if (!o.rate.empty()) {
    p = Number("--rate", o.rate);
    if (!p.ok()) return p.status();
    a.set_recharge_hourly_ore(std::llround(*p * 100));
  }
  if (!o.overhead.empty()) {
    p = Number("--overhead", o.overhead);
    if (!p.ok()) return p.status();
    a.set_recharge_overhead_percent(static_cast<int>(std::lround(*p)));
  }
  for (const std::string& spec : o.items) {
    std::vector<std::string> parts = absl::StrSplit(spec, ':');
    if (parts.size() != 3) return absl::InvalidArgumentError("--item: CODE:Title:main|secondary|both");
    v1::OnboardingItem* item = a.add_onboarding_items();
    item->set_code(parts[0]);
    item->set_title(parts[1]);
    if (parts[2] != "secondary") item->add_required_by(a.main_employer());
    if (parts[2] != "main") item->add_required_by(a.secondary_employer());
  }
  a.set_note(o.note);
  return a;
}

using Stub = v1::AgreementService::Stub;

absl::Status Show(Connection& c, absl::StatusOr<Agreement> a, std::ostream& out) {
  if (!a.ok()) return a.status();
  return Print(*a, out);
}

absl::Status RunList(Connection& c, Stub& s, const AgreementOptions& o, std::ostream& out) {
  v1::ListAgreementsRequest r;
  r.set_person(NameOf("people", o.person));
  r.set_organisation(NameOf("organisations", o.organisation));
  for (const std::string& w : o.states) {
    absl::StatusOr<Agreement::State> st = ParseEnum<Agreement::State>(Agreement::State_descriptor(), "--state", w);
    if (!st.ok()) return st.status();
    r.add_states(*st);
  }
  TextTable table({"AGREEMENT", "STATE", "KIND", "PERSON", "MAIN", "SECONDARY", "FROM", "TO", "WARNINGS"});
  for (;;) {
    auto page = c.Call<v1::ListAgreementsResponse>(
        [&](grpc::ClientContext* ctx, v1::ListAgreementsResponse* resp) { return s.ListAgreements(ctx, r, resp); });
    if (!page.ok()) return page.status();
    for (const Agreement& a : page->agreements()) {
      table.AddRow({std::string(IdOf(a.name())), Words(Agreement::State_descriptor(), a.state()),
                    Words(Agreement::Kind_descriptor(), a.kind()), std::string(IdOf(a.person())),
                    absl::StrCat(IdOf(a.main_employer()), " ", FormatDecimal(a.main_percent()), " %"),
                    absl::StrCat(IdOf(a.secondary_employer()), " ", FormatDecimal(a.secondary_percent()), " %"),
                    FormatIsoDay(a.start_date()), FormatIsoDay(a.end_date()), std::to_string(a.warnings_size())});
    }
    if (page->next_page_token().empty()) break;
    r.set_page_token(page->next_page_token());
  }
  table.Print(out);
  return absl::OkStatus();
}

absl::Status RunRecharge(Connection& c, Stub& s, const AgreementOptions& o, std::ostream& out) {
  v1::GetRechargeStatementRequest r;
  r.set_organisation(NameOf("organisations", o.organisation));
  r.set_counterparty(NameOf("organisations", o.counterparty));
  int year = 0, month = 0;
  char extra = 0;
  if (std::sscanf(o.month.c_str(), "%d-%d%c", &year, &month, &extra) != 2) {
    return absl::InvalidArgumentError(absl::StrCat("--month: '", o.month, "' is not a month (YYYY-MM)"));
  }
  r.mutable_month()->set_year(year);
  r.mutable_month()->set_month(month);
  auto st = c.Call<v1::RechargeStatement>(
      [&](grpc::ClientContext* ctx, v1::RechargeStatement* resp) { return s.GetRechargeStatement(ctx, r, resp); });
  if (!st.ok()) return st.status();
  if (o.format == "csv") {
    std::vector<std::vector<std::string>> rows = {
        {"måned", "organisasjon", "motpart", "avtale", "person", "arbeidssted", "betaler", "vakter", "minutter",
         "timepris_nok", "påslag_prosent", "beløp_nok", "skylder"}};
    for (const v1::RechargePair& p : st->pairs()) {
      for (const v1::RechargeLine& l : p.lines()) {
        rows.push_back({o.month, p.organisation_display_name(), p.counterparty_display_name(),
                        std::string(IdOf(l.agreement())), l.person_display_name(), std::string(IdOf(l.host_employer())),
                        std::string(IdOf(l.paying_employer())), std::to_string(l.entries()),
                        std::to_string(l.minutes()), Nok(l.hourly_ore()), std::to_string(l.overhead_percent()),
                        Nok(l.amount_ore()),
                        l.amount_ore() == 0 ? "" : std::string(IdOf(l.host_employer()))});
      }
    }
    const std::string csv = FormatCsv(rows);
    if (o.out.empty()) {
      out << csv;
      return absl::OkStatus();
    }
    std::ofstream file(o.out, std::ios::binary);
    file << csv;
    if (!file) return absl::UnavailableError(absl::StrCat("--out: cannot write ", o.out));
    out << o.out << "\n";
    return absl::OkStatus();
  }
  out << "Recharge statement " << o.month << " for " << st->organisation() << "\n";
  for (const v1::RechargePair& p : st->pairs()) {
    out << "\nwith " << p.counterparty_display_name() << " (" << p.counterparty() << ")\n";
    TextTable table({"AGREEMENT", "PERSON", "WORKED AT", "PAID BY", "SHIFTS", "HOURS", "NOK/H", "+%", "NOK"});
    for (const v1::RechargeLine& l : p.lines()) {
      table.AddRow({std::string(IdOf(l.agreement())), l.person_display_name(), std::string(IdOf(l.host_employer())),
                    std::string(IdOf(l.paying_employer())), std::to_string(l.entries()),
                    FormatDecimal(l.minutes() / 60.0), Nok(l.hourly_ore()), std::to_string(l.overhead_percent()),
                    Nok(l.amount_ore())});
    }
    table.Print(out);
    out << (p.net_ore() >= 0 ? absl::StrFormat("%s owes %s %s NOK\n", p.counterparty_display_name(),
                                               p.organisation_display_name(), Nok(p.net_ore()))
                             : absl::StrFormat("%s owes %s %s NOK\n", p.organisation_display_name(),
                                               p.counterparty_display_name(), Nok(-p.net_ore())));
  }
  if (st->pairs().empty()) out << "no hours worked under agreements in " << o.month << "\n";
  return absl::OkStatus();
}

}  // namespace

void AddAgreementCommands(CLI::App& app, std::function<absl::Status(Connection&)>* action) {
  auto o = std::make_shared<AgreementOptions>();
  CLI::App* ag = app.add_subcommand("agreements", "Combined positions (hus og hytte) and secondments between employers")
                     ->require_subcommand(1);
  ag->footer("Dates YYYY-MM-DD; money NOK (\"450,00\"); ids or full names.");
  // Runs `body` with the AgreementService stub on the connection's channel.
  auto set = [action, o](std::function<absl::Status(Connection&, Stub&, const AgreementOptions&)> body) {
    *action = [o, body](Connection& c) -> absl::Status {
      if (!c.setup().ok()) return c.setup();
      std::unique_ptr<Stub> stub = v1::AgreementService::NewStub(c.channel());
      return body(c, *stub, *o);
    };
  };
  auto name = [o] { return NameOf("agreements", o->id); };

  CLI::App* list = ag->add_subcommand("list", "The agreements of a person or an organisation");
  list->add_option("--person", o->person, "Person id");
  list->add_option("--organisation", o->organisation, "Organisation id (main or secondary employer)");
  list->add_option("--state", o->states, "proposed, active, ended, withdrawn (repeatable)");
  list->callback([set] { set([](Connection& c, Stub& s, const AgreementOptions& o) { return RunList(c, s, o, std::cout); }); });

  CLI::App* get = ag->add_subcommand("get", "Show one agreement");
  get->add_option("agreement", o->id, "Agreement id")->required();
  get->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions&) {
      v1::GetAgreementRequest r;
      r.set_name(name());
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.GetAgreement(x, r, a); }), std::cout);
    });
  });

  CLI::App* propose = ag->add_subcommand("propose", "Propose an agreement (or ask for one, as the employee)");
  propose->add_option("--person", o->person, "Person id")->required();
  propose->add_option("--main", o->main, "Main employer (hus / lender)")->required();
  propose->add_option("--secondary", o->secondary, "Secondary employer (hytte / borrower)")->required();
  propose->add_option("--kind", o->kind, "combined or secondment")->capture_default_str();
  propose->add_option("--main-percent", o->main_percent, "Percentage at the main employer")->required();
  propose->add_option("--secondary-percent", o->secondary_percent, "Percentage at the secondary employer")->required();
  propose->add_option("--main-unit", o->main_unit, "Unit at the main employer");
  propose->add_option("--secondary-unit", o->secondary_unit, "Unit at the secondary employer");
  propose->add_option("--split", o->split, "weekdays, alternating or shift-by-shift")->capture_default_str();
  propose->add_option("--weekdays", o->weekdays, "weekdays: at the secondary employer, 1-7 (Mon-Sun), e.g. 3,4");
  propose->add_option("--first-week", o->first_week, "alternating: a day of the first week at the secondary");
  propose->add_option("--from", o->from, "First day")->required();
  propose->add_option("--to", o->to, "Last day (required for a secondment)");
  propose->add_option("--paid-by", o->paid_by, "main or secondary: who pays the hours at the secondary")
      ->capture_default_str();
  propose->add_option("--rate", o->rate, "--paid-by main: NOK per hour recharged");
  propose->add_option("--overhead", o->overhead, "--paid-by main: overhead in percent");
  propose->add_option("--item", o->items, "Onboarding item CODE:Title:main|secondary|both (repeatable)");
  propose->add_option("--note", o->note, "Free text");
  propose->add_option("--id", o->agreement_id, "Client-chosen id");
  propose->add_option("--request-id", o->request_id, "Idempotency key (default: a new one)");
  propose->callback([set] {
    set([](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      absl::StatusOr<Agreement> terms = Terms(o);
      if (!terms.ok()) return terms.status();
      v1::ProposeAgreementRequest r;
      *r.mutable_agreement() = *terms;
      r.set_agreement_id(o.agreement_id);
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.ProposeAgreement(x, r, a); }), std::cout);
    });
  });

  CLI::App* approve = ag->add_subcommand("approve", "Approve for one employer");
  approve->add_option("agreement", o->id, "Agreement id")->required();
  approve->add_option("--organisation", o->organisation, "The approving employer")->required();
  approve->add_option("--consulted", o->consulted, "The day the tillitsvalgte were consulted")->required();
  CLI::App* accept = ag->add_subcommand("accept", "Accept as the person (consent to checks over both positions)");
  accept->add_option("agreement", o->id, "Agreement id")->required();
  CLI::App* withdraw = ag->add_subcommand("withdraw", "Withdraw or decline a proposed agreement");
  withdraw->add_option("agreement", o->id, "Agreement id")->required();
  withdraw->add_option("--reason", o->reason, "Why");
  CLI::App* end = ag->add_subcommand("end", "End an active agreement");
  end->add_option("agreement", o->id, "Agreement id")->required();
  end->add_option("--date", o->date, "The last day (default: today)");
  end->add_option("--reason", o->reason, "Why");
  CLI::App* onboarding = ag->add_subcommand("onboarding", "Mark an onboarding item done");
  onboarding->add_option("agreement", o->id, "Agreement id")->required();
  onboarding->add_option("--item", o->item, "The item's code")->required();
  onboarding->add_option("--date", o->date, "The day it was done (default: today)");
  for (CLI::App* cmd : {approve, accept, withdraw, end, onboarding}) {
    cmd->add_option("--etag", o->etag, "Only if the agreement is still at this etag");
    cmd->add_option("--request-id", o->request_id, "Idempotency key (default: a new one)");
  }
  approve->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      v1::ApproveAgreementRequest r;
      r.set_name(name());
      r.set_etag(o.etag);
      r.set_organisation(NameOf("organisations", o.organisation));
      absl::StatusOr<v1::Date> d = Day("--consulted", o.consulted);
      if (!d.ok()) return d.status();
      *r.mutable_union_consultation_date() = *d;
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.ApproveAgreement(x, r, a); }), std::cout);
    });
  });
  accept->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) {
      v1::AcceptAgreementRequest r;
      r.set_name(name());
      r.set_etag(o.etag);
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.AcceptAgreement(x, r, a); }), std::cout);
    });
  });
  withdraw->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) {
      v1::WithdrawAgreementRequest r;
      r.set_name(name());
      r.set_etag(o.etag);
      r.set_reason(o.reason);
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.WithdrawAgreement(x, r, a); }), std::cout);
    });
  });
  end->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      v1::EndAgreementRequest r;
      r.set_name(name());
      r.set_etag(o.etag);
      r.set_reason(o.reason);
      if (!o.date.empty()) {
        absl::StatusOr<v1::Date> d = Day("--date", o.date);
        if (!d.ok()) return d.status();
        *r.mutable_end_date() = *d;
      }
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.EndAgreement(x, r, a); }), std::cout);
    });
  });
  onboarding->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      v1::CompleteOnboardingItemRequest r;
      r.set_name(name());
      r.set_etag(o.etag);
      r.set_code(o.item);
      if (!o.date.empty()) {
        absl::StatusOr<v1::Date> d = Day("--date", o.date);
        if (!d.ok()) return d.status();
        *r.mutable_done_date() = *d;
      }
      r.set_request_id(RequestIdOr(o.request_id));
      return Show(c, c.Call<Agreement>([&](grpc::ClientContext* x, Agreement* a) { return s.CompleteOnboardingItem(x, r, a); }), std::cout);
    });
  });

  CLI::App* notice = ag->add_subcommand("notice", "Print the §19 notice of secondary work of an agreement");
  notice->add_option("agreement", o->id, "Agreement id")->required();
  notice->add_option("--out", o->out, "Write the document to this file");
  notice->callback([set, name] {
    set([name](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      v1::ListSecondaryWorkNoticesRequest r;
      r.set_agreement(name());
      auto n = c.Call<v1::ListSecondaryWorkNoticesResponse>(
          [&](grpc::ClientContext* x, v1::ListSecondaryWorkNoticesResponse* resp) { return s.ListSecondaryWorkNotices(x, r, resp); });
      if (!n.ok()) return n.status();
      if (n->notices().empty()) return absl::FailedPreconditionError(absl::StrCat(name(), " has no notice: it is not active yet"));
      if (o.out.empty()) {
        std::cout << n->notices(0).text();
        return absl::OkStatus();
      }
      std::ofstream file(o.out, std::ios::binary);
      file << n->notices(0).text();
      if (!file) return absl::UnavailableError(absl::StrCat("--out: cannot write ", o.out));
      std::cout << o.out << "\n";
      return absl::OkStatus();
    });
  });

  CLI::App* total = ag->add_subcommand("positions", "A person's positions on a day and their total percentage");
  total->add_option("person", o->person, "Person id")->required();
  total->add_option("--date", o->date, "The day (default: today)");
  total->callback([set] {
    set([](Connection& c, Stub& s, const AgreementOptions& o) -> absl::Status {
      v1::GetPositionSummaryRequest r;
      r.set_person(NameOf("people", o.person));
      if (!o.date.empty()) {
        absl::StatusOr<v1::Date> d = Day("--date", o.date);
        if (!d.ok()) return d.status();
        *r.mutable_date() = *d;
      }
      auto sum = c.Call<v1::PositionSummary>(
          [&](grpc::ClientContext* x, v1::PositionSummary* resp) { return s.GetPositionSummary(x, r, resp); });
      if (!sum.ok()) return sum.status();
      TextTable table({"POSITION", "EMPLOYER", "KIND", "PERCENT", "AGREEMENT"});
      for (const v1::Position& p : sum->positions()) {
        table.AddRow({std::string(IdOf(p.name())), std::string(IdOf(p.employer())),
                      std::string(PositionKindNorwegian(p.kind())), FormatDecimal(p.percentage()),
                      std::string(IdOf(p.agreement()))});
      }
      table.Print(std::cout);
      std::cout << "total " << FormatDecimal(sum->total_percent()) << " % on " << FormatIsoDay(sum->date()) << "\n";
      if (sum->over_full_time()) std::cout << "warning: " << sum->warning() << "\n";
      return absl::OkStatus();
    });
  });

  CLI::App* recharge = ag->add_subcommand("recharge", "The monthly recharge statement between employers");
  recharge->add_option("--organisation", o->organisation, "Whose statement")->required();
  recharge->add_option("--month", o->month, "YYYY-MM (Oslo)")->required();
  recharge->add_option("--counterparty", o->counterparty, "Only the pair with this employer");
  recharge->add_option("--format", o->format, "table or csv")->check(CLI::IsMember({"table", "csv"}));
  recharge->add_option("--out", o->out, "csv: write to this file");
  recharge->callback([set] {
    set([](Connection& c, Stub& s, const AgreementOptions& o) { return RunRecharge(c, s, o, std::cout); });
  });
}

}  // namespace vaktbro::ctl
