#include "employee_model.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "oslo_time.h"

namespace vaktbro::client {
namespace {

std::string Id(const std::string& name) {
  const size_t slash = name.rfind('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

bool IsBooked(v1::Assignment::State state) {
  return state == v1::Assignment::ACCEPTED || state == v1::Assignment::WORKED;
}

std::string DayMonth(const v1::Date& d) {
  return absl::StrFormat("%02d.%02d.%04d", d.day(), d.month(), d.year());
}

absl::CivilDay CivilOf(const v1::Date& d) {
  return absl::CivilDay(d.year(), d.month(), d.day());
}

// "Mon 24.11.2025" and "07:00–15:00" (end with its weekday when on a
// later day).
std::string Day(absl::Time t, const absl::TimeZone& zone,
                const Translate& translate) {
  const std::string full = FormatDateTime(t, zone, translate);
  return full.substr(0, full.rfind(' '));
}
std::string Span(absl::Time start, absl::Time end, const absl::TimeZone& zone,
                 const Translate& translate) {
  return absl::StrCat(absl::FormatTime("%H:%M", start, zone), "–",
                      FormatEndTime(start, end, zone, translate));
}

const v1::Shift* ShiftOf(const EmployeeData& data, const v1::Assignment& a) {
  auto it = data.shifts.find(a.shift());
  return it == data.shifts.end() ? nullptr : &it->second;
}

CalendarEntry EntryOf(const EmployeeData& data, const v1::Assignment& a) {
  CalendarEntry e;
  e.kind = a.state() == v1::Assignment::OFFERED ? CalendarEntry::Kind::kOffered
                                                : CalendarEntry::Kind::kBooked;
  e.start = FromTimestamp(a.start_time());
  e.end = FromTimestamp(a.end_time());
  e.employer = NameOf(data, a.employer());
  e.source = a.name();
  if (const v1::Shift* shift = ShiftOf(data, a)) {
    e.title = shift->title();
    if (!shift->unit().empty()) e.unit = NameOf(data, shift->unit());
    if (!a.has_start_time()) e.start = FromTimestamp(shift->start_time());
    if (!a.has_end_time()) e.end = FromTimestamp(shift->end_time());
    if (a.employer().empty()) e.employer = NameOf(data, shift->organisation());
  }
  if (e.title.empty()) e.title = Id(a.shift());
  return e;
}

}  // namespace

const char* PayLabel(v1::Position::PayScheme scheme) {
  return scheme == v1::Position::PENSJONISTLONN
             ? VAKTBRO_N_("Pensjonistlønn")
             : VAKTBRO_N_("Ordinary pay");
}

const char* MonthLabel(int month) {
  static const char* const kMonths[] = {
      VAKTBRO_N_("January"), VAKTBRO_N_("February"), VAKTBRO_N_("March"),
      VAKTBRO_N_("April"),   VAKTBRO_N_("May"),      VAKTBRO_N_("June"),
      VAKTBRO_N_("July"),    VAKTBRO_N_("August"),   VAKTBRO_N_("September"),
      VAKTBRO_N_("October"), VAKTBRO_N_("November"), VAKTBRO_N_("December")};
  return month >= 1 && month <= 12 ? kMonths[month - 1] : "?";
}

std::string FormatNumber(double value, int decimals, Language language) {
  const bool nb = language == Language::kNb;
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(value * scale) / scale;
  std::string digits = absl::StrFormat("%.*f", decimals, std::fabs(rounded));
  std::string fraction;
  if (const size_t dot = digits.find('.'); dot != std::string::npos) {
    fraction = absl::StrCat(nb ? "," : ".", digits.substr(dot + 1));
    digits.resize(dot);
  }
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += nb ? " " : ",";
    grouped += digits[i];
  }
  return absl::StrCat(rounded < 0 ? "-" : "", grouped, fraction);
}

bool ValidOn(const v1::Position& p, absl::CivilDay day) {
  if (p.has_valid_from() && p.valid_from().year() > 0 &&
      CivilOf(p.valid_from()) > day) {
    return false;
  }
  if (p.has_valid_to() && p.valid_to().year() > 0 &&
      CivilOf(p.valid_to()) < day) {
    return false;
  }
  return true;
}

std::string NameOf(const EmployeeData& data, const std::string& name) {
  auto it = data.names.find(name);
  if (it != data.names.end() && !it->second.empty()) return it->second;
  return Id(name);
}

Rows PositionRows(const EmployeeData& data, absl::CivilDay today,
                  const Translate& translate, Language language) {
  std::vector<const v1::Position*> sorted;
  for (const v1::Position& p : data.positions) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](const v1::Position* a, const v1::Position* b) {
                     return std::make_tuple(!ValidOn(*a, today), a->kind(),
                                            NameOf(data, a->employer())) <
                            std::make_tuple(!ValidOn(*b, today), b->kind(),
                                            NameOf(data, b->employer()));
                   });
  Rows rows;
  for (const v1::Position* p : sorted) {
    std::string valid =
        p->has_valid_from() ? DayMonth(p->valid_from()) : std::string();
    valid += " – ";
    if (p->has_valid_to() && p->valid_to().year() > 0)
      valid += DayMonth(p->valid_to());
    rows.push_back({translate(PositionKindLabel(p->kind())),
                    NameOf(data, p->employer()),
                    p->unit().empty() ? std::string("–")
                                      : NameOf(data, p->unit()),
                    FormatNumber(p->percentage(), 0, language) + " %",
                    translate(PayLabel(p->pay_scheme())), valid});
  }
  return rows;
}

std::vector<CalendarEntry> CalendarEntries(const EmployeeData& data) {
  std::vector<CalendarEntry> entries;
  for (const v1::Assignment& a : data.assignments) {
    if (!IsBooked(a.state()) && a.state() != v1::Assignment::OFFERED) continue;
    entries.push_back(EntryOf(data, a));
  }
  for (const v1::PlannedShift& p : data.planned_shifts) {
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::kPlanned;
    e.start = FromTimestamp(p.start_time());
    e.end = FromTimestamp(p.end_time());
    e.title = p.label();
    e.employer = NameOf(data, p.employer());
    e.source = p.name();
    entries.push_back(std::move(e));
  }
  std::sort(entries.begin(), entries.end(),
            [](const CalendarEntry& a, const CalendarEntry& b) {
              return std::tie(a.start, a.source) < std::tie(b.start, b.source);
            });
  return entries;
}

std::vector<CalendarEntry> EntriesIn(const std::vector<CalendarEntry>& all,
                                     absl::Time from, absl::Time to) {
  std::vector<CalendarEntry> in;
  for (const CalendarEntry& e : all) {
    if (e.start < to && e.end > from) in.push_back(e);
  }
  return in;
}

CalendarPeriod PeriodOf(CalendarSpan span, absl::CivilDay day,
                        const absl::TimeZone& zone) {
  auto monday = [](absl::CivilDay d) {
    return absl::PrevWeekday(d + 1, absl::Weekday::monday);
  };
  CalendarPeriod p;
  p.month = absl::CivilMonth(day);
  if (span == CalendarSpan::kWeek) {
    p.first = monday(day);
    p.days = 7;
  } else {
    const absl::CivilDay first_of_month(p.month);
    const absl::CivilDay last_of_month = absl::CivilDay(p.month + 1) - 1;
    p.first = monday(first_of_month);
    const absl::CivilDay end = monday(last_of_month) + 7;
    p.days = static_cast<int>(end - p.first);
  }
  p.start = StartOfDay(p.first, zone);
  p.end = StartOfDay(p.first + p.days, zone);
  return p;
}

CalendarPeriod StepPeriod(CalendarSpan span, const CalendarPeriod& period,
                          int direction, const absl::TimeZone& zone) {
  if (span == CalendarSpan::kWeek)
    return PeriodOf(span, period.first + 7 * direction, zone);
  return PeriodOf(span, absl::CivilDay(period.month + direction), zone);
}

std::string PeriodTitle(CalendarSpan span, const CalendarPeriod& period,
                        const Translate& translate) {
  if (span == CalendarSpan::kMonth) {
    return absl::StrCat(translate(MonthLabel(period.month.month())), " ",
                        period.month.year());
  }
  // ISO week: the week of the Thursday.
  const absl::CivilDay thursday = period.first + 3;
  const int week =
      static_cast<int>((thursday - absl::CivilDay(thursday.year(), 1, 1)) / 7) +
      1;
  const absl::CivilDay last = period.first + 6;
  return absl::StrFormat(
      "%s %d, %02d.%02d.–%02d.%02d.%04d", translate(VAKTBRO_N_("Week")), week,
      period.first.day(), period.first.month(), last.day(), last.month(),
      last.year());
}

Rows CalendarRows(const std::vector<CalendarEntry>& entries,
                  const absl::TimeZone& zone, const Translate& translate) {
  Rows rows;
  for (const CalendarEntry& e : entries) {
    const char* status =
        e.kind == CalendarEntry::Kind::kBooked    ? VAKTBRO_N_("Booked")
        : e.kind == CalendarEntry::Kind::kOffered ? VAKTBRO_N_("Offered")
                                                  : VAKTBRO_N_("Rota");
    rows.push_back({Day(e.start, zone, translate),
                    Span(e.start, e.end, zone, translate), e.title, e.employer,
                    e.unit.empty() ? std::string("–") : e.unit,
                    translate(status)});
  }
  return rows;
}

std::vector<v1::Assignment> Offers(const EmployeeData& data) {
  std::vector<v1::Assignment> offers;
  for (const v1::Assignment& a : data.assignments) {
    if (a.state() == v1::Assignment::OFFERED) offers.push_back(a);
  }
  std::sort(offers.begin(), offers.end(),
            [](const v1::Assignment& a, const v1::Assignment& b) {
              return std::make_tuple(FromTimestamp(a.start_time()), a.name()) <
                     std::make_tuple(FromTimestamp(b.start_time()), b.name());
            });
  return offers;
}

Rows OfferRows(const EmployeeData& data,
               const std::vector<v1::Assignment>& offers,
               const absl::TimeZone& zone, const Translate& translate) {
  Rows rows;
  for (const v1::Assignment& a : offers) {
    const CalendarEntry e = EntryOf(data, a);
    rows.push_back({FormatDateTime(e.start, zone, translate),
                    FormatEndTime(e.start, e.end, zone, translate), e.title,
                    e.employer, e.unit.empty() ? std::string("–") : e.unit});
  }
  return rows;
}

FindingsSummary SummariseFindings(const v1::Candidate& candidate,
                                  Language language,
                                  const Translate& translate) {
  FindingsSummary summary;
  std::vector<const v1::Finding*> sorted;
  for (const v1::Finding& f : candidate.findings()) sorted.push_back(&f);
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const v1::Finding* a, const v1::Finding* b) {
                     return a->severity() > b->severity();
                   });
  for (const v1::Finding* f : sorted) {
    const char* prefix = VAKTBRO_N_("Note:");
    if (f->severity() == v1::Finding::BLOCK) {
      summary.blocked = true;
      prefix = VAKTBRO_N_("Not allowed:");
    } else if (f->severity() == v1::Finding::WARN) {
      ++summary.warnings;
      prefix = VAKTBRO_N_("Warning:");
    }
    std::string text = language == Language::kNb ? f->message_nb()
                                                  : f->message_en();
    if (text.empty()) text = f->message_en().empty() ? f->rule()
                                                     : f->message_en();
    std::string line = absl::StrCat(translate(prefix), " ", text);
    if (!f->law().empty()) absl::StrAppend(&line, " (", f->law(), ")");
    summary.lines.push_back(std::move(line));
  }
  summary.headline =
      summary.blocked ? translate(VAKTBRO_N_(
                            "You cannot take this shift: it breaks a rule of "
                            "the employer."))
      : summary.warnings > 0
          ? translate(VAKTBRO_N_("You may take this shift, but read the "
                                 "warnings first."))
          : translate(VAKTBRO_N_("No rule stands in the way of this shift."));
  return summary;
}

std::vector<v1::Availability> SortedAvailabilities(const EmployeeData& data) {
  std::vector<v1::Availability> sorted = data.availabilities;
  std::sort(sorted.begin(), sorted.end(),
            [](const v1::Availability& a, const v1::Availability& b) {
              return std::make_tuple(FromTimestamp(a.start_time()), a.name()) <
                     std::make_tuple(FromTimestamp(b.start_time()), b.name());
            });
  return sorted;
}

Rows AvailabilityRows(const std::vector<v1::Availability>& windows,
                      const absl::TimeZone& zone, const Translate& translate) {
  Rows rows;
  for (const v1::Availability& a : windows) {
    const absl::Time start = FromTimestamp(a.start_time());
    const absl::Time end = FromTimestamp(a.end_time());
    rows.push_back({FormatDateTime(start, zone, translate),
                    FormatEndTime(start, end, zone, translate), a.note()});
  }
  return rows;
}

std::vector<IcsEvent> IcsEventsFor(const EmployeeData& data) {
  std::vector<IcsEvent> events;
  for (const CalendarEntry& e : CalendarEntries(data)) {
    if (e.kind != CalendarEntry::Kind::kBooked || e.end <= e.start) continue;
    IcsEvent event;
    event.uid = absl::StrCat(Id(e.source), ".assignment@vaktbro");
    event.start = e.start;
    event.end = e.end;
    event.summary = absl::StrCat(e.title, " – ", e.employer);
    event.location = e.unit;
    event.description = absl::StrCat("vaktbro ", e.source);
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace vaktbro::client
