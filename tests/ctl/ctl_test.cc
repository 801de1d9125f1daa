// vaktbroctl end to end: the real server with the demo region, the real
// binary, the real command lines a coordinator would type.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "csv.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ctl_runner.h"
#include "server_process.h"

namespace vaktbro::ctl {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The shared fixture (ctl_runner.h), plus files for import and export.
class CtlTest : public CtlFixture {
 protected:
  std::string WriteFile(const std::string& name, const std::string& content) {
    const std::string path = files_.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  vaktbro::testing::TempDir files_;
};

TEST_F(CtlTest, BoardShowsOpenShifts) {
  const CtlRun r = Ctl({"board"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("SHIFT"));
  EXPECT_TRUE(std::regex_search(
      r.out, std::regex("\\n\\S+ +\\w{3} \\d{4}-\\d\\d-\\d\\d "
                        "+\\d\\d:\\d\\d-\\d\\d:\\d\\d .*(open|partly-filled)")))
      << r.out;
  EXPECT_THAT(r.out, Not(HasSubstr(" filled\n")));
}

TEST_F(CtlTest, UnitsListShowsTheIdsToPostWith) {
  const CtlRun all = Ctl({"units", "list"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_THAT(all.out, HasSubstr("vestvik-kommune"));
  EXPECT_THAT(all.out, HasSubstr("vestvik-kommune-kad"));
  EXPECT_THAT(all.out, HasSubstr("15 units."));
  const CtlRun one = Ctl({"units", "list", "--organisation", "vestvik-kommune"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_THAT(one.out, HasSubstr("vestvik-kommune-kad"));
  EXPECT_THAT(one.out, Not(HasSubstr("fjordhamn")));
}

TEST_F(CtlTest, PostedShiftIsListed) {
  const std::string day = Day(3);
  const CtlRun post = Ctl({"shifts",         "post",
                           "--organisation", "vestvik-sykehus",
                           "--unit",         "vestvik-sykehus-medisin",
                           "--title",        "Ekstra natt, ctl-test",
                           "--date",         day,
                           "--start",        "22:00",
                           "--end",          "07:30",
                           "--profession",   "nurse",
                           "--headcount",    "2",
                           "--reason",       "sick-leave",
                           "--visibility",   "region"});
  ASSERT_EQ(post.exit_code, 0) << post.err;
  std::smatch m;
  ASSERT_TRUE(
      std::regex_match(post.out, m, std::regex("shifts/([a-z0-9-]+)\\n")))
      << post.out;
  const std::string id = m[1];

  const CtlRun list =
      Ctl({"shifts", "list", "--unit", "vestvik-sykehus-medisin", "--from", day,
           "--to", day, "--state", "open"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr(id));
  EXPECT_THAT(list.out, HasSubstr("Ekstra natt, ctl-test"));
  EXPECT_THAT(list.out, HasSubstr("22:00-07:30"));
  EXPECT_THAT(list.out, HasSubstr("0/2"));
}

TEST_F(CtlTest, EndBeforeStartNamesTheField) {
  const CtlRun r = Ctl({"shifts",         "post",
                        "--organisation", "vestvik-sykehus",
                        "--unit",         "vestvik-sykehus-medisin",
                        "--title",        "Feil",
                        "--date",         Day(3),
                        "--start",        "15:00",
                        "--end",          "07:00",
                        "--end-date",     Day(2),
                        "--profession",   "nurse",
                        "--reason",       "peak"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("end_time"));
  EXPECT_THAT(r.err, HasSubstr("(INVALID_ARGUMENT)"));
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_TRUE(r.err.starts_with("vaktbroctl: ")) << r.err;
}

TEST_F(CtlTest, BadFlagValueIsAOneLineError) {
  const CtlRun r = Ctl({"shifts", "list", "--state", "halfway"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(r.err.rfind("vaktbroctl: --state: unknown state 'halfway'", 0), 0u)
      << r.err;
}

TEST_F(CtlTest, ImportReportsTheBadRowAndImportsTheRest) {
  const std::string csv =
      "\xEF\xBB\xBFid;navn;fødselsår;hpr;yrke;kompetanser;epost;telefon;"
      "region\r\n"
      "ctl-p1;Gudrun "
      "Testesen;1961;7654321;sykepleier;HLR:2027-06-30;gudrun@example.no;"
      "41111111;\r\n"
      "ctl-p2;\"Hauk \"\"Hauken\"\" "
      "Prøvesen\";1988;;helsefagarbeider;DELEGERT-MEDISIN;;;\r\n"
      "ctl-p3;Gammel Olding;1800;;sykepleier;;;;\r\n"
      "ctl-p4;Synne Sjekk;2001;;assistent;;;;\r\n";
  const std::string file = WriteFile("people.csv", csv);
  const CtlRun r = Ctl({"import", "people", file});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("line 4: "));
  EXPECT_THAT(r.err, HasSubstr("birth_year"));
  EXPECT_THAT(r.out, HasSubstr("Imported 3 of 4 people"));

  const CtlRun people = Ctl({"people", "list"});
  ASSERT_EQ(people.exit_code, 0) << people.err;
  EXPECT_THAT(people.out, HasSubstr("Gudrun Testesen"));
  EXPECT_THAT(people.out, HasSubstr("Hauk \"Hauken\" Prøvesen"));
  EXPECT_THAT(people.out, HasSubstr("Synne Sjekk"));
  EXPECT_THAT(people.out, Not(HasSubstr("Gammel Olding")));

  // Importing the file again repeats the same requests: nothing is duplicated.
  const CtlRun again = Ctl({"import", "people", file});
  EXPECT_THAT(again.out, HasSubstr("Imported 3 of 4 people"));
  const CtlRun after = Ctl({"people", "list"});
  EXPECT_EQ(after.out, people.out);

  const std::string positions =
      "person;arbeidsgiver;enhet;type;prosent;fra;til;lønn\n"
      "ctl-p1;vestvik-kommune;vestvik-kommune-sjoheim;pensjonist;0;01.01.2025;;"
      "pensjonistlønn\n"
      "ctl-p2;vestvik-sykehus;vestvik-sykehus-geriatri;hus;80;2020-08-01;;"
      "ordinær\n"
      "ctl-p2;vestvik-kommune;vestvik-kommune-lindely;hytte;20,5;2024-01-01;"
      "2026-12-31;\n";
  const CtlRun imported =
      Ctl({"import", "positions", WriteFile("positions.csv", positions)});
  EXPECT_EQ(imported.exit_code, 0) << imported.err;
  const CtlRun listed = Ctl({"positions", "list", "--person", "ctl-p2"});
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_THAT(listed.out, HasSubstr("hytte"));
  EXPECT_THAT(listed.out, HasSubstr("20,5"));
}

TEST_F(CtlTest, ExportParsesBack) {
  const std::string file = files_.path() + "/vakter.csv";
  const CtlRun r = Ctl({"shifts", "export", "--file", file, "--unit",
                        "vestvik-sykehus-intensiv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = Slurp(file);
  ASSERT_EQ(text.substr(0, 3), std::string(kUtf8Bom));
  EXPECT_THAT(text, HasSubstr("\r\n"));
  absl::StatusOr<std::vector<CsvRecord>> records = ParseCsv(text);
  ASSERT_TRUE(records.ok()) << records.status();
  ASSERT_GT(records->size(), 20u);
  EXPECT_EQ(records->front().fields.front(), "vakt");
  EXPECT_THAT(
      r.out, HasSubstr(absl::StrCat("Wrote ", records->size() - 1, " shifts")));

  const CtlRun list =
      Ctl({"shifts", "list", "--unit", "vestvik-sykehus-intensiv"});
  EXPECT_THAT(list.out,
              HasSubstr(absl::StrCat(records->size() - 1, " shifts")));
  bool night = false;
  for (const CsvRecord& rec : *records)
    night |=
        rec.fields.size() > 8 && rec.fields[8].find(',') != std::string::npos;
  EXPECT_TRUE(night) << "a 9,5 h night shows a decimal comma";
}

}  // namespace
}  // namespace vaktbro::ctl
