// vaktbroctl agency ... and vaktbroctl report: agency hire over
// AgencyService (see commands.h).
#include <cmath>
#include <fstream>
#include <map>
#include <span>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "agency/export.h"
#include "agency/labels.h"
#include "agency/report.h"
#include "agency/report_table.h"
#include "command_helpers.h"
#include "commands.h"
#include "csv.h"
#include "grpcpp/create_channel.h"
#include "grpcpp/security/credentials.h"
#include "local_time.h"
#include "names.h"
#include "table.h"

namespace vaktbro::ctl {
namespace {

using v1::AgencyBooking;
using v1::InternalFill;

template <typename Enum>
struct Word {
  const char* word;
  Enum value;
};

constexpr Word<AgencyBooking::State> kStates[] = {
    {"booked", AgencyBooking::BOOKED},
    {"cancelled", AgencyBooking::CANCELLED},
    {"kicked-out", AgencyBooking::KICKED_OUT}};
constexpr Word<AgencyBooking::LegalGround> kGrounds[] = {
    {"health-personnel", AgencyBooking::HEALTH_PERSONNEL},
    {"substitute", AgencyBooking::SUBSTITUTE},
    {"union-agreement", AgencyBooking::UNION_AGREEMENT}};
constexpr Word<InternalFill::Channel> kChannels[] = {
    {"own-staff", InternalFill::OWN_STAFF},
    {"secondary", InternalFill::SECONDARY_POSITION},
    {"pool", InternalFill::POOL},
    {"pensioner", InternalFill::PENSIONER},
    {"partner", InternalFill::PARTNER_EMPLOYER}};
constexpr Word<v1::GetAgencyReportRequest::Baseline> kBaselines[] = {
    {"last-year", v1::GetAgencyReportRequest::SAME_MONTHS_LAST_YEAR},
    {"previous-period", v1::GetAgencyReportRequest::PREVIOUS_PERIOD},
    {"none", v1::GetAgencyReportRequest::NO_BASELINE}};
constexpr Word<v1::AgencySettings::ConsultationPolicy> kPolicies[] = {
    {"warn", v1::AgencySettings::WARN}, {"refuse", v1::AgencySettings::REFUSE}};
constexpr Word<agency::TableKind> kTables[] = {
    {"months", agency::TableKind::kMonths},
    {"detail", agency::TableKind::kDetail},
    {"streaks", agency::TableKind::kStreaks}};

template <typename Enum, size_t N>
absl::StatusOr<Enum> ParseWord(const Word<Enum> (&words)[N],
                               absl::string_view what, absl::string_view text) {
  std::string accepted;
  for (const Word<Enum>& w : words) {
    if (FoldName(text) == w.word) return w.value;
    absl::StrAppend(&accepted, accepted.empty() ? "" : ", ", w.word);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("'", text, "' is not a ", what, " (", accepted, ")"));
}

template <typename Enum, size_t N>
std::string WordOf(const Word<Enum> (&words)[N], Enum value) {
  for (const Word<Enum>& w : words) {
    if (w.value == value) return w.word;
  }
  return "booked";  // state unset: a record from before the register
}

// "1050,50" or "1050.50" NOK -> øre.
absl::StatusOr<int64_t> ParseNok(absl::string_view flag,
                                 absl::string_view text) {
  absl::StatusOr<double> nok = ParseDecimal(text);
  if (!nok.ok()) return ForFlag(flag, nok.status());
  return std::llround(*nok * 100);
}

// "2026-03" -> YearMonth.
absl::StatusOr<v1::YearMonth> ParseMonth(absl::string_view flag,
                                         absl::string_view text) {
  int year = 0, month = 0;
  char extra = 0;
  if (std::sscanf(std::string(text).c_str(), "%d-%d%c", &year, &month,
                  &extra) != 2 ||
      month < 1 || month > 12) {
    return absl::InvalidArgumentError(
        absl::StrCat(flag, ": '", text, "' is not a month (YYYY-MM)"));
  }
  v1::YearMonth m;
  m.set_year(year);
  m.set_month(month);
  return m;
}

absl::Status DayRange(const std::string& from, const std::string& to,
                      google::protobuf::Timestamp* start_from,
                      google::protobuf::Timestamp* start_to) {
  if (!from.empty()) {
    absl::StatusOr<absl::CivilDay> day = ParseDay(from);
    if (!day.ok()) return ForFlag("--from", day.status());
    *start_from = ToProto(OsloTime(*day, 0));
  }
  if (!to.empty()) {
    absl::StatusOr<absl::CivilDay> day = ParseDay(to);
    if (!day.ok()) return ForFlag("--to", day.status());
    *start_to = ToProto(OsloTime(*day + 1, 0));
  }
  return absl::OkStatus();
}

std::string Nok(int64_t ore) { return agency::MoneyWhole(ore); }

// Display names of organisations and units by resource name.
std::map<std::string, std::string> Names(Connection& c) {
  std::map<std::string, std::string> names;
  if (auto orgs = ListAllOrganisations(c); orgs.ok()) {
    for (const auto& o : *orgs) names[o.name()] = o.display_name();
  }
  if (auto units = ListAllUnits(c); units.ok()) {
    for (const auto& u : *units) names[u.name()] = u.display_name();
  }
  return names;
}

std::string NameOr(const std::map<std::string, std::string>& names,
                   const std::string& name) {
  auto it = names.find(name);
  return it == names.end() ? std::string(IdOf(name)) : it->second;
}

template <typename Request, typename Response, typename Item, typename Method,
          typename Items>
absl::StatusOr<std::vector<Item>> ListAll(AgencyConnection& c, Request request,
                                          Method method, Items items) {
  std::vector<Item> all;
  request.set_page_size(500);
  while (true) {
    absl::StatusOr<Response> page =
        c.base().Call<Response>([&](grpc::ClientContext* ctx, Response* r) {
          return (c.agency().*method)(ctx, request, r);
        });
    if (!page.ok()) return page.status();
    for (const Item& item : items(*page)) all.push_back(item);
    if (page->next_page_token().empty() ||
        page->next_page_token() == request.page_token())
      return all;
    request.set_page_token(page->next_page_token());
  }
}

void PrintBooking(const AgencyBooking& b, std::ostream& out) {
  out << b.name() << "  " << WordOf(kStates, b.state()) << "  etag " << b.etag()
      << "\n"
      << "  " << b.agency()
      << (b.agency_organisation_number().empty()
              ? ""
              : " (" + b.agency_organisation_number() + ")")
      << ", " << ProfessionWord(b.profession()) << " at " << b.unit() << " ("
      << b.organisation() << ")\n"
      << "  " << FormatNorwegianDay(FromProto(b.start_time())) << " "
      << FormatClock(FromProto(b.start_time())) << " to "
      << FormatNorwegianDay(FromProto(b.end_time())) << " "
      << FormatClock(FromProto(b.end_time())) << " (Oslo), "
      << FormatDecimal(b.hours()) << " h at "
      << agency::MoneyDecimal(b.hourly_rate_ore()) << " NOK/h + fees "
      << agency::MoneyDecimal(b.fees_ore()) << " = "
      << agency::MoneyDecimal(b.total_cost_ore()) << " NOK\n"
      << "  purpose " << ReasonWord(b.purpose()) << ", legal ground "
      << WordOf(kGrounds, b.legal_ground()) << ", tillitsvalgte consulted "
      << (b.has_union_consultation_date()
              ? FormatIsoDay(b.union_consultation_date())
              : "(not recorded)")
      << "\n  justification: " << b.justification() << "\n";
  if (!b.shift().empty()) out << "  shift " << b.shift() << "\n";
  if (!b.cascade().empty()) out << "  cascade " << b.cascade() << "\n";
  if (!b.replaced_by().empty())
    out << "  replaced by " << b.replaced_by() << "\n";
  if (!b.cancel_reason().empty()) out << "  " << b.cancel_reason() << "\n";
  for (const std::string& w : b.warnings()) out << "  warning: " << w << "\n";
}

absl::StatusOr<AgencyBooking> BuildBooking(const AgencyAddOptions& o) {
  AgencyBooking b;
  b.set_organisation(NameOf("organisations", o.organisation));
  b.set_unit(NameOf("units", o.unit));
  b.set_shift(NameOf("shifts", o.shift));
  b.set_agency(o.agency);
  b.set_agency_organisation_number(o.agency_number);
  absl::StatusOr<v1::Profession> profession = ParseProfession(o.profession);
  if (!profession.ok()) return ForFlag("--profession", profession.status());
  b.set_profession(*profession);
  for (const std::string& code : o.competences) b.add_competences(code);
  absl::StatusOr<absl::CivilDay> day = ParseDay(o.date);
  if (!day.ok()) return ForFlag("--date", day.status());
  absl::StatusOr<int> start = ParseClock(o.start);
  if (!start.ok()) return ForFlag("--start", start.status());
  absl::StatusOr<int> end = ParseClock(o.end);
  if (!end.ok()) return ForFlag("--end", end.status());
  absl::CivilDay end_day = *end <= *start ? *day + 1 : *day;
  if (!o.end_date.empty()) {
    absl::StatusOr<absl::CivilDay> d = ParseDay(o.end_date);
    if (!d.ok()) return ForFlag("--end-date", d.status());
    end_day = *d;
  }
  const absl::Time start_time = OsloTime(*day, *start),
                   end_time = OsloTime(end_day, *end);
  *b.mutable_start_time() = ToProto(start_time);
  *b.mutable_end_time() = ToProto(end_time);
  if (o.hours.empty()) {
    b.set_hours(absl::ToDoubleHours(end_time - start_time));
  } else {
    absl::StatusOr<double> hours = ParseDecimal(o.hours);
    if (!hours.ok()) return ForFlag("--hours", hours.status());
    b.set_hours(*hours);
  }
  absl::StatusOr<int64_t> rate = ParseNok("--rate", o.rate);
  if (!rate.ok()) return rate.status();
  b.set_hourly_rate_ore(*rate);
  if (!o.fees.empty()) {
    absl::StatusOr<int64_t> fees = ParseNok("--fees", o.fees);
    if (!fees.ok()) return fees.status();
    b.set_fees_ore(*fees);
  }
  absl::StatusOr<v1::Shift::Reason> purpose = ParseReason(o.purpose);
  if (!purpose.ok()) return ForFlag("--purpose", purpose.status());
  b.set_purpose(*purpose);
  absl::StatusOr<AgencyBooking::LegalGround> ground =
      ParseWord(kGrounds, "legal ground", o.legal_ground);
  if (!ground.ok()) return ForFlag("--legal-ground", ground.status());
  b.set_legal_ground(*ground);
  if (!o.consulted.empty()) {
    absl::StatusOr<absl::CivilDay> consulted = ParseDay(o.consulted);
    if (!consulted.ok()) return ForFlag("--consulted", consulted.status());
    *b.mutable_union_consultation_date() = ToProtoDate(*consulted);
  }
  b.set_justification(o.justification);
  b.set_cascade(NameOf("cascades", o.cascade));
  return b;
}

// The columns of a report table the terminal shows (the rest go to files).
std::vector<size_t> TerminalColumns(const agency::Table& t) {
  static const char* kWanted[] = {"Organisasjon",
                                  "Enhet",
                                  "Yrke",
                                  "Måned",
                                  "Fra",
                                  "Til",
                                  "Måneder på rad",
                                  "Pågår",
                                  "Innleie timer",
                                  "Innleie kostnad (NOK)",
                                  "Interne vakter",
                                  "Interne timer",
                                  "Intern kostnad (NOK)",
                                  "Andel internt (%)",
                                  "Besparelse (NOK)",
                                  "Endring innleiekostnad (%)"};
  std::vector<size_t> columns;
  for (size_t c = 0; c < t.header.size(); ++c) {
    for (const char* w : kWanted) {
      if (t.header[c] == w) columns.push_back(c);
    }
  }
  return columns;
}

void PrintReportTable(const v1::AgencyReport& report, agency::TableKind kind,
                      std::ostream& out) {
  const agency::Table t = agency::MakeTable(report, kind);
  out << t.title << "\n"
      << report.scope() << "\n"
      << agency::PeriodLine(report) << "\n\n";
  const std::vector<size_t> columns = TerminalColumns(t);
  std::vector<std::string> header;
  for (size_t c : columns) header.push_back(t.header[c]);
  TextTable table(header);
  auto add = [&](const std::vector<agency::Cell>& row) {
    std::vector<std::string> cells;
    for (size_t c : columns) cells.push_back(agency::DisplayText(row[c]));
    table.AddRow(cells);
  };
  for (const auto& row : t.rows) add(row);
  if (!t.totals.empty()) add(t.totals);
  table.Print(out);
  if (kind == agency::TableKind::kMonths) {
    // Norwegian, as the table above.
    out << "\n"
        << report.streaks_size()
        << (report.streaks_size() == 1 ? " enhet" : " enheter")
        << " med innleie " << report.request().streak_months()
        << " måneder eller mer på rad";
    for (const v1::AgencyStreak& s : report.streaks()) {
      out << "\n  " << s.organisation_display_name() << ", "
          << s.unit_display_name() << ": " << s.months() << " måneder, "
          << agency::IsoMonth(agency::ToMonth(s.first_month())) << " – "
          << agency::IsoMonth(agency::ToMonth(s.last_month()))
          << (s.ongoing() ? " (pågår)" : "");
    }
    out << "\n";
  }
}

}  // namespace

AgencyConnection::AgencyConnection(const ConnectionOptions& options)
    : base_(options),
      agency_(v1::AgencyService::NewStub(base_.channel())) {}

absl::Status RunAgencyList(AgencyConnection& c, const AgencyFilter& f,
                           std::ostream& out) {
  v1::ListAgencyRegisterRequest request;
  request.set_organisation(NameOf("organisations", f.organisation));
  request.set_unit(NameOf("units", f.unit));
  request.set_agency(f.agency);
  if (!f.profession.empty()) {
    absl::StatusOr<v1::Profession> p = ParseProfession(f.profession);
    if (!p.ok()) return ForFlag("--profession", p.status());
    request.set_profession(*p);
  }
  for (const std::string& s : f.states) {
    absl::StatusOr<AgencyBooking::State> state = ParseWord(kStates, "state", s);
    if (!state.ok()) return ForFlag("--state", state.status());
    request.add_states(*state);
  }
  if (absl::Status s = DayRange(f.from, f.to, request.mutable_start_time_from(),
                                request.mutable_start_time_to());
      !s.ok()) {
    return s;
  }
  if (f.from.empty()) request.clear_start_time_from();
  if (f.to.empty()) request.clear_start_time_to();
  absl::StatusOr<std::vector<AgencyBooking>> bookings =
      ListAll<v1::ListAgencyRegisterRequest, v1::ListAgencyRegisterResponse,
              AgencyBooking>(
          c, request, &v1::AgencyService::Stub::ListAgencyBookings,
          [](const v1::ListAgencyRegisterResponse& r) -> const auto& {
            return r.agency_bookings();
          });
  if (!bookings.ok()) return bookings.status();
  const std::map<std::string, std::string> names = Names(c.base());
  TextTable table({"BOOKING", "START", "UNIT", "PROFESSION", "AGENCY", "HOURS",
                   "NOK", "STATE", "CONSULTED"});
  int64_t total = 0;
  for (const AgencyBooking& b : *bookings) {
    const absl::Time start = FromProto(b.start_time());
    table.AddRow(
        {std::string(IdOf(b.name())),
         FormatIsoDay(start) + " " + FormatClock(start),
         NameOr(names, b.unit()), std::string(ProfessionWord(b.profession())),
         b.agency(), FormatDecimal(b.hours()),
         Nok(b.total_cost_ore() != 0 ? b.total_cost_ore() : b.cost_nok() * 100),
         WordOf(kStates, b.state()),
         b.has_union_consultation_date()
             ? FormatIsoDay(b.union_consultation_date())
             : "-"});
    if (b.state() == AgencyBooking::BOOKED ||
        b.state() == AgencyBooking::STATE_UNSPECIFIED) {
      total +=
          b.total_cost_ore() != 0 ? b.total_cost_ore() : b.cost_nok() * 100;
    }
  }
  if (table.size() == 0) {
    out << "No agency bookings match.\n";
    return absl::OkStatus();
  }
  table.Print(out);
  out << bookings->size() << " booking(s); booked ones cost " << Nok(total)
      << " NOK (times in Europe/Oslo).\n";
  return absl::OkStatus();
}

absl::Status RunAgencyGet(AgencyConnection& c, const std::string& booking,
                          std::ostream& out) {
  v1::GetRequest request;
  request.set_name(NameOf("agencyBookings", booking));
  absl::StatusOr<AgencyBooking> b = c.base().Call<AgencyBooking>(
      [&](grpc::ClientContext* ctx, AgencyBooking* r) {
        return c.agency().GetAgencyBooking(ctx, request, r);
      });
  if (!b.ok()) return b.status();
  PrintBooking(*b, out);
  return absl::OkStatus();
}

absl::Status RunAgencyAdd(AgencyConnection& c, const AgencyAddOptions& o,
                          std::ostream& out) {
  absl::StatusOr<AgencyBooking> booking = BuildBooking(o);
  if (!booking.ok()) return booking.status();
  v1::CreateAgencyBookingRequest request;
  *request.mutable_agency_booking() = *booking;
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<AgencyBooking> b = c.base().Call<AgencyBooking>(
      [&](grpc::ClientContext* ctx, AgencyBooking* r) {
        return c.agency().CreateAgencyBooking(ctx, request, r);
      });
  if (!b.ok()) return b.status();
  out << b->name() << "\n"
      << "total " << agency::MoneyDecimal(b->total_cost_ore()) << " NOK\n";
  for (const std::string& w : b->warnings()) out << "warning: " << w << "\n";
  return absl::OkStatus();
}

absl::Status RunAgencyCancel(AgencyConnection& c, const AgencyChangeOptions& o,
                             std::ostream& out) {
  v1::CancelAgencyBookingRequest request;
  request.set_name(NameOf("agencyBookings", o.booking));
  request.set_etag(o.etag);
  request.set_reason(o.reason);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<AgencyBooking> b = c.base().Call<AgencyBooking>(
      [&](grpc::ClientContext* ctx, AgencyBooking* r) {
        return c.agency().CancelAgencyBooking(ctx, request, r);
      });
  if (!b.ok()) return b.status();
  out << b->name() << " cancelled\n";
  return absl::OkStatus();
}

absl::Status RunAgencyKickOut(AgencyConnection& c, const AgencyChangeOptions& o,
                              std::ostream& out) {
  v1::KickOutAgencyBookingRequest request;
  request.set_name(NameOf("agencyBookings", o.booking));
  request.set_assignment(NameOf("assignments", o.assignment));
  request.set_etag(o.etag);
  request.set_request_id(RequestIdOr(o.request_id));
  absl::StatusOr<v1::KickOutAgencyBookingResponse> r =
      c.base().Call<v1::KickOutAgencyBookingResponse>(
          [&](grpc::ClientContext* ctx,
              v1::KickOutAgencyBookingResponse* resp) {
            return c.agency().KickOutAgencyBooking(ctx, request, resp);
          });
  if (!r.ok()) return r.status();
  const InternalFill& f = r->internal_fill();
  out << r->agency_booking().name() << " kicked out, replaced by "
      << r->agency_booking().replaced_by() << "\n"
      << "agency " << agency::MoneyDecimal(f.agency_cost_ore())
      << " NOK, internal " << agency::MoneyDecimal(f.internal_cost_ore())
      << " NOK, saving " << agency::MoneyDecimal(f.saving_ore()) << " NOK\n";
  return absl::OkStatus();
}

absl::Status RunAgencyFills(AgencyConnection& c, const FillFilter& f,
                            std::ostream& out) {
  v1::ListInternalFillsRequest request;
  request.set_organisation(NameOf("organisations", f.organisation));
  request.set_unit(NameOf("units", f.unit));
  request.set_person(NameOf("people", f.person));
  if (!f.channel.empty()) {
    absl::StatusOr<InternalFill::Channel> channel =
        ParseWord(kChannels, "channel", f.channel);
    if (!channel.ok()) return ForFlag("--channel", channel.status());
    request.set_channel(*channel);
  }
  if (absl::Status s = DayRange(f.from, f.to, request.mutable_start_time_from(),
                                request.mutable_start_time_to());
      !s.ok()) {
    return s;
  }
  if (f.from.empty()) request.clear_start_time_from();
  if (f.to.empty()) request.clear_start_time_to();
  absl::StatusOr<std::vector<InternalFill>> fills =
      ListAll<v1::ListInternalFillsRequest, v1::ListInternalFillsResponse,
              InternalFill>(
          c, request, &v1::AgencyService::Stub::ListInternalFills,
          [](const v1::ListInternalFillsResponse& r) -> const auto& {
            return r.internal_fills();
          });
  if (!fills.ok()) return fills.status();
  const std::map<std::string, std::string> names = Names(c.base());
  TextTable table({"FILL", "START", "UNIT", "PERSON", "CHANNEL", "HOURS",
                   "COST", "AGENCY PRICE", "SAVING"});
  int64_t saving = 0;
  for (const InternalFill& fill : *fills) {
    const absl::Time start = FromProto(fill.start_time());
    table.AddRow(
        {std::string(IdOf(fill.name())),
         FormatIsoDay(start) + " " + FormatClock(start),
         NameOr(names, fill.unit()), std::string(IdOf(fill.person())),
         WordOf(kChannels, fill.channel()),
         agency::HoursDecimal(fill.minutes()), Nok(fill.internal_cost_ore()),
         Nok(fill.agency_cost_ore()),
         Nok(fill.saving_ore()) +
             (fill.replaced_agency_booking().empty() ? "" : " (kick-out)")});
    saving += fill.saving_ore();
  }
  if (table.size() == 0) {
    out << "No internal fills match.\n";
    return absl::OkStatus();
  }
  table.Print(out);
  out << fills->size() << " fill(s), saving " << Nok(saving)
      << " NOK against agency prices.\n";
  return absl::OkStatus();
}

absl::Status RunAgencySettings(AgencyConnection& c,
                               const AgencySettingsOptions& o,
                               std::ostream& out) {
  v1::GetAgencySettingsRequest get;
  get.set_organisation(NameOf("organisations", o.organisation));
  absl::StatusOr<v1::AgencySettings> settings =
      c.base().Call<v1::AgencySettings>(
          [&](grpc::ClientContext* ctx, v1::AgencySettings* r) {
            return c.agency().GetAgencySettings(ctx, get, r);
          });
  if (!settings.ok()) return settings.status();
  if (!o.consultation.empty() || o.cutoff_hours.has_value()) {
    v1::UpdateAgencySettingsRequest update;
    *update.mutable_settings() = *settings;
    if (!o.consultation.empty()) {
      absl::StatusOr<v1::AgencySettings::ConsultationPolicy> p =
          ParseWord(kPolicies, "policy", o.consultation);
      if (!p.ok()) return ForFlag("--consultation", p.status());
      update.mutable_settings()->set_consultation_policy(*p);
    }
    if (o.cutoff_hours.has_value())
      update.mutable_settings()->set_kick_out_cutoff_hours(*o.cutoff_hours);
    update.set_request_id(RequestIdOr(o.request_id));
    settings = c.base().Call<v1::AgencySettings>(
        [&](grpc::ClientContext* ctx, v1::AgencySettings* r) {
          return c.agency().UpdateAgencySettings(ctx, update, r);
        });
    if (!settings.ok()) return settings.status();
  }
  out << settings->organisation() << ": without a consultation date "
      << (settings->consultation_policy() == v1::AgencySettings::REFUSE
              ? "refuse"
              : "warn")
      << "; kick-out until " << settings->kick_out_cutoff_hours()
      << " h before the start"
      << (settings->etag().empty() ? " (defaults)" : "") << "\n";
  return absl::OkStatus();
}

absl::Status RunReport(AgencyConnection& c, const ReportOptions& o,
                       std::ostream& out) {
  v1::GetAgencyReportRequest request;
  request.set_organisation(NameOf("organisations", o.organisation));
  request.set_unit(NameOf("units", o.unit));
  if (!o.profession.empty()) {
    absl::StatusOr<v1::Profession> p = ParseProfession(o.profession);
    if (!p.ok()) return ForFlag("--profession", p.status());
    request.set_profession(*p);
  }
  if (!o.from.empty()) {
    absl::StatusOr<v1::YearMonth> m = ParseMonth("--from", o.from);
    if (!m.ok()) return m.status();
    *request.mutable_first_month() = *m;
  }
  if (!o.to.empty()) {
    absl::StatusOr<v1::YearMonth> m = ParseMonth("--to", o.to);
    if (!m.ok()) return m.status();
    *request.mutable_last_month() = *m;
  }
  absl::StatusOr<v1::GetAgencyReportRequest::Baseline> baseline =
      ParseWord(kBaselines, "baseline", o.baseline);
  if (!baseline.ok()) return ForFlag("--baseline", baseline.status());
  request.set_baseline(*baseline);
  request.set_streak_months(o.streak_months);
  const std::string table_word = !o.table.empty()    ? o.table
                                 : o.format == "csv" ? "detail"
                                                     : "months";
  absl::StatusOr<agency::TableKind> kind =
      ParseWord(kTables, "table", table_word);
  if (!kind.ok()) return ForFlag("--table", kind.status());
  if ((o.format == "xlsx" || o.format == "pdf") && o.out.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("--out: give the file to write the ", o.format, " to"));
  }
  if (o.format != "table" && o.format != "csv" && o.format != "xlsx" &&
      o.format != "pdf") {
    return absl::InvalidArgumentError(absl::StrCat(
        "--format: '", o.format, "' is not table, csv, xlsx or pdf"));
  }
  absl::StatusOr<v1::AgencyReport> report = c.base().Call<v1::AgencyReport>(
      [&](grpc::ClientContext* ctx, v1::AgencyReport* r) {
        return c.agency().GetAgencyReport(ctx, request, r);
      });
  if (!report.ok()) return report.status();
  if (o.format == "table") {
    PrintReportTable(*report, *kind, out);
    return absl::OkStatus();
  }
  absl::Status written;
  if (o.format == "csv" && o.out.empty()) {
    out << agency::FormatCsv(agency::MakeTable(*report, *kind));
    return absl::OkStatus();
  }
  if (o.format == "csv") written = agency::WriteCsv(*report, *kind, o.out);
  if (o.format == "xlsx") written = agency::WriteXlsx(*report, o.out);
  if (o.format == "pdf") written = agency::WritePdf(*report, o.out);
  if (!written.ok()) return written;
  out << "Wrote the agency-hire report (" << report->scope() << ", "
      << agency::IsoMonth(agency::ToMonth(report->request().first_month()))
      << " to "
      << agency::IsoMonth(agency::ToMonth(report->request().last_month()))
      << ") to " << o.out << ".\n";
  return absl::OkStatus();
}

}  // namespace vaktbro::ctl
