// The employee's view models: positions, calendar, offers, findings.
#include "employee_model.h"

#include "employee_fixtures.h"
#include "gtest/gtest.h"

namespace vaktbro::client {
namespace {

using testing::AddAssignment;
using testing::AddPlanned;
using testing::MakePosition;
using testing::Oslo;

EmployeeData TwoEmployers() {
  EmployeeData data;
  data.names["organisations/o1"] = "Vestvik sykehus";
  data.names["organisations/o2"] = "Vestvik kommune";
  data.names["units/u1"] = "Medisinsk sengepost";
  data.positions.push_back(
      MakePosition("sec", "o2", v1::Position::SECONDARY, 20));
  data.positions.push_back(MakePosition("main", "o1", v1::Position::MAIN, 80));
  v1::Position old = MakePosition("old", "o1", v1::Position::POOL, 10);
  old.mutable_valid_to()->set_year(2020);
  old.mutable_valid_to()->set_month(1);
  old.mutable_valid_to()->set_day(31);
  data.positions.push_back(old);
  return data;
}

TEST(EmployeeModelTest, PositionRowsValidFirstMainFirst) {
  const Rows rows = PositionRows(TwoEmployers(), absl::CivilDay(2026, 11, 24),
                                 Identity, Language::kNb);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0][0], "Main position");
  EXPECT_EQ(rows[0][1], "Vestvik sykehus");
  EXPECT_EQ(rows[0][3], "80 %");
  EXPECT_EQ(rows[1][0], "Secondary position");
  EXPECT_EQ(rows[1][1], "Vestvik kommune");
  EXPECT_EQ(rows[2][0], "Float pool");  // no longer valid: last
  EXPECT_EQ(rows[2][5], " – 31.01.2020");
}

TEST(EmployeeModelTest, FormatNumber) {
  const struct {
    double value;
    int decimals;
    Language language;
    const char* want;
  } cases[] = {
      {37.5, 1, Language::kNb, "37,5"},     {37.5, 1, Language::kEn, "37.5"},
      {30000, 0, Language::kNb, "30 000"},  {30000, 0, Language::kEn, "30,000"},
      {1234567.25, 2, Language::kNb, "1 234 567,25"},
      {-0.01, 1, Language::kEn, "0.0"},     {-2.5, 0, Language::kEn, "-3"},
      {20, 0, Language::kNb, "20"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatNumber(c.value, c.decimals, c.language), c.want)
        << c.value;
  }
}

TEST(EmployeeModelTest, CalendarEntriesMergeEmployersAndSkipDeclined) {
  EmployeeData data = TwoEmployers();
  AddAssignment(data, "a", Oslo(2026, 11, 24, 22), 9.5,
                v1::Assignment::ACCEPTED);
  AddAssignment(data, "b", Oslo(2026, 11, 23, 7), 8, v1::Assignment::OFFERED,
                "o2");
  AddAssignment(data, "c", Oslo(2026, 11, 25, 7), 8,
                v1::Assignment::DECLINED);
  AddPlanned(data, "p", Oslo(2026, 11, 22, 15), 7.5);
  const std::vector<CalendarEntry> entries = CalendarEntries(data);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].kind, CalendarEntry::Kind::kPlanned);
  EXPECT_EQ(entries[0].employer, "Vestvik kommune");
  EXPECT_EQ(entries[1].kind, CalendarEntry::Kind::kOffered);
  EXPECT_EQ(entries[2].kind, CalendarEntry::Kind::kBooked);
  EXPECT_EQ(entries[2].title, "Shift a");
  EXPECT_EQ(entries[2].unit, "Medisinsk sengepost");
  EXPECT_EQ(entries[2].employer, "Vestvik sykehus");

  const Rows rows = CalendarRows(entries, OsloTimeZone(), Identity);
  EXPECT_EQ(rows[2][0], "Tue 24.11.2026");
  EXPECT_EQ(rows[2][1], "22:00–Wed 07:30");
  EXPECT_EQ(rows[2][5], "Booked");
  EXPECT_EQ(rows[0][5], "Rota");

  // A night from Sunday into the week is in the week.
  const CalendarPeriod week =
      PeriodOf(CalendarSpan::kWeek, absl::CivilDay(2026, 11, 26), OsloTimeZone());
  EXPECT_EQ(EntriesIn(entries, week.start, week.end).size(), 2u);
}

TEST(EmployeeModelTest, Periods) {
  const absl::TimeZone& oslo = OsloTimeZone();
  CalendarPeriod week =
      PeriodOf(CalendarSpan::kWeek, absl::CivilDay(2026, 11, 26), oslo);
  EXPECT_EQ(week.first, absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(week.days, 7);
  EXPECT_EQ(PeriodTitle(CalendarSpan::kWeek, week, Identity),
            "Week 48, 23.11.–29.11.2026");
  week = StepPeriod(CalendarSpan::kWeek, week, 1, oslo);
  EXPECT_EQ(week.first, absl::CivilDay(2026, 11, 30));
  // The week of the change to summer time is an hour short.
  const CalendarPeriod dst =
      PeriodOf(CalendarSpan::kWeek, absl::CivilDay(2026, 3, 29), oslo);
  EXPECT_EQ(dst.end - dst.start, absl::Hours(7 * 24 - 1));
  // ISO week 1 of 2027 starts on Monday 4 January.
  EXPECT_EQ(PeriodTitle(CalendarSpan::kWeek,
                        PeriodOf(CalendarSpan::kWeek,
                                 absl::CivilDay(2027, 1, 4), oslo),
                        Identity),
            "Week 1, 04.01.–10.01.2027");
  EXPECT_EQ(PeriodTitle(CalendarSpan::kWeek,
                        PeriodOf(CalendarSpan::kWeek,
                                 absl::CivilDay(2027, 1, 1), oslo),
                        Identity),
            "Week 53, 28.12.–03.01.2027");

  CalendarPeriod month =
      PeriodOf(CalendarSpan::kMonth, absl::CivilDay(2026, 11, 26), oslo);
  EXPECT_EQ(month.first, absl::CivilDay(2026, 10, 26));  // Monday
  EXPECT_EQ(month.days, 42);  // 1 Nov is a Sunday, 30 Nov a Monday
  EXPECT_EQ(PeriodTitle(CalendarSpan::kMonth, month, Identity),
            "November 2026");
  month = StepPeriod(CalendarSpan::kMonth, month, -1, oslo);
  EXPECT_EQ(month.month, absl::CivilMonth(2026, 10));
  EXPECT_EQ(PeriodOf(CalendarSpan::kMonth, absl::CivilDay(2027, 2, 10), oslo)
                .days,
            28);  // February 2027 starts on a Monday
}

TEST(EmployeeModelTest, OffersSoonestFirst) {
  EmployeeData data = TwoEmployers();
  AddAssignment(data, "late", Oslo(2026, 12, 1, 7), 8, v1::Assignment::OFFERED);
  AddAssignment(data, "soon", Oslo(2026, 11, 25, 7), 8,
                v1::Assignment::OFFERED, "o2");
  AddAssignment(data, "taken", Oslo(2026, 11, 24, 7), 8,
                v1::Assignment::ACCEPTED);
  const std::vector<v1::Assignment> offers = Offers(data);
  ASSERT_EQ(offers.size(), 2u);
  EXPECT_EQ(offers[0].name(), "assignments/soon");
  const Rows rows = OfferRows(data, offers, OsloTimeZone(), Identity);
  EXPECT_EQ(rows[0][0], "Wed 25.11.2026 07:00");
  EXPECT_EQ(rows[0][1], "15:00");
  EXPECT_EQ(rows[0][3], "Vestvik kommune");
}

v1::Finding MakeFinding(v1::Finding::Severity severity, const char* nb,
                        const char* en, const char* law = "") {
  v1::Finding f;
  f.set_severity(severity);
  f.set_message_nb(nb);
  f.set_message_en(en);
  f.set_law(law);
  return f;
}

TEST(EmployeeModelTest, FindingsInPlainWordsBlockFirst) {
  v1::Candidate candidate;
  *candidate.add_findings() =
      MakeFinding(v1::Finding::WARN, "Over 48 t i sum.", "Over 48 h in sum.");
  *candidate.add_findings() = MakeFinding(
      v1::Finding::BLOCK, "Bryter 11 timers hvile.",
      "This breaks the 11-hour rest after your night at Vestvik sykehus.",
      "aml §10-8 (1)");
  FindingsSummary en = SummariseFindings(candidate, Language::kEn, Identity);
  EXPECT_TRUE(en.blocked);
  EXPECT_EQ(en.warnings, 1);
  ASSERT_EQ(en.lines.size(), 2u);
  EXPECT_EQ(en.lines[0],
            "Not allowed: This breaks the 11-hour rest after your night at "
            "Vestvik sykehus. (aml §10-8 (1))");
  EXPECT_EQ(en.lines[1], "Warning: Over 48 h in sum.");
  FindingsSummary nb = SummariseFindings(candidate, Language::kNb, Identity);
  EXPECT_EQ(nb.lines[1], "Warning: Over 48 t i sum.");

  FindingsSummary clear =
      SummariseFindings(v1::Candidate(), Language::kEn, Identity);
  EXPECT_FALSE(clear.blocked);
  EXPECT_TRUE(clear.lines.empty());
  EXPECT_EQ(clear.headline, "No rule stands in the way of this shift.");
}

TEST(EmployeeModelTest, IcsEventsOnlyBookedShifts) {
  EmployeeData data = TwoEmployers();
  AddAssignment(data, "a", Oslo(2026, 11, 24, 22), 9.5,
                v1::Assignment::ACCEPTED);
  AddAssignment(data, "w", Oslo(2026, 11, 2, 7), 8, v1::Assignment::WORKED,
                "o2");
  AddAssignment(data, "o", Oslo(2026, 11, 25, 7), 8, v1::Assignment::OFFERED);
  AddPlanned(data, "p", Oslo(2026, 11, 22, 15), 7.5);
  const std::vector<IcsEvent> events = IcsEventsFor(data);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].uid, "w.assignment@vaktbro");
  EXPECT_EQ(events[1].uid, "a.assignment@vaktbro");
  EXPECT_EQ(events[1].summary, "Shift a – Vestvik sykehus");
  EXPECT_EQ(events[1].location, "Medisinsk sengepost");
  EXPECT_EQ(events[1].end - events[1].start, absl::Minutes(570));
}

TEST(EmployeeModelTest, AvailabilityRows) {
  EmployeeData data;
  v1::Availability& later = data.availabilities.emplace_back();
  later.set_name("availabilities/2");
  *later.mutable_start_time() = ToTimestamp(Oslo(2026, 12, 5, 8));
  *later.mutable_end_time() = ToTimestamp(Oslo(2026, 12, 5, 20));
  v1::Availability& sooner = data.availabilities.emplace_back();
  sooner.set_name("availabilities/1");
  *sooner.mutable_start_time() = ToTimestamp(Oslo(2026, 12, 1, 8));
  *sooner.mutable_end_time() = ToTimestamp(Oslo(2026, 12, 2, 8));
  sooner.set_note("nights too");
  const std::vector<v1::Availability> sorted = SortedAvailabilities(data);
  ASSERT_EQ(sorted.size(), 2u);
  EXPECT_EQ(sorted[0].name(), "availabilities/1");
  const Rows rows = AvailabilityRows(sorted, OsloTimeZone(), Identity);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Tue 01.12.2026 08:00",
                                               "Wed 08:00", "nights too"}));
}

}  // namespace
}  // namespace vaktbro::client
