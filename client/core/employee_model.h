// The view models of the employee's pages: what the tables, the calendar
// and the offers inbox show, built from EmployeeData (employee_client.h).
// Pure functions of their arguments; no GUI header, no server call.
//
// Texts come back as UTF-8. English source strings go through `translate`
// (the GUI's catalog); the server's findings come in the language asked for.
// Times are shown in the zone passed in (Europe/Oslo in the client).
#ifndef VAKTBRO_CLIENT_CORE_EMPLOYEE_MODEL_H_
#define VAKTBRO_CLIENT_CORE_EMPLOYEE_MODEL_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "employee_client.h"
#include "ics_export.h"
#include "labels.h"
#include "vaktbro/v1/matching.pb.h"

namespace vaktbro::client {

enum class Language { kNb, kEn };

using Rows = std::vector<std::vector<std::string>>;

// Untranslated msgids (see labels.h, which has PositionKindLabel).
const char* PayLabel(v1::Position::PayScheme scheme);
const char* MonthLabel(int month);  // 1-12; "?" out of range

// "1 234,5" (nb) or "1,234.5" (en) with `decimals` decimals.
std::string FormatNumber(double value, int decimals, Language language);

// The display name of an organisation or unit, else the id after the '/'.
std::string NameOf(const EmployeeData& data, const std::string& name);

// My positions: Kind, Employer, Unit, %, Pay, Valid. Those valid on
// `today` first, then by kind (main first), employer.
Rows PositionRows(const EmployeeData& data, absl::CivilDay today,
                  const Translate& translate, Language language);

// Whether `position` is valid on `day` (valid_from <= day <= valid_to).
bool ValidOn(const v1::Position& position, absl::CivilDay day);

// One thing in the calendar: a booked shift (an ACCEPTED or WORKED
// assignment), an offer, or a shift of a position's planned rota.
struct CalendarEntry {
  enum class Kind { kBooked, kOffered, kPlanned };
  Kind kind = Kind::kBooked;
  absl::Time start;
  absl::Time end;
  std::string title;     // the shift's title or the rota's label
  std::string employer;  // display name
  std::string unit;      // display name; empty when unknown
  std::string source;    // "assignments/{id}" or "plannedShifts/{id}"
};

// Every booked, offered and planned entry, sorted by start then source.
// Declined and withdrawn assignments are left out.
std::vector<CalendarEntry> CalendarEntries(const EmployeeData& data);

// The entries that overlap [from, to).
std::vector<CalendarEntry> EntriesIn(const std::vector<CalendarEntry>& all,
                                     absl::Time from, absl::Time to);

enum class CalendarSpan { kWeek, kMonth };

// The days a calendar page shows: a week is Monday to Sunday; a month is
// the whole weeks that cover it (so 28 to 42 days). `month` is the month a
// month page is about (the focus day's month for a week page).
struct CalendarPeriod {
  absl::CivilDay first;
  int days = 7;
  absl::CivilMonth month;
  absl::Time start;  // first's midnight in the zone
  absl::Time end;    // midnight after the last day
};
CalendarPeriod PeriodOf(CalendarSpan span, absl::CivilDay day,
                        const absl::TimeZone& zone);
// The next (+1) or previous (-1) page.
CalendarPeriod StepPeriod(CalendarSpan span, const CalendarPeriod& period,
                          int direction, const absl::TimeZone& zone);
// "Week 47, 16.11.–22.11.2026" or "November 2026" (ISO week numbers).
std::string PeriodTitle(CalendarSpan span, const CalendarPeriod& period,
                        const Translate& translate);

// The calendar as a list: Day, Time, What, Employer, Unit, Status.
Rows CalendarRows(const std::vector<CalendarEntry>& entries,
                  const absl::TimeZone& zone, const Translate& translate);

// The OFFERED assignments, soonest first.
std::vector<v1::Assignment> Offers(const EmployeeData& data);
// Start, End, What, Employer, Unit: one row per offer.
Rows OfferRows(const EmployeeData& data,
               const std::vector<v1::Assignment>& offers,
               const absl::TimeZone& zone, const Translate& translate);

// The findings of an offer in plain words, BLOCK first.
struct FindingsSummary {
  bool blocked = false;   // a BLOCK finding: the server will refuse it
  int warnings = 0;
  std::string headline;   // "No rule stands in the way." and the like
  std::vector<std::string> lines;  // "Blocks: ... (aml §10-8 (1))"
};
FindingsSummary SummariseFindings(const v1::Candidate& candidate,
                                  Language language,
                                  const Translate& translate);

// The availability windows, soonest first; and as rows From, To, Note.
std::vector<v1::Availability> SortedAvailabilities(const EmployeeData& data);
Rows AvailabilityRows(const std::vector<v1::Availability>& windows,
                      const absl::TimeZone& zone, const Translate& translate);

// One event per booked shift (ACCEPTED or WORKED), for the .ics export.
// UID "<assignment id>.assignment@vaktbro" stays the same for the
// assignment; SUMMARY "title – employer"; LOCATION the unit.
std::vector<IcsEvent> IcsEventsFor(const EmployeeData& data);

}  // namespace vaktbro::client

#endif  // VAKTBRO_CLIENT_CORE_EMPLOYEE_MODEL_H_
