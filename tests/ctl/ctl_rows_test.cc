// vaktbroctl's pure parts: CSV rows to requests, enum words, dates and times.
#include <string>

#include "absl/time/civil_time.h"
#include "csv.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "import_rows.h"
#include "local_time.h"
#include "names.h"

namespace vaktbro::ctl {
namespace {

using ::testing::HasSubstr;

CsvTable Table(const std::string& text, const std::vector<std::string>& known,
               const std::vector<std::string>& required) {
  absl::StatusOr<CsvTable> t =
      CsvTable::FromRecords(*ParseCsv(text), known, required);
  EXPECT_TRUE(t.ok()) << t.status();
  return *std::move(t);
}

CsvTable People(const std::string& rows) {
  return Table(
      "id;navn;fødselsår;hpr;yrke;kompetanser;epost;telefon;region\r\n" + rows,
      PeopleColumns(), PeopleRequiredColumns());
}

CsvTable Positions(const std::string& rows) {
  return Table(
      "id;person;arbeidsgiver;enhet;type;prosent;fra;til;lønn\r\n" + rows,
      PositionColumns(), PositionRequiredColumns());
}

TEST(PersonFromRowTest, ReadsEveryColumn) {
  const CsvTable t = People(
      "p9001;Kari Nordvik;1968;1234567;spesialsykepleier, "
      "Sykepleier;HLR:2027-01-31,DIABETES;"
      "kari@example.no;41234567;Helsefellesskap Vestvik\r\n");
  absl::StatusOr<v1::CreatePersonRequest> req = PersonFromRow(t, t.rows()[0]);
  ASSERT_TRUE(req.ok()) << req.status();
  EXPECT_EQ(req->person_id(), "p9001");
  const v1::Person& p = req->person();
  EXPECT_EQ(p.display_name(), "Kari Nordvik");
  EXPECT_EQ(p.birth_year(), 1968);
  EXPECT_EQ(p.hpr_number(), "1234567");
  ASSERT_EQ(p.professions_size(), 2);
  EXPECT_EQ(p.professions(0), v1::SPECIALIST_NURSE);
  EXPECT_EQ(p.professions(1), v1::NURSE);
  ASSERT_EQ(p.competences_size(), 2);
  EXPECT_EQ(p.competences(0).code(), "HLR");
  EXPECT_EQ(p.competences(0).expiry_date().year(), 2027);
  EXPECT_FALSE(p.competences(1).has_expiry_date());
  EXPECT_EQ(p.email(), "kari@example.no");
  EXPECT_THAT(req->request_id(), ::testing::StartsWith("import-person-"));
}

TEST(PersonFromRowTest, ErrorsNameTheColumn) {
  struct Case {
    std::string row;
    std::string message;
  };
  const Case cases[] = {
      {";Kari;nitten;;sykepleier\r\n",
       "fødselsår: 'nitten' is not a whole number"},
      {";Kari;;;sykepleier\r\n", "fødselsår: is empty"},
      {";;1970;;sykepleier\r\n", "navn: is empty"},
      {";Kari;1970;;kokk\r\n", "yrke: unknown profession 'kokk'"},
      {";Kari;1970;;sykepleier;HLR:31.13.2027\r\n",
       "kompetanser: '31.13.2027' is not a valid date"},
      {";Kari;1970;;sykepleier;;;;;x\r\n", "line 2: 10 fields"},
  };
  for (const Case& c : cases) {
    const CsvTable t = People(c.row);
    absl::StatusOr<v1::CreatePersonRequest> req = PersonFromRow(t, t.rows()[0]);
    ASSERT_FALSE(req.ok()) << c.row;
    EXPECT_THAT(std::string(req.status().message()), HasSubstr(c.message))
        << c.row;
  }
}

TEST(PositionFromRowTest, ReadsNorwegianValues) {
  const CsvTable t = Positions(
      "pos9;p0001;vestvik-kommune;vestvik-kommune-sjoheim;hytte;20,5;01.09."
      "2025;2026-12-31;"
      "Pensjonistlonn\r\n;people/"
      "p0002;vestvik-sykehus;;pool;100;2024-01-01\r\n");
  absl::StatusOr<v1::CreatePositionRequest> req =
      PositionFromRow(t, t.rows()[0]);
  ASSERT_TRUE(req.ok()) << req.status();
  const v1::Position& p = req->position();
  EXPECT_EQ(req->position_id(), "pos9");
  EXPECT_EQ(p.person(), "people/p0001");
  EXPECT_EQ(p.employer(), "organisations/vestvik-kommune");
  EXPECT_EQ(p.unit(), "units/vestvik-kommune-sjoheim");
  EXPECT_EQ(p.kind(), v1::Position::SECONDARY);
  EXPECT_DOUBLE_EQ(p.percentage(), 20.5);
  EXPECT_EQ(p.valid_from().month(), 9);
  EXPECT_EQ(p.valid_to().year(), 2026);
  EXPECT_EQ(p.pay_scheme(), v1::Position::PENSJONISTLONN);

  absl::StatusOr<v1::CreatePositionRequest> pool =
      PositionFromRow(t, t.rows()[1]);
  ASSERT_TRUE(pool.ok()) << pool.status();
  EXPECT_EQ(pool->position().person(), "people/p0002");
  EXPECT_EQ(pool->position().unit(), "");
  EXPECT_FALSE(pool->position().has_valid_to());
  EXPECT_EQ(pool->position().pay_scheme(), v1::Position::ORDINARY);
}

TEST(PositionFromRowTest, ErrorsNameTheColumn) {
  const std::pair<std::string, std::string> cases[] = {
      {";p1;org;;hytte;tjue;2025-01-01\r\n",
       "prosent: 'tjue' is not a decimal number"},
      {";p1;org;;hybel;20;2025-01-01\r\n",
       "type: unknown position type 'hybel'"},
      {";p1;org;;hus;20;2025-13-01\r\n",
       "fra: '2025-13-01' is not a valid date"},
      {";p1;org;;hus;20;\r\n", "fra: is empty"},
      {";p1;org;;hus;20;2025-01-01;;gratis\r\n",
       "lønn: unknown pay scheme 'gratis'"},
  };
  for (const auto& [row, message] : cases) {
    const CsvTable t = Positions(row);
    absl::StatusOr<v1::CreatePositionRequest> req =
        PositionFromRow(t, t.rows()[0]);
    ASSERT_FALSE(req.ok()) << row;
    EXPECT_THAT(std::string(req.status().message()), HasSubstr(message)) << row;
  }
}

TEST(ImportRequestIdTest, DependsOnContentOnly) {
  const CsvRecord a{2, {"p1", "Kari", "1970"}};
  const CsvRecord moved{9, {"p1", "Kari", "1970"}};
  const CsvRecord padded{2, {"p1", " Kari", "1970", "", ""}};
  const CsvRecord other{2, {"p1", "Kari", "1971"}};
  EXPECT_EQ(ImportRequestId("person", a), ImportRequestId("person", moved));
  EXPECT_EQ(ImportRequestId("person", a), ImportRequestId("person", padded));
  EXPECT_NE(ImportRequestId("person", a), ImportRequestId("person", other));
  EXPECT_NE(ImportRequestId("person", a), ImportRequestId("position", a));
  EXPECT_LE(ImportRequestId("position", a).size(), 64u);
}

TEST(NamesTest, WordsBothWays) {
  EXPECT_EQ(*ParseProfession("Sykepleier"), v1::NURSE);
  EXPECT_EQ(*ParseProfession("health-worker"), v1::HEALTH_WORKER);
  EXPECT_EQ(*ParseShiftState("partly-filled"), v1::Shift::PARTLY_FILLED);
  EXPECT_EQ(*ParseReason("sick-leave"), v1::Shift::SICK_LEAVE);
  EXPECT_EQ(*ParseVisibility("PARTNERS"), v1::Shift::PARTNERS);
  EXPECT_EQ(*ParsePositionKind("pensjonist"), v1::Position::PENSIONER);
  EXPECT_EQ(*ParsePayScheme("ordinaer"), v1::Position::ORDINARY);
  EXPECT_EQ(ProfessionWord(v1::SPECIALIST_NURSE), "specialist-nurse");
  EXPECT_EQ(ShiftStateNorwegian(v1::Shift::OPEN), "ledig");
  EXPECT_THAT(std::string(ParseShiftState("halfway").status().message()),
              HasSubstr("one of draft, open, partly-filled"));
  EXPECT_EQ(NameOf("units", "abc"), "units/abc");
  EXPECT_EQ(NameOf("units", "units/abc"), "units/abc");
  EXPECT_EQ(NameOf("units", ""), "");
  EXPECT_EQ(IdOf("shifts/s00001"), "s00001");
}

TEST(LocalTimeTest, ParsesDaysAndClocks) {
  EXPECT_EQ(*ParseDay("2026-11-23"), absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(*ParseDay("23.11.2026"), absl::CivilDay(2026, 11, 23));
  EXPECT_EQ(*ParseDay("1.2.2026"), absl::CivilDay(2026, 2, 1));
  for (const char* bad :
       {"2026-02-30", "2026-11-23x", "23/11/2026", "", "26-11-23"}) {
    EXPECT_FALSE(ParseDay(bad).ok()) << bad;
  }
  EXPECT_EQ(*ParseClock("07:00"), 420);
  EXPECT_EQ(*ParseClock("7:30"), 450);
  for (const char* bad : {"24:00", "07:60", "0700", "7", "ab:cd", "07:0"}) {
    EXPECT_FALSE(ParseClock(bad).ok()) << bad;
  }
}

TEST(LocalTimeTest, OsloTimeFollowsSummerTime) {
  absl::TimeZone probe;
  ASSERT_TRUE(absl::LoadTimeZone("Europe/Oslo", &probe)) << "tzdata is missing (scripts/setup installs it)";
  // 22:00 on the last Saturday of March to 07:30 the next day: 8.5 h.
  const absl::Time start = OsloTime(absl::CivilDay(2026, 3, 28), 22 * 60);
  const absl::Time end = OsloTime(absl::CivilDay(2026, 3, 29), 7 * 60 + 30);
  EXPECT_EQ(end - start, absl::Hours(8.5));
  EXPECT_EQ(FormatClock(end), "07:30");
  EXPECT_EQ(FormatNorwegianDay(end), "29.03.2026");
  EXPECT_EQ(absl::ToUnixSeconds(OsloTime(absl::CivilDay(2026, 7, 1), 7 * 60)),
            absl::ToUnixSeconds(absl::FromCivil(
                absl::CivilSecond(2026, 7, 1, 5, 0, 0), absl::UTCTimeZone())));
}

}  // namespace
}  // namespace vaktbro::ctl
