// The .ics export, read back with libical's own parser.
#include "ics_export.h"

#include <libical/ical.h>

#include <memory>

#include "gtest/gtest.h"
#include "shift_builders.h"

namespace vaktbro::client {
namespace {

using testing::Oslo;

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

absl::Time UtcOf(icaltimetype t) {
  EXPECT_TRUE(icaltime_is_utc(t));
  return absl::FromTimeT(icaltime_as_timet_with_zone(
      t, icaltimezone_get_utc_timezone()));
}

std::vector<IcsEvent> TwoShifts() {
  return {
      {.uid = "a1.assignment@vaktbro",
       .start = Oslo(2026, 11, 24, 22),
       .end = Oslo(2026, 11, 25, 7, 30),
       .summary = "Natt, Medisin – Vestvik sykehus",
       .location = "Medisinsk sengepost",
       .description = "vaktbro assignments/a1"},
      // Summer time: 07:00 in Oslo is 05:00 UTC.
      {.uid = "a2.assignment@vaktbro",
       .start = Oslo(2026, 6, 1, 7),
       .end = Oslo(2026, 6, 1, 15),
       .summary = "Dag; KAD, hjemmetjeneste – Vestvik kommune"},
  };
}

TEST(IcsExportTest, ParsesBackWithLibical) {
  const absl::Time stamp = absl::FromUnixSeconds(1'790'000'000);
  absl::StatusOr<std::string> text = BuildIcs(TwoShifts(), stamp);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_NE(text->find("DTSTART:20260601T050000Z"), std::string::npos) << *text;
  EXPECT_NE(text->find("\r\n"), std::string::npos);  // RFC 5545 line ends

  Component calendar(icalparser_parse_string(text->c_str()));
  ASSERT_TRUE(calendar);
  EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
  EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
  icalproperty* version =
      icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY);
  ASSERT_NE(version, nullptr);
  EXPECT_STREQ(icalproperty_get_version(version), "2.0");
  EXPECT_EQ(icalcomponent_count_components(calendar.get(),
                                           ICAL_VEVENT_COMPONENT),
            2);

  const std::vector<IcsEvent> want = TwoShifts();
  int i = 0;
  for (icalcomponent* e = icalcomponent_get_first_component(
           calendar.get(), ICAL_VEVENT_COMPONENT);
       e != nullptr;
       e = icalcomponent_get_next_component(calendar.get(),
                                            ICAL_VEVENT_COMPONENT),
                    ++i) {
    ASSERT_LT(i, 2);
    EXPECT_EQ(std::string(icalcomponent_get_uid(e)), want[i].uid);
    EXPECT_EQ(std::string(icalcomponent_get_summary(e)), want[i].summary);
    EXPECT_EQ(UtcOf(icalcomponent_get_dtstart(e)), want[i].start);
    EXPECT_EQ(UtcOf(icalcomponent_get_dtend(e)), want[i].end);
    EXPECT_EQ(UtcOf(icalcomponent_get_dtstamp(e)), stamp);
    const char* location = icalcomponent_get_location(e);
    EXPECT_EQ(std::string(location ? location : ""), want[i].location);
  }
  EXPECT_EQ(i, 2);
}

TEST(IcsExportTest, SameInputSameText) {
  const absl::Time stamp = absl::FromUnixSeconds(1'790'000'000);
  EXPECT_EQ(*BuildIcs(TwoShifts(), stamp), *BuildIcs(TwoShifts(), stamp));
}

TEST(IcsExportTest, EmptyCalendarIsValid) {
  absl::StatusOr<std::string> text = BuildIcs({}, absl::UnixEpoch());
  ASSERT_TRUE(text.ok());
  Component calendar(icalparser_parse_string(text->c_str()));
  ASSERT_TRUE(calendar);
  EXPECT_EQ(icalcomponent_count_components(calendar.get(),
                                           ICAL_VEVENT_COMPONENT),
            0);
}

TEST(IcsExportTest, RefusesEventsWithoutUidOrLength) {
  std::vector<IcsEvent> events = TwoShifts();
  events[1].uid.clear();
  EXPECT_EQ(BuildIcs(events, absl::UnixEpoch()).status().message(),
            "events[1].uid: must not be empty");
  events = TwoShifts();
  events[0].end = events[0].start;
  EXPECT_EQ(BuildIcs(events, absl::UnixEpoch()).status().code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(IcsExportTest, WriteTextFile) {
  const std::string path =
      ::testing::TempDir() + "/vaktbro-ics-export-test.ics";
  ASSERT_TRUE(WriteTextFile(path, "BEGIN:VCALENDAR\r\n").ok());
  EXPECT_EQ(WriteTextFile("/nonexistent-dir/x.ics", "").code(),
            absl::StatusCode::kInternal);
}

}  // namespace
}  // namespace vaktbro::client
